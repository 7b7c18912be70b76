"""The slip and pick-list sizes by name, and the combo box that offers them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QSizePolicy

from desktop_oms.printing.documents import PageSize


def _t(text: str) -> str:
    return QCoreApplication.translate("PageSizes", text)


LABELS: dict[PageSize, Callable[[], str]] = {
    PageSize.A4: lambda: _t("A4"),
    PageSize.LETTER: lambda: _t("Letter"),
    PageSize.LABEL_4X6: lambda: _t("4 × 6 in label"),
}


def size_label(size: PageSize) -> str:
    return LABELS[size]()


def size_combo(current: PageSize = PageSize.A4) -> QComboBox:
    """A4, Letter and the 4 × 6 in shipping label, each item's data the PageSize value ("a4", …)."""
    combo = QComboBox()
    for size in PageSize:
        combo.addItem(size_label(size), str(size))
    combo.setCurrentIndex(max(0, combo.findData(str(current))))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # as wide as its longest name
    return combo


def chosen_size(combo: QComboBox) -> PageSize:
    return PageSize(str(combo.currentData()))
