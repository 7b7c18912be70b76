"""Settings → Printing: this station's name, its default printer, printing at the pack bench, the slip size.

Every user may set them; they belong to this computer (QSettings), not to the shop's database. "Print a test
page" prints one page through the printer chosen here, in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_oms.views.printing.alignment_page import lines_of_test_page, print_test_page
from desktop_oms.views.printing.jobs import BUSY_STYLE, DONE_STYLE, ERROR_STYLE
from desktop_oms.views.printing.page_sizes import chosen_size, size_combo
from desktop_oms.views.printing.printer import (
    PDF_PREFIX,
    PrinterError,
    available_printers,
    failure_text,
    printer_for,
    target_label,
    target_name,
)
from desktop_oms.views.printing.station_settings import StationPrinting, host_name
from desktop_oms.views.tasks import TaskRunner

#: As long as the packing service lets a station's name be.
MAX_STATION = 64
NOTE_STYLE = "color: #555;"


class PrintingSettingsPage(QWidget):
    """`load()` shows what is stored, `save()` stores what is shown; `settings()` is what is shown."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None, *, store: QSettings | None = None) -> None:
        super().__init__(parent)
        self._tasks, self._store = tasks, store
        self._printer: QPrinter | None = None
        note = QLabel(self.tr("These settings belong to this computer: each station sets its own."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.station = QLineEdit()
        self.station.setMaxLength(MAX_STATION)
        self.station.setPlaceholderText(host_name())
        self.station.setToolTip(self.tr("Shown on the packing screen and in the scan log"))
        self.printer = QComboBox()
        self.printer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.printer.setMinimumContentsLength(24)
        self.skip_dialog = QCheckBox(self.tr("Print &without a dialog at the pack bench"))
        self.skip_dialog.setToolTip(self.tr("Packing slips go straight to the default printer; otherwise the "
                                            "preview opens first"))
        self.slip_size = size_combo()
        self.test_button = QPushButton(self.tr("Print a test pa&ge"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.no_printer_note = QLabel(self.tr("This computer has no printer set up: slips open in the preview, "
                                              "from which they can be saved as PDF."))
        self.no_printer_note.setWordWrap(True)
        self.no_printer_note.setStyleSheet(NOTE_STYLE)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("S&tation name"), self.station)
        form.addRow(self.tr("Default &printer"), self.printer)
        form.addRow("", self.no_printer_note)
        form.addRow("", self.skip_dialog)
        form.addRow(self.tr("Slip si&ze"), self.slip_size)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_result, 1)
        form.addRow("", test_row)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addStretch(1)
        self.printer.currentIndexChanged.connect(self._on_printer_current_index_changed)
        self.load()

    def load(self) -> None:
        stored = StationPrinting.load(self._store)
        self.station.setText(stored.station)
        printers = available_printers()
        self.printer.clear()
        self.printer.addItem(self.tr("Always ask"), "")
        for name in printers:
            self.printer.addItem(name, name)
        if stored.printer and stored.printer not in printers:  # unplugged, or a PDF file
            label = target_label(stored.printer) if stored.printer.startswith(PDF_PREFIX) else self.tr(
                "{0} (not available)").format(stored.printer)
            self.printer.addItem(label, stored.printer)
        self.printer.setCurrentIndex(max(0, self.printer.findData(stored.printer)))
        self.no_printer_note.setVisible(not printers)
        self.skip_dialog.setChecked(stored.skip_dialog)
        self.slip_size.setCurrentIndex(max(0, self.slip_size.findData(str(stored.slip_size))))
        self._on_printer_current_index_changed()

    def settings(self) -> StationPrinting:
        printer = str(self.printer.currentData() or "")
        return StationPrinting(station=" ".join(self.station.text().split()) or host_name(), printer=printer,
                               skip_dialog=self.skip_dialog.isChecked() and bool(printer),
                               slip_size=chosen_size(self.slip_size))

    def save(self) -> None:
        self.settings().save(self._store)

    def _on_printer_current_index_changed(self) -> None:
        chosen = bool(self.printer.currentData())
        self.skip_dialog.setEnabled(chosen)
        self.skip_dialog.setToolTip("" if chosen else self.tr("Choose a default printer first"))

    def _on_test_button_clicked(self) -> None:
        shown = self.settings()
        if shown.printer:
            try:
                printer = printer_for(shown.printer)
            except PrinterError as error:
                self._say(error.text(), ERROR_STYLE)
                return
        else:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return
        self._printer = printer  # alive until printed
        target = target_name(printer)
        self._say(self.tr("Printing a test page on {0}…").format(target_label(target)), BUSY_STYLE)
        self._tasks.submit(print_test_page, printer, lines_of_test_page(shown.station, target), pool="io",
                           busy=self.test_button,
                           on_success=self._while_open(lambda _pages: self._say(
                               self.tr("The test page went to {0}.").format(target_label(target)), DONE_STYLE)),
                           on_failure=self._while_open(lambda error: self._say(failure_text(error), ERROR_STYLE)))

    def _say(self, text: str, style: str) -> None:
        self.test_result.setStyleSheet(style)
        self.test_result.setText(text)

    def _while_open(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            if isValid(self):
                callback(value)
        return call
