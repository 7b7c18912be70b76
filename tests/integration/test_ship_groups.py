"""An order sent to several addresses, on both databases: from our CSV's ship_group column through
allocation, one parcel per address at the packing station, a slip per parcel, a shipment per parcel,
tracking, and the order delivered when its last parcel is."""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy import select

from desktop_oms.bootstrap import Services
from desktop_oms.carriers.base import CarrierConfig
from desktop_oms.carriers.dhl import DhlAdapter
from desktop_oms.db.models import ORDER_SHIP_GROUPS, SHIPMENT_LINES, SHIPMENTS
from desktop_oms.domain.errors import IllegalMove, InvalidValue, PackIncomplete
from desktop_oms.domain.packing import PackCheck
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.tracking import Limits, TrackingService
from desktop_oms.shops.ours import parse_orders_csv
from tests.factories import add_products, product

PACKER = Actor("packer", Role.PACKER)
HEADER = ("order_no,created_at,customer_name,email,phone,ship_name,ship_address1,ship_address2,ship_city,"
          "ship_province,ship_postcode,ship_country,payment_method,paid,sku,qty,unit_price,ship_group\n")
GIFTS = HEADER + (
    "G-1,2027-01-20T09:00:00+08:00,王芳,wang@example.cn,13800138000,王芳,文三路 90 号,,杭州,浙江,310012,CN,alipay,true,TEA-1,2,39.90,1\n"
    "G-1,2027-01-20T09:00:00+08:00,王芳,wang@example.cn,13800138000,王建国,人民路 1 号,3 单元,苏州,江苏,215000,CN,alipay,true,TEA-1,1,39.90,2\n"
    "G-1,2027-01-20T09:00:00+08:00,王芳,wang@example.cn,13800138000,王建国,人民路 1 号,3 单元,苏州,江苏,215000,CN,alipay,true,CUP-1,1,25.00,2\n"
    "G-1,2027-01-20T09:00:00+08:00,王芳,wang@example.cn,13800138000,李娜,中山路 8 号,,广州,广东,510000,CN,alipay,true,CUP-1,2,25.00,3\n"
)


@pytest.fixture
def shop(services: Services, admin: Actor) -> Services:
    add_products(services, admin, replace(product("TEA-1", 10), barcode="6901234567892"),
                 replace(product("CUP-1", 10), barcode="036000291452"))
    report = services.intake.import_orders(parse_orders_csv(GIFTS), actor=admin)
    assert (report.created, report.errors) == (1, ())
    return services


def _groups(services: Services) -> list[tuple[int, str, str]]:
    with services.uow(read_only=True) as tx:
        return [(r.ship_group, r.name, r.city) for r in tx.connection.execute(
            select(ORDER_SHIP_GROUPS).order_by(ORDER_SHIP_GROUPS.c.ship_group))]


def _pack(services: Services, station: str) -> tuple[int, int, str, list[tuple[str, int]]]:
    """Claim, scan every unit of the parcel the station shows, finish; what the station showed."""
    shown = services.packing.claim("G-1", station, actor=PACKER)
    check = PackCheck(shown.order_no, shown.lines)
    for line in shown.lines:
        for _ in range(line.required):
            check.scan(line.barcode)
    services.packing.finish("G-1", station, check.counts(), actor=PACKER)
    return shown.parcel, shown.parcels, shown.ship_to.city, [(ln.sku, ln.required) for ln in shown.lines]


def test_the_csv_gives_each_ship_group_its_address_and_the_first_is_the_orders_own(shop: Services) -> None:
    assert _groups(shop) == [(1, "王芳", "杭州"), (2, "王建国", "苏州"), (3, "李娜", "广州")]
    detail = shop.orders.get_order("G-1", actor=PACKER)
    assert detail.ship_to.city == "杭州"
    assert [(ln.sku, ln.qty, ln.ship_group) for ln in detail.lines] == [
        ("TEA-1", 2, 1), ("TEA-1", 1, 2), ("CUP-1", 1, 2), ("CUP-1", 2, 3)]


def test_rows_of_one_ship_group_must_agree_on_its_address() -> None:
    text = GIFTS.replace("王建国,人民路 1 号,3 单元,苏州,江苏,215000,CN,alipay,true,CUP-1",
                         "王建国,人民路 2 号,3 单元,苏州,江苏,215000,CN,alipay,true,CUP-1")
    parsed = parse_orders_csv(text)
    assert parsed.orders == []
    [error] = parsed.errors
    assert (error.row, error.field) == (4, "ship_address1")
    assert "first row of ship group 2" in error.message


def test_a_file_without_ship_group_keeps_one_address_per_order() -> None:
    text = HEADER.replace(",ship_group", "") + GIFTS.splitlines()[1].rsplit(",", 1)[0] + "\n"
    [only] = parse_orders_csv(text).orders
    assert only.more_ship_to == () and {ln.ship_group for ln in only.lines} == {1}


def test_each_address_is_packed_and_shipped_as_its_own_parcel(shop: Services, admin: Actor) -> None:
    assert shop.allocation.allocate(["G-1"], actor=admin).allocated == ("G-1",)
    bench = "Bench 1"

    assert _pack(shop, bench) == (1, 3, "杭州", [("TEA-1", 2)])
    assert shop.orders.get_order("G-1", actor=PACKER).status == "picking"  # two parcels still to go
    first = shop.packing.ship("G-1", "sf_express", "SF1234567890123", actor=PACKER, station=bench)
    assert (first.status, first.parcel, first.parcels, first.remaining, first.units) == ("picking", 1, 3, 2, 2)

    again = shop.packing.claim("G-1/2", bench, actor=PACKER)  # the next parcel's slip scanned
    assert (again.parcel, again.ship_to.name, again.parcel_packed) == (2, "王建国", False)
    with pytest.raises(PackIncomplete):  # only parcel 2's units count now
        shop.packing.finish("G-1", bench, {again.lines[0].line_id: 1}, actor=PACKER)
    with pytest.raises(IllegalMove):  # not packed: no label yet
        shop.packing.ship("G-1", "sf_express", "SF1234567890124", actor=PACKER, station=bench)
    assert _pack(shop, bench) == (2, 3, "苏州", [("TEA-1", 1), ("CUP-1", 1)])
    shop.packing.ship("G-1", "sf_express", "SF1234567890124", actor=PACKER, station=bench)

    assert _pack(shop, bench) == (3, 3, "广州", [("CUP-1", 2)])
    assert shop.orders.get_order("G-1", actor=PACKER).status == "packed"  # every parcel packed
    last = shop.packing.ship("G-1", "sf_express", "SF1234567890125", actor=PACKER, station=bench)
    assert (last.status, last.parcel, last.remaining) == ("shipped", 3, 0)

    with shop.uow(read_only=True) as tx:
        parcels = tx.connection.execute(
            select(SHIPMENTS.c.ship_group, SHIPMENTS.c.tracking_no, SHIPMENT_LINES.c.qty)
            .join(SHIPMENT_LINES, SHIPMENT_LINES.c.shipment_id == SHIPMENTS.c.id)
            .order_by(SHIPMENTS.c.ship_group, SHIPMENT_LINES.c.id)).all()
    assert [tuple(p) for p in parcels] == [(1, "SF1234567890123", 2), (2, "SF1234567890124", 1),
                                           (2, "SF1234567890124", 1), (3, "SF1234567890125", 2)]
    stock = {r.sku: (r.on_hand, r.reserved) for r in shop.stock.list_stock(actor=PACKER)}
    assert stock == {"TEA-1": (7, 0), "CUP-1": (7, 0)}
    history = [(h.action, h.to_status) for h in shop.orders.get_order("G-1", actor=PACKER).history]
    assert history.count(("ship-parcel", "")) + history.count(("ship-parcel", None)) == 2


def test_a_parcel_given_back_is_scanned_again_at_the_next_bench(shop: Services, admin: Actor) -> None:
    shop.allocation.allocate(["G-1"], actor=admin)
    _pack(shop, "Bench 1")
    shop.packing.abandon("G-1", "Bench 1", actor=PACKER)
    shown = shop.packing.claim("G-1", "Bench 2", actor=PACKER)
    assert (shown.parcel, shown.parcel_packed, shown.status) == (1, False, "picking")


def test_one_slip_per_parcel_with_its_own_address(shop: Services, admin: Actor, tmp_path: Path) -> None:
    shop.allocation.allocate(["G-1"], actor=admin)
    batch = shop.packing.slips(tmp_path / "slips.pdf", actor=admin, order_nos=["G-1"])
    assert (batch.documents, batch.pages) == (3, 3)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "slips.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = text.split("\f")
    for page, (name, city, parcel) in zip(pages, [("王芳", "杭州", 1), ("王建国", "苏州", 2), ("李娜", "广州", 3)],
                                          strict=False):
        assert name in page and city in page and f"{parcel} of 3" in page
    assert "苏州" not in pages[0] and "Same as ship to" in pages[0]
    # a gift parcel: the recipient's address to ship to, the customer's as bill-to
    assert "Same as ship to" not in pages[1] and "杭州" in pages[1]
    assert "PAYMENT" in pages[0].upper() and "PAYMENT" not in pages[1].upper()  # what was paid is not told to the recipient
    picks = shop.packing.pick_list(actor=admin, order_nos=["G-1"])
    assert [(o.ref, o.ship_to, o.units) for o in picks.orders] == [
        ("G-1/1", "王芳, 杭州", 2), ("G-1/2", "王建国, 苏州", 2), ("G-1/3", "李娜, 广州", 2)]


def test_the_bench_prints_one_parcel_s_slip_alone(shop: Services, admin: Actor, tmp_path: Path) -> None:
    shop.allocation.allocate(["G-1"], actor=admin)
    batch = shop.packing.slips(tmp_path / "p2.pdf", actor=admin, order_nos=["G-1"], parcel=2)
    assert (batch.documents, batch.pages) == (1, 1)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "p2.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "王建国" in text and "苏州" in text and "2 of 3" in text and "广州" not in text
    with pytest.raises(InvalidValue, match="one order"):
        shop.packing.slips(tmp_path / "x.pdf", actor=admin, order_nos=["G-1", "G-2"], parcel=1)
    assert not (tmp_path / "x.pdf").exists()


def _dhl(number: str, delivered: bool) -> dict[str, object]:
    status = "delivered" if delivered else "transit"
    return {"shipments": [{"id": number, "service": "express", "status": {
        "timestamp": "2027-01-22T10:00:00+08:00", "statusCode": status, "status": status.upper(),
        "description": status}, "events": [{
            "timestamp": "2027-01-22T10:00:00+08:00", "statusCode": status, "status": status.upper(),
            "description": status, "location": {"address": {"addressLocality": "苏州"}}}]}]}


def test_the_order_is_delivered_when_its_last_parcel_is(shop: Services, admin: Actor, httpserver: HTTPServer) -> None:
    shop.allocation.allocate(["G-1"], actor=admin)
    shop.packing.pack_without_scans("G-1", actor=admin)
    numbers = ["JD0000000001", "JD0000000002", "JD0000000003"]
    for number in numbers:
        shop.packing.ship("G-1", "dhl", number, actor=admin)
    assert shop.orders.get_order("G-1", actor=admin).status == "shipped"
    delivered = {numbers[0], numbers[1]}

    def answer(request: object) -> object:
        from werkzeug import Response
        number = request.args["trackingNumber"]  # type: ignore[attr-defined]
        return Response(json.dumps(_dhl(number, number in delivered)), content_type="application/json")

    httpserver.expect_request("/track/shipments").respond_with_handler(answer)  # type: ignore[arg-type]
    adapter = DhlAdapter(CarrierConfig("dhl", httpserver.url_for("/"), api_key="k"))
    poller = TrackingService(shop.uow, lambda name: (adapter, Limits(per_second=500)))
    poller.poll(actor=admin, every_open=True)
    assert shop.orders.get_order("G-1", actor=admin).status == "shipped"  # one parcel still on its way
    delivered.add(numbers[2])
    poller.poll(actor=admin, every_open=True)
    assert shop.orders.get_order("G-1", actor=admin).status == "delivered"
