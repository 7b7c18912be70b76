"""Qt composition root: QApplication, translator, main window over the services."""

from __future__ import annotations

import sys

from desktop_oms.config import Settings


def run_app(settings: Settings) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_oms import bootstrap
    from desktop_oms.db.engine import DatabaseUnavailable
    from desktop_oms.views.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("desktop-oms")
    app.setOrganizationName("desktop-oms")
    try:
        services = bootstrap.build(settings)
    except DatabaseUnavailable as error:
        QMessageBox.critical(None, "desktop-oms", f"Cannot open the database:\n{error}")
        return 2
    window = MainWindow(services.orders, services.stock, settings.db_url)
    window.show()
    try:
        return int(app.exec())
    finally:
        services.close()
