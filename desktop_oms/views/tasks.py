"""Background work for the views: a small task runner on QThreadPool with progress, cancel and errors.

A view calls ``tasks.submit(fn, *args, on_success=..., on_failure=..., busy=widget)``. ``fn`` runs in a
pool thread (it opens its own unit of work there, never touching a widget); the callbacks run on the
GUI thread because the signals are queued. ``fn`` may take a keyword argument ``progress`` (a
:class:`Progress`): it reports ``progress(done, total)`` and checks ``progress.cancelled``.
"""

from __future__ import annotations

import inspect
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task that saw its cancel flag; reported as neither success nor failure."""


class Progress:
    """Handed to a task that asks for it: report steps, and ask whether the user cancelled."""

    #: At most one report per this many seconds reaches the GUI thread (the last one always does).
    EVERY = 0.05

    def __init__(self, emit: Callable[[int, int], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        time.sleep(0)  # let the GUI thread have the interpreter between steps of a long job
        now = time.monotonic()
        if done >= total or now - self._last >= self.EVERY:
            self._last = now
            self._emit(done, total)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)
    finished = Signal()


class Task(QRunnable):
    """One call of ``fn`` in a pool thread; its outcome arrives through ``signals``."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = TaskSignals()
        self.progress = Progress(self.signals.progress.emit)
        if _accepts_progress(fn):
            self.kwargs["progress"] = self.progress

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:  # in a pool thread: never touch a widget here
        try:
            try:
                result = self.fn(*self.args, **self.kwargs)
            except Cancelled:
                pass
            except Exception as error:  # every failure goes to the view, which decides how to show it
                if not _is_expected(error):
                    log.exception("background task %s failed", getattr(self.fn, "__qualname__", self.fn))
                self.signals.failed.emit(error)
            else:
                if not self.progress.cancelled:
                    self.signals.succeeded.emit(result)
            finally:
                self.signals.finished.emit()
        except RuntimeError:  # the application quit while this ran: nobody is left to tell
            log.debug("task %s finished after its receivers were gone", getattr(self.fn, "__qualname__", self.fn))


class TaskRunner(QObject):
    """Three pools: database work a user waits for ("db"), slow database scans nobody waits for
    ("slow": page anchors, counts per status), and network and printing ("io").

    The runner keeps every task alive until it has finished, disables what is busy meanwhile,
    and counts what is running so tests (and the status bar) can wait for quiet.
    """

    busy_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, *, db_threads: int = 3, io_threads: int = 4) -> None:
        super().__init__(parent)
        self._db = QThreadPool(self)
        self._db.setMaxThreadCount(db_threads)
        self._io = QThreadPool(self)
        self._io.setMaxThreadCount(io_threads)
        self._slow = QThreadPool(self)
        self._slow.setMaxThreadCount(1)
        self._running: set[Task] = set()

    @property
    def running(self) -> int:
        return len(self._running)

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        busy: QWidget | None = None,
        pool: str = "db",
        **kwargs: Any,
    ) -> Task:
        task = Task(fn, *args, **kwargs)
        if on_success is not None:
            task.signals.succeeded.connect(_unless_closed(on_success))
        if on_failure is not None:
            task.signals.failed.connect(_unless_closed(on_failure))
        if on_progress is not None:
            task.signals.progress.connect(_unless_closed(on_progress))
        if busy is not None:
            busy.setEnabled(False)
        task.signals.finished.connect(lambda: self._done(task, busy, on_finished))
        self._running.add(task)
        self.busy_changed.emit(len(self._running))
        {"io": self._io, "slow": self._slow}.get(pool, self._db).start(task)
        return task

    def _done(self, task: Task, busy: QWidget | None, on_finished: Callable[[], None] | None) -> None:
        self._running.discard(task)
        if busy is not None:
            try:
                busy.setEnabled(True)
            except RuntimeError:  # the widget was closed meanwhile
                pass
        if on_finished is not None:
            _unless_closed(on_finished)()
        self.busy_changed.emit(len(self._running))

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until both pools are idle (for shutdown; tests use qtbot.waitUntil instead)."""
        return all(p.waitForDone(msecs) for p in (self._db, self._io, self._slow))


def _unless_closed(callback: Callable[..., None]) -> Callable[..., None]:
    """The callback, except that an answer arriving for a widget the user has closed meanwhile (the
    window shut while its page was loading) is dropped instead of raising in the event loop."""
    def call(*args: Any) -> None:
        try:
            callback(*args)
        except RuntimeError as error:
            if "already deleted" not in str(error):
                raise
            log.debug("an answer arrived for a closed widget: %s", error)

    return call


def _accepts_progress(fn: Callable[..., Any]) -> bool:
    try:
        return "progress" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def _is_expected(error: BaseException) -> bool:
    """Domain errors and an unreachable database are the user's to see, not a bug to log loudly."""
    from desktop_oms.views.messages import is_known_error

    return is_known_error(error)
