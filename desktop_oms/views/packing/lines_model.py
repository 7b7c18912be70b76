"""The order's lines at the bench: big rows with picture, SKU, name, location and scanned/required."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPixmap

from desktop_oms.domain.packing import PackLine

Index = QModelIndex | QPersistentModelIndex
THUMB = 72
DONE = QColor("#d9f2d9")
PARTIAL = QColor("#fff4cc")
FLASH_BAD = QColor("#f8c9c9")


class PackLinesModel(QAbstractTableModel):
    PICTURE, SKU, NAME, LOCATION, COUNT = range(5)

    def __init__(self) -> None:
        super().__init__()
        self._lines: list[PackLine] = []
        self._pictures: dict[str, QPixmap] = {}
        self._flash: int | None = None
        self._big = QFont()
        self._big.setPointSizeF(self._big.pointSizeF() * 1.5)
        self._count_font = QFont(self._big)
        self._count_font.setBold(True)
        self._count_font.setPointSizeF(self._big.pointSizeF() * 1.4)

    def set_lines(self, lines: list[PackLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._flash = None
        self.endResetModel()

    def update_lines(self, lines: list[PackLine], flash: int | None = None) -> None:
        """The same lines with new counts; `flash` marks the row a wrong scan concerned."""
        self._lines = list(lines)
        self._flash = flash
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, self.COUNT))

    def set_pictures(self, images: dict[str, QImage]) -> None:
        self._pictures = {sku: QPixmap.fromImage(img) for sku, img in images.items() if not img.isNull()}
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Picture"), self.tr("SKU"), self.tr("Product"), self.tr("Location"),
                self.tr("Scanned"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {self.SKU: line.sku, self.NAME: line.name, self.LOCATION: line.location,
                    self.COUNT: f"{line.scanned} / {line.required}" + ("  ✓" if line.complete else "")}.get(column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.PICTURE:
            return self._pictures.get(line.sku)
        if role == Qt.ItemDataRole.FontRole:
            return self._count_font if column == self.COUNT else self._big
        if role == Qt.ItemDataRole.BackgroundRole:
            if index.row() == self._flash:
                return QBrush(FLASH_BAD)
            if line.complete:
                return QBrush(DONE)
            if line.scanned:
                return QBrush(PARTIAL)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COUNT:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.SizeHintRole and column == self.PICTURE:
            return QSize(THUMB + 8, THUMB + 8)
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.barcode or line.sku
        return None

    def line_at(self, row: int) -> PackLine:
        return self._lines[row]
