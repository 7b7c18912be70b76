"""Goods-in at the bench: scan the case or order barcode on the return slip, count what came back, then
decide each unit — back on the shelf or written off with a reason.

The scan box is the packing bench's (a keyboard-wedge scanner types the code and Enter). Three steps:
scan → "Receive" (the counts per line) → the inspection table, one row per unit → "Done".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.errors import NotFound
from desktop_oms.domain.users import Actor
from desktop_oms.services.case_results import CaseDetail, Inspection
from desktop_oms.views.aftersales.case_tabs import set_up
from desktop_oms.views.aftersales.desk import CaseDesk
from desktop_oms.views.aftersales.labels import case_error_text, case_status_label, type_label
from desktop_oms.views.packing.scan_input import ScanInput
from desktop_oms.views.tasks import TaskRunner

_BANNERS = {
    "info": "color: #1f3a5f; background: #e3edfc;",
    "good": "color: #0f5132; background: #dcf5ef;",
    "bad": "color: #7a1414; background: #fde2e2;",
}
RESTOCK, WRITE_OFF = "restock", "write_off"


class GoodsInPage(QWidget):
    """`goods_changed(case_no)` after a receipt or an inspection (the queue and the stock follow)."""

    goods_changed = Signal(str)

    def __init__(self, cases: CaseDesk, tasks: TaskRunner, actor: Actor, parent: QWidget | None = None, *,
                 station: str = "") -> None:
        super().__init__(parent)
        self._cases, self._tasks, self._actor, self._station = cases, tasks, actor, station
        self.detail: CaseDetail | None = None

        self.scan = ScanInput()
        self.scan.setPlaceholderText(self.tr("Scan the case or order barcode on the return slip"))
        self.scan.submitted.connect(lambda text, _source: self.find_code(text))
        self.scan.escape_pressed.connect(self.start_over)
        self.banner = QLabel(self.tr("Scan a returned parcel's slip to start."))
        self.banner.setWordWrap(True)
        self.banner.setMinimumHeight(44)
        self._banner("info")
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")

        self.receive_table = set_up(QTableWidget(), [self.tr("SKU"), self.tr("Product"), self.tr("Claimed"),
                                                     self.tr("In the parcel")], stretch=1)
        self.receive_button = QPushButton(self.tr("Receive"))
        self.receive_button.setToolTip(self.tr("These units are here (Enter in the scan box, or Ctrl+Enter)"))
        self.receive_button.clicked.connect(self.receive)
        receive = QWidget()
        receive_layout = QVBoxLayout(receive)
        receive_layout.setContentsMargins(0, 0, 0, 0)
        receive_layout.addWidget(QLabel(self.tr("Count what is in the parcel:")))
        receive_layout.addWidget(self.receive_table, 1)
        receive_layout.addLayout(_right(self.receive_button))

        self.inspect_table = set_up(QTableWidget(), [self.tr("SKU"), self.tr("Product"), self.tr("Unit"),
                                                     self.tr("Decision"), self.tr("Why written off")], stretch=4)
        self.restock_all = QPushButton(self.tr("All back on the shelf"))
        self.restock_all.clicked.connect(lambda: self._set_all(RESTOCK))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setToolTip(self.tr("Restock and write off as decided (Enter in the scan box, or Ctrl+Enter)"))
        self.done_button.clicked.connect(self.finish)
        self.inspect_note = QLabel()
        self.inspect_note.setStyleSheet("color: #a11d1d;")
        inspect = QWidget()
        inspect_layout = QVBoxLayout(inspect)
        inspect_layout.setContentsMargins(0, 0, 0, 0)
        inspect_layout.addWidget(QLabel(self.tr("Each unit: back on the shelf, or written off with the reason:")))
        inspect_layout.addWidget(self.inspect_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restock_all)
        buttons.addWidget(self.inspect_note, 1)
        buttons.addWidget(self.done_button)
        inspect_layout.addLayout(buttons)

        idle = QLabel(self.tr("<p><b>1</b>&nbsp; Scan the barcode on the customer's return slip (the case or the "
                              "order number).</p><p><b>2</b>&nbsp; Count what is in the parcel and press "
                              "<b>Receive</b>.</p><p><b>3</b>&nbsp; For each unit: back on the shelf, or written off "
                              "with the reason — then <b>Done</b>. Stock follows at once.</p>"))
        idle.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        idle.setWordWrap(True)
        idle.setStyleSheet("color: #5f6b7a; font-size: 15px; padding: 16px;")
        self.steps = QStackedWidget()
        self.steps.addWidget(idle)
        self.steps.addWidget(receive)
        self.steps.addWidget(inspect)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._next_step)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scan)
        layout.addWidget(self.banner)
        layout.addWidget(self.heading)
        layout.addWidget(self.steps, 1)
        self.setFocusProxy(self.scan)

    # -- scanning -----------------------------------------------------------------------------

    def find_code(self, code: str) -> None:
        """A scan; Enter in the empty box takes the next step (Receive, then Done)."""
        code = code.strip()
        if not code:
            self._next_step()
            return
        self._say(self.tr("Looking for an open return for {0}…").format(code), "info")
        self._tasks.submit(self._cases.find_receivable, code, actor=self._actor,
                           on_success=self._on_found, on_failure=lambda error: self._on_not_found(code, error))

    def load_case(self, case_no: str) -> None:
        """From a case's "Inspect…": straight to what it needs next."""
        self._tasks.submit(self._cases.get_case, case_no, actor=self._actor, on_success=self._on_found,
                           on_failure=lambda error: self._say(case_error_text(error), "bad"))

    def _on_found(self, detail: CaseDetail) -> None:
        self._show(detail)
        if self.steps.currentIndex() == 1:
            self._say(self.tr("{0} {1} for order {2}: count what came back and press Receive (or Enter).").format(
                type_label(detail.type), detail.case_no, detail.order_no), "info")
        elif self.steps.currentIndex() == 2:
            self._say(self.tr("{0} is received: decide each unit and press Done.").format(detail.case_no), "info")
        else:
            self._say(self.tr("{0} is “{1}”: nothing to receive or inspect here.").format(
                detail.case_no, case_status_label(detail.status)), "bad")

    def _on_not_found(self, code: str, error: BaseException) -> None:
        if isinstance(error, NotFound):
            self._say(self.tr("No open return or exchange for “{0}”. Check the slip, or ask the service desk to "
                              "open one.").format(code), "bad")
        else:
            self._say(case_error_text(error), "bad")
        self.scan.setFocus()

    def _show(self, detail: CaseDetail) -> None:
        self.detail = detail
        self.heading.setText(self.tr("{0} {1} · order {2} · {3} · {4}").format(
            type_label(detail.type), detail.case_no, detail.order_no, detail.customer,
            case_status_label(detail.status)))
        if detail.status in ("approved", "awaiting_goods"):
            self._fill_receive(detail)
            self.steps.setCurrentIndex(1)
        elif detail.status == "received":
            self._fill_inspect(detail)
            self.steps.setCurrentIndex(2)
        else:
            self.steps.setCurrentIndex(0)

    def start_over(self) -> None:
        self.detail = None
        self.heading.setText("")
        self.steps.setCurrentIndex(0)
        self.scan.setFocus()

    # -- receiving ----------------------------------------------------------------------------

    def _fill_receive(self, detail: CaseDetail) -> None:
        table = self.receive_table
        table.setRowCount(len(detail.lines))
        for row, line in enumerate(detail.lines):
            for column, value in enumerate((line.sku, line.name, str(line.qty))):
                table.setItem(row, column, QTableWidgetItem(value))
            spin = QSpinBox()
            spin.setRange(0, line.qty)
            spin.setValue(line.qty)
            spin.setProperty("line_id", line.id)
            table.setCellWidget(row, 3, spin)
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(2)

    def received_counts(self) -> dict[int, int]:
        counts = {}
        for row in range(self.receive_table.rowCount()):
            spin = self.receive_table.cellWidget(row, 3)
            if isinstance(spin, QSpinBox):
                counts[int(spin.property("line_id"))] = spin.value()
        return counts

    def receive(self) -> None:
        if self.detail is None or self.steps.currentIndex() != 1:
            return
        counts = self.received_counts()
        if not any(counts.values()):
            self._say(self.tr("Nothing counted: set how many units are in the parcel."), "bad")
            return
        case_no = self.detail.case_no
        self._tasks.submit(self._cases.receive_goods, case_no, actor=self._actor, received=counts,
                           station=self._station, busy=self.steps,
                           on_success=lambda detail: self._on_received(detail, sum(counts.values())),
                           on_failure=lambda error: self._say(case_error_text(error), "bad"))

    def _on_received(self, detail: CaseDetail, units: int) -> None:
        self.goods_changed.emit(detail.case_no)
        self._show(detail)
        if units == 1:
            self._say(self.tr("{0}: 1 unit received. Now decide what becomes of it.").format(detail.case_no), "good")
        else:
            self._say(self.tr("{0}: {1} units received. Now decide each one.").format(detail.case_no, units),
                      "good")
        self.scan.setFocus()

    # -- inspecting ---------------------------------------------------------------------------

    def _fill_inspect(self, detail: CaseDetail) -> None:
        table = self.inspect_table
        units = [(line, n) for line in detail.lines
                 for n in range(line.received_qty - line.restocked_qty - line.written_off_qty)]
        table.setRowCount(len(units))
        for row, (line, n) in enumerate(units):
            left = line.received_qty - line.restocked_qty - line.written_off_qty
            for column, value in enumerate((line.sku, line.name, self.tr("{0} of {1}").format(n + 1, left))):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                table.setItem(row, column, item)
            decision = QComboBox()
            decision.addItem(self.tr("Back on the shelf"), RESTOCK)
            decision.addItem(self.tr("Write off"), WRITE_OFF)
            reason = QLineEdit()
            reason.setPlaceholderText(self.tr("e.g. broken seal, damaged box"))
            reason.setEnabled(False)
            decision.currentIndexChanged.connect(lambda _i, d=decision, r=reason: self._on_decision(d, r))
            reason.textChanged.connect(lambda _t: self._check())
            table.setCellWidget(row, 3, decision)
            table.setCellWidget(row, 4, reason)
        table.resizeColumnToContents(0)
        table.setColumnWidth(1, 300)
        table.setColumnWidth(2, 80)
        table.setColumnWidth(3, 170)
        self._check()

    def _on_decision(self, decision: QComboBox, reason: QLineEdit) -> None:
        write_off = decision.currentData() == WRITE_OFF
        reason.setEnabled(write_off)
        if write_off:
            reason.setFocus()
        self._check()

    def _set_all(self, choice: str) -> None:
        for row in range(self.inspect_table.rowCount()):
            decision = self.inspect_table.cellWidget(row, 3)
            if isinstance(decision, QComboBox):
                decision.setCurrentIndex(decision.findData(choice))

    def decision_widgets(self, row: int) -> tuple[QComboBox, QLineEdit]:
        decision, reason = self.inspect_table.cellWidget(row, 3), self.inspect_table.cellWidget(row, 4)
        assert isinstance(decision, QComboBox) and isinstance(reason, QLineEdit)
        return decision, reason

    def decisions(self) -> list[Inspection]:
        found: dict[int, tuple[int, int, list[str]]] = {}
        for row in range(self.inspect_table.rowCount()):
            item = self.inspect_table.item(row, 0)
            if item is None:
                continue
            line_id = int(item.data(Qt.ItemDataRole.UserRole))
            decision, reason = self.decision_widgets(row)
            restock, write_off, reasons = found.get(line_id, (0, 0, []))
            if decision.currentData() == WRITE_OFF:
                write_off += 1
                text = reason.text().strip()
                if text and text not in reasons:
                    reasons.append(text)
            else:
                restock += 1
            found[line_id] = (restock, write_off, reasons)
        return [Inspection(line_id, restock=r, write_off=w, reason="; ".join(why))
                for line_id, (r, w, why) in found.items()]

    def _missing_reason(self) -> bool:
        for row in range(self.inspect_table.rowCount()):
            decision, reason = self.decision_widgets(row)
            if decision.currentData() == WRITE_OFF and not reason.text().strip():
                return True
        return False

    def _check(self) -> None:
        missing = self._missing_reason()
        self.inspect_note.setText(self.tr("Say why each written-off unit cannot be sold.") if missing else "")
        self.done_button.setEnabled(not missing and self.inspect_table.rowCount() > 0)

    def finish(self) -> None:
        if self.detail is None or self.steps.currentIndex() != 2 or not self.done_button.isEnabled():
            return
        decisions = self.decisions()
        restocked = sum(d.restock for d in decisions)
        written_off = sum(d.write_off for d in decisions)
        case_no = self.detail.case_no
        self._tasks.submit(self._cases.inspect, case_no, decisions, actor=self._actor, busy=self.steps,
                           on_success=lambda detail: self._on_inspected(detail, restocked, written_off),
                           on_failure=lambda error: self._say(case_error_text(error), "bad"))

    def _on_inspected(self, detail: CaseDetail, restocked: int, written_off: int) -> None:
        self.goods_changed.emit(detail.case_no)
        self.start_over()
        self._say(self.tr("{0} done: {1} back on the shelf, {2} written off. Scan the next parcel.").format(
            detail.case_no, restocked, written_off), "good")

    def _next_step(self) -> None:
        if self.steps.currentIndex() == 1:
            self.receive()
        elif self.steps.currentIndex() == 2:
            self.finish()

    def _say(self, text: str, kind: str) -> None:
        self.banner.setText(text)
        self._banner(kind)

    def _banner(self, kind: str) -> None:
        self.banner.setStyleSheet(f"{_BANNERS[kind]} padding: 8px; border-radius: 4px; font-size: 14px;")


def _right(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row
