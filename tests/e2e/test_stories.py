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
