"""Many stations allocating one hot SKU at once: never oversold, every unit accounted for.

The real tests start separate OS processes running `desktop-oms orders allocate --all --json`
against one database, then check the invariants below. The negative control runs a naive
read-then-write allocator through the very same checks and proves they catch its oversell.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

import pytest
from sqlalchemy import Engine, func, insert, select, update

from desktop_oms import bootstrap
from desktop_oms.config import Settings
from desktop_oms.db.engine import make_engine
from desktop_oms.db.models import AUDIT_LOG, ORDER_LINES, ORDERS, PRODUCTS, STOCK, STOCK_LEDGER, utcnow
from desktop_oms.domain.intake import ParsedFile
from desktop_oms.domain.orders import ALLOCATABLE
from desktop_oms.domain.users import Actor, Role
from tests.factories import T0, add_products, order, product

HOT_SKU = "HOT-1"
ADMIN = Actor("race-setup", Role.ADMIN)

#: (one-unit orders, units on hand) per database: the brief's scale, 16,000 orders for 10,000 units.
#: SQLite (4 processes) runs it in ~11 s; PostgreSQL (8 processes, every `--all` station walking the
#: whole list) in about a minute on the shared 2-core machines. DESKTOP_OMS_RACE_SCALE=half halves
#: both for a quicker local run. Measured figures: bench/RESULTS.md.
_HALF = os.environ.get("DESKTOP_OMS_RACE_SCALE", "").lower() == "half"
SCALE = {"postgres": (8_000, 5_000) if _HALF else (16_000, 10_000),
         "sqlite": (8_000, 5_000) if _HALF else (16_000, 10_000)}


@dataclass(frozen=True)
class Race:
    """What was set up: `orders` one-unit orders for HOT_SKU, `units` of it on hand."""

    url: str
    orders: int
    units: int

    @property
    def expected_allocated(self) -> int:
        return min(self.orders, self.units)

    @property
    def expected_backordered(self) -> int:
        return self.orders - self.expected_allocated


def set_up_race(url: str, *, orders: int, units: int) -> Race:
    """Stock first, then the orders, all still `accepted`.

    Receiving after the orders exist would allocate them right here, one by one, in this
    process (`receive` fills waiting orders): the stations would then have nothing to race for.
    """
    services = bootstrap.build(Settings(db_url=url))
    try:
        add_products(services, ADMIN, product(HOT_SKU, None))
        services.stock.receive(HOT_SKU, units, actor=ADMIN, note="race stock")
        # One second apart, so "oldest first" has one answer.
        parsed = ParsedFile(orders=[replace(order(f"R-{i:06d}", (HOT_SKU, 1)), created_at=T0 + timedelta(seconds=i))
                                    for i in range(orders)])
        report = services.intake.import_orders(parsed, actor=ADMIN)
        assert (report.created, report.rejected) == (orders, 0)
        level = next(r for r in services.stock.list_stock(actor=ADMIN) if r.sku == HOT_SKU)
        assert (level.on_hand, level.reserved) == (units, 0)
    finally:
        services.close()
    return Race(url, orders, units)


def invariant_violations(race: Race) -> list[str]:
    """Every way stock, orders, ledger and audit log can disagree after allocation; [] when sound.

    Shared by the real tests (which expect []) and the negative control (which expects findings).
    """
    found: list[str] = []
    services = bootstrap.build(Settings(db_url=race.url), migrate=False)
    try:
        with services.engine.connect() as conn:
            pid = conn.execute(select(PRODUCTS.c.id).where(PRODUCTS.c.sku == HOT_SKU)).scalar_one()
            on_hand, reserved = conn.execute(
                select(STOCK.c.on_hand, STOCK.c.reserved).where(STOCK.c.product_id == pid)).one()
            by_status = dict(conn.execute(select(ORDERS.c.status, func.count()).group_by(ORDERS.c.status)).all())
            allocated = set(conn.execute(select(ORDERS.c.order_no).where(ORDERS.c.status == "allocated")).scalars())
            units_of_allocated = conn.execute(
                select(func.coalesce(func.sum(ORDER_LINES.c.qty), 0))
                .select_from(ORDER_LINES.join(ORDERS, ORDERS.c.id == ORDER_LINES.c.order_id))
                .where(ORDERS.c.status == "allocated", ORDER_LINES.c.product_id == pid)).scalar_one()
            reserved_on_lines = conn.execute(
                select(func.coalesce(func.sum(ORDER_LINES.c.reserved_qty), 0))
                .where(ORDER_LINES.c.product_id == pid)).scalar_one()
            reservations = dict(conn.execute(
                select(STOCK_LEDGER.c.reference, func.count())
                .where(STOCK_LEDGER.c.kind == "reservation", STOCK_LEDGER.c.product_id == pid)
                .group_by(STOCK_LEDGER.c.reference)).all())
            allocate_audits = dict(conn.execute(
                select(AUDIT_LOG.c.entity_ref, func.count())
                .where(AUDIT_LOG.c.entity == "order", AUDIT_LOG.c.action == "allocate")
                .group_by(AUDIT_LOG.c.entity_ref)).all())
        mismatches = services.stock.verify_ledger(actor=ADMIN)
    finally:
        services.close()

    if reserved > on_hand:
        found.append(f"oversold: reserved {reserved} > on hand {on_hand}")
    if on_hand != race.units:
        found.append(f"on hand is {on_hand}, {race.units} were received")
    if reserved != race.expected_allocated:
        found.append(f"stock reserved is {reserved}, expected {race.expected_allocated}")
    n_alloc, n_back = by_status.get("allocated", 0), by_status.get("backordered", 0)
    if (n_alloc, n_back) != (race.expected_allocated, race.expected_backordered):
        found.append(f"{n_alloc} allocated / {n_back} backordered orders, expected "
                     f"{race.expected_allocated} / {race.expected_backordered}")
    if units_of_allocated != reserved:
        found.append(f"allocated orders need {units_of_allocated} units but stock reserves {reserved}")
    if reserved_on_lines != reserved:
        found.append(f"order lines hold {reserved_on_lines} units but stock reserves {reserved}")
    if units_of_allocated > on_hand:
        found.append(f"oversold: {units_of_allocated} units promised to allocated orders, {on_hand} on hand")
    twice = sorted(ref for ref, n in reservations.items() if n > 1)
    if twice:
        found.append(f"{len(twice)} orders have more than one reservation ledger row, e.g. {twice[:3]}")
    if set(reservations) != allocated:
        found.append(f"reservation rows name {len(set(reservations) - allocated)} orders that are not allocated "
                     f"and miss {len(allocated - set(reservations))} that are")
    not_once = sorted(no for no in allocated if allocate_audits.get(no, 0) != 1)
    if not_once:
        found.append(f"{len(not_once)} allocated orders lack exactly one 'allocate' audit row, e.g. {not_once[:3]}")
    stray = sorted(set(allocate_audits) - allocated)
    if stray:
        found.append(f"{len(stray)} orders have an 'allocate' audit row but are not allocated, e.g. {stray[:3]}")
    if mismatches:
        found.append(f"stock disagrees with its ledger: {mismatches}")
    return found


class StockWatcher:
    """Samples the hot SKU's stock row while the stations run: reserved never above on hand, never down."""

    def __init__(self, url: str) -> None:
        self._engine: Engine = make_engine(url)
        self.samples: list[tuple[int, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> StockWatcher:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._engine.dispose()

    def _run(self) -> None:
        query = (select(STOCK.c.on_hand, STOCK.c.reserved)
                 .select_from(STOCK.join(PRODUCTS, PRODUCTS.c.id == STOCK.c.product_id))
                 .where(PRODUCTS.c.sku == HOT_SKU))
        readonly = self._engine.execution_options(sqlite_begin="DEFERRED")
        while not self._stop.wait(0.05):
            with readonly.connect() as conn:
                row = conn.execute(query).one()
            self.samples.append((row.on_hand, row.reserved))

    def problems(self) -> list[str]:
        found = [f"sample {i}: reserved {r} > on hand {h}" for i, (h, r) in enumerate(self.samples) if r > h]
        found += [f"reserved went down from {a[1]} to {b[1]}" for a, b in zip(self.samples, self.samples[1:], strict=False)
                  if b[1] < a[1]]
        return found


def run_stations(url: str, count: int, *, timeout: float) -> list[tuple[int, str, str]]:
    """`count` OS processes running `orders allocate --all --json` at once; (exit code, stdout, stderr) each."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESKTOP_OMS_")}
    command = [sys.executable, "-m", "desktop_oms", "--db", url, "orders", "allocate", "--all", "--json"]
    stations = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
                for _ in range(count)]
    results: list[tuple[int, str, str]] = []
    deadline = time.monotonic() + timeout
    try:
        for station in stations:
            out, err = station.communicate(timeout=max(1.0, deadline - time.monotonic()))
            results.append((station.returncode, out, err))
    finally:
        for station in stations:
            if station.poll() is None:
                station.kill()
                station.communicate()
    return results


def check_station_reports(race: Race, results: Sequence[tuple[int, str, str]]) -> None:
    for code, _out, err in results:
        assert code == 0, err
    reports = [json.loads(out) for _code, out, _err in results]
    claimed = [no for report in reports for no in report["allocated"]]
    assert len(claimed) == len(set(claimed)) == race.expected_allocated, "an order was reported allocated twice"
    winners = sum(1 for report in reports if report["allocated"])
    assert winners >= 2, f"only {winners} station allocated anything: the stations did not race"
    backordered = {no for report in reports for no in report["backordered"]}
    assert len(backordered) == race.expected_backordered
    assert not backordered & set(claimed)


def race_and_check(race: Race, stations: int, *, timeout: float) -> None:
    with StockWatcher(race.url) as watcher:
        results = run_stations(race.url, stations, timeout=timeout)
    check_station_reports(race, results)
    assert invariant_violations(race) == []
    assert watcher.samples, "the watcher never saw the stock row"
    assert watcher.problems() == []


@pytest.mark.postgres
@pytest.mark.slow
def test_eight_processes_racing_for_one_hot_sku_on_postgresql_allocate_exactly_the_units_on_hand(
        pg_url: str) -> None:
    orders, units = SCALE["postgres"]
    race = set_up_race(pg_url, orders=orders, units=units)
    race_and_check(race, 8, timeout=600)


@pytest.mark.slow
def test_four_processes_racing_for_one_hot_sku_on_one_sqlite_file_allocate_exactly_the_units_on_hand(
        sqlite_url: str) -> None:
    orders, units = SCALE["sqlite"]
    race = set_up_race(sqlite_url, orders=orders, units=units)
    race_and_check(race, 4, timeout=600)


# --- The negative control: a naive allocator the checks above must catch ------------------------------


def naive_allocate(url: str, todo: Sequence[tuple[int, str]], pid: int, pause: float) -> None:
    """What PATTERNS.md §3 forbids: read what is available, decide in Python, write the value back.

    Every write stays within the CHECK constraint (it only writes `reserved = seen + 1` when it saw a
    free unit), so only the invariant checks can tell that units were promised twice.
    """
    engine = make_engine(url)
    reader = engine.execution_options(sqlite_begin="DEFERRED")
    actor = "naive"
    try:
        for order_id, order_no in todo:
            with reader.connect() as conn:
                status = conn.execute(select(ORDERS.c.status).where(ORDERS.c.id == order_id)).scalar_one()
                on_hand, reserved = conn.execute(
                    select(STOCK.c.on_hand, STOCK.c.reserved).where(STOCK.c.product_id == pid)).one()
            if status not in ALLOCATABLE:
                continue
            time.sleep(pause)  # widen the window between the read and the write
            with engine.begin() as conn:
                if on_hand - reserved < 1:
                    conn.execute(update(ORDERS).where(ORDERS.c.id == order_id).values(status="backordered"))
                    continue
                conn.execute(update(STOCK).where(STOCK.c.product_id == pid).values(reserved=reserved + 1))
                conn.execute(update(ORDERS).where(ORDERS.c.id == order_id).values(status="allocated"))
                conn.execute(update(ORDER_LINES).where(ORDER_LINES.c.order_id == order_id)
                             .values(reserved_qty=ORDER_LINES.c.qty))
                conn.execute(insert(STOCK_LEDGER).values(
                    product_id=pid, warehouse_id=1, kind="reservation", on_hand_delta=0, reserved_delta=1,
                    reason="", reference=order_no, user=actor, created_at=utcnow()))
                conn.execute(insert(AUDIT_LOG).values(
                    time=utcnow(), user=actor, entity="order", entity_ref=order_no, action="allocate",
                    from_status=status, to_status="allocated", reason=""))
    finally:
        engine.dispose()


def _waiting_orders(url: str) -> list[tuple[int, str]]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(ORDERS.c.id, ORDERS.c.order_no).order_by(ORDERS.c.created_at, ORDERS.c.id))
            return [(row.id, row.order_no) for row in rows]
    finally:
        engine.dispose()


def test_the_checks_catch_a_naive_read_then_write_allocator_overselling(db_url: str) -> None:
    race = set_up_race(db_url, orders=300, units=200)
    todo = _waiting_orders(db_url)
    engine = make_engine(db_url)
    with engine.connect() as conn:
        pid = conn.execute(select(PRODUCTS.c.id).where(PRODUCTS.c.sku == HOT_SKU)).scalar_one()
    engine.dispose()
    errors: list[BaseException] = []

    def station() -> None:
        try:
            naive_allocate(db_url, todo, pid, pause=0.002)
        except BaseException as error:  # surfaced below, never lost in a thread
            errors.append(error)

    threads = [threading.Thread(target=station) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []

    found = invariant_violations(race)
    assert found, "the checks missed a naive allocator's oversell"
    joined = "\n".join(found)
    assert "stock disagrees with its ledger" in joined  # lost updates: ledger sum > stock.reserved
    # More units promised than stock reserves: counted over the allocated orders or over their lines,
    # whichever the race left inconsistent (a lost update may land on either side).
    assert "allocated orders need" in joined or "order lines hold" in joined, joined
