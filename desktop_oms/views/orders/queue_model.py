"""The order queue as a table model over keyset pages: a million orders without loading them.

The model holds the layout (row count and the key that starts every page) and a few pages around
what is on screen. A row that is not loaded yet shows "…" and asks for its page in the background;
when the page arrives, its rows change. A filter, search or sort change starts a new generation:
answers from an older one are dropped.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_oms.domain.money import format_amount
from desktop_oms.domain.users import Actor
from desktop_oms.services.results import PAGE, QueueFilter, QueueLayout, QueueOrder, QueueRow, QueueSort
from desktop_oms.views.messages import payment_method_label, payment_status_label, status_label
from desktop_oms.views.tasks import Cancelled, TaskRunner

Index = QModelIndex | QPersistentModelIndex

#: Pages kept in memory; more are dropped, farthest from the last one asked for first.
MAX_PAGES = 12
#: After a live update, the anchors (a scan of the whole filter) are renewed at most this often...
ANCHORS_MAX_AGE_S = 30.0
#: ...unless the filter is small enough to scan every time.
SMALL_QUEUE = 100_000

#: Status colours: (text, background), soft enough to read all day.
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "pending_payment": ("#8a5a00", "#fff4d6"),
    "accepted": ("#1f4e99", "#e3edfc"),
    "on_hold": ("#8a3b00", "#ffe6d5"),
    "backordered": ("#a11d1d", "#fde2e2"),
    "allocated": ("#0f6b5c", "#dcf5ef"),
    "picking": ("#5a3d99", "#ece5fb"),
    "packed": ("#4a5d0f", "#eef5d6"),
    "shipped": ("#2c5282", "#e2ecf7"),
    "delivered": ("#276749", "#def7e8"),
    "completed": ("#4a5568", "#edf0f4"),
    "cancelled": ("#6b7280", "#f1f1f1"),
}


_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_ROLES = frozenset({_DISPLAY, _ALIGN, _FOREGROUND, _BACKGROUND, _FONT, _TOOLTIP, _USER})
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


#: A page of rows and, for each, the texts of its columns.
_Page = tuple[list[QueueRow], list[tuple[str, ...]]]


class QueueQueries(Protocol):
    def page(self, flt: QueueFilter, order: QueueOrder = ..., *, after: tuple[Any, ...] | None = None,
             limit: int = PAGE, actor: Actor) -> list[QueueRow]: ...

    def layout(self, flt: QueueFilter, order: QueueOrder = ..., *, actor: Actor,
               page_size: int = PAGE) -> QueueLayout: ...

    def count(self, flt: QueueFilter, *, actor: Actor) -> int: ...


class OrderQueueTableModel(QAbstractTableModel):
    """Columns: order, time, customer, items, total, payment, status."""

    COLUMNS = ("order_no", "created_at", "customer", "items", "total", "payment", "status")
    SORTABLE = {1: QueueSort.TIME, 4: QueueSort.TOTAL, 6: QueueSort.STATUS}

    #: The first page of a new filter is in, and when the count is known (the anchors come later).
    first_page_loaded = Signal()
    layout_loaded = Signal(int)
    #: A refresh (F5, live update) has replaced every loaded page.
    refreshed = Signal()
    failed = Signal(object)

    def __init__(self, queue: QueueQueries, tasks: TaskRunner, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self._queue, self._tasks, self._actor = queue, tasks, actor
        self._filter = QueueFilter()
        self._order = QueueOrder()
        self._generation = 0
        self._rows = 0
        self._total: int | None = None
        self._anchors: tuple[tuple[Any, ...], ...] | None = None
        self._anchors_total = -1
        self._anchors_loading = False
        self._anchors_time = 0.0
        self._pages: OrderedDict[int, list[QueueRow]] = OrderedDict()
        self._pending: set[int] = set()
        self._wanted: dict[int, tuple[Any, ...] | None] = {}  # pages a paint asked for, fetched after it
        self._flush_queued = False
        self._headers = [self.tr("Order"), self.tr("Time"), self.tr("Customer"), self.tr("Items"),
                         self.tr("Total"), self.tr("Payment"), self.tr("Status")]
        self._bold = QFont()
        self._bold.setBold(True)
        self._texts: dict[int, list[tuple[str, ...]]] = {}
        self._brushes = {status: (QBrush(QColor(fg)), QBrush(QColor(bg))) for status, (fg, bg) in STATUS_COLOURS.items()}

    # -- what the view asks -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Click to sort") if section in self.SORTABLE else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called thousands of times per repaint: roles this model does not answer leave first.
        if role not in _ROLES or not index.isValid():
            return None
        number, offset = divmod(index.row(), PAGE)
        texts = self._texts.get(number)
        column = index.column()
        if texts is None or offset >= len(texts):
            if role == _DISPLAY and 0 <= index.row() < self._rows:
                self._request(number)
                return "…" if column == 0 else ""
            return None
        if role == _DISPLAY:
            return texts[offset][column]
        row = self._pages[number][offset]
        if role == _ALIGN:
            return _RIGHT if column in (3, 4) else None
        if column == 6 and row.status in STATUS_COLOURS:
            if role == _FOREGROUND:
                return self._brushes[row.status][0]
            if role == _BACKGROUND:
                return self._brushes[row.status][1]
            if role == _FONT:
                return self._bold
        if role == _TOOLTIP and column == 5:
            return payment_status_label(row.payment_status)
        if role == _USER:
            return row.order_no
        return None

    def _display(self, row: QueueRow) -> tuple[str, ...]:
        return (row.order_no, f"{row.created_at.astimezone():%Y-%m-%d %H:%M}", row.customer, str(row.items),
                f"{format_amount(row.total)} {row.currency}",
                f"{payment_method_label(row.payment_method)} · {payment_status_label(row.payment_status)}",
                status_label(row.status))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = self.SORTABLE.get(column)
        if sort is None:
            return
        self.set_query(self._filter, QueueOrder(sort, order == Qt.SortOrder.DescendingOrder))

    # -- what the panel uses ------------------------------------------------------------------

    @property
    def query_filter(self) -> QueueFilter:
        return self._filter

    @property
    def query_order(self) -> QueueOrder:
        return self._order

    @property
    def total(self) -> int | None:
        """Orders under the filter, once counted."""
        return self._total

    @property
    def loading(self) -> bool:
        return bool(self._pending) or self._total is None

    def row_at(self, row: int) -> QueueRow | None:
        page = self._pages.get(row // PAGE)
        if page is None or row % PAGE >= len(page):
            return None
        return page[row % PAGE]

    def order_no_at(self, row: int) -> str | None:
        found = self.row_at(row)
        return found.order_no if found else None

    def row_of(self, order_no: str) -> int | None:
        """The row of a loaded order, or None."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row.order_no == order_no:
                    return number * PAGE + offset
        return None

    def rows_of(self, order_nos: set[str]) -> list[int]:
        """The rows of those loaded orders that are among `order_nos`."""
        return [number * PAGE + offset for number, page in self._pages.items()
                for offset, row in enumerate(page) if row.order_no in order_nos]

    def set_query(self, flt: QueueFilter, order: QueueOrder | None = None) -> None:
        """Start again from the top: the first page (fast), the count, then the page anchors (slowest)."""
        self._filter, self._order = flt, order or self._order
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self._rows, self._total, self._anchors = 0, None, None
        self._pages.clear()
        self._texts.clear()
        self._pending.clear()
        self._wanted.clear()
        self.endResetModel()
        self._pending.add(0)
        # The first page alone, so nothing competes with it for the database and the interpreter; the
        # count and the anchors follow when it has come (and never for a query already replaced).
        self._tasks.submit(self._fetch, flt, self._order, None,
                           on_success=lambda page: self._on_first_page(generation, page),
                           on_failure=lambda error: self._on_failure(generation, error))

    def refresh(self) -> None:
        """Reload the count and the loaded pages under the same filter, without resetting the view."""
        if self._total is None:
            return
        generation = self._generation
        flt, order = self._filter, self._order
        wanted = {number: self._anchor(number) for number in sorted(self._pages) or [0]}
        wanted = {number: after for number, after in wanted.items() if number == 0 or after is not None}

        def reload() -> tuple[int, dict[int, _Page]]:
            total = self._queue.count(flt, actor=self._actor)
            return total, {number: self._fetch(flt, order, after) for number, after in wanted.items()}

        self._tasks.submit(reload, on_success=lambda result: self._on_refreshed(generation, *result),
                           on_failure=lambda error: self._on_failure(generation, error))

    def _load_anchors(self) -> None:
        """The key of every PAGE-th row, for jumps to any depth (a scan of the index: seconds at a million)."""
        generation = self._generation
        self._anchors_loading = True
        self._tasks.submit(self._unless_replaced, generation, self._queue.layout, self._filter, self._order,
                           actor=self._actor, pool="slow",
                           on_success=lambda layout: self._on_anchors(generation, layout),
                           on_failure=lambda error: self._on_failure(generation, error),
                           on_finished=lambda: self._anchors_finished(generation))

    def _anchors_finished(self, generation: int) -> None:
        if generation == self._generation:
            self._anchors_loading = False

    def _unless_replaced(self, generation: int, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """In a pool thread: skip work queued for a query the user has replaced meanwhile."""
        if generation != self._generation:
            raise Cancelled()
        return fn(*args, **kwargs)

    def _anchor(self, number: int) -> tuple[Any, ...] | None:
        """Where page `number` starts: an anchor, or the last key of the page before it if that is loaded."""
        if self._anchors is not None and 0 < number <= len(self._anchors):
            return self._anchors[number - 1]
        before = self._pages.get(number - 1)
        if before is not None and len(before) == PAGE:
            return before[-1].key
        return None

    # -- answers from the pool ----------------------------------------------------------------

    def _request(self, number: int) -> None:
        """Asked for while the view paints: note the page, and fetch what the paint wanted once it is over.

        A worker started in the middle of a paint would contend for the interpreter with every one of
        the paint's data() calls and make that paint several times slower; the pages one paint wants
        are fetched together in one task, after it.
        """
        if number in self._pending or number in self._pages:
            return
        after = self._anchor(number) if number else None
        if number and after is None:
            return  # its start is not known yet: the anchors, or the page before it, repaint when they come
        self._pending.add(number)
        self._wanted[number] = after
        if not self._flush_queued:
            self._flush_queued = True
            QTimer.singleShot(0, self._fetch_wanted)

    def _fetch_wanted(self) -> None:
        self._flush_queued = False
        wanted, self._wanted = self._wanted, {}
        if not wanted:
            return
        generation, flt, order = self._generation, self._filter, self._order

        def fetch_all() -> dict[int, _Page]:
            pages = {}
            for number, after in sorted(wanted.items()):
                if generation != self._generation:
                    raise Cancelled()
                pages[number] = self._fetch(flt, order, after)
            return pages

        self._tasks.submit(fetch_all, on_success=lambda pages: self._on_pages(generation, pages),
                           on_failure=lambda error: self._on_failure(generation, error))

    def _fetch(self, flt: QueueFilter, order: QueueOrder, after: tuple[Any, ...] | None) -> _Page:
        """In a pool thread: one page and its display texts (so the GUI thread only hands them out)."""
        rows = self._queue.page(flt, order, after=after, actor=self._actor)
        return rows, [self._display(row) for row in rows]

    def _on_first_page(self, generation: int, page: _Page) -> None:
        if generation != self._generation:
            return
        rows = page[0]
        self._pending.discard(0)
        self._tasks.submit(self._unless_replaced, generation, self._queue.count, self._filter, actor=self._actor,
                           on_success=lambda total: self._on_count(generation, total),
                           on_failure=lambda error: self._on_failure(generation, error))
        self._load_anchors()
        self._store(0, page)
        if self._total is None and rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows = len(rows)
            self.endInsertRows()
        else:
            self._changed(0)
        self.first_page_loaded.emit()

    def _on_count(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self._total = total
        self._resize(total)
        self.layout_loaded.emit(total)

    def _on_anchors(self, generation: int, layout: QueueLayout) -> None:
        if generation != self._generation:
            return
        self._anchors, self._anchors_total = layout.anchors, layout.total
        self._anchors_time = time.monotonic()
        if self._rows:  # rows waiting for their page's start ask again when painted
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(self.COLUMNS) - 1))

    def _on_pages(self, generation: int, pages: dict[int, _Page]) -> None:
        if generation != self._generation:
            return
        for number, page in pages.items():
            self._pending.discard(number)
            self._store(number, page)
            self._changed(number)
            if number + 1 < (self._rows + PAGE - 1) // PAGE and self._anchors is None:
                self._changed(number + 1)  # its start is known now

    def _on_refreshed(self, generation: int, total: int, pages: dict[int, _Page]) -> None:
        if generation != self._generation:
            return
        self._total = total
        self._pages.clear()
        self._texts.clear()
        for number, page in pages.items():
            self._store(number, page)
        self._resize(total)
        self.refreshed.emit()
        stale = time.monotonic() - self._anchors_time > ANCHORS_MAX_AGE_S or total <= SMALL_QUEUE
        if total != self._anchors_total and stale and not self._anchors_loading:
            self._load_anchors()  # until then the old anchors still start every page, give or take a row

    def _on_failure(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._pending.clear()
            self.failed.emit(error)

    def _store(self, number: int, page: _Page) -> None:
        self._pages[number], self._texts[number] = page
        self._pages.move_to_end(number)
        while len(self._pages) > MAX_PAGES:
            farthest = max(self._pages, key=lambda n: abs(n - number))
            del self._pages[farthest]
            del self._texts[farthest]

    def _resize(self, total: int) -> None:
        if total > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, total - 1)
            self._rows = total
            self.endInsertRows()
        elif total < self._rows:
            self.beginRemoveRows(QModelIndex(), total, self._rows - 1)
            self._rows = total
            self.endRemoveRows()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(self.COLUMNS) - 1))

    def _changed(self, number: int) -> None:
        first, last = number * PAGE, min(self._rows, (number + 1) * PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.COLUMNS) - 1))
