"""The tracking poller against a local server speaking DHL's Unified Tracking format, with faults injected.

The server answers each shipment from a script: events arriving over several polls (duplicated and
out of order), 429 with Retry-After, 5xx, malformed JSON and answers about another parcel. The poller
must survive all of it: no crash, no request before a Retry-After has passed, no event stored twice,
no status moving backwards, every bad answer quarantined, the orders following their parcels.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy import func, select
from werkzeug import Request, Response

from desktop_oms.bootstrap import Services
from desktop_oms.carriers.base import CarrierConfig
from desktop_oms.carriers.dhl import DhlAdapter
from desktop_oms.db.models import CARRIER_STATE, OUTBOX, SHIPMENTS, TRACKING_EVENTS, TRACKING_QUARANTINE
from desktop_oms.domain.orders import PaymentMethod
from desktop_oms.domain.tracking import PROGRESS, TrackingStatus
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.tracking import Limits, TrackingService
from tests.factories import add_products, import_orders, order, product

ADMIN = Actor("poller", Role.ADMIN)
T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
IN_FLIGHT_GRACE_S = 0.2


def _event(hours: float, code: str, status: str, text: str, city: str = "杭州") -> dict[str, Any]:
    return {"timestamp": (T0 + timedelta(hours=hours)).astimezone().isoformat(),
            "location": {"address": {"addressLocality": city, "countryCode": "CN"}},
            "statusCode": code, "status": status, "description": text}


JOURNEY = [
    _event(1, "pre-transit", "SHIPMENT INFORMATION RECEIVED", "Shipment information received"),
    _event(5, "transit", "PROCESSED", "Processed at Hangzhou hub", "杭州"),
    _event(20, "transit", "ARRIVED", "Arrived at delivery facility", "上海"),
    _event(26, "transit", "OUT FOR DELIVERY", "Out for delivery", "上海"),
    _event(30, "delivered", "DELIVERED", "Delivered", "上海"),
]


def _answer(number: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    newest_first = sorted(events, key=lambda e: e["timestamp"], reverse=True)
    status = newest_first[0] if newest_first else {"statusCode": "unknown", "status": "", "description": ""}
    return {"shipments": [{"id": number, "service": "express", "status": status, "events": newest_first}]}


class Carrier:
    """The scripted DHL: per tracking number, what each successive request gets."""

    def __init__(self) -> None:
        self.calls: dict[str, int] = defaultdict(int)
        self.times: list[float] = []
        self.blocked_at = 0.0  # when the 429 was answered (monotonic)
        self.blocked_until = 0.0  # after a 429: no request may arrive before this
        self.early: list[str] = []
        self.lock = threading.Lock()

    def __call__(self, request: Request) -> Response:
        number = request.args["trackingNumber"]
        now = time.monotonic()
        with self.lock:
            # A request the poller had already sent when the 429 went out may still arrive a moment
            # later (several run in parallel); anything later than that grace was sent in spite of it.
            if self.blocked_at + IN_FLIGHT_GRACE_S < now < self.blocked_until:
                self.early.append(number)
            n = self.calls[number]
            self.calls[number] += 1
        kind = number[:3]
        if kind == "429" and n == 0:
            with self.lock:
                self.blocked_at, self.blocked_until = now, now + 1.0
            return Response(json.dumps({"status": 429, "title": "Too many requests"}), status=429,
                            headers={"Retry-After": "1"}, content_type="application/problem+json")
        if kind == "500" and n == 0:
            return Response("upstream down", status=503)
        if kind == "BAD":
            return Response("{not json", status=200, content_type="application/json")
        if kind == "OTH":
            return Response(json.dumps(_answer("OTHER000000", JOURNEY[:2])), content_type="application/json")
        # Events arrive over polls: first the first two, then all but the last (with a duplicate and
        # an old one re-sent out of order), then everything.
        shown = {0: JOURNEY[:2], 1: [*JOURNEY[:4], JOURNEY[1]], 2: JOURNEY}.get(n, JOURNEY)
        return Response(json.dumps(_answer(number, shown)), content_type="application/json")


@pytest.fixture
def shop(services: Services) -> Services:
    add_products(services, ADMIN, product("TEA-1", 500))
    numbers = ([f"OK{i:08}" for i in range(12)] + ["4290000001", "5000000001", "BAD0000001", "OTH0000001"])
    import_orders(services, ADMIN, *(order(f"T-{i:03}", ("TEA-1", 1), minutes=i,
                                           method=PaymentMethod.COD if i == 0 else PaymentMethod.ALIPAY)
                                     for i in range(len(numbers))))
    services.allocation.allocate_all(actor=ADMIN)
    for i, number in enumerate(numbers):
        services.packing.pack_without_scans(f"T-{i:03}", actor=ADMIN)
        services.packing.ship(f"T-{i:03}", "dhl", number, actor=ADMIN)
    return services


def _history(services: Services) -> dict[str, str]:
    with services.uow(read_only=True) as tx:
        return dict(tx.connection.execute(select(SHIPMENTS.c.tracking_no, SHIPMENTS.c.status)).all())


def test_the_poller_survives_a_faulty_carrier_and_keeps_every_promise(shop: Services, httpserver: HTTPServer) -> None:
    carrier = Carrier()
    httpserver.expect_request("/track/shipments").respond_with_handler(carrier)
    adapter = DhlAdapter(CarrierConfig("dhl", httpserver.url_for("/"), api_key="k", timeout=(1.0, 2.0)))
    poller = TrackingService(shop.uow, lambda name: (adapter, Limits(per_second=200)) if name == "dhl" else None)
    seen: dict[str, list[str]] = defaultdict(list)
    crashes = 0
    reports = []
    for _ in range(5):
        try:
            reports.append(poller.poll(actor=ADMIN, every_open=True))
        except Exception:  # counted, and asserted to be none
            crashes += 1
        for number, status in _history(shop).items():
            seen[number].append(status)
        time.sleep(0.35)
        if carrier.blocked_until > time.monotonic():
            time.sleep(carrier.blocked_until - time.monotonic() + 0.05)

    assert crashes == 0
    assert carrier.early == []  # nothing asked before Retry-After had passed
    with shop.uow(read_only=True) as tx:
        conn = tx.connection
        events = conn.execute(select(TRACKING_EVENTS.c.shipment_id, TRACKING_EVENTS.c.time, TRACKING_EVENTS.c.code,
                                     TRACKING_EVENTS.c.description)).all()
        quarantined = set(conn.execute(select(TRACKING_QUARANTINE.c.tracking_no)).scalars())
        state = conn.execute(select(CARRIER_STATE).where(CARRIER_STATE.c.carrier == "dhl")).one()
        per_shipment = dict(conn.execute(select(SHIPMENTS.c.tracking_no, func.count(TRACKING_EVENTS.c.id))
                                         .join(TRACKING_EVENTS, TRACKING_EVENTS.c.shipment_id == SHIPMENTS.c.id)
                                         .group_by(SHIPMENTS.c.tracking_no)).all())
    assert len(events) == len(set(events))  # no event twice
    for number, statuses in seen.items():  # never backwards
        ranks = [PROGRESS[TrackingStatus(s)] for s in statuses]
        assert ranks == sorted(ranks), (number, statuses)
    assert quarantined == {"BAD0000001", "OTH0000001"}
    final = _history(shop)
    assert all(final[f"OK{i:08}"] == "delivered" for i in range(12))
    assert final["4290000001"] == "delivered" and final["5000000001"] == "delivered"
    assert per_shipment["OK00000000"] == len(JOURNEY)
    assert state.breaker_state == "closed"
    assert any(e[0] == "dhl" and "429" in e[2] for r in reports for e in r.errors)
    cod = shop.orders.get_order("T-000", actor=ADMIN)
    assert (cod.status, cod.payment_status) == ("delivered", "cod_collected")
    assert shop.orders.get_order("T-001", actor=ADMIN).status == "delivered"
    assert shop.orders.get_order("T-014", actor=ADMIN).status == "shipped"  # its answers were quarantined
    with shop.uow(read_only=True) as tx:  # the customer hears of each step once, however often it is polled
        notices = tx.connection.execute(select(OUTBOX.c.kind, func.count()).where(OUTBOX.c.reference == "T-001")
                                        .group_by(OUTBOX.c.kind)).all()
    assert dict(notices) == {"shipment_shipped": 1, "shipment_out_for_delivery": 1, "shipment_delivered": 1}


def test_retry_after_and_the_breaker_hold_across_processes(shop: Services, httpserver: HTTPServer) -> None:
    """Two pollers (as two processes would) share the carrier's state through the database."""
    httpserver.expect_request("/track/shipments").respond_with_data("down", status=503)
    adapter = DhlAdapter(CarrierConfig("dhl", httpserver.url_for("/"), api_key="k", timeout=(1.0, 2.0)))
    first = TrackingService(shop.uow, lambda name: (adapter, Limits(per_second=500)))
    report = first.poll(actor=ADMIN, every_open=True)
    assert report.errors and all("503" in m or "server error" in m for _, _, m in report.errors)
    asked = len(httpserver.log)
    second = TrackingService(shop.uow, lambda name: (adapter, Limits(per_second=500)))
    again = second.poll(actor=ADMIN, every_open=True)
    assert len(httpserver.log) == asked  # the open breaker kept the second poller away
    assert again.skipped and "circuit open" in again.skipped[0][1]


def test_a_daily_quota_is_never_exceeded(shop: Services, httpserver: HTTPServer) -> None:
    carrier = Carrier()
    httpserver.expect_request("/track/shipments").respond_with_handler(carrier)
    adapter = DhlAdapter(CarrierConfig("dhl", httpserver.url_for("/"), api_key="k"))
    poller = TrackingService(shop.uow, lambda name: (adapter, Limits(per_second=500, per_day=5)))
    report = poller.poll(actor=ADMIN, every_open=True)
    poller.poll(actor=ADMIN, every_open=True)
    assert len(httpserver.log) == 5
    assert any("quota" in why for _, why in report.skipped)


@pytest.mark.parametrize("retry_after", ["60", "http-date"])
def test_a_retry_after_holds_for_every_poller_until_it_has_passed(
        shop: Services, httpserver: HTTPServer, retry_after: str) -> None:
    from email.utils import format_datetime

    value = retry_after if retry_after != "http-date" else format_datetime(datetime.now(UTC) + timedelta(seconds=90),
                                                                            usegmt=True)
    httpserver.expect_request("/track/shipments").respond_with_data(
        json.dumps({"status": 429, "title": "Too many requests"}), status=429, headers={"Retry-After": value},
        content_type="application/problem+json")
    adapter = DhlAdapter(CarrierConfig("dhl", httpserver.url_for("/"), api_key="k"))
    TrackingService(shop.uow, lambda name: (adapter, Limits(per_second=500))).poll(actor=ADMIN, every_open=True)
    asked = len(httpserver.log)
    assert 1 <= asked <= 4  # the first answer stops this run (a few requests may have been in flight)
    other_process = TrackingService(shop.uow, lambda name: (adapter, Limits(per_second=500)))
    report = other_process.poll(actor=ADMIN, every_open=True)
    assert len(httpserver.log) == asked
    assert report.skipped and "Retry-After" in report.skipped[0][1]


def test_an_adapter_that_breaks_is_reported_never_a_crash(shop: Services) -> None:
    class Broken:
        name = "dhl"

        def track(self, numbers: list[str]) -> list[Any]:
            raise ValueError("no company code for this parcel")

        def test_connection(self) -> str:
            return ""

    poller = TrackingService(shop.uow, lambda name: (Broken(), Limits(per_second=500)))  # type: ignore[arg-type, return-value]
    report = poller.poll(actor=ADMIN, every_open=True)
    assert report.errors and all("ValueError" in m for _, _, m in report.errors)
    assert _history(shop)["OK00000000"] == "pending"  # nothing applied, asked again later
