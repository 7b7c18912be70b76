"""Reports for managers: each one read transaction, aggregated in SQL, returned as plain ReportData.

Days are the shop's: the time zone in Settings (`shop.timezone`), else this computer's. Weeks start on
Monday and are named by that Monday; months by their first day. Only managers and administrators may
read them (Permission.VIEW_REPORTS), here as well as in the views.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from desktop_oms.charts import catalog
from desktop_oms.charts.data import (
    LATE_AFTER_HOURS,
    LOW_COVER_DAYS,
    MAX_RANGE_DAYS,
    RECENT_SALES_DAYS,
    TOP_N,
    FilterChoices,
    Period,
    ReportData,
    ReportRequest,
    ReportSpec,
    ReportTable,
)
from desktop_oms.db.models import ORDERS, REPORT_DIRTY, SETTINGS, SHIPMENTS, utcnow
from desktop_oms.db.uow import UnitOfWorkFactory, retrying
from desktop_oms.domain.errors import InvalidValue, NotFound
from desktop_oms.domain.orders import OrderStatus
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services import report_queries as q
from desktop_oms.services import report_summaries
from desktop_oms.services.report_time import Window, computer_zone, valid_zone
from desktop_oms.services.stock import category_paths

ZONE_KEY = "shop.timezone"
#: The funnel's steps, in order, and the statuses that have reached at least each one.
FUNNEL = ("placed", "accepted", "allocated", "packed", "shipped", "delivered", "completed")
_RANK = {"pending_payment": 0, "accepted": 1, "backordered": 1, "allocated": 2, "picking": 2, "packed": 3,
         "shipped": 4, "delivered": 5, "completed": 6}
#: Rows of the lead-time table: [from, to) hours.
LEAD_BUCKETS = ((0, 2), (2, 4), (4, 8), (8, 12), (12, 24), (24, 48), (48, 72), (72, 120), (120, None))
RETURN_TYPES = ("return", "exchange", "refund")


class ReportService:
    def __init__(self, uow: UnitOfWorkFactory, *, clock: Callable[[], datetime] = utcnow,
                 summaries: bool = True) -> None:
        self._uow, self._clock, self._summaries = uow, clock, summaries

    def catalog(self, *, actor: Actor) -> tuple[ReportSpec, ...]:
        actor.require(Permission.VIEW_REPORTS)
        return catalog.REPORTS

    def time_zone(self, *, actor: Actor) -> str:
        """The zone the reports' days are in."""
        actor.require(Permission.VIEW_REPORTS)
        with self._uow(read_only=True) as tx:
            return _zone(tx.connection)

    def today(self, *, actor: Actor) -> date:
        """Today in the shop's zone (what the presets count from)."""
        return self._clock().astimezone(ZoneInfo(self.time_zone(actor=actor))).date()

    def filter_choices(self, *, actor: Actor) -> FilterChoices:
        """The channels, categories and carriers the filters offer."""
        actor.require(Permission.VIEW_REPORTS)
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            channels = conn.execute(select(ORDERS.c.channel).distinct().order_by(ORDERS.c.channel)).scalars()
            carriers = conn.execute(select(SHIPMENTS.c.carrier).distinct().order_by(SHIPMENTS.c.carrier)).scalars()
            return FilterChoices(tuple(str(c) for c in channels if c), tuple(sorted(category_paths(conn).values())),
                                 tuple(str(c) for c in carriers if c))

    def run(self, name: str, request: ReportRequest, *, actor: Actor) -> ReportData:
        """The report called `name` (see `catalog`) over `request`'s range and filters."""
        actor.require(Permission.VIEW_REPORTS)
        build = _BUILDERS.get(name)
        if build is None:
            raise NotFound("report", name)
        _check(request)
        if self._summaries:
            self.refresh_summaries()
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            zone = _zone(conn)
            scope = q.Scope(conn, request, _category_ids(conn, request.category), self._summaries)
            window = Window(zone, request.start, request.end)
            table, extra, summary = build(scope, window)
        return ReportData(name, request, table, zone, extra, summary)


    def refresh_summaries(self) -> bool:
        """Bring the per-day summaries up to date (a short write of its own; nothing to do most times)."""
        with self._uow(read_only=True) as tx:
            if not _summaries_stale(tx.connection):
                return False

        def write() -> bool:
            with self._uow() as tx:
                changed = report_summaries.refresh(tx.connection, _zone(tx.connection))
                tx.commit()
                return changed

        return retrying(write)


def _summaries_stale(conn: Any) -> bool:
    """Whether a day changed since the summaries were made, or they were made for another zone (or never)."""
    if conn.execute(select(REPORT_DIRTY.c.id).limit(1)).first() is not None:
        return True
    stored = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == report_summaries.ZONE_KEY)).scalar()
    return bool(stored != _zone(conn))


def _check(request: ReportRequest) -> None:
    if request.end < request.start:
        raise InvalidValue("to", "the range ends before it starts")
    if request.days > MAX_RANGE_DAYS:
        raise InvalidValue("from", f"a report covers at most {MAX_RANGE_DAYS} days")
    for field, value in (("channel", request.channel), ("category", request.category), ("carrier", request.carrier)):
        if len(value) > 255:
            raise InvalidValue(field, "at most 255 characters")


def _zone(conn: Any) -> str:
    stored = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == ZONE_KEY)).scalar_one_or_none()
    return stored if stored and valid_zone(stored) else computer_zone()


def _category_ids(conn: Any, path: str) -> tuple[int, ...] | None:
    """The category at `path` and every category under it; None when there is no category filter."""
    if not path:
        return None
    paths = category_paths(conn)
    ids = tuple(cid for cid, p in paths.items() if p == path or p.startswith(path + " > "))
    if not ids:
        raise NotFound("category", path)
    return ids


Built = tuple[ReportTable, dict[str, ReportTable], dict[str, Any]]


def period_start(day: date, by: Period) -> date:
    if by is Period.WEEK:
        return day - timedelta(days=day.weekday())
    if by is Period.MONTH:
        return day.replace(day=1)
    return day


def periods(first: date, last: date, by: Period) -> list[date]:
    """Every period start from the one holding `first` to the one holding `last`."""
    found: list[date] = []
    day = first
    while day <= last:
        start = period_start(day, by)
        if not found or found[-1] != start:
            found.append(start)
        day += timedelta(days=1)
    return found


def _fold(days: dict[date, tuple[int, Decimal]], first: date, last: date, by: Period) -> list[tuple[date, int, Decimal]]:
    totals: dict[date, list[Any]] = {p: [0, Decimal("0.00")] for p in periods(first, last, by)}
    for day, (count, amount) in days.items():
        if first <= day <= last:
            found = totals[period_start(day, by)]
            found[0] += count
            found[1] += amount
    return [(p, v[0], v[1]) for p, v in totals.items()]


def _sales(scope: q.Scope, window: Window) -> Built:
    request, previous = scope.request, scope.request.previous()
    days = q.sales_by_day(scope, Window(window.zone_name, previous.start, request.end))
    now = _fold(days, request.start, request.end, request.by)
    before = _fold(days, previous.start, previous.end, request.by)
    columns = catalog.spec("sales").columns
    orders, revenue = sum(r[1] for r in now), sum((r[2] for r in now), Decimal("0.00"))
    orders_before, revenue_before = sum(r[1] for r in before), sum((r[2] for r in before), Decimal("0.00"))
    summary = {"orders": orders, "revenue": revenue, "previous_orders": orders_before,
               "previous_revenue": revenue_before,
               "average_order": (revenue / orders).quantize(Decimal("0.01")) if orders else Decimal("0.00"),
               "previous_from": previous.start, "previous_to": previous.end}
    return (ReportTable(columns, tuple(now)), {"previous": ReportTable(columns, tuple(before))}, summary)


def _refunds(scope: q.Scope, window: Window) -> Built:
    request = scope.request
    rows = _fold(q.refunds_by_day(scope, window), request.start, request.end, request.by)
    summary = {"refunds": sum(r[1] for r in rows), "amount": sum((r[2] for r in rows), Decimal("0.00"))}
    return ReportTable(catalog.spec("refunds").columns, tuple(rows)), {}, summary


def _top_products(scope: q.Scope, window: Window) -> Built:
    units = q.units_by_product(scope, window)
    top = sorted(units.items(), key=lambda item: (-item[1][1], -item[1][0]))[:TOP_N]
    info = q.products(scope.conn, [pid for pid, _ in top])
    rows = tuple((info[pid][0], info[pid][1], n, revenue) for pid, (n, revenue, _) in top)
    total = sum((v[1] for v in units.values()), Decimal("0.00"))
    return ReportTable(catalog.spec("top-products").columns, rows), {}, {"revenue": total, "products": len(units)}


def _categories(scope: q.Scope, window: Window) -> Built:
    units = q.units_by_product(scope, window)
    info, paths = q.products(scope.conn, list(units)), category_paths(scope.conn)
    totals: dict[str, list[Any]] = defaultdict(lambda: [0, Decimal("0.00")])
    for pid, (n, revenue, _) in units.items():
        category_id = info[pid][2]
        found = totals[paths.get(category_id, "") if category_id is not None else ""]
        found[0] += n
        found[1] += revenue
    rows = sorted(((name or "(none)", v[0], v[1]) for name, v in totals.items()), key=lambda r: (-r[2], r[0]))
    return ReportTable(catalog.spec("categories").columns, tuple(rows[:TOP_N])), {}, {}


def _payment_mix(scope: q.Scope, window: Window) -> Built:
    found = sorted(q.payment_mix(scope, window), key=lambda r: (-r[2], r[0]))
    total = sum((r[2] for r in found), Decimal("0.00"))
    rows = tuple((m, n, revenue, float(revenue / total) if total else 0.0) for m, n, revenue in found)
    return ReportTable(catalog.spec("payment-mix").columns, rows), {}, {"revenue": total}


def _status_funnel(scope: q.Scope, window: Window) -> Built:
    reached = [0] * len(FUNNEL)
    cancelled = 0
    for status, held_from, count in q.status_counts(scope, window):
        if status == str(OrderStatus.CANCELLED):
            cancelled += count
            reached[0] += count
            continue
        rank = _RANK.get(held_from or "", 0) if status == str(OrderStatus.ON_HOLD) else _RANK.get(status, 0)
        for step in range(rank + 1):
            reached[step] += count
    placed = reached[0]
    rows = [(stage, n, n / placed if placed else 0.0) for stage, n in zip(FUNNEL, reached, strict=True)]
    rows.append(("cancelled", cancelled, cancelled / placed if placed else 0.0))
    return ReportTable(catalog.spec("status-funnel").columns, tuple(rows)), {}, {"placed": placed}


def _returns(scope: q.Scope, window: Window) -> Built:
    sold = q.units_by_product(scope, window, orders=True)
    cases = q.cases_by_product(scope, window)
    info = q.products(scope.conn, {pid for pid, _ in cases} | set(sold))
    rows = []
    for pid in {pid for pid, _ in cases} | set(sold):
        orders = sold.get(pid, (0, Decimal(0), 0))[2]
        returns = sum(cases.get((pid, t), (0, 0))[0] for t in RETURN_TYPES)
        units = sum(cases.get((pid, t), (0, 0))[1] for t in RETURN_TYPES)
        complaints = cases.get((pid, "complaint"), (0, 0))[0]
        rows.append((info[pid][0], info[pid][1], orders, returns, units, returns / orders if orders else 0.0,
                     complaints, complaints / orders if orders else 0.0))
    rows.sort(key=lambda r: (-float(r[5] or 0), -int(r[3] or 0), str(r[0])))
    reasons = sorted(q.case_counts(scope, window), key=lambda r: (-r[2], r[0], r[1]))
    orders_total = sum(n for _, n, _ in q.payment_mix(scope, window))
    by_reason = ReportTable(("type", "reason", "cases", "rate"),
                            tuple((t, r, n, n / orders_total if orders_total else 0.0) for t, r, n in reasons))
    summary = {"orders": orders_total, "cases": sum(r[2] for r in reasons)}
    return ReportTable(catalog.spec("returns").columns, tuple(rows)), {"by_reason": by_reason}, summary


def _lead_time(scope: q.Scope, window: Window) -> Built:
    hours = q.lead_hours(scope, window)
    total = sum(hours.values())
    rows = []
    for low, high in LEAD_BUCKETS:
        n = sum(c for h, c in hours.items() if h >= low and (high is None or h < high))
        label = f"{low}-{high}" if high is not None else f"{low}+"
        rows.append((label, n, n / total if total else 0.0, "yes" if low >= LATE_AFTER_HOURS else "no"))
    late = sum(c for h, c in hours.items() if h >= LATE_AFTER_HOURS)
    summary = {"shipments": total, "late": late, "late_share": late / total if total else 0.0,
               "median_hours": _percentile(hours, 0.5), "p90_hours": _percentile(hours, 0.9)}
    histogram = ReportTable(("hour", "shipments"), tuple(sorted(hours.items())))
    return ReportTable(catalog.spec("lead-time").columns, tuple(rows)), {"by_hour": histogram}, summary


def _percentile(hours: dict[int, int], share: float) -> int | None:
    """The whole hour by which `share` of the shipments had left (from the per-hour counts)."""
    total = sum(hours.values())
    if not total:
        return None
    running = 0
    for hour in sorted(hours):
        running += hours[hour]
        if running >= share * total:
            return hour + 1
    return max(hours) + 1  # pragma: no cover


def _carriers(scope: q.Scope, window: Window) -> Built:
    found = q.carrier_rows(scope, window)
    merged: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0, 0.0, 0, 0])
    per_carrier: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0.0, 0, 0])
    for carrier, _country, region, n, delivered, seconds, on_time, failures in found:
        for target in (merged[(carrier, region)], per_carrier[carrier]):
            target[0] += n
            target[1] += delivered
            target[2] += seconds
            target[3] += on_time
            target[4] += failures
    rows = tuple((carrier, region, *_carrier_figures(v)) for (carrier, region), v in
                 sorted(merged.items(), key=lambda item: (item[0][0], -item[1][0], item[0][1])))
    totals = ReportTable(("carrier", "shipments", "delivered", "avg_transit_days", "on_time_share", "failures"),
                         tuple((c, *_carrier_figures(v)) for c, v in
                               sorted(per_carrier.items(), key=lambda item: -item[1][0])))
    return ReportTable(catalog.spec("carriers").columns, rows), {"by_carrier": totals}, {}


def _carrier_figures(v: list[float]) -> tuple[int, int, float | None, float | None, int]:
    shipments, delivered = int(v[0]), int(v[1])
    return (shipments, delivered, round(v[2] / delivered / 86400, 2) if delivered else None,
            round(v[3] / delivered, 4) if delivered else None, int(v[4]))


def _low_stock(scope: q.Scope, window: Window) -> Built:
    recent = q.recent_window(window)
    sold = q.units_by_product(scope, recent)
    stock = q.available_stock(scope.conn)
    info = q.products(scope.conn)
    rows = []
    for pid, (sku, name, category_id, threshold, active) in info.items():
        if not active or (scope.category_ids is not None and category_id not in scope.category_ids):
            continue
        available, units = stock.get(pid, 0), sold.get(pid, (0, Decimal(0), 0))[0]
        rate = units / RECENT_SALES_DAYS
        cover = available / rate if rate else None
        if available <= threshold or (cover is not None and cover < LOW_COVER_DAYS):
            rows.append((sku, name, available, threshold, units, round(rate, 2),
                         round(cover, 1) if cover is not None else None))
    rows.sort(key=lambda r: (r[6] if r[6] is not None else float("inf"), r[2], str(r[0])))
    return (ReportTable(catalog.spec("low-stock").columns, tuple(rows)), {},
            {"sales_from": recent.first, "sales_to": recent.last})


def _packers(scope: q.Scope, window: Window) -> Built:
    rows = []
    for packer, station, orders, hours, scans, mis in q.packer_rows(scope, window):
        rows.append((packer, station, orders, hours, round(orders / hours, 2) if hours else 0.0, scans, mis,
                     round(mis / scans, 4) if scans else 0.0))
    rows.sort(key=lambda r: (-float(r[4] or 0), str(r[0]), str(r[1])))
    return ReportTable(catalog.spec("packers").columns, tuple(rows)), {}, {}


_BUILDERS: dict[str, Callable[[q.Scope, Window], Built]] = {
    "sales": _sales, "refunds": _refunds, "top-products": _top_products, "categories": _categories,
    "payment-mix": _payment_mix, "status-funnel": _status_funnel, "returns": _returns, "lead-time": _lead_time,
    "carriers": _carriers, "low-stock": _low_stock, "packers": _packers,
}
assert set(_BUILDERS) == set(catalog.BY_NAME), "every report in the catalogue has a builder"
