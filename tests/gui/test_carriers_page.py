"""Settings → Carriers as an administrator and a packer meet it, against a local server in DHL's format."""

from __future__ import annotations

import json
from collections.abc import Iterator

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot

from desktop_oms.bootstrap import Services
from desktop_oms.config import Settings
from desktop_oms.domain.users import Actor, Role
from desktop_oms.views.carriers_page import CarriersPage
from desktop_oms.views.settings_dialog import SettingsDialog
from desktop_oms.views.tasks import TaskRunner
from tests.gui.keyboard import type_text
from tests.integration.test_shop_settings import MemoryKeyring

ADMIN = Actor("admin", Role.ADMIN)
PACKER = Actor("packer", Role.PACKER)
EXAMPLE = "00340434292135100186"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


def _page(qtbot: QtBot, services: Services, tasks: TaskRunner, actor: Actor) -> CarriersPage:
    page = CarriersPage(services.carriers, tasks, actor)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: tasks.running == 0 and page.table.rowCount() > 0)
    return page


def _pick(qtbot: QtBot, page: CarriersPage, title: str) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    for _ in range(page.table.rowCount()):
        if page.table.item(page.table.currentRow(), 0).text() == title:
            return
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    raise AssertionError(f"no {title} in the table")


def _replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def _set_up_dhl(qtbot: QtBot, page: CarriersPage, tasks: TaskRunner, url: str, key: str) -> None:
    _pick(qtbot, page, "DHL")
    assert page.api_key.isVisible() and not page.client_id.isVisible() and not page.client_secret.isVisible()
    page.enabled.setFocus()
    qtbot.keyClick(page.enabled, Qt.Key.Key_Space)
    assert page.enabled.isChecked()
    _replace_text(qtbot, page.base_url, url)
    _replace_text(qtbot, page.api_key, key)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tasks.running == 0 and page.result.text().startswith("Saved"))


def _dhl_answers(httpserver: HTTPServer, status: int, title: str) -> None:
    httpserver.expect_request("/track/shipments", method="GET",
                              query_string={"trackingNumber": EXAMPLE}).respond_with_data(
        json.dumps({"status": status, "title": title}), status=status, content_type="application/problem+json")


def test_an_administrator_sets_up_dhl_and_tests_it(qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner,
                                                    httpserver: HTTPServer, memory_keyring: MemoryKeyring) -> None:
    _dhl_answers(httpserver, 404, "No shipment found")
    page = _page(qtbot, sqlite_services, tasks, ADMIN)
    _set_up_dhl(qtbot, page, tasks, httpserver.url_for("/").rstrip("/"), "secret-key")

    assert page.result.text() == "Saved; the secret is kept in this computer's keyring."
    dhl = next(a for a in sqlite_services.carriers.list_accounts(actor=ADMIN) if a.name == "dhl")
    assert dhl.enabled and dhl.has_api_key and dhl.base_url == httpserver.url_for("/").rstrip("/")
    assert memory_keyring.passwords[("desktop-oms-carriers", "dhl.api_key")] == "secret-key"
    qtbot.waitUntil(lambda: "stored" in page.api_key.placeholderText())
    assert page.api_key.text() == ""
    row = page.table.currentRow()
    assert [page.table.item(row, c).text() for c in (0, 1, 3)] == ["DHL", "Yes", "set"]

    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tasks.running == 0 and page.result.text() == "DHL accepted the API key.")
    request, _response = httpserver.log[-1]
    assert request.headers["DHL-API-Key"] == "secret-key"


def test_a_refused_key_is_said_and_without_a_keyring_the_database_keeps_it(
        qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner, httpserver: HTTPServer) -> None:
    _dhl_answers(httpserver, 401, "Unauthorized")
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        page = _page(qtbot, sqlite_services, tasks, ADMIN)
        _set_up_dhl(qtbot, page, tasks, httpserver.url_for("/").rstrip("/"), "wrong-key")
    finally:
        keyring.set_keyring(previous)
    assert page.result.text() == "Saved; this computer has no keyring: the secret is kept in the shop's database."
    dhl = next(a for a in sqlite_services.carriers.list_accounts(actor=ADMIN) if a.name == "dhl")
    assert dhl.secrets_in == "database" and dhl.has_api_key

    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tasks.running == 0 and page.result.text().startswith("dhl: "))
    assert page.result.text() == "dhl: credentials refused (401)"


def test_unsaved_changes_are_not_tested_and_a_bad_url_is_refused(
        qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner, memory_keyring: MemoryKeyring) -> None:
    page = _page(qtbot, sqlite_services, tasks, ADMIN)
    _pick(qtbot, page, "UPS")
    assert page.client_id.isVisible() and page.client_secret.isVisible() and not page.api_key.isVisible()
    _replace_text(qtbot, page.base_url, "ftp://nowhere")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert page.result.text().startswith("Save the changes first")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tasks.running == 0 and page.result.text().startswith("base_url"))
    _pick(qtbot, page, "SF Express (顺丰)")
    assert page.labels["client_id"].text() == "&Partner ID" and page.labels["client_secret"].text() == "Check &word"
    _pick(qtbot, page, "Kuaidi100 (快递100)")
    assert page.customer.isVisible() and page.api_key.isVisible() and page.labels["api_key"].text() == "&Key"


def test_a_packer_sees_the_carriers_read_only(qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner) -> None:
    page = _page(qtbot, sqlite_services, tasks, PACKER)
    _pick(qtbot, page, "DHL")
    assert page.read_only_note.isVisible()
    for widget in (page.enabled, page.base_url, page.api_key, page.save_button, page.test_button):
        assert not widget.isEnabled()
    assert page.base_url.text() == "https://api-eu.dhl.com"


def test_the_settings_dialog_has_a_carriers_tab(qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner,
                                                sqlite_url: str) -> None:
    dialog = SettingsDialog(sqlite_services.settings, tasks, ADMIN, Settings(db_url=sqlite_url, lang="en"),
                            carriers=sqlite_services.carriers)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: tasks.running == 0)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles[-1] == "Carriers" and dialog.carriers_page is not None
    assert dialog.carriers_page.table.rowCount() == 8
