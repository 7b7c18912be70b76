"""The Stock tab as a store manager and a packer meet it: find, filter, receive, adjust, edit, read the ledger."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_oms.bootstrap import Services
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.results import StockRow
from desktop_oms.views.stock.dialogs import AdjustDialog, ProductDialog, ReceiveDialog
from desktop_oms.views.stock.panel import StockPanel
from desktop_oms.views.stock.table_model import LOW_BACKGROUND, OUT_BACKGROUND, StockTableModel
from desktop_oms.views.tasks import TaskRunner
from tests.factories import add_products, import_orders, order, product
from tests.gui.keyboard import type_text

M = StockTableModel


@pytest.fixture
def shop(sqlite_services: Services, admin: Actor) -> Services:
    add_products(sqlite_services, admin, product("TEA-1", 20, price="25.00"), product("TEA-2", 3),
                 product("CUP-1", 0, category="Tea ware > Cups"))
    sqlite_services.catalogue.update_product("TEA-2", actor=admin, barcode="6901234567892")
    return sqlite_services


def _panel(qtbot: QtBot, services: Services, tasks: TaskRunner, actor: Actor) -> StockPanel:
    panel = StockPanel(services.stock, services.catalogue, tasks, actor)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    panel.refresh()
    qtbot.waitUntil(lambda: tasks.running == 0 and panel.proxy.rowCount() > 0)
    return panel


def _column(panel: StockPanel, column: int) -> list[str]:
    """A column's texts as the user sees them, top to bottom."""
    return [panel.proxy.index(row, column).data() for row in range(panel.proxy.rowCount())]


def _cell(panel: StockPanel, sku: str, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    row = _column(panel, M.SKU).index(sku)
    return panel.proxy.index(row, column).data(role)


def _click_row(qtbot: QtBot, panel: StockPanel, sku: str) -> None:
    index = panel.proxy.index(_column(panel, M.SKU).index(sku), M.NAME)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=panel.table.visualRect(index).center())
    assert panel.selected_sku() == sku


def _select_all_and_type(qtbot: QtBot, widget: object, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # type: ignore[arg-type]
    type_text(qtbot, widget, text)  # type: ignore[arg-type]


def test_every_product_shows_its_figures_right_aligned_and_sorted_by_sku(
        qtbot: QtBot, shop: Services, admin: Actor, tasks: TaskRunner) -> None:
    panel = _panel(qtbot, shop, tasks, admin)
    assert _column(panel, M.SKU) == ["CUP-1", "TEA-1", "TEA-2"]
    assert [_cell(panel, "TEA-1", c) for c in (M.ON_HAND, M.RESERVED, M.AVAILABLE, M.THRESHOLD, M.PRICE)] == [
        "20", "0", "20", "5", "25.00"]
    assert _cell(panel, "CUP-1", M.CATEGORY) == "Tea ware > Cups"
    assert _cell(panel, "TEA-2", M.BARCODE) == "6901234567892"
    alignment = int(_cell(panel, "TEA-1", M.AVAILABLE, Qt.ItemDataRole.TextAlignmentRole))  # type: ignore[call-overload]
    assert alignment & Qt.AlignmentFlag.AlignRight.value
    assert panel.summary.text() == "3 products, 2 low"
    header = panel.table.horizontalHeader()
    centre = QPoint(header.sectionViewportPosition(M.AVAILABLE) + header.sectionSize(M.AVAILABLE) // 2,
                    header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert _column(panel, M.AVAILABLE) == ["0", "3", "20"]


def test_typing_in_the_search_box_filters_by_sku_name_or_barcode_after_a_pause(
        qtbot: QtBot, shop: Services, admin: Actor, tasks: TaskRunner) -> None:
    panel = _panel(qtbot, shop, tasks, admin)
    assert panel.search_box.placeholderText()
    qtbot.keyClicks(panel.search_box, "tea-")
    assert _column(panel, M.SKU) == ["CUP-1", "TEA-1", "TEA-2"]  # debounced: nothing asked yet
    qtbot.waitUntil(lambda: _column(panel, M.SKU) == ["TEA-1", "TEA-2"])
    panel.search_box.clear()
    qtbot.keyClicks(panel.search_box, "4567892")
    qtbot.waitUntil(lambda: _column(panel, M.SKU) == ["TEA-2"])
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tasks.running == 0)
    assert panel.selected_sku() == "TEA-2" and panel.table.hasFocus()


def test_low_stock_rows_are_marked_and_the_box_shows_only_them(
        qtbot: QtBot, shop: Services, admin: Actor, tasks: TaskRunner) -> None:
    panel = _panel(qtbot, shop, tasks, admin)
    background = Qt.ItemDataRole.BackgroundRole
    tea2, cup1 = _cell(panel, "TEA-2", M.NAME, background), _cell(panel, "CUP-1", M.NAME, background)
    assert isinstance(tea2, QBrush) and tea2.color().name() == LOW_BACKGROUND
    assert isinstance(cup1, QBrush) and cup1.color().name() == OUT_BACKGROUND
    assert _cell(panel, "TEA-1", M.NAME, background) is None
    font = _cell(panel, "TEA-2", M.AVAILABLE, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    qtbot.mouseClick(panel.low_only, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _column(panel, M.SKU) == ["CUP-1", "TEA-2"])
    assert panel.low_only.text() == "Low stock only"
    qtbot.mouseClick(panel.low_only, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_column(panel, M.SKU)) == 3)


def test_receiving_goods_through_the_dialog_changes_on_hand_and_serves_backorders(
        qtbot: QtBot, shop: Services, admin: Actor, tasks: TaskRunner) -> None:
    import_orders(shop, admin, order("W-1", ("CUP-1", 2)), order("W-2", ("CUP-1", 1), minutes=5))
    shop.allocation.allocate_all(actor=admin)
    panel = _panel(qtbot, shop, tasks, admin)
    _click_row(qtbot, panel, "CUP-1")
    qtbot.mouseClick(panel.receive_button, Qt.MouseButton.LeftButton)
    dialog = panel.last_dialog
    assert isinstance(dialog, ReceiveDialog) and dialog.isVisible()
    assert dialog.sku.text() == "CUP-1"
    qtbot.waitUntil(dialog.quantity.hasFocus)
    _select_all_and_type(qtbot, dialog.quantity, "12")
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.note, "PO 7")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Received"))
    assert dialog.message.text() == ("Received 12 × CUP-1; now 12 on hand, 9 available. "
                                     "2 backorders allocated (W-1, W-2).")
    qtbot.waitUntil(lambda: _cell(panel, "CUP-1", M.ON_HAND) == "12" and tasks.running == 0)
    assert _cell(panel, "CUP-1", M.RESERVED) == "3" and _cell(panel, "CUP-1", M.AVAILABLE) == "9"
    assert dialog.isVisible() and dialog.sku.hasFocus()  # ready for the next delivery
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.sku, Qt.Key.Key_Escape)
    assert panel.status.text() == "Received: CUP-1 now 12 on hand, 9 available."


def test_an_adjustment_needs_a_reason_and_then_shows_in_the_ledger(
        qtbot: QtBot, shop: Services, admin: Actor, tasks: TaskRunner) -> None:
    panel = _panel(qtbot, shop, tasks, admin)
    _click_row(qtbot, panel, "TEA-1")
    qtbot.mouseClick(panel.adjust_button, Qt.MouseButton.LeftButton)
    dialog = panel.last_dialog
    assert isinstance(dialog, AdjustDialog)
    qtbot.waitUntil(dialog.delta.hasFocus)
    assert dialog.level.text() == "20 on hand, 0 reserved, 20 available"
    type_text(qtbot, dialog.delta, "-2")
    assert dialog.level.text() == "20 on hand → 18; 0 reserved"
    qtbot.keyClick(dialog.delta, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() == "Reason: an adjustment needs a reason")
    assert dialog.isVisible() and dialog.reason.hasFocus()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Down)
    assert dialog.reason.currentText() == "Damaged"
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
    assert dialog.details.hasFocus()
    qtbot.keyClicks(dialog.details, "dropped by the courier")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.details, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _cell(panel, "TEA-1", M.ON_HAND) == "18" and tasks.running == 0)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    ledger = panel.ledger_dialog
    assert ledger is not None and ledger.isVisible()
    qtbot.waitUntil(lambda: len(ledger.rows) == 2)
    newest = ledger.row_texts()[0]
    assert newest[1:] == ["Adjustment", "−2", "", "Damaged: dropped by the courier", "", "tester"]
    assert ledger.row_texts()[1][1:3] == ["Goods in", "+20"]
    assert ledger.level.text() == "18 on hand · 0 reserved · 18 available · low at 5"


def test_a_double_click_opens_the_ledger_and_a_refresh_follows_another_desk_without_reopening(
        qtbot: QtBot, shop: Services, admin: Actor, tasks: TaskRunner) -> None:
    panel = _panel(qtbot, shop, tasks, admin)
    index = panel.proxy.index(_column(panel, M.SKU).index("TEA-2"), M.SKU)
    centre = panel.table.visualRect(index).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # a double click's first half
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    ledger = panel.ledger_dialog
    assert ledger is not None and ledger.isVisible() and ledger.sku == "TEA-2"
    qtbot.waitUntil(lambda: len(ledger.rows) == 1)
    ledger.close()
    shop.stock.receive("TEA-2", 4, actor=admin, note="from the other desk")
    panel.refresh()
    qtbot.waitUntil(lambda: _cell(panel, "TEA-2", M.ON_HAND) == "7" and tasks.running == 0)
    assert not ledger.isVisible() and panel.selected_sku() == "TEA-2"


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the completer's popup, offscreen
def test_editing_a_product_refuses_a_taken_barcode_inline_then_saves_the_rest(
        qtbot: QtBot, shop: Services, admin: Actor, tasks: TaskRunner, tmp_path: Path) -> None:
    image = tmp_path / "longjing.png"
    picture = QImage(320, 200, QImage.Format.Format_RGB32)
    picture.fill(QColor("#4a7c59"))
    assert picture.save(str(image))
    panel = _panel(qtbot, shop, tasks, admin)
    _click_row(qtbot, panel, "TEA-1")
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = panel.last_dialog
    assert isinstance(dialog, ProductDialog)
    qtbot.waitUntil(lambda: dialog.name.text() == "Product TEA-1" and dialog.name.hasFocus())
    assert (dialog.price.text(), dialog.category.currentText(), dialog.threshold.value()) == (
        "25.00", "Tea > Green tea", 5)
    _select_all_and_type(qtbot, dialog.name, "西湖龙井 Longjing")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.barcode, "6901234567892")
    qtbot.keyClick(dialog.barcode, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "barcode" in dialog.message.text())
    assert dialog.message.text() == "Barcode: 6901234567892 is already the barcode of TEA-2"
    assert dialog.isVisible() and dialog.barcode.hasFocus()
    type_text(qtbot, dialog.barcode, "6901234567885")  # the refused code is selected: typing replaces it
    qtbot.keyClick(dialog.barcode, Qt.Key.Key_Tab)
    _select_all_and_type(qtbot, dialog.price, "39.9")
    qtbot.keyClick(dialog.price, Qt.Key.Key_Tab)
    _select_all_and_type(qtbot, dialog.category, "Tea/Green/Longjing")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _select_all_and_type(qtbot, dialog.threshold, "8")
    qtbot.keyClick(dialog.threshold, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.image, str(image))
    qtbot.keyClick(dialog.image, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.thumbnail.pixmap() is not None and not dialog.thumbnail.pixmap().isNull())
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.image, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _cell(panel, "TEA-1", M.NAME) == "西湖龙井 Longjing" and tasks.running == 0)
    assert [_cell(panel, "TEA-1", c) for c in (M.BARCODE, M.PRICE, M.CATEGORY, M.THRESHOLD)] == [
        "6901234567885", "39.90", "Tea > Green > Longjing", "8"]
    assert panel.status.text() == "Saved TEA-1."
    saved = shop.catalogue.get_product("TEA-1", actor=admin)
    assert saved.image_path == str(image.resolve())


def test_a_bad_price_is_refused_naming_the_field_and_esc_leaves_the_product_as_it_was(
        qtbot: QtBot, shop: Services, admin: Actor, tasks: TaskRunner) -> None:
    panel = _panel(qtbot, shop, tasks, admin)
    _click_row(qtbot, panel, "TEA-2")
    dialog = panel.open_edit()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.price.text() == "10.00")
    _select_all_and_type(qtbot, dialog.price, "9.999")
    qtbot.keyClick(dialog.price, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Price:"))
    assert dialog.isVisible() and dialog.price.hasFocus()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.price, Qt.Key.Key_Escape)
    assert shop.catalogue.get_product("TEA-2", actor=admin).price == 10


def test_a_packer_can_receive_but_adjust_and_edit_stay_disabled(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    packer = Actor("pat", Role.PACKER)
    panel = _panel(qtbot, shop, tasks, packer)
    assert panel.receive_button.isEnabled()
    assert not panel.ledger_button.isEnabled()  # nothing selected yet
    _click_row(qtbot, panel, "TEA-1")
    assert panel.ledger_button.isEnabled()
    assert not panel.adjust_button.isEnabled() and not panel.edit_button.isEnabled()
    assert panel.open_adjust() is None and panel.open_edit() is None


def test_a_refresh_keeps_the_selected_product_and_the_scroll_position(
        qtbot: QtBot, sqlite_services: Services, admin: Actor, tasks: TaskRunner) -> None:
    add_products(sqlite_services, admin, *(product(f"SKU-{n:03d}", 50) for n in range(120)))
    panel = _panel(qtbot, sqlite_services, tasks, admin)
    panel.table.scrollTo(panel.proxy.index(90, 0))
    _click_row(qtbot, panel, "SKU-090")
    scroll = panel.table.verticalScrollBar().value()
    assert scroll > 0
    sqlite_services.stock.receive("SKU-090", 5, actor=admin)
    panel.refresh()
    qtbot.waitUntil(lambda: _cell(panel, "SKU-090", M.ON_HAND) == "55" and tasks.running == 0)
    assert panel.selected_sku() == "SKU-090" and panel.table.verticalScrollBar().value() == scroll
    add_products(sqlite_services, admin, product("AAA-NEW", 1))  # another desk adds one: the list is rebuilt
    panel.refresh()
    qtbot.waitUntil(lambda: _column(panel, M.SKU)[0] == "AAA-NEW" and tasks.running == 0)
    assert panel.selected_sku() == "SKU-090" and panel.table.verticalScrollBar().value() == scroll


def test_the_stock_table_model_passes_qts_model_checks(qtmodeltester: ModelTester) -> None:
    model = StockTableModel()
    model.set_rows([StockRow("TEA-1", "龙井 Longjing", 10, 2, 5), StockRow("CUP-1", "Cup", 0, 0, 3, active=False)])
    qtmodeltester.check(model)
    assert model.index(1, M.NAME).data() == "Cup (inactive)"
    assert model.set_rows([StockRow("TEA-1", "龙井 Longjing", 11, 2, 5), StockRow("CUP-1", "Cup", 0, 0, 3)])
    assert not model.set_rows([StockRow("CUP-1", "Cup", 0, 0, 3)])
    qtmodeltester.check(model)
    assert model.data(QModelIndex()) is None


def test_receiving_an_unknown_sku_says_so_and_keeps_the_dialog_open_on_the_sku(
        qtbot: QtBot, shop: Services, admin: Actor, tasks: TaskRunner) -> None:
    panel = _panel(qtbot, shop, tasks, admin)
    dialog = panel.open_receive()
    assert dialog is not None and dialog.sku.text() == ""
    qtbot.waitUntil(dialog.sku.hasFocus)
    qtbot.keyClicks(dialog.sku, "NOPE-9")
    qtbot.keyClick(dialog.sku, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() == "There is no Product “NOPE-9”.")
    assert dialog.isVisible() and dialog.sku.hasFocus() and dialog.sku.selectedText() == "NOPE-9"
    assert _cell(panel, "TEA-1", M.ON_HAND) == "20"
