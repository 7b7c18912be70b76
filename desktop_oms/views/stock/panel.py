"""The Stock tab: every product's on hand, reserved and available, low stock marked; goods in, adjust, edit, ledger."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services.results import ProductData, StockChange, StockRow
from desktop_oms.views.messages import error_text
from desktop_oms.views.stock.dialogs import (
    AdjustDialog,
    CatalogueActions,
    ProductDialog,
    ReceiveDialog,
    StockActions,
)
from desktop_oms.views.stock.ledger import LedgerDialog
from desktop_oms.views.stock.table_model import SKU_ROLE, SORT_ROLE, StockTableModel
from desktop_oms.views.tables import set_up_list
from desktop_oms.views.tasks import TaskRunner

SEARCH_DELAY_MS = 250
D = TypeVar("D", bound=QDialog)
#: Column widths in pixels; the product name takes what is left.
WIDTHS = {StockTableModel.SKU: 120, StockTableModel.CATEGORY: 230, StockTableModel.BARCODE: 130,
          StockTableModel.ON_HAND: 80, StockTableModel.RESERVED: 80, StockTableModel.AVAILABLE: 80,
          StockTableModel.THRESHOLD: 70, StockTableModel.PRICE: 90}


class StockPanel(QWidget):
    """Enter (or a double click) on a product opens its ledger; F5 and live updates call `refresh`."""

    #: Something this panel did changed stock or the catalogue (other tabs may want to know).
    stock_changed = Signal()

    def __init__(self, stock: StockActions, catalogue: CatalogueActions, tasks: TaskRunner, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stock, self._catalogue, self._tasks, self._actor = stock, catalogue, tasks, actor
        self._generation = 0
        self._loading = False
        self._again = False  # a refresh asked for while a load was running
        self._select_first = False  # Enter in the search box: select the first product found
        self._applied: tuple[bool, str] | None = None
        self._error_box: QMessageBox | None = None
        self.last_dialog: QDialog | None = None
        self.ledger_dialog: LedgerDialog | None = None

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search SKU, product name or barcode"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(320)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self._on_search_box_return_pressed)
        self.low_only = QCheckBox(self.tr("Low stock only"))
        self.low_only.setToolTip(self.tr("Products whose available units are at or below their threshold"))
        self.low_only.toggled.connect(lambda _checked: self.apply_filters())
        self.summary = QLabel()

        self.model = StockTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setDynamicSortFilter(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self._set_up_table()

        self.receive_button = QPushButton(self.tr("&Receive goods…"))
        self.adjust_button = QPushButton(self.tr("A&djust…"))
        self.edit_button = QPushButton(self.tr("&Edit product…"))
        self.ledger_button = QPushButton(self.tr("&Ledger"))
        self.receive_button.setToolTip(self.tr("Goods in: add units and serve waiting backorders"))
        self.adjust_button.setToolTip(self.tr("Correct on hand after a count, damage or loss, with a reason"))
        self.ledger_button.setToolTip(self.tr("Every change of the selected product's stock (Enter)"))
        self.receive_button.clicked.connect(self.open_receive)
        self.adjust_button.clicked.connect(self.open_adjust)
        self.edit_button.clicked.connect(self.open_edit)
        self.ledger_button.clicked.connect(self.open_ledger)
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._layout_widgets()
        self._update_actions()

    def _set_up_table(self) -> None:
        table = self.table
        header = set_up_list(table)
        table.setSortingEnabled(True)
        header.setSortIndicator(StockTableModel.SKU, Qt.SortOrder.AscendingOrder)
        for column, width in WIDTHS.items():
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(StockTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(self._on_table_double_clicked)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_ledger)

    def _layout_widgets(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 2)
        filters.addWidget(self.low_only)
        filters.addStretch(1)
        filters.addWidget(self.summary)
        actions = QHBoxLayout()
        for button in (self.receive_button, self.adjust_button, self.edit_button, self.ledger_button):
            actions.addWidget(button)
        actions.addSpacing(12)
        actions.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    # -- loading ------------------------------------------------------------------------------

    def current_filter(self) -> tuple[bool, str]:
        return self.low_only.isChecked(), self.search_box.text().strip()[:100]

    def apply_filters(self) -> None:
        """A new search or the low-stock box: load that list (an older answer still on its way is dropped)."""
        self._search_timer.stop()
        self._load(self.current_filter(), refreshing=False)

    def refresh(self) -> None:
        """F5 and live updates: the same list with new figures, same selection and scroll; dialogs untouched."""
        if self._loading:
            self._again = True
            return
        self._load(self._applied if self._applied is not None else self.current_filter(), refreshing=True)

    def _load(self, flt: tuple[bool, str], *, refreshing: bool) -> None:
        self._generation += 1
        generation = self._generation
        self._loading, self._again = True, False
        if self._applied is None or flt != self._applied:
            self.summary.setText(self.tr("Searching…"))
        low_only, search = flt
        self._tasks.submit(self._stock.list_stock, actor=self._actor, low_only=low_only, search=search,
                           on_success=lambda rows: self._on_loaded(generation, flt, refreshing, rows),
                           on_failure=lambda error: self._on_load_failed(generation, refreshing, error))

    def _on_loaded(self, generation: int, flt: tuple[bool, str], refreshing: bool, rows: list[StockRow]) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._loading = False
        self._applied = flt
        sku, column = self.selected_sku(), max(self.table.currentIndex().column(), 0)
        scroll = self.table.verticalScrollBar().value()
        in_place = self.model.set_rows(rows)
        if not in_place:
            self._reselect(sku, column, scroll if refreshing else None)
        if self._select_first and not self.table.selectionModel().hasSelection() and self.proxy.rowCount():
            self.table.selectRow(0)
        self._select_first = False
        self._update_summary()
        self._update_actions()
        self._follow_in_ledger(refreshing)
        if self._again:
            self.refresh()

    def _reselect(self, sku: str | None, column: int, scroll: int | None) -> None:
        """After a reset: the same product selected (if it is still listed) and the same scroll position."""
        row = self.model.row_of(sku) if sku else None
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, column))
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        if scroll is not None:
            self.table.verticalScrollBar().setValue(scroll)
        elif row is not None:
            self.table.scrollTo(self.table.currentIndex())

    def _on_load_failed(self, generation: int, refreshing: bool, error: BaseException) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._loading = False
        self.summary.setText("")
        self._show_error(error, loud=not refreshing)

    def _update_summary(self) -> None:
        rows = self.model.rows
        low = sum(1 for r in rows if r.low)
        text = self.tr("{0} products").format(f"{len(rows):,}")
        if low and not self.low_only.isChecked():
            text = self.tr("{0} products, {1} low").format(f"{len(rows):,}", f"{low:,}")
        self.summary.setText(text)

    def _follow_in_ledger(self, refreshing: bool) -> None:
        ledger = self.ledger_dialog
        if ledger is None or not ledger.isVisible() or ledger.sku is None:
            return
        row = self.model.row_of(ledger.sku)
        if row is not None:
            found = self.model.row_at(row)
            if found is not None:
                ledger.set_level(found)
        if refreshing:
            ledger.reload()

    # -- selection and actions ----------------------------------------------------------------

    def selected_sku(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        sku = rows[0].data(SKU_ROLE)
        return str(sku) if sku else None

    def selected_row(self) -> StockRow | None:
        sku = self.selected_sku()
        row = self.model.row_of(sku) if sku else None
        return self.model.row_at(row) if row is not None else None

    def _update_actions(self) -> None:
        selected = self.selected_sku() is not None
        can = self._actor.can
        self.receive_button.setEnabled(can(Permission.RECEIVE_STOCK))
        self.adjust_button.setEnabled(selected and can(Permission.ADJUST_STOCK))
        self.edit_button.setEnabled(selected and can(Permission.EDIT_CATALOGUE))
        self.ledger_button.setEnabled(selected and can(Permission.VIEW_STOCK))
        for button, permission in ((self.adjust_button, Permission.ADJUST_STOCK),
                                   (self.edit_button, Permission.EDIT_CATALOGUE)):
            if not can(permission):
                button.setToolTip(self.tr("Your role may not do this"))

    def open_receive(self) -> ReceiveDialog | None:
        if not self._actor.can(Permission.RECEIVE_STOCK):
            return None
        dialog = ReceiveDialog(self._stock, self._tasks, self._actor, self.selected_sku() or "", self)
        dialog.received.connect(self._on_dialog_received)
        return self._open(dialog)

    def open_adjust(self) -> AdjustDialog | None:
        row = self.selected_row()
        if row is None or not self._actor.can(Permission.ADJUST_STOCK):
            return None
        dialog = AdjustDialog(self._stock, self._tasks, self._actor, row, self)
        dialog.adjusted.connect(self._on_dialog_adjusted)
        return self._open(dialog)

    def open_edit(self) -> ProductDialog | None:
        sku = self.selected_sku()
        if sku is None or not self._actor.can(Permission.EDIT_CATALOGUE):
            return None
        dialog = ProductDialog(self._catalogue, self._tasks, self._actor, sku, self)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.load()
        return self._open(dialog)

    def open_ledger(self) -> LedgerDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        if self.ledger_dialog is None:
            self.ledger_dialog = LedgerDialog(self._stock, self._tasks, self._actor, self)
        self.ledger_dialog.show_product(row)
        self.ledger_dialog.show()
        self.ledger_dialog.raise_()
        self.ledger_dialog.activateWindow()
        return self.ledger_dialog

    def _open(self, dialog: D) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.data(SKU_ROLE) != self.selected_sku():
            self.table.selectRow(index.row())
        self.open_ledger()

    def _on_search_box_return_pressed(self) -> None:
        """Search now and go to the list, on the first product found unless one is selected."""
        self._select_first = True
        self.apply_filters()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_dialog_received(self, change: StockChange) -> None:
        self.status.setText(self.tr("Received: {0} now {1} on hand, {2} available.").format(
            change.sku, f"{change.on_hand:,}", f"{change.available:,}"))
        self._changed()

    def _on_dialog_adjusted(self, change: StockChange) -> None:
        self.status.setText(self.tr("Adjusted: {0} now {1} on hand, {2} available.").format(
            change.sku, f"{change.on_hand:,}", f"{change.available:,}"))
        self._changed()

    def _on_dialog_saved(self, product: ProductData) -> None:
        self.status.setText(self.tr("Saved {0}.").format(product.sku))
        self._changed()

    def _changed(self) -> None:
        self.stock_changed.emit()
        self.refresh()

    def _show_error(self, error: BaseException, *, loud: bool) -> None:
        self.status.setText(error_text(error))
        if not loud or (self._error_box is not None and isValid(self._error_box) and self._error_box.isVisible()):
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Stock"), error_text(error),
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._error_box = box
        box.open()
