"""Python's cycle collector runs on the GUI thread only.

Left to itself, CPython collects cycles on whichever thread happens to allocate when a threshold
is crossed — often a pool thread running a query. If that collection frees a cycle holding a Qt
object that lives on the GUI thread (a widget's wrapper, a signal connection's closure), Qt
destroys it on the wrong thread, and the process dies with a segmentation fault. So the app turns
automatic collection off and collects from a timer on the GUI thread, by the same generational
thresholds CPython would have used. Reference counting still frees everything that is not in a
cycle at once, on any thread.

Once the main window stands, `freeze` moves what is alive — the modules, classes and widgets of
start-up, most of the heap — out of the collector's sight (`gc.freeze`): a full collection then
walks only what came since, about a millisecond instead of 60 ms or more, so the periodic full
collections no longer stall the screen.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


def collect_if_due(thresholds: tuple[int, int, int]) -> int:
    """Collect the generations whose counts crossed ``thresholds``; the number of objects freed."""
    count0, count1, count2 = gc.get_count()
    if count0 <= thresholds[0]:
        return 0
    if count1 < thresholds[1]:
        return gc.collect(0)
    if count2 < thresholds[2]:
        return gc.collect(1)
    return gc.collect(2)


class GuiThreadCollector(QObject):
    """Owns cycle collection while it lives: automatic collection off, a GUI-thread timer instead."""

    #: How often the counts are looked at; a look costs a microsecond.
    INTERVAL_MS = 100

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> int:
        return collect_if_due(self._thresholds)

    def freeze(self) -> None:
        """Leave every object alive now out of later collections (start-up is over). The young
        generations are collected first; a full collection of the whole heap, the stall this
        avoids, is not: a full collection at that moment finds no garbage on the demo shop (measured)."""
        gc.collect(1)
        gc.freeze()

    def stop(self) -> None:
        """Hand collection back to CPython (as it was before this collector started)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
