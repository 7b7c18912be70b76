"""The shop's days in SQL: a report's range as UTC instants, and the local day of a stored UTC time.

PostgreSQL knows time zones: ``(created_at AT TIME ZONE :zone)::date``. SQLite does not, so the zone's
offsets over the range are worked out here (zoneinfo, daylight saving included) and SQLite groups by
the UTC hour (``substr(created_at, 1, 13)``, cheaper than date arithmetic on every row), each hour then
given its local day. That is exact while every offset is a whole number of hours, and then DST changes
fall on a UTC hour too. For a zone with a half- or quarter-hour offset (India, Nepal, Adelaide) the
local day is computed in SQL instead, from a CASE over the ranges each offset holds.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy import Date, String, case, cast, func, literal
from sqlalchemy.sql.elements import ColumnElement

from desktop_oms.services.queue import literal_bind

Bucket = Callable[[Any], date]


def computer_zone() -> str:
    """This computer's time zone name ($TZ, /etc/localtime, /etc/timezone), else UTC."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    for name in candidates:
        if name and valid_zone(name):
            return name
    offset = datetime.now().astimezone().utcoffset() or timedelta(0)
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    if not rest and hours and valid_zone(f"Etc/GMT{-hours:+d}"):
        return f"Etc/GMT{-hours:+d}"  # Etc names have the sign the other way round
    return "UTC"


def valid_zone(name: str) -> bool:
    if name not in _zones():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


_ZONES: frozenset[str] | None = None


def _zones() -> frozenset[str]:
    global _ZONES
    if _ZONES is None:
        _ZONES = frozenset(available_timezones()) | {"UTC"}
    return _ZONES


@dataclass(frozen=True)
class Window:
    """Local days `first`..`last` of `zone` as the UTC instants [start, end)."""

    zone_name: str
    first: date
    last: date

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.zone_name)

    @property
    def start(self) -> datetime:
        return datetime.combine(self.first, datetime.min.time(), self.zone).astimezone(UTC)

    @property
    def end(self) -> datetime:
        return datetime.combine(self.last + timedelta(days=1), datetime.min.time(), self.zone).astimezone(UTC)

    def within(self, column: ColumnElement[Any]) -> ColumnElement[bool]:
        return (column >= literal_bind(column, self.start)) & (column < literal_bind(column, self.end))

    def offsets(self) -> list[tuple[datetime, int]]:
        """(from when, offset in seconds) for each offset the zone has within the window, oldest first."""
        zone, start, end = self.zone, self.start - timedelta(days=1), self.end + timedelta(days=1)
        found: list[tuple[datetime, int]] = [(start, _offset(zone, start))]
        moment = start
        while moment < end:
            following = min(moment + timedelta(days=1), end)
            if _offset(zone, following) != found[-1][1]:
                low, high = moment, following  # the change lies in (low, high]: find it to the second
                while high - low > timedelta(seconds=1):
                    middle = low + (high - low) / 2
                    low, high = (low, middle) if _offset(zone, middle) != found[-1][1] else (middle, high)
                found.append((high.replace(microsecond=0), _offset(zone, high)))
            moment = following
        return found


def _offset(zone: ZoneInfo, moment: datetime) -> int:
    return int((moment.astimezone(zone).utcoffset() or timedelta(0)).total_seconds())


def local_day(column: ColumnElement[Any], window: Window, dialect: str) -> tuple[ColumnElement[Any], Bucket]:
    """A GROUP BY expression for `column`'s local day, and how to turn one of its values into that day."""
    if dialect == "postgresql":
        return cast(func.timezone(window.zone_name, column), Date), _as_date
    offsets = window.offsets()
    if all(seconds % 3600 == 0 for _, seconds in offsets):
        zone = window.zone
        return func.substr(column, 1, 13), lambda hour: _hour_day(hour, zone)
    return sqlite_local_date(column, window), _as_date


def sqlite_local_date(column: ColumnElement[Any], window: Window) -> ColumnElement[Any]:
    """`column`'s local day as SQLite text (YYYY-MM-DD): a CASE over the ranges each offset of the zone holds."""
    offsets = window.offsets()
    if len(offsets) == 1:
        return _sqlite_date(column, offsets[0][1])
    return case(*((column < literal_bind(column, until), _sqlite_date(column, seconds))
                  for (_, seconds), (until, _) in zip(offsets, offsets[1:], strict=False)),
                else_=_sqlite_date(column, offsets[-1][1]))


def local_hour(column: ColumnElement[Any], dialect: str) -> ColumnElement[Any]:
    """A clock hour of `column` (UTC; for counting distinct active hours, the zone does not matter)."""
    if dialect == "postgresql":
        return func.date_trunc("hour", column)
    return func.substr(column, 1, 13)


def _sqlite_date(column: ColumnElement[Any], seconds: int) -> ColumnElement[Any]:
    return func.date(column, literal(f"{seconds // 60:+d} minutes", String))


def _hour_day(hour: Any, zone: ZoneInfo) -> date:
    moment = datetime.strptime(str(hour), "%Y-%m-%d %H").replace(tzinfo=UTC)
    return moment.astimezone(zone).date()


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def seconds_between(later: ColumnElement[Any], earlier: ColumnElement[Any], dialect: str) -> ColumnElement[Any]:
    if dialect == "postgresql":
        return func.extract("epoch", later - earlier)
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0
