"""The Orders tab: one search box, status chips with live counts, date and payment filters, the queue, batch actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from typing import Any, Protocol

from PySide6.QtCore import QDate, QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.orders import ALLOCATABLE, HOLDABLE, OrderStatus, PaymentMethod
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services.results import BatchAction, BatchOutcome, QueueFilter
from desktop_oms.views.messages import error_text, payment_method_label, status_label
from desktop_oms.views.orders.batch_dialog import BatchResultDialog
from desktop_oms.views.orders.queue_model import STATUS_COLOURS, OrderQueueTableModel, QueueQueries
from desktop_oms.views.tasks import Cancelled, TaskRunner

SEARCH_DELAY_MS = 250
#: Orders allocated per call in a batch: progress and Stop between chunks.
ALLOCATE_CHUNK = 25
#: The chips, in the order an order lives.
CHIP_STATUSES = [s for s in OrderStatus]


class OrderActions(Protocol):
    """What the panel needs of the order and allocation services (their real classes fit)."""

    def batch(self, action: BatchAction, order_nos: list[str], *, actor: Actor, reason: str = "",
              progress: Callable[[int, int], None] | None = None) -> tuple[BatchOutcome, ...]: ...


class StatusCounts(Protocol):
    def status_counts(self, flt: QueueFilter, *, actor: Actor) -> dict[str, int]: ...


class QueueService(QueueQueries, StatusCounts, Protocol):
    pass


class Allocator(Protocol):
    def allocate(self, order_nos: list[str], *, actor: Actor) -> Any: ...


class OrdersPanel(QWidget):
    """Finds orders and moves many at once; Enter (or a double click) opens the selected order."""

    open_order = Signal(str)
    #: "New order…" was pressed (the window opens the dialog).
    new_order_requested = Signal()
    #: Something this panel did changed orders (the stock tab may want to know).
    orders_changed = Signal()

    def __init__(self, queue: QueueService, orders: OrderActions, allocation: Allocator, tasks: TaskRunner,
                 actor: Actor, parent: QWidget | None = None, *, packing: Any = None) -> None:
        super().__init__(parent)
        self._queue, self._orders, self._allocation = queue, orders, allocation
        self._packing = packing
        self._tasks, self._actor = tasks, actor
        self._counts_generation = 0
        self._counts_after_first_page: QueueFilter | None = None
        self._restore: tuple[list[str], str | None, int] | None = None

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search order number, customer, phone or e-mail  (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(360)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_box.textEdited.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self._on_search_box_return_pressed)

        self.date_range = QComboBox()
        self._presets: list[tuple[str, Callable[[], tuple[datetime | None, datetime | None]]]] = [
            (self.tr("Any time"), lambda: (None, None)),
            (self.tr("Today"), lambda: _days_back(0)),
            (self.tr("Last 7 days"), lambda: _days_back(6)),
            (self.tr("Last 30 days"), lambda: _days_back(29)),
            (self.tr("This month"), _this_month),
            (self.tr("Custom range"), self._custom_range),
        ]
        for label, _ in self._presets:
            self.date_range.addItem(label)
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
            edit.setVisible(False)
        self.date_from.setDate(QDate.currentDate().addDays(-30))
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._on_custom_date_changed)
        self.date_range.currentIndexChanged.connect(self._on_date_range_changed)

        self.payment = QComboBox()
        self.payment.addItem(self.tr("Any payment"), "")
        for method in PaymentMethod:
            self.payment.addItem(payment_method_label(method), str(method))
        self.payment.currentIndexChanged.connect(lambda _i: self.apply_filters())

        self.chips: dict[str, QToolButton] = {}
        self.all_chip = QToolButton()
        self.all_chip.setText(self.tr("All"))
        self.all_chip.setCheckable(True)
        self.all_chip.setChecked(True)
        self.all_chip.clicked.connect(self._on_all_chip_clicked)
        for status in CHIP_STATUSES:
            chip = QToolButton()
            chip.setCheckable(True)
            chip.setText(status_label(status))
            chip.setProperty("status", str(status))
            fg, bg = STATUS_COLOURS[status]
            chip.setStyleSheet(
                f"QToolButton {{ border: 1px solid {fg}; border-radius: 10px; padding: 2px 8px; color: {fg}; }}"
                f"QToolButton:checked {{ background: {bg}; font-weight: bold; }}")
            chip.clicked.connect(self._on_chip_clicked)
            self.chips[str(status)] = chip
        self.all_chip.setStyleSheet("QToolButton { border: 1px solid #555; border-radius: 10px; padding: 2px 8px; }"
                                    "QToolButton:checked { background: #e8e8e8; font-weight: bold; }")

        self.model = OrderQueueTableModel(queue, tasks, actor, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # A header shown with the view's selection model walks every cell of the selection on each change
        # (21,000 model calls for 3,000 selected rows): it gets a selection model of its own, always empty.
        self._header_selection = QItemSelectionModel(self.model, self)
        self.table.horizontalHeader().setSelectionModel(self._header_selection)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        header.setHighlightSections(False)
        for column, width in enumerate((130, 130, 220, 60, 120, 230, 130)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.model.layout_loaded.connect(self._on_model_layout_loaded)
        self.model.first_page_loaded.connect(self._update_actions)
        self.model.first_page_loaded.connect(self._on_first_page_loaded)
        self.model.refreshed.connect(self._on_model_refreshed)
        self.model.failed.connect(self._show_error)
        self.model.rowsInserted.connect(lambda *_: self._update_summary())

        self.allocate_button = QPushButton(self.tr("Allocate"))
        self.hold_button = QPushButton(self.tr("Hold…"))
        self.release_button = QPushButton(self.tr("Release"))
        self.cancel_button = QPushButton(self.tr("Cancel order…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.new_button = QPushButton(self.tr("New order…"))
        self.new_button.setToolTip(self.tr("Type in an order for a customer on the phone (Ctrl+N)"))
        self.new_button.setEnabled(actor.can(Permission.CREATE_ORDERS))
        self.new_button.clicked.connect(self.new_order_requested.emit)
        self.allocate_button.setToolTip(self.tr("Reserve stock for the selected orders, whole orders only"))
        self.allocate_button.clicked.connect(self.allocate_selected)
        self.hold_button.clicked.connect(self.hold_selected)
        self.release_button.clicked.connect(self.release_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.summary = QLabel()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        for keys in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_selected)

        self._layout_widgets()
        self._update_actions()

    def _layout_widgets(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 3)
        filters.addWidget(QLabel(self.tr("Created")))
        filters.addWidget(self.date_range)
        filters.addWidget(self.date_from)
        filters.addWidget(self.date_to)
        filters.addWidget(self.payment)
        chips = QHBoxLayout()
        chips.setSpacing(4)
        chips.addWidget(self.all_chip)
        for chip in self.chips.values():
            chips.addWidget(chip)
        chips.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.open_button, self.allocate_button, self.hold_button, self.release_button,
                       self.cancel_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.summary)
        actions.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(chips)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    # -- filters ------------------------------------------------------------------------------

    def start(self) -> None:
        """First load (the window calls it once it is shown)."""
        self.apply_filters()

    def current_filter(self) -> QueueFilter:
        statuses = frozenset(s for s, chip in self.chips.items() if chip.isChecked())
        method = self.payment.currentData()
        start, end = self._presets[self.date_range.currentIndex()][1]()
        return QueueFilter(statuses=statuses, search=self.search_box.text().strip()[:100], created_from=start,
                           created_to=end, payment_methods=frozenset({method}) if method else frozenset())

    def apply_filters(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        self.summary.setText(self.tr("Searching…"))
        self.model.set_query(flt)
        self._counts_after_first_page = flt  # the chips' counts wait for the first page: it comes first

    def refresh(self) -> None:
        """F5 and live updates: same filter, same selection and scroll position, new figures."""
        if self.model.total is None:
            return
        selected = self.selected_order_nos()
        top = self.table.rowAt(0)
        self._restore = (selected, self.model.order_no_at(top) if top >= 0 else None,
                         self.table.verticalScrollBar().value())
        self.model.refresh()
        self._load_counts(self.model.query_filter)

    def _load_counts(self, flt: QueueFilter) -> None:
        self._counts_generation += 1
        generation = self._counts_generation

        def counts() -> dict[str, int]:
            if generation != self._counts_generation:
                raise Cancelled()  # another filter came meanwhile: its counts are on their way
            result: dict[str, int] = self._queue.status_counts(flt, actor=self._actor)
            return result

        self._tasks.submit(counts, pool="slow", on_success=lambda found: self._on_counts(generation, found),
                           on_failure=self._show_error)

    def _on_first_page_loaded(self) -> None:
        flt, self._counts_after_first_page = self._counts_after_first_page, None
        if flt is not None:
            self._load_counts(flt)

    def _on_counts(self, generation: int, counts: dict[str, int]) -> None:
        if generation != self._counts_generation:
            return
        for status, chip in self.chips.items():
            chip.setText(f"{status_label(status)} {counts.get(status, 0):,}")
        self.all_chip.setText(self.tr("All {0}").format(f"{sum(counts.values()):,}"))

    def _on_chip_clicked(self) -> None:
        self.all_chip.setChecked(not any(chip.isChecked() for chip in self.chips.values()))
        self.apply_filters()

    def _on_all_chip_clicked(self) -> None:
        for chip in self.chips.values():
            chip.setChecked(False)
        self.all_chip.setChecked(True)
        self.apply_filters()

    def _on_date_range_changed(self, index: int) -> None:
        custom = index == len(self._presets) - 1
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.apply_filters()

    def _on_custom_date_changed(self) -> None:
        if self.date_range.currentIndex() == len(self._presets) - 1:
            self.apply_filters()

    def _custom_range(self) -> tuple[datetime | None, datetime | None]:
        start = self.date_from.date().toPython()
        end = self.date_to.date().toPython()
        return _local_midnight(start), _local_midnight(end) + timedelta(days=1)

    def _on_search_box_return_pressed(self) -> None:
        self.apply_filters()
        self.table.setFocus()

    def _on_header_sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column not in OrderQueueTableModel.SORTABLE:
            # Only time, total and status sort (on the server); put the arrow back where the sort is.
            current = next(c for c, s in OrderQueueTableModel.SORTABLE.items() if s is self.model.query_order.sort)
            direction = Qt.SortOrder.DescendingOrder if self.model.query_order.descending else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().blockSignals(True)
            self.table.horizontalHeader().setSortIndicator(current, direction)
            self.table.horizontalHeader().blockSignals(False)

    def _on_model_layout_loaded(self, _total: int) -> None:
        self._update_summary()
        self._update_actions()

    def _update_summary(self) -> None:
        total = self.model.total
        if total is None:
            self.summary.setText(self.tr("Loading…"))
        else:
            self.summary.setText(self.tr("{0} orders").format(f"{total:,}"))

    def select_order(self, order_no: str) -> None:
        """After a new order: the queue again from the top (newest first), with that order selected."""
        self.refresh()
        if self._restore is not None:
            self._restore = ([order_no], None, 0)

    def _on_model_refreshed(self) -> None:
        self._update_summary()
        if self._restore is None:
            return
        selected, top, scroll = self._restore
        self._restore = None
        rows = self.model.rows_of(set(selected))
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for first, end in _runs(sorted(rows)):
            selection.select(self.model.index(first, 0), self.model.index(end, last))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        new_top = self.model.row_of(top) if top else None
        if new_top is not None:
            self.table.scrollTo(self.model.index(new_top, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        else:
            self.table.verticalScrollBar().setValue(scroll)
        self._update_actions()

    # -- selection and actions ----------------------------------------------------------------

    def _selected_rows(self) -> list[int]:
        """From the selection's ranges (cheap for thousands of rows, unlike selectedRows())."""
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for number in range(selection.count()):
            selected = selection.at(number)
            rows.update(range(selected.top(), selected.bottom() + 1))
        return sorted(rows)

    def selected_order_nos(self) -> list[str]:
        found = (self.model.order_no_at(row) for row in self._selected_rows())
        return [no for no in found if no]

    def _selected_statuses(self) -> set[str]:
        return {row.status for row in (self.model.row_at(r) for r in self._selected_rows()) if row}

    def _update_actions(self) -> None:
        statuses = self._selected_statuses()
        can = self._actor.can
        self.open_button.setEnabled(len(self._selected_rows()) == 1)
        self.allocate_button.setEnabled(can(Permission.ALLOCATE_ORDERS) and bool(statuses & ALLOCATABLE))
        self.hold_button.setEnabled(can(Permission.HOLD_ORDERS) and bool(statuses & HOLDABLE))
        self.release_button.setEnabled(can(Permission.HOLD_ORDERS) and OrderStatus.ON_HOLD in statuses)
        cancellable = {s for s in OrderStatus if OrderStatus.CANCELLED in _moves(s)}
        self.cancel_button.setEnabled(can(Permission.CANCEL_ORDERS) and bool(statuses & cancellable))

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        order_no = self.model.order_no_at(index.row()) if index.isValid() else None
        if order_no:
            self.open_order.emit(order_no)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        order_no = self.model.order_no_at(index.row())
        if order_no:
            self.open_order.emit(order_no)

    def allocate_selected(self) -> None:
        order_nos = self.selected_order_nos()
        if not order_nos:
            return
        def work(progress: Callable[[int, int], None]) -> tuple[BatchOutcome, ...]:
            outcomes: list[BatchOutcome] = []
            for start in range(0, len(order_nos), ALLOCATE_CHUNK):  # oldest first within each chunk
                chunk = order_nos[start:start + ALLOCATE_CHUNK]
                outcomes += _allocation_outcomes(self._allocation.allocate(chunk, actor=self._actor), chunk)
                progress(len(outcomes), len(order_nos))
            return tuple(outcomes)

        self._run(self.tr("Allocate"), order_nos, work)

    def hold_selected(self) -> None:
        order_nos = self.selected_order_nos()
        if not order_nos:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Hold orders"),
                                          self.tr("Why are these {0} orders held?").format(len(order_nos)))
        if ok and reason.strip():
            self._run_batch(self.tr("Hold"), BatchAction.HOLD, order_nos, reason.strip())

    def release_selected(self) -> None:
        order_nos = self.selected_order_nos()
        if order_nos:
            self._run_batch(self.tr("Release"), BatchAction.RELEASE, order_nos, "")

    def cancel_selected(self) -> None:
        order_nos = self.selected_order_nos()
        if not order_nos:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Cancel orders"),
            self.tr("Cancel {0} orders and release their stock. Reason:").format(len(order_nos)))
        if ok:
            self._run_batch(self.tr("Cancel"), BatchAction.CANCEL, order_nos, reason.strip())

    def release_claims_selected(self) -> None:
        """A manager frees orders a packing station holds (it broke down, its packer went home)."""
        order_nos = self.selected_order_nos()
        if not order_nos or self._packing is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Give back from packing"),
            self.tr("Give {0} orders back from their packing station. Why?").format(len(order_nos)))
        if not (ok and reason.strip()):
            return
        packing = self._packing

        def work(progress: Callable[[int, int], None]) -> tuple[BatchOutcome, ...]:
            result: tuple[BatchOutcome, ...] = packing.release_claims(order_nos, actor=self._actor,
                                                                      reason=reason.strip(), progress=progress)
            return result

        self._run(self.tr("Give back from packing"), order_nos, work)

    def _run_batch(self, title: str, action: BatchAction, order_nos: list[str], reason: str) -> None:
        def work(progress: Callable[[int, int], None]) -> tuple[BatchOutcome, ...]:
            return self._orders.batch(action, order_nos, actor=self._actor, reason=reason, progress=progress)

        self._run(title, order_nos, work)

    def _run(self, title: str, order_nos: list[str], work: Callable[..., tuple[BatchOutcome, ...]]) -> None:
        dialog = BatchResultDialog(title, len(order_nos), self)
        task = self._tasks.submit(work, on_success=lambda outcomes: self._on_batch_done(dialog, outcomes),
                                  on_failure=lambda error: dialog.show_failure(error_text(error)),
                                  on_progress=dialog.show_progress)
        dialog.cancel_requested.connect(task.cancel)
        dialog.show()
        self.last_batch_dialog = dialog

    def _on_batch_done(self, dialog: BatchResultDialog, outcomes: tuple[BatchOutcome, ...]) -> None:
        dialog.show_outcomes(outcomes)
        self.orders_changed.emit()
        self.refresh()

    def _show_error(self, error: BaseException) -> None:
        self.summary.setText(error_text(error))
        QMessageBox.warning(self, self.tr("Orders"), error_text(error))


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def _moves(status: OrderStatus) -> frozenset[OrderStatus]:
    from desktop_oms.domain.orders import ORDER_MOVES

    return ORDER_MOVES.get(status, frozenset())


def _allocation_outcomes(report: Any, order_nos: list[str]) -> tuple[BatchOutcome, ...]:
    """An allocation report as one outcome per order, in the order they were selected."""
    from desktop_oms.domain.errors import DomainError

    allocated, backordered = set(report.allocated), set(report.backordered)
    skipped = dict(report.skipped)
    outcomes = []
    for order_no in order_nos:
        if order_no in allocated:
            outcomes.append(BatchOutcome(order_no, str(OrderStatus.ALLOCATED)))
        elif order_no in backordered:
            outcomes.append(BatchOutcome(order_no, str(OrderStatus.BACKORDERED)))
        else:
            outcomes.append(BatchOutcome(order_no, error=DomainError(skipped.get(order_no, "skipped"))))
    return tuple(outcomes)


def _local_midnight(day: Any) -> datetime:
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _days_back(days: int) -> tuple[datetime | None, datetime | None]:
    today = datetime.now().astimezone().date()
    return _local_midnight(today - timedelta(days=days)), _local_midnight(today + timedelta(days=1))


def _this_month() -> tuple[datetime | None, datetime | None]:
    today = datetime.now().astimezone().date()
    return _local_midnight(today.replace(day=1)), _local_midnight(today + timedelta(days=1))
