"""The After-sales tab, wired into a main window.

`install_aftersales(window, services, tasks, actor)` adds the tab for those who handle cases or receive
stock (packers see only Goods-in). In a window the window's F5 (Refresh) also refreshes the tab and live
changes from other desks reach it; its Ctrl+F goes to the case search while the tab is showing.
"""

from __future__ import annotations

import warnings
from typing import Any

from PySide6.QtWidgets import QMainWindow

from desktop_oms.domain.users import Actor, Permission
from desktop_oms.views.aftersales.panel import AftersalesPanel
from desktop_oms.views.tasks import TaskRunner

__all__ = ["AftersalesPanel", "install_aftersales"]


def install_aftersales(window: QMainWindow, services: Any, tasks: TaskRunner, actor: Actor,
                       *, station: str = "") -> AftersalesPanel | None:
    """Add the After-sales tab to `window` (`services.cases`, `services.knowledge`); None if the actor may neither
    handle cases nor receive stock, or this build has no case service."""
    if not (actor.can(Permission.HANDLE_CASES) or actor.can(Permission.RECEIVE_STOCK)):
        return None
    cases = getattr(services, "cases", None)
    if cases is None:
        return None
    refresh_action = getattr(window, "refresh_action", None)
    find_action = getattr(window, "find_action", None)
    panel = AftersalesPanel(cases, tasks, actor, knowledge=getattr(services, "knowledge", None),
                            open_order=getattr(window, "open_order", None), station=station,
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
        live.changed.connect(panel.refresh)
    return panel


def _route_find(window: QMainWindow, find_action: Any, tabs: Any, panel: AftersalesPanel) -> None:
    """Ctrl+F: the case search while this tab is showing, the Shipments tab's while that one is, the
    window's own find (the orders' search box) otherwise."""
    focus_search = getattr(window, "focus_search", None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # PySide6 warns when nothing was connected
        try:
            find_action.triggered.disconnect()
        except (RuntimeError, TypeError):
            pass

    def find(_checked: bool = False) -> None:
        current = tabs.currentWidget()
        shipments = getattr(window, "shipments_panel", None)
        if current is panel or focus_search is None:
            tabs.setCurrentWidget(panel)
            panel.focus_search()
        elif shipments is not None and current is shipments:
            shipments.focus_search()
        else:
            focus_search()

    find_action.triggered.connect(find)
