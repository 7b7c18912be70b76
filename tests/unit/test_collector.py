"""The cycle collector runs where the app puts it: on the GUI thread, by CPython's thresholds."""

from __future__ import annotations

import gc
import threading
import weakref

from pytestqt.qtbot import QtBot

from desktop_oms.views.collector import GuiThreadCollector, collect_if_due


class _Node:
    def __init__(self) -> None:
        self.me = self


def test_nothing_is_collected_below_the_first_threshold() -> None:
    gc.collect()
    assert collect_if_due((10_000_000, 10, 10)) == 0


def test_a_cycle_is_freed_once_the_first_threshold_is_crossed() -> None:
    gc.collect()
    node = _Node()
    gone = weakref.ref(node)
    del node
    assert gone() is not None  # a cycle: reference counting alone cannot free it
    collect_if_due((0, 10, 10))
    assert gone() is None


def test_a_cycle_made_on_a_pool_thread_is_freed_on_the_gui_thread(qtbot: QtBot, qapp: object) -> None:
    freed_on: list[str] = []

    class Watched:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            freed_on.append(threading.current_thread().name)

    def make_cycles() -> None:
        for _ in range(5_000):  # well past CPython's first threshold (700)
            Watched()

    collector = GuiThreadCollector(qapp)  # type: ignore[arg-type]
    try:
        assert not gc.isenabled()
        worker = threading.Thread(target=make_cycles, name="pool")
        worker.start()
        worker.join()
        assert freed_on.count("pool") == 0
        qtbot.waitUntil(lambda: len(freed_on) == 5_000, timeout=5_000)
        assert set(freed_on) == {threading.main_thread().name}
    finally:
        collector.stop()


def test_after_freeze_a_full_collection_walks_only_what_came_since(qapp: object) -> None:
    keep = [[_Node() for _ in range(50)] for _ in range(4_000)]  # a big start-up heap (200,000 cycles kept)
    collector = GuiThreadCollector(qapp)  # type: ignore[arg-type]
    try:
        gc.collect()  # the survivors go to the oldest generation
        assert len(gc.get_objects(generation=2)) >= 200_000  # what every full collection would walk
        collector.freeze()
        assert gc.get_freeze_count() >= 200_000
        node = _Node()
        gone = weakref.ref(node)
        del node
        gc.collect()
        assert gone() is None  # what came after the freeze is still collected
        assert len(gc.get_objects(generation=2)) < 10_000  # and the start-up heap is no longer walked
    finally:
        gc.unfreeze()
        collector.stop()
        del keep
