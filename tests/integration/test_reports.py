"""Reports on a small shop whose every number is worked out by hand, the same on SQLite and on PostgreSQL.

The shop is in Shanghai (UTC+8): an order placed at 16:30 UTC belongs to the next local day. Five
orders, one cancelled, one unpaid; two shipments (one late, one failed); a return and a complaint; a
refund; a packer's scans. Each test states the figures a person would get from these rows.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import insert, select

from desktop_oms.bootstrap import Services
from desktop_oms.charts.csvfile import report_csv
from desktop_oms.charts.data import Period, ReportRequest
from desktop_oms.db.models import (
    CASE_LINES,
    CASES,
    ORDER_LINES,
    ORDERS,
    PAYMENTS,
    PRODUCTS,
    SCAN_LOG,
    SHIPMENTS,
    STOCK,
    WAREHOUSES,
)
from desktop_oms.domain.errors import InvalidValue, NotFound, PermissionDenied
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.catalogue import ensure_category
from desktop_oms.services.settings import upsert_settings

MANAGER = Actor("manager", Role.MANAGER)
DAYS = ReportRequest(date(2026, 11, 10), date(2026, 11, 11))


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


#: order_no → (created at UTC, status, payment method, channel, province, [(sku, qty, unit price)])
ORDERS_IN = {
    "R-1": ("2026-11-10 15:30", "delivered", "alipay", "shopify", "浙江省", [("TEA-A", 2, "30.00"), ("TEA-B", 1, "40.00")]),
    "R-2": ("2026-11-10 16:30", "shipped", "wechat_pay", "manual", "上海市", [("TEA-A", 1, "50.50")]),
    "R-3": ("2026-11-11 02:00", "cancelled", "cod", "shopify", "浙江省", [("WARE-C", 2, "100.00")]),
    "R-4": ("2026-11-11 03:00", "pending_payment", "card", "shopify", "浙江省", [("TEA-B", 1, "19.99")]),
    "R-5": ("2026-11-09 01:00", "completed", "alipay", "woocommerce", "浙江省", [("WARE-C", 1, "70.00")]),
}


def build_shop(services: Services, zone: str = "Asia/Shanghai") -> None:
    with services.engine.begin() as conn:
        upsert_settings(conn, {"shop.timezone": zone})
        products = {}
        for sku, category, threshold in (("TEA-A", "Tea > Green tea", 5), ("TEA-B", "Tea > Black tea", 5),
                                         ("WARE-C", "Teaware", 5)):
            products[sku] = conn.execute(insert(PRODUCTS).values(
                sku=sku, name=f"产品 {sku}", category_id=ensure_category(conn, category),
                low_stock_threshold=threshold)).inserted_primary_key[0]
        warehouse = conn.execute(select(WAREHOUSES.c.id)).scalar_one()
        for sku, on_hand, reserved in (("TEA-A", 5, 1), ("TEA-B", 100, 0), ("WARE-C", 0, 0)):
            conn.execute(insert(STOCK).values(product_id=products[sku], warehouse_id=warehouse, on_hand=on_hand,
                                              reserved=reserved))
        ids: dict[str, int] = {}
        lines: dict[tuple[str, str], int] = {}
        for no, (created, status, method, channel, province, items) in ORDERS_IN.items():
            total = sum(Decimal(price) * qty for _, qty, price in items)
            ids[no] = conn.execute(insert(ORDERS).values(
                order_no=no, created_at=utc(created), status=status, payment_method=method, channel=channel,
                payment_status="paid", total=total, subtotal=total, ship_country="CN",
                ship_province=province)).inserted_primary_key[0]
            for line_no, (sku, qty, price) in enumerate(items, 1):
                lines[(no, sku)] = conn.execute(insert(ORDER_LINES).values(
                    order_id=ids[no], line_no=line_no, product_id=products[sku], sku=sku, qty=qty,
                    unit_price=Decimal(price), line_total=Decimal(price) * qty)).inserted_primary_key[0]
        payments: list[dict[str, Any]] = [
            {"order_id": ids["R-1"], "kind": "payment", "method": "alipay", "amount": Decimal("100.00"),
             "created_at": utc("2026-11-10 15:40")},
            {"order_id": ids["R-2"], "kind": "payment", "method": "wechat_pay", "amount": Decimal("50.50"),
             "created_at": utc("2026-11-10 16:40")},
            {"order_id": ids["R-1"], "kind": "refund", "method": "alipay", "amount": Decimal("30.00"),
             "created_at": utc("2026-11-11 10:00")},
        ]
        conn.execute(insert(PAYMENTS), payments)
        conn.execute(insert(SHIPMENTS), [
            {"order_id": ids["R-1"], "carrier": "sf_express", "tracking_no": "SF1", "status": "delivered",
             "shipped_at": utc("2026-11-11 03:30"), "delivered_at": utc("2026-11-12 03:30")},
            {"order_id": ids["R-2"], "carrier": "dhl", "tracking_no": "D2", "status": "delivery_failed",
             "shipped_at": utc("2026-11-13 17:00"), "delivered_at": None},
        ])
        returned = conn.execute(insert(CASES).values(case_no="C-1", order_id=ids["R-1"], type="return",
                                                     status="received", reason="damaged")).inserted_primary_key[0]
        conn.execute(insert(CASE_LINES).values(case_id=returned, order_line_id=lines[("R-1", "TEA-A")], qty=1))
        conn.execute(insert(CASES).values(case_no="C-2", order_id=ids["R-2"], type="complaint", status="open",
                                          reason="late"))
        conn.execute(insert(SCAN_LOG), [
            {"time": utc(t), "station": "S1", "user": "packer1", "order_no": no, "code": "x", "result": result}
            for t, no, result in (("2026-11-10 02:00", "R-1", "order"), ("2026-11-10 02:05", "R-1", "counted"),
                                  ("2026-11-10 02:10", "R-1", "completed"), ("2026-11-10 03:01", "R-2", "wrong_item"),
                                  ("2026-11-10 03:02", "R-2", "completed"))])


@pytest.fixture
def shop(services: Services) -> Services:
    build_shop(services)
    return services


def run(services: Services, name: str, request: ReportRequest = DAYS) -> Any:
    return services.reports.run(name, request, actor=MANAGER)


def test_revenue_is_the_totals_of_orders_not_cancelled_by_their_local_day_with_the_days_before(shop: Services) -> None:
    data = run(shop, "sales")
    assert data.time_zone == "Asia/Shanghai"
    assert data.table.rows == ((date(2026, 11, 10), 1, Decimal("100.00")), (date(2026, 11, 11), 2, Decimal("70.49")))
    assert data.extra["previous"].rows == ((date(2026, 11, 8), 0, Decimal("0.00")),
                                           (date(2026, 11, 9), 1, Decimal("70.00")))
    assert data.summary["revenue"] == Decimal("170.49") and data.summary["previous_revenue"] == Decimal("70.00")
    assert report_csv(data) == "period,orders,revenue\r\n2026-11-10,1,100.00\r\n2026-11-11,2,70.49\r\n"


def test_the_same_orders_fall_on_other_days_in_utc(services: Services) -> None:
    build_shop(services, zone="UTC")
    assert run(services, "sales").table.rows == ((date(2026, 11, 10), 2, Decimal("150.50")),
                                                 (date(2026, 11, 11), 1, Decimal("19.99")))


def test_weeks_start_on_monday_and_months_on_the_first(shop: Services) -> None:
    week = run(shop, "sales", ReportRequest(date(2026, 11, 1), date(2026, 11, 30), Period.WEEK))
    assert [r[0] for r in week.table.rows] == [date(2026, 10, 26), date(2026, 11, 2), date(2026, 11, 9),
                                               date(2026, 11, 16), date(2026, 11, 23), date(2026, 11, 30)]
    assert week.table.rows[2] == (date(2026, 11, 9), 4, Decimal("240.49"))
    month = run(shop, "sales", ReportRequest(date(2026, 11, 1), date(2026, 11, 30), Period.MONTH))
    assert month.table.rows == ((date(2026, 11, 1), 4, Decimal("240.49")),)


def test_refunds_are_reported_apart_and_not_netted_from_revenue(shop: Services) -> None:
    refunds = run(shop, "refunds")
    assert refunds.table.rows == ((date(2026, 11, 10), 0, Decimal("0.00")), (date(2026, 11, 11), 1, Decimal("30.00")))
    assert run(shop, "sales").table.rows[0][2] == Decimal("100.00")


def test_top_products_and_categories_count_line_totals_of_orders_not_cancelled(shop: Services) -> None:
    top = run(shop, "top-products")
    assert top.table.rows == (("TEA-A", "产品 TEA-A", 3, Decimal("110.50")), ("TEA-B", "产品 TEA-B", 2, Decimal("59.99")))
    assert report_csv(top).splitlines()[:2] == ["sku,name,units,revenue", "TEA-A,产品 TEA-A,3,110.50"]
    assert run(shop, "categories").table.rows == (("Tea > Green tea", 3, Decimal("110.50")),
                                                  ("Tea > Black tea", 2, Decimal("59.99")))


def test_filters_narrow_to_a_channel_and_a_category_with_its_subcategories(shop: Services) -> None:
    shopify = run(shop, "sales", ReportRequest(DAYS.start, DAYS.end, channel="shopify"))
    assert shopify.table.rows == ((date(2026, 11, 10), 1, Decimal("100.00")), (date(2026, 11, 11), 1, Decimal("19.99")))
    black = run(shop, "top-products", ReportRequest(DAYS.start, DAYS.end, category="Tea > Black tea"))
    assert black.table.rows == (("TEA-B", "产品 TEA-B", 2, Decimal("59.99")),)
    tea = run(shop, "sales", ReportRequest(DAYS.start, DAYS.end, category="Tea"))
    assert [r[1] for r in tea.table.rows] == [1, 2]
    with pytest.raises(NotFound):
        run(shop, "sales", ReportRequest(DAYS.start, DAYS.end, category="Coffee"))


def test_payment_mix_and_funnel(shop: Services) -> None:
    mix = run(shop, "payment-mix")
    assert [(m, n, revenue) for m, n, revenue, _ in mix.table.rows] == [
        ("alipay", 1, Decimal("100.00")), ("wechat_pay", 1, Decimal("50.50")), ("card", 1, Decimal("19.99"))]
    assert mix.table.rows[0][3] == pytest.approx(100 / 170.49)
    funnel = run(shop, "status-funnel")
    assert [(stage, n) for stage, n, _ in funnel.table.rows] == [
        ("placed", 4), ("accepted", 2), ("allocated", 2), ("packed", 2), ("shipped", 2), ("delivered", 1),
        ("completed", 0), ("cancelled", 1)]


def test_return_and_complaint_rates_by_product_and_reason(shop: Services) -> None:
    data = run(shop, "returns")
    assert data.table.rows[0] == ("TEA-A", "产品 TEA-A", 2, 1, 1, 0.5, 0, 0.0)
    assert data.table.rows[1] == ("TEA-B", "产品 TEA-B", 2, 0, 0, 0.0, 0, 0.0)
    assert [r[:3] for r in data.extra["by_reason"].rows] == [("complaint", "late", 1), ("return", "damaged", 1)]
    assert data.extra["by_reason"].rows[0][3] == pytest.approx(1 / 3)


def test_lead_time_runs_from_payment_to_shipment_and_counts_the_late(shop: Services) -> None:
    data = run(shop, "lead-time", ReportRequest(date(2026, 11, 10), date(2026, 11, 14)))
    assert data.extra["by_hour"].rows == ((11, 1), (72, 1))
    assert [(label, n) for label, n, _, _ in data.table.rows if n] == [("8-12", 1), ("72-120", 1)]
    assert data.summary["late"] == 1 and data.summary["median_hours"] == 12 and data.summary["p90_hours"] == 73


def test_carriers_by_destination(shop: Services) -> None:
    data = run(shop, "carriers", ReportRequest(date(2026, 11, 10), date(2026, 11, 14)))
    assert data.table.rows == (("dhl", "上海市", 1, 0, None, None, 1), ("sf_express", "浙江省", 1, 1, 1.0, 1.0, 0))
    only = run(shop, "carriers", ReportRequest(date(2026, 11, 10), date(2026, 11, 14), carrier="dhl"))
    assert [r[0] for r in only.table.rows] == ["dhl"]


def test_low_stock_lists_products_under_threshold_with_days_of_cover(shop: Services) -> None:
    data = run(shop, "low-stock")
    assert data.table.rows == (("WARE-C", "产品 WARE-C", 0, 5, 1, 0.04, 0.0),
                               ("TEA-A", "产品 TEA-A", 4, 5, 3, 0.11, 37.3))


def test_packer_kpis_from_the_scan_log(shop: Services) -> None:
    data = run(shop, "packers")
    assert data.table.rows == (("packer1", "S1", 2, 2, 1.0, 4, 1, 0.25),)


def test_daylight_saving_moves_the_local_day_and_half_hour_zones_work(services: Services) -> None:
    build_shop(services, zone="America/New_York")
    with services.engine.begin() as conn:
        conn.execute(insert(ORDERS), [
            {"order_no": "NY-1", "created_at": utc("2026-11-01 03:30"), "status": "accepted",  # 23:30 EDT, 31 Oct
             "payment_method": "card", "payment_status": "paid", "total": Decimal("1.00")},
            {"order_no": "NY-2", "created_at": utc("2026-11-02 04:30"), "status": "accepted",  # 23:30 EST, 1 Nov
             "payment_method": "card", "payment_status": "paid", "total": Decimal("2.00")}])
    rows = run(services, "sales", ReportRequest(date(2026, 10, 31), date(2026, 11, 2))).table.rows
    assert rows == ((date(2026, 10, 31), 1, Decimal("1.00")), (date(2026, 11, 1), 1, Decimal("2.00")),
                    (date(2026, 11, 2), 0, Decimal("0.00")))
    with services.engine.begin() as conn:
        upsert_settings(conn, {"shop.timezone": "Asia/Kolkata"})  # +05:30: R-1 at 15:30 UTC is 21:00 on the 10th
    kolkata = run(services, "sales").table.rows
    assert kolkata == ((date(2026, 11, 10), 2, Decimal("150.50")), (date(2026, 11, 11), 1, Decimal("19.99")))


def test_only_managers_and_admins_may_read_reports(shop: Services) -> None:
    for role in (Role.PACKER, Role.AGENT):
        with pytest.raises(PermissionDenied):
            shop.reports.run("sales", DAYS, actor=Actor("someone", role))
        with pytest.raises(PermissionDenied):
            shop.reports.catalog(actor=Actor("someone", role))
    assert shop.reports.run("sales", DAYS, actor=Actor("boss", Role.ADMIN)).table.rows


def test_a_range_that_ends_before_it_starts_or_an_unknown_report_is_refused(shop: Services) -> None:
    with pytest.raises(InvalidValue):
        run(shop, "sales", ReportRequest(date(2026, 11, 11), date(2026, 11, 10)))
    with pytest.raises(NotFound):
        run(shop, "nonsense")


def test_the_summaries_give_the_numbers_the_orders_give(shop: Services) -> None:
    from desktop_oms.services.reports import ReportService

    live = ReportService(shop.uow, summaries=False)
    for name in [spec.name for spec in shop.reports.catalog(actor=MANAGER)]:
        for request in (ReportRequest(date(2026, 11, 1), date(2026, 11, 30), Period.WEEK),
                        ReportRequest(date(2026, 11, 1), date(2026, 11, 30), channel="shopify", carrier="dhl")):
            summarised, counted = run(shop, name, request), live.run(name, request, actor=MANAGER)
            assert summarised.table == counted.table, name
            assert summarised.extra == counted.extra, name


def test_a_change_to_an_order_or_a_shipment_shows_in_the_next_report(shop: Services) -> None:
    assert run(shop, "sales").table.rows[1] == (date(2026, 11, 11), 2, Decimal("70.49"))
    with shop.engine.begin() as conn:
        conn.execute(ORDERS.update().where(ORDERS.c.order_no == "R-2").values(status="cancelled"))
    assert run(shop, "sales").table.rows[1] == (date(2026, 11, 11), 1, Decimal("19.99"))
    assert run(shop, "top-products").table.rows[0] == ("TEA-A", "产品 TEA-A", 2, Decimal("60.00"))
    with shop.engine.begin() as conn:
        conn.execute(SHIPMENTS.update().where(SHIPMENTS.c.tracking_no == "D2")
                     .values(status="delivered", delivered_at=utc("2026-11-14 17:00")))
    rows = run(shop, "carriers", ReportRequest(date(2026, 11, 10), date(2026, 11, 14))).table.rows
    assert rows[0] == ("dhl", "上海市", 1, 1, 1.0, 1.0, 0)
