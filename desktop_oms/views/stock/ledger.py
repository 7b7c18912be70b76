"""The ledger of one product: every change of its stock, newest first, in a non-modal dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_oms.domain.users import Actor
from desktop_oms.services.results import LedgerRow, StockRow
from desktop_oms.views.messages import error_text, ledger_kind_label
from desktop_oms.views.stock.dialogs import ERROR_STYLE, StockActions, reason_text
from desktop_oms.views.tasks import TaskRunner

PLUS, MINUS = "#0f6b5c", "#a11d1d"


class LedgerDialog(QDialog):
    """Shows one product at a time; `show_product` switches product, `reload` follows changes made elsewhere."""

    TIME, KIND, ON_HAND, RESERVED, REASON, REFERENCE, USER = range(7)

    def __init__(self, stock: StockActions, tasks: TaskRunner, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stock, self._tasks, self._actor = stock, tasks, actor
        self.sku: str | None = None
        self._generation = 0
        self.rows: list[LedgerRow] = []
        self.resize(960, 520)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.level = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Time"), self.tr("What"), self.tr("On hand Δ"), self.tr("Reserved Δ"), self.tr("Reason"),
            self.tr("Reference"), self.tr("User")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in enumerate((130, 130, 85, 85, 220, 190, 100)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(self.REASON, QHeaderView.ResizeMode.Stretch)
        for column in (self.ON_HAND, self.RESERVED):
            item = self.table.horizontalHeaderItem(column)
            if item is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.level)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def show_product(self, row: StockRow) -> None:
        """Switch to `row`'s product (or keep it) and load its ledger."""
        self.set_level(row)
        if row.sku != self.sku:
            self.sku = row.sku
            self.rows = []
            self.table.setRowCount(0)
        self.setWindowTitle(self.tr("Ledger — {0}").format(row.sku))
        self.heading.setText(f"{row.sku} · {row.name}")
        self.reload()

    def set_level(self, row: StockRow) -> None:
        self.level.setText(self.tr("{0} on hand · {1} reserved · {2} available · low at {3}").format(
            f"{row.on_hand:,}", f"{row.reserved:,}", f"{row.available:,}", f"{row.low_stock_threshold:,}"))

    def reload(self) -> None:
        if self.sku is None:
            return
        self._generation += 1
        generation, sku = self._generation, self.sku
        if not self.rows:
            self.message.setStyleSheet("color: #555;")
            self.message.setText(self.tr("Loading…"))
        self._tasks.submit(self._stock.ledger, sku, actor=self._actor,
                           on_success=lambda rows: self._on_loaded(generation, rows),
                           on_failure=lambda error: self._on_failed(generation, error))

    def _on_loaded(self, generation: int, rows: list[LedgerRow]) -> None:
        if not isValid(self) or generation != self._generation:
            return
        scroll = self.table.verticalScrollBar().value()
        current = self.table.currentRow()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for number, entry in enumerate(rows):
            self._fill(number, entry)
        if current >= 0 and current < len(rows):
            self.table.setCurrentCell(current, self.table.currentColumn())
        self.table.verticalScrollBar().setValue(scroll)
        self.message.setStyleSheet("color: #555;")
        self.message.setText(self.tr("No stock movements yet.") if not rows else
                             self.tr("The newest {0} movements, newest first.").format(len(rows)))

    def _fill(self, number: int, entry: LedgerRow) -> None:
        texts = [f"{entry.time.astimezone():%Y-%m-%d %H:%M}", ledger_kind_label(entry.kind),
                 _delta(entry.on_hand_delta), _delta(entry.reserved_delta), reason_text(entry.reason),
                 entry.reference, entry.user]
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column in (self.ON_HAND, self.RESERVED):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                value = entry.on_hand_delta if column == self.ON_HAND else entry.reserved_delta
                if value:
                    item.setForeground(QBrush(QColor(PLUS if value > 0 else MINUS)))
            if column in (self.REASON, self.REFERENCE) and text:
                item.setToolTip(text)
            self.table.setItem(number, column, item)

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(error))

    def row_texts(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and copy)."""
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [[text(r, c) for c in range(self.table.columnCount())] for r in range(self.table.rowCount())]


def _delta(value: int) -> str:
    if value == 0:
        return ""
    return f"+{value:,}" if value > 0 else f"−{-value:,}"
