"""Hot-SKU allocation race on PostgreSQL: our AllocationService beside a raw guarded-UPDATE loop.

Run by hand (never in CI):

    .venv/bin/python bench/allocation_race.py [--orders 16000] [--units 10000] [--procs 8]

Each figure gets a fresh database with the same set-up (one product, `--units` on hand, `--orders`
one-unit orders for it, all `accepted`), then `--procs` OS processes start allocating at one signal:

- raw: psycopg, one transaction per order: guarded `UPDATE stock ... WHERE on_hand - reserved >= 1`,
  ledger INSERT, order status UPDATE; process k takes every procs-th order (oldest first), so all
  of them hit the hot SKU at once;
- ours/slice (the like-for-like figure): the same slices, each process makes one call
  `AllocationService.allocate(its order numbers)` — as `desktop-oms orders allocate NO ...` does —
  with the service's per-order methods (`_allocate_one`, `_backorder`) timed;
- ours/per-call: the same slices, one `AllocationService.allocate([order_no])` call per order, each
  call timed (the latency of allocating one order from the GUI);
- ours/--all: every process runs `AllocationService.allocate_all` — the code path of
  `desktop-oms orders allocate --all` — so all of them walk the same list, per-order methods timed.

Throughput is orders decided (allocated or backordered) per second of wall time from the start
signal until the last process is done; process start-up and connecting are outside the clock.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

HOT_SKU = "HOT-1"
SOCKET_URL = "postgresql+psycopg://root@/{db}?host=/var/run/postgresql"
ADMIN_CONNINFO = "dbname=postgres host=/var/run/postgresql user=root"


# --- set-up -----------------------------------------------------------------------------------------


def create_database() -> tuple[str, str]:
    import psycopg

    name = f"bench_alloc_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(ADMIN_CONNINFO, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    return name, SOCKET_URL.format(db=name)


def drop_database(name: str) -> None:
    import psycopg

    with psycopg.connect(ADMIN_CONNINFO, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def set_up(url: str, orders: int, units: int) -> None:
    """Stock first (so receiving allocates nothing), then the orders, all `accepted`, one second apart."""
    from desktop_oms import bootstrap
    from desktop_oms.config import Settings
    from desktop_oms.domain.intake import Address, IncomingLine, IncomingOrder, IncomingProduct, ParsedFile
    from desktop_oms.domain.orders import OrderStatus, PaymentMethod, PaymentStatus
    from desktop_oms.domain.users import Actor, Role

    actor = Actor("bench-setup", Role.ADMIN)
    services = bootstrap.build(Settings(db_url=url))
    try:
        report = services.catalogue.import_products(
            [IncomingProduct(HOT_SKU, "Hot tea", "", "Tea", Decimal("10.00"), 250, None)], [], actor=actor)
        assert not report.errors, report.errors
        services.stock.receive(HOT_SKU, units, actor=actor, note="bench stock")
        t0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
        template = IncomingOrder(
            order_no="", created_at=t0, customer_name="Wang Fang", email="", phone="13800138000",
            ship_to=Address("Wang Fang", "Wensan Rd 90", "", "Hangzhou", "Zhejiang", "310012", "CN"),
            payment_method=PaymentMethod.ALIPAY, status=OrderStatus.ACCEPTED, payment_status=PaymentStatus.PAID,
            lines=(IncomingLine(HOT_SKU, 1, Decimal("10.00"), name="Hot tea"),))
        parsed = ParsedFile(orders=[
            replace(template, order_no=f"B-{i:06d}", email=f"b{i}@example.cn", created_at=t0 + timedelta(seconds=i))
            for i in range(orders)])
        imported = services.intake.import_orders(parsed, actor=actor)
        assert imported.created == orders, imported
    finally:
        services.close()


def waiting_orders(url: str) -> list[tuple[int, str]]:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT id, order_no FROM orders ORDER BY created_at, id"))
            return [(row.id, row.order_no) for row in rows]
    finally:
        engine.dispose()


def outcome(url: str) -> dict[str, int]:
    """Statuses, stock and ledger after a run: the figure only counts when nothing was oversold."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            found = {str(k): int(v) for k, v in conn.execute(
                text("SELECT status, count(*) FROM orders GROUP BY status"))}
            on_hand, reserved = conn.execute(text("SELECT on_hand, reserved FROM stock")).one()
            ledger = conn.execute(text("SELECT coalesce(sum(reserved_delta), 0) FROM stock_ledger")).scalar_one()
            twice = conn.execute(text(
                "SELECT count(*) FROM (SELECT reference FROM stock_ledger WHERE kind = 'reservation' "
                "GROUP BY reference HAVING count(*) > 1) AS t")).scalar_one()
        found.update(on_hand=on_hand, reserved=reserved, ledger_reserved=int(ledger), twice=int(twice))
        return found
    finally:
        engine.dispose()


# --- workers (each one OS process) ------------------------------------------------------------------


@dataclass(frozen=True)
class WorkerResult:
    started: float
    finished: float
    latencies: list[float]  # seconds, one per timed call
    decided: int  # orders this process reported allocated or backordered
    allocated: int


def _wait_for_start(ready: Any, start: Any) -> float:
    ready.put(None)
    start.wait()
    return time.monotonic()


def service_worker(url: str, order_nos: Sequence[str], ready: Any, start: Any, results: Any) -> None:
    """One call of AllocationService.allocate([order_no]) per order, each call timed (what a click costs)."""
    from desktop_oms import bootstrap
    from desktop_oms.config import Settings
    from desktop_oms.domain.users import Actor, Role

    services = bootstrap.build(Settings(db_url=url))
    actor = Actor("bench", Role.ADMIN)
    latencies: list[float] = []
    allocated = backordered = 0
    try:
        started = _wait_for_start(ready, start)
        for order_no in order_nos:
            t = time.perf_counter()
            report = services.allocation.allocate([order_no], actor=actor)
            latencies.append(time.perf_counter() - t)
            allocated += len(report.allocated)
            backordered += len(report.backordered)
        results.put(WorkerResult(started, time.monotonic(), latencies, allocated + backordered, allocated))
    finally:
        services.close()


def timed_worker(url: str, order_nos: Sequence[str] | None, ready: Any, start: Any, results: Any) -> None:
    """One call for the whole job — `allocate(order_nos)`, or `allocate_all()` (the code path of
    `orders allocate --all`) when `order_nos` is None — with the service's per-order methods timed."""
    from desktop_oms import bootstrap
    from desktop_oms.config import Settings
    from desktop_oms.domain.users import Actor, Role

    services = bootstrap.build(Settings(db_url=url))
    actor = Actor("bench", Role.ADMIN)
    service = services.allocation
    latencies: list[float] = []
    depth = [0]  # `_allocate_one` may call `_backorder` itself: time only the outer call, once per order

    def timed(inner: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any) -> Any:
            depth[0] += 1
            t = time.perf_counter()
            try:
                return inner(*args)
            finally:
                depth[0] -= 1
                if depth[0] == 0:
                    latencies.append(time.perf_counter() - t)
        return call

    # Instance attributes shadow the methods `_run` calls: every order's own transaction is timed.
    for method in PER_ORDER_METHODS:
        if hasattr(service, method):
            setattr(service, method, timed(getattr(service, method)))
    try:
        started = _wait_for_start(ready, start)
        if order_nos is None:
            report = service.allocate_all(actor=actor)
        else:
            report = service.allocate(list(order_nos), actor=actor)
        results.put(WorkerResult(started, time.monotonic(), latencies,
                                 len(report.allocated) + len(report.backordered), len(report.allocated)))
    finally:
        services.close()


#: The service's methods that each run one order's transaction (whichever exist in this version).
PER_ORDER_METHODS = ("_allocate_one", "_backorder")


GUARDED = ("UPDATE stock SET reserved = reserved + 1 "
           "WHERE product_id = %s AND warehouse_id = 1 AND on_hand - reserved >= 1")
LEDGER = ('INSERT INTO stock_ledger (product_id, warehouse_id, kind, on_hand_delta, reserved_delta, reason, '
          'reference, "user", created_at) VALUES (%s, 1, \'reservation\', 0, 1, \'\', %s, \'raw\', now())')
STATUS = "UPDATE orders SET status = %s, version = version + 1, updated_at = now() WHERE id = %s"


def raw_worker(conninfo: str, todo: Sequence[tuple[int, str]], ready: Any, start: Any, results: Any) -> None:
    """The floor: psycopg, guarded UPDATE + ledger INSERT + status UPDATE, one transaction per order."""
    import psycopg

    latencies: list[float] = []
    allocated = 0
    with psycopg.connect(conninfo) as conn:
        product_id = conn.execute("SELECT id FROM products WHERE sku = %s", (HOT_SKU,)).fetchone()[0]  # type: ignore[index]
        conn.commit()
        started = _wait_for_start(ready, start)
        with conn.cursor() as cur:
            for order_id, order_no in todo:
                t = time.perf_counter()
                cur.execute(GUARDED, (product_id,))
                if cur.rowcount == 1:
                    cur.execute(LEDGER, (product_id, order_no))
                    cur.execute(STATUS, ("allocated", order_id))
                    allocated += 1
                else:
                    cur.execute(STATUS, ("backordered", order_id))
                conn.commit()
                latencies.append(time.perf_counter() - t)
        results.put(WorkerResult(started, time.monotonic(), latencies, len(todo), allocated))


# --- driver -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    name: str
    wall: float
    decided: int
    allocated: int
    latencies: list[float]
    check: dict[str, int]

    @property
    def per_second(self) -> float:
        return self.decided / self.wall

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def race(name: str, target: Callable[..., None], url: str, args_per_proc: Sequence[tuple[Any, ...]]) -> Figure:
    ctx = mp.get_context("spawn")
    ready, results, start = ctx.Queue(), ctx.Queue(), ctx.Event()
    procs = [ctx.Process(target=target, args=(*a, ready, start, results)) for a in args_per_proc]
    for p in procs:
        p.start()
    for _ in procs:
        ready.get(timeout=120)
    t0 = time.monotonic()
    start.set()
    done: list[WorkerResult] = [results.get(timeout=1800) for _ in procs]
    for p in procs:
        p.join()
        if p.exitcode != 0:
            raise SystemExit(f"{name}: a worker exited {p.exitcode}")
    wall = max(r.finished for r in done) - t0
    latencies = [x for r in done for x in r.latencies]
    check = outcome(url)
    # Counted in the database: under --all several stations report the same order backordered.
    decided = check.get("allocated", 0) + check.get("backordered", 0)
    return Figure(name, wall, decided, check.get("allocated", 0), latencies, check)


def partition(items: Sequence[Any], n: int) -> list[list[Any]]:
    """Every n-th item to each process: all of them hit the hot SKU at once, oldest first."""
    return [list(items[k::n]) for k in range(n)]


def conninfo_of(url: str) -> str:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return f"dbname={u.database} host={u.query.get('host') or u.host} user={u.username}"


def run_one(kind: str, orders: int, units: int, procs: int) -> Figure:
    name, url = create_database()
    try:
        set_up(url, orders, units)
        todo = waiting_orders(url)
        slices = partition(todo, procs)
        if kind == "slice":
            figure = race("ours/slice", timed_worker, url, [(url, [no for _, no in part]) for part in slices])
        elif kind == "per-call":
            figure = race("ours/per-call", service_worker, url, [(url, [no for _, no in part]) for part in slices])
        elif kind == "all":
            figure = race("ours/--all", timed_worker, url, [(url, None) for _ in range(procs)])
        else:
            figure = race("raw", raw_worker, url, [(conninfo_of(url), part) for part in slices])
        check = figure.check
        expect = min(orders, units)
        ok = (check.get("allocated", 0) == expect == check["reserved"] == check["ledger_reserved"]
              and check.get("backordered", 0) == orders - expect and check["twice"] == 0
              and check["reserved"] <= check["on_hand"])
        if not ok:
            raise SystemExit(f"{figure.name}: the run left an inconsistent database: {check}")
        return figure
    finally:
        drop_database(name)


def report(figures: Sequence[Figure], procs: int) -> None:
    print(f"{'run':<14}{'wall s':>8}{'orders/s':>10}{'alloc/s':>9}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}"
          f"{'max ms':>8}  calls")
    for f in figures:
        print(f"{f.name:<14}{f.wall:>8.2f}{f.per_second:>10.0f}{f.allocated / f.wall:>9.0f}"
              f"{f.percentile(50) * 1000:>8.1f}{f.percentile(95) * 1000:>8.1f}{f.percentile(99) * 1000:>8.1f}"
              f"{max(f.latencies) * 1000:>8.1f}  {len(f.latencies)}")
    by = {f.name: f for f in figures}
    raw = by.get("raw")
    if raw:
        for mine in ("ours/slice", "ours/per-call", "ours/--all"):
            if mine in by:
                ratio = by[mine].per_second / raw.per_second
                verdict = "meets" if ratio >= 0.5 else "MISSES"
                print(f"ratio {mine} / raw = {ratio:.2f} ({verdict} the target of >= 0.5)")
    for mine in ("ours/slice", "ours/per-call", "ours/--all"):
        if mine in by:
            p95 = by[mine].percentile(95) * 1000
            print(f"{mine} p95 per-order latency = {p95:.0f} ms "
                  f"({'meets' if p95 < 200 else 'MISSES'} the target of < 200 ms) with {procs} processes")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=16_000)
    parser.add_argument("--units", type=int, default=10_000)
    parser.add_argument("--procs", type=int, default=8)
    parser.add_argument("--runs", nargs="+", choices=("raw", "slice", "per-call", "all"),
                        default=["raw", "slice", "per-call", "all"], help="which figures to take (default: all, raw first)")
    args = parser.parse_args(argv)
    print(f"PostgreSQL hot SKU: {args.orders:,} one-unit orders, {args.units:,} units, {args.procs} processes",
          flush=True)
    figures = []
    for kind in args.runs:
        figure = run_one(kind, args.orders, args.units, args.procs)
        print(f"  {figure.name}: {figure.wall:.2f} s, {figure.per_second:.0f} orders/s, "
              f"p95 {figure.percentile(95) * 1000:.1f} ms, median {statistics.median(figure.latencies) * 1000:.1f} ms",
              flush=True)
        figures.append(figure)
    report(figures, args.procs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
