"""Catalogue use cases: import products (create or update by SKU), the category tree."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from desktop_oms.db.models import CATEGORIES, PRODUCTS, STOCK, utcnow
from desktop_oms.db.models import STOCK_LEDGER as LEDGER
from desktop_oms.db.uow import UnitOfWorkFactory, retrying
from desktop_oms.domain.intake import IncomingProduct, RowError
from desktop_oms.domain.stock import LedgerKind
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services.allocation import MAIN_WAREHOUSE
from desktop_oms.services.results import ImportReport
from desktop_oms.services.stock import ensure_stock_row

PATH_SEPARATOR = re.compile(r"\s*(?:>|/)\s*")


class CatalogueService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def import_products(
        self, products: Sequence[IncomingProduct], errors: Sequence[RowError], *, actor: Actor
    ) -> ImportReport:
        """Create or update by SKU, each product its own transaction.

        `stock` is the count of units on hand: a new product receives it (ledger `receipt`); an existing
        one is brought to it by an `adjustment` row, so importing the same file twice changes nothing.
        """
        actor.require(Permission.EDIT_CATALOGUE)
        created = updated = 0
        problems = list(errors)
        for product in products:
            outcome = retrying(lambda p=product: self._upsert(p, actor))  # type: ignore[misc]
            if isinstance(outcome, RowError):
                problems.append(outcome)
            elif outcome:
                created += 1
            else:
                updated += 1
        rejected = len({e.row for e in problems})
        return ImportReport(created, 0, rejected, tuple(sorted(problems, key=lambda e: e.row)), updated=updated)

    def _upsert(self, p: IncomingProduct, actor: Actor) -> bool | RowError:
        with self._uow() as tx:
            conn = tx.connection
            category_id = ensure_category(conn, p.category) if p.category else None
            found = conn.execute(select(PRODUCTS.c.id).where(PRODUCTS.c.sku == p.sku)).scalar_one_or_none()
            values = {"name": p.name, "barcode": p.barcode or None, "category_id": category_id, "price": p.price,
                      "updated_at": utcnow(), "created_by_import": False}
            if p.weight_g is not None:
                values["weight_g"] = p.weight_g
            if found is None:
                now = utcnow()
                product_id = conn.execute(PRODUCTS.insert().values(
                    sku=p.sku, attributes={}, active=True, low_stock_threshold=5, created_at=now, **values)
                ).inserted_primary_key[0]  # type: ignore[index]
            else:
                product_id = found
                conn.execute(update(PRODUCTS).where(PRODUCTS.c.id == found).values(**values))
            ensure_stock_row(conn, product_id)
            if p.stock is not None and not _set_on_hand(conn, product_id, p.stock, found is None, actor):
                return RowError(p.row, p.sku, "stock", f"{p.stock} is below the units reserved for orders")
            tx.commit()
            return found is None


def _set_on_hand(conn: Connection, product_id: int, count: int, is_new: bool, actor: Actor) -> bool:
    row = conn.execute(select(STOCK.c.on_hand, STOCK.c.reserved).where(
        STOCK.c.product_id == product_id, STOCK.c.warehouse_id == MAIN_WAREHOUSE)).one()
    delta = count - row.on_hand
    if delta == 0:
        return True
    if count < row.reserved:
        return False
    changed = conn.execute(update(STOCK).where(
        STOCK.c.product_id == product_id, STOCK.c.warehouse_id == MAIN_WAREHOUSE, STOCK.c.on_hand == row.on_hand
    ).values(on_hand=count))
    if changed.rowcount != 1:
        return False
    kind = LedgerKind.RECEIPT if is_new and delta > 0 else LedgerKind.ADJUSTMENT
    conn.execute(LEDGER.insert().values(
        product_id=product_id, warehouse_id=MAIN_WAREHOUSE, kind=str(kind), on_hand_delta=delta, reserved_delta=0,
        reason="catalogue import", reference="", user=actor.name, created_at=utcnow()))
    return True


def ensure_category(conn: Connection, path: str) -> int | None:
    """The id of the category at `path` ("Tea > Green tea" or "Tea/Green tea"), creating missing levels."""
    parent: int | None = None
    for name in (part for part in PATH_SEPARATOR.split(path.strip()) if part):
        query = select(CATEGORIES.c.id).where(CATEGORIES.c.name == name)
        query = query.where(CATEGORIES.c.parent_id.is_(None) if parent is None else CATEGORIES.c.parent_id == parent)
        found = conn.execute(query).scalar_one_or_none()
        if found is None:
            found = conn.execute(CATEGORIES.insert().values(name=name[:120], parent_id=parent)).inserted_primary_key[0]  # type: ignore[index]
        parent = found
    return parent
