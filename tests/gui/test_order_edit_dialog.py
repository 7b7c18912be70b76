"""The order detail dialog as an agent edits an order on the phone: quantities, lines, prices, a second
address and part of a line sent there, and another desk's edit that wins."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_oms.bootstrap import Services
from desktop_oms.domain.users import Actor, Role
from desktop_oms.views.orders.detail import OrderDetailDialog
from desktop_oms.views.tasks import TaskRunner
from tests.factories import add_products, import_orders, order, product
from tests.gui.keyboard import type_text

AGENT = Actor("agent", Role.AGENT)


@pytest.fixture
def shop(sqlite_services: Services, admin: Actor) -> Services:
    add_products(sqlite_services, admin, product("TEA-1", 10), product("CUP-1", 5, price="25.00"))
    import_orders(sqlite_services, admin, order("G-1", ("TEA-1", 2), ("CUP-1", 1)))
    sqlite_services.allocation.allocate(["G-1"], actor=admin)
    return sqlite_services


def _dialog(qtbot: QtBot, shop: Services, tasks: TaskRunner, actor: Actor = AGENT) -> OrderDetailDialog:
    dialog = OrderDetailDialog("G-1", shop.orders, tasks, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.detail is not None and tasks.running == 0)
    return dialog


def _cells(dialog: OrderDetailDialog, column: int) -> list[str]:
    return [dialog.lines.item(r, column).text() for r in range(dialog.lines.rowCount())]


def _timeline(dialog: OrderDetailDialog) -> list[str]:
    return [dialog.timeline.item(r, 2).text() for r in range(dialog.timeline.rowCount())]


def _reserved(shop: Services, sku: str) -> int:
    return next(r.reserved for r in shop.stock.list_stock(actor=AGENT) if r.sku == sku)


def _pick_line(qtbot: QtBot, dialog: OrderDetailDialog, row: int) -> None:
    rect = dialog.lines.visualRect(dialog.lines.model().index(row, 0))
    qtbot.mouseClick(dialog.lines.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _set_spin(qtbot: QtBot, spin: object, value: int) -> None:
    spin.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(spin, str(value))  # type: ignore[arg-type]


def test_a_quantity_typed_for_the_selected_line_is_saved_reserved_and_on_the_timeline(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    dialog = _dialog(qtbot, shop, tasks)
    assert not dialog.line_bar.set_qty_button.isEnabled()  # no line picked yet
    _pick_line(qtbot, dialog, 0)
    assert dialog.line_bar.qty.value() == 2
    _set_spin(qtbot, dialog.line_bar.qty, 3)
    qtbot.mouseClick(dialog.line_bar.set_qty_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.text() == "Line TEA-1: quantity 2 → 3.")
    assert _cells(dialog, 2) == ["3", "1"] and _cells(dialog, 5) == ["reserved", "reserved"]
    assert _reserved(shop, "TEA-1") == 3
    assert "Line TEA-1 qty 2 → 3" in _timeline(dialog)
    assert dialog.facts.text().split(" · ")[2] == "40.00 CNY"


def test_a_line_is_added_by_typing_its_sku_and_removed_with_the_delete_key(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    dialog = _dialog(qtbot, shop, tasks)
    assert not dialog.line_bar.price.isVisibleTo(dialog)  # an agent charges the catalogue's price
    dialog.tabs.setCurrentIndex(0)
    qtbot.keyClicks(dialog.line_bar.sku, "CUP-1")
    _set_spin(qtbot, dialog.line_bar.add_qty, 2)
    qtbot.keyClick(dialog.line_bar.sku, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.banner.text() == "Line CUP-1 added.")
    assert _cells(dialog, 0) == ["TEA-1", "CUP-1", "CUP-1"] and _cells(dialog, 3)[2] == "25.00"
    assert dialog.line_bar.sku.text() == "" and _reserved(shop, "CUP-1") == 3
    _pick_line(qtbot, dialog, 1)
    qtbot.keyClick(dialog.lines, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dialog.banner.text() == "Line CUP-1 removed.")
    assert _cells(dialog, 0) == ["TEA-1", "CUP-1"] and _reserved(shop, "CUP-1") == 2
    assert {"Line added: 2 × CUP-1", "Line removed: 1 × CUP-1"} <= set(_timeline(dialog))


def test_an_unknown_sku_or_too_few_in_stock_is_said_in_words_and_nothing_changes(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    dialog = _dialog(qtbot, shop, tasks)
    qtbot.keyClicks(dialog.line_bar.sku, "NOPE")
    qtbot.mouseClick(dialog.line_bar.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.text() == "There is no Product “NOPE”.")
    _pick_line(qtbot, dialog, 1)
    _set_spin(qtbot, dialog.line_bar.qty, 9)
    qtbot.keyClick(dialog.line_bar.qty, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.banner.text() == "CUP-1: 8 wanted but only 4 available.")
    assert shop.orders.get_order("G-1", actor=AGENT).lines[1].qty == 1


def test_a_manager_overrides_a_price_with_a_reason(qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    dialog = _dialog(qtbot, shop, tasks, Actor("boss", Role.MANAGER))
    assert dialog.line_bar.price.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.line_bar.sku, "CUP-1")
    qtbot.keyClicks(dialog.line_bar.price, "20")
    qtbot.keyClick(dialog.line_bar.sku, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.banner.text() == "Reason for the price: say why the price differs from the catalogue")
    qtbot.keyClicks(dialog.line_bar.reason, "damaged box")
    qtbot.mouseClick(dialog.line_bar.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.text() == "Line CUP-1 added.")
    assert _cells(dialog, 3)[2] == "20.00"
    details = [dialog.timeline.item(r, 3).text() for r in range(dialog.timeline.rowCount())]
    assert "at 20.00 instead of the catalogue's 25.00: damaged box" in details


def test_an_edit_after_another_desk_changed_the_order_is_refused_and_the_dialog_reloads(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    dialog = _dialog(qtbot, shop, tasks)
    _pick_line(qtbot, dialog, 0)
    _set_spin(qtbot, dialog.line_bar.qty, 5)
    # Meanwhile, at another desk:
    other = shop.orders.get_order("G-1", actor=AGENT)
    shop.orders.change_line_qty("G-1", 1, 4, expected_version=other.version, actor=Actor("desk-2", Role.AGENT))
    qtbot.mouseClick(dialog.line_bar.set_qty_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "changed at another desk — reloaded" in dialog.banner.text())
    assert "Your change was not saved" in dialog.banner.text()
    qtbot.waitUntil(lambda: _cells(dialog, 2) == ["4", "1"])
    assert shop.orders.get_order("G-1", actor=AGENT).lines[0].qty == 4 and _reserved(shop, "TEA-1") == 4
    # The fresh copy saves.
    _pick_line(qtbot, dialog, 0)
    _set_spin(qtbot, dialog.line_bar.qty, 5)
    qtbot.mouseClick(dialog.line_bar.set_qty_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.text() == "Line TEA-1: quantity 4 → 5.")


def test_a_second_address_is_added_and_part_of_a_line_sent_there(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    dialog = _dialog(qtbot, shop, tasks)
    assert not dialog.line_bar.move_button.isVisibleTo(dialog)  # one address: nothing to move to
    dialog.tabs.setCurrentWidget(dialog.groups)
    form = dialog.groups.new_address.fields
    for name, text in (("name", "李雷"), ("address1", "朝阳区建国路 88 号"), ("city", "北京"), ("country", "CN")):
        type_text(qtbot, form[name], text)
    qtbot.mouseClick(dialog.groups.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.text() == "Address added.")
    assert [b.title() for b in dialog.groups.blocks] == ["Address 1", "Address 2"]
    assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.groups)) == "Addresses (2)"
    dialog.tabs.setCurrentIndex(0)
    _pick_line(qtbot, dialog, 0)
    assert dialog.line_bar.move_to.currentText() == "Address 2"
    _set_spin(qtbot, dialog.line_bar.move_qty, 1)
    qtbot.mouseClick(dialog.line_bar.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.text() == "1 × TEA-1 moved to address 2.")
    assert list(zip(_cells(dialog, 0), _cells(dialog, 2), _cells(dialog, 6), strict=True)) == [
        ("TEA-1", "1", "1"), ("CUP-1", "1", "1"), ("TEA-1", "1", "2")]
    assert dialog.groups.blocks[1].lines.text() == "1 × TEA-1  Item TEA-1"
    assert "1 × TEA-1 moved from address 1 to address 2" in _timeline(dialog)
    # Address 2's own address is edited in its block.
    block = dialog.groups.blocks[1]
    block.form.fields["city"].clear()
    qtbot.keyClick(block.form.fields["city"], Qt.Key.Key_Space)
    qtbot.mouseClick(block.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.text() == "City: required" and block.save_button.isEnabled())
    block.form.fields["city"].clear()
    type_text(qtbot, block.form.fields["city"], "天津")
    qtbot.mouseClick(block.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.text() == "Address 2 saved.")
    assert shop.orders.get_order("G-1", actor=AGENT).ship_groups[1].address.city == "天津"


def test_the_controls_are_off_for_a_packer_and_at_a_packing_station(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    dialog = _dialog(qtbot, shop, tasks, Actor("packer", Role.PACKER))
    _pick_line(qtbot, dialog, 0)
    bar = dialog.line_bar
    assert not any(w.isEnabled() for w in (bar.set_qty_button, bar.remove_button, bar.sku, bar.add_button))
    assert bar.note.text() == "Your role may not change orders."
    shop.packing.claim("G-1", "Bench 1", actor=Actor("packer", Role.PACKER))
    agent = _dialog(qtbot, shop, tasks)
    _pick_line(qtbot, agent, 0)
    assert not agent.line_bar.set_qty_button.isEnabled() and not agent.line_bar.add_button.isEnabled()
    assert agent.line_bar.note.text() == "The lines are fixed while packing station Bench 1 has the order."
