"""Settings → Web shop as an administrator and a packer meet it, against a local WooCommerce shop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_oms.bootstrap import Services
from desktop_oms.config import Settings
from desktop_oms.domain.users import Actor, Role
from desktop_oms.views.settings_dialog import SettingsDialog
from desktop_oms.views.shop_page import WebShopPage
from desktop_oms.views.tasks import TaskRunner
from tests.gui.keyboard import type_text
from tests.integration.woo_shop import KEY, SECRET, WooShop, fixture_orders, woo, woo_server

__all__ = ["woo", "woo_server"]  # the fixtures

ADMIN = Actor("admin", Role.ADMIN)
PACKER = Actor("packer", Role.PACKER)


def _open(qtbot: QtBot, services: Services, tasks: TaskRunner, actor: Actor) -> WebShopPage:
    dialog = SettingsDialog(services.settings, tasks, actor, Settings(db_url="sqlite:///unused.db"),
                            carriers=services.carriers, shop_connections=services.shop_connections,
                            shop_sync=services.shop_sync)
    qtbot.addWidget(dialog)
    dialog.show()
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    dialog.tabs.setCurrentIndex(titles.index("Web shop"))
    page = dialog.web_shop_page
    assert page is not None and page.isVisible()
    qtbot.waitUntil(lambda: tasks.running == 0)
    return page


def _click(qtbot: QtBot, tasks: TaskRunner, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tasks.running == 0, timeout=20_000)


def test_an_administrator_connects_the_shop_tests_it_and_syncs(qtbot: QtBot, sqlite_services: Services,
                                                               tasks: TaskRunner, woo: WooShop) -> None:
    woo.add(*fixture_orders())
    page = _open(qtbot, sqlite_services, tasks, ADMIN)
    assert page.last_sync.text() == "never" and not page.sync_button.isEnabled()
    assert page.secret.placeholderText() == "not set"

    type_text(qtbot, page.url, woo.url)
    type_text(qtbot, page.key, KEY)
    type_text(qtbot, page.secret, SECRET)
    page.enabled.setFocus()
    qtbot.keyClick(page.enabled, Qt.Key.Key_Space)
    assert page.enabled.isChecked()
    _click(qtbot, tasks, page.save_button)

    assert page.result.text().startswith("Saved")
    assert page.secret.text() == "" and page.secret.placeholderText() == "••• stored — type to replace"
    assert page.sync_button.isEnabled()

    _click(qtbot, tasks, page.test_button)
    assert page.result.text() == "WooCommerce answered: 6 orders in the shop."

    _click(qtbot, tasks, page.sync_button)
    qtbot.waitUntil(lambda: "went well" in page.last_sync.text())
    assert page.result.text() == "6 new, 0 updated, 0 unchanged, 0 tracking numbers sent back"
    assert page.last_error.text() == "none"
    assert sqlite_services.orders.get_order("WC-1001", actor=ADMIN).customer_name == "王芳"


def test_a_shop_that_is_down_shows_its_error_and_when(qtbot: QtBot, sqlite_services: Services,
                                                      tasks: TaskRunner, woo: WooShop) -> None:
    sqlite_services.shop_connections.update(actor=ADMIN, base_url=woo.url, consumer_key=KEY,
                                            consumer_secret=SECRET, enabled=True)
    page = _open(qtbot, sqlite_services, tasks, ADMIN)
    woo.script += [(503, {}, "down")] * 4

    _click(qtbot, tasks, page.sync_button)
    qtbot.waitUntil(lambda: "did not finish" in page.last_sync.text())

    assert page.result.text().endswith("server error (503)")
    assert page.last_error.text().startswith("server error (503) (")


def test_a_test_before_saving_asks_to_save_first(qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner,
                                                 woo: WooShop) -> None:
    sqlite_services.shop_connections.update(actor=ADMIN, base_url=woo.url, consumer_key=KEY,
                                            consumer_secret=SECRET, enabled=True)
    page = _open(qtbot, sqlite_services, tasks, ADMIN)
    type_text(qtbot, page.key, "x")

    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)

    assert page.result.text() == "Save the changes first: the test uses the saved settings."
    assert woo.requests == []


def test_a_packer_sees_the_connection_but_cannot_change_or_sync_it(qtbot: QtBot, sqlite_services: Services,
                                                                   tasks: TaskRunner, woo: WooShop) -> None:
    sqlite_services.shop_connections.update(actor=ADMIN, base_url=woo.url, consumer_key=KEY,
                                            consumer_secret=SECRET, enabled=True)
    page = _open(qtbot, sqlite_services, tasks, PACKER)

    assert page.url.text() == woo.url and page.read_only_note.isVisible()
    assert not any(w.isEnabled() for w in (page.url, page.key, page.secret, page.enabled, page.save_button,
                                           page.test_button, page.sync_button))
