"""The demo shop: a year of orders in every state whose stock, shipments and history agree with each other."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, text

from desktop_oms.charts.data import ReportRequest
from desktop_oms.db.engine import make_engine, upgrade
from desktop_oms.db.models import ORDER_LINES, ORDERS, SCAN_LOG
from desktop_oms.db.uow import UnitOfWork
from desktop_oms.domain.errors import InputRejected, PermissionDenied
from desktop_oms.domain.orders import OrderStatus, PaymentMethod
from desktop_oms.domain.stock import is_low
from desktop_oms.domain.tracking import TrackingStatus
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services import demo
from desktop_oms.services.allocation import AllocationService
from desktop_oms.services.demo import DemoService, DemoSummary
from desktop_oms.services.reports import ReportService
from desktop_oms.services.stock import StockService

ADMIN = Actor("test", Role.ADMIN)
TODAY = date(2026, 3, 1)  # the window is 2025-03-01 … 2026-02-28 (Beijing days), Double 11 inside
ORDERS_N = 2_000
SMALL_BATCH = 700  # several batches (the last one short), so what carries over between them is tested


@dataclass
class Shop:
    engine: Engine
    summary: DemoSummary
    progress: list[tuple[int, int]]


def _make_shop(path: Path, *, seed: int = 7, orders: int = ORDERS_N, url: str | None = None) -> Shop:
    engine = make_engine(url or f"sqlite:///{path}")
    upgrade(engine)
    calls: list[tuple[int, int]] = []
    summary = DemoService(partial(UnitOfWork, engine)).generate(
        orders=orders,
        seed=seed,
        actor=ADMIN,
        today=TODAY,
        progress=lambda done, total: calls.append((done, total)),
    )
    return Shop(engine, summary, calls)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shop]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(demo, "BATCH", SMALL_BATCH)
        built = _make_shop(tmp_path_factory.mktemp("demo") / "shop.db")
    yield built
    built.engine.dispose()


def _all(engine: Engine, sql: str, **params: Any) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(text(sql), params))


def _digest(engine: Engine) -> str:
    """Every order and line, read through the typed tables so both databases print the same values."""

    def plain(value: object) -> str:
        if isinstance(value, Decimal):
            return f"{value:.2f}"
        if isinstance(value, datetime):
            return value.isoformat()
        return repr(value)

    sha = hashlib.sha256()
    with engine.connect() as conn:
        orders = conn.execute(select(ORDERS).order_by(ORDERS.c.order_no))
        for row in orders:
            sha.update("|".join(plain(v) for k, v in row._mapping.items() if k != "id").encode())
        lines = conn.execute(
            select(
                ORDERS.c.order_no,
                ORDER_LINES.c.line_no,
                ORDER_LINES.c.sku,
                ORDER_LINES.c.qty,
                ORDER_LINES.c.unit_price,
                ORDER_LINES.c.reserved_qty,
                ORDER_LINES.c.shipped_qty,
            )
            .join(ORDERS, ORDERS.c.id == ORDER_LINES.c.order_id)
            .order_by(ORDERS.c.order_no, ORDER_LINES.c.line_no)
        )
        for row in lines:
            sha.update("|".join(plain(v) for v in row).encode())
    return sha.hexdigest()


def _scan_log(engine: Engine) -> list[tuple[Any, ...]]:
    """The packing station's scans in the order they were written, read through the typed table."""
    columns = [c for c in SCAN_LOG.c if c.name != "id"]
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(select(*columns).order_by(SCAN_LOG.c.id))]


def _stock_problems(engine: Engine) -> list[Any]:
    return StockService(
        partial(UnitOfWork, engine), AllocationService(partial(UnitOfWork, engine))
    ).verify_ledger(actor=ADMIN)


def _table_counts(engine: Engine) -> dict[str, int]:
    tables = (
        "categories",
        "products",
        "stock",
        "stock_ledger",
        "customers",
        "customer_addresses",
        "orders",
        "order_lines",
        "payments",
        "shipments",
        "shipment_lines",
        "tracking_events",
        "cases",
        "case_lines",
        "kb_articles",
        "audit_log",
    )
    return {t: _all(engine, f"SELECT count(*) FROM {t}")[0][0] for t in tables}


def test_the_summary_counts_what_was_written_and_progress_follows_each_batch(shop: Shop) -> None:
    counts = _table_counts(shop.engine)
    s = shop.summary
    assert (
        (s.orders, s.products, s.customers)
        == (ORDERS_N, counts["products"], counts["customers"])
        == (ORDERS_N, 60, 300)
    )
    assert (s.shipments, s.tracking_events, s.cases, s.kb_articles) == (
        counts["shipments"],
        counts["tracking_events"],
        counts["cases"],
        counts["kb_articles"],
    )
    assert s.cases >= 5 and s.kb_articles >= 20
    assert shop.progress == [(700, ORDERS_N), (1400, ORDERS_N), (2000, ORDERS_N)]


def test_every_order_status_and_every_payment_method_occurs(shop: Shop) -> None:
    statuses = {r[0] for r in _all(shop.engine, "SELECT DISTINCT status FROM orders")}
    methods = {r[0] for r in _all(shop.engine, "SELECT DISTINCT payment_method FROM orders")}
    channels = {r[0] for r in _all(shop.engine, "SELECT DISTINCT channel FROM orders")}
    assert statuses == {s.value for s in OrderStatus}
    assert methods == {m.value for m in PaymentMethod}
    assert channels == {"shopify", "woocommerce", "manual", "csv"}


def test_old_orders_are_mostly_completed_and_open_ones_are_recent(shop: Shop) -> None:
    rows = _all(shop.engine, "SELECT status, created_at FROM orders")
    cutoff = datetime(2026, 1, 1)
    old = Counter(status for status, created in rows if datetime.fromisoformat(created) < cutoff)
    assert old["completed"] / sum(old.values()) > 0.85
    assert old["cancelled"] > 0
    open_statuses = {"pending_payment", "accepted", "allocated", "picking", "packed"}
    assert all(
        datetime.fromisoformat(created) > datetime(2026, 2, 20)
        for status, created in rows
        if status in open_statuses
    )


def test_order_numbers_run_in_time_order_and_every_order_is_version_one(shop: Shop) -> None:
    rows = _all(shop.engine, "SELECT order_no, created_at, version FROM orders ORDER BY order_no")
    assert [r[0] for r in rows] == [f"D-{n:06d}" for n in range(1, ORDERS_N + 1)]
    assert [r[1] for r in rows] == sorted(r[1] for r in rows)
    assert {r[2] for r in rows} == {1}


def test_the_double_11_week_has_more_orders_per_day_than_the_average_week(shop: Shop) -> None:
    per_day = Counter(
        (datetime.fromisoformat(r[0]) + timedelta(hours=8)).date()
        for r in _all(shop.engine, "SELECT created_at FROM orders")
    )
    assert min(per_day) >= date(2025, 3, 1) and max(per_day) <= date(2026, 2, 28)
    double11_week = [per_day[date(2025, 11, d)] for d in range(8, 15)]
    average_day = ORDERS_N / 365
    assert sum(double11_week) / 7 > 1.5 * average_day
    assert per_day[date(2025, 11, 11)] == max(per_day.values())
    weekends = [n for d, n in per_day.items() if d.weekday() >= 5 and d.month in (4, 5)]
    weekdays = [n for d, n in per_day.items() if d.weekday() < 5 and d.month in (4, 5)]
    assert sum(weekends) / len(weekends) > sum(weekdays) / len(weekdays)


def test_the_same_seed_gives_identical_orders(shop: Shop, tmp_path: Path) -> None:
    again = _make_shop(tmp_path / "again.db")  # one batch this time: batching does not change the shop
    other = _make_shop(tmp_path / "other.db", seed=8)
    try:
        assert _digest(again.engine) == _digest(shop.engine)
        assert _scan_log(again.engine) == _scan_log(shop.engine)
        assert again.summary == shop.summary
        assert _digest(other.engine) != _digest(shop.engine)
    finally:
        again.engine.dispose()
        other.engine.dispose()


def test_stock_agrees_with_the_ledger_for_every_product(shop: Shop) -> None:
    assert _stock_problems(shop.engine) == []
    kinds = {r[0] for r in _all(shop.engine, "SELECT DISTINCT kind FROM stock_ledger")}
    assert {"receipt", "reservation", "shipment"} <= kinds


def test_reserved_stock_is_never_negative_nor_more_than_on_hand(shop: Shop) -> None:
    rows = _all(shop.engine, "SELECT on_hand, reserved FROM stock")
    assert len(rows) == 60
    assert all(0 <= reserved <= on_hand for on_hand, reserved in rows)


def test_stock_reserved_is_exactly_what_open_orders_hold(shop: Shop) -> None:
    held = dict(
        _all(shop.engine, "SELECT product_id, sum(reserved_qty) FROM order_lines GROUP BY product_id")
    )
    for product_id, reserved in _all(shop.engine, "SELECT product_id, reserved FROM stock"):
        assert reserved == held.get(product_id, 0)


def test_orders_in_allocated_picking_or_packed_have_every_line_reserved(shop: Shop) -> None:
    rows = _all(
        shop.engine,
        """SELECT o.status, o.held_from, l.qty, l.reserved_qty, l.shipped_qty
                                FROM order_lines l JOIN orders o ON o.id = l.order_id""",
    )
    holding = {"allocated", "picking", "packed"}
    for status, held_from, qty, reserved, shipped in rows:
        assert reserved == (qty if status in holding or held_from in holding else 0)
        assert shipped == (qty if status in {"shipped", "delivered", "completed"} else 0)
    assert any(status in holding for status, *_ in rows)


def test_a_few_products_end_up_low_or_out_of_stock_and_backorders_wait_for_them(shop: Shop) -> None:
    rows = _all(
        shop.engine,
        """SELECT p.id, s.on_hand - s.reserved, p.low_stock_threshold
                                FROM products p JOIN stock s ON s.product_id = p.id""",
    )
    low = {pid for pid, available, threshold in rows if is_low(available, threshold)}
    out = {pid for pid, available, _ in rows if available == 0}
    assert 3 <= len(low) <= 12 and len(out) >= 2
    backorders = _all(
        shop.engine,
        """SELECT o.id, l.product_id FROM orders o JOIN order_lines l ON l.order_id = o.id
                                      WHERE o.status = 'backordered' OR o.held_from = 'backordered'""",
    )
    waiting: dict[int, set[int]] = {}
    for order_id, product_id in backorders:
        waiting.setdefault(order_id, set()).add(product_id)
    assert waiting and all(products & out for products in waiting.values())


def test_barcodes_are_valid_ean13_and_skus_look_like_tea_001(shop: Shop) -> None:
    rows = _all(shop.engine, "SELECT sku, barcode, price, weight_g FROM products")
    for sku, barcode, price, weight in rows:
        digits = [int(c) for c in barcode]
        assert len(digits) == 13
        assert (sum(digits[0:12:2]) + 3 * sum(digits[1:12:2]) + digits[12]) % 10 == 0
        assert sku.split("-")[0] in {"TEA", "WARE", "SNK", "GFT"} and len(sku.split("-")[1]) == 3
        assert price > 0 and weight > 0
    assert "TEA-001" in {r[0] for r in rows}
    assert len({r[1] for r in rows}) == len(rows)


def test_payment_status_agrees_with_the_order_status_and_method(shop: Shop) -> None:
    for status, method, paid, held_from in _all(
        shop.engine, "SELECT status, payment_method, payment_status, held_from FROM orders"
    ):
        if method == "cod":
            assert paid == ("cod_collected" if status in {"delivered", "completed"} else "cod_pending")
            assert status != "pending_payment"
        elif status == "pending_payment" or held_from == "pending_payment":
            assert paid == "unpaid"
        elif status == "cancelled":
            assert paid in {"unpaid", "refunded"}
        else:
            assert paid in {"paid", "partially_refunded", "refunded"}


def test_paid_orders_have_their_payment_and_refunds_their_refund(shop: Shop) -> None:
    rows = _all(
        shop.engine,
        """SELECT o.id, o.payment_status, o.total, o.refunded_total,
                                       (SELECT sum(amount) FROM payments p WHERE p.order_id = o.id AND kind = 'payment'),
                                       (SELECT sum(amount) FROM payments p WHERE p.order_id = o.id AND kind = 'refund')
                                FROM orders o""",
    )
    for _, paid, total, refunded, payment, refund in rows:
        if paid in {"paid", "cod_collected", "partially_refunded", "refunded"}:
            assert payment is not None and Decimal(str(payment)) == Decimal(str(total))
        else:
            assert payment is None
        assert Decimal(str(refund or 0)) == Decimal(str(refunded))
    assert any(r[1] == "partially_refunded" for r in rows)


def test_order_totals_are_the_sum_of_the_lines_plus_shipping(shop: Shop) -> None:
    rows = _all(
        shop.engine,
        """SELECT o.subtotal, o.shipping_total, o.total,
                                       (SELECT sum(line_total) FROM order_lines l WHERE l.order_id = o.id)
                                FROM orders o""",
    )
    for subtotal, shipping, total, lines in rows:
        assert round(Decimal(str(lines)), 2) == round(Decimal(str(subtotal)), 2)
        assert round(Decimal(str(subtotal)) + Decimal(str(shipping)), 2) == round(Decimal(str(total)), 2)


def test_every_order_has_its_creation_and_its_current_status_in_the_audit_log(shop: Shop) -> None:
    rows = _all(
        shop.engine,
        """SELECT o.order_no, o.status, a.action, a.to_status FROM orders o
                                JOIN audit_log a ON a.entity = 'order' AND a.entity_ref = o.order_no ORDER BY a.id""",
    )
    history: dict[str, list[tuple[str, str, str]]] = {}
    for order_no, status, action, to_status in rows:
        history.setdefault(order_no, []).append((status, action, to_status))
    assert len(history) == ORDERS_N
    for entries in history.values():
        assert 1 <= len(entries) <= 3
        assert entries[0][1] == "create" and entries[-1][2] == entries[0][0]


def test_on_hold_orders_say_from_where_and_why(shop: Shop) -> None:
    rows = _all(
        shop.engine,
        "SELECT status, held_from, hold_reason FROM orders WHERE held_from IS NOT NULL OR status = 'on_hold'",
    )
    assert rows
    for status, held_from, reason in rows:
        assert (
            status == "on_hold"
            and held_from in {"pending_payment", "accepted", "backordered", "allocated", "packed"}
            and reason
        )


def test_shipped_orders_have_a_shipment_with_plausible_tracking_events(shop: Shop) -> None:
    shipped = _all(
        shop.engine, "SELECT id, status FROM orders WHERE status IN ('shipped', 'delivered', 'completed')"
    )
    shipments = {
        r[0]: r[1:]
        for r in _all(shop.engine, "SELECT order_id, id, carrier, tracking_no, status FROM shipments")
    }
    assert set(shipments) == {order_id for order_id, _ in shipped}
    events: dict[int, list[tuple[str, str, str]]] = {}
    for shipment_id, time, status, description in _all(
        shop.engine,
        "SELECT shipment_id, time, status, description FROM tracking_events ORDER BY shipment_id, time",
    ):
        events.setdefault(shipment_id, []).append((time, status, description))
    known = {s.value for s in TrackingStatus}
    for order_id, order_status in shipped:
        shipment_id, carrier, tracking_no, status = shipments[order_id]
        trail = events[shipment_id]
        assert 2 <= len(trail) <= 6
        assert trail[0][1] == "picked_up" and trail[-1][1] == status and status in known
        assert all(description for _, _, description in trail)
        assert (status == "delivered") == (order_status in {"delivered", "completed"})
        assert carrier in {"sf_express", "zto", "yto", "ems", "dhl", "ups", "fedex"} and tracking_no
    numbers = [(c, t) for _, c, t, _ in shipments.values()]
    assert len(set(numbers)) == len(numbers)
    unshipped_lines = _all(
        shop.engine,
        """SELECT count(*) FROM order_lines l JOIN shipments s ON s.order_id = l.order_id
                                           WHERE l.id NOT IN (SELECT order_line_id FROM shipment_lines)""",
    )
    assert unshipped_lines[0][0] == 0


def test_tracking_numbers_follow_each_carriers_format(shop: Shop) -> None:
    shapes = {
        "sf_express": ("SF", 15),
        "yto": ("YT", 15),
        "zto": ("75", 14),
        "ups": ("1Z", 18),
        "ems": ("EM", 13),
    }
    for carrier, number in _all(shop.engine, "SELECT carrier, tracking_no FROM shipments"):
        if carrier in shapes:
            prefix, length = shapes[carrier]
            assert number.startswith(prefix) and len(number) == length, (carrier, number)
        else:
            assert number.isdigit() and len(number) == (10 if carrier == "dhl" else 12)


def test_after_sales_cases_have_lines_and_a_sensible_status(shop: Shop) -> None:
    cases = _all(
        shop.engine,
        """SELECT c.case_no, c.type, c.status, c.refund_amount, o.status,
                                        (SELECT count(*) FROM case_lines l WHERE l.case_id = c.id)
                                 FROM cases c JOIN orders o ON o.id = c.order_id ORDER BY c.case_no""",
    )
    assert [c[0] for c in cases] == [f"C-{n:05d}" for n in range(1, len(cases) + 1)]
    for _, kind, status, refund, order_status, lines in cases:
        assert kind in {"return", "exchange", "refund", "complaint"}
        assert order_status in {"delivered", "completed"}
        assert (lines == 0) == (kind == "complaint")
        if status == "refunded":
            assert refund is not None and Decimal(str(refund)) > 0


def test_customers_are_mostly_chinese_with_a_few_latin_names(shop: Shop) -> None:
    rows = _all(shop.engine, "SELECT name, email FROM customers")
    latin = [name for name, _ in rows if name.isascii()]
    assert 0.05 < len(latin) / len(rows) < 0.35
    assert len({email for _, email in rows}) == len(rows)
    countries = Counter(r[0] for r in _all(shop.engine, "SELECT country FROM customer_addresses"))
    assert countries["CN"] > countries["US"] > 0
    assert _all(shop.engine, "SELECT count(*) FROM kb_articles WHERE lang = 'zh_CN'")[0][0] >= 10


PACKED_OR_LATER = "('packed', 'shipped', 'delivered', 'completed')"


def test_every_packed_order_was_claimed_and_scanned_unit_by_unit_at_a_bench(shop: Shop) -> None:
    units = dict(_all(shop.engine, f"""
        SELECT o.order_no, sum(l.qty) FROM orders o JOIN order_lines l ON l.order_id = o.id
        WHERE o.status IN {PACKED_OR_LATER} OR (o.status = 'on_hold' AND o.held_from = 'packed')
        GROUP BY o.order_no"""))
    scans = {no: (claims, counted, completed, undone) for no, claims, counted, completed, undone in _all(shop.engine, """
        SELECT order_no, sum(result = 'order'), sum(result = 'counted'), sum(result = 'completed'),
               sum(result = 'undone') FROM scan_log GROUP BY order_no""")}
    assert len(units) > ORDERS_N // 2 and scans.keys() == units.keys()  # and no scans for any other order
    for order_no, (claims, counted, completed, undone) in scans.items():
        assert (claims, completed) == (1, 1), order_no
        assert counted + completed - undone == units[order_no], order_no  # an undone scan is scanned again
    results = Counter(dict(_all(shop.engine, "SELECT result, count(*) FROM scan_log GROUP BY result")))
    assert set(results) == {"order", "counted", "completed", "wrong_item", "unknown", "undone"}
    items = sum(results[r] for r in ("counted", "completed", "wrong_item", "unknown"))
    assert 0 < results["wrong_item"] + results["unknown"] < 0.05 * items
    # the claim comes first and the right items are scanned; nothing is scanned after the parcel left
    assert _all(shop.engine, """
        SELECT count(*) FROM scan_log s JOIN scan_log c ON c.order_no = s.order_no AND c.result = 'order'
        WHERE s.time < c.time""") == [(0,)]
    assert _all(shop.engine, """
        SELECT count(*) FROM scan_log s JOIN orders o ON o.order_no = s.order_no
        WHERE s.result IN ('counted', 'completed', 'undone') AND NOT EXISTS (
            SELECT 1 FROM order_lines l JOIN products p ON p.id = l.product_id
            WHERE l.order_id = o.id AND s.code IN (p.barcode, p.sku))""") == [(0,)]
    assert _all(shop.engine, """
        SELECT count(*) FROM scan_log s JOIN orders o ON o.order_no = s.order_no
        JOIN shipments sh ON sh.order_id = o.id WHERE s.time > sh.shipped_at""") == [(0,)]
    packers = {name for (name,) in _all(shop.engine, "SELECT DISTINCT user FROM scan_log")}
    roles = dict(_all(shop.engine, "SELECT name, role FROM users"))
    assert len(packers) >= 3 and all(roles.get(name) == "packer" for name in packers)
    assert {s for (s,) in _all(shop.engine, "SELECT DISTINCT station FROM scan_log")} == {
        "Bench 1", "Bench 2", "Bench 3"}


def test_the_packer_report_compares_the_packers_over_the_last_30_days(shop: Shop) -> None:
    reports = ReportService(partial(UnitOfWork, shop.engine), summaries=False)
    last = TODAY - timedelta(days=1)
    data = reports.run("packers", ReportRequest(last - timedelta(days=29), last),
                       actor=Actor("manager", Role.MANAGER))
    rows = data.table.rows
    assert len({r[0] for r in rows}) >= 3
    for _packer, station, orders, hours, per_hour, scans, mis, rate in rows:
        assert station.startswith("Bench ") and orders > 0 and hours > 0 and per_hour > 0
        assert scans >= orders and 0 <= mis < scans and rate < 0.1


def test_running_demo_twice_is_refused_and_changes_nothing(shop: Shop) -> None:
    before = _table_counts(shop.engine)
    with pytest.raises(InputRejected, match="already holds orders"):
        DemoService(partial(UnitOfWork, shop.engine)).generate(orders=10, actor=ADMIN, today=TODAY)
    assert _table_counts(shop.engine) == before


def test_only_a_user_allowed_to_load_the_demo_may_do_so(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'shop.db'}")
    upgrade(engine)
    with pytest.raises(PermissionDenied):
        DemoService(partial(UnitOfWork, engine)).generate(
            orders=10, actor=Actor("pat", Role.MANAGER), today=TODAY
        )
    assert _table_counts(engine)["products"] == 0
    engine.dispose()


def test_a_demo_over_an_imported_catalogue_keeps_the_products_and_their_stock_in_step(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'shop.db'}")
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO products (sku, name, attributes, price, active, low_stock_threshold, "
                "created_by_import, created_at, updated_at) VALUES ('TEA-001', 'Longjing (ours)', '{}', "
                "99, 1, 5, 0, '2025-01-01 00:00:00.000000', '2025-01-01 00:00:00.000000')"
            )
        )
        conn.execute(text("INSERT INTO stock VALUES (1, 1, 40, 0)"))
        conn.execute(
            text(
                "INSERT INTO stock_ledger (product_id, warehouse_id, kind, on_hand_delta, reserved_delta, "
                "reason, reference, user, created_at) VALUES (1, 1, 'receipt', 40, 0, '', '', 'x', "
                "'2025-01-01 00:00:00.000000')"
            )
        )
    summary = DemoService(partial(UnitOfWork, engine)).generate(orders=300, actor=ADMIN, today=TODAY)
    assert summary.products == 60 and _table_counts(engine)["products"] == 60
    assert _all(engine, "SELECT name FROM products WHERE sku = 'TEA-001'") == [("Longjing (ours)",)]
    assert _stock_problems(engine) == []
    engine.dispose()


@pytest.mark.postgres
def test_the_same_shop_is_built_on_postgresql_with_stock_in_step_with_its_ledger(
    pg_url: str, tmp_path: Path
) -> None:
    on_pg = _make_shop(tmp_path, orders=1_200, url=pg_url)
    on_sqlite = _make_shop(tmp_path / "shop.db", orders=1_200)
    try:
        assert _digest(on_pg.engine) == _digest(on_sqlite.engine)
        assert _scan_log(on_pg.engine) == _scan_log(on_sqlite.engine) != []
        assert on_pg.summary == on_sqlite.summary
        assert _stock_problems(on_pg.engine) == []
        statuses = {r[0] for r in _all(on_pg.engine, "SELECT DISTINCT status FROM orders")}
        assert statuses == {s.value for s in OrderStatus}
        with on_pg.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(ORDERS)).scalar_one() == 1_200
            # ids were drawn from the sequences: the next order the shop takes gets a fresh one
            next_id = conn.execute(
                text("SELECT nextval(pg_get_serial_sequence('orders', 'id'))")
            ).scalar_one()
            assert next_id > conn.execute(select(func.max(ORDERS.c.id))).scalar_one()
    finally:
        on_pg.engine.dispose()
        on_sqlite.engine.dispose()
