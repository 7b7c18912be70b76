"""Allocate stock to orders: whole order or nothing, oldest first, never oversold."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import and_, bindparam, select, update
from sqlalchemy.engine import Connection

from desktop_oms.db.models import ORDER_LINES as LINES
from desktop_oms.db.models import ORDERS, STOCK, utcnow
from desktop_oms.db.models import STOCK_LEDGER as LEDGER
from desktop_oms.db.uow import UnitOfWorkFactory, retrying
from desktop_oms.domain.orders import ALLOCATABLE, OrderStatus
from desktop_oms.domain.stock import LedgerKind
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services import audit
from desktop_oms.services.results import AllocationReport

MAIN_WAREHOUSE = 1
Outcome = Literal["allocated", "backordered", "skipped"]


@dataclass(frozen=True)
class _Result:
    outcome: Outcome
    reason: str = ""


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
        allocated: list[str] = []
        backordered: list[str] = []
        skipped: list[tuple[str, str]] = []
        for order_id, order_no in todo:
            result = retrying(lambda oid=order_id, no=order_no: self._allocate_one(oid, no, actor))  # type: ignore[misc]
            if result.outcome == "allocated":
                allocated.append(order_no)
            elif result.outcome == "backordered":
                backordered.append(order_no)
            else:
                skipped.append((order_no, result.reason))
        return AllocationReport(tuple(allocated), tuple(backordered), tuple(skipped))

    def _allocate_one(self, order_id: int, order_no: str, actor: Actor) -> _Result:
        with self._uow() as tx:
            conn = tx.connection
            status = conn.execute(select(ORDERS.c.status).where(ORDERS.c.id == order_id)).scalar_one()
            if status not in ALLOCATABLE:
                return _Result("skipped", f"order is {status}, not accepted or backordered")
            if not _claim(conn, order_id, status, OrderStatus.ALLOCATED):
                return _Result("skipped", "changed by another station meanwhile")
            needs = _needs(conn, order_id)
            if not _reserve(conn, needs):
                tx.rollback()
                return self._backorder(order_id, order_no, actor)
            conn.execute(
                update(LINES).where(LINES.c.order_id == order_id).values(reserved_qty=LINES.c.qty)
            )
            _ledger(conn, needs, LedgerKind.RESERVATION, order_no, actor)
            audit.record(conn, actor, "order", order_no, "allocate", from_status=status, to_status="allocated")
            tx.commit()
            return _Result("allocated")

    def _backorder(self, order_id: int, order_no: str, actor: Actor) -> _Result:
        with self._uow() as tx:
            conn = tx.connection
            status = conn.execute(select(ORDERS.c.status).where(ORDERS.c.id == order_id)).scalar_one()
            if status == OrderStatus.BACKORDERED:
                return _Result("backordered")
            if status != OrderStatus.ACCEPTED or not _claim(conn, order_id, status, OrderStatus.BACKORDERED):
                return _Result("skipped", f"order is {status} now")
            audit.record(conn, actor, "order", order_no, "backorder", from_status=status,
                         to_status="backordered", reason="not enough stock for every line")
            tx.commit()
            return _Result("backordered")


def _claim(conn: Connection, order_id: int, seen: str, target: OrderStatus) -> bool:
    """Move the order only if nobody moved it since we looked (this also locks its row)."""
    result = conn.execute(
        update(ORDERS)
        .where(ORDERS.c.id == order_id, ORDERS.c.status == seen)
        .values(status=str(target), version=ORDERS.c.version + 1, updated_at=utcnow())
    )
    return result.rowcount == 1


def _needs(conn: Connection, order_id: int) -> list[tuple[int, int]]:
    """(product id, units) for the order, by product id: the fixed lock order across stations."""
    per_product: dict[int, int] = defaultdict(int)
    for product_id, qty in conn.execute(
        select(LINES.c.product_id, LINES.c.qty).where(LINES.c.order_id == order_id)
    ):
        per_product[product_id] += qty
    return sorted(per_product.items())


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


def _reserve(conn: Connection, needs: Sequence[tuple[int, int]]) -> bool:
    """One guarded UPDATE per product: zero rows changed means not enough, never read-then-write."""
    for product_id, qty in needs:
        done = conn.execute(_GUARDED_RESERVE, {"pid": product_id, "wid": MAIN_WAREHOUSE, "qty": qty})
        if done.rowcount != 1:
            return False
    return True


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
