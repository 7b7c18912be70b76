"""The Shipments tab: status chips with counts, carrier, "needs attention" and "stuck", one search box, the list.

Enter (or a double click) opens the selected shipment's tracking timeline; F5 refreshes; Ctrl+F goes
to the search box. In the main window those two keys belong to the window's own actions (a second
shortcut on the same key would make both ambiguous), which `install_shipments` routes here.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.tracking import STUCK_AFTER
from desktop_oms.domain.users import Actor
from desktop_oms.services.results import SHIPMENT_PAGE, ShipmentFilter
from desktop_oms.views.messages import error_text
from desktop_oms.views.shipments.detail import ShipmentDetailDialog
from desktop_oms.views.shipments.labels import (
    STATUS_COLOURS,
    STATUSES,
    carrier_codes,
    carrier_label,
    tracking_status_label,
)
from desktop_oms.views.shipments.poller import BackgroundPoller, PollerStatusLabel, Tracker
from desktop_oms.views.shipments.table_model import ShipmentQueries, ShipmentsTableModel
from desktop_oms.views.tables import set_up_list
from desktop_oms.views.tasks import Cancelled, TaskRunner

SEARCH_DELAY_MS = 250
# Column widths in pixels; the last event takes what is left.
WIDTHS = {ShipmentsTableModel.ORDER: 110, ShipmentsTableModel.CARRIER: 150, ShipmentsTableModel.TRACKING: 170,
          ShipmentsTableModel.STATUS: 140, ShipmentsTableModel.SHIPPED: 130, ShipmentsTableModel.DAYS: 56}
_CHIP = ("QToolButton {{ border: 1px solid {fg}; border-radius: 10px; padding: 2px 8px; color: {fg}; }}"
         "QToolButton:checked {{ background: {bg}; font-weight: bold; }}")


class ShipmentsPanel(QWidget):
    """Finds parcels and shows where they are; the detail dialog asks a carrier again on request."""

    # A refresh of a parcel brought news (other tabs may want to know: its order may be delivered).
    shipments_changed = Signal()

    def __init__(self, shipments: ShipmentQueries, tasks: TaskRunner, actor: Actor, parent: QWidget | None = None,
                 *, tracking: Tracker | None = None, own_shortcuts: bool = True,
                 page_size: int = SHIPMENT_PAGE) -> None:
        super().__init__(parent)
        self._shipments, self._tracking, self._tasks, self._actor = shipments, tracking, tasks, actor
        self._counts_generation = 0
        self._started = False
        self._select_first = False
        self._restore: int | None = None  # the shipment selected before a refresh
        self.detail_dialog: ShipmentDetailDialog | None = None
        # The background poller and its status-bar label, when install_shipments made them.
        self.poller: BackgroundPoller | None = None
        self.poller_label: PollerStatusLabel | None = None

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search tracking or order number  (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(300)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_box.textEdited.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self._on_search_box_return_pressed)

        self.carrier = QComboBox()
        self.carrier.addItem(self.tr("Any carrier"), "")
        for code in carrier_codes():
            self.carrier.addItem(carrier_label(code), code)
        self.carrier.setMinimumContentsLength(16)
        self.carrier.currentIndexChanged.connect(lambda _i: self.apply_filters())

        self.attention_toggle = self._chip(self.tr("Needs attention"), "#a11d1d", "#fde2e2")
        self.attention_toggle.setToolTip(self.tr("Failed, held, delayed or returning parcels, and parcels with "
                                                 "no news for too long"))
        self.stuck_toggle = self._chip(self.tr("Stuck"), "#8a5a00", "#fff4d6")
        self.stuck_toggle.setToolTip(self.tr("Not delivered and no news from the carrier for {0} days").format(
            STUCK_AFTER.days))
        for toggle in (self.attention_toggle, self.stuck_toggle):
            toggle.clicked.connect(lambda _checked: self.apply_filters())

        self.all_chip = self._chip(self.tr("All"), "#555555", "#e8e8e8")
        self.all_chip.setChecked(True)
        self.all_chip.clicked.connect(self._on_all_chip_clicked)
        self.chips: dict[str, QToolButton] = {}
        for status in STATUSES:
            fg, bg = STATUS_COLOURS[status]
            chip = self._chip(tracking_status_label(status), fg, bg)
            chip.setProperty("status", status)
            chip.setVisible(False)  # until its count says there is something to find
            chip.clicked.connect(self._on_chip_clicked)
            self.chips[status] = chip

        self.model = ShipmentsTableModel(shipments, tasks, actor, self, page_size=page_size)
        self.table = QTableView()
        self.table.setModel(self.model)
        self._set_up_table()
        self.model.first_page_loaded.connect(self._on_model_first_page_loaded)
        self.model.count_loaded.connect(lambda _total: self._update_summary())
        self.model.refreshed.connect(self._on_model_refreshed)
        self.model.failed.connect(self._show_error)

        self.open_button = QPushButton(self.tr("&Open…"))
        self.open_button.setToolTip(self.tr("The selected shipment's tracking timeline (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.summary = QLabel()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        if own_shortcuts:
            for keys, slot in ((QKeySequence(Qt.Key.Key_F5), self.refresh),
                               (QKeySequence(QKeySequence.StandardKey.Find), self.focus_search)):
                shortcut = QShortcut(keys, self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        self._layout_widgets()
        self._update_actions()

    def tab_title(self) -> str:
        return self.tr("Shipments")

    def _chip(self, text: str, fg: str, bg: str) -> QToolButton:
        chip = QToolButton()
        chip.setText(text)
        chip.setCheckable(True)
        chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        chip.setStyleSheet(_CHIP.format(fg=fg, bg=bg))
        return chip

    def _set_up_table(self) -> None:
        table = self.table
        header = set_up_list(table, WIDTHS)
        header.setSectionResizeMode(ShipmentsTableModel.LAST_EVENT, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(self._on_table_double_clicked)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_selected)

    def _layout_widgets(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 3)
        filters.addWidget(self.carrier, 1)
        filters.addSpacing(8)
        filters.addWidget(self.attention_toggle)
        filters.addWidget(self.stuck_toggle)
        filters.addStretch(1)
        chips = QHBoxLayout()
        chips.setSpacing(4)
        chips.addWidget(self.all_chip)
        for chip in self.chips.values():
            chips.addWidget(chip)
        chips.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        actions.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(chips)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    # -- filters ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.start()

    def start(self) -> None:
        """The first load (the first time the tab is shown)."""
        self._started = True
        self.apply_filters()

    def current_filter(self) -> ShipmentFilter:
        statuses = frozenset(s for s, chip in self.chips.items() if chip.isChecked())
        return ShipmentFilter(carrier=str(self.carrier.currentData() or ""), statuses=statuses,
                              needs_attention=self.attention_toggle.isChecked(), stuck=self.stuck_toggle.isChecked(),
                              search=self.search_box.text().strip()[:100])

    def apply_filters(self) -> None:
        self._started = True
        self._search_timer.stop()
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Searching…"))
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        """F5, a poll, another station: the same filter, selection and scroll position, new figures."""
        if not self._started:
            return
        selected = self.selected_id()
        self._restore = selected
        self.model.refresh()
        self._load_counts(self.model.query_filter)
        if self.detail_dialog is not None and self.detail_dialog.isVisible():
            self.detail_dialog.reload()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_model_first_page_loaded(self) -> None:
        self._update_summary()
        self._update_actions()
        if self._select_first and self.model.rowCount():
            self.table.selectRow(0)
        self._select_first = False
        self._load_counts(self.model.query_filter)

    def _load_counts(self, flt: ShipmentFilter) -> None:
        """The chips count under every other filter; the two toggles under the carrier and the search."""
        self._counts_generation += 1
        generation = self._counts_generation
        shipments, actor = self._shipments, self._actor
        base = ShipmentFilter(carrier=flt.carrier, search=flt.search)

        def counts() -> tuple[dict[str, int], int, int]:
            if generation != self._counts_generation:
                raise Cancelled()  # another filter came meanwhile: its counts are on their way
            by_status = shipments.counts_by_status(flt, actor=actor)
            attention = shipments.count(ShipmentFilter(carrier=base.carrier, needs_attention=True,
                                                       search=base.search), actor=actor)
            stuck = shipments.count(ShipmentFilter(carrier=base.carrier, stuck=True, search=base.search), actor=actor)
            return by_status, attention, stuck

        self._tasks.submit(counts, pool="slow", on_success=lambda found: self._on_counts(generation, *found),
                           on_failure=self._show_error)

    def _on_counts(self, generation: int, by_status: dict[str, int], attention: int, stuck: int) -> None:
        if generation != self._counts_generation:
            return
        for status, chip in self.chips.items():
            count = by_status.get(status, 0)
            chip.setText(f"{tracking_status_label(status)} {count:,}")
            chip.setVisible(bool(count) or chip.isChecked())
        self.all_chip.setText(self.tr("All {0}").format(f"{sum(by_status.values()):,}"))
        self.attention_toggle.setText(self.tr("Needs attention {0}").format(f"{attention:,}"))
        self.stuck_toggle.setText(self.tr("Stuck {0}").format(f"{stuck:,}"))

    def _on_chip_clicked(self) -> None:
        self.all_chip.setChecked(not any(chip.isChecked() for chip in self.chips.values()))
        self.apply_filters()

    def _on_all_chip_clicked(self) -> None:
        for chip in self.chips.values():
            chip.setChecked(False)
        self.all_chip.setChecked(True)
        self.apply_filters()

    def _on_search_box_return_pressed(self) -> None:
        """Search now and go to the list, on the first parcel found."""
        self._select_first = True
        self.apply_filters()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _update_summary(self) -> None:
        total = self.model.total
        self.summary.setStyleSheet("")
        if total is None:
            self.summary.setText(self.tr("Counting…") if self.model.rowCount() else self.tr("Searching…"))
        elif total == 0:
            self.summary.setText(self.tr("No shipments"))
        else:
            self.summary.setText(self.tr("{0} shipments").format(f"{total:,}"))

    def _on_model_refreshed(self) -> None:
        self._update_summary()
        selected, self._restore = self._restore, None
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None and self.selected_id() != selected:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._update_actions()

    def _show_error(self, error: BaseException) -> None:
        self.summary.setText(error_text(error))
        self.summary.setStyleSheet("color: #a11d1d;")

    # -- the selected shipment ----------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        found = self.model.row_at(rows[0].row()) if rows else None
        return found.id if found is not None else None

    def _update_actions(self) -> None:
        self.open_button.setEnabled(self.selected_id() is not None)

    def open_selected(self) -> ShipmentDetailDialog | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        return self.open_shipment(row.id)

    def open_shipment(self, shipment_id: int) -> ShipmentDetailDialog:
        if self.detail_dialog is None:
            self.detail_dialog = ShipmentDetailDialog(self._shipments, self._tracking, self._tasks, self._actor,
                                                      self)
            self.detail_dialog.shipment_changed.connect(self._on_detail_shipment_changed)
        self.detail_dialog.show_shipment(shipment_id)
        self.detail_dialog.show()
        self.detail_dialog.raise_()
        self.detail_dialog.activateWindow()
        return self.detail_dialog

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_shipment(row.id)

    def _on_detail_shipment_changed(self, _shipment_id: int) -> None:
        self.shipments_changed.emit()
        self.model.refresh()
        self._load_counts(self.model.query_filter)
