"""The stock list as a table model: every product with on hand, reserved, available and its low-stock mark.

A shop has a few thousand products at most, so the model holds the whole (filtered) list. A reload
with the same products in the same order only changes figures in place (selection, current cell and
scroll position stay where they are); a different list resets the model.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_oms.domain.money import format_amount
from desktop_oms.services.results import StockRow

Index = QModelIndex | QPersistentModelIndex

#: What the sort proxy sorts by: raw numbers, not their text.
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
#: The SKU of a row, in every column.
SKU_ROLE = int(Qt.ItemDataRole.UserRole)

#: Soft backgrounds, readable all day: amber when low, red when nothing is left to sell.
LOW_BACKGROUND = "#fff1cc"
OUT_BACKGROUND = "#fde2e2"
LOW_TEXT = "#8a5a00"
OUT_TEXT = "#a11d1d"
INACTIVE_TEXT = "#8a8f98"


class StockTableModel(QAbstractTableModel):
    """Columns: SKU, product, category, barcode, on hand, reserved, available, low at, price."""

    SKU, NAME, CATEGORY, BARCODE, ON_HAND, RESERVED, AVAILABLE, THRESHOLD, PRICE = range(9)
    NUMERIC = frozenset({ON_HAND, RESERVED, AVAILABLE, THRESHOLD, PRICE})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StockRow] = []
        self._headers = [self.tr("SKU"), self.tr("Product"), self.tr("Category"), self.tr("Barcode"),
                         self.tr("On hand"), self.tr("Reserved"), self.tr("Available"), self.tr("Low at"),
                         self.tr("Price")]
        self._tips = {
            self.ON_HAND: self.tr("Units in the warehouse"),
            self.RESERVED: self.tr("Units set aside for allocated orders"),
            self.AVAILABLE: self.tr("On hand minus reserved: what can still be sold"),
            self.THRESHOLD: self.tr("Low-stock threshold: the row is marked when available is at or below it"),
        }
        self._bold = QFont()
        self._bold.setBold(True)

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
            return self._tips.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == SKU_ROLE:
            return row.sku
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in self.NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.low:
            return QBrush(QColor(OUT_BACKGROUND if row.available <= 0 else LOW_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.low and column == self.AVAILABLE:
                return QBrush(QColor(OUT_TEXT if row.available <= 0 else LOW_TEXT))
            if not row.active:
                return QBrush(QColor(INACTIVE_TEXT))
            return None
        if role == Qt.ItemDataRole.FontRole and row.low and column == self.AVAILABLE:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _display(self, row: StockRow, column: int) -> str:
        texts = {
            self.SKU: lambda: row.sku,
            self.NAME: lambda: row.name if row.active else self.tr("{0} (inactive)").format(row.name),
            self.CATEGORY: lambda: row.category,
            self.BARCODE: lambda: row.barcode,
            self.ON_HAND: lambda: f"{row.on_hand:,}",
            self.RESERVED: lambda: f"{row.reserved:,}",
            self.AVAILABLE: lambda: f"{row.available:,}",
            self.THRESHOLD: lambda: f"{row.low_stock_threshold:,}",
            self.PRICE: lambda: format_amount(row.price),
        }
        return texts[column]()

    def _sort_key(self, row: StockRow, column: int) -> Any:
        keys = {
            self.ON_HAND: row.on_hand, self.RESERVED: row.reserved, self.AVAILABLE: row.available,
            self.THRESHOLD: row.low_stock_threshold, self.PRICE: int(row.price * 100),
        }
        if column in keys:
            return keys[column]
        return self._display(row, column).casefold()

    def _tooltip(self, row: StockRow, column: int) -> str | None:
        if column in (self.NAME, self.CATEGORY):
            return self._display(row, column) or None
        if column == self.AVAILABLE and row.low:
            if row.available <= 0:
                return self.tr("Nothing left to sell")
            return self.tr("Low: {0} available, marked at {1} or fewer").format(row.available,
                                                                               row.low_stock_threshold)
        return None

    # -- what the panel does ------------------------------------------------------------------

    def set_rows(self, rows: list[StockRow]) -> bool:
        """Show `rows`; True if it was done in place (same products, same order), False after a reset."""
        if [r.sku for r in rows] == [r.sku for r in self._rows]:
            changed = [number for number, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new]
            self._rows = list(rows)
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0),
                                      self.index(max(changed), self.columnCount() - 1))
            return True
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        return False

    def row_at(self, row: int) -> StockRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, sku: str) -> int | None:
        return next((number for number, row in enumerate(self._rows) if row.sku == sku), None)

    @property
    def rows(self) -> list[StockRow]:
        return list(self._rows)
