"""Qt composition root: QApplication, translator, log-in, then the main window over the services."""

from __future__ import annotations

import sys
from typing import Any

from desktop_oms.config import Settings


def run_app(settings: Settings) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_oms import bootstrap
    from desktop_oms.domain.errors import DatabaseUnavailable
    from desktop_oms.views.collector import GuiThreadCollector
    from desktop_oms.views.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv)
    collector = GuiThreadCollector(app)  # before any pool thread runs: cycles are freed on this thread
    app.setApplicationName("desktop-oms")
    app.setOrganizationName("desktop-oms")
    _install_translator(app, settings.lang)
    try:
        services = bootstrap.build(settings)
    except DatabaseUnavailable as error:
        QMessageBox.critical(None, "desktop-oms", app.translate("app", "Cannot open the database:\n{0}").format(error))
        return 2
    tasks = TaskRunner(app)
    label = _db_label(settings.db_url)
    try:
        while _one_session(app, services, tasks, label, settings, collector):
            pass
        return 0
    finally:
        tasks.cancel_all()
        tasks.wait_for_done(10_000)
        services.close()
        collector.stop()


def _one_session(app: Any, services: Any, tasks: Any, label: str, settings: Settings, collector: Any) -> bool:
    """Log in, work in the main window; True if the user logged out (log in again), False to quit."""
    from PySide6.QtWidgets import QDialog

    from desktop_oms.views.login_dialog import LoginDialog
    from desktop_oms.views.main_window import MainWindow

    login = LoginDialog(services.users, tasks, shop_label=label, first_run=not services.users.has_users())
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        return False
    actor = login.actor
    window = MainWindow(services, tasks, actor, label, station=settings.station, defer_tabs=True)
    window.tabs_built.connect(collector.freeze)  # what start-up made stays: later collections skip it
    again: list[bool] = []
    window.logout_requested.connect(lambda: again.append(True))
    window.settings_requested.connect(lambda: _open_settings(window, services, tasks, actor, settings))
    window.show()
    app.exec()
    return bool(again)


def _install_translator(app: Any, lang: str) -> None:
    from desktop_oms.views.i18n import install_translator

    app._translators = install_translator(app, lang)


def _open_settings(window: Any, services: Any, tasks: Any, actor: Any, settings: Settings) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from desktop_oms.views.settings_dialog import SettingsDialog

    dialog = SettingsDialog(services.settings, tasks, actor, settings, window, carriers=services.carriers,
                            shop_connections=services.shop_connections, shop_sync=services.shop_sync)

    def on_saved(restart: bool) -> None:
        if restart:
            QMessageBox.information(window, QCoreApplication.translate("app", "Settings saved"),
                                    QCoreApplication.translate("app", "The new database or language takes effect "
                                                                      "when desktop-oms starts again."))

    dialog.saved.connect(on_saved)
    dialog.open()


def _db_label(url: str) -> str:
    """What the status bar says about the database, never with a password."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or "shop.db"
    host = parsed.host or str(parsed.query.get("host", "localhost"))
    return f"{parsed.database} @ {host}" + (f":{parsed.port}" if parsed.port else "")
