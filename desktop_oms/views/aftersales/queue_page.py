"""The case queue: chips by type and status with live counts, "Overdue" and "Mine", one search box, the list.

Enter (or a double click) opens the selected case; a refresh (F5, another desk's change) keeps the
filter and the selected case.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.cases import DONE
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services.case_results import CaseCounts, CaseFilter, CaseRow
from desktop_oms.views.aftersales.desk import CaseDesk
from desktop_oms.views.aftersales.flow import FlowLayout
from desktop_oms.views.aftersales.labels import (
    STATUS_COLOURS,
    STATUSES,
    TYPES,
    case_error_text,
    case_status_label,
    type_label,
)
from desktop_oms.views.aftersales.queue_model import CasesTableModel
from desktop_oms.views.tables import set_up_list
from desktop_oms.views.tasks import TaskRunner

SEARCH_DELAY_MS = 250
#: The queue shows at most this many cases (the most urgent: the service sorts by SLA).
LIMIT = 500
M = CasesTableModel
WIDTHS = {M.CASE: 76, M.DUE: 78, M.TYPE: 78, M.STATUS: 112, M.REASON: 120, M.PRIORITY: 64, M.ORDER: 80,
          M.CUSTOMER: 120, M.OWNER: 70}
CHIP = ("QToolButton {{ border: 1px solid {fg}; border-radius: 10px; padding: 2px 8px; color: {fg}; }}"
        "QToolButton:checked {{ background: {bg}; font-weight: bold; }}")


def make_chip(text: str, fg: str, bg: str) -> QToolButton:
    chip = QToolButton()
    chip.setText(text)
    chip.setCheckable(True)
    chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    chip.setStyleSheet(CHIP.format(fg=fg, bg=bg))
    return chip


class CaseQueuePage(QWidget):
    """`case_activated(case_no)` on Enter or a double click; `current_changed(case_no)` as the selection moves."""

    case_activated = Signal(str)
    current_changed = Signal(str)

    def __init__(self, cases: CaseDesk, tasks: TaskRunner, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cases, self._tasks, self._actor = cases, tasks, actor
        self._generation = 0
        self._started = False
        self._select_first = False
        self.loaded = False  # the first answer is in (tests wait for it)

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search case, order, customer, phone or e-mail  (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self._on_search_box_return_pressed)

        self.overdue_toggle = make_chip(self.tr("Overdue"), "#a11d1d", "#fde2e2")
        self.overdue_toggle.setToolTip(self.tr("Open cases past the time the shop promised an answer by"))
        self.mine_toggle = make_chip(self.tr("Mine"), "#1f4e99", "#e3edfc")
        self.mine_toggle.setToolTip(self.tr("Cases you own"))
        self.refunds_toggle = make_chip(self.tr("Refunds to approve"), "#8a5a00", "#fff4d6")
        self.refunds_toggle.setToolTip(self.tr("Cases with a refund above the shop's limit, waiting for a manager"))
        self.refunds_toggle.setVisible(actor.can(Permission.APPROVE_REFUNDS))
        for toggle in (self.overdue_toggle, self.mine_toggle, self.refunds_toggle):
            toggle.clicked.connect(lambda _checked: self.apply_filters())

        self.all_types = make_chip(self.tr("All types"), "#555555", "#e8e8e8")
        self.all_types.setChecked(True)
        self.all_types.clicked.connect(lambda _c: self._clear(self.type_chips, self.all_types))
        self.type_chips: dict[str, QToolButton] = {}
        for code in TYPES:
            chip = make_chip(type_label(code), "#2c5282", "#e2ecf7")
            chip.clicked.connect(lambda _c: self._on_chip_clicked(self.type_chips, self.all_types))
            self.type_chips[code] = chip
        self.all_statuses = make_chip(self.tr("All open"), "#555555", "#e8e8e8")
        self.all_statuses.setToolTip(self.tr("Every case still worked on"))
        self.all_statuses.setChecked(True)
        self.all_statuses.clicked.connect(lambda _c: self._clear(self.status_chips, self.all_statuses))
        self.status_chips: dict[str, QToolButton] = {}
        for code in STATUSES:
            fg, bg = STATUS_COLOURS[code]
            chip = make_chip(case_status_label(code), fg, bg)
            chip.setVisible(code in DONE)  # the others once their count says there is something to find
            chip.clicked.connect(lambda _c: self._on_chip_clicked(self.status_chips, self.all_statuses))
            self.status_chips[code] = chip

        self.model = CasesTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self._set_up_table()
        self.summary = QLabel()
        self._layout_widgets()

    def _set_up_table(self) -> None:
        table = self.table
        header = set_up_list(table, WIDTHS)
        header.setStretchLastSection(True)
        header.moveSection(M.DUE, 1)  # what the queue is sorted by, next to the case number
        table.doubleClicked.connect(self._on_table_double_clicked)
        table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_selected)

    def _layout_widgets(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 1)
        filters.addWidget(self.overdue_toggle)
        filters.addWidget(self.mine_toggle)
        filters.addWidget(self.refunds_toggle)
        types = FlowLayout()
        types.addWidget(self.all_types)
        for chip in self.type_chips.values():
            types.addWidget(chip)
        statuses = FlowLayout()
        statuses.addWidget(self.all_statuses)
        for chip in self.status_chips.values():
            statuses.addWidget(chip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(types)
        layout.addLayout(statuses)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    # -- filters ------------------------------------------------------------------------------

    def current_filter(self) -> CaseFilter:
        statuses = frozenset(s for s, chip in self.status_chips.items() if chip.isChecked())
        return CaseFilter(types=frozenset(t for t, chip in self.type_chips.items() if chip.isChecked()),
                          statuses=statuses, overdue_only=self.overdue_toggle.isChecked(),
                          mine=self.mine_toggle.isChecked(), search=self.search_box.text().strip()[:100],
                          include_done=bool(statuses & DONE))

    def start(self) -> None:
        if not self._started:
            self._started = True
            self.apply_filters()

    def apply_filters(self) -> None:
        self._started = True
        self._search_timer.stop()
        self._load(self.current_filter())

    def refresh(self) -> None:
        """F5 or another desk's change: the same filter, new figures, the same case selected."""
        if self._started:
            self._load(self.current_filter())

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _load(self, flt: CaseFilter) -> None:
        self._generation += 1
        generation, cases, actor = self._generation, self._cases, self._actor
        refunds_only = self.refunds_toggle.isChecked()

        def fetch() -> tuple[list[CaseRow], CaseCounts]:
            rows = cases.list_cases(flt, actor=actor, limit=LIMIT)
            if refunds_only:
                rows = [row for row in rows if row.refund_pending]
            return rows, cases.counts(actor=actor)

        self._tasks.submit(fetch, on_success=lambda found: self._on_loaded(generation, *found),
                           on_failure=lambda error: self._on_failed(generation, error))

    def _on_loaded(self, generation: int, rows: list[CaseRow], counts: CaseCounts) -> None:
        if generation != self._generation:
            return
        selected = self.selected_case_no()
        self.model.set_rows(rows)
        if selected is not None and self.selected_case_no() != selected:
            self.select(selected)
        if rows and (self._select_first or (not self.loaded and self.selected_case_no() is None)):
            self.table.selectRow(0)  # the most urgent case, or the first found
        self._select_first = False
        self._show_counts(counts)
        self.summary.setStyleSheet("")
        if not rows:
            self.summary.setText(self.tr("No cases"))
        elif len(rows) >= LIMIT:
            self.summary.setText(self.tr("The first {0} cases by SLA: narrow the search to see the others").format(
                len(rows)))
        else:
            self.summary.setText(self.tr("{0} cases").format(len(rows)))
        self.loaded = True

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.summary.setText(case_error_text(error))
            self.summary.setStyleSheet("color: #a11d1d;")
            self.loaded = True

    def _show_counts(self, counts: CaseCounts) -> None:
        for code, chip in self.type_chips.items():
            chip.setText(f"{type_label(code)} {counts.by_type.get(code, 0):,}")
        self.all_types.setText(self.tr("All types {0}").format(f"{counts.open:,}"))
        for code, chip in self.status_chips.items():
            count = counts.by_status.get(code, 0)
            chip.setText(f"{case_status_label(code)} {count:,}" if count else case_status_label(code))
            chip.setVisible(bool(count) or chip.isChecked() or code in DONE)
        self.all_statuses.setText(self.tr("All open {0}").format(f"{counts.open:,}"))
        self.overdue_toggle.setText(self.tr("Overdue {0}").format(f"{counts.overdue:,}"))
        self.mine_toggle.setText(self.tr("Mine {0}").format(f"{counts.mine:,}"))
        self.refunds_toggle.setText(self.tr("Refunds to approve {0}").format(f"{counts.pending_refunds:,}"))

    def _on_chip_clicked(self, chips: dict[str, QToolButton], everything: QToolButton) -> None:
        everything.setChecked(not any(chip.isChecked() for chip in chips.values()))
        self.apply_filters()

    def _clear(self, chips: dict[str, QToolButton], everything: QToolButton) -> None:
        for chip in chips.values():
            chip.setChecked(False)
        everything.setChecked(True)
        self.apply_filters()

    def _on_search_box_return_pressed(self) -> None:
        """Search now and go to the list, on the first case found."""
        self._select_first = True
        self.apply_filters()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- the selected case --------------------------------------------------------------------

    def selected_case_no(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        found = self.model.row_at(rows[0].row()) if rows else None
        return found.case_no if found is not None else None

    def select(self, case_no: str) -> bool:
        row = self.model.row_of(case_no)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def open_selected(self) -> None:
        case_no = self.selected_case_no()
        if case_no is not None:
            self.case_activated.emit(case_no)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.case_activated.emit(row.case_no)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        if row is not None:
            self.current_changed.emit(row.case_no)
