"""Printing a PDF to a system printer with Qt, and the pack bench's slip printer (settings: station_settings.py).

Each PDF page is drawn by QPdfDocument into a QImage at the printer's resolution (at most `MAX_DPI`) and
painted onto a QPrinter. Qt allows painting on a QPrinter outside the GUI thread, so printing runs in the
task runner's "io" pool, a page at a time, reporting every page and stopping when asked.

A printer is named as the system knows it (QPrinterInfo), or as ``PDF:/path/file.pdf``: "printing" into that
PDF file through QPrinter's PdfFormat. That second form is accepted wherever a printer name is (the
station's default printer too), so a station without a printer, and the tests, can print.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    QObject,
    QRectF,
    QSettings,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop_oms.domain.errors import DomainError
from desktop_oms.domain.users import Actor
from desktop_oms.printing.documents import PageSize
from desktop_oms.services.results import PrintedBatch
from desktop_oms.views.messages import error_text
from desktop_oms.views.printing.station_settings import StationPrinting
from desktop_oms.views.tasks import Cancelled, Progress, TaskRunner

if TYPE_CHECKING:
    from desktop_oms.views.printing.preview import PdfPreviewDialog

log = logging.getLogger(__name__)

#: A printer name that starts with this prints into the PDF file named after it.
PDF_PREFIX = "PDF:"
#: Pages are rendered at the printer's resolution up to this many dots per inch (an A4 page: 35 MB).
MAX_DPI = 300

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
T = TypeVar("T")


def _t(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


class PrinterError(DomainError):
    """The printer is not there or will not start, or the PDF cannot be read: the user can fix it."""

    code = "printing.failed"

    def __init__(self, reason: str, target: str, *, detail: str = "") -> None:
        super().__init__(f"{reason}: {target}" + (f" ({detail})" if detail else ""), reason=reason, target=target,
                         detail=detail)

    def text(self) -> str:
        target = target_label(str(self.params["target"]))
        sentences: dict[str, Callable[[], str]] = {
            "missing": lambda: _t("The printer “{0}” is not available on this computer. Choose another one "
                                  "in Settings → Printing.").format(target),
            "not_started": lambda: _t("The printer “{0}” could not start printing. Check that it is on and "
                                      "has paper, then try again.").format(target),
            "unreadable": lambda: _t("The PDF file “{0}” cannot be read.").format(target),
            "not_saved": lambda: _t("The PDF could not be saved as “{0}”: {1}.").format(target,
                                                                                   self.params["detail"]),
        }
        reason = str(self.params["reason"])
        return sentences[reason]() if reason in sentences else str(self)


def failure_text(error: BaseException) -> str:
    """What to tell the user about a failed render or print, in their language."""
    return error.text() if isinstance(error, PrinterError) else error_text(error)


# --- printers ----------------------------------------------------------------------------------


def available_printers() -> list[str]:
    """The system's printers by name, its default printer first."""
    names = list(QPrinterInfo.availablePrinterNames())
    default = QPrinterInfo.defaultPrinterName()
    return sorted(names, key=lambda name: (name != default, name.casefold()))


def printer_for(name: str) -> QPrinter:
    """A QPrinter for a system printer's name or a ``PDF:/path/file.pdf``; PrinterError if there is none."""
    if name.startswith(PDF_PREFIX):
        path = name[len(PDF_PREFIX):].strip()
        if not path:
            raise PrinterError("missing", name)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        return printer
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        raise PrinterError("missing", name)
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def target_name(printer: QPrinter) -> str:
    """How `printer` is named in the settings: the system printer's name, or PDF: and the file."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return PDF_PREFIX + printer.outputFileName()
    return printer.printerName()


def target_label(name: str) -> str:
    """A printer name for people: a PDF: target reads as the file it writes."""
    if name.startswith(PDF_PREFIX):
        return _t("PDF file {0}").format(name[len(PDF_PREFIX):].strip())
    return name


# --- printing a PDF ----------------------------------------------------------------------------


def print_pdf(path: str | Path, printer: QPrinter, progress: ProgressFn | None = None,
              cancelled: CancelledFn | None = None) -> int:
    """The PDF at `path` (all of it, or the page range chosen in the print dialog) on `printer`; the pages
    printed. May run in any thread, but `printer` must not be used elsewhere meanwhile.

    Each page is fitted into the printable area keeping its aspect — turned a quarter when a landscape page
    fits the paper better so, never enlarged — and centred. Into a PDF file the paper takes each page's own
    size and orientation; on a printer too when it has that paper (a 4 × 6 in label on a label printer).
    Stopping (`cancelled()` true, or `progress` raising Cancelled) aborts the print job, and a PDF file being
    written is removed.
    """
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() == 0:
        raise PrinterError("unreadable", str(path))
    pages = _page_range(printer, document.pageCount())
    to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    _take_paper(printer, document.pagePointSize(pages[0]), to_file)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterError("not_started", target_name(printer))
    try:
        for done, index in enumerate(pages):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if done:
                _take_paper(printer, document.pagePointSize(index), to_file)
                if not printer.newPage():
                    raise PrinterError("not_started", target_name(printer))
            _draw_page(painter, printer, document, index)
            if progress is not None:
                progress(done + 1, len(pages))
    except BaseException:
        printer.abort()
        painter.end()
        if to_file:
            with contextlib.suppress(OSError):
                Path(printer.outputFileName()).unlink(missing_ok=True)
        raise
    painter.end()
    document.close()
    log.info("printed %s (%d pages) on %s", path, len(pages), target_name(printer))
    return len(pages)


def _page_range(printer: QPrinter, count: int) -> list[int]:
    """Zero-based page numbers: the print dialog's from/to range when one was chosen, else every page."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), printer.toPage() or count
        chosen = list(range(max(1, first) - 1, min(last, count)))
        if chosen:
            return chosen
    return list(range(count))


def _take_paper(printer: QPrinter, page: QSizeF, to_file: bool) -> None:
    """Set the paper to the page's size and orientation, where the device has such paper."""
    landscape = page.width() > page.height()
    upright = QSizeF(min(page.width(), page.height()), max(page.width(), page.height()))
    size = QPageSize(upright, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    if to_file:
        printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point))
        return
    supported = QPrinterInfo(printer).supportedPageSizes()
    if any(s.isEquivalentTo(size) or (size.id() != QPageSize.PageSizeId.Custom and s.id() == size.id())
           for s in supported):
        printer.setPageSize(size)
        printer.setPageOrientation(orientation)


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, index: int) -> None:
    resolution = printer.resolution()
    area = printer.pageLayout().paintRectPixels(resolution)  # the painter's origin is its top left corner
    page = document.pagePointSize(index)
    target, turned = placement(page, QSizeF(area.width(), area.height()), resolution)
    dots = min(resolution, MAX_DPI) * (target.height() if turned else target.width()) / (page.width() * resolution / 72)
    image = _opaque(document.render(index, QSize(max(1, round(page.width() / 72 * dots)),
                                                 max(1, round(page.height() / 72 * dots)))))
    if not turned:
        painter.drawImage(target, image)
        return
    painter.save()
    painter.translate(target.center())
    painter.rotate(90)
    painter.drawImage(QRectF(-target.height() / 2, -target.width() / 2, target.height(), target.width()), image)
    painter.restore()


def placement(page: QSizeF, area: QSizeF, resolution: int) -> tuple[QRectF, bool]:
    """Where a page of `page` points goes in a printable `area` of device pixels, and whether it is turned
    a quarter to fit: the footprint's rectangle, centred, keeping the aspect, never enlarged."""
    width, height = page.width() * resolution / 72, page.height() * resolution / 72

    def fit(w: float, h: float) -> float:
        return min(1.0, area.width() / w, area.height() / h)

    turned = (width > height) != (area.width() > area.height()) and fit(height, width) > fit(width, height)
    if turned:
        width, height = height, width
    scale = fit(width, height)
    w, h = width * scale, height * scale
    return QRectF((area.width() - w) / 2, (area.height() - h) / 2, w, h), turned


def _opaque(image: QImage) -> QImage:
    """QPdfDocument draws on a transparent page: put it on white paper (and keep the PDF output small)."""
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


def stoppable(progress: Progress, work: Callable[[], T]) -> T:
    """Run `work` in a task; whatever it raises once the user has pressed Stop (a renderer's own
    "cancelled" error, say) ends the task as stopped, not as failed."""
    try:
        return work()
    except Cancelled:
        raise
    except Exception:
        if progress.cancelled:
            raise Cancelled() from None
        raise


def submit_print(tasks: TaskRunner, path: str | Path, printer: QPrinter, *, on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None], on_progress: Callable[[int, int], None] | None = None,
                 on_finished: Callable[[], None] | None = None) -> Any:
    """Print `path` on `printer` in the "io" pool; the returned task's `cancel()` stops it after the page."""
    def work(progress: Progress) -> int:
        return print_pdf(path, printer, progress, lambda: progress.cancelled)

    return tasks.submit(work, pool="io", on_success=on_success, on_failure=on_failure, on_progress=on_progress,
                        on_finished=on_finished)


# --- the pack bench ----------------------------------------------------------------------------


class SlipMaker(Protocol):
    """What printing slips needs of the packing service (services.packing.PackingService fits)."""

    def slips(self, out: str | Path, *, actor: Actor, order_nos: Sequence[str] = (), status: str | None = None,
              size: PageSize = PageSize.A4, progress: ProgressFn | None = None,
              cancelled: CancelledFn | None = None, parcel: int | None = None) -> PrintedBatch: ...


class StationPrinter(QObject):
    """The packing screen's slip printer.

    `print_slip(order_no)` renders the order's slip in the background (into a temporary file) and prints it
    to this station's default printer without a dialog when Settings → Printing says so; otherwise — and when
    that printer is missing — it opens the preview, from which the packer prints. `printed` says the order
    and where it went (a printer's name, or ``PDF:`` and the file); `failed` says why not, in words.
    """

    printed = Signal(str, str)
    failed = Signal(str)

    def __init__(self, packing: SlipMaker, tasks: TaskRunner, actor: Actor, parent: QWidget | None = None, *,
                 store: QSettings | None = None) -> None:
        super().__init__(parent)
        self._packing, self._tasks, self._actor, self._store, self._window = packing, tasks, actor, store, parent
        self._folder = scratch_folder(self, "desktop-oms-slips-")
        self._count = 0
        self.preview: PdfPreviewDialog | None = None  # the last preview opened

    def print_slip(self, order_no: str, parcel: int | None = None) -> None:
        """The order's slip; of an order to several addresses, `parcel`'s slip (all of them without)."""
        setup = StationPrinting.load(self._store)
        self._count += 1
        path = self._folder / f"slip-{_file_part(order_no)}-{self._count}.pdf"
        packing, actor = self._packing, self._actor

        def work(progress: Progress) -> PrintedBatch:
            return stoppable(progress, lambda: packing.slips(path, actor=actor, order_nos=[order_no],
                                                             size=setup.slip_size, progress=progress,
                                                             cancelled=lambda: progress.cancelled, parcel=parcel))

        self._tasks.submit(work, pool="io", on_success=self._alive(lambda batch: self._on_rendered(order_no, batch,
                                                                                                 setup)),
                           on_failure=self._alive(lambda error: self.failed.emit(failure_text(error))))

    def _on_rendered(self, order_no: str, batch: PrintedBatch, setup: StationPrinting) -> None:
        if not setup.prints_without_dialog:
            self._open_preview(order_no, batch.path)
            return
        try:
            printer = printer_for(setup.printer)
        except PrinterError as error:
            self.failed.emit(error.text())
            self._open_preview(order_no, batch.path)
            return

        def printed(_pages: object) -> None:
            with contextlib.suppress(OSError):  # still open elsewhere (Windows): it goes with the folder
                Path(batch.path).unlink(missing_ok=True)
            self.printed.emit(order_no, setup.printer)

        def refused(error: BaseException) -> None:
            self.failed.emit(failure_text(error))
            self._open_preview(order_no, batch.path)

        submit_print(self._tasks, batch.path, printer, on_success=self._alive(printed),
                     on_failure=self._alive(refused))

    def _open_preview(self, order_no: str, path: str) -> None:
        from desktop_oms.views.printing.preview import PdfPreviewDialog  # it prints through this module

        dialog = PdfPreviewDialog(path, self._tasks, self._window, title=self.tr("Packing slip {0}").format(order_no),
                                  store=self._store, delete_when_done=True)
        dialog.printed.connect(lambda target, _pages: self.printed.emit(order_no, target))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.preview = dialog

    def _alive(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """A task's callback that does nothing once this object is gone (the packing screen closed)."""
        def call(value: Any) -> None:
            if isValid(self):
                callback(value)
        return call


def scratch_folder(owner: QObject, prefix: str) -> Path:
    """A new temporary folder, removed with what is in it when `owner` is destroyed (or the program ends)."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    owner.destroyed.connect(lambda *_args: shutil.rmtree(path, ignore_errors=True))
    atexit.register(shutil.rmtree, path, True)
    return path


def _file_part(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text)[:60] or "order"
