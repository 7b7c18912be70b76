"""One shipment: its order, where it is, when it is asked about next, and the carrier's every scan, oldest first.

"Refresh now" asks the carrier about this parcel at once (in the network pool) and says what came of
it in words; "Open tracking page" opens the carrier's public page in the browser.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.errors import NotFound
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services.results import ShipmentDetail, TrackingEventData
from desktop_oms.views.messages import error_text
from desktop_oms.views.shipments.labels import (
    STATUS_COLOURS,
    calendar_days,
    carrier_label,
    days_between,
    errors_text,
    skipped_text,
    tracking_status_label,
    when,
)
from desktop_oms.views.shipments.poller import PollOutcome, Tracker
from desktop_oms.views.shipments.table_model import ShipmentQueries
from desktop_oms.views.tasks import TaskRunner

_GOOD, _BAD = "#0f6b5c", "#a11d1d"


class ShipmentDetailDialog(QDialog):
    """Non-modal; `show_shipment` points it at another parcel. `shipment_changed` after a refresh that
    brought news, so the list can follow."""

    shipment_changed = Signal(int)

    def __init__(self, shipments: ShipmentQueries, tracking: Tracker | None, tasks: TaskRunner, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shipments, self._tracking, self._tasks, self._actor = shipments, tracking, tasks, actor
        self.shipment_id: int | None = None
        self.detail: ShipmentDetail | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Shipment"))
        self.resize(960, 540)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.attention = QLabel()
        self.attention.setStyleSheet(f"color: {_BAD}; font-weight: bold;")
        self.facts: dict[str, QLabel] = {}
        names = {"order": self.tr("Order"), "customer": self.tr("Customer"), "city": self.tr("Ship to"),
                 "shipped": self.tr("Shipped"), "delivered": self.tr("Delivered"), "days": self.tr("In transit"),
                 "polled": self.tr("Last asked"), "next": self.tr("Next ask")}
        facts = QGridLayout()
        facts.setHorizontalSpacing(16)
        for number, (key, name) in enumerate(names.items()):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[key] = value
            row, column = divmod(number, 4)
            caption = QLabel(name)
            caption.setStyleSheet("color: #5f6b7a;")
            facts.addWidget(caption, row, column * 2)
            facts.addWidget(value, row, column * 2 + 1)
        for column in (1, 3, 5, 7):
            facts.setColumnStretch(column, 1)

        self.timeline = QTableWidget(0, 5)
        self.timeline.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Status"), self.tr("Carrier's code"),
                                                 self.tr("What the carrier says"), self.tr("Where")])
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setWordWrap(False)
        self.timeline.verticalHeader().setVisible(False)
        header = self.timeline.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((190, 130, 110, 300, 160)):
            self.timeline.setColumnWidth(column, width)
        self.empty = QLabel(self.tr("No scan from the carrier yet."))
        self.empty.setStyleSheet("color: #5f6b7a;")

        self.refresh_button = QPushButton(self.tr("&Refresh now"))
        self.refresh_button.setToolTip(self.tr("Ask the carrier about this parcel now"))
        self.refresh_button.clicked.connect(self.refresh_now)
        self.page_button = QPushButton(self.tr("Open tracking &page"))
        self.page_button.setToolTip(self.tr("The carrier's public tracking page, in the browser"))
        self.page_button.clicked.connect(self.open_tracking_page)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if tracking is None or not actor.can(Permission.SHIP_ORDERS):
            self.refresh_button.setToolTip(self.tr("Your role may not ask the carriers"))
        refresh = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        refresh.activated.connect(self.refresh_now)

        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addSpacing(12)
        heading.addWidget(self.status)
        heading.addWidget(self.attention)
        heading.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.page_button)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(facts)
        layout.addSpacing(6)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------------

    def show_shipment(self, shipment_id: int) -> None:
        """Point the dialog at a parcel (its last refresh's words go) and load it."""
        if shipment_id != self.shipment_id:
            self.shipment_id, self.detail = shipment_id, None
            self.message.setText("")
            self.title.setText(self.tr("Loading…"))
            self.timeline.setRowCount(0)
        self.reload()

    def reload(self) -> None:
        if self.shipment_id is None:
            return
        self._generation += 1
        generation, shipment_id = self._generation, self.shipment_id
        self._tasks.submit(self._shipments.detail, shipment_id, actor=self._actor,
                           on_success=lambda detail: self._on_loaded(generation, detail),
                           on_failure=lambda error: self._on_load_failed(generation, error))

    def _on_loaded(self, generation: int, detail: ShipmentDetail) -> None:
        if generation != self._generation:
            return
        self.detail = detail
        self.setWindowTitle(self.tr("Shipment {0} {1}").format(carrier_label(detail.carrier), detail.tracking_no))
        self.title.setText(self.tr("{0} {1}").format(carrier_label(detail.carrier), detail.tracking_no))
        fg, bg = STATUS_COLOURS.get(detail.status, ("#333", "#eee"))
        self.status.setText(tracking_status_label(detail.status))
        self.status.setStyleSheet(f"color: {fg}; background: {bg}; border-radius: 9px; padding: 2px 10px; "
                                  "font-weight: bold;")
        notes = []
        if detail.needs_attention:
            notes.append(self.tr("Needs attention"))
        if detail.stuck:
            notes.append(self.tr("Stuck: no news for {0} days").format(
                days_between(detail.last_event_at or detail.shipped_at, datetime.now().astimezone())))
        self.attention.setText(" · ".join(notes))
        self._fill_facts(detail)
        self._fill_timeline(detail.events)
        self._update_buttons()

    def _fill_facts(self, detail: ShipmentDetail) -> None:
        end = detail.delivered_at or datetime.now().astimezone()
        days = calendar_days(detail.shipped_at, end)
        values = {
            "order": detail.order_no, "customer": detail.customer or "—", "city": detail.ship_city or "—",
            "shipped": when(detail.shipped_at), "delivered": when(detail.delivered_at),
            "days": self.tr("{0} days").format(days) if days != 1 else self.tr("1 day"),
            "polled": when(detail.last_polled_at),
            "next": when(detail.next_poll_at) if detail.next_poll_at else self.tr("not any more"),
        }
        for key, value in values.items():
            self.facts[key].setText(value)
        self.facts["next"].setToolTip(self.tr("Delivered parcels and those shipped over 90 days ago are not "
                                              "asked about any more") if detail.next_poll_at is None else "")

    def _fill_timeline(self, events: tuple[TrackingEventData, ...]) -> None:
        self.timeline.setRowCount(len(events))
        for row, event in enumerate(events):  # oldest first, as the parcel travelled
            values = [_with_offset(event.time), tracking_status_label(event.status), event.code,
                      event.description, event.location]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.timeline.setItem(row, column, item)
            fg, _bg = STATUS_COLOURS.get(event.status, ("#333", "#eee"))
            status_item = self.timeline.item(row, 1)
            if status_item is not None:
                status_item.setForeground(QBrush(QColor(fg)))
        self.timeline.setVisible(bool(events))
        self.empty.setVisible(not events)
        if events:
            self.timeline.scrollToBottom()

    def _on_load_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(error, NotFound):
            self._say(self.tr("This shipment is not in the database any more."), error=True)
        else:
            self._say(error_text(error), error=True)
        self._update_buttons()

    # -- actions ------------------------------------------------------------------------------

    def _may_refresh(self) -> bool:
        return self._tracking is not None and self._actor.can(Permission.SHIP_ORDERS)

    def _update_buttons(self) -> None:
        self.refresh_button.setEnabled(self.detail is not None and self._may_refresh())
        self.page_button.setEnabled(self.detail is not None and bool(self.detail.tracking_url))
        if self.detail is not None and not self.detail.tracking_url:
            self.page_button.setToolTip(self.tr("This carrier has no public tracking page"))

    def refresh_now(self) -> None:
        """Ask the carrier about this parcel now; the answer arrives in words below the timeline."""
        detail, tracking = self.detail, self._tracking
        if detail is None or tracking is None or not self._may_refresh() or not self.refresh_button.isEnabled():
            return
        self._say(self.tr("Asking {0}…").format(carrier_label(detail.carrier)), error=False)
        self._tasks.submit(tracking.poll, actor=self._actor, shipment_ids=[detail.id], pool="io",
                           busy=self.refresh_button,
                           on_success=lambda report: self._on_refreshed(detail, report),
                           on_failure=lambda error: self._say(
                               self.tr("The carrier could not be asked: {0}").format(error_text(error)), error=True))

    def _on_refreshed(self, asked: ShipmentDetail, report: PollOutcome) -> None:
        text, bad = self._outcome(asked, report)
        self._say(text, error=bad)
        if report.updated or report.new_events:
            self.shipment_changed.emit(asked.id)
        if asked.id == self.shipment_id:
            self.reload()

    def _outcome(self, asked: ShipmentDetail, report: PollOutcome) -> tuple[str, bool]:
        carrier = carrier_label(asked.carrier)
        if report.errors:
            return self.tr("{0} answered with an error: {1}").format(
                carrier, "; ".join(errors_text(report.errors))), True
        if report.skipped:
            return "; ".join(skipped_text(report.skipped)), True
        if report.quarantined:
            return self.tr("{0}'s answer was unusable (malformed, or about another parcel); it was set aside "
                           "and nothing changed.").format(carrier), True
        if not report.polled:
            return self.tr("Not asked: tracking has ended for this parcel (delivered, cancelled or shipped over "
                           "90 days ago)."), False
        if report.new_events:
            return self.tr("{0} answered: {1} new scans.").format(carrier, report.new_events), False
        return self.tr("{0} answered: nothing new.").format(carrier), False

    def open_tracking_page(self) -> bool:
        if self.detail is None or not self.detail.tracking_url:
            return False
        opened = QDesktopServices.openUrl(QUrl(self.detail.tracking_url))
        if not opened:
            self._say(self.tr("No browser could be opened for {0}").format(self.detail.tracking_url), error=True)
        return bool(opened)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {_BAD if error else _GOOD};")


def _with_offset(moment: datetime) -> str:
    """The scan's time as the carrier gave it, with its offset: 2026-11-30 14:05 +08:00 (in this
    computer's zone when the carrier's offset is not known)."""
    if not moment.utcoffset():
        moment = moment.astimezone()
    offset = moment.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{moment:%Y-%m-%d %H:%M} {sign}{minutes // 60:02}:{minutes % 60:02}"
