"""Allocate stock to orders: whole order or nothing, oldest first, never oversold."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import and_, bindparam, insert, literal, select, update
from sqlalchemy.engine import Connection

from desktop_oms.db.models import AUDIT_LOG as AUDIT
from desktop_oms.db.models import ORDER_LINES as LINES
from desktop_oms.db.models import ORDERS, STOCK, utcnow
from desktop_oms.db.models import STOCK_LEDGER as LEDGER
from desktop_oms.db.uow import UnitOfWork, UnitOfWorkFactory, retrying
from desktop_oms.domain.orders import ALLOCATABLE, OrderStatus
from desktop_oms.domain.stock import LedgerKind
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services import audit
from desktop_oms.services.results import AllocationReport

MAIN_WAREHOUSE = 1
CHUNK = 500
Outcome = Literal["allocated", "backordered", "skipped"]


@dataclass(frozen=True)
class _Result:
    outcome: Outcome
    reason: str = ""
    short_product: tuple[int, int] | None = None  # (product id, units that did not fit)


class AllocationService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def allocate(self, order_nos: Sequence[str], *, actor: Actor) -> AllocationReport:
        """Allocate the named orders, oldest first; each order is its own transaction."""
        actor.require(Permission.ALLOCATE_ORDERS)
        with self._uow(read_only=True) as tx:
            found = tx.connection.execute(
                select(ORDERS.c.order_no, ORDERS.c.id, ORDERS.c.status, ORDERS.c.created_at)
                .where(ORDERS.c.order_no.in_(list(order_nos)))
            ).all()
        known = {row.order_no: row for row in found}
        skipped = [(no, "no such order") for no in order_nos if no not in known]
        todo = sorted(known.values(), key=lambda r: (r.created_at, r.id))
        report = self._run([(r.id, r.order_no) for r in todo], actor)
        return AllocationReport(report.allocated, report.backordered, tuple(skipped) + report.skipped)

    def allocate_all(self, *, actor: Actor) -> AllocationReport:
        """Every order waiting for stock, oldest first."""
        actor.require(Permission.ALLOCATE_ORDERS)
        return self._waiting(actor, None)

    def fill_backorders(self, product_ids: Iterable[int], *, actor: Actor) -> AllocationReport:
        """After goods came in: allocate the waiting orders that need these products, oldest first.

        Part of receiving stock, so it runs with the receiver's right to receive.
        """
        actor.require(Permission.RECEIVE_STOCK)
        return self._waiting(actor, product_ids)

    def _waiting(self, actor: Actor, product_ids: Iterable[int] | None) -> AllocationReport:
        query = select(ORDERS.c.id, ORDERS.c.order_no).where(ORDERS.c.status.in_([str(s) for s in ALLOCATABLE]))
        if product_ids is not None:
            wanted = select(LINES.c.order_id).where(LINES.c.product_id.in_(list(product_ids)))
            query = query.where(ORDERS.c.id.in_(wanted))
        with self._uow(read_only=True) as tx:
            todo = tx.connection.execute(query.order_by(ORDERS.c.created_at, ORDERS.c.id)).all()
        return self._run([(row.id, row.order_no) for row in todo], actor)

    def _run(self, todo: Sequence[tuple[int, str]], actor: Actor) -> AllocationReport:
        """Walk the orders in chunks; several stations may walk the same list at once.

        Each chunk's current statuses are read in one query, so orders another station already
        took cost nothing. A product found short in this run is remembered: a later order needing at
        least as many units is backordered without another try (new stock allocates by itself).
        """
        allocated: list[str] = []
        backordered: list[str] = []
        skipped: list[tuple[str, str]] = []
        short: dict[int, int] = {}  # product id → smallest quantity found not to fit in this run
        for start in range(0, len(todo), CHUNK):
            chunk = todo[start:start + CHUNK]
            statuses, needs = self._look(chunk)
            for order_id, order_no in chunk:
                status = statuses[order_id]
                if status not in ALLOCATABLE:
                    skipped.append((order_no, f"order is {status}, not accepted or backordered"))
                    continue
                if _known_short(needs[order_id], short):
                    if status == OrderStatus.BACKORDERED:  # stays as it is: nothing to write
                        backordered.append(order_no)
                        continue
                    result = retrying(lambda oid=order_id, no=order_no: self._backorder(oid, no, actor))  # type: ignore[misc]
                else:
                    result = retrying(lambda oid=order_id, no=order_no: self._allocate_one(oid, no, actor))  # type: ignore[misc]
                if result.short_product is not None:
                    pid, qty = result.short_product
                    short[pid] = min(short.get(pid, qty), qty)
                if result.outcome == "allocated":
                    allocated.append(order_no)
                elif result.outcome == "backordered":
                    backordered.append(order_no)
                else:
                    skipped.append((order_no, result.reason))
        return AllocationReport(tuple(allocated), tuple(backordered), tuple(skipped))

    def _look(self, chunk: Sequence[tuple[int, str]]) -> tuple[dict[int, str], dict[int, list[tuple[int, int]]]]:
        ids = [order_id for order_id, _ in chunk]
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            statuses = dict(conn.execute(select(ORDERS.c.id, ORDERS.c.status).where(ORDERS.c.id.in_(ids))).all())
            per_order: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
            for order_id, product_id, qty in conn.execute(
                select(LINES.c.order_id, LINES.c.product_id, LINES.c.qty).where(LINES.c.order_id.in_(ids))
            ):
                per_order[order_id][product_id] += qty
        return statuses, {oid: sorted(per_order[oid].items()) for oid in ids}

    def _allocate_one(self, order_id: int, order_no: str, actor: Actor) -> _Result:
        """One transaction: lock the order (skipping it if another station holds it), reserve, record.

        Everything that does not need the stock lock comes first; the hot stock rows stay locked
        only from their guarded UPDATE to the commit, which is what limits stations racing for one
        product. On PostgreSQL that is one statement per product (reserve + ledger row) and COMMIT.
        """
        with self._uow(core=True) as tx:
            conn = tx.connection
            found = _lock_with_needs(conn, order_id)
            if found is None:
                return _Result("skipped", "being allocated at another station")
            status, needs = found
            if status not in ALLOCATABLE:
                return _Result("skipped", f"order is {status}, not accepted or backordered")
            _move_audited(conn, order_id, order_no, status, OrderStatus.ALLOCATED, actor, "allocate",
                          reserve_lines=True)
            missing = _reserve_recorded(conn, needs, order_no, actor)
            if missing is None:
                tx.commit()
                return _Result("allocated")
        result = self._backorder(order_id, order_no, actor)  # the failed attempt was rolled back whole
        return _Result(result.outcome, result.reason, missing)

    def _backorder(self, order_id: int, order_no: str, actor: Actor) -> _Result:
        """An order known to be short in this run: backordered without trying to reserve."""
        with self._uow(core=True) as tx:
            status = _lock(tx.connection, order_id)
            if status is None:
                return _Result("skipped", "being allocated at another station")
            if status not in ALLOCATABLE:
                return _Result("skipped", f"order is {status}, not accepted or backordered")
            return self._backorder_locked(tx, order_id, order_no, status, actor, None)

    def _backorder_locked(self, tx: UnitOfWork, order_id: int, order_no: str, status: str, actor: Actor,
                          missing: tuple[int, int] | None) -> _Result:
        if status == OrderStatus.ACCEPTED:
            _move_audited(tx.connection, order_id, order_no, status, OrderStatus.BACKORDERED, actor, "backorder",
                          reason="not enough stock for every line")
            tx.commit()
        return _Result("backordered", short_product=missing)


_LOCK = (select(ORDERS.c.status).where(ORDERS.c.id == bindparam("oid")).with_for_update(skip_locked=True))
_MOVE = (update(ORDERS).where(ORDERS.c.id == bindparam("oid"))
         .values(status=bindparam("status"), version=ORDERS.c.version + 1, updated_at=bindparam("now")))
_LINES_RESERVED = update(LINES).where(LINES.c.order_id == bindparam("oid")).values(reserved_qty=LINES.c.qty)
# The order's status with its lines in one round trip; only the order row is locked (SKIP LOCKED).
_LOCK_WITH_LINES = (
    select(ORDERS.c.status, LINES.c.product_id, LINES.c.qty)
    .select_from(ORDERS.outerjoin(LINES, LINES.c.order_id == ORDERS.c.id))
    .where(ORDERS.c.id == bindparam("oid"))
    .with_for_update(skip_locked=True, of=ORDERS)
)


def _lock(conn: Connection, order_id: int) -> str | None:
    """The order's status, its row locked for this transaction; None if another station holds it.

    PostgreSQL: FOR UPDATE SKIP LOCKED, so racing stations pass each other instead of queueing.
    SQLite: the transaction began IMMEDIATE, so this station is the only writer anyway.
    """
    status: str | None = conn.execute(_LOCK, {"oid": order_id}).scalar_one_or_none()
    return status


def _lock_with_needs(conn: Connection, order_id: int) -> tuple[str, list[tuple[int, int]]] | None:
    """`_lock` and the order's (product id, units) by product id (the fixed lock order across
    stations), read in one query; None if another station holds the order."""
    rows = conn.execute(_LOCK_WITH_LINES, {"oid": order_id}).all()
    if not rows:
        return None
    per_product: dict[int, int] = defaultdict(int)
    for _, product_id, qty in rows:
        if product_id is not None:  # an order without lines has one row with NULLs (outer join)
            per_product[product_id] += qty
    return str(rows[0].status), sorted(per_product.items())


_AUDIT_ORDER = insert(AUDIT).values(
    time=bindparam("now"), user=bindparam("user"), entity="order", entity_ref=bindparam("ref"),
    action=bindparam("action"), from_status=bindparam("from_status"), to_status=bindparam("status"),
    reason=bindparam("reason"), details=None,
)
_MOVED_CTE = _MOVE.cte("moved")
# PostgreSQL: the status change, its audit row (and, when allocating, the lines' reservations) in
# one statement; data-modifying CTEs always run to completion, referenced or not.
_PG_MOVE_AUDITED = _AUDIT_ORDER.add_cte(_MOVED_CTE)
_PG_MOVE_RESERVE_AUDITED = _AUDIT_ORDER.add_cte(_MOVED_CTE).add_cte(_LINES_RESERVED.cte("lines_reserved"))


def _move_audited(conn: Connection, order_id: int, order_no: str, from_status: str, target: OrderStatus,
                  actor: Actor, action: str, *, reason: str = "", reserve_lines: bool = False) -> None:
    """Move the order to `target` and audit it; with `reserve_lines`, every line holds its quantity."""
    if conn.dialect.name == "postgresql":
        stmt = _PG_MOVE_RESERVE_AUDITED if reserve_lines else _PG_MOVE_AUDITED
        conn.execute(stmt, {"oid": order_id, "status": str(target), "now": utcnow(), "user": actor.name,
                            "ref": order_no, "action": action, "from_status": from_status, "reason": reason[:500]})
        return
    _move(conn, order_id, target)
    if reserve_lines:
        conn.execute(_LINES_RESERVED, {"oid": order_id})
    audit.record(conn, actor, "order", order_no, action, from_status=from_status, to_status=str(target),
                 reason=reason)


def _move(conn: Connection, order_id: int, target: OrderStatus) -> None:
    conn.execute(_MOVE, {"oid": order_id, "status": str(target), "now": utcnow()})


_GUARDED_RESERVE = (
    update(STOCK)
    .where(
        and_(
            STOCK.c.product_id == bindparam("pid"),
            STOCK.c.warehouse_id == bindparam("wid"),
            STOCK.c.on_hand - STOCK.c.reserved >= bindparam("qty"),
        )
    )
    .values(reserved=STOCK.c.reserved + bindparam("qty"))
)
# PostgreSQL: the guarded UPDATE and its ledger row as one statement, so the hot stock row is
# locked for one round trip and the COMMIT. Inserts one row if the units fitted, none if not.
_RESERVED_CTE = _GUARDED_RESERVE.returning(STOCK.c.product_id, STOCK.c.warehouse_id).cte("reserved")
_PG_RESERVE_AND_LEDGER = LEDGER.insert().from_select(
    ["product_id", "warehouse_id", "kind", "on_hand_delta", "reserved_delta", "reason", "reference", "user",
     "created_at"],
    select(
        _RESERVED_CTE.c.product_id, _RESERVED_CTE.c.warehouse_id,
        bindparam("kind", type_=LEDGER.c.kind.type), literal(0, LEDGER.c.on_hand_delta.type),
        bindparam("qty", type_=LEDGER.c.reserved_delta.type), literal("", LEDGER.c.reason.type),
        bindparam("ref", type_=LEDGER.c.reference.type), bindparam("user", type_=LEDGER.c.user.type),
        bindparam("now", type_=LEDGER.c.created_at.type),
    ),
).returning(LEDGER.c.id)  # psycopg reports no rowcount for this statement: count the rows returned


def _reserve_recorded(conn: Connection, needs: Sequence[tuple[int, int]], order_no: str,
                      actor: Actor) -> tuple[int, int] | None:
    """Reserve every product (by product id) with its ledger row; as `_reserve` returns."""
    if conn.dialect.name != "postgresql":  # SQLite 3.40 has no data-modifying CTEs
        missing = _reserve(conn, needs)
        if missing is None:
            _ledger(conn, needs, LedgerKind.RESERVATION, order_no, actor)
        return missing
    now = utcnow()
    for product_id, qty in needs:
        recorded = conn.execute(_PG_RESERVE_AND_LEDGER, {
            "pid": product_id, "wid": MAIN_WAREHOUSE, "qty": qty, "kind": str(LedgerKind.RESERVATION),
            "ref": order_no, "user": actor.name, "now": now}).all()
        if len(recorded) != 1:
            return product_id, qty
    return None


def _reserve(conn: Connection, needs: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """One guarded UPDATE per product: zero rows changed means not enough, never read-then-write.

    Returns None when every product was reserved, else the first (product id, units) that did not
    fit; the caller then rolls its transaction back, so nothing of the attempt remains.
    """
    for product_id, qty in needs:
        changed = conn.execute(_GUARDED_RESERVE, {"pid": product_id, "wid": MAIN_WAREHOUSE, "qty": qty})
        if changed.rowcount != 1:
            return product_id, qty
    return None


def _known_short(needs: Sequence[tuple[int, int]], short: dict[int, int]) -> bool:
    return any(qty >= short[pid] for pid, qty in needs if pid in short)


def release_order(conn: Connection, order_id: int, order_no: str, actor: Actor, reason: str) -> None:
    """Give back what an order holds (inside the caller's transaction)."""
    held: dict[int, int] = defaultdict(int)
    for product_id, qty in conn.execute(
        select(LINES.c.product_id, LINES.c.reserved_qty).where(LINES.c.order_id == order_id, LINES.c.reserved_qty > 0)
    ):
        held[product_id] += qty
    needs = sorted(held.items())
    for product_id, qty in needs:
        done = conn.execute(
            update(STOCK)
            .where(STOCK.c.product_id == product_id, STOCK.c.warehouse_id == MAIN_WAREHOUSE, STOCK.c.reserved >= qty)
            .values(reserved=STOCK.c.reserved - qty)
        )
        if done.rowcount != 1:
            raise RuntimeError(f"stock of product {product_id} holds less than order {order_no} reserved")
    conn.execute(update(LINES).where(LINES.c.order_id == order_id).values(reserved_qty=0))
    _ledger(conn, needs, LedgerKind.RELEASE, order_no, actor, reason)


def _ledger(
    conn: Connection, needs: Sequence[tuple[int, int]], kind: LedgerKind, ref: str, actor: Actor, reason: str = ""
) -> None:
    if not needs:
        return
    sign = 1 if kind is LedgerKind.RESERVATION else -1
    now = utcnow()
    conn.execute(
        LEDGER.insert(),
        [
            {"product_id": pid, "warehouse_id": MAIN_WAREHOUSE, "kind": str(kind), "on_hand_delta": 0,
             "reserved_delta": sign * qty, "reason": reason, "reference": ref, "user": actor.name, "created_at": now}
            for pid, qty in needs
        ],
    )
