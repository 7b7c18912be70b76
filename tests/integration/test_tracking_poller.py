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
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy import func, select, update
from werkzeug import Request, Response

from desktop_oms.bootstrap import Services
from desktop_oms.carriers.base import CarrierConfig
from desktop_oms.carriers.dhl import DhlAdapter
from desktop_oms.db.models import (
    CARRIER_STATE,
    ORDERS,
    OUTBOX,
    SHIPMENTS,
    TRACKING_EVENTS,
    TRACKING_QUARANTINE,
)
from desktop_oms.domain.orders import PaymentMethod
from desktop_oms.domain.tracking import PROGRESS, TrackingStatus
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.tracking import BACKOFF_CAP, BACKOFF_FIRST, BACKOFF_JITTER, Limits, TrackingService
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
#: A scan that turns up after the delivery, timestamped before it: kept, but the status stays.
LATE = _event(27, "transit", "ARRIVED", "Arrived at delivery facility (late scan)", "上海")


def _answer(number: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    newest_first = sorted(events, key=lambda e: e["timestamp"], reverse=True)
    status = newest_first[0] if newest_first else {"statusCode": "unknown", "status": "", "description": ""}
    return {"shipments": [{"id": number, "service": "express", "status": status, "events": newest_first}]}


class Carrier:
    """The scripted DHL: per tracking number, what each successive request gets.

    By the number's first three characters: "OK…" and the other good parcels see their events
    arrive over the polls, duplicated and out of order, the delivery with a late scan older than it; "429" gets a 429 (Retry-After in seconds) the first time, "500" and "5XX" a 503, "TMO"
    an answer later than the poller waits; "BAD" is always malformed JSON and "OTH" always an answer
    about another parcel. Besides, every request in `limited_at` (counted over all parcels) gets a
    429, alternately with Retry-After in seconds and as an HTTP-date. Every request's arrival time
    is recorded (wall clock, as the poller's Retry-After is), and every refusal's window."""

    def __init__(self, limited_at: frozenset[int] = frozenset(), slow_s: float = 0.0) -> None:
        self.calls: dict[str, int] = defaultdict(int)
        self.arrivals: list[tuple[float, str]] = []
        self.windows: list[tuple[float, float]] = []  # (when the 429 was answered, Retry-After passed)
        self.sent: dict[str, set[tuple[str, str, str]]] = defaultdict(set)  # events answered, per number
        self.malformed: dict[str, int] = defaultdict(int)  # malformed or strangers' answers, per number
        self.limited_at, self.slow_s = limited_at, slow_s
        self.lock = threading.Lock()

    def __call__(self, request: Request) -> Response:
        number = request.args["trackingNumber"]
        now = time.time()
        with self.lock:
            self.arrivals.append((now, number))
            total = len(self.arrivals)
            n = self.calls[number]
            self.calls[number] += 1
        kind = number[:3]
        if total in self.limited_at or (kind == "429" and n == 0):
            as_date = total in self.limited_at and sorted(self.limited_at).index(total) % 2 == 1
            if as_date:  # whole seconds: the window ends at the date said
                until = float(int(now + 0.5) + 1)  # 0.5 to 1.5 s ahead
                value = format_datetime(datetime.fromtimestamp(until, UTC), usegmt=True)
            else:
                until, value = now + 1.0, "1"
            with self.lock:
                self.windows.append((now, until))
            return Response(json.dumps({"status": 429, "title": "Too many requests"}), status=429,
                            headers={"Retry-After": value}, content_type="application/problem+json")
        if kind in ("500", "5XX") and n == 0:
            return Response("upstream down", status=503)
        if kind == "TMO" and n == 0:
            time.sleep(self.slow_s)  # the poller has given up by now; the answer goes nowhere
        if kind in ("BAD", "OTH"):
            with self.lock:
                self.malformed[number] += 1
            if kind == "BAD":
                return Response('{"shipments": [{"id": "' + number + '", "events": [', status=200,
                                content_type="application/json")
            return Response(json.dumps(_answer("OTHER000000", JOURNEY[:2])), content_type="application/json")
        # Events arrive over polls: first the first two, then all but the last (with a duplicate and
        # an old one re-sent out of order), then everything with a late scan older than the delivery.
        shown = {0: JOURNEY[:2], 1: [*JOURNEY[:4], JOURNEY[1]]}.get(n, [*JOURNEY, LATE])
        with self.lock:
            self.sent[number] |= {(e["timestamp"], e["statusCode"], e["status"]) for e in shown}
        return Response(json.dumps(_answer(number, shown)), content_type="application/json")


#: Parcels made through the services (orders, packing, shipping), and a few hundred more written
#: directly (orders already shipped), with the faults spread among them.
MIXED = 300


def _kind(i: int) -> str:
    return {3: "5XX", 6: "TMO", 9: "BAD", 13: "5XX", 19: "OTH"}.get(i % 20, "GOO")


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


def _add_shipped(services: Services, count: int) -> list[str]:
    """`count` more shipped orders with one DHL parcel each (Core inserts), numbered by their fault."""
    shipped = datetime.now(UTC) - timedelta(hours=2)
    numbers = [f"{_kind(i)}{i:07}" for i in range(count)]
    with services.uow() as tx:
        conn = tx.connection
        first = conn.execute(select(func.coalesce(func.max(ORDERS.c.id), 0))).scalar_one() + 1
        conn.execute(ORDERS.insert(), [
            {"id": first + i, "order_no": f"M-{i:05}", "created_at": shipped, "status": "shipped",
             "payment_method": "alipay", "payment_status": "paid", "customer_name": "李娜"} for i in range(count)])
        conn.execute(SHIPMENTS.insert(), [
            {"order_id": first + i, "carrier": "dhl", "tracking_no": number, "status": "pending",
             "shipped_at": shipped} for i, number in enumerate(numbers)])
        tx.commit()
    return numbers


def _history(services: Services) -> dict[str, str]:
    with services.uow(read_only=True) as tx:
        return dict(tx.connection.execute(select(SHIPMENTS.c.tracking_no, SHIPMENTS.c.status)).all())


def _serve(carrier: Carrier) -> Iterator[str]:
    """The scripted carrier on a threaded server of its own (a slow answer holds no other)."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.expect_request("/track/shipments").respond_with_handler(carrier)
    server.start()
    try:
        yield server.url_for("/")
    finally:
        server.clear()
        if server.is_running():
            server.stop()


def test_the_poller_survives_a_faulty_carrier_and_keeps_every_promise(shop: Services) -> None:
    mixed = _add_shipped(shop, MIXED)
    carrier = Carrier(limited_at=frozenset({150, 420}), slow_s=0.4)
    serving = _serve(carrier)
    url = next(serving)
    adapter = DhlAdapter(CarrierConfig("dhl", url, api_key="k", timeout=(1.0, 0.2)))
    poller = TrackingService(shop.uow, lambda name: (adapter, Limits(per_second=2000)) if name == "dhl" else None)
    seen: dict[str, list[str]] = defaultdict(list)
    crashes = 0
    reports = []
    good = [n for n in mixed if not n.startswith(("BAD", "OTH"))] + [f"OK{i:08}" for i in range(12)]
    started = time.monotonic()
    try:
        for _ in range(12):
            try:
                reports.append(poller.poll(actor=ADMIN, every_open=True))
            except Exception:  # counted, and asserted to be none
                crashes += 1
            history = _history(shop)
            for number, status in history.items():
                seen[number].append(status)
            if all(n in carrier.sent and len(carrier.sent[n]) == len(JOURNEY) + 1 for n in good):
                break  # every good parcel has been told everything, the late scan too
            wait = max((until for _, until in carrier.windows), default=0.0) - time.time()
            if wait > 0:
                time.sleep(wait + 0.05)
    finally:
        next(serving, None)
    elapsed = time.monotonic() - started
    print(f"{len(reports)} polls, {len(carrier.arrivals)} requests, {elapsed:.1f} s")

    assert crashes == 0
    # Nothing asked while a Retry-After held (beyond what was already in flight when the 429 went out).
    early = [(n, at - start) for start, until in carrier.windows for at, n in carrier.arrivals
             if start + IN_FLIGHT_GRACE_S < at < until]
    assert early == []
    assert len(carrier.windows) >= 3 and all(c.windows for c in [carrier])
    with shop.uow(read_only=True) as tx:
        conn = tx.connection
        events = conn.execute(select(TRACKING_EVENTS.c.shipment_id, TRACKING_EVENTS.c.time, TRACKING_EVENTS.c.code,
                                     TRACKING_EVENTS.c.description)).all()
        quarantined: dict[str, int] = dict(conn.execute(select(TRACKING_QUARANTINE.c.tracking_no, func.count())
                                        .group_by(TRACKING_QUARANTINE.c.tracking_no)).all())
        state = conn.execute(select(CARRIER_STATE).where(CARRIER_STATE.c.carrier == "dhl")).one()
        per_shipment: dict[str, int] = dict(conn.execute(select(SHIPMENTS.c.tracking_no, func.count(TRACKING_EVENTS.c.id))
                                         .join(TRACKING_EVENTS, TRACKING_EVENTS.c.shipment_id == SHIPMENTS.c.id)
                                         .group_by(SHIPMENTS.c.tracking_no)).all())
    assert len(events) == len(set(events))  # no event twice
    for number, statuses in seen.items():  # never backwards
        ranks = [PROGRESS[TrackingStatus(s)] for s in statuses]
        assert ranks == sorted(ranks), (number, statuses)
    assert quarantined == dict(carrier.malformed)  # every malformed answer, and only those, kept aside
    assert {n[:3] for n in quarantined} == {"BAD", "OTH"} and len(quarantined) == 2 + MIXED // 10
    final = _history(shop)
    assert all(final[n] == "delivered" for n in good), sorted((n, final[n]) for n in good if final[n] != "delivered")
    assert final["4290000001"] == "delivered" and final["5000000001"] == "delivered"
    assert all(per_shipment[n] == len(carrier.sent[n]) == len(JOURNEY) + 1 for n in good)  # each event once
    assert all(final[n] == "pending" and n not in per_shipment for n in quarantined)
    assert state.breaker_state == "closed"
    messages = [m for r in reports for _, _, m in r.errors]
    assert sum("429" in m for m in messages) == len(carrier.windows)
    assert any("timed out" in m for m in messages) and any("server error" in m for m in messages)
    cod = shop.orders.get_order("T-000", actor=ADMIN)
    assert (cod.status, cod.payment_status) == ("delivered", "cod_collected")
    assert shop.orders.get_order("T-001", actor=ADMIN).status == "delivered"
    assert shop.orders.get_order("T-014", actor=ADMIN).status == "shipped"  # its answers were quarantined
    assert shop.orders.get_order("M-00001", actor=ADMIN).status == "delivered"
    with shop.uow(read_only=True) as tx:  # the customer hears of each step once, however often it is polled
        notices = tx.connection.execute(select(OUTBOX.c.kind, func.count()).where(OUTBOX.c.reference == "T-001")
                                        .group_by(OUTBOX.c.kind)).all()
    assert dict(notices) == {"shipment_shipped": 1, "shipment_out_for_delivery": 1, "shipment_delivered": 1}
    assert elapsed < 30  # about 5-10 s on a quiet machine


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


@pytest.mark.parametrize("failure", ["not found", "server error", "malformed"])
def test_a_shipment_that_keeps_failing_is_asked_later_and_later_until_an_answer_resets_it(
        shop: Services, httpserver: HTTPServer, failure: str) -> None:
    answers = {"not found": Response(json.dumps({"status": 404, "title": "No shipment found"}), status=404,
                                     content_type="application/problem+json"),
               "server error": Response("down", status=503),
               "malformed": Response("{not json", status=200, content_type="application/json")}
    good = [False]

    def carrier(request: Request) -> Response:
        number = request.args["trackingNumber"]
        return Response(json.dumps(_answer(number, JOURNEY[:3])), content_type="application/json") if good[0] \
            else answers[failure]

    httpserver.expect_request("/track/shipments").respond_with_handler(carrier)
    adapter = DhlAdapter(CarrierConfig("dhl", httpserver.url_for("/"), api_key="k"))
    now = [datetime.now(UTC)]
    poller = TrackingService(shop.uow, lambda name: (adapter, Limits(per_second=500)), clock=lambda: now[0],
                             sleep=lambda _: None)
    with shop.uow(read_only=True) as tx:
        shipment_id = tx.connection.execute(select(SHIPMENTS.c.id).where(SHIPMENTS.c.tracking_no == "OK00000000")
                                            ).scalar_one()

    def schedule() -> tuple[int, datetime]:
        with shop.uow(read_only=True) as tx:
            row = tx.connection.execute(select(SHIPMENTS.c.poll_failures, SHIPMENTS.c.next_poll_at)
                                        .where(SHIPMENTS.c.id == shipment_id)).one()
        return row.poll_failures, row.next_poll_at

    delays = []
    for failures in range(1, 5):
        poller.poll(actor=ADMIN, shipment_ids=[shipment_id])
        count, next_at = schedule()
        assert count == failures
        delays.append(next_at - now[0])
        nominal = min(BACKOFF_FIRST * 2 ** (failures - 1), BACKOFF_CAP)
        assert nominal <= delays[-1] <= nominal + BACKOFF_JITTER
        asked = len(httpserver.log)
        now[0] = next_at - timedelta(seconds=1)  # not due yet: the scheduled poll leaves it alone
        with shop.uow() as tx:  # the other parcels are not part of this test
            tx.connection.execute(update(SHIPMENTS).where(SHIPMENTS.c.id != shipment_id)
                                  .values(next_poll_at=now[0] + timedelta(days=1)))
            tx.commit()
        poller.poll(actor=ADMIN)
        assert len(httpserver.log) == asked
        now[0] = next_at
        if failure == "server error":  # five failures in a row would open the breaker (another test)
            with shop.uow() as tx:
                tx.connection.execute(update(CARRIER_STATE).values(breaker_failures=0))
                tx.commit()
    assert delays == sorted(delays) and delays[0] < delays[-1]  # later and later
    good[0] = True
    report = poller.poll(actor=ADMIN)  # due now, by the schedule
    assert report.polled == 1 and report.updated == 1
    count, next_at = schedule()
    assert count == 0  # a good answer starts the count again
    assert next_at == now[0] + timedelta(hours=12)  # in transit, no new scan for days: the status's own schedule
    good[0] = False
    poller.poll(actor=ADMIN, shipment_ids=[shipment_id])
    count, next_at = schedule()
    assert count == 1 and next_at - now[0] <= BACKOFF_FIRST + BACKOFF_JITTER


def test_a_retry_after_is_the_carriers_wait_not_a_failure_of_the_shipment(shop: Services, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/track/shipments").respond_with_data(
        json.dumps({"status": 429}), status=429, headers={"Retry-After": "120"}, content_type="application/problem+json")
    adapter = DhlAdapter(CarrierConfig("dhl", httpserver.url_for("/"), api_key="k"))
    TrackingService(shop.uow, lambda name: (adapter, Limits(per_second=500))).poll(actor=ADMIN, every_open=True)
    with shop.uow(read_only=True) as tx:
        rows = tx.connection.execute(select(SHIPMENTS.c.poll_failures, SHIPMENTS.c.next_poll_at)
                                     .where(SHIPMENTS.c.last_polled_at.is_not(None))).all()
    assert rows and all(failures == 0 for failures, _ in rows)
    assert all(abs((at - datetime.now(UTC)).total_seconds() - 120) < 10 for _, at in rows)  # asked again then
