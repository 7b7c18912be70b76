"""The shipments list as a table model over keyset pages, newest shipped first, fetched as the user scrolls.

The model holds the pages loaded so far; when the view reaches the last loaded row it asks for more
(Qt's canFetchMore/fetchMore), and the next page (the one after the last row's key) is fetched in the
background, after the view's paint or layout pass that asked for it, never inside it. The count
arrives after the first page. A filter change starts a new generation: answers from an older one
are dropped. A refresh reloads as many rows as are loaded, from the top, without resetting the view
when the same shipments come back.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_oms.domain.users import Actor
from desktop_oms.services.results import SHIPMENT_PAGE, ShipmentDetail, ShipmentFilter, ShipmentRow
from desktop_oms.views.shipments.labels import (
    STATUS_COLOURS,
    calendar_days,
    carrier_label,
    days_between,
    tracking_status_label,
    when,
)
from desktop_oms.views.tasks import Cancelled, TaskRunner

Index = QModelIndex | QPersistentModelIndex

# The shipment id of a row, in every column.
ID_ROLE = int(Qt.ItemDataRole.UserRole)

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ROLES = frozenset({_DISPLAY, _ALIGN, _FOREGROUND, _BACKGROUND, _FONT, _TOOLTIP, ID_ROLE})
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_TROUBLE = "#a11d1d"

# Rows and their display texts, as one fetch brings them.
_Rows = tuple[list[ShipmentRow], list[tuple[str, ...]]]


class ShipmentQueries(Protocol):
    """What the tab needs of the shipments service (services.shipments.ShipmentService fits)."""

    def page(self, flt: ShipmentFilter, *, after: tuple[Any, ...] | None = None, limit: int = ...,
             actor: Actor) -> list[ShipmentRow]: ...

    def count(self, flt: ShipmentFilter, *, actor: Actor) -> int: ...

    def counts_by_status(self, flt: ShipmentFilter | None = None, *, actor: Actor) -> dict[str, int]: ...

    def detail(self, shipment: int | str, *, actor: Actor) -> ShipmentDetail: ...


class ShipmentsTableModel(QAbstractTableModel):
    """Columns: order, carrier, tracking number, status, last event, shipped, days in transit."""

    ORDER, CARRIER, TRACKING, STATUS, LAST_EVENT, SHIPPED, DAYS = range(7)

    # The first page of a new filter is in.
    first_page_loaded = Signal()
    # How many shipments the filter gives.
    count_loaded = Signal(int)
    # A refresh (F5, live update, a poll) has replaced the loaded rows.
    refreshed = Signal()
    failed = Signal(object)

    def __init__(self, queries: ShipmentQueries, tasks: TaskRunner, actor: Actor, parent: Any = None, *,
                 page_size: int = SHIPMENT_PAGE) -> None:
        super().__init__(parent)
        self._queries, self._tasks, self._actor = queries, tasks, actor
        self._page_size = page_size
        self._filter = ShipmentFilter()
        self._generation = 0
        self._rows: list[ShipmentRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._total: int | None = None
        self._exhausted = True  # no page after the last one loaded
        self._fetching = False
        self._fetch_queued = False
        self._more_wanted = False  # the view asked for more while a page was on its way
        self._refresh_wanted = False  # a refresh was asked for while a page was on its way
        self._loaded_once = False
        self._headers = [self.tr("Order"), self.tr("Carrier"), self.tr("Tracking no."), self.tr("Status"),
                         self.tr("Last event"), self.tr("Shipped"), self.tr("Days")]
        self._header_tips = {self.DAYS: self.tr("Days since it was shipped, or until it was delivered")}
        self._bold = QFont()
        self._bold.setBold(True)
        self._brushes = {s: (QBrush(QColor(fg)), QBrush(QColor(bg))) for s, (fg, bg) in STATUS_COLOURS.items()}
        self._trouble = QBrush(QColor(_TROUBLE))

    # -- what the view asks -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.DAYS:
            return _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called thousands of times per repaint: roles this model does not answer leave first.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = index.column()
        if role == _DISPLAY:
            return self._texts[index.row()][column]
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == _ALIGN:
            return _RIGHT if column == self.DAYS else None
        if column == self.STATUS and row.status in STATUS_COLOURS:
            if role == _FOREGROUND:
                return self._brushes[row.status][0]
            if role == _BACKGROUND:
                return self._brushes[row.status][1]
            if role == _FONT:
                return self._bold
        if column == self.DAYS and row.stuck and role == _FOREGROUND:
            return self._trouble
        if role == _TOOLTIP:
            return self._tooltip(index.row(), row, column)
        return None

    def _tooltip(self, number: int, row: ShipmentRow, column: int) -> str | None:
        if column == self.STATUS:
            notes = []
            if row.needs_attention:
                notes.append(self.tr("Needs attention"))
            if row.stuck:
                notes.append(self.tr("Stuck: no news from the carrier for {0} days").format(
                    days_between(row.last_event_at or row.shipped_at, datetime.now(UTC))))
            return " · ".join(notes) or None
        if column == self.LAST_EVENT:
            return self._texts[number][column] or None
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loaded_once and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """The view reached the last loaded row: the next page, once the pass that asked is over (or,
        when a page is on its way, the one after it as soon as it has come)."""
        if parent.isValid() or not self.canFetchMore() or self._fetch_queued:
            return
        if self._fetching:
            self._more_wanted = True
            return
        self._fetch_queued = True
        QTimer.singleShot(0, self._fetch_next)

    # -- what the panel uses ------------------------------------------------------------------

    @property
    def query_filter(self) -> ShipmentFilter:
        return self._filter

    @property
    def total(self) -> int | None:
        """Shipments under the filter, once counted."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._fetching or self._fetch_queued

    def row_at(self, row: int) -> ShipmentRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, shipment_id: int) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.id == shipment_id), None)

    def set_filter(self, flt: ShipmentFilter) -> None:
        """Start again from the top: the first page, then the count."""
        self._filter = flt
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self._rows, self._texts, self._total = [], [], None
        self._exhausted, self._loaded_once, self._fetch_queued, self._more_wanted = True, False, False, False
        self._refresh_wanted = False
        self.endResetModel()
        self._fetching = True
        self._tasks.submit(self._fetch, flt, None, self._page_size,
                           on_success=lambda rows: self._on_first_page(generation, rows),
                           on_failure=lambda error: self._on_failure(generation, error))

    def refresh(self) -> None:
        """The same filter with new figures: as many rows as are loaded now, and the count."""
        if not self._loaded_once:
            return
        if self._fetching:
            self._refresh_wanted = True  # once the page on its way is in
            return
        self._refresh_wanted = False
        generation, flt = self._generation, self._filter
        wanted = max(len(self._rows), self._page_size)
        size = self._page_size
        self._fetching = True

        def reload() -> tuple[int, _Rows, bool]:
            rows: list[ShipmentRow] = []
            texts: list[tuple[str, ...]] = []
            after: tuple[Any, ...] | None = None
            more = True
            while len(rows) < wanted:
                if generation != self._generation:
                    raise Cancelled()
                page, page_texts = self._fetch(flt, after, size)
                rows += page
                texts += page_texts
                if len(page) < size:
                    more = False
                    break
                after = page[-1].key
            total = self._queries.count(flt, actor=self._actor)
            return total, (rows, texts), more

        self._tasks.submit(reload, on_success=lambda result: self._on_refreshed(generation, *result),
                           on_failure=lambda error: self._on_failure(generation, error))

    # -- answers from the pool ----------------------------------------------------------------

    def _fetch_next(self) -> None:
        self._fetch_queued = False
        if not self.canFetchMore() or self._fetching:
            return
        generation, after = self._generation, self._rows[-1].key if self._rows else None
        self._fetching = True
        self._tasks.submit(self._fetch, self._filter, after, self._page_size,
                           on_success=lambda rows: self._on_next_page(generation, rows),
                           on_failure=lambda error: self._on_failure(generation, error))

    def _fetch(self, flt: ShipmentFilter, after: tuple[Any, ...] | None, size: int) -> _Rows:
        """In a pool thread: one page and its display texts (so the GUI thread only hands them out)."""
        rows = self._queries.page(flt, after=after, limit=size, actor=self._actor)
        now = datetime.now(UTC)
        return rows, [self._display(row, now) for row in rows]

    def _display(self, row: ShipmentRow, now: datetime) -> tuple[str, ...]:
        event = " · ".join(x for x in (row.last_event, row.last_event_location) if x)
        if row.last_event_at is not None and event:
            event = f"{row.last_event_at.astimezone():%m-%d %H:%M}  {event}"
        days = calendar_days(row.shipped_at, row.delivered_at or now)
        return (row.order_no, carrier_label(row.carrier), row.tracking_no, tracking_status_label(row.status),
                event, when(row.shipped_at), str(days))

    def _on_first_page(self, generation: int, page: _Rows) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._loaded_once = True
        self._append(page)
        self._tasks.submit(self._unless_replaced, generation, self._queries.count, self._filter,
                           actor=self._actor, on_success=lambda total: self._on_count(generation, total),
                           on_failure=lambda error: self._on_failure(generation, error))
        self.first_page_loaded.emit()
        if self._refresh_wanted:
            self.refresh()

    def _on_next_page(self, generation: int, page: _Rows) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._append(page)
        if self._refresh_wanted:
            self.refresh()
        elif self._more_wanted:
            self._more_wanted = False
            self.fetchMore()

    def _append(self, page: _Rows) -> None:
        rows, texts = page
        self._exhausted = len(rows) < self._page_size
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows += rows
            self._texts += texts
            self.endInsertRows()

    def _on_count(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self._total = total
            self.count_loaded.emit(total)

    def _on_refreshed(self, generation: int, total: int, page: _Rows, more: bool) -> None:
        if generation != self._generation:
            return
        self._fetching, self._more_wanted = False, False
        rows, texts = page
        self._total, self._exhausted = total, not more
        if [r.id for r in rows] == [r.id for r in self._rows]:
            changed = [n for n, (old, new) in enumerate(zip(self._texts, texts, strict=True)) if old != new]
            self._rows, self._texts = rows, texts
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), self.DAYS))
        else:
            self.beginResetModel()
            self._rows, self._texts = rows, texts
            self.endResetModel()
        self.count_loaded.emit(total)
        self.refreshed.emit()

    def _on_failure(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._fetching = False
            self._loaded_once = True
            self._exhausted = True  # no retry loop from the view's next scroll: F5 tries again
            self.failed.emit(error)

    def _unless_replaced(self, generation: int, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """In a pool thread: skip work queued for a filter the user has replaced meanwhile."""
        if generation != self._generation:
            raise Cancelled()
        return fn(*args, **kwargs)
