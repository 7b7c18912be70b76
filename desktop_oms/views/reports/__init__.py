"""The Reports tab, wired into a main window for managers and administrators.

`install_reports(window, services, tasks, actor)` adds the tab when the actor may read reports
(Permission.VIEW_REPORTS) and returns it, else None. matplotlib is not imported until a chart is drawn.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMainWindow

from desktop_oms.domain.users import Actor, Permission
from desktop_oms.views.reports.panel import ReportsPanel
from desktop_oms.views.tasks import TaskRunner

__all__ = ["ReportsPanel", "install_reports"]


def install_reports(window: QMainWindow, services: Any, tasks: TaskRunner, actor: Actor) -> ReportsPanel | None:
    """Add the Reports tab to `window` (uses `services.reports`); None if the actor may not read reports."""
    if not actor.can(Permission.VIEW_REPORTS) or getattr(services, "reports", None) is None:
        return None
    panel = ReportsPanel(services.reports, tasks, actor)
    tabs = getattr(window, "tabs", None)
    if tabs is not None:
        tabs.addTab(panel, panel.tab_title())
        tabs.currentChanged.connect(lambda _index: panel.start() if tabs.currentWidget() is panel else None)
    else:
        window.setCentralWidget(panel)
    refresh_action = getattr(window, "refresh_action", None)
    if refresh_action is not None:
        refresh_action.triggered.connect(lambda _checked=False: panel.refresh() if panel.started else None)
    return panel
