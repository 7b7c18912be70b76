"""The web shop's sync in the app's background: new and changed orders arrive without anyone asking.

While a shop connection is set up and enabled, the main window runs `shop_sync.sync` every few
minutes in the "io" pool, one run at a time (the same BackgroundPoller the tracking uses). The
service keeps the cursor, the shop's Retry-After and the last error in the database, so a station
that starts later, or the CLI, never asks before the shop allows it; *Settings → Web shop* shows the
last run and its error. Orders that arrive show in the queue through the live updates.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMainWindow

from desktop_oms.domain.users import Actor, Permission
from desktop_oms.views.shipments.poller import BackgroundPoller
from desktop_oms.views.tasks import TaskRunner

#: How often the shop is asked for its changes (WooCommerce sends no pushes to a desktop).
EVERY_MS = 5 * 60 * 1000
FIRST_AFTER_MS = 20 * 1000


class ShopSyncRun:
    """`sync` shaped as the background poller's run: nothing to do while no shop is connected."""

    def __init__(self, connections: Any, sync: Any) -> None:
        self._connections, self._sync = connections, sync

    def poll(self, *, actor: Actor, progress: Callable[[int, int], None] | None = None, **_: Any) -> Any:
        connection = self._connections.get(actor=actor)
        if not (connection.enabled and connection.base_url):
            return None
        return self._sync.sync(actor=actor, progress=progress)


def install_shop_sync(window: QMainWindow, services: Any, tasks: TaskRunner, actor: Actor, *,
                      every_ms: int = EVERY_MS, first_after_ms: int = FIRST_AFTER_MS) -> BackgroundPoller | None:
    """Start the background sync for a user who may import orders; None when there is no shop service."""
    connections, sync = getattr(services, "shop_connections", None), getattr(services, "shop_sync", None)
    if connections is None or sync is None or not actor.can(Permission.IMPORT_ORDERS):
        return None
    poller = BackgroundPoller(ShopSyncRun(connections, sync), tasks, actor, window, every_ms=every_ms,
                              first_after_ms=first_after_ms)
    poller.stop_on_close(window)
    poller.start()
    return poller
