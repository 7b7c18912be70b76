"""Printing or saving a finished PDF from a dialog: ask for the printer or the file, then do it in the background."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from shiboken6 import isValid

from desktop_oms.views.printing.printer import (
    PrinterError,
    failure_text,
    printer_for,
    submit_print,
    target_label,
    target_name,
)
from desktop_oms.views.printing.progress_row import ProgressRow
from desktop_oms.views.printing.station_settings import StationPrinting
from desktop_oms.views.tasks import Task, TaskRunner

ERROR_STYLE = "color: #a11d1d;"
DONE_STYLE = "color: #0f6b5c;"
BUSY_STYLE = "color: #555;"

Say = Callable[[str, str], None]


def _t(text: str) -> str:
    return QCoreApplication.translate("PdfJobs", text)


class PrintRun(QObject):
    """One dialog's printing: the print dialog, then the job in the "io" pool shown in `row` (Stop stops it)
    and told through `say(text, style)`. `printed` says where it went and how many pages; `busy_changed`
    when a job starts and ends."""

    printed = Signal(str, int)
    busy_changed = Signal(bool)

    def __init__(self, tasks: TaskRunner, row: ProgressRow, say: Say, parent: QWidget, *,
                 store: QSettings | None = None) -> None:
        super().__init__(parent)
        self._tasks, self._row, self._say, self._window, self._store = tasks, row, say, parent, store
        self._job: Task | None = None
        self._printer: QPrinter | None = None
        row.stop_requested.connect(self.stop)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def ask_printer(self, pages: int) -> QPrinter | None:
        """The print dialog, offering this station's printer; the printer set up there, or None."""
        if self.busy:
            return None
        printer = self.offered_printer()
        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setMinMax(1, max(1, pages))
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def offered_printer(self) -> QPrinter:
        """This station's default printer when it is there, else the system's default printer."""
        name = StationPrinting.load(self._store).printer
        if name:
            try:
                return printer_for(name)
            except PrinterError:
                pass
        return QPrinter(QPrinter.PrinterMode.HighResolution)

    def print_to(self, path: str | Path, printer: QPrinter, pages: int, *,
                 on_finished: Callable[[], None] | None = None) -> None:
        """Print in the background; `on_finished` runs when the job is over, even after the dialog is gone."""
        self._printer = printer  # alive until the job is done
        target = target_name(printer)
        self._say(self.tr("Printing on {0}…").format(target_label(target)), BUSY_STYLE)
        self._row.start(pages)

        def finished() -> None:
            if on_finished is not None:
                on_finished()
            if isValid(self):
                self._on_job_finished()

        self._job = submit_print(self._tasks, path, printer,
                                 on_success=self._while_alive(lambda done: self._on_printed(target, done)),
                                 on_failure=self._while_alive(lambda error: self._say(failure_text(error),
                                                                                      ERROR_STYLE)),
                                 on_progress=self._while_alive(self._row.show_progress), on_finished=finished)
        self.busy_changed.emit(True)

    def stop(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._say(self.tr("Stopping after this page…"), BUSY_STYLE)

    def _on_printed(self, target: str, pages: int) -> None:
        self._say(self.tr("Printed {0} pages on {1}.").format(pages, target_label(target)), DONE_STYLE)
        self.printed.emit(target, pages)

    def _on_job_finished(self) -> None:
        if self._job is not None and self._job.progress.cancelled:
            self._say(self.tr("Printing stopped."), BUSY_STYLE)
        self._job = None
        self._printer = None
        if isValid(self._row):
            self._row.finish()
        self.busy_changed.emit(False)

    def _while_alive(self, callback: Callable[..., None]) -> Callable[..., None]:
        """A task's callback that does nothing once the dialog (and so this object) is gone."""
        def call(*args: Any) -> None:
            if isValid(self):
                callback(*args)
        return call


def ask_save_path(parent: QWidget, suggested_name: str) -> Path | None:
    """The save dialog in the Documents folder; the chosen path ends in .pdf."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(parent, _t("Save as PDF"), str(Path(folder) / suggested_name),
                                                _t("PDF files (*.pdf)"))
    if not path:
        return None
    target = Path(path)
    return target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")


def save_copy(tasks: TaskRunner, source: str | Path, target: Path, say: Say, *, busy: QWidget) -> None:
    """Copy the PDF in the "io" pool (`busy` disabled meanwhile) and say how it went, unless `busy` is gone."""
    say(_t("Saving…"), BUSY_STYLE)

    def alive(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            if isValid(busy):
                callback(value)
        return call

    tasks.submit(copy_pdf, source, target, pool="io", busy=busy,
                 on_success=alive(lambda _none: say(_t("Saved as {0}").format(target), DONE_STYLE)),
                 on_failure=alive(lambda error: say(failure_text(error), ERROR_STYLE)))


def copy_pdf(source: str | Path, target: str | Path) -> None:
    """In a pool thread; a refusal (no room, no permission) becomes a PrinterError the user can read."""
    try:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    except OSError as error:
        raise PrinterError("not_saved", str(target), detail=error.strerror or type(error).__name__) from error
