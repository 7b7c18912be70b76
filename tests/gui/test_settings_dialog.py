"""The Settings dialog as an administrator and an agent meet it: database, language, the shop's details."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QPoint, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLineEdit, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from desktop_oms.bootstrap import Services
from desktop_oms.config import DatabaseLocation, Settings
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.settings import ShopDetails
from desktop_oms.views.i18n import install_translator
from desktop_oms.views.settings_dialog import SettingsDialog
from desktop_oms.views.tasks import TaskRunner
from tests.gui.keyboard import type_text
from tests.integration.test_shop_settings import MemoryKeyring, png

AGENT = Actor("agent", Role.AGENT)


@pytest.fixture
def config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config" / "config.toml"
    monkeypatch.setattr(Settings, "config_file", staticmethod(lambda: path))
    for name in ("DESKTOP_OMS_DB", "DESKTOP_OMS_LANG", "DESKTOP_OMS_STATION"):
        monkeypatch.delenv(name, raising=False)
    return path


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


def _dialog(qtbot: QtBot, services: Services, tasks: TaskRunner, actor: Actor, url: str,
            lang: str = "en") -> SettingsDialog:
    dialog = SettingsDialog(services.settings, tasks, actor, Settings(db_url=url, lang=lang))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: tasks.running == 0)
    return dialog


def _replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def _click_radio(qtbot: QtBot, radio: QRadioButton) -> None:
    """On its round indicator, as a person clicks it (the button is wider than its text)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def _fill_server(qtbot: QtBot, dialog: SettingsDialog, location: DatabaseLocation, *, port: int = 5432,
                 password: str = "") -> None:
    page = dialog.database_page
    _click_radio(qtbot, page.server_radio)
    assert page.host.isEnabled() and not page.path.isEnabled()
    _replace_text(qtbot, page.host, location.host)
    _replace_text(qtbot, page.port, str(port))
    _replace_text(qtbot, page.database, location.database)
    _replace_text(qtbot, page.user, location.user)
    if password:
        _replace_text(qtbot, page.password, password)


def _save(qtbot: QtBot, dialog: SettingsDialog, tasks: TaskRunner) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tasks.running == 0)


def test_testing_the_postgresql_server_through_its_socket_says_connected(
        qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner, sqlite_url: str, pg_url: str) -> None:
    dialog = _dialog(qtbot, sqlite_services, tasks, Actor("tester", Role.ADMIN), sqlite_url)
    assert dialog.database_page.file_radio.isChecked()
    _fill_server(qtbot, dialog, DatabaseLocation.parse(pg_url))
    qtbot.mouseClick(dialog.database_page.test_button, Qt.MouseButton.LeftButton)
    result = dialog.database_page.test_result
    qtbot.waitUntil(lambda: result.text().startswith("Connected: PostgreSQL "), timeout=15_000)
    qtbot.waitUntil(lambda: tasks.running == 0)
    assert dialog.database_page.test_button.isEnabled()


def test_a_wrong_port_shows_why_the_server_cannot_be_reached(
        qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner, sqlite_url: str, pg_url: str) -> None:
    dialog = _dialog(qtbot, sqlite_services, tasks, Actor("tester", Role.ADMIN), sqlite_url)
    _fill_server(qtbot, dialog, DatabaseLocation.parse(pg_url), port=5999)
    qtbot.keyClick(dialog.database_page.test_button, Qt.Key.Key_Space)
    result = dialog.database_page.test_result
    qtbot.waitUntil(lambda: result.text().startswith("The database cannot be reached:"), timeout=15_000)
    assert "5999" in result.text() and result.text().endswith("Try again in a moment.")
    assert dialog.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the time zone completer's popup
def test_the_shop_details_are_saved_and_the_next_dialog_shows_them(
        qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner, sqlite_url: str, config_file: Path,
        tmp_path: Path, admin: Actor) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png())
    dialog = _dialog(qtbot, sqlite_services, tasks, admin, sqlite_url)
    dialog.tabs.setCurrentWidget(dialog.shop_page)
    shop = dialog.shop_page
    assert shop.name.isEnabled() and not shop.note.isVisible()
    type_text(qtbot, shop.name, "茶舍 Tea House")
    shop.address.setFocus()
    type_text(qtbot, shop.address, "西湖区文三路 90 号")
    qtbot.keyClick(shop.address, Qt.Key.Key_Return)
    type_text(qtbot, shop.address, "杭州 310012")
    type_text(qtbot, shop.phone, "+86 571 8888 0000")
    type_text(qtbot, shop.email, "shop@example.cn")
    qtbot.mouseClick(shop.logo, Qt.MouseButton.LeftButton)
    type_text(qtbot, shop.logo, str(logo))
    qtbot.keyClick(shop.logo, Qt.Key.Key_Tab)  # leaving the field shows the preview
    assert QApplication.focusWidget() is shop.choose_button
    qtbot.waitUntil(lambda: shop.preview.pixmap() is not None and not shop.preview.pixmap().isNull())
    _replace_text(qtbot, shop.timezone, "shanghai")  # the completer offers the zone wherever it matches
    popup = shop.timezone.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "Asia/Shanghai"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert shop.timezone.currentText() == "Asia/Shanghai"
    with qtbot.waitSignal(dialog.saved) as saved:
        _save(qtbot, dialog, tasks)
    assert saved.args == [False]  # nothing a restart must pick up
    assert not dialog.isVisible()
    assert not config_file.exists()  # the database and the language were not changed
    stored = ShopDetails("茶舍 Tea House", ("西湖区文三路 90 号", "杭州 310012"), "+86 571 8888 0000",
                         "shop@example.cn", str(logo.resolve()), "Asia/Shanghai")
    assert sqlite_services.settings.shop_details(admin) == stored

    again = _dialog(qtbot, sqlite_services, tasks, admin, sqlite_url)
    page = again.shop_page
    assert (page.name.text(), page.address.toPlainText(), page.phone.text(), page.email.text(),
            page.logo.text(), page.timezone.currentText()) == (
        "茶舍 Tea House", "西湖区文三路 90 号\n杭州 310012", "+86 571 8888 0000", "shop@example.cn",
        str(logo.resolve()), "Asia/Shanghai")


def test_a_refused_field_is_named_focused_and_the_dialog_stays_open(
        qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner, sqlite_url: str, config_file: Path,
        admin: Actor) -> None:
    dialog = _dialog(qtbot, sqlite_services, tasks, admin, sqlite_url)
    shop = dialog.shop_page
    type_text(qtbot, shop.name, "Tea House")
    type_text(qtbot, shop.email, "shop.example.cn")
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.tabs.setCurrentIndex(1)
    _save(qtbot, dialog, tasks)
    assert dialog.isVisible()
    assert dialog.message.text() == "E-mail: “shop.example.cn” is not an e-mail address (like shop@example.com)."
    assert dialog.tabs.currentWidget() is shop
    assert QApplication.focusWidget() is shop.email
    assert not config_file.exists()  # the language waits until the whole dialog can be saved
    assert sqlite_services.settings.shop_details(admin) == ShopDetails()


def test_the_refund_limit_is_set_on_the_shop_page_and_a_bad_one_is_named(
        qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner, sqlite_url: str, config_file: Path,
        admin: Actor) -> None:
    dialog = _dialog(qtbot, sqlite_services, tasks, admin, sqlite_url)
    shop = dialog.shop_page
    type_text(qtbot, shop.name, "Tea House")
    type_text(qtbot, shop.refund_limit, "much")
    _save(qtbot, dialog, tasks)
    assert dialog.isVisible() and QApplication.focusWidget() is shop.refund_limit
    assert dialog.message.text().startswith("Refunds need approval above: an amount like 200.00")
    shop.refund_limit.clear()
    type_text(qtbot, shop.refund_limit, "500")
    with qtbot.waitSignal(dialog.saved):
        _save(qtbot, dialog, tasks)
    assert str(sqlite_services.cases.refund_limit()) == "500.00"
    assert _dialog(qtbot, sqlite_services, tasks, admin, sqlite_url).shop_page.refund_limit.text() == "500.00"


def test_an_agent_sees_the_shop_details_but_may_not_change_them(
        qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner, sqlite_url: str, admin: Actor) -> None:
    sqlite_services.settings.save_shop_details(ShopDetails(name="Tea House", phone="0571 8888 0000"), admin)
    dialog = _dialog(qtbot, sqlite_services, tasks, AGENT, sqlite_url)
    shop = dialog.shop_page
    dialog.tabs.setCurrentWidget(shop)
    assert shop.note.isVisible()
    assert "Only an administrator" in shop.note.text()
    assert shop.name.text() == "Tea House"
    assert not any(w.isEnabled() for w in (shop.name, shop.address, shop.phone, shop.email, shop.logo,
                                           shop.choose_button, shop.timezone))
    assert dialog.database_page.isEnabled() and dialog.language.isEnabled()


def test_a_server_password_goes_to_the_keyring_and_never_into_the_config_file(
        qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner, sqlite_url: str, config_file: Path,
        memory_keyring: MemoryKeyring, admin: Actor) -> None:
    dialog = _dialog(qtbot, sqlite_services, tasks, admin, sqlite_url)
    server = DatabaseLocation.server("db.example.cn", None, "shop", "clerk")
    _fill_server(qtbot, dialog, server, port=5433, password="s3cr:t@x")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog.database_page.password, Qt.Key.Key_Return)  # Enter saves
        qtbot.waitUntil(lambda: tasks.running == 0)
    assert saved.args == [True]
    text = config_file.read_text(encoding="utf-8")
    assert "s3cr" not in text
    assert tomllib.loads(text)["db_url"] == "postgresql+psycopg://clerk@db.example.cn:5433/shop"
    assert memory_keyring.passwords == {("desktop-oms", "clerk@db.example.cn:5433/shop"): "s3cr:t@x"}
    assert Settings.load().db_url == "postgresql+psycopg://clerk:s3cr%3At%40x@db.example.cn:5433/shop"

    again = _dialog(qtbot, sqlite_services, tasks, admin, Settings.load().db_url)
    page = again.database_page
    assert page.server_radio.isChecked()
    assert (page.host.text(), page.port.value(), page.database.text(), page.user.text(), page.password.text()) == (
        "db.example.cn", 5433, "shop", "clerk", "s3cr:t@x")
    assert page.password.echoMode() == QLineEdit.EchoMode.Password


def test_without_a_keyring_the_password_is_refused_and_nothing_is_saved(
        qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner, sqlite_url: str, config_file: Path,
        admin: Actor) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        dialog = _dialog(qtbot, sqlite_services, tasks, admin, sqlite_url)
        _fill_server(qtbot, dialog, DatabaseLocation.server("db.example.cn", None, "shop", "clerk"),
                     password="secret")
        dialog.tabs.setCurrentIndex(2)
        _save(qtbot, dialog, tasks)
    finally:
        keyring.set_keyring(previous)
    assert dialog.isVisible()
    assert dialog.message.text().startswith("Password: this computer has no password store (keyring)")
    assert dialog.tabs.currentWidget() is dialog.database_page
    assert QApplication.focusWidget() is dialog.database_page.password
    assert not config_file.exists()


def test_the_language_is_chosen_by_keyboard_and_used_from_the_next_start(
        qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner, sqlite_url: str, config_file: Path,
        admin: Actor) -> None:
    dialog = _dialog(qtbot, sqlite_services, tasks, admin, sqlite_url)
    qtbot.keyClick(dialog.tabs.tabBar(), Qt.Key.Key_Right)
    assert dialog.tabs.currentIndex() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.language
    assert dialog.language.currentText() == "English"
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentText() == "简体中文"
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog.language, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: tasks.running == 0)
    assert saved.args == [True]
    assert tomllib.loads(config_file.read_text(encoding="utf-8")) == {"lang": "zh_CN"}
    assert Settings.load().lang == "zh_CN"


def test_a_missing_host_is_asked_for_before_anything_is_tried(
        qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner, sqlite_url: str, admin: Actor) -> None:
    dialog = _dialog(qtbot, sqlite_services, tasks, admin, sqlite_url)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # "A &PostgreSQL server"
    qtbot.waitUntil(dialog.database_page.server_radio.isChecked)  # a mnemonic clicks as an animation does
    qtbot.mouseClick(dialog.database_page.test_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Host: enter the server's name or address."
    assert QApplication.focusWidget() is dialog.database_page.host
    assert tasks.running == 0


def test_in_chinese_the_dialog_speaks_chinese(
        qtbot: QtBot, qapp: QApplication, sqlite_services: Services, tasks: TaskRunner, sqlite_url: str,
        admin: Actor) -> None:
    translator = install_translator(qapp, "zh_CN")
    assert translator is not None
    try:
        dialog = _dialog(qtbot, sqlite_services, tasks, AGENT, sqlite_url, lang="zh_CN")
        assert [dialog.tabs.tabText(i) for i in range(3)] == ["数据库", "语言", "店铺"]
        assert dialog.windowTitle() == "设置"
        assert dialog.save_button.text().startswith("保存")  # Qt's own translation of the standard button
        assert dialog.language.currentText() == "简体中文"
    finally:
        for installed in qapp.findChildren(QTranslator):  # ours and Qt's own
            qapp.removeTranslator(installed)
            installed.deleteLater()
