"""The Shipments tab as a dispatcher meets it: filter by chip, carrier and search, read a parcel's timeline,
ask the carrier again, open its tracking page; the tracking poller's line in the status bar.

The parcels are packed and shipped through the real services, and tracked against a local server
speaking DHL's Unified Tracking format (the other carriers have no account here, as on a fresh install).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel
from pytest_httpserver import HTTPServer
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from werkzeug import Request, Response

from desktop_oms.bootstrap import Services
from desktop_oms.carriers.base import CarrierConfig
from desktop_oms.carriers.dhl import DhlAdapter
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.tracking import Limits, TrackingService
from desktop_oms.views.main_window import MainWindow
from desktop_oms.views.shipments import install_shipments
from desktop_oms.views.shipments.detail import ShipmentDetailDialog
from desktop_oms.views.shipments.labels import STATUS_COLOURS
from desktop_oms.views.shipments.panel import ShipmentsPanel
from desktop_oms.views.shipments.poller import BackgroundPoller
from desktop_oms.views.shipments.table_model import ShipmentsTableModel
from desktop_oms.views.tasks import TaskRunner
from tests.integration.test_shipments_service import JOURNEYS, PARCELS, dhl_event, ship_parcels

M = ShipmentsTableModel
DISPATCHER = Actor("dispatcher", Role.MANAGER)


class Dhl:
    """The local DHL: each parcel's journey so far; `later` adds scans from the next request on; `down`
    numbers get a 503."""

    def __init__(self) -> None:
        self.journeys = {number: list(events) for number, events in JOURNEYS.items()}
        self.later: dict[str, list[dict[str, Any]]] = {}
        self.down: set[str] = set()
        self.calls: dict[str, int] = defaultdict(int)

    def __call__(self, request: Request) -> Response:
        number = request.args["trackingNumber"]
        self.calls[number] += 1
        if number in self.down:
            return Response("upstream down", status=503)
        if self.calls[number] > 1:
            self.journeys[number] = self.journeys.get(number, []) + self.later.pop(number, [])
        events = sorted(self.journeys.get(number, []), key=lambda e: e["timestamp"], reverse=True)
        if not events:
            return Response(json.dumps({"status": 404, "title": "No shipment found"}), status=404,
                            content_type="application/problem+json")
        body = {"shipments": [{"id": number, "service": "express", "status": events[0], "events": events}]}
        return Response(json.dumps(body), content_type="application/json")


@pytest.fixture
def dhl(httpserver: HTTPServer) -> Dhl:
    server = Dhl()
    httpserver.expect_request("/track/shipments").respond_with_handler(server)
    return server


def _tracker(services: Services, httpserver: HTTPServer, **kwargs: Any) -> TrackingService:
    """A poller whose only carrier account is DHL, at the local server (others are "not set up")."""
    adapter = DhlAdapter(CarrierConfig("dhl", httpserver.url_for("/"), api_key="k", timeout=(1.0, 2.0)))
    return TrackingService(services.uow, lambda name: (adapter, Limits(per_second=200)) if name == "dhl" else None,
                           **kwargs)


@pytest.fixture
def tracking(sqlite_services: Services, httpserver: HTTPServer, dhl: Dhl) -> TrackingService:
    return _tracker(sqlite_services, httpserver)


@pytest.fixture
def shop(sqlite_services: Services, tracking: TrackingService, admin: Actor) -> Services:
    ship_parcels(sqlite_services, admin)
    tracking.poll(actor=admin, every_open=True)  # the DHL parcels' scans so far
    return sqlite_services


def _panel(qtbot: QtBot, shop: Services, tasks: TaskRunner, tracking: TrackingService | None = None, *,
           height: int = 800, **kwargs: Any) -> ShipmentsPanel:
    panel = ShipmentsPanel(shop.shipments, tasks, DISPATCHER, tracking=tracking, **kwargs)
    qtbot.addWidget(panel)
    panel.resize(1280, height)
    panel.show()  # the first showing loads the list
    _settle(qtbot, panel, tasks)
    return panel


def _settle(qtbot: QtBot, panel: ShipmentsPanel, tasks: TaskRunner) -> None:
    qtbot.waitUntil(lambda: tasks.running == 0 and panel.model.total is not None and not panel.model.loading)


def _column(panel: ShipmentsPanel, column: int) -> list[str]:
    """A column's texts as the user sees them, top to bottom."""
    return [panel.model.index(row, column).data() for row in range(panel.model.rowCount())]


def _click_row(qtbot: QtBot, panel: ShipmentsPanel, order_no: str) -> None:
    window = panel.window()
    window.activateWindow()  # a click on the window brings it to the front (not the timeline's window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    index = panel.model.index(_column(panel, M.ORDER).index(order_no), M.TRACKING)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=panel.table.visualRect(index).center())


def _open(qtbot: QtBot, panel: ShipmentsPanel, tasks: TaskRunner, order_no: str) -> ShipmentDetailDialog:
    """Click the parcel's row and press Enter, as a person opens it."""
    _click_row(qtbot, panel, order_no)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dialog = panel.detail_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: tasks.running == 0 and dialog.detail is not None and dialog.isVisible())
    return dialog


def _timeline(dialog: ShipmentDetailDialog) -> list[list[str]]:
    table = dialog.timeline
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_list_shows_each_parcel_newest_first_with_its_status_in_colour_and_counts_on_the_chips(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    panel = _panel(qtbot, shop, tasks)
    assert _column(panel, M.ORDER) == list(reversed(PARCELS))
    row = _column(panel, M.ORDER).index("S-001")
    cells = [panel.model.index(row, c).data() for c in range(panel.model.columnCount())]
    assert cells[:4] == ["S-001", "DHL", "1000000001", "Delivered"]
    assert re.fullmatch(r"\d\d-\d\d \d\d:\d\d  Delivered · 上海, CN", cells[M.LAST_EVENT])
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", cells[M.SHIPPED]) and cells[M.DAYS] == "0"
    status = panel.model.index(row, M.STATUS)
    assert status.data(Qt.ItemDataRole.BackgroundRole).color().name() == STATUS_COLOURS["delivered"][1]
    assert panel.model.index(_column(panel, M.ORDER).index("S-003"), M.CARRIER).data() == "SF Express"
    assert panel.model.index(_column(panel, M.ORDER).index("S-003"), M.LAST_EVENT).data() == ""
    qtbot.waitUntil(lambda: panel.all_chip.text() == "All 7")
    shown = {s: chip.text() for s, chip in panel.chips.items() if chip.isVisibleTo(panel)}
    assert shown == {"pending": "Awaiting first scan 4", "in_transit": "In transit 1", "delivered": "Delivered 1",
                     "delivery_failed": "Delivery failed 1"}
    assert (panel.attention_toggle.text(), panel.stuck_toggle.text()) == ("Needs attention 1", "Stuck 0")
    assert panel.summary.text() == "7 shipments"


def test_chips_the_carrier_and_needs_attention_narrow_the_list(qtbot: QtBot, shop: Services,
                                                               tasks: TaskRunner) -> None:
    panel = _panel(qtbot, shop, tasks)
    qtbot.waitUntil(lambda: panel.chips["delivered"].isVisible())
    qtbot.mouseClick(panel.chips["delivered"], Qt.MouseButton.LeftButton)
    _settle(qtbot, panel, tasks)
    assert _column(panel, M.ORDER) == ["S-001"] and not panel.all_chip.isChecked()
    qtbot.mouseClick(panel.chips["delivery_failed"], Qt.MouseButton.LeftButton)  # a second chip adds to it
    _settle(qtbot, panel, tasks)
    assert _column(panel, M.ORDER) == ["S-002", "S-001"]
    qtbot.mouseClick(panel.all_chip, Qt.MouseButton.LeftButton)
    _settle(qtbot, panel, tasks)
    assert len(_column(panel, M.ORDER)) == len(PARCELS)

    panel.carrier.setFocus()
    qtbot.keyClicks(panel.carrier, "DHL")  # a closed combo box picks the item typed
    _settle(qtbot, panel, tasks)
    assert panel.carrier.currentText() == "DHL"
    assert _column(panel, M.ORDER) == ["S-006", "S-002", "S-001"]
    qtbot.waitUntil(lambda: panel.all_chip.text() == "All 3")
    assert not panel.chips["pending"].isVisible()  # no DHL parcel waits for its first scan
    qtbot.mouseClick(panel.attention_toggle, Qt.MouseButton.LeftButton)
    _settle(qtbot, panel, tasks)
    assert _column(panel, M.ORDER) == ["S-002"]
    assert panel.model.index(0, M.STATUS).data(Qt.ItemDataRole.ToolTipRole) == "Needs attention"
    qtbot.mouseClick(panel.stuck_toggle, Qt.MouseButton.LeftButton)  # nothing is four days old here
    _settle(qtbot, panel, tasks)
    assert panel.model.rowCount() == 0 and panel.summary.text() == "No shipments"


def test_ctrl_f_then_a_tracking_or_order_number_and_enter_finds_the_parcel(qtbot: QtBot, shop: Services,
                                                                           tasks: TaskRunner) -> None:
    panel = _panel(qtbot, shop, tasks)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search_box.hasFocus()
    qtbot.keyClicks(panel.search_box, "0000006")
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)
    _settle(qtbot, panel, tasks)
    assert _column(panel, M.ORDER) == ["S-006"]
    assert panel.table.hasFocus() and panel.selected_id() is not None  # Enter now opens it
    qtbot.keyClick(panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.search_box, "s-003")  # Ctrl+F selected the old text: typing replaces it
    qtbot.waitUntil(lambda: _column(panel, M.ORDER) == ["S-003"])  # typing searches by itself, too


def test_enter_opens_the_timeline_oldest_first_with_the_carrier_s_code_place_and_offset(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    panel = _panel(qtbot, shop, tasks)
    dialog = _open(qtbot, panel, tasks, "S-001")
    assert dialog.title.text() == "DHL 1000000001" and dialog.status.text() == "Delivered"
    assert (dialog.facts["order"].text(), dialog.facts["customer"].text(), dialog.facts["city"].text()) == (
        "S-001", "王芳 Wang Fang", "杭州")
    assert dialog.facts["next"].text() == "not any more"
    rows = _timeline(dialog)
    assert [r[1:] for r in rows] == [
        ["Label created", "pre-transit", "Shipment information received", "杭州, CN"],
        ["In transit", "transit", "Processed at Hangzhou hub", "杭州, CN"],
        ["Out for delivery", "transit", "Out for delivery", "上海, CN"],
        ["Delivered", "delivered", "Delivered", "上海, CN"]]
    assert all(r[0].endswith(" +08:00") for r in rows)  # the time where the scan was made
    assert rows[0][0] == JOURNEYS["1000000001"][0]["timestamp"][:16].replace("T", " ") + " +08:00"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    second = _open(qtbot, panel, tasks, "S-003")  # the same window, another parcel
    assert second is dialog and dialog.title.text() == "SF Express SF1234567890123"
    assert dialog.empty.isVisible() and not dialog.timeline.isVisible()


def test_refresh_now_asks_the_carrier_and_says_what_came_of_it(qtbot: QtBot, shop: Services, tasks: TaskRunner,
                                                                tracking: TrackingService, dhl: Dhl) -> None:
    dhl.later["1000000006"] = [dhl_event(0.5, "transit", "Out for delivery", "广州")]
    panel = _panel(qtbot, shop, tasks, tracking)
    dialog = _open(qtbot, panel, tasks, "S-006")
    assert len(_timeline(dialog)) == 2
    qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() == "DHL answered: 1 new scans.")
    qtbot.waitUntil(lambda: len(_timeline(dialog)) == 3 and dialog.status.text() == "Out for delivery")
    assert _timeline(dialog)[-1][1:] == ["Out for delivery", "transit", "Out for delivery", "广州, CN"]
    row = _column(panel, M.ORDER).index("S-006")
    qtbot.waitUntil(lambda: panel.model.index(row, M.STATUS).data() == "Out for delivery")  # the list follows

    qtbot.waitUntil(dialog.refresh_button.isEnabled)
    qtbot.keyClick(dialog, Qt.Key.Key_F5)  # F5 in the timeline asks again
    qtbot.waitUntil(lambda: dialog.message.text() == "DHL answered: nothing new.")
    dhl.down.add("1000000006")
    qtbot.waitUntil(dialog.refresh_button.isEnabled)  # as a person would: the button is back once the answer is in
    qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("DHL answered with an error: DHL 1000000006:"))
    assert "503" in dialog.message.text() or "server" in dialog.message.text()

    _open(qtbot, panel, tasks, "S-003")
    qtbot.waitUntil(dialog.refresh_button.isEnabled)
    qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() == "SF Express was not asked: no account for it is set up and "
                                                      "enabled")
    _open(qtbot, panel, tasks, "S-001")
    qtbot.waitUntil(dialog.refresh_button.isEnabled)
    qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Not asked: tracking has ended for this parcel"))
    qtbot.waitUntil(lambda: tasks.running == 0)
    assert dhl.calls["1000000001"] == 1  # a delivered parcel is never asked again


class _Browser(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_open_tracking_page_opens_the_carrier_s_public_page(qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    browser = _Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        panel = _panel(qtbot, shop, tasks)
        dialog = _open(qtbot, panel, tasks, "S-004")
        qtbot.mouseClick(dialog.page_button, Qt.MouseButton.LeftButton)
        assert browser.opened == ["https://www.ups.com/track?tracknum=1Z999AA10123456784"]
        _open(qtbot, panel, tasks, "S-007")  # the demo's simulator has no public page
        assert not dialog.page_button.isEnabled()
        assert not dialog.refresh_button.isEnabled()  # this panel was given no tracking service
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_the_background_poller_says_how_its_last_run_went(qtbot: QtBot, shop: Services, tasks: TaskRunner,
                                                           httpserver: HTTPServer, dhl: Dhl, admin: Actor) -> None:
    dhl.down.add("1000000002")
    tomorrow = _tracker(shop, httpserver, clock=lambda: datetime.now(UTC) + timedelta(days=1))  # all due again
    poller = BackgroundPoller(tomorrow, tasks, admin, first_after_ms=10, every_ms=60_000)
    label = poller.label()
    qtbot.addWidget(label)
    assert label.text() == "Tracking: first run shortly"
    steps: list[tuple[int, int]] = []
    poller.progress.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(poller.started), qtbot.waitSignal(poller.finished, timeout=20_000) as finished:
        poller.start()
    report = finished.args[0]
    assert steps and steps[-1] == (6, 6)  # every parcel not delivered yet, in steps
    assert (report.polled, len(report.errors)) == (1, 1)  # DHL's other parcel; the others have no account
    assert re.fullmatch(r"Tracking: last run \d\d:\d\d — 1 polled, 0 updated, 1 errors", label.text())
    tips = label.toolTip().splitlines()
    assert "SF Express was not asked: no account for it is set up and enabled" in tips
    assert any(t.startswith("DHL 1000000002: ") for t in tips)
    assert poller.active and not poller.running
    qtbot.waitUntil(lambda: tasks.running == 0)
    poller.stop()
    assert not poller.active and not poller.run_now()  # stopped: no more runs


def test_the_poller_label_counts_up_while_it_polls(qtbot: QtBot, tasks: TaskRunner, admin: Actor) -> None:
    class SlowTracker:
        def poll(self, *, actor: Actor, progress: Any = None, **_: Any) -> Any:
            from desktop_oms.services.tracking import PollReport

            for done in range(1, 41):
                progress(done, 40)
            return PollReport(polled=40, updated=5, new_events=9, errors=[("dhl", "1", "x"), ("ups", "2", "y")])

    poller = BackgroundPoller(SlowTracker(), tasks, admin)
    label = poller.label()
    texts: list[str] = []
    poller.progress.connect(lambda *_: texts.append(label.text()))
    with qtbot.waitSignal(poller.finished):
        assert poller.run_now()
        assert not poller.run_now()  # one run at a time
    assert texts and texts[-1] == "Tracking: polling 40/40…"
    assert re.fullmatch(r"Tracking: last run \d\d:\d\d — 40 polled, 5 updated, 2 errors", label.text())
    assert label.toolTip().splitlines()[:3] == ["9 new events", "DHL 1: x", "UPS 2: y"]


def test_scrolling_to_the_end_fetches_the_next_page(qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    panel = _panel(qtbot, shop, tasks, page_size=1, height=220)  # room for a few rows
    loaded = panel.model.rowCount()
    rows_shown = panel.table.viewport().height() // panel.table.rowHeight(0)
    assert rows_shown <= loaded < len(PARCELS) and panel.summary.text() == "7 shipments"  # enough to fill it
    panel.table.setFocus()
    for _ in range(len(PARCELS)):  # Ctrl+End: to the last loaded row, where the view asks for more
        qtbot.keyClick(panel.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        _settle(qtbot, panel, tasks)
    assert _column(panel, M.ORDER) == list(reversed(PARCELS))
    assert not panel.model.canFetchMore()


def test_the_shipments_model_passes_qt_s_model_checks(qtbot: QtBot, qtmodeltester: ModelTester, shop: Services,
                                                      tasks: TaskRunner, admin: Actor) -> None:
    model = ShipmentsTableModel(shop.shipments, tasks, admin, page_size=4)
    model.set_filter(model.query_filter)
    qtbot.waitUntil(lambda: model.total == len(PARCELS) and tasks.running == 0)
    qtmodeltester.check(model, force_py=True)  # also asks for more rows, which arrive later
    qtbot.waitUntil(lambda: model.rowCount() == len(PARCELS) and tasks.running == 0)
    qtmodeltester.check(model, force_py=True)


def test_in_the_main_window_the_tab_the_status_bar_f5_and_ctrl_f_work_together(
        qtbot: QtBot, shop: Services, tasks: TaskRunner, admin: Actor) -> None:
    window = MainWindow(shop, tasks, admin, "test shop", live=False)
    qtbot.addWidget(window)
    panel = install_shipments(window, shop, tasks, admin)
    assert panel is not None
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())][-1] == "Shipments"
    assert panel.poller is not None and panel.poller_label in window.statusBar().findChildren(QLabel)
    assert panel.poller.active and panel.poller_label is not None
    assert panel.poller_label.text() == "Tracking: first run shortly"
    window.show()
    window.tabs.setCurrentWidget(panel)
    _settle(qtbot, panel, tasks)
    assert panel.model.rowCount() == len(PARCELS)

    window.activateWindow()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is panel.search_box  # not the orders' search box
    window.tabs.setCurrentIndex(0)
    window.find_action.trigger()
    assert window.tabs.currentWidget() is window.orders_panel  # from another tab, Find is the orders' again
    window.tabs.setCurrentWidget(panel)

    with qtbot.waitSignal(panel.model.refreshed):
        qtbot.keyClick(panel.table, Qt.Key.Key_F5)  # the window's Refresh refreshes this tab too
    window.close()
    assert not panel.poller.active  # closing the window stops the poller
