"""Live updates: a watcher thread tells the window when another station changed the shared data."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal


class LiveUpdates(QObject):
    """Runs `watch(on_change, stop, on_connection=...)` (the change service) in a thread of its own.

    Changes are coalesced: at most one `changed` per `min_interval_ms`, so a burst of writes at another
    station costs one refresh here.
    """

    changed = Signal()
    connection_changed = Signal(bool)
    _raw_change = Signal()

    def __init__(self, watch: Callable[..., None], parent: QObject | None = None, *,
                 min_interval_ms: int = 700) -> None:
        super().__init__(parent)
        self._watch = watch
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(min_interval_ms)
        self._timer.timeout.connect(self.changed)
        self._raw_change.connect(self._on_raw_change)

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="live-updates", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _run(self) -> None:  # the watcher thread: only emits signals (queued to the GUI thread)
        self._watch(self._raw_change.emit, self._stop, on_connection=self.connection_changed.emit)

    def _on_raw_change(self) -> None:
        if not self._timer.isActive():
            self._timer.start()
