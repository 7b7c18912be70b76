"""The reports' per-day summaries: made for the shop's time zone, kept up to date from the days triggers mark.

Triggers (migration 0009) note in ``report_dirty`` the UTC day of every order, order line, shipment
and payment written. Before a report reads, `refresh` recomputes the local days those UTC days
overlap, each with one INSERT ... SELECT ... GROUP BY, in SQL; a change of time zone (or a first
run) rebuilds everything. The readers below then sum a few thousand summary rows instead of a year
of orders. What a summary cannot answer (orders holding a product of a category) the live queries in
report_queries still do.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import BigInteger, Integer, and_, case, cast, delete, distinct, func, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from desktop_oms.charts.data import ON_TIME_DAYS_ABROAD, ON_TIME_DAYS_DOMESTIC
from desktop_oms.db.models import (
    ORDER_LINES,
    ORDERS,
    PAYMENTS,
    REPORT_CARRIER_DAYS,
    REPORT_DIRTY,
    REPORT_LEAD_DAYS,
    REPORT_ORDER_DAYS,
    REPORT_PRODUCT_DAYS,
    SETTINGS,
    SHIPMENTS,
)
from desktop_oms.services.report_time import Window, seconds_between, sqlite_local_date
from desktop_oms.services.settings import upsert_settings

O, L, S = ORDERS, ORDER_LINES, SHIPMENTS  # noqa: E741
ZONE_KEY = "reports.summary_zone"
#: More changed days than this and a kind of summary is rebuilt whole (a bulk import, the demo).
REBUILD_AFTER = 45
MAX_LEAD_HOURS = 240
FAILED = ("delivery_failed", "return_to_sender")
LOCK = 7411009


def refresh(conn: Connection, zone: str) -> bool:
    """Bring the summaries up to date for `zone`, in the caller's (write) transaction; whether anything changed."""
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"SELECT pg_advisory_xact_lock({LOCK})"))
    stored = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == ZONE_KEY)).scalar_one_or_none()
    top = conn.execute(select(func.max(REPORT_DIRTY.c.id))).scalar()
    if stored != zone:
        for kind in ("orders", "ships"):
            _rebuild(conn, kind, _everything(conn, kind, zone), whole=True)
        if top is not None:
            conn.execute(delete(REPORT_DIRTY).where(REPORT_DIRTY.c.id <= top))
        upsert_settings(conn, {ZONE_KEY: zone})
        return True
    if top is None:
        return False
    marked = conn.execute(select(REPORT_DIRTY.c.kind, REPORT_DIRTY.c.day).where(REPORT_DIRTY.c.id <= top)
                          .distinct()).all()
    for kind in ("orders", "ships"):
        days = sorted({date.fromisoformat(day) for k, day in marked if k == kind})
        if len(days) > REBUILD_AFTER:
            _rebuild(conn, kind, _everything(conn, kind, zone), whole=True)
            continue
        for first, last in _runs(_local_days(days, zone)):
            _rebuild(conn, kind, Window(zone, first, last))
    conn.execute(delete(REPORT_DIRTY).where(REPORT_DIRTY.c.id <= top))
    return True


def _local_days(utc_days: Iterable[date], zone: str) -> list[date]:
    """The local days of `zone` that the UTC days overlap."""
    found: set[date] = set()
    probe = Window(zone, date(2000, 1, 1), date(2000, 1, 1)).zone
    for day in utc_days:
        start = datetime(day.year, day.month, day.day, tzinfo=UTC)
        first = start.astimezone(probe).date()
        last = (start + timedelta(days=1) - timedelta(microseconds=1)).astimezone(probe).date()
        while first <= last:
            found.add(first)
            first += timedelta(days=1)
    return sorted(found)


def _runs(days: list[date]) -> list[tuple[date, date]]:
    runs: list[tuple[date, date]] = []
    for day in days:
        if runs and runs[-1][1] + timedelta(days=1) == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _everything(conn: Connection, kind: str, zone: str) -> Window | None:
    column = O.c.created_at if kind == "orders" else S.c.shipped_at
    low, high = conn.execute(select(func.min(column), func.max(column))).one()
    if low is None:
        return None
    probe = Window(zone, date(2000, 1, 1), date(2000, 1, 1)).zone
    return Window(zone, _moment(low).astimezone(probe).date(), _moment(high).astimezone(probe).date())


def _moment(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


def _day(column: ColumnElement[Any], window: Window, dialect: str) -> ColumnElement[Any]:
    if dialect == "postgresql":
        from sqlalchemy import Date

        return cast(func.timezone(window.zone_name, column), Date)
    return sqlite_local_date(column, window)


def _cents(column: ColumnElement[Any]) -> ColumnElement[Any]:
    return func.sum(cast(func.round(column * 100), BigInteger))


def _rebuild(conn: Connection, kind: str, window: Window | None, *, whole: bool = False) -> None:
    """Recompute the summaries of one kind over `window`'s local days (`whole`: first forget every day)."""
    tables = (REPORT_ORDER_DAYS, REPORT_PRODUCT_DAYS) if kind == "orders" else (REPORT_LEAD_DAYS, REPORT_CARRIER_DAYS)
    for table in tables:
        statement = delete(table)
        if not whole and window is not None:
            statement = statement.where(table.c.day.between(window.first, window.last))
        conn.execute(statement)
    if window is None:
        return
    dialect = conn.dialect.name
    if kind == "orders":
        day = _day(O.c.created_at, window, dialect).label("day")
        held = func.coalesce(O.c.held_from, "")
        conn.execute(REPORT_ORDER_DAYS.insert().from_select(
            ["day", "channel", "payment_method", "status", "held_from", "orders", "revenue_cents"],
            select(day, O.c.channel, O.c.payment_method, O.c.status, held, func.count(), _cents(O.c.total))
            .where(window.within(O.c.created_at))
            .group_by(day, O.c.channel, O.c.payment_method, O.c.status, held)))
        conn.execute(REPORT_PRODUCT_DAYS.insert().from_select(
            ["day", "channel", "product_id", "units", "revenue_cents", "orders"],
            select(day, O.c.channel, L.c.product_id, func.sum(L.c.qty), _cents(L.c.line_total),
                   func.count(distinct(L.c.order_id)))
            .select_from(O.join(L, L.c.order_id == O.c.id))
            .where(window.within(O.c.created_at), O.c.status != "cancelled")
            .group_by(day, O.c.channel, L.c.product_id)))
        return
    day = _day(S.c.shipped_at, window, dialect).label("day")
    paid_at = (select(func.min(PAYMENTS.c.created_at))
               .where(PAYMENTS.c.order_id == O.c.id, PAYMENTS.c.kind == "payment", PAYMENTS.c.status == "completed")
               .scalar_subquery())
    accepted = case((O.c.payment_method == "cod", O.c.created_at), else_=func.coalesce(paid_at, O.c.created_at))
    raw = cast(func.floor(seconds_between(S.c.shipped_at, accepted, dialect) / 3600.0), Integer)
    hour = case((raw < 0, 0), (raw > MAX_LEAD_HOURS, MAX_LEAD_HOURS), else_=raw).label("hour")
    joined = S.join(O, O.c.id == S.c.order_id)
    conn.execute(REPORT_LEAD_DAYS.insert().from_select(
        ["day", "carrier", "channel", "hour", "shipments"],
        select(day, S.c.carrier, O.c.channel, hour, func.count()).select_from(joined)
        .where(window.within(S.c.shipped_at)).group_by(day, S.c.carrier, O.c.channel, hour)))
    domestic = O.c.ship_country == "CN"
    country = func.coalesce(O.c.ship_country, "")
    region = func.coalesce(case((domestic, O.c.ship_province), else_=O.c.ship_country), "")
    delivered = S.c.delivered_at.is_not(None)
    transit = seconds_between(S.c.delivered_at, S.c.shipped_at, dialect)
    promise = case((domestic, ON_TIME_DAYS_DOMESTIC * 86400), else_=ON_TIME_DAYS_ABROAD * 86400)
    conn.execute(REPORT_CARRIER_DAYS.insert().from_select(
        ["day", "carrier", "channel", "country", "region", "shipments", "delivered", "transit_seconds", "on_time",
         "failures"],
        select(day, S.c.carrier, O.c.channel, country, region, func.count(),
               func.sum(case((delivered, 1), else_=0)), func.coalesce(func.sum(case((delivered, transit), else_=0)), 0),
               func.sum(case((and_(delivered, transit <= promise), 1), else_=0)),
               func.sum(case((S.c.status.in_(FAILED), 1), else_=0)))
        .select_from(joined).where(window.within(S.c.shipped_at))
        .group_by(day, S.c.carrier, O.c.channel, country, region)))


# --- readers ---------------------------------------------------------------------------------------


def _days(table: Any, window: Window, channel: str, carrier: str = "") -> list[ColumnElement[bool]]:
    conditions = [table.c.day.between(window.first, window.last)]
    if channel:
        conditions.append(table.c.channel == channel)
    if carrier:
        conditions.append(table.c.carrier == carrier)
    return conditions


def sales_by_day(conn: Connection, window: Window, channel: str) -> list[tuple[date, int, int]]:
    t = REPORT_ORDER_DAYS
    query = (select(t.c.day, func.sum(t.c.orders), func.sum(t.c.revenue_cents))
             .where(*_days(t, window, channel), t.c.status != "cancelled").group_by(t.c.day))
    return [(_date(d), int(n), int(c)) for d, n, c in conn.execute(query)]


def payment_mix(conn: Connection, window: Window, channel: str) -> list[tuple[str, int, int]]:
    t = REPORT_ORDER_DAYS
    query = (select(t.c.payment_method, func.sum(t.c.orders), func.sum(t.c.revenue_cents))
             .where(*_days(t, window, channel), t.c.status != "cancelled").group_by(t.c.payment_method))
    return [(str(m), int(n), int(c)) for m, n, c in conn.execute(query)]


def status_counts(conn: Connection, window: Window, channel: str) -> list[tuple[str, str | None, int]]:
    t = REPORT_ORDER_DAYS
    query = (select(t.c.status, t.c.held_from, func.sum(t.c.orders)).where(*_days(t, window, channel))
             .group_by(t.c.status, t.c.held_from))
    return [(str(s), h or None, int(n)) for s, h, n in conn.execute(query)]


def units_by_product(conn: Connection, window: Window, channel: str,
                     product_ids: Any = None) -> list[tuple[int, int, int, int]]:
    t = REPORT_PRODUCT_DAYS
    query = (select(t.c.product_id, func.sum(t.c.units), func.sum(t.c.revenue_cents), func.sum(t.c.orders))
             .where(*_days(t, window, channel)).group_by(t.c.product_id))
    if product_ids is not None:
        query = query.where(t.c.product_id.in_(product_ids))
    return [(int(p), int(u), int(c), int(n)) for p, u, c, n in conn.execute(query)]


def lead_hours(conn: Connection, window: Window, channel: str, carrier: str) -> list[tuple[int, int]]:
    t = REPORT_LEAD_DAYS
    query = select(t.c.hour, func.sum(t.c.shipments)).where(*_days(t, window, channel, carrier)).group_by(t.c.hour)
    return [(int(h), int(n)) for h, n in conn.execute(query)]


def carrier_rows(conn: Connection, window: Window, channel: str,
                 carrier: str) -> list[tuple[str, str, str, int, int, float, int, int]]:
    t = REPORT_CARRIER_DAYS
    query = (select(t.c.carrier, t.c.country, t.c.region, func.sum(t.c.shipments), func.sum(t.c.delivered),
                    func.sum(t.c.transit_seconds), func.sum(t.c.on_time), func.sum(t.c.failures))
             .where(*_days(t, window, channel, carrier)).group_by(t.c.carrier, t.c.country, t.c.region))
    return [(str(c), str(k), str(r), int(n), int(d), float(s or 0), int(o), int(f))
            for c, k, r, n, d, s, o, f in conn.execute(query)]


def _date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
