"""Operator stories on a real bootstrap, the way a shop's first week goes."""

from __future__ import annotations

from pathlib import Path

from desktop_oms import bootstrap
from desktop_oms.config import Settings
from desktop_oms.domain.users import Actor, Role
from desktop_oms.shops.encoding import read_text
from desktop_oms.shops.ours import parse_orders_csv
from desktop_oms.shops.products import parse_products_csv

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_shop_loads_its_catalogue_takes_orders_runs_short_and_catches_up_when_goods_arrive(
        db_url: str, tmp_path: Path) -> None:
    services = bootstrap.build(Settings(db_url=db_url))
    admin, agent = Actor("alice", Role.ADMIN), Actor("bob", Role.AGENT)
    packer = Actor("pat", Role.PACKER)
    try:
        products, errors = parse_products_csv(read_text(FIXTURES / "products.csv"))
        assert errors == []
        assert services.catalogue.import_products(products, errors, actor=admin).created == len(products)

        parsed = parse_orders_csv(read_text(FIXTURES / "orders_ok.csv"))
        report = services.intake.import_orders(parsed, actor=agent)
        assert (report.created, report.rejected) == (len(parsed.orders), 0)

        first = services.allocation.allocate_all(actor=agent)
        waiting = set(first.backordered)
        assert first.allocated, "some orders fit the opening stock"
        stock_before = {r.sku: r for r in services.stock.list_stock(actor=agent)}
        assert all(0 <= r.reserved <= r.on_hand for r in stock_before.values())

        # A customer calls and cancels an allocated order: its units come back.
        cancelled = first.allocated[0]
        services.orders.cancel(cancelled, actor=agent, reason="customer changed mind")
        assert services.orders.get_order(cancelled, actor=packer).status == "cancelled"

        # The packer receives a delivery of every product: the backorders are served, oldest first.
        for sku in stock_before:
            services.stock.receive(sku, 50, actor=packer, note="weekly delivery")
        statuses = {no: services.orders.get_order(no, actor=packer).status for no in waiting}
        assert set(statuses.values()) <= {"allocated"}, statuses

        # Stock and ledger tell the same story; every status change has a name on it.
        assert services.stock.verify_ledger(actor=admin) == []
        for row in services.orders.list_orders(actor=admin, limit=100):
            history = services.orders.get_order(row.order_no, actor=admin).history
            assert history[0].action == "import" and all(h.user for h in history)
            assert history[-1].to_status == row.status
    finally:
        services.close()


def test_a_wave_is_picked_packed_with_scans_slipped_and_shipped(db_url: str, tmp_path: Path) -> None:
    """The packer's morning: a pick list for the wave, each order packed by scanning, slips, labels."""
    import subprocess

    from desktop_oms.domain.packing import PackCheck

    services = bootstrap.build(Settings(db_url=db_url))
    admin, packer = Actor("alice", Role.ADMIN), Actor("pat", Role.PACKER)
    try:
        products, errors = parse_products_csv(read_text(FIXTURES / "products.csv"))
        services.catalogue.import_products(products, errors, actor=admin)
        services.intake.import_orders(parse_orders_csv(read_text(FIXTURES / "orders_ok.csv")), actor=admin)
        allocated = services.allocation.allocate_all(actor=admin).allocated
        assert len(allocated) >= 2

        wave = services.packing.write_pick_list(tmp_path / "wave.pdf", actor=packer, next_n=2)
        assert wave.pages >= 1 and len(wave.orders) == 2

        for n, order_no in enumerate(wave.orders):
            claimed = services.packing.claim_next("Bench 1", actor=packer)
            assert claimed.order_no == order_no  # the wave's orders, oldest first
            check = PackCheck(claimed.order_no, claimed.lines)
            for line in claimed.lines:
                for _ in range(line.required):
                    check.scan(line.barcode or line.sku)
            assert check.complete
            services.packing.finish(order_no, "Bench 1", check.counts(), actor=packer)
            slip = services.packing.slips(tmp_path / f"{order_no}.pdf", actor=packer, order_nos=[order_no])
            text = subprocess.run(["pdftotext", slip.path, "-"], capture_output=True, text=True, check=True).stdout
            assert order_no in text
            services.packing.ship(order_no, "simulator", f"SIM{n + 1:08}", actor=packer, station="Bench 1")
            assert services.orders.get_order(order_no, actor=packer).status == "shipped"
        assert services.stock.verify_ledger(actor=admin) == []
    finally:
        services.close()


def _dhl_answer(number: str, delivered: bool) -> dict[str, object]:
    """DHL Unified Tracking's shape (as the carrier publishes it), one event."""
    code = "delivered" if delivered else "transit"
    event = {"timestamp": "2027-01-22T10:00:00+08:00", "statusCode": code, "status": code.upper(),
             "description": "Delivered" if delivered else "In transit",
             "location": {"address": {"addressLocality": "Hangzhou"}}}
    return {"shipments": [{"id": number, "service": "express", "status": event, "events": [event]}]}


def test_a_damaged_delivery_comes_back_one_unit_restocked_one_written_off_and_refunded(
        db_url: str, httpserver: object) -> None:
    """The agent's case from first to last: import → allocate → pack → ship → delivered (tracked) →
    a return opened → approved → received at the bench, one unit restocked and one written off →
    refunded → closed; stock, ledger, payment status and the customer's e-mails agree at the end."""
    import json
    from decimal import Decimal

    from pytest_httpserver import HTTPServer
    from sqlalchemy import select
    from werkzeug import Response

    from desktop_oms.carriers.base import CarrierConfig
    from desktop_oms.carriers.dhl import DhlAdapter
    from desktop_oms.db.models import OUTBOX
    from desktop_oms.domain.packing import PackCheck
    from desktop_oms.services.case_results import Inspection, NewCase, NewCaseLine
    from desktop_oms.services.tracking import Limits, TrackingService
    from tests.factories import add_products, import_orders, order, product

    assert isinstance(httpserver, HTTPServer)
    services = bootstrap.build(Settings(db_url=db_url))
    admin, agent = Actor("alice", Role.ADMIN), Actor("ann", Role.AGENT)
    packer, manager = Actor("pat", Role.PACKER), Actor("max", Role.MANAGER)
    try:
        add_products(services, admin, product("TEA-1", 10, price="40.00"))
        import_orders(services, admin, order("R-1", ("TEA-1", 3), price="40.00"))
        assert services.allocation.allocate(["R-1"], actor=admin).allocated
        claimed = services.packing.claim("R-1", "Bench 1", actor=packer)
        check = PackCheck(claimed.order_no, claimed.lines)
        for _ in range(3):
            check.scan("TEA-1")
        services.packing.finish("R-1", "Bench 1", check.counts(), actor=packer)
        services.packing.ship("R-1", "dhl", "1234567890", actor=packer, station="Bench 1")

        delivered = [False]
        httpserver.expect_request("/track/shipments").respond_with_handler(
            lambda request: Response(json.dumps(_dhl_answer(request.args["trackingNumber"], delivered[0])),
                                     content_type="application/json"))
        adapter = DhlAdapter(CarrierConfig("dhl", httpserver.url_for("/"), api_key="k"))
        poller = TrackingService(services.uow, lambda _name: (adapter, Limits(per_second=100)))
        poller.poll(actor=admin, every_open=True)
        assert services.orders.get_order("R-1", actor=agent).status == "shipped"
        delivered[0] = True
        assert poller.poll(actor=admin, every_open=True).updated == 1
        assert services.orders.get_order("R-1", actor=agent).status == "delivered"
        assert services.stock.list_stock(actor=agent)[0].on_hand == 7  # three left with the parcel

        line = next(ln for ln in services.cases.returnable_lines("R-1", actor=agent) if ln.sku == "TEA-1")
        case_no = services.cases.open_case(NewCase("R-1", "return", "damaged", lines=(NewCaseLine(
            line.order_line_id, 2),), note="two tins dented"), actor=agent).case_no
        services.cases.move(case_no, "approved", actor=agent)
        services.cases.move(case_no, "awaiting_goods", actor=agent, reason="return label sent")
        received = services.cases.receive_goods(case_no, actor=packer, station="Bench 1")
        assert [(ln.sku, ln.received_qty) for ln in received.lines] == [("TEA-1", 2)]
        inspected = services.cases.inspect(case_no, [Inspection(received.lines[0].id, restock=1, write_off=1,
                                                                reason="tin crushed")], actor=packer)
        assert inspected.status == "inspected"
        refunded = services.cases.request_refund(case_no, Decimal("80.00"), actor=agent)
        assert refunded.status == "refunded" and refunded.refunded == Decimal("80.00")  # under the 200.00 limit
        closed = services.cases.move(case_no, "closed", actor=manager, reason="refunded two tins")
        assert closed.status == "closed"

        stock = services.stock.list_stock(actor=agent)[0]
        assert (stock.on_hand, stock.reserved, stock.available) == (8, 0, 8)  # one back on the shelf
        kinds = [row.kind for row in services.stock.ledger("TEA-1", actor=agent)]  # newest first
        assert kinds == ["return-write-off", "return-restock", "shipment", "reservation", "receipt"]
        assert services.stock.verify_ledger(actor=admin) == []  # every level equals its replayed ledger
        detail = services.orders.get_order("R-1", actor=agent)
        assert detail.payment_status == "partially_refunded"  # 80.00 of 120.00
        with services.uow(read_only=True) as tx:
            mails = [(m.kind, m.recipient) for m in tx.connection.execute(select(OUTBOX).order_by(OUTBOX.c.id))]
        assert mails == [("shipment_shipped", "r-1@example.cn"), ("shipment_delivered", "r-1@example.cn"),
                         ("case_refunded", "r-1@example.cn")]  # each once, in the order they happened
    finally:
        services.close()
