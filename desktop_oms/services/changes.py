"""Live updates between stations: a blocking watch loop for a background thread of the app."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy import Engine

from desktop_oms.db.changes import ChangeFeed, open_change_feed

log = logging.getLogger(__name__)


class ChangeService:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def watch(self, on_change: Callable[[], None], stop: threading.Event, *, interval: float = 0.5,
              on_connection: Callable[[bool], None] | None = None) -> None:
        """Call `on_change` (in this thread) after each change another station commits, until `stop` is set.

        A lost connection is reported through `on_connection(False)` and retried every few seconds;
        once back, `on_connection(True)` and one `on_change` (whatever happened meanwhile is unknown).
        """
        feed: ChangeFeed | None = None
        while not stop.is_set():
            try:
                if feed is None:
                    feed = open_change_feed(self._engine)
                    if on_connection is not None:
                        on_connection(True)
                if feed.wait(interval):
                    on_change()
            except Exception as error:  # the database went away: say so, keep trying
                log.warning("change feed lost: %s", error)
                if feed is not None:
                    _close(feed)
                    feed = None
                    on_change()
                if on_connection is not None:
                    on_connection(False)
                stop.wait(3.0)
        if feed is not None:
            _close(feed)


def _close(feed: ChangeFeed) -> None:
    try:
        feed.close()
    except Exception:  # closing a broken connection may fail; nothing left to do
        log.debug("closing the change feed failed", exc_info=True)
