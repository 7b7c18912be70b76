"""The new-order dialog driven by keys only, as an agent on the phone would: customer, scans, qty, address, save."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_oms.bootstrap import Services
from desktop_oms.domain.intake import IncomingProduct
from desktop_oms.domain.users import Actor, Role
from desktop_oms.views.main_window import MainWindow
from desktop_oms.views.orders.new_order_dialog import AVAILABLE, QTY, NewOrderDialog
from desktop_oms.views.tasks import TaskRunner
from tests.factories import add_products, import_orders, order
from tests.gui.keyboard import type_text

AGENT = Actor("agent", Role.AGENT)


@pytest.fixture
def shop(sqlite_services: Services, admin: Actor) -> Services:
    add_products(sqlite_services, admin,
                 IncomingProduct("TEA-1", "龙井 Longjing", "6901234567892", "Tea", Decimal("88.00"), 250, 2),
                 IncomingProduct("CUP-1", "Celadon cup", "6909999000011", "Ware", Decimal("35.50"), 300, 100))
    import_orders(sqlite_services, admin, replace(order("W-001", ("CUP-1", 1)), customer_name="李雷 Li Lei",
                                                  email="lilei@example.com", phone="13912345678"))
    return sqlite_services


def _key(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the focus is now."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def _type(qtbot: QtBot, text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    type_text(qtbot, widget, text)


def test_an_agent_types_in_an_order_from_start_to_save_by_keys_only(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    window = MainWindow(shop, tasks, AGENT, "test.db", live=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.orders_panel.model.total == 1 and tasks.running == 0)
    window.activateWindow()
    qtbot.keyClick(window.orders_panel.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.new_order_dialog
    assert isinstance(dialog, NewOrderDialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())  # its draft has an order number
    draft = dialog.new_order()
    assert draft is not None and dialog.heading.text().endswith(draft.draft.order_no)
    assert QApplication.focusWidget() is dialog.customer_search.edit

    # The customer: part of the name, Down, Enter; their address book fills the ship-to.
    _type(qtbot, "Li L")
    qtbot.waitUntil(lambda: dialog.customer_search.results.count() == 1)
    assert "13912345678" in dialog.customer_search.results.item(0).text()
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    assert dialog.customer_label.text().startswith("李雷 Li Lei")
    qtbot.waitUntil(lambda: dialog.address_form().name.text() == "王芳")
    assert QApplication.focusWidget() is dialog.product_search.edit

    # A scan (the scanner types the barcode and Enter) adds the tea; two more units than are in stock.
    _type(qtbot, "6901234567892")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 1).text() == "龙井 Longjing" and dialog.table.item(0, AVAILABLE).text() == "2"
    # Typed SKU with Enter adds a second line; the field is empty again for the next one.
    _type(qtbot, "CUP-1")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert dialog.product_search.edit.text() == ""

    # Tab goes to the lines, on the last line's quantity; the tea's quantity is made 3.
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.table and dialog.table.currentColumn() == QTY
    _key(qtbot, Qt.Key.Key_Up)
    _type(qtbot, "3")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.item(0, QTY).text() == "3")
    available = dialog.table.item(0, AVAILABLE)
    assert available.foreground().color().name() == "#a11d1d"  # red: only 2 in stock
    assert dialog.total_label.text() == "4 items · total 299.50"

    # The address goes to Shenzhen: Alt+P, type the pinyin, Alt+T, type the city, Alt+S, the street.
    _key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    form = dialog.address_form()
    assert QApplication.focusWidget() is form.province_list
    _type(qtbot, "Guangd")
    assert form.province_list.currentData() == "广东省"
    _key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.city_list
    _type(qtbot, "Shenz")
    assert form.city_list.currentData() == "深圳市"
    _key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    _key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, "Nanshan Keji Rd 8")

    # Ctrl+Enter saves. The old address had no phone: the refusal is shown under the phone, the focus is there.
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.errors["phone"].isVisible())
    assert "required" in form.errors["phone"].text() and QApplication.focusWidget() is form.phone
    _type(qtbot, "13912345678")
    # Ctrl+Enter again; the dialog closes, the queue shows and selects the order and opens it.
    with qtbot.waitSignal(dialog.order_created, timeout=10_000) as saved:
        _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    created = saved.args[0]
    assert created.created and created.order_no == draft.draft.order_no
    assert created.status == "backordered" and created.allocation == "backordered"  # allocated at once: short
    qtbot.waitUntil(lambda: created.order_no in window.orders_panel.selected_order_nos() and tasks.running == 0)
    assert created.order_no in window._details
    detail = shop.orders.get_order(created.order_no, actor=AGENT)
    assert detail.channel == "manual" and detail.customer_name == "李雷 Li Lei"
    assert [(ln.sku, ln.qty) for ln in detail.lines] == [("TEA-1", 3), ("CUP-1", 1)]
    assert (detail.ship_to.province, detail.ship_to.city, detail.ship_to.address1) == (
        "广东省", "深圳市", "Nanshan Keji Rd 8")
    assert not dialog.isVisible()


def test_a_refusal_is_shown_under_the_field_it_names_and_a_known_phone_is_warned_about(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    dialog = NewOrderDialog(shop.order_entry, tasks, AGENT)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))  # no "discard this order?" at the end
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    qtbot.keyClicks(dialog.new_name, "Zhang San")
    qtbot.keyClicks(dialog.new_phone, "139 1234 5678")
    qtbot.keyClick(dialog.new_phone, Qt.Key.Key_Return)  # finishing the field checks for a duplicate
    qtbot.waitUntil(lambda: dialog.duplicate_row.isVisible())
    assert "李雷 Li Lei" in dialog.duplicate_label.text() and "phone" in dialog.duplicate_label.text()
    qtbot.keyClicks(dialog.product_search.edit, "celadon")
    qtbot.keyClick(dialog.product_search.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    # No address yet: the service names the first missing field of the ship-to, shown under that field.
    qtbot.keyClick(dialog.product_search.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    form = dialog.address_form()
    qtbot.waitUntil(lambda: form.errors["name"].isVisible() or form.errors["phone"].isVisible()
                    or form.errors["province"].isVisible())
    assert dialog.isVisible() and shop.order_entry.search_customers("Zhang San", actor=AGENT) == []
    # Picking the known customer instead: Alt+U.
    _key(qtbot, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.customer_label.text().startswith("李雷 Li Lei"))  # a button's shortcut clicks
    assert dialog.new_name.text() == "李雷 Li Lei" and dialog.new_name.isReadOnly()                   # a bit later
    assert not dialog.duplicate_row.isVisible()
