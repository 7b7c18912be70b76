"""The tables of a case's detail: its lines (claimed, received, restocked, written off), refunds and timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services.case_results import CaseDetail, RefundData
from desktop_oms.services.results import TimelineEntry
from desktop_oms.views.aftersales.labels import (
    case_action_label,
    case_status_label,
    ledger_label,
    money,
    note_kind_label,
    refund_status_label,
    when,
)
from desktop_oms.views.messages import ledger_kind_label

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_PENDING = "#8a5a00"


def set_up(widget: QTableWidget, headers: list[str], stretch: int | None = None) -> QTableWidget:
    widget.setColumnCount(len(headers))
    widget.setHorizontalHeaderLabels(headers)
    widget.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    widget.setAlternatingRowColors(True)
    widget.setWordWrap(False)
    widget.verticalHeader().setVisible(False)
    header = widget.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return widget


def fill(widget: QTableWidget, rows: list[list[str]], right: frozenset[int] = frozenset()) -> None:
    widget.setRowCount(len(rows))
    for number, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            if column in right:
                item.setTextAlignment(_RIGHT)
            widget.setItem(number, column, item)


class LinesView(QTableWidget):
    """What the case claims and what became of it at the bench."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_up(self, [self.tr("SKU"), self.tr("Product"), self.tr("Claimed"), self.tr("Unit price"),
                      self.tr("Received"), self.tr("Restocked"), self.tr("Written off"), self.tr("Why written off")],
               stretch=1)

    def show_case(self, detail: CaseDetail) -> None:
        fill(self, [[line.sku, line.name, str(line.qty), money(line.unit_price), str(line.received_qty),
                     str(line.restocked_qty), str(line.written_off_qty), line.write_off_reason]
                    for line in detail.lines], right=frozenset({2, 3, 4, 5, 6}))
        for column in (0, 2, 3, 4, 5, 6):
            self.resizeColumnToContents(column)


class RefundsView(QWidget):
    """The case's refunds; a manager approves or rejects the selected one, never their own request."""

    approve_requested = Signal(int)
    reject_requested = Signal(int)

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._refunds: tuple[RefundData, ...] = ()
        self._currency = ""
        self.table = set_up(QTableWidget(), [self.tr("Asked"), self.tr("Amount"), self.tr("Status"), self.tr("Asked by"),
                            self.tr("Decided by"), self.tr("Bank details"), self.tr("Note")])
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.approve_button = QPushButton(self.tr("Approve refund"))
        self.approve_button.clicked.connect(lambda: self._emit(self.approve_requested))
        self.reject_button = QPushButton(self.tr("Reject refund…"))
        self.reject_button.clicked.connect(lambda: self._emit(self.reject_requested))
        self.request_button = QPushButton(self.tr("Request refund…"))
        self.note = QLabel()
        self.note.setStyleSheet("color: #5f6b7a;")
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.request_button)
        buttons.addStretch(1)
        buttons.addWidget(self.note, 2)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_case(self, detail: CaseDetail) -> None:
        self._refunds, self._currency = detail.refunds, detail.currency
        fill(self.table, [[when(r.requested_at), money(r.amount, detail.currency), refund_status_label(r.status),
                           r.requested_by, r.decided_by, r.bank_details, r.note] for r in detail.refunds],
             right=frozenset({1}))
        for number, refund in enumerate(detail.refunds):
            item = self.table.item(number, 2)
            if item is not None and refund.status == "pending_approval":
                item.setForeground(QBrush(QColor(_PENDING)))
        for column in range(5):
            self.table.resizeColumnToContents(column)
        pending = [n for n, r in enumerate(detail.refunds) if r.status == "pending_approval"]
        if pending and not self.table.selectedItems():
            self.table.selectRow(pending[0])
        self._update_buttons()

    def selected(self) -> RefundData | None:
        rows = self.table.selectionModel().selectedRows()
        return self._refunds[rows[0].row()] if rows and rows[0].row() < len(self._refunds) else None

    def _update_buttons(self) -> None:
        refund = self.selected()
        why = ""
        if refund is None or refund.status != "pending_approval":
            why = self.tr("Select a refund that waits for approval")
        elif not self._actor.can(Permission.APPROVE_REFUNDS):
            why = self.tr("Only a manager approves refunds above the shop's limit")
        elif refund.requested_by == self._actor.name:
            why = self.tr("You asked for this refund: another manager approves it (four eyes)")
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(not why)
            button.setToolTip(why)
        waiting = [r for r in self._refunds if r.status == "pending_approval"]
        self.note.setText(self.tr("{0} waits for a manager's approval").format(
            money(waiting[0].amount, self._currency)) if waiting else "")

    def _emit(self, signal: SignalInstance) -> None:
        refund = self.selected()
        if refund is not None:
            signal.emit(refund.id)


class TimelineView(QTableWidget):
    """Everything that happened to the case, newest on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_up(self, [self.tr("Time"), self.tr("Who"), self.tr("What"), self.tr("Details")])

    def show_entries(self, entries: tuple[TimelineEntry, ...]) -> None:
        fill(self, [[when(e.time), e.user, self._what(e), e.reason] for e in reversed(entries)])
        for column in range(3):
            self.resizeColumnToContents(column)

    def _what(self, entry: TimelineEntry) -> str:
        if entry.from_status and entry.to_status:
            return self.tr("{0} → {1}").format(case_status_label(entry.from_status),
                                               case_status_label(entry.to_status))
        if entry.kind == "stock" or entry.sku:
            kind = ledger_label(entry.action)
            if kind == entry.action:
                kind = ledger_kind_label(entry.action)
            return self.tr("{0} {1} × {2}").format(kind, entry.qty, entry.sku)
        if entry.kind == "note":
            return note_kind_label(entry.action)
        if entry.kind == "refund" and entry.to_status:
            return self.tr("{0} ({1})").format(case_action_label(entry.action), refund_status_label(entry.to_status))
        if entry.to_status:
            return self.tr("{0}: {1}").format(case_action_label(entry.action), case_status_label(entry.to_status))
        return case_action_label(entry.action)
