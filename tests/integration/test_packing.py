"""The packing station's use cases on a SQLite file and on PostgreSQL: claim, scan, pack, ship."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from sqlalchemy import select

from desktop_oms.bootstrap import Services
from desktop_oms.db.models import AUDIT_LOG, SCAN_LOG
from desktop_oms.domain.errors import (
    ClaimedElsewhere,
    IllegalMove,
    InvalidValue,
    NotFound,
    NothingToPack,
    PackIncomplete,
    PermissionDenied,
    TrackingInUse,
)
from desktop_oms.domain.packing import PackCheck, ScanResult
from desktop_oms.domain.users import Actor, Role
from tests.factories import add_products, import_orders, order, product

PACKER = Actor("packer", Role.PACKER)


@pytest.fixture
def shop(services: Services, admin: Actor) -> Services:
    add_products(services, admin, replace(product("TEA-1", 20), barcode="6901234567892"),
                 replace(product("CUP-1", 20), barcode="036000291452"), product("PEN-9", 5))
    import_orders(services, admin, order("P-1", ("TEA-1", 2), ("CUP-1", 1), minutes=1),
                  order("P-2", ("TEA-1", 1), minutes=2), order("P-3", ("CUP-1", 1), minutes=3))
    services.allocation.allocate_all(actor=admin)
    return services


def _status(services: Services, order_no: str) -> str:
    return services.orders.get_order(order_no, actor=PACKER).status


def _stock(services: Services, sku: str) -> tuple[int, int]:
    row = next(r for r in services.stock.list_stock(actor=PACKER) if r.sku == sku)
    return row.on_hand, row.reserved


def test_next_order_claims_the_oldest_allocated_order_for_this_station(shop: Services) -> None:
    first = shop.packing.claim_next("Bench 1", actor=PACKER)
    second = shop.packing.claim_next("Bench 2", actor=PACKER)
    assert (first.order_no, second.order_no) == ("P-1", "P-2")
    assert [(ln.sku, ln.required, ln.barcode) for ln in first.lines] == [
        ("TEA-1", 2, "6901234567892"), ("CUP-1", 1, "036000291452")]
    assert _status(shop, "P-1") == "picking"
    again = shop.packing.claim_next("Bench 1", actor=PACKER)  # after a crash: the same order back
    assert again.order_no == "P-1" and again.resumed


def test_an_order_claimed_at_one_station_is_refused_at_another(shop: Services) -> None:
    shop.packing.claim("P-3", "Bench 1", actor=PACKER)
    with pytest.raises(ClaimedElsewhere) as caught:
        shop.packing.claim("P-3", "Bench 2", actor=PACKER)
    assert caught.value.params["station"] == "Bench 1"
    with pytest.raises(ClaimedElsewhere):
        shop.packing.finish("P-3", "Bench 2", {}, actor=PACKER)


def test_an_order_held_while_it_is_packed_cannot_be_packed_and_comes_back_on_release(
        shop: Services, admin: Actor) -> None:
    shop.packing.claim("P-2", "Bench 1", actor=PACKER)
    shop.orders.hold("P-2", "customer asked to wait", actor=admin)
    with pytest.raises(IllegalMove):
        shop.packing.finish("P-2", "Bench 1", {}, actor=PACKER)
    with pytest.raises(IllegalMove):
        shop.packing.claim("P-2", "Bench 2", actor=PACKER)
    assert shop.orders.release("P-2", actor=admin).status == "picking"
    assert shop.packing.claim_next("Bench 1", actor=PACKER).order_no == "P-2"  # back at its bench


def test_abandoning_gives_the_order_back_to_the_queue(shop: Services) -> None:
    shop.packing.claim("P-1", "Bench 1", actor=PACKER)
    shop.packing.abandon("P-1", "Bench 1", actor=PACKER)
    assert _status(shop, "P-1") == "allocated"
    assert shop.packing.claim_next("Bench 2", actor=PACKER).order_no == "P-1"


def test_stations_racing_for_orders_never_share_one(shop: Services, admin: Actor) -> None:
    import_orders(shop, admin, *[order(f"R-{i:02}", ("PEN-9", 1), minutes=10 + i) for i in range(5)])
    shop.allocation.allocate_all(actor=admin)  # 5 pens: all five allocated; 8 orders in all
    won: list[str] = []
    lock = threading.Lock()

    def station(n: int) -> None:
        while True:
            try:
                got = shop.packing.claim_next(f"S{n}", actor=PACKER)
            except NothingToPack:
                return
            if got.resumed:
                shop.packing.abandon(got.order_no, f"S{n}", actor=PACKER)  # never happens: asserted below
                raise AssertionError("resumed an order mid-race")
            with lock:
                won.append(got.order_no)
            shop.packing.pack_without_scans(got.order_no, actor=admin)
            shop.packing.ship(got.order_no, "simulator", f"SIM{len(won):08}{n}", actor=PACKER)

    threads = [threading.Thread(target=station, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(won) == sorted(set(won)) and len(won) == 8


def test_packing_checks_the_counts_again_and_names_what_is_missing(shop: Services) -> None:
    claimed = shop.packing.claim_next("Bench 1", actor=PACKER)
    check = PackCheck(claimed.order_no, claimed.lines)
    check.scan("6901234567892")
    with pytest.raises(PackIncomplete) as caught:
        shop.packing.finish("P-1", "Bench 1", check.counts(), actor=PACKER)
    assert caught.value.params["skus"] == "TEA-1, CUP-1"
    check.scan("TEA-1")
    check.scan("036000291452")
    packed = shop.packing.finish("P-1", "Bench 1", check.counts(), actor=PACKER)
    assert packed.units == 3 and _status(shop, "P-1") == "packed"


def test_shipping_takes_the_goods_out_of_stock_and_records_the_parcel(shop: Services, admin: Actor) -> None:
    claimed = shop.packing.claim_next("Bench 1", actor=PACKER)
    check = PackCheck(claimed.order_no, claimed.lines)
    for code in ("TEA-1", "TEA-1", "CUP-1"):
        check.scan(code)
    shop.packing.finish("P-1", "Bench 1", check.counts(), actor=PACKER)
    assert _stock(shop, "TEA-1") == (20, 3)  # P-1 and P-2 reserved
    result = shop.packing.ship("P-1", "sf_express", "sf 1234 5678 9012 3", actor=PACKER, station="Bench 1")
    assert (result.status, result.tracking_no, result.units) == ("shipped", "SF1234567890123", 3)
    assert _stock(shop, "TEA-1") == (18, 1)
    assert _stock(shop, "CUP-1") == (19, 1)  # P-3 still holds one
    detail = shop.orders.get_order("P-1", actor=PACKER)
    assert [(s.carrier, s.tracking_no) for s in detail.shipments] == [("sf_express", "SF1234567890123")]
    assert all(ln.shipped == ln.qty and ln.reserved == 0 for ln in detail.lines)
    assert [h.action for h in detail.history][-3:] == ["claim", "pack", "ship"]
    assert shop.stock.verify_ledger(actor=admin) == []
    shop.packing.pack_without_scans("P-2", actor=admin)
    with pytest.raises(TrackingInUse) as caught:
        shop.packing.ship("P-2", "sf_express", "SF1234567890123", actor=PACKER)
    assert caught.value.params["order_no"] == "P-1"
    assert _status(shop, "P-2") == "packed"  # refused: nothing changed


def test_shipping_an_unpacked_order_or_a_bad_number_is_refused(shop: Services) -> None:
    with pytest.raises(IllegalMove):
        shop.packing.ship("P-1", "ups", "1Z999AA10123456784", actor=PACKER)
    with pytest.raises(InvalidValue) as caught:
        shop.packing.ship("P-1", "ups", "<b>", actor=PACKER)
    assert caught.value.field == "tracking"
    with pytest.raises(InvalidValue) as carrier:
        shop.packing.ship("P-1", "pigeon", "1Z999AA10123456784", actor=PACKER)
    assert carrier.value.field == "carrier"


def test_every_scan_is_logged_and_a_foreign_code_is_told_apart(shop: Services) -> None:
    shop.packing.claim("P-2", "Bench 1", actor=PACKER)
    known = shop.packing.log_scan("P-2", "Bench 1", "036000291452", ScanResult.WRONG_ITEM, actor=PACKER)
    unknown = shop.packing.log_scan("P-2", "Bench 1", "999999", ScanResult.WRONG_ITEM, actor=PACKER)
    counted = shop.packing.log_scan("P-2", "Bench 1", "TEA-1", ScanResult.COMPLETED, actor=PACKER)
    assert (known.result, known.sku) == ("wrong_item", "CUP-1")
    assert unknown.result == "unknown" and counted.result == "completed"
    with shop.uow(read_only=True) as tx:
        rows = tx.connection.execute(select(SCAN_LOG.c.station, SCAN_LOG.c.user, SCAN_LOG.c.code, SCAN_LOG.c.result)
                                     .where(SCAN_LOG.c.order_no == "P-2").order_by(SCAN_LOG.c.id)).all()
    assert [tuple(r) for r in rows] == [("Bench 1", "packer", "P-2", "order"),
                                        ("Bench 1", "packer", "036000291452", "wrong_item"),
                                        ("Bench 1", "packer", "999999", "unknown"),
                                        ("Bench 1", "packer", "TEA-1", "completed")]


def test_packing_without_scans_is_for_administrators_and_audited_as_such(shop: Services, admin: Actor) -> None:
    with pytest.raises(PermissionDenied):
        shop.packing.pack_without_scans("P-1", actor=Actor("boss", Role.MANAGER))
    shop.packing.pack_without_scans("P-1", actor=admin)
    with shop.uow(read_only=True) as tx:
        action = tx.connection.execute(select(AUDIT_LOG.c.action, AUDIT_LOG.c.reason).where(
            AUDIT_LOG.c.entity_ref == "P-1").order_by(AUDIT_LOG.c.id.desc()).limit(1)).one()
    assert tuple(action) == ("pack-unscanned", "packed without scans")


def test_the_services_refuse_roles_without_the_right(shop: Services) -> None:
    agentless = Actor("viewer", Role.PACKER)
    with pytest.raises(PermissionDenied):
        shop.packing.release_claim("P-1", actor=agentless, reason="went home")
    shop.packing.claim("P-1", "Bench 1", actor=PACKER)
    shop.packing.release_claim("P-1", actor=Actor("boss", Role.MANAGER), reason="station broke")
    assert _status(shop, "P-1") == "allocated"


def test_a_pick_list_groups_a_wave_by_product_and_keeps_parcels_apart(shop: Services) -> None:
    pick = shop.packing.pick_list(actor=PACKER, next_n=3)
    assert [(i.sku, i.qty, i.orders) for i in pick.items] == [
        ("CUP-1", 2, (("P-1", 1), ("P-3", 1))), ("TEA-1", 3, (("P-1", 2), ("P-2", 1)))]
    assert [(o.ref, o.units) for o in pick.orders] == [("P-1", 3), ("P-2", 1), ("P-3", 1)]
    with pytest.raises(NotFound) as caught:
        shop.packing.pick_list(actor=PACKER, order_nos=["P-1", "NOPE"])
    assert caught.value.params["key"] == "NOPE"
    shop.packing.pack_without_scans("P-1", actor=Actor("root", Role.ADMIN))
    with pytest.raises(IllegalMove):
        shop.packing.pick_list(actor=PACKER, order_nos=["P-1"])
