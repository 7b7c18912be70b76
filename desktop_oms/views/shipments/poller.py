"""The tracking poller in the app's background: a timer that runs a poll in the network pool, and its status-bar label.

Every ten minutes (the first run half a minute after start) the poller asks the carriers about the
shipments that are due, unless the run before is still going. The label says what it is doing
("Tracking: polling 12/40…") and how the last run went; its tooltip lists the errors and the carriers
that were left alone. `stop()` (the window closing) stops the timer and asks a running poll to stop
between requests.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop_oms.domain.users import Actor
from desktop_oms.views.messages import error_text
from desktop_oms.views.shipments.labels import errors_text, skipped_text
from desktop_oms.views.tasks import Task, TaskRunner

EVERY_MS = 10 * 60 * 1000
FIRST_AFTER_MS = 30 * 1000
# At most this many errors are listed in the label's tooltip.
TOOLTIP_ERRORS = 15


class PollOutcome(Protocol):
    """What a poll reports (services.tracking.PollReport fits)."""

    polled: int
    updated: int
    new_events: int
    errors: list[tuple[str, str, str]]
    skipped: list[tuple[str, str]]
    quarantined: int


class Tracker(Protocol):
    """The tracking service's poll (services.tracking.TrackingService fits)."""

    def poll(self, *, actor: Actor, every_open: bool = False, limit: int = ...,
             shipment_ids: Sequence[int] | None = None,
             progress: Callable[[int, int], None] | None = None) -> Any: ...


class BackgroundPoller(QObject):
    """Runs `tracking.poll` on a timer in the "io" pool, one run at a time."""

    started = Signal()
    progress = Signal(int, int)
    finished = Signal(object)  # the run's report
    failed = Signal(str)  # the run's error, in words

    def __init__(self, tracking: Tracker, tasks: TaskRunner, actor: Actor, parent: QObject | None = None, *,
                 every_ms: int = EVERY_MS, first_after_ms: int = FIRST_AFTER_MS) -> None:
        super().__init__(parent)
        self._tracking, self._tasks, self._actor = tracking, tasks, actor
        self._first_after_ms = first_after_ms
        self._task: Task | None = None
        self._runs = 0
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setInterval(every_ms)
        self._timer.timeout.connect(self.run_now)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self._on_first_timeout)
        self.last_report: Any = None
        self.last_run_at: datetime | None = None
        self.last_error = ""

    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def active(self) -> bool:
        """Started and not stopped: runs are coming."""
        return self._timer.isActive() or self._first.isActive()

    def start(self) -> None:
        """The first run after `first_after_ms`, then one every `every_ms`."""
        self._stopped = False
        self._first.start(self._first_after_ms)

    def _on_first_timeout(self) -> None:
        self._timer.start()
        self.run_now()

    def run_now(self) -> bool:
        """A run now, unless one is going; False if it was not started."""
        if self._task is not None or self._stopped:
            return False
        self._runs += 1
        run = self._runs
        self.started.emit()
        self._task = self._tasks.submit(self._tracking.poll, actor=self._actor, pool="io",
                                        on_progress=self.progress.emit,
                                        on_success=lambda report: self._on_succeeded(run, report),
                                        on_failure=lambda error: self._on_failed(run, error),
                                        on_finished=lambda: self._on_finished(run))
        return True

    def stop(self) -> None:
        """No more runs; a running one stops between two requests (what it learnt so far is kept)."""
        self._stopped = True
        self._timer.stop()
        self._first.stop()
        if self._task is not None:
            self._task.cancel()

    def stop_on_close(self, window: QWidget) -> None:
        """Stop when `window` closes."""
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.stop()
        return False

    def _on_succeeded(self, run: int, report: Any) -> None:
        self._on_finished(run)  # a slot of `finished` may start the next run
        self.last_report, self.last_run_at, self.last_error = report, datetime.now().astimezone(), ""
        self.finished.emit(report)

    def _on_failed(self, run: int, error: BaseException) -> None:
        self._on_finished(run)
        self.last_run_at, self.last_error = datetime.now().astimezone(), error_text(error)
        self.failed.emit(self.last_error)

    def _on_finished(self, run: int) -> None:
        if run == self._runs:  # also after a cancelled run, which reports neither
            self._task = None

    def label(self, parent: QWidget | None = None) -> PollerStatusLabel:
        return PollerStatusLabel(self, parent)


class PollerStatusLabel(QLabel):
    """For the status bar: what the poller is doing, or how its last run went."""

    def __init__(self, poller: BackgroundPoller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._poller = poller
        self.setText(self.tr("Tracking: first run shortly"))
        self.setToolTip(self.tr("The carriers are asked about parcels on their way every few minutes"))
        poller.started.connect(self._on_poller_started)
        poller.progress.connect(self._on_poller_progress)
        poller.finished.connect(self._on_poller_finished)
        poller.failed.connect(self._on_poller_failed)

    def _on_poller_started(self) -> None:
        self.setText(self.tr("Tracking: polling…"))
        self.setStyleSheet("")

    def _on_poller_progress(self, done: int, total: int) -> None:
        self.setText(self.tr("Tracking: polling {0}/{1}…").format(f"{done:,}", f"{total:,}"))

    def _on_poller_finished(self, report: PollOutcome) -> None:
        at = f"{datetime.now():%H:%M}"
        errors = len(report.errors)
        if errors:
            text = self.tr("Tracking: last run {0} — {1} polled, {2} updated, {3} errors")
        else:
            text = self.tr("Tracking: last run {0} — {1} polled, {2} updated")
        self.setText(text.format(at, f"{report.polled:,}", f"{report.updated:,}", f"{errors:,}"))
        self.setStyleSheet("color: #a11d1d;" if errors else "")
        lines = [self.tr("{0} new events").format(f"{report.new_events:,}")]
        if report.quarantined:
            lines.append(self.tr("{0} answers set aside as unusable").format(f"{report.quarantined:,}"))
        lines += skipped_text(report.skipped)
        shown = errors_text(report.errors[:TOOLTIP_ERRORS])
        lines += shown
        if errors > len(shown):
            lines.append(self.tr("… and {0} more errors").format(f"{errors - len(shown):,}"))
        self.setToolTip("\n".join(lines))

    def _on_poller_failed(self, message: str) -> None:
        self.setText(self.tr("Tracking: last run {0} failed").format(f"{datetime.now():%H:%M}"))
        self.setStyleSheet("color: #a11d1d;")
        self.setToolTip(message)
