"""The reports' aggregations: one GROUP BY (or two) per report, run in SQL on SQLite and PostgreSQL alike.

Each function takes the read transaction's connection and returns a few hundred rows at most (per day,
per product, per hour of lead time, ...); what Python does after is folding those into weeks and months
or ranking them, never looping over orders. Money is summed as exact integer cents on SQLite (which
keeps NUMERIC as floating point) and as NUMERIC on PostgreSQL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, and_, case, cast, distinct, exists, func, literal_column, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from desktop_oms.charts.data import (
    ON_TIME_DAYS_ABROAD,
    ON_TIME_DAYS_DOMESTIC,
    RECENT_SALES_DAYS,
    ReportRequest,
)
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
)
from desktop_oms.domain.packing import ScanResult
from desktop_oms.services import report_summaries as summary
from desktop_oms.services.report_time import Window, local_day, local_hour, seconds_between

O, L, P, S = ORDERS, ORDER_LINES, PRODUCTS, SHIPMENTS  # noqa: E741
CANCELLED = "cancelled"
ITEM_SCANS = tuple(str(r) for r in (ScanResult.COUNTED, ScanResult.COMPLETED, ScanResult.TOO_MANY,
                                     ScanResult.WRONG_ITEM, ScanResult.UNKNOWN))
MIS_SCANS = tuple(str(r) for r in (ScanResult.TOO_MANY, ScanResult.WRONG_ITEM, ScanResult.UNKNOWN))
FAILED = ("delivery_failed", "return_to_sender")
#: Lead times are counted per hour up to this; longer ones share the last hour's row.
MAX_LEAD_HOURS = 240


@dataclass(frozen=True)
class Scope:
    """What every query of one report run shares: the connection, its dialect, the filters."""

    conn: Connection
    request: ReportRequest
    category_ids: tuple[int, ...] | None  # None: no category filter
    summaries: bool = False  # read the per-day summaries (brought up to date just before) where they answer

    @property
    def dialect(self) -> str:
        return self.conn.dialect.name


def money_sum(column: ColumnElement[Any], dialect: str) -> ColumnElement[Any]:
    if dialect == "sqlite":
        return func.sum(cast(func.round(column * 100), Integer))
    return func.sum(column)


def money(value: Any, dialect: str) -> Decimal:
    if value is None:
        return Decimal("0.00")
    if dialect == "sqlite":
        return (Decimal(int(value)) / 100).quantize(Decimal("0.01"))
    return Decimal(value).quantize(Decimal("0.01"))


def _cents(value: int) -> Decimal:
    return (Decimal(value) / 100).quantize(Decimal("0.01"))


def _order_filters(scope: Scope, window: Window, *, looked_up: bool = False) -> list[ColumnElement[bool]]:
    """The range and filters on orders. `looked_up`: the orders are reached from a small table (cases) by
    their key, so on SQLite the range must not tempt the planner into walking a year of orders instead
    (a unary ``+`` keeps it off the created_at index)."""
    created: ColumnElement[Any] = O.c.created_at
    if looked_up and scope.dialect == "sqlite":
        created = literal_column("+orders.created_at", type_=O.c.created_at.type)
    conditions = [window.within(created)]
    if scope.request.channel:
        conditions.append(O.c.channel == scope.request.channel)
    if scope.category_ids is not None:
        lines, products = L.alias("in_category"), P.alias("category_product")
        conditions.append(exists(select(lines.c.id).select_from(lines.join(products, products.c.id == lines.c.product_id))
                                 .where(lines.c.order_id == O.c.id, products.c.category_id.in_(scope.category_ids))))
    return conditions


def sales_by_day(scope: Scope, window: Window) -> dict[date, tuple[int, Decimal]]:
    """Orders not cancelled and their totals, per local day of creation."""
    if scope.summaries and scope.category_ids is None:
        return {day: (n, _cents(c)) for day, n, c in summary.sales_by_day(scope.conn, window, scope.request.channel)}
    bucket, day_of = local_day(O.c.created_at, window, scope.dialect)
    query = (select(bucket, func.count(), money_sum(O.c.total, scope.dialect))
             .where(*_order_filters(scope, window), O.c.status != CANCELLED).group_by(bucket))
    days: dict[date, list[Any]] = defaultdict(lambda: [0, Decimal("0.00")])
    for key, orders, cents in scope.conn.execute(query):
        found = days[day_of(key)]
        found[0] += int(orders)
        found[1] += money(cents, scope.dialect)
    return {day: (values[0], values[1]) for day, values in days.items()}


def refunds_by_day(scope: Scope, window: Window) -> dict[date, tuple[int, Decimal]]:
    """Completed refunds and their amounts, per local day they were paid out."""
    pay = PAYMENTS
    bucket, day_of = local_day(pay.c.created_at, window, scope.dialect)
    query = (select(bucket, func.count(), money_sum(pay.c.amount, scope.dialect))
             .where(window.within(pay.c.created_at), pay.c.kind == "refund", pay.c.status == "completed"))
    if scope.request.channel:
        query = query.where(pay.c.order_id.in_(select(O.c.id).where(O.c.channel == scope.request.channel)))
    days: dict[date, list[Any]] = defaultdict(lambda: [0, Decimal("0.00")])
    for key, count, cents in scope.conn.execute(query.group_by(bucket)):
        found = days[day_of(key)]
        found[0] += int(count)
        found[1] += money(cents, scope.dialect)
    return {day: (values[0], values[1]) for day, values in days.items()}


def units_by_product(scope: Scope, window: Window, *, orders: bool = False) -> dict[int, tuple[int, Decimal, int]]:
    """(units, line revenue, orders: only when asked, else 0) per product on orders not cancelled created in
    the window.

    The orders' range comes first (their index), then each order's lines (by their order): on SQLite
    the ``+ 0`` keeps the planner from walking the product index and looking every order up instead.
    """
    if scope.summaries:
        ids = None if scope.category_ids is None else select(P.c.id).where(P.c.category_id.in_(scope.category_ids))
        return {pid: (units, _cents(c), n if orders else 0)
                for pid, units, c, n in summary.units_by_product(scope.conn, window, scope.request.channel, ids)}
    product = L.c.product_id + 0 if scope.dialect == "sqlite" else L.c.product_id
    how_many = func.count(distinct(L.c.order_id)) if orders else func.count()
    query = (select(product.label("product_id"), func.sum(L.c.qty), money_sum(L.c.line_total, scope.dialect),
                    how_many)
             .select_from(O.join(L, L.c.order_id == O.c.id))
             .where(*_order_filters(scope, window), O.c.status != CANCELLED))
    if scope.category_ids is not None:
        query = query.where(L.c.product_id.in_(select(P.c.id).where(P.c.category_id.in_(scope.category_ids))))
    return {int(pid): (int(units), money(cents, scope.dialect), int(n) if orders else 0)
            for pid, units, cents, n in scope.conn.execute(query.group_by(product))}


def products(conn: Connection, ids: Iterable[int] | None = None) -> dict[int, tuple[str, str, int | None, int, bool]]:
    """(sku, name, category id, low-stock threshold, active) by product id."""
    query = select(P.c.id, P.c.sku, P.c.name, P.c.category_id, P.c.low_stock_threshold, P.c.active)
    if ids is not None:
        query = query.where(P.c.id.in_(list(ids)))
    return {int(r.id): (r.sku, r.name, r.category_id, int(r.low_stock_threshold or 0), bool(r.active))
            for r in conn.execute(query)}


def payment_mix(scope: Scope, window: Window) -> list[tuple[str, int, Decimal]]:
    if scope.summaries and scope.category_ids is None:
        return [(m, n, _cents(c)) for m, n, c in summary.payment_mix(scope.conn, window, scope.request.channel)]
    query = (select(O.c.payment_method, func.count(), money_sum(O.c.total, scope.dialect))
             .where(*_order_filters(scope, window), O.c.status != CANCELLED).group_by(O.c.payment_method))
    return [(str(method), int(n), money(cents, scope.dialect)) for method, n, cents in scope.conn.execute(query)]


def status_counts(scope: Scope, window: Window) -> list[tuple[str, str | None, int]]:
    if scope.summaries and scope.category_ids is None:
        return summary.status_counts(scope.conn, window, scope.request.channel)
    query = (select(O.c.status, O.c.held_from, func.count()).where(*_order_filters(scope, window))
             .group_by(O.c.status, O.c.held_from))
    return [(str(s), h, int(n)) for s, h, n in scope.conn.execute(query)]


def case_counts(scope: Scope, window: Window) -> list[tuple[str, str, int]]:
    """Cases on orders created in the window (not cancelled), by type and reason."""
    query = (select(CASES.c.type, CASES.c.reason, func.count())
             .select_from(CASES.join(O, O.c.id == CASES.c.order_id))
             .where(*_order_filters(scope, window, looked_up=True), O.c.status != CANCELLED)
             .group_by(CASES.c.type, CASES.c.reason))
    return [(str(t), str(r), int(n)) for t, r, n in scope.conn.execute(query)]


def cases_by_product(scope: Scope, window: Window) -> dict[tuple[int, str], tuple[int, int]]:
    """(cases, units on them) per (product, case type), for cases with lines on orders in the window."""
    query = (select(L.c.product_id, CASES.c.type, func.count(distinct(CASES.c.id)), func.sum(CASE_LINES.c.qty))
             .select_from(CASES.join(O, O.c.id == CASES.c.order_id)
                          .join(CASE_LINES, CASE_LINES.c.case_id == CASES.c.id)
                          .join(L, L.c.id == CASE_LINES.c.order_line_id))
             .where(*_order_filters(scope, window, looked_up=True), O.c.status != CANCELLED)
             .group_by(L.c.product_id, CASES.c.type))
    return {(int(pid), str(kind)): (int(n), int(units or 0)) for pid, kind, n, units in scope.conn.execute(query)}


def _shipment_filters(scope: Scope, window: Window) -> list[ColumnElement[bool]]:
    conditions = [window.within(S.c.shipped_at)]
    if scope.request.carrier:
        conditions.append(S.c.carrier == scope.request.carrier)
    if scope.request.channel:
        conditions.append(O.c.channel == scope.request.channel)
    return conditions


def lead_hours(scope: Scope, window: Window) -> dict[int, int]:
    """Shipments per whole hour from the order's acceptance to the shipment (capped at MAX_LEAD_HOURS).

    Accepted = the first completed payment; for cash on delivery (and an order with no payment
    recorded, such as history imported as shipped) the moment it was placed.
    """
    if scope.summaries:
        return dict(summary.lead_hours(scope.conn, window, scope.request.channel, scope.request.carrier))
    pay = PAYMENTS
    paid_at = (select(func.min(pay.c.created_at)).where(pay.c.order_id == O.c.id, pay.c.kind == "payment",
                                                         pay.c.status == "completed").scalar_subquery())
    accepted = case((O.c.payment_method == "cod", O.c.created_at), else_=func.coalesce(paid_at, O.c.created_at))
    hours = cast(func.floor(seconds_between(S.c.shipped_at, accepted, scope.dialect) / 3600.0), Integer)
    query = (select(hours, func.count()).select_from(S.join(O, O.c.id == S.c.order_id))
             .where(*_shipment_filters(scope, window)).group_by(hours))
    found: dict[int, int] = defaultdict(int)
    for hour, count in scope.conn.execute(query):
        found[min(max(int(hour or 0), 0), MAX_LEAD_HOURS)] += int(count)
    return dict(found)


def carrier_rows(scope: Scope, window: Window) -> list[tuple[str, str, str, int, int, float, int, int]]:
    """(carrier, country, region, shipments, delivered, transit seconds of those, on time, failures)."""
    if scope.summaries:
        return summary.carrier_rows(scope.conn, window, scope.request.channel, scope.request.carrier)
    domestic = O.c.ship_country == "CN"
    region = case((domestic, O.c.ship_province), else_=O.c.ship_country)
    delivered = S.c.delivered_at.is_not(None)
    transit = seconds_between(S.c.delivered_at, S.c.shipped_at, scope.dialect)
    promise = case((domestic, ON_TIME_DAYS_DOMESTIC * 86400), else_=ON_TIME_DAYS_ABROAD * 86400)
    query = (select(S.c.carrier, O.c.ship_country, region, func.count(),
                    func.sum(case((delivered, 1), else_=0)), func.sum(case((delivered, transit), else_=0)),
                    func.sum(case((and_(delivered, transit <= promise), 1), else_=0)),
                    func.sum(case((S.c.status.in_(FAILED), 1), else_=0)))
             .select_from(S.join(O, O.c.id == S.c.order_id)).where(*_shipment_filters(scope, window))
             .group_by(S.c.carrier, O.c.ship_country, region))
    return [(str(c), str(country or ""), str(r or ""), int(n), int(d or 0), float(t or 0), int(ok or 0), int(f or 0))
            for c, country, r, n, d, t, ok, f in scope.conn.execute(query)]


def available_stock(conn: Connection) -> dict[int, int]:
    query = select(STOCK.c.product_id, func.sum(STOCK.c.on_hand - STOCK.c.reserved)).group_by(STOCK.c.product_id)
    return {int(pid): int(n or 0) for pid, n in conn.execute(query)}


def recent_window(window: Window) -> Window:
    return Window(window.zone_name, window.last - timedelta(days=RECENT_SALES_DAYS - 1), window.last)


def packer_rows(scope: Scope, window: Window) -> list[tuple[str, str, int, int, int, int]]:
    """(packer, station, orders packed, active hours, item scans, mis-scans) from the scan log."""
    scans = SCAN_LOG
    item = scans.c.result.in_(ITEM_SCANS)
    query = (select(scans.c.user, scans.c.station,
                    func.sum(case((scans.c.result == str(ScanResult.COMPLETED), 1), else_=0)),
                    func.count(distinct(local_hour(scans.c.time, scope.dialect))),
                    func.sum(case((item, 1), else_=0)),
                    func.sum(case((scans.c.result.in_(MIS_SCANS), 1), else_=0)))
             .where(window.within(scans.c.time)).group_by(scans.c.user, scans.c.station))
    return [(str(u), str(s), int(o or 0), int(h or 0), int(i or 0), int(m or 0))
            for u, s, o, h, i, m in scope.conn.execute(query)]

