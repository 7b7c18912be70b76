"""The packing tab: a scanner-only flow from "next order" to "shipped", with no mouse at any step.

Enter (or an order barcode) claims an order for this station; every item is scanned and
counted on the spot (PackCheck, on the GUI thread, so the feedback is instant); a wrong, extra
or unknown code turns the banner red with a buzz and counts nothing; Ctrl+Z takes the last
scan back; Esc twice gives the order back. When every line is complete the order is packed
and its slip printed, and the screen waits for the carrier's tracking label; that scan ships
the order and the next one is claimed. Every scan goes to the scan log in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain import carriers
from desktop_oms.domain.carriers import Carrier
from desktop_oms.domain.errors import InvalidValue, NothingToPack
from desktop_oms.domain.packing import PackCheck, ScanResult, normalise_code
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services.results import PackedOrder, PackOrder, ScanVerdict, ShipResult
from desktop_oms.views.messages import error_text, payment_method_label
from desktop_oms.views.packing.lines_model import THUMB, PackLinesModel
from desktop_oms.views.packing.scan_input import ScanInput
from desktop_oms.views.packing.sounds import Sounds
from desktop_oms.views.tasks import TaskRunner

#: Esc must be pressed twice within this time to give an order back.
ABANDON_CONFIRM_MS = 3000


class Stage(StrEnum):
    IDLE = "idle"  # no order: Enter or an order barcode claims one
    PACKING = "packing"  # scanning items
    LABEL = "label"  # packed: waiting for the tracking label
    CARRIER = "carrier"  # the label fits several carriers (or none): the packer picks one


class Tone(StrEnum):
    INFO = "info"
    GOOD = "good"
    BAD = "bad"
    WARN = "warn"


_BANNER_STYLE = {
    Tone.INFO: "background:#e8eef7; color:#1a3d6d;",
    Tone.GOOD: "background:#2e7d32; color:white;",
    Tone.BAD: "background:#c62828; color:white;",
    Tone.WARN: "background:#f9a825; color:#222;",
}


class PackingPanel(QWidget):
    order_packed = Signal(str)
    order_shipped = Signal(str)

    def __init__(self, packing: Any, tasks: TaskRunner, actor: Actor, station: str, *,
                 print_slip: Callable[[str, int | None], None] | None = None, sounds: Sounds | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._packing, self._tasks, self._actor, self.station = packing, tasks, actor, station
        self._print_slip = print_slip
        self.sounds = sounds or Sounds(self)
        self.stage = Stage.IDLE
        self.order: PackOrder | None = None
        self.check: PackCheck | None = None
        self._tracking = ""  # the label scanned, while the packer picks its carrier
        self._choices: tuple[Carrier, ...] = ()
        self._forced: Carrier | None = None
        self._last_carrier = ""
        self._abandon_armed = False
        self._busy = False
        self._next_when_done = False
        self._next_parcel_of = ""  # an order sent to several addresses whose next parcel comes up next
        self._build()
        self._show_idle(self.tr("Press Enter for the next order, or scan an order's barcode."))

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QLabel()
        self.banner.setObjectName("packingBanner")
        self.banner.setWordWrap(True)
        self.banner.setMinimumHeight(84)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setFont(_scaled(self.font(), 2.0, bold=True))
        self.detail = QLabel()
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setFont(_scaled(self.font(), 1.3))
        self.detail.setWordWrap(True)

        self.scan = ScanInput()
        self.scan.setPlaceholderText(self.tr("Scan here"))
        self.scan.submitted.connect(self._on_submitted)
        self.scan.setAccessibleName(self.tr("Scan box"))

        self.order_label = QLabel()
        self.order_label.setFont(_scaled(self.font(), 2.4, bold=True))
        self.order_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.ship_to_label = QLabel()
        self.ship_to_label.setFont(_scaled(self.font(), 1.25))
        self.ship_to_label.setWordWrap(True)
        self.payment_label = QLabel()
        self.payment_label.setFont(_scaled(self.font(), 1.25, bold=True))
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setFont(_scaled(self.font(), 1.2))
        self.notes_label.setStyleSheet("background:#fff8c4; color:#3d3000; padding:6px; border-radius:4px;")
        self.notes_label.hide()

        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setMinimumHeight(30)
        self.progress.setFont(_scaled(self.font(), 1.2, bold=True))

        self.model = PackLinesModel()
        self.lines_view = QTableView()
        self.lines_view.setModel(self.model)
        self.lines_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_view.setIconSize(self.lines_view.iconSize().expandedTo(QSize(THUMB, THUMB)))
        self.lines_view.verticalHeader().setDefaultSectionSize(THUMB + 12)
        self.lines_view.verticalHeader().hide()
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(PackLinesModel.PICTURE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(PackLinesModel.PICTURE, THUMB + 16)
        header.setSectionResizeMode(PackLinesModel.SKU, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PackLinesModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PackLinesModel.LOCATION, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PackLinesModel.COUNT, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(PackLinesModel.COUNT, 170)

        self.carrier_list = QListWidget()
        self.carrier_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.carrier_list.setFont(_scaled(self.font(), 1.4))
        self.carrier_list.setMaximumWidth(420)
        self.carrier_list.hide()

        self.last_label = QLabel()
        self.last_label.setStyleSheet("color:#555;")
        self.hints = QLabel(self.tr("Enter: next order · Ctrl+Z: undo the last scan · Esc twice: give the order "
                                    "back · F4: choose the carrier · F6: print the slip again"))
        self.hints.setStyleSheet("color:#555;")
        self.station_label = QLabel(self.tr("Station: {0}").format(self.station))
        self.station_label.setStyleSheet("color:#555;")

        order_box = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.order_label)
        top.addStretch(1)
        top.addWidget(self.payment_label)
        order_box.addLayout(top)
        order_box.addWidget(self.ship_to_label)
        order_box.addWidget(self.notes_label)
        middle = QHBoxLayout()
        middle.addWidget(self.lines_view, 1)
        middle.addWidget(self.carrier_list)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.detail)
        layout.addWidget(self.scan)
        layout.addWidget(rule)
        layout.addLayout(order_box)
        layout.addWidget(self.progress)
        layout.addLayout(middle, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.station_label)
        foot.addWidget(self.last_label, 1)
        foot.addWidget(self.hints)
        layout.addLayout(foot)

        self.scan.undo_requested.connect(self.undo)
        self.scan.escape_pressed.connect(self.escape)
        for keys, slot in ((QKeySequence("F4"), self.choose_carrier), (QKeySequence("F6"), self.reprint)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._abandon_timer = QTimer(self)
        self._abandon_timer.setSingleShot(True)
        self._abandon_timer.setInterval(ABANDON_CONFIRM_MS)
        self._abandon_timer.timeout.connect(self._disarm_abandon)
        if not actor_can_pack(self._actor):
            self.scan.setEnabled(False)
            self._say(Tone.WARN, self.tr("Your role may not pack orders."))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.scan.setFocus()

    # --- what the packer does ------------------------------------------------------------

    def _on_submitted(self, text: str, source: str) -> None:
        code = normalise_code(text)
        if self._busy:
            self._say(Tone.WARN, self.tr("One moment — still saving the last step."), keep_detail=True)
            self.sounds.play("error")
            return
        if self.stage is Stage.IDLE:
            if code:
                self._claim(code)
            else:
                self.next_order()
        elif self.stage is Stage.PACKING:
            if code:
                self._scan_item(code, source)
            else:
                self._say(Tone.INFO, self.tr("Scan the next item of {0}.").format(self._order_no()))
        elif self.stage is Stage.LABEL:
            if code:
                self._scan_label(text)
            else:
                self._say(Tone.INFO, self.tr("Scan the carrier's tracking label."))
        elif self.stage is Stage.CARRIER:
            self._choose(code)

    def next_order(self) -> None:
        if self.stage is not Stage.IDLE or self._busy:
            return
        self._start(self.tr("Taking the next order…"))
        self._tasks.submit(self._packing.claim_next, self.station, actor=self._actor,
                           on_success=self._claimed, on_failure=self._claim_failed, on_finished=self._done)

    def _claim(self, order_no: str) -> None:
        self._start(self.tr("Taking order {0}…").format(order_no))
        self._tasks.submit(self._packing.claim, order_no, self.station, actor=self._actor,
                           on_success=self._claimed, on_failure=self._claim_failed, on_finished=self._done)

    def _claimed(self, order: PackOrder) -> None:
        self.order = order
        self.check = PackCheck(order.order_no, order.lines)
        self.model.set_lines(self.check.lines)
        self.lines_view.setColumnHidden(PackLinesModel.PICTURE, not any(ln.image_path for ln in order.lines))
        self.lines_view.setColumnHidden(PackLinesModel.LOCATION, not any(ln.location for ln in order.lines))
        self._show_order(order)
        self._load_pictures(order)
        continuing, self._next_parcel_of = self._next_parcel_of == order.order_no, ""
        if order.status == "packed" or order.parcel_packed:
            self.stage = Stage.LABEL
            if order.parcels > 1:
                self._say(Tone.INFO, self.tr("Parcel {0} of {1} of {2} is packed. Scan its tracking label.")
                          .format(order.parcel, order.parcels, order.order_no))
            else:
                self._say(Tone.INFO, self.tr("{0} is packed. Scan the carrier's tracking label (F6 prints the "
                                             "slip again).").format(order.order_no))
        else:
            self.stage = Stage.PACKING
            if order.parcels > 1 and (continuing or not order.resumed):
                self._say(Tone.INFO, self.tr("{0} goes to {1} addresses. Parcel {2} of {1}: scan its {3} units.")
                          .format(order.order_no, order.parcels, order.parcel, order.units))
            elif order.resumed:
                self._say(Tone.WARN, self.tr("{0} was still open at this station: scan all its items again.")
                          .format(order.order_no))
            else:
                self._say(Tone.INFO, self.tr("Scan the items of {0}: {1} units.").format(order.order_no,
                                                                                        order.units))
        self._update_progress()

    def _claim_failed(self, error: BaseException) -> None:
        if isinstance(error, NothingToPack):
            self._show_idle(self.tr("No order is waiting to be packed. Press Enter to look again."))
            return
        self.sounds.play("error")
        self._show_idle(error_text(error), tone=Tone.BAD)

    def _scan_item(self, code: str, source: str) -> None:
        assert self.check is not None and self.order is not None
        if code.casefold() == self.order.order_no.casefold():
            self._say(Tone.INFO, self.tr("That is this order's own barcode: scan its items."))
            return
        outcome = self.check.scan(code)
        line = self.check.lines[outcome.line] if outcome.line is not None else None
        typed = source != "scanner"
        if outcome.result in (ScanResult.COUNTED, ScanResult.COMPLETED) and line is not None:
            self.model.update_lines(self.check.lines)
            self._say(Tone.GOOD, self.tr("✓ {0} — {1}  {2} / {3}").format(line.sku, line.name, line.scanned,
                                                                       line.required),
                      detail=self.tr("typed") if typed else "")
            self.sounds.play("done" if outcome.result is ScanResult.COMPLETED else "ok")
        elif outcome.result is ScanResult.TOO_MANY and line is not None:
            self.model.update_lines(self.check.lines, flash=outcome.line)
            self._say(Tone.BAD, self.tr("✗ One too many: {0} needs {1}. Put it back.").format(line.sku,
                                                                                           line.required))
            self.sounds.play("error")
        else:
            self.model.update_lines(self.check.lines)
            self._say(Tone.BAD, self.tr("✗ Not in this order: {0}").format(code))
            self.sounds.play("error")
        self._update_progress()
        self._log(code, outcome.result)
        if outcome.result is ScanResult.COMPLETED:
            self._finish()

    def undo(self) -> None:
        if self.stage is not Stage.PACKING or self.check is None or self._busy:
            return
        outcome = self.check.undo()
        if outcome is None:
            self._say(Tone.INFO, self.tr("Nothing to undo."))
            return
        assert outcome.line is not None
        line = self.check.lines[outcome.line]
        self.model.update_lines(self.check.lines)
        self._update_progress()
        self._say(Tone.WARN, self.tr("Undone: {0}  {1} / {2}").format(line.sku, line.scanned, line.required))
        self._log(line.barcode or line.sku, ScanResult.UNDONE)

    def escape(self) -> None:
        if self.stage is Stage.CARRIER:
            self.stage, self._tracking, self._forced = Stage.LABEL, "", None
            self.carrier_list.hide()
            self._say(Tone.INFO, self.tr("Scan the carrier's tracking label."))
            return
        if self.stage is not Stage.PACKING or self.order is None or self._busy:
            return
        if not self._abandon_armed:
            self._abandon_armed = True
            self._abandon_timer.start()
            self._say(Tone.WARN, self.tr("Press Esc again to give {0} back.").format(self.order.order_no))
            return
        self._disarm_abandon()
        order_no = self.order.order_no
        self._start(self.tr("Giving {0} back…").format(order_no))
        self._tasks.submit(self._packing.abandon, order_no, self.station, actor=self._actor,
                           on_success=lambda _: self._show_idle(self.tr("{0} given back. Press Enter for the next "
                                                                        "order.").format(order_no)),
                           on_failure=self._failed, on_finished=self._done)

    def give_back_on_leave(self) -> None:
        """Logging out or quitting mid-order gives the order back for another station (the app waits for
        its background work before it exits). A packed order stays: its parcel is on this bench."""
        if self.stage is Stage.PACKING and self.order is not None:
            self._tasks.submit(self._packing.abandon, self.order.order_no, self.station, actor=self._actor,
                               reason=f"{self.station} closed", on_failure=lambda e: None)
            self.stage, self.order, self.check = Stage.IDLE, None, None

    def _disarm_abandon(self) -> None:
        self._abandon_armed = False
        self._abandon_timer.stop()

    def reprint(self) -> None:
        if self.order is not None and self.stage in (Stage.LABEL, Stage.CARRIER) and self._print_slip is not None:
            self._print_slip(self.order.order_no, self.order.parcel if self.order.parcels > 1 else None)
            self._say(Tone.INFO, self.tr("Printing the slip of {0} again.").format(self.order.order_no),
                      keep_detail=True)

    def choose_carrier(self) -> None:
        """F4: pick the carrier first (a label whose format we cannot tell)."""
        if self.stage not in (Stage.LABEL, Stage.CARRIER):
            return
        self._offer(carriers.CARRIERS, "")

    # --- packing and shipping ------------------------------------------------------------

    def _finish(self) -> None:
        assert self.check is not None and self.order is not None
        self._start(self.tr("All items scanned — packing {0}…").format(self.order.order_no), tone=Tone.GOOD)
        self._tasks.submit(self._packing.finish, self.order.order_no, self.station, self.check.counts(),
                           actor=self._actor, on_success=self._packed, on_failure=self._failed,
                           on_finished=self._done)

    def _packed(self, packed: PackedOrder) -> None:
        self.stage = Stage.LABEL
        self.order_packed.emit(packed.order_no)
        # An order to several addresses prints each parcel's slip (its own ship-to) as that parcel is packed.
        printing = self._print_slip is not None
        if self._print_slip is not None:
            self._print_slip(packed.order_no, packed.parcel if packed.parcels > 1 else None)
        if packed.parcels > 1:
            detail = self.tr("The packing slip is printing.") if printing else ""
            self._say(Tone.GOOD, self.tr("Parcel {0} of {1} packed ✓ Scan its tracking label.")
                      .format(packed.parcel, packed.parcels), detail=detail)
            return
        self._say(Tone.GOOD, self.tr("Packed ✓ Scan the carrier's tracking label."),
                  detail=self.tr("The packing slip is printing.") if printing else "")

    def _scan_label(self, raw: str) -> None:
        assert self.order is not None
        if self.check is not None and self.check.find(normalise_code(raw)) is not None:
            self.sounds.play("error")
            self._say(Tone.BAD, self.tr("✗ That is an item, not a tracking label."))
            return
        try:
            number = carriers.check_tracking(raw)
        except InvalidValue:
            self.sounds.play("error")
            self._say(Tone.BAD, self.tr("✗ Not a tracking number: {0}").format(normalise_code(raw)[:40]))
            return
        if self._forced is not None:
            self._ship(self._forced, number)
            return
        found = carriers.recognise(number)
        if len(found) == 1:
            self._ship(found[0], number)
            return
        self._offer(found or carriers.CARRIERS, number)

    def _offer(self, choices: tuple[Carrier, ...], number: str) -> None:
        ordered = sorted(choices, key=lambda c: c.code != self._last_carrier)[:9]
        self._choices, self._tracking = tuple(ordered), number
        self.stage = Stage.CARRIER
        self.carrier_list.clear()
        for n, c in enumerate(self._choices, start=1):
            self.carrier_list.addItem(f"{n}   {c.name}")
        self.carrier_list.setCurrentRow(0)
        self.carrier_list.show()
        if number:
            self._say(Tone.WARN, self.tr("{0} fits several carriers: press 1–{1}, or Enter for the first.")
                      .format(number, len(self._choices)))
        else:
            self._say(Tone.WARN, self.tr("Choose the carrier: press 1–{0}, then scan the label.")
                      .format(len(self._choices)))
        self.sounds.play("ok")

    def _choose(self, code: str) -> None:
        if code.isdigit() and len(code) == 1 or not code:
            pick = int(code) - 1 if code else max(self.carrier_list.currentRow(), 0)
            if not 0 <= pick < len(self._choices):
                self.sounds.play("error")
                self._say(Tone.BAD, self.tr("✗ Press a number from 1 to {0}.").format(len(self._choices)))
                return
            chosen = self._choices[pick]
            self.carrier_list.hide()
            if self._tracking:
                self._ship(chosen, self._tracking)
            else:
                self._forced, self.stage = chosen, Stage.LABEL
                self._say(Tone.INFO, self.tr("{0}: scan the tracking label.").format(chosen.name))
            return
        self.carrier_list.hide()
        self.stage = Stage.LABEL
        self._scan_label(code)  # a new label scanned instead of a choice

    def _ship(self, chosen: Carrier, number: str) -> None:
        assert self.order is not None
        order_no = self.order.order_no
        self.carrier_list.hide()
        self._start(self.tr("Shipping {0} with {1} {2}…").format(order_no, chosen.name, number))
        self._tasks.submit(self._packing.ship, order_no, chosen.code, number, actor=self._actor,
                           station=self.station, on_success=self._shipped, on_failure=self._ship_failed,
                           on_finished=self._done)

    def _shipped(self, result: ShipResult) -> None:
        self._last_carrier, self._forced = result.carrier, None
        name = carriers.BY_CODE[result.carrier].name if result.carrier in carriers.BY_CODE else result.carrier
        self.last_label.setText(self.tr("Last: {0} shipped with {1} {2}").format(result.order_no, name,
                                                                                 result.tracking_no))
        self.sounds.play("done")
        if result.remaining > 0:  # the same order's next parcel, at this bench
            self._next_parcel_of = result.order_no
            self._show_idle(self.tr("Parcel {0} of {1} of {2} shipped ✓").format(result.parcel, result.parcels,
                                                                                result.order_no), tone=Tone.GOOD)
            self._claim(result.order_no)
            return
        self.order_shipped.emit(result.order_no)
        self._show_idle(self.tr("{0} shipped ✓").format(result.order_no), tone=Tone.GOOD)
        self._next_when_done = True

    def _ship_failed(self, error: BaseException) -> None:
        self.stage = Stage.LABEL
        self._failed(error)

    def slip_printed(self, order_no: str, target: str) -> None:
        """The station's printer reports the slip done."""
        if self.order is not None and self.order.order_no == order_no:
            self.detail.setText(self.tr("Slip of {0} sent to {1}.").format(order_no, target))

    def slip_failed(self, message: str) -> None:
        """The slip did not print: loud, so the packer does not ship without one (F6 tries again)."""
        self.sounds.play("error")
        self.detail.setText(self.tr("The slip did not print: {0} — F6 tries again.").format(message))

    # --- plumbing ------------------------------------------------------------------------

    def _log(self, code: str, result: ScanResult) -> None:
        order_no = self._order_no()
        self._tasks.submit(self._packing.log_scan, order_no, self.station, code, result, actor=self._actor,
                           on_success=self._verdict, on_failure=lambda e: None)

    def _verdict(self, verdict: ScanVerdict) -> None:
        """A code that is not in the order: say whether it is another product or nothing we know."""
        if self.banner.property("tone") != str(Tone.BAD) or not self.banner.text().endswith(verdict.code):
            return
        if verdict.result == ScanResult.WRONG_ITEM:
            self.detail.setText(self.tr("Wrong item: {0} {1} is not in this order.").format(verdict.sku,
                                                                                               verdict.name))
        elif verdict.result == ScanResult.UNKNOWN:
            self.detail.setText(self.tr("Unknown code: no product has this barcode or SKU."))

    def _failed(self, error: BaseException) -> None:
        self.sounds.play("error")
        self._say(Tone.BAD, error_text(error))

    def _start(self, text: str, *, tone: Tone = Tone.INFO) -> None:
        self._busy = True
        self._say(tone, text)

    def _done(self) -> None:
        self._busy = False
        self.scan.setFocus()
        if self._next_when_done:
            self._next_when_done = False
            self.next_order()

    def _show_idle(self, text: str, *, tone: Tone = Tone.INFO) -> None:
        self.stage, self.order, self.check, self._tracking, self._forced = Stage.IDLE, None, None, "", None
        self.model.set_lines([])
        self.model.set_pictures({})
        self.carrier_list.hide()
        self.order_label.setText(self.tr("No order"))
        self.ship_to_label.clear()
        self.payment_label.clear()
        self.notes_label.hide()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("")
        self._say(tone, text)

    def _show_order(self, order: PackOrder) -> None:
        self.order_label.setText(order.order_no if order.parcels <= 1 else
                                 self.tr("{0} · parcel {1} of {2}").format(order.order_no, order.parcel, order.parcels))
        a = order.ship_to
        place = " ".join(x for x in (a.postcode, a.province, a.city) if x)
        self.ship_to_label.setText(" · ".join(x for x in (a.name or order.customer_name, a.address1, a.address2,
                                                          place, a.country, a.phone) if x))
        if order.payment_method == "cod":
            self.payment_label.setText(self.tr("Cash on delivery: collect {0} {1:.2f}").format(order.currency,
                                                                                              order.total))
            self.payment_label.setStyleSheet("background:#ffe0b2; color:#7a3e00; padding:4px 10px;")
        else:
            self.payment_label.setText(payment_method_label(order.payment_method))
            self.payment_label.setStyleSheet("color:#555;")
        notes = [x for x in (order.notes, self.tr("Gift message: {0}").format(order.gift_message)
                             if order.gift_message else "") if x]
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))

    def _update_progress(self) -> None:
        if self.check is None:
            return
        self.progress.setRange(0, max(self.check.required_units, 1))
        self.progress.setValue(self.check.scanned_units)
        self.progress.setFormat(self.tr("{0} of {1} units").format(self.check.scanned_units,
                                                                  self.check.required_units))

    def _say(self, tone: Tone, text: str, *, detail: str = "", keep_detail: bool = False) -> None:
        self.banner.setText(text)
        self.banner.setProperty("tone", str(tone))
        self.banner.setStyleSheet(f"QLabel#packingBanner {{ {_BANNER_STYLE[tone]} padding:12px; "
                                  "border-radius:6px; }")
        if not keep_detail:
            self.detail.setText(detail)

    def _order_no(self) -> str:
        return self.order.order_no if self.order is not None else ""

    def _load_pictures(self, order: PackOrder) -> None:
        paths = {line.sku: line.image_path for line in order.lines if line.image_path}
        if not paths:
            return
        order_no = order.order_no
        self._tasks.submit(_read_pictures, paths, pool="io",
                           on_success=lambda images: self.model.set_pictures(images)
                           if self.order is not None and self.order.order_no == order_no else None,
                           on_failure=lambda e: None)


def actor_can_pack(actor: Actor) -> bool:
    return actor.can(Permission.PACK_ORDERS) and actor.can(Permission.SHIP_ORDERS)


def _read_pictures(paths: dict[str, str]) -> dict[str, QImage]:
    """In a pool thread: QImage (not QPixmap) may be made off the GUI thread."""
    images = {}
    for sku, path in paths.items():
        image = QImage(path)
        if not image.isNull():
            images[sku] = image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
    return images


def _scaled(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    scaled = QFont(font)
    size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
    scaled.setPointSizeF(size * factor)
    scaled.setBold(bold)
    return scaled


