"""The carrier simulator: the demo's parcels move along in DHL's format, and the poller follows them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop_oms.bootstrap import Services
from desktop_oms.carriers.base import CarrierConfig
from desktop_oms.carriers.dhl import DhlAdapter
from desktop_oms.db.models import utcnow
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.carrier_sim import CarrierSimulator, journey
from tests.factories import add_products, import_orders, order, product

ADMIN = Actor("sim", Role.ADMIN)


def test_a_journey_is_told_the_same_way_every_time_and_ends_delivered() -> None:
    shipped = utcnow() - timedelta(days=1)
    first = journey("SF1234567890123", shipped, utcnow(), speed=1.0)
    assert first == journey("SF1234567890123", shipped, utcnow(), speed=1.0)
    assert first[0]["statusCode"] in ("delivered", "failure") or first[0]["status"] == "DELIVERED"
    assert journey("SF1234567890123", shipped, shipped + timedelta(minutes=40), speed=1.0)[0]["status"] == "PICKED UP"


@pytest.fixture
def shop(sqlite_services: Services) -> Services:
    add_products(sqlite_services, ADMIN, product("TEA-1", 10))
    import_orders(sqlite_services, ADMIN, order("S-1", ("TEA-1", 1)))
    sqlite_services.allocation.allocate_all(actor=ADMIN)
    sqlite_services.packing.pack_without_scans("S-1", actor=ADMIN)
    sqlite_services.packing.ship("S-1", "zto", "731234567890", actor=ADMIN)
    return sqlite_services


def test_the_demo_shop_polls_every_carrier_through_the_simulator(shop: Services) -> None:
    simulator = CarrierSimulator(shop.uow, speed=1.0, clock=lambda: utcnow() + timedelta(hours=20))
    server = simulator.serve(0)
    try:
        port = server.server_address[1]
        shop.carriers.let_simulator_stand_in(actor=ADMIN, port=port)
        adapter = DhlAdapter(CarrierConfig("simulator", f"http://127.0.0.1:{port}", api_key="demo"))
        told = adapter.track(["731234567890"])[0]
        assert [e.code for e in told.events][:2] == ["pre-transit", "transit"]  # oldest first, in DHL's codes
        report = shop.tracking.poll(actor=ADMIN, every_open=True)
        assert (report.polled, report.errors) == (1, [])
        shipment = shop.orders.get_order("S-1", actor=ADMIN).shipments[0]
        assert shipment.status in ("delivered", "delivery_failed", "on_hold", "out_for_delivery", "in_transit")
        assert len(shipment.events) >= 5
        unknown = DhlAdapter(CarrierConfig("simulator", f"http://127.0.0.1:{port}", api_key="demo"))
        with pytest.raises(Exception, match="(?i)no shipment"):
            unknown.track(["SF0000000000000"])
    finally:
        server.shutdown()
        server.server_close()
