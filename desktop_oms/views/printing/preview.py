"""The PDF preview: every page of a slip batch or a pick list, zoom, printing in the background, a saved copy.

PageUp / PageDown turn the pages, Ctrl+P prints (through the print dialog, then in the "io" pool with a
progress bar and Stop), Ctrl+S saves a copy as PDF, Esc closes. Closing while a print job runs lets the job
finish.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMargins, QPointF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.views.printing.jobs import ERROR_STYLE, PrintRun, ask_save_path, save_copy
from desktop_oms.views.printing.printer import PrinterError
from desktop_oms.views.printing.progress_row import ProgressRow
from desktop_oms.views.tasks import TaskRunner

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 6.0)
DESK_COLOUR = "#c9cdd3"


@dataclass
class _File:
    """The previewed file's fate, shared with print jobs that may outlive the dialog."""

    path: Path
    delete_when_done: bool
    jobs: int = 0
    closed: bool = False

    def release(self) -> None:
        if self.delete_when_done and self.closed and self.jobs == 0:
            with contextlib.suppress(OSError):  # still open elsewhere (Windows): it goes with its folder
                self.path.unlink(missing_ok=True)


class PdfPreviewDialog(QDialog):
    """`printed` says where the PDF went (a printer's name, or PDF: and the file) and how many pages.

    With `delete_when_done` the file is removed once the dialog is closed and no print job needs it."""

    printed = Signal(str, int)

    def __init__(self, path: str | Path, tasks: TaskRunner, parent: QWidget | None = None, *, title: str = "",
                 store: QSettings | None = None, delete_when_done: bool = False, suggested_name: str = "") -> None:
        super().__init__(parent)
        self._tasks, self._store = tasks, store
        self._file = _File(Path(path), delete_when_done)
        self._suggested = suggested_name or self._file.path.name
        self.setWindowTitle(title or self.tr("Preview"))
        self.setModal(False)
        self.resize(720, 860)

        self.document = QPdfDocument(self)
        loaded = self.document.load(str(path)) == QPdfDocument.Error.None_ and self.document.pageCount() > 0
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocumentMargins(QMargins(12, 12, 12, 12))
        desk = self.view.viewport().palette()
        desk.setColor(QPalette.ColorRole.Dark, QColor(DESK_COLOUR))
        desk.setColor(QPalette.ColorRole.Window, QColor(DESK_COLOUR))
        self.view.viewport().setPalette(desk)
        self.view.viewport().setAutoFillBackground(True)
        self.navigator = self.view.pageNavigator()
        self.navigator.currentPageChanged.connect(self._on_navigator_current_page_changed)

        self.previous_button = self._tool(self.tr("‹"), self.tr("Previous page (Page Up)"), self.previous_page)
        self.next_button = self._tool(self.tr("›"), self.tr("Next page (Page Down)"), self.next_page)
        self.page_label = QLabel()
        self.page_label.setMinimumWidth(self.page_label.fontMetrics().horizontalAdvance("Page 888 of 888") + 12)
        self.fit_button = self._tool(self.tr("Fit &width"), self.tr("Fit the page to the window's width"),
                                     self.fit_width)
        self.zoom_out_button = self._tool("−", self.tr("Zoom out (Ctrl+−)"), lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in_button = self._tool("+", self.tr("Zoom in (Ctrl++)"), lambda: self.zoom_by(ZOOM_STEP))
        for button in (self.previous_button, self.next_button, self.zoom_out_button, self.zoom_in_button):
            button.setMinimumWidth(button.sizeHint().height() + 4)

        self.progress = ProgressRow()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton(self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for push in self.buttons.buttons():
            if isinstance(push, QPushButton):
                push.setAutoDefault(False)  # Enter never prints by accident
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self.printing = PrintRun(tasks, self.progress, self._say, self, store=store)
        self.printing.printed.connect(self.printed)
        self.printing.busy_changed.connect(lambda busy: self.print_button.setEnabled(not busy))

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        keys: list[tuple[QKeySequence | QKeySequence.StandardKey | Qt.Key, Callable[[], None]]] = [
            (QKeySequence(Qt.Key.Key_PageDown), self.next_page), (QKeySequence(Qt.Key.Key_PageUp), self.previous_page),
            (QKeySequence.StandardKey.Print, self._on_print_button_clicked),
            (QKeySequence.StandardKey.Save, self._on_save_button_clicked),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(ZOOM_STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(1 / ZOOM_STEP)),
        ]
        for key, slot in keys:
            QShortcut(key, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        if not loaded:
            self._say(PrinterError("unreadable", str(path)).text(), ERROR_STYLE)
            for widget in (self.print_button, self.save_button, self.fit_button, self.zoom_in_button,
                           self.zoom_out_button):
                widget.setEnabled(False)
        self._show_page(0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- pages and zoom ------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @property
    def current_page(self) -> int:
        """Zero-based, as QPdfPageNavigator counts."""
        return self.navigator.currentPage()

    def go_to_page(self, page: int) -> None:
        if self.page_count:
            self.navigator.jump(max(0, min(page, self.page_count - 1)), QPointF(), 0)

    def next_page(self) -> None:
        self.go_to_page(self.current_page + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page - 1)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def zoom_by(self, factor: float) -> None:
        zoom = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], self._zoom() * factor))
        down, across = self.view.verticalScrollBar(), self.view.horizontalScrollBar()
        place = (down.value() / max(1, down.maximum()),
                 across.value() / across.maximum() if across.maximum() else 0.5)  # the middle of a page that fitted
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)

        def keep_place() -> None:  # once the view has laid the pages out anew
            down.setValue(round(place[0] * down.maximum()))
            across.setValue(round(place[1] * across.maximum()))

        QTimer.singleShot(0, self, keep_place)

    def _zoom(self) -> float:
        """The zoom in effect: in fit-to-width mode the view's zoom factor stays 1, so compute it."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or not self.page_count:
            return self.view.zoomFactor()
        widest = max(self.document.pagePointSize(n).width() for n in range(self.page_count))
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        return max(0.01, room / (widest * self.view.logicalDpiX() / 72))

    def _on_navigator_current_page_changed(self, page: int) -> None:
        self._show_page(page)

    def _show_page(self, page: int) -> None:
        count = self.page_count
        self.page_label.setText(self.tr("Page {0} of {1}").format(page + 1 if count else 0, count))
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)

    # -- printing ------------------------------------------------------------------------------

    def _on_print_button_clicked(self) -> None:
        if self.print_button.isEnabled() and (printer := self.printing.ask_printer(self.page_count)) is not None:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the whole PDF (or the range chosen in the print dialog) on `printer`, in the background."""
        self.printing.print_to(self._file.path, printer, self.page_count, on_finished=self._job_done())

    def _job_done(self) -> Callable[[], None]:
        """Counts the job, and when it ends lets the file go (even when the dialog is gone by then)."""
        file = self._file
        file.jobs += 1

        def done() -> None:
            file.jobs -= 1
            file.release()
        return done

    # -- saving --------------------------------------------------------------------------------

    def _on_save_button_clicked(self) -> None:
        if self.save_button.isEnabled() and (target := ask_save_path(self, self._suggested)) is not None:
            self.save_to(target)

    def save_to(self, path: str | Path) -> None:
        """A copy of the PDF at `path`, written in the background."""
        save_copy(self._tasks, self._file.path, Path(path), self._say, busy=self.save_button)

    # -- closing -------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self._file.closed = True
        if self._file.delete_when_done and self._file.jobs == 0:
            self.document.close()  # Windows will not remove a file that is open
        self._file.release()
        super().done(result)

    # -- helpers -------------------------------------------------------------------------------

    def _tool(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(False)
        button.clicked.connect(slot)
        return button

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)

