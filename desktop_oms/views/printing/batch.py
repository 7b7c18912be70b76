"""Making packing slips and pick lists: for the orders selected in the queue or a choice of the shop's orders.

The PDF is rendered by the packing service in the "io" pool into a folder the dialog owns; a slip batch shows
its progress and can be stopped (the service then leaves no file). Then the dialog offers the preview,
printing and a saved copy. Enter creates, Esc closes (stopping what still runs).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_oms.domain.errors import NotFound, NothingToPack
from desktop_oms.domain.users import Actor
from desktop_oms.printing.documents import PageSize
from desktop_oms.services.results import PrintedBatch
from desktop_oms.views.printing.jobs import (
    BUSY_STYLE,
    DONE_STYLE,
    ERROR_STYLE,
    PrintRun,
    ask_save_path,
    save_copy,
)
from desktop_oms.views.printing.page_sizes import chosen_size, size_combo
from desktop_oms.views.printing.preview import PdfPreviewDialog
from desktop_oms.views.printing.printer import (
    SlipMaker,
    failure_text,
    scratch_folder,
    stoppable,
)
from desktop_oms.views.printing.progress_row import ProgressRow
from desktop_oms.views.printing.station_settings import StationPrinting
from desktop_oms.views.tasks import Progress, Task, TaskRunner

#: As many orders as the packing service puts on one pick list.
MAX_WAVE = 500
DEFAULT_WAVE = 20


class PickListMaker(Protocol):
    """What the pick-list dialog needs of the packing service (services.packing.PackingService fits)."""

    def write_pick_list(self, out: str | Path, *, actor: Actor, order_nos: Sequence[str] = (),
                        next_n: int | None = None, size: PageSize = PageSize.A4) -> PrintedBatch: ...


class _PdfDialog(QDialog):
    """A heading, a form, a progress row, a message line, Create and Close; the made PDF in its own folder."""

    def __init__(self, tasks: TaskRunner, actor: Actor, selected: Sequence[str], parent: QWidget | None, *,
                 store: QSettings | None) -> None:
        super().__init__(parent)
        self._tasks, self._actor, self._store = tasks, actor, store
        self._selected = list(dict.fromkeys(selected))
        self.folder = scratch_folder(self, "desktop-oms-print-")
        self._task: Task | None = None
        self.batch: PrintedBatch | None = None
        self.preview: PdfPreviewDialog | None = None
        self.setModal(False)
        self.setMinimumWidth(520)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(8)
        self.paper = size_combo(StationPrinting.load(store).slip_size)
        self.progress = ProgressRow()
        retain = self.progress.sizePolicy()
        retain.setRetainSizeWhenHidden(True)  # the dialog keeps its size while the bar comes and goes
        self.progress.setSizePolicy(retain)
        self.progress.stop_requested.connect(self._on_progress_stop_requested)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 2)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(self.tr("C&reate"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.create_button.clicked.connect(self.make_pdf)
        self.buttons.rejected.connect(self.reject)

    def _selected_text(self) -> str:
        if not self._selected:
            return self.tr("The orders selected in the queue (none are selected)")
        if len(self._selected) == 1:
            return self.tr("The selected order {0}").format(self._selected[0])
        return self.tr("The {0} selected orders").format(len(self._selected))

    def _finish_layout(self) -> None:
        for push in self.buttons.buttons():
            if isinstance(push, QPushButton):
                push.setAutoDefault(False)  # Enter creates wherever the focus is
        self.create_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def make_pdf(self) -> None:
        raise NotImplementedError

    def _output(self, stem: str) -> Path:
        return self.folder / f"{stem}-{datetime.now():%Y%m%d-%H%M%S}.pdf"

    def _start(self, work: Callable[..., PrintedBatch], total: int, *, stoppable: bool) -> None:
        if self.preview is not None and isValid(self.preview):
            self.preview.close()  # it shows what is being made anew
        if self.batch is not None:
            with contextlib.suppress(OSError):  # still open elsewhere (Windows): it goes with the folder
                Path(self.batch.path).unlink(missing_ok=True)
        self.batch = None
        self._set_form_enabled(False)
        self.progress.start(total, stoppable=stoppable)
        self._task = self._tasks.submit(work, pool="io", on_success=self._while_open(self._on_made),
                                        on_failure=self._while_open(self._on_failed),
                                        on_progress=self._while_open(self.progress.show_progress),
                                        on_finished=self._while_open(self._on_task_finished))

    def _on_made(self, batch: PrintedBatch) -> None:
        self.batch = batch

    def _on_progress_stop_requested(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._say(self.tr("Stopping…"), BUSY_STYLE)

    def _on_failed(self, error: BaseException) -> None:
        self._say(failure_text(error), ERROR_STYLE)

    def _on_task_finished(self) -> None:
        stopped = self._task is not None and self._task.progress.cancelled
        self._task = None
        self.progress.finish()
        self._set_form_enabled(True)
        if stopped:
            self._say(self._stopped_text(), BUSY_STYLE)

    def _stopped_text(self) -> str:
        return self.tr("Stopped.")

    def _set_form_enabled(self, enabled: bool) -> None:
        self.create_button.setEnabled(enabled)

    def open_preview(self, title: str) -> PdfPreviewDialog | None:
        if self.batch is None:
            return None
        if self.preview is not None and isValid(self.preview) and self.preview.isVisible():
            self.preview.raise_()
            self.preview.activateWindow()
            return self.preview
        self.preview = PdfPreviewDialog(self.batch.path, self._tasks, self, title=title, store=self._store,
                                        suggested_name=Path(self.batch.path).name)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.show()
        return self.preview

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.cancel()  # the service removes what it had written
        super().done(result)

    def _say(self, text: str, style: str) -> None:
        if isValid(self.message):
            self.message.setStyleSheet(style)
            self.message.setText(text)

    def _while_open(self, callback: Callable[..., None]) -> Callable[..., None]:
        """A task's callback that does nothing once the dialog is gone (closed and deleted meanwhile)."""
        def call(*args: Any) -> None:
            if isValid(self):
                callback(*args)
        return call


class SlipBatchDialog(_PdfDialog):
    """Packing slips for the selected orders or for every packed order, in one PDF: preview, print, save."""

    def __init__(self, packing: SlipMaker, tasks: TaskRunner, actor: Actor, selected: Sequence[str] = (),
                 parent: QWidget | None = None, *, store: QSettings | None = None) -> None:
        super().__init__(tasks, actor, selected, parent, store=store)
        self._packing = packing
        self.setWindowTitle(self.tr("Packing slips"))
        self.heading.setText(self.tr("Packing slips"))
        self.selected_radio = QRadioButton(self._selected_text())
        self.packed_radio = QRadioButton(self.tr("All &packed orders"))
        group = QButtonGroup(self)
        group.addButton(self.selected_radio)
        group.addButton(self.packed_radio)
        (self.selected_radio if self._selected else self.packed_radio).setChecked(True)
        self.selected_radio.setEnabled(bool(self._selected))
        choice = QVBoxLayout()
        choice.setSpacing(4)
        choice.addWidget(self.selected_radio)
        choice.addWidget(self.packed_radio)
        orders_label = QLabel(self.tr("Orders"))
        self.form.addRow(orders_label, choice)
        self.form.addRow(self.tr("&Size"), self.paper)
        self.preview_button = self.buttons.addButton(self.tr("Pre&view…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = self.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton(self.tr("Save as P&DF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(lambda: self.open_preview(self.tr("Packing slips")))
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.printing = PrintRun(tasks, self.progress, self._say, self, store=store)
        self.printing.busy_changed.connect(lambda _busy: self._show_result_buttons())
        for widget in (self.selected_radio, self.packed_radio):
            widget.toggled.connect(self._on_choice_changed)
        self.paper.currentIndexChanged.connect(self._on_choice_changed)
        self._finish_layout()
        self._show_result_buttons()
        self._say(self.tr("Choose the orders and the paper, then Create."), BUSY_STYLE)

    def _set_form_enabled(self, enabled: bool) -> None:
        for widget in (self.packed_radio, self.paper):
            widget.setEnabled(enabled)
        self.selected_radio.setEnabled(enabled and bool(self._selected))
        self.create_button.setEnabled(enabled)
        self._show_result_buttons()

    def make_pdf(self) -> None:
        if self._task is not None or self.printing.busy:
            return
        order_nos = self._selected if self.selected_radio.isChecked() else []
        status = None if order_nos else "packed"
        size, path, packing, actor = chosen_size(self.paper), self._output("packing-slips"), self._packing, self._actor

        def work(progress: Progress) -> PrintedBatch:
            return stoppable(progress, lambda: packing.slips(path, actor=actor, order_nos=order_nos, status=status,
                                                             size=size, progress=progress,
                                                             cancelled=lambda: progress.cancelled))

        self._say(self.tr("Making the slips…"), BUSY_STYLE)
        self._start(work, len(order_nos), stoppable=True)

    def _on_made(self, batch: PrintedBatch) -> None:
        super()._on_made(batch)
        slips = self.tr("1 slip") if batch.documents == 1 else self.tr("{0} slips").format(batch.documents)
        pages = self.tr("1 page") if batch.pages == 1 else self.tr("{0} pages").format(batch.pages)
        orders = len(batch.orders)
        text = self.tr("{0}, {1}.").format(slips, pages) if orders == batch.documents else self.tr(
            "{0} for {1} orders, {2}.").format(slips, orders, pages)
        self._say(text + " " + self.tr("Preview, print or save them."), DONE_STYLE)

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, NotFound) and self.packed_radio.isChecked():
            self._say(self.tr("No order is packed at the moment: there are no slips to make."), ERROR_STYLE)
        else:
            super()._on_failed(error)

    def _stopped_text(self) -> str:
        return self.tr("Stopped: no slips were made.")

    def _on_choice_changed(self) -> None:
        if self.batch is not None:  # the buttons always act on what the form says
            self.batch = None
            self._say(self.tr("Create the slips again for the new choice."), BUSY_STYLE)
        self._show_result_buttons()

    def _show_result_buttons(self) -> None:
        made = self.batch is not None and self._task is None
        self.preview_button.setEnabled(made)
        self.print_button.setEnabled(made and not self.printing.busy)
        self.save_button.setEnabled(made)
        if made:
            self.preview_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_print_button_clicked(self) -> None:
        if self.batch is not None and (printer := self.printing.ask_printer(self.batch.pages)) is not None:
            self.printing.print_to(self.batch.path, printer, self.batch.pages)

    def _on_save_button_clicked(self) -> None:
        if self.batch is not None and (target := ask_save_path(self, Path(self.batch.path).name)) is not None:
            save_copy(self._tasks, self.batch.path, target, self._say, busy=self.save_button)


class PickListDialog(_PdfDialog):
    """A pick list for the selected orders or the next N allocated ones nobody packs; made, it opens the preview."""

    def __init__(self, packing: PickListMaker, tasks: TaskRunner, actor: Actor, selected: Sequence[str] = (),
                 parent: QWidget | None = None, *, store: QSettings | None = None) -> None:
        super().__init__(tasks, actor, selected, parent, store=store)
        self._packing = packing
        self.setWindowTitle(self.tr("Pick list"))
        self.heading.setText(self.tr("Pick list"))
        self.selected_radio = QRadioButton(self._selected_text())
        self.next_radio = QRadioButton(self.tr("The &next"))
        self.next_count = QSpinBox()
        self.next_count.setRange(1, MAX_WAVE)
        self.next_count.setValue(DEFAULT_WAVE)
        self.next_count.setMinimumWidth(self.next_count.fontMetrics().horizontalAdvance("8888") + 48)
        next_tail = QLabel(self.tr("allocated orders nobody is packing"))
        group = QButtonGroup(self)
        group.addButton(self.selected_radio)
        group.addButton(self.next_radio)
        (self.selected_radio if self._selected else self.next_radio).setChecked(True)
        self.selected_radio.setEnabled(bool(self._selected))
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_radio)
        next_row.addWidget(self.next_count)
        next_row.addWidget(next_tail, 1)
        choice = QVBoxLayout()
        choice.setSpacing(4)
        choice.addWidget(self.selected_radio)
        choice.addLayout(next_row)
        self.form.addRow(QLabel(self.tr("Orders")), choice)
        self.form.addRow(self.tr("&Size"), self.paper)
        self.preview_button = self.buttons.addButton(self.tr("Pre&view…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(lambda: self.open_preview(self.tr("Pick list")))
        self.next_radio.toggled.connect(self.next_count.setEnabled)
        self.next_count.setEnabled(self.next_radio.isChecked())
        self.next_count.valueChanged.connect(lambda _n: self.next_radio.setChecked(True))
        self._finish_layout()
        self._set_form_enabled(True)
        self._say(self.tr("Choose the orders and the paper, then Create: the preview opens."), BUSY_STYLE)

    def _set_form_enabled(self, enabled: bool) -> None:
        self.next_radio.setEnabled(enabled)
        self.next_count.setEnabled(enabled and self.next_radio.isChecked())
        self.selected_radio.setEnabled(enabled and bool(self._selected))
        self.paper.setEnabled(enabled)
        self.create_button.setEnabled(enabled)
        self.preview_button.setEnabled(enabled and self.batch is not None)

    def make_pdf(self) -> None:
        if self._task is not None:
            return
        self.next_count.interpretText()
        order_nos = self._selected if self.selected_radio.isChecked() else []
        next_n = None if order_nos else self.next_count.value()
        size, path, packing, actor = chosen_size(self.paper), self._output("pick-list"), self._packing, self._actor

        def work() -> PrintedBatch:
            return packing.write_pick_list(path, actor=actor, order_nos=order_nos, next_n=next_n, size=size)

        self._say(self.tr("Making the pick list…"), BUSY_STYLE)
        self._start(work, 0, stoppable=False)

    def _on_made(self, batch: PrintedBatch) -> None:
        super()._on_made(batch)
        pages = self.tr("1 page") if batch.pages == 1 else self.tr("{0} pages").format(batch.pages)
        self._say(self.tr("Pick list for {0} orders, {1}.").format(len(batch.orders), pages), DONE_STYLE)
        self.open_preview(self.tr("Pick list"))

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, NothingToPack) and self.next_radio.isChecked():
            self._say(self.tr("No allocated order is waiting: there is nothing to pick."), ERROR_STYLE)
        else:
            super()._on_failed(error)
