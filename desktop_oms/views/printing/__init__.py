"""Printing from the views: slip batches and pick lists, the PDF preview, printers, this station's settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from desktop_oms.domain.users import Actor, Permission
from desktop_oms.views.printing.batch import PickListDialog, SlipBatchDialog
from desktop_oms.views.printing.preview import PdfPreviewDialog
from desktop_oms.views.printing.printer import StationPrinter, available_printers, print_pdf
from desktop_oms.views.printing.settings_page import PrintingSettingsPage
from desktop_oms.views.printing.station_settings import StationPrinting
from desktop_oms.views.tasks import TaskRunner

__all__ = ["PdfPreviewDialog", "PickListDialog", "PrintingSettingsPage", "SlipBatchDialog", "StationPrinter",
           "StationPrinting", "available_printers", "install_print_actions", "print_pdf"]


def _t(text: str) -> str:
    return QCoreApplication.translate("PrintActions", text)


def install_print_actions(menu: QMenu, parent: QWidget, services: Any, tasks: TaskRunner, actor: Actor,
                          selected_orders: Callable[[], list[str]]) -> list[QAction]:
    """"Print packing slips…" (Ctrl+P) and "Pick list…" on `menu`, opening their dialogs over `parent` for the
    orders `selected_orders()` names when triggered; enabled for actors who may pack orders.

    `services` needs only `.packing` (bootstrap.Services fits)."""
    allowed = actor.can(Permission.PACK_ORDERS)
    slips = QAction(_t("Print packing &slips…"), parent)
    slips.setShortcut(QKeySequence.StandardKey.Print)
    picks = QAction(_t("Pic&k list…"), parent)

    def open_slips() -> None:
        _show(SlipBatchDialog(services.packing, tasks, actor, selected_orders(), parent))

    def open_picks() -> None:
        _show(PickListDialog(services.packing, tasks, actor, selected_orders(), parent))

    slips.triggered.connect(open_slips)
    picks.triggered.connect(open_picks)
    for action in (slips, picks):
        action.setEnabled(allowed)
        if not allowed:
            action.setToolTip(_t("Your role may not pack orders"))
        menu.addAction(action)
    return [slips, picks]


def _show(dialog: QDialog) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
