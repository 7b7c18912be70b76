"""Stock use cases: list, receive, adjust, read the ledger, prove stock and ledger agree."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection

from desktop_oms.db.bulk import insert_if_absent
from desktop_oms.db.models import CATEGORIES, PRODUCTS, STOCK, WAREHOUSES, utcnow
from desktop_oms.db.models import STOCK_LEDGER as LEDGER
from desktop_oms.db.uow import UnitOfWorkFactory, retrying
from desktop_oms.domain.errors import InvalidValue, NotFound
from desktop_oms.domain.stock import LedgerKind, effect
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services import audit
from desktop_oms.services.allocation import MAIN_WAREHOUSE, AllocationService
from desktop_oms.services.results import LedgerMismatch, LedgerRow, StockChange, StockRow
from desktop_oms.services.search import like_pattern

MAX_UNITS = 1_000_000


class StockService:
    def __init__(self, uow: UnitOfWorkFactory, allocation: AllocationService) -> None:
        self._uow = uow
        self._allocation = allocation

    def list_stock(self, *, actor: Actor, low_only: bool = False, search: str = "") -> list[StockRow]:
        """Every product with its stock, by SKU; `search` matches SKU, name or barcode anywhere."""
        actor.require(Permission.VIEW_STOCK)
        on_hand = func.coalesce(func.sum(STOCK.c.on_hand), 0)
        reserved = func.coalesce(func.sum(STOCK.c.reserved), 0)
        query = (
            select(PRODUCTS.c.sku, PRODUCTS.c.name, on_hand.label("on_hand"), reserved.label("reserved"),
                   PRODUCTS.c.low_stock_threshold, PRODUCTS.c.barcode, PRODUCTS.c.category_id, PRODUCTS.c.price,
                   PRODUCTS.c.active, PRODUCTS.c.image_path)
            .select_from(PRODUCTS.outerjoin(STOCK, STOCK.c.product_id == PRODUCTS.c.id))
            .group_by(PRODUCTS.c.id, PRODUCTS.c.sku, PRODUCTS.c.name, PRODUCTS.c.low_stock_threshold,
                      PRODUCTS.c.barcode, PRODUCTS.c.category_id, PRODUCTS.c.price, PRODUCTS.c.active,
                      PRODUCTS.c.image_path)
            .order_by(PRODUCTS.c.sku)
        )
        if low_only:
            query = query.having(on_hand - reserved <= PRODUCTS.c.low_stock_threshold)
        search = search.strip()
        if search:
            pattern = like_pattern(search)
            query = query.where(PRODUCTS.c.sku.ilike(pattern, escape="\\")
                                | PRODUCTS.c.name.ilike(pattern, escape="\\")
                                | PRODUCTS.c.barcode.ilike(pattern, escape="\\"))
        with self._uow(read_only=True) as tx:
            paths = category_paths(tx.connection)
            return [StockRow(r.sku, r.name, int(r.on_hand), int(r.reserved), r.low_stock_threshold,
                             barcode=r.barcode or "", category=paths.get(r.category_id, ""),
                             price=r.price if r.price is not None else Decimal("0.00"), active=bool(r.active),
                             image_path=r.image_path or "")
                    for r in tx.connection.execute(query)]

    def receive(self, sku: str, qty: int, *, actor: Actor, note: str = "") -> StockChange:
        """Goods in; then waiting backorders for this product are allocated, oldest first."""
        actor.require(Permission.RECEIVE_STOCK)
        if not 0 < qty <= MAX_UNITS:
            raise InvalidValue("qty", f"must be a whole number of units from 1 to {MAX_UNITS}")
        retrying(lambda: self._change(sku, qty, LedgerKind.RECEIPT, note, actor))
        report = self._allocation.fill_backorders([self._product_id(sku)], actor=actor)
        level = self._level(sku)
        return StockChange(sku, level[0], level[1], report)

    def adjust(self, sku: str, delta: int, reason: str, *, actor: Actor) -> StockChange:
        """A correction (count, damage, loss) with its reason, recorded in the ledger."""
        actor.require(Permission.ADJUST_STOCK)
        if delta == 0 or abs(delta) > MAX_UNITS:
            raise InvalidValue("delta", f"must be a non-zero whole number of units up to ±{MAX_UNITS}")
        if not reason.strip():
            raise InvalidValue("reason", "an adjustment needs a reason")
        return retrying(lambda: self._change(sku, delta, LedgerKind.ADJUSTMENT, reason.strip(), actor))

    def _change(self, sku: str, qty: int, kind: LedgerKind, reason: str, actor: Actor) -> StockChange:
        with self._uow() as tx:
            conn = tx.connection
            product_id = _product_id(conn, sku)
            ensure_stock_row(conn, product_id)
            d_on_hand, d_reserved = effect(kind, qty)
            done = conn.execute(
                update(STOCK)
                .where(STOCK.c.product_id == product_id, STOCK.c.warehouse_id == MAIN_WAREHOUSE,
                       STOCK.c.on_hand + d_on_hand >= STOCK.c.reserved + d_reserved)
                .values(on_hand=STOCK.c.on_hand + d_on_hand, reserved=STOCK.c.reserved + d_reserved)
                .returning(STOCK.c.on_hand, STOCK.c.reserved)
            ).first()
            if done is None:
                raise InvalidValue("delta", f"{sku}: on hand cannot drop below the units reserved for orders")
            conn.execute(LEDGER.insert().values(
                product_id=product_id, warehouse_id=MAIN_WAREHOUSE, kind=str(kind), on_hand_delta=d_on_hand,
                reserved_delta=d_reserved, reason=reason[:500], reference="", user=actor.name, created_at=utcnow()))
            audit.record(conn, actor, "stock", sku, str(kind), reason=reason, details={"qty": qty})
            tx.commit()
            return StockChange(sku, done.on_hand, done.reserved)

    def ledger(self, sku: str, *, actor: Actor, limit: int = 500) -> list[LedgerRow]:
        actor.require(Permission.VIEW_STOCK)
        with self._uow(read_only=True) as tx:
            product_id = _product_id(tx.connection, sku)
            rows = tx.connection.execute(
                select(LEDGER).where(LEDGER.c.product_id == product_id).order_by(LEDGER.c.id.desc()).limit(limit)
            )
            return [LedgerRow(r.created_at, r.kind, r.on_hand_delta, r.reserved_delta, r.reason, r.reference, r.user)
                    for r in rows]

    def verify_ledger(self, *, actor: Actor) -> list[LedgerMismatch]:
        """Every stock row re-derived from its ledger; an empty list means they agree."""
        actor.require(Permission.VIEW_STOCK)
        sums = (
            select(LEDGER.c.product_id, LEDGER.c.warehouse_id,
                   func.sum(LEDGER.c.on_hand_delta).label("on_hand"),
                   func.sum(LEDGER.c.reserved_delta).label("reserved"))
            .group_by(LEDGER.c.product_id, LEDGER.c.warehouse_id)
            .subquery()
        )
        query = (
            select(PRODUCTS.c.sku, WAREHOUSES.c.code, STOCK.c.on_hand, STOCK.c.reserved,
                   func.coalesce(sums.c.on_hand, 0), func.coalesce(sums.c.reserved, 0))
            .select_from(STOCK.join(PRODUCTS, PRODUCTS.c.id == STOCK.c.product_id)
                         .join(WAREHOUSES, WAREHOUSES.c.id == STOCK.c.warehouse_id)
                         .outerjoin(sums, (sums.c.product_id == STOCK.c.product_id)
                                    & (sums.c.warehouse_id == STOCK.c.warehouse_id)))
        )
        with self._uow(read_only=True) as tx:
            return [LedgerMismatch(r[0], r[1], r[2], r[3], int(r[4]), int(r[5]))
                    for r in tx.connection.execute(query) if (r[2], r[3]) != (int(r[4]), int(r[5]))]

    def _product_id(self, sku: str) -> int:
        with self._uow(read_only=True) as tx:
            return _product_id(tx.connection, sku)

    def _level(self, sku: str) -> tuple[int, int]:
        with self._uow(read_only=True) as tx:
            row = tx.connection.execute(
                select(func.coalesce(func.sum(STOCK.c.on_hand), 0), func.coalesce(func.sum(STOCK.c.reserved), 0))
                .where(STOCK.c.product_id == _product_id(tx.connection, sku))
            ).one()
            return int(row[0]), int(row[1])


def _product_id(conn: Connection, sku: str) -> int:
    found = conn.execute(select(PRODUCTS.c.id).where(PRODUCTS.c.sku == sku)).scalar_one_or_none()
    if found is None:
        raise NotFound("product", sku)
    return int(found)


def ensure_stock_row(conn: Connection, product_id: int) -> None:
    insert_if_absent(conn, STOCK, {"product_id": product_id, "warehouse_id": MAIN_WAREHOUSE, "on_hand": 0, "reserved": 0})


#: How a category path is written for people: "Tea > Green tea" (ensure_category also reads "Tea/Green tea").
PATH_JOIN = " > "


def category_paths(conn: Connection) -> dict[int, str]:
    """Every category's full path by id (a shop has tens of categories, so one query and a walk up)."""
    rows = {r.id: (r.name, r.parent_id) for r in conn.execute(select(CATEGORIES.c.id, CATEGORIES.c.name,
                                                                     CATEGORIES.c.parent_id))}
    paths: dict[int, str] = {}

    def path(category_id: int, depth: int = 0) -> str:
        if category_id not in paths:
            name, parent = rows[category_id]
            prefix = path(parent, depth + 1) + PATH_JOIN if parent in rows and depth < 32 else ""
            paths[category_id] = prefix + name
        return paths[category_id]

    for category_id in rows:
        path(category_id)
    return paths
