"""The shipments list on a SQLite file and on PostgreSQL: filters, keyset pages (never OFFSET), stuck, one timeline.

Shipments are made the way a packing station makes them (pack, ship with a tracking number) and
tracked the way the poller tracks them: DHL's parcels against a local server speaking DHL's Unified
Tracking format, with the scans' times in China's offset (+08:00).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy import event
from werkzeug import Request, Response

from desktop_oms.bootstrap import Services
from desktop_oms.carriers.base import CarrierConfig
from desktop_oms.carriers.dhl import DhlAdapter
from desktop_oms.domain.errors import InvalidValue, NotFound
from desktop_oms.domain.tracking import STUCK_AFTER
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.results import ShipmentFilter
from desktop_oms.services.shipments import ShipmentService
from desktop_oms.services.tracking import Limits, TrackingService
from tests.factories import add_products, import_orders, order, product

ADMIN = Actor("dispatcher", Role.ADMIN)
CHINA = timezone(timedelta(hours=8))
#: order number → (carrier, tracking number), in the order they are shipped.
PARCELS = {
    "S-001": ("dhl", "1000000001"),  # delivered
    "S-002": ("dhl", "1000000002"),  # delivery failed: needs attention
    "S-003": ("sf_express", "SF1234567890123"),
    "S-004": ("ups", "1Z999AA10123456784"),
    "S-005": ("zto", "75130595076389"),
    "S-006": ("dhl", "1000000006"),  # in transit
    "S-007": ("simulator", "SIM000007"),  # a carrier without a public tracking page
}


def dhl_event(hours_ago: float, code: str, text: str, city: str) -> dict[str, Any]:
    """A scan as DHL's Unified API sends it: the local time with its offset, DHL's statusCode, the text."""
    stamp = (datetime.now(UTC) - timedelta(hours=hours_ago)).replace(microsecond=0).astimezone(CHINA)
    return {"timestamp": stamp.isoformat(), "statusCode": code, "status": text, "description": text,
            "location": {"address": {"addressLocality": city, "countryCode": "CN"}}}


#: Each DHL parcel's scans, oldest first.
JOURNEYS: dict[str, list[dict[str, Any]]] = {
    "1000000001": [dhl_event(30, "pre-transit", "Shipment information received", "杭州"),
                   dhl_event(20, "transit", "Processed at Hangzhou hub", "杭州"),
                   dhl_event(6, "transit", "Out for delivery", "上海"),
                   dhl_event(2, "delivered", "Delivered", "上海")],
    "1000000002": [dhl_event(28, "transit", "Processed at Hangzhou hub", "杭州"),
                   dhl_event(3, "failure", "Delivery attempted, recipient not home", "北京")],
    "1000000006": [dhl_event(10, "pre-transit", "Shipment information received", "杭州"),
                   dhl_event(1, "transit", "Arrived at delivery facility", "广州")],
}


def dhl_answer(request: Request) -> Response:
    """The local DHL: the parcel's whole journey, newest first as DHL lists it."""
    number = request.args["trackingNumber"]
    events = sorted(JOURNEYS.get(number, []), key=lambda e: e["timestamp"], reverse=True)
    if not events:
        return Response(json.dumps({"status": 404, "title": "No shipment found"}), status=404,
                        content_type="application/problem+json")
    body = {"shipments": [{"id": number, "service": "express", "status": events[0], "events": events}]}
    return Response(json.dumps(body), content_type="application/json")


def dhl_tracking(services: Services, httpserver: HTTPServer) -> TrackingService:
    """A poller whose only carrier account is DHL, at the local server (others are "not set up")."""
    httpserver.expect_request("/track/shipments").respond_with_handler(dhl_answer)
    adapter = DhlAdapter(CarrierConfig("dhl", httpserver.url_for("/"), api_key="k", timeout=(1.0, 2.0)))
    return TrackingService(services.uow, lambda name: (adapter, Limits(per_second=200)) if name == "dhl" else None)


def ship_parcels(services: Services, actor: Actor = ADMIN) -> None:
    """Orders in, allocated, packed and shipped with the PARCELS' carriers and numbers."""
    add_products(services, actor, product("TEA-1", 100))
    import_orders(services, actor, *(order(no, ("TEA-1", 1), minutes=i) for i, no in enumerate(PARCELS)))
    services.allocation.allocate_all(actor=actor)
    for order_no, (carrier, number) in PARCELS.items():
        services.packing.pack_without_scans(order_no, actor=actor)
        services.packing.ship(order_no, carrier, number, actor=actor)


@pytest.fixture
def shop(services: Services, httpserver: HTTPServer) -> Services:
    ship_parcels(services)
    report = dhl_tracking(services, httpserver).poll(actor=ADMIN, every_open=True)
    assert (report.polled, report.errors) == (3, [])
    return services


def _all(service: ShipmentService, flt: ShipmentFilter, limit: int = 1000) -> list[str]:
    return [row.order_no for row in service.page(flt, limit=limit, actor=ADMIN)]


@pytest.fixture
def statements(shop: Services) -> Iterator[list[tuple[str, Any]]]:
    """Every statement sent to the database meanwhile, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        seen.append((statement, parameters))

    event.listen(shop.engine, "before_cursor_execute", record)
    yield seen
    event.remove(shop.engine, "before_cursor_execute", record)


def test_pages_follow_each_other_newest_shipped_first_by_key_never_by_offset(
        shop: Services, statements: list[tuple[str, Any]]) -> None:
    service = shop.shipments
    everything = service.page(ShipmentFilter(), actor=ADMIN)
    assert [r.order_no for r in everything] == list(reversed(PARCELS))  # shipped last: on top
    keys = [r.key for r in everything]
    assert keys == sorted(keys, reverse=True)
    pages, after = [], None
    while True:
        page = service.page(ShipmentFilter(), after=after, limit=3, actor=ADMIN)
        if not page:
            break
        pages.append([r.order_no for r in page])
        after = page[-1].key
    assert pages == [["S-007", "S-006", "S-005"], ["S-004", "S-003", "S-002"], ["S-001"]]
    dhl = [r.order_no for r in service.page(ShipmentFilter(carrier="dhl"), limit=2, actor=ADMIN)]
    rest = service.page(ShipmentFilter(carrier="dhl"), after=service.page(
        ShipmentFilter(carrier="dhl"), limit=2, actor=ADMIN)[-1].key, limit=2, actor=ADMIN)
    assert dhl + [r.order_no for r in rest] == ["S-006", "S-002", "S-001"]
    assert [s for s, _ in statements if "FROM shipments" in s]
    skipped = [(s, p) for s, p in statements if "OFFSET" in s.upper()]
    # SQLAlchemy's SQLite dialect writes "LIMIT ? OFFSET ?" with an offset of 0; nothing is ever skipped.
    assert all(s.rstrip().endswith("OFFSET ?") and p[-1] == 0 for s, p in skipped), skipped


def test_filters_by_carrier_status_attention_and_search(shop: Services) -> None:
    service = shop.shipments
    assert _all(service, ShipmentFilter(carrier="dhl")) == ["S-006", "S-002", "S-001"]
    assert _all(service, ShipmentFilter(statuses=frozenset({"delivered"}))) == ["S-001"]
    assert _all(service, ShipmentFilter(statuses=frozenset({"pending", "in_transit"}))) == [
        "S-007", "S-006", "S-005", "S-004", "S-003"]
    assert _all(service, ShipmentFilter(needs_attention=True)) == ["S-002"]
    assert _all(service, ShipmentFilter(carrier="sf_express", statuses=frozenset({"delivered"}))) == []
    assert _all(service, ShipmentFilter(search="0000002")) == ["S-002"]  # part of a tracking number
    assert _all(service, ShipmentFilter(search="sf 1234567")) == ["S-003"]  # as read aloud, any case
    assert _all(service, ShipmentFilter(search="s-004")) == ["S-004"]  # an order number, any case
    assert _all(service, ShipmentFilter(search="100%")) == []  # % is a character, not a wildcard
    assert service.count(ShipmentFilter(carrier="dhl", search="10000000"), actor=ADMIN) == 3
    with pytest.raises(InvalidValue):
        service.page(ShipmentFilter(statuses=frozenset({"lost_in_space"})), actor=ADMIN)


def test_rows_carry_the_newest_event_and_the_counts_fill_the_chips(shop: Services) -> None:
    rows = {r.order_no: r for r in shop.shipments.page(ShipmentFilter(), actor=ADMIN)}
    assert (rows["S-001"].status, rows["S-001"].last_event, rows["S-001"].last_event_location) == (
        "delivered", "Delivered", "上海, CN")
    assert rows["S-001"].delivered_at is not None and rows["S-003"].delivered_at is None
    assert (rows["S-002"].status, rows["S-002"].needs_attention) == ("delivery_failed", True)
    assert rows["S-003"].last_event == "" and rows["S-003"].last_event_at is None
    counts = shop.shipments.counts_by_status(actor=ADMIN)
    assert {s: n for s, n in counts.items() if n} == {
        "delivered": 1, "delivery_failed": 1, "in_transit": 1, "pending": 4}
    assert "out_for_delivery" in counts  # every status, for a chip each
    by_dhl = shop.shipments.counts_by_status(ShipmentFilter(carrier="dhl", statuses=frozenset({"delivered"})),
                                             actor=ADMIN)
    assert {s: n for s, n in by_dhl.items() if n} == {"delivered": 1, "delivery_failed": 1, "in_transit": 1}
    assert shop.shipments.count(ShipmentFilter(), actor=ADMIN) == len(PARCELS)


def test_a_parcel_without_an_event_for_four_days_is_stuck_until_delivered(shop: Services) -> None:
    now = ShipmentService(shop.uow)
    assert _all(now, ShipmentFilter(stuck=True)) == []
    later = ShipmentService(shop.uow, clock=lambda: datetime.now(UTC) + STUCK_AFTER + timedelta(hours=1))
    assert _all(later, ShipmentFilter(stuck=True)) == ["S-007", "S-006", "S-005", "S-004", "S-003", "S-002"]
    assert all(r.stuck for r in later.page(ShipmentFilter(stuck=True), actor=ADMIN))
    assert later.count(ShipmentFilter(stuck=True, carrier="dhl"), actor=ADMIN) == 2
    assert not later.detail("1000000001", actor=ADMIN).stuck  # delivered: never stuck
    assert later.detail("1000000006", actor=ADMIN).stuck


def test_the_detail_has_the_order_the_schedule_and_every_event_oldest_first(shop: Services) -> None:
    detail = shop.shipments.detail("1000000001", actor=ADMIN)
    assert (detail.order_no, detail.customer, detail.ship_city, detail.carrier) == (
        "S-001", "王芳 Wang Fang", "杭州", "dhl")
    assert detail.status == "delivered" and detail.delivered_at is not None
    assert detail.last_polled_at is not None and detail.next_poll_at is None  # delivered: never asked again
    assert detail.tracking_url == "https://www.dhl.com/global-en/home/tracking.html?tracking-id=1000000001"
    assert [(e.status, e.code, e.description, e.location) for e in detail.events] == [
        ("info_received", "pre-transit", "Shipment information received", "杭州, CN"),
        ("in_transit", "transit", "Processed at Hangzhou hub", "杭州, CN"),
        ("out_for_delivery", "transit", "Out for delivery", "上海, CN"),
        ("delivered", "delivered", "Delivered", "上海, CN")]
    assert [e.time.isoformat() for e in detail.events] == [e["timestamp"] for e in JOURNEYS["1000000001"]]
    assert all(e.time.utcoffset() == timedelta(hours=8) for e in detail.events)  # the scans' own offset
    same = shop.shipments.detail(detail.id, actor=ADMIN)
    assert same == detail
    assert shop.shipments.detail("sf1234567890123", actor=ADMIN).order_no == "S-003"  # as typed
    simulated = shop.shipments.detail("SIM000007", actor=ADMIN)
    assert (simulated.tracking_url, simulated.events, simulated.next_poll_at is not None) == ("", (), True)
    with pytest.raises(NotFound):
        shop.shipments.detail("NOSUCHPARCEL", actor=ADMIN)
    with pytest.raises(NotFound):
        shop.shipments.detail(10**9, actor=ADMIN)
