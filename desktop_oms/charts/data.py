"""What a report is: its name, definition and CSV columns, the range and filters asked for, the numbers found.

Plain standard-library dataclasses: the services fill them from SQL, the charts draw them, the views
show them and the command line writes them; none of those needs SQLAlchemy or matplotlib to read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

#: One cell of a report table: text, a count, money (Decimal), a share or an average (float), a day.
Cell = str | int | Decimal | float | date | None

#: A fulfilment lead time (accepted → shipped) longer than this many hours is a late shipment.
LATE_AFTER_HOURS = 48
#: Delivered within this many days of shipping is on time: within China, and abroad.
ON_TIME_DAYS_DOMESTIC, ON_TIME_DAYS_ABROAD = 3, 10
#: Days of cover are worked out from the units sold in this many days up to the range's last day.
RECENT_SALES_DAYS = 28
#: A product is running low when it is at or under its threshold or covers fewer days than this.
LOW_COVER_DAYS = 14
#: The top-products and top-categories charts show this many.
TOP_N = 20
#: The longest range a report answers for (about ten years).
MAX_RANGE_DAYS = 3700


class Period(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class Filter(StrEnum):
    CHANNEL = "channel"
    CATEGORY = "category"
    CARRIER = "carrier"


@dataclass(frozen=True)
class ReportSpec:
    """A report the app and `report NAME` can make. `definition` is what its numbers mean."""

    name: str
    title: str
    definition: str
    columns: tuple[str, ...]
    filters: frozenset[Filter] = frozenset()
    by_period: bool = False


@dataclass(frozen=True)
class ReportRequest:
    """A report's range (local days of the shop's time zone, both ends included), period and filters."""

    start: date
    end: date
    by: Period = Period.DAY
    channel: str = ""
    category: str = ""
    carrier: str = ""

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> ReportRequest:
        """The same number of days just before this range (what the sales chart overlays)."""
        length = timedelta(days=self.days)
        return ReportRequest(self.start - length, self.start - timedelta(days=1), self.by, self.channel,
                             self.category, self.carrier)


@dataclass(frozen=True)
class ReportTable:
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...] = ()

    def column(self, name: str) -> list[Cell]:
        index = self.columns.index(name)
        return [row[index] for row in self.rows]


@dataclass(frozen=True)
class ReportData:
    """The numbers of one report: `table` is what the CSV holds (header = the spec's columns).

    `extra` holds further tables the chart draws beside it (the previous period, by reason, ...),
    `summary` single figures (median lead time, late share, ...), `time_zone` the zone days are in.
    """

    name: str
    request: ReportRequest
    table: ReportTable
    time_zone: str
    extra: dict[str, ReportTable] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FilterChoices:
    channels: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    carriers: tuple[str, ...] = ()
