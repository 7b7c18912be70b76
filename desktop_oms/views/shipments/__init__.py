"""The Shipments tab and the tracking poller's place in the status bar, wired into a main window.

`install_shipments(window, services, tasks, actor)` adds the tab for those who may see orders and,
for those who may ship, a background poller whose label sits in the window's status bar. In a
window the window's F5 (Refresh) also refreshes the tab, and its Ctrl+F (Find) goes to the tab's
search box while the tab is showing (the orders' search box otherwise).
"""

from __future__ import annotations

import warnings
from typing import Any

from PySide6.QtWidgets import QMainWindow

from desktop_oms.domain.users import Actor, Permission
from desktop_oms.views.shipments.panel import ShipmentsPanel
from desktop_oms.views.shipments.poller import BackgroundPoller, PollOutcome
from desktop_oms.views.tasks import TaskRunner

__all__ = ["BackgroundPoller", "ShipmentsPanel", "install_shipments"]


def install_shipments(window: QMainWindow, services: Any, tasks: TaskRunner, actor: Actor) -> ShipmentsPanel | None:
    """Add the Shipments tab to `window` (`services.shipments`, `services.tracking`); None if the actor may
    not see orders. The poller, when there is one, is `panel.poller` and its label `panel.poller_label`."""
    if not actor.can(Permission.VIEW_ORDERS):
        return None
    tracking = getattr(services, "tracking", None)
    refresh_action = getattr(window, "refresh_action", None)
    find_action = getattr(window, "find_action", None)
    panel = ShipmentsPanel(services.shipments, tasks, actor, tracking=tracking,
                           own_shortcuts=refresh_action is None and find_action is None)
    tabs = getattr(window, "tabs", None)
    if tabs is not None:
        tabs.addTab(panel, panel.tab_title())
    else:
        window.setCentralWidget(panel)
    if refresh_action is not None:
        refresh_action.triggered.connect(lambda _checked=False: panel.refresh())
    if find_action is not None and tabs is not None:
        _route_find(window, find_action, tabs, panel)
    live = getattr(window, "live", None)
    if live is not None:
        live.changed.connect(panel.refresh)  # another station shipped, a poller elsewhere brought news

    if tracking is not None and actor.can(Permission.SHIP_ORDERS):
        poller = BackgroundPoller(tracking, tasks, actor, window)
        label = poller.label(window)
        window.statusBar().addPermanentWidget(label)
        poller.finished.connect(lambda report: _after_poll(panel, report))
        poller.stop_on_close(window)
        poller.start()
        panel.poller, panel.poller_label = poller, label
    return panel


def _route_find(window: QMainWindow, find_action: Any, tabs: Any, panel: ShipmentsPanel) -> None:
    """Ctrl+F: this tab's search box while it is showing, the window's own find otherwise."""
    focus_search = getattr(window, "focus_search", None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # PySide6 warns when nothing was connected
        try:
            find_action.triggered.disconnect()
        except (RuntimeError, TypeError):
            pass

    def find(_checked: bool = False) -> None:
        if tabs.currentWidget() is panel or focus_search is None:
            tabs.setCurrentWidget(panel)
            panel.focus_search()
        else:
            focus_search()

    find_action.triggered.connect(find)


def _after_poll(panel: ShipmentsPanel, report: PollOutcome) -> None:
    if report.updated or report.new_events:
        panel.refresh()
