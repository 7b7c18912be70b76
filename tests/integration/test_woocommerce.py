"""The WooCommerce connector against a local shop speaking WooCommerce's documented REST API v3 JSON.

First and incremental syncs, pages, an order changed, cancelled or deleted at the shop, 429 with
Retry-After and 5xx (retried, their state kept in the database), and tracking numbers pushed back once.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from desktop_oms.bootstrap import Services
from desktop_oms.db.models import ORDERS, PRODUCTS, SHOP_CONNECTIONS, STOCK
from desktop_oms.db.models import utcnow as real_now
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.shop_connection import ShopConnections
from desktop_oms.services.shop_sync import ShopSyncService
from desktop_oms.shops.woocommerce import WooCommerceClient, session
from tests.integration.woo_shop import KEY, SECRET, WooShop, fixture_orders, generated_orders, woo, woo_server

__all__ = ["woo", "woo_server"]  # the fixtures

ADMIN = Actor("tester", Role.ADMIN)
AGENT = Actor("agent", Role.AGENT)


class Clock:
    def __init__(self) -> None:
        self.now = real_now()

    def __call__(self) -> datetime:
        return self.now


def connect(services: Services, shop: WooShop) -> None:
    services.shop_connections.update(actor=ADMIN, base_url=shop.url, consumer_key=KEY, consumer_secret=SECRET,
                                     enabled=True)


def syncer(services: Services, *, clock: Callable[[], datetime] = real_now, per_page: int = 100) -> ShopSyncService:
    """The sync service as bootstrap wires it, with short timeouts and quick retries."""
    return ShopSyncService(
        services.uow, services.shop_connections, services.intake, services.orders,
        client_factory=lambda config: WooCommerceClient(replace(config, timeout=(1.0, 3.0)), session(backoff=0.01)),
        clock=clock, per_page=per_page)


def order_row(services: Services, order_no: str) -> Any:
    with services.uow(read_only=True) as tx:
        return tx.connection.execute(select(ORDERS).where(ORDERS.c.order_no == order_no)).one()


def state(services: Services) -> Any:
    with services.uow(read_only=True) as tx:
        return tx.connection.execute(select(SHOP_CONNECTIONS)).one()


def test_the_first_sync_imports_every_order_as_the_shop_describes_it(services: Services, woo: WooShop) -> None:
    woo.add(*fixture_orders())
    connect(services, woo)

    report = syncer(services).sync(actor=AGENT)

    assert (report.created, report.errors) == (6, [])
    first = services.orders.get_order("WC-1001", actor=ADMIN)
    assert (first.status, first.payment_method, first.payment_status, first.channel) == (
        "accepted", "alipay", "paid", "woocommerce")
    assert first.customer_name == "王芳" and first.ship_to.province == "浙江" and first.ship_to.city == "杭州"
    assert first.ship_to.address2 == "3 单元 501" and first.notes == "请在工作日送货 & 谢谢"
    assert [(ln.sku, ln.qty, ln.unit_price, ln.name) for ln in first.lines] == [
        ("TEA-001", 2, Decimal("39.95"), "西湖龙井 Longjing green tea 250g"),
        ("WC-P22-V23", 1, Decimal("40.00"), "Gaiwan – Colour: Celadon")]  # no SKU at the shop: its product ids
    assert (first.total, first.shipping_total, first.discount_total) == (
        Decimal("121.90"), Decimal("12.00"), Decimal("10.00"))
    assert first.created_at == datetime(2026, 11, 20, 8, 15, tzinfo=UTC)
    row = order_row(services, "WC-1001")
    assert row.external_id == "1001" and "coupon:spring10" in row.tags and "shipping:顺丰速运 SF Express" in row.tags
    statuses = {no: (services.orders.get_order(no, actor=ADMIN).status,
                     services.orders.get_order(no, actor=ADMIN).payment_status,
                     services.orders.get_order(no, actor=ADMIN).payment_method)
                for no in ("WC-1002", "WC-1003", "WC-1004", "WC-1005", "WC-1006")}
    assert statuses == {
        "WC-1002": ("pending_payment", "unpaid", "bank_transfer"),  # on-hold: waiting for the bank transfer
        "WC-1003": ("shipped", "partially_refunded", "card"),  # completed: history, the refund kept
        "WC-1004": ("cancelled", "unpaid", "cod"),
        "WC-1005": ("accepted", "cod_pending", "cod"),
        "WC-1006": ("cancelled", "refunded", "wechat_pay")}
    assert order_row(services, "WC-1003").refunded_total == Decimal("10.00")
    assert order_row(services, "WC-1006").ship_province == "北京"  # no shipping address: the billing one
    assert order_row(services, "WC-1002").ship_address2 == "Zhang Trading Co."
    with services.uow(read_only=True) as tx:
        created = tx.connection.execute(select(PRODUCTS.c.sku, PRODUCTS.c.created_by_import)
                                        .where(PRODUCTS.c.sku == "WC-P22-V23")).one()
    assert created.created_by_import
    # the consumer key and secret went in the query string (plain http), and nothing was pushed
    assert all(r.authorised and r.method == "GET" for r in woo.requests)
    assert state(services).modified_after == datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def test_orders_come_page_by_page_and_the_cursor_moves_after_each_stored_page(services: Services,
                                                                             woo: WooShop) -> None:
    woo.add(*fixture_orders(), *generated_orders(5))
    connect(services, woo)

    report = syncer(services, per_page=4).sync(actor=ADMIN)

    assert report.created == 11 and report.errors == []
    asked = [r for r in woo.list_requests() if "include" not in r.args]  # (not the check for deleted orders)
    assert len(asked) == report.pages >= 3
    assert [r.args.get("per_page") for r in asked] == ["4"] * len(asked)
    assert all(r.args["orderby"] == "modified" and r.args["order"] == "asc" for r in asked)
    afters = [r.args.get("modified_after") for r in asked]
    assert afters[0] is None and afters[1:] == sorted(afters[1:])  # each page from the cursor the last one left
    assert state(services).modified_after == datetime(2026, 11, 21, 0, 4, tzinfo=UTC)


def test_the_next_sync_asks_only_for_what_changed_after_the_cursor(services: Services, woo: WooShop) -> None:
    woo.add(*fixture_orders())
    connect(services, woo)
    sync = syncer(services)
    sync.sync(actor=ADMIN)
    woo.requests.clear()

    again = sync.sync(actor=ADMIN)

    asked = woo.list_requests()[0]
    # one second before the cursor: an order changed in the same second as the last one stored is not missed
    assert (asked.args["modified_after"], asked.args["dates_are_gmt"]) == ("2026-11-20T09:59:59", "true")
    assert (again.created, again.updated, again.skipped) == (0, 0, 1)


def test_an_order_paid_at_the_shop_is_accepted_here(services: Services, woo: WooShop) -> None:
    woo.add(*fixture_orders())
    connect(services, woo)
    sync = syncer(services)
    sync.sync(actor=ADMIN)
    woo.change(1002, status="processing", date_paid_gmt="2026-11-20T12:00:00")

    report = sync.sync(actor=ADMIN)

    assert (report.created, report.updated) == (0, 1)
    order = services.orders.get_order("WC-1002", actor=ADMIN)
    assert (order.status, order.payment_status) == ("accepted", "paid")
    assert [p.kind for p in order.payments] == ["payment"]
    assert ("pending_payment", "accepted") in [(h.from_status, h.to_status) for h in order.history]


def test_an_order_cancelled_at_the_shop_is_cancelled_and_its_stock_released(services: Services,
                                                                           woo: WooShop) -> None:
    woo.add(*fixture_orders())
    connect(services, woo)
    sync = syncer(services)
    sync.sync(actor=ADMIN)
    for sku in ("TEA-001", "WC-P22-V23"):
        services.stock.receive(sku, 5, actor=ADMIN)
    services.allocation.allocate(["WC-1001"], actor=ADMIN)
    assert _reserved(services, "TEA-001") == 2
    woo.change(1001, status="cancelled")

    report = sync.sync(actor=ADMIN)

    assert report.cancelled == ["WC-1001"] and report.updated == 1
    assert order_row(services, "WC-1001").status == "cancelled"
    assert _reserved(services, "TEA-001") == 0 and _reserved(services, "WC-P22-V23") == 0


def test_an_order_that_left_here_never_moves_back(services: Services, woo: WooShop) -> None:
    woo.add(*fixture_orders())
    connect(services, woo)
    sync = syncer(services)
    sync.sync(actor=ADMIN)
    woo.change(1003, status="processing")
    assert sync.sync(actor=ADMIN).updated == 0
    woo.change(1003, status="cancelled")

    report = sync.sync(actor=ADMIN)

    assert order_row(services, "WC-1003").status == "shipped"
    assert [(e.order_no, e.message) for e in report.errors] == [
        ("WC-1003", "the shop says cancelled, but the order has shipped here")]


def test_an_order_gone_from_the_shop_is_held_here_and_reported_once(services: Services, woo: WooShop) -> None:
    woo.add(*fixture_orders())
    connect(services, woo)
    sync = syncer(services)
    sync.sync(actor=ADMIN)
    del woo.orders[1002]  # deleted for good
    woo.orders[1005]["status"] = "trash"  # moved to the trash

    report = sync.sync(actor=ADMIN)

    assert sorted(report.deleted) == ["WC-1002", "WC-1005"]
    held = order_row(services, "WC-1002")
    assert (held.status, held.held_from, held.hold_reason) == ("on_hold", "pending_payment",
                                                               "deleted at the shop (WooCommerce)")
    include = [r for r in woo.list_requests() if "include" in r.args]
    assert include and include[-1].args["status"] == "any"
    assert sync.sync(actor=ADMIN).deleted == []


def test_a_long_retry_after_stops_every_process_until_it_has_passed(services: Services, woo: WooShop) -> None:
    woo.add(*fixture_orders())
    connect(services, woo)
    clock = Clock()
    woo.script.append((429, {"Retry-After": "120"}, json.dumps({"code": "too_many_requests", "message": "slow"})))

    report = syncer(services, clock=clock).sync(actor=ADMIN)

    assert report.created == 0 and report.waiting_until is not None
    assert [e.message for e in report.errors] == ["rate limited (429)"]
    kept = state(services)
    assert kept.retry_after_until > clock.now + timedelta(seconds=100) and kept.last_error == "rate limited (429)"
    woo.requests.clear()
    other_process = syncer(services, clock=clock)
    waited = other_process.sync(actor=ADMIN)
    assert woo.requests == [] and waited.waiting_until == kept.retry_after_until
    clock.now += timedelta(seconds=121)

    after = other_process.sync(actor=ADMIN)

    assert after.created == 6 and after.errors == []
    assert (state(services).last_error, state(services).retry_after_until) == ("", None)


def test_a_short_retry_after_and_a_passing_outage_are_retried_within_the_request(services: Services,
                                                                                 woo: WooShop) -> None:
    woo.add(*fixture_orders())
    connect(services, woo)
    woo.script += [(429, {"Retry-After": "1"}, "{}"), (503, {}, "upstream down"), (502, {}, "bad gateway")]

    report = syncer(services).sync(actor=ADMIN)

    assert report.created == 6 and report.errors == []
    assert len(woo.list_requests()) >= 4  # the three refusals and the answer


def test_a_lasting_outage_is_recorded_and_the_cursor_stays(services: Services, woo: WooShop) -> None:
    woo.add(*fixture_orders())
    connect(services, woo)
    sync = syncer(services)
    woo.script += [(503, {}, "down")] * 4

    report = sync.sync(actor=ADMIN)

    assert report.created == 0 and [e.message for e in report.errors] == ["server error (503)"]
    kept = state(services)
    assert (kept.last_error, kept.failures, kept.modified_after) == ("server error (503)", 1, None)
    assert sync.sync(actor=ADMIN).created == 6
    assert (state(services).last_error, state(services).failures) == ("", 0)


def test_tracking_numbers_go_back_to_the_shop_once(services: Services, woo: WooShop) -> None:
    woo.add(*fixture_orders())
    connect(services, woo)
    sync = syncer(services)
    sync.sync(actor=ADMIN)
    for sku in ("TEA-001", "WC-P22-V23"):
        services.stock.receive(sku, 5, actor=ADMIN)
    services.allocation.allocate(["WC-1001"], actor=ADMIN)
    services.packing.pack_without_scans("WC-1001", actor=ADMIN)
    services.packing.ship("WC-1001", "sf_express", "SF1234567890123", actor=ADMIN)
    woo.requests.clear()

    report = sync.sync(actor=ADMIN)

    assert report.pushed == 1 and report.errors == []
    put = [r for r in woo.requests if r.method == "PUT"]
    assert [(r.path, r.body) for r in put] == [("/wp-json/wc/v3/orders/1001", {
        "status": "completed", "meta_data": [{"key": "_tracking_provider", "value": "sf_express"},
                                             {"key": "_tracking_number", "value": "SF1234567890123"}]})]
    notes = [r for r in woo.requests if r.method == "POST"]
    assert [(r.path, r.body) for r in notes] == [("/wp-json/wc/v3/orders/1001/notes", {
        "note": "Shipped with sf_express, tracking number SF1234567890123.", "customer_note": True})]
    assert woo.orders[1001]["status"] == "completed"
    woo.requests.clear()

    again = sync.sync(actor=ADMIN)  # the shop's "completed" comes back as a change: nothing moves, nothing is sent

    assert again.pushed == 0 and [r.method for r in woo.requests if r.method != "GET"] == []
    assert order_row(services, "WC-1001").status == "shipped"


def test_an_order_sent_to_two_addresses_keeps_both_tracking_numbers_in_the_shop(services: Services,
                                                                             woo: WooShop) -> None:
    from desktop_oms.domain.intake import Address

    woo.add(*fixture_orders())
    connect(services, woo)
    sync = syncer(services)
    sync.sync(actor=ADMIN)
    for sku in ("TEA-001", "WC-P22-V23"):
        services.stock.receive(sku, 5, actor=ADMIN)
    services.allocation.allocate(["WC-1001"], actor=ADMIN)
    version = services.orders.get_order("WC-1001", actor=ADMIN).version
    gift = Address("李娜", "中山路 8 号", "", "广州", "广东", "510000", "CN", "13900139000")
    detail = services.orders.add_ship_group("WC-1001", gift, expected_version=version, actor=ADMIN)
    services.orders.move_line("WC-1001", 2, 2, expected_version=detail.version, actor=ADMIN)
    services.packing.pack_without_scans("WC-1001", actor=ADMIN)
    services.packing.ship("WC-1001", "sf_express", "SF1234567890123", actor=ADMIN)
    woo.requests.clear()

    first = sync.sync(actor=ADMIN)  # the first parcel has left: its number, the order not completed yet

    assert first.pushed == 1
    assert [r.body for r in woo.requests if r.method == "PUT"] == [{"meta_data": [
        {"key": "_tracking_provider", "value": "sf_express"}, {"key": "_tracking_number", "value": "SF1234567890123"}]}]
    services.packing.ship("WC-1001", "zto", "7312345678901", actor=ADMIN)
    woo.requests.clear()

    second = sync.sync(actor=ADMIN)

    assert second.pushed == 1
    assert [r.body for r in woo.requests if r.method == "PUT"] == [{"status": "completed", "meta_data": [
        {"key": "_tracking_provider", "value": "sf_express, zto"},
        {"key": "_tracking_number", "value": "SF1234567890123, 7312345678901"}]}]
    notes = [r.body["note"] for r in woo.requests if r.method == "POST"]
    assert notes == ["Shipped with zto, tracking number 7312345678901."]


def test_a_note_that_failed_is_sent_next_time_without_setting_the_status_again(services: Services,
                                                                              woo: WooShop) -> None:
    woo.add(*fixture_orders())
    connect(services, woo)
    sync = syncer(services)
    sync.sync(actor=ADMIN)
    services.stock.receive("TEA-002", 5, actor=ADMIN)
    services.allocation.allocate(["WC-1005"], actor=ADMIN)
    services.packing.pack_without_scans("WC-1005", actor=ADMIN)
    services.packing.ship("WC-1005", "zto", "7312345678901", actor=ADMIN)
    woo.fail_once["POST"] = 500  # a POST is not idempotent: never retried by the session

    first = sync.sync(actor=ADMIN)

    assert first.pushed == 0 and [e.message for e in first.errors] == ["server error (500)"]
    assert woo.orders[1005]["status"] == "completed"
    woo.requests.clear()
    second = sync.sync(actor=ADMIN)
    assert second.pushed == 1
    assert [r.method for r in woo.requests if r.method != "GET"] == ["POST"]
    assert len(woo.notes[1005]) == 1


def test_the_secret_goes_to_the_keyring_when_there_is_one(services: Services) -> None:
    class MemoryKeyring:
        def __init__(self) -> None:
            self.passwords: dict[tuple[str, str], str] = {}

        def set_password(self, service: str, key: str, password: str) -> None:
            self.passwords[(service, key)] = password

        def get_password(self, service: str, key: str) -> str | None:
            return self.passwords.get((service, key))

        def delete_password(self, service: str, key: str) -> None:
            del self.passwords[(service, key)]

    keyring = MemoryKeyring()
    connections = ShopConnections(services.uow, keyring=keyring)
    data, where = connections.update(actor=ADMIN, base_url="https://shop.example.cn/", consumer_key=KEY,
                                     consumer_secret=SECRET)
    assert where == "keyring" and data.secret_in == "keyring" and data.base_url == "https://shop.example.cn"
    assert keyring.passwords == {("desktop-oms-shops", "woocommerce.consumer_secret"): SECRET}
    assert state(services).secret_db == ""
    assert connections.secret("woocommerce", state(services)) == SECRET


def test_only_those_who_import_orders_may_sync_and_only_admins_set_the_connection(services: Services) -> None:
    from desktop_oms.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.shop_sync.sync(actor=Actor("p", Role.PACKER))
    with pytest.raises(PermissionDenied):
        services.shop_connections.update(actor=AGENT, enabled=True)


def _reserved(services: Services, sku: str) -> int:
    with services.uow(read_only=True) as tx:
        return int(tx.connection.execute(select(STOCK.c.reserved).join(PRODUCTS, PRODUCTS.c.id == STOCK.c.product_id)
                                         .where(PRODUCTS.c.sku == sku)).scalar_one())

