"""Catalogue use cases: import products (create or update by SKU), edit one product, the category tree."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection, Row

from desktop_oms.db.models import CATEGORIES, PRODUCTS, STOCK, utcnow
from desktop_oms.db.models import STOCK_LEDGER as LEDGER
from desktop_oms.db.uow import UnitOfWorkFactory, retrying
from desktop_oms.domain.errors import InvalidValue, NotFound
from desktop_oms.domain.intake import IncomingProduct, RowError
from desktop_oms.domain.money import parse_amount
from desktop_oms.domain.stock import LedgerKind
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services import audit
from desktop_oms.services.allocation import MAIN_WAREHOUSE
from desktop_oms.services.results import ImportReport, ProductData
from desktop_oms.services.stock import MAX_UNITS, category_paths, ensure_stock_row

PATH_SEPARATOR = re.compile(r"\s*(?:>|/)\s*")
#: The first bytes of the image files the app can show (PNG, JPEG, GIF, BMP, WebP).
IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")


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

    def get_product(self, sku: str, *, actor: Actor) -> ProductData:
        actor.require(Permission.VIEW_STOCK)
        with self._uow(read_only=True) as tx:
            return _product_data(tx.connection, _product_row(tx.connection, sku))

    def list_categories(self, *, actor: Actor) -> list[str]:
        """Every category path ("Tea > Green tea"), sorted, for a combo box."""
        actor.require(Permission.VIEW_STOCK)
        with self._uow(read_only=True) as tx:
            return sorted(category_paths(tx.connection).values(), key=str.casefold)

    def update_product(
        self,
        sku: str,
        *,
        actor: Actor,
        name: str | None = None,
        barcode: str | None = None,
        price: Decimal | str | None = None,
        category: str | None = None,
        low_stock_threshold: int | None = None,
        image_path: str | None = None,
        active: bool | None = None,
    ) -> ProductData:
        """Change the given fields (None leaves one as it is); a refusal names its field. Audited.

        `category` is a path ("Tea > Green tea" or "Tea/Green tea"), created as needed; "" removes it.
        `barcode` "" and `image_path` "" remove them; an image must be an existing image file.
        """
        actor.require(Permission.EDIT_CATALOGUE)
        wanted: dict[str, Any] = {}
        if name is not None:
            wanted["name"] = _valid_name(name)
        if barcode is not None:
            wanted["barcode"] = _valid_barcode(barcode)
        if price is not None:
            wanted["price"] = _valid_price(price)
        if category is not None:
            wanted["category"] = _valid_category(category)
        if low_stock_threshold is not None:
            wanted["low_stock_threshold"] = _valid_threshold(low_stock_threshold)
        if image_path is not None:
            wanted["image_path"] = _valid_image(image_path)
        if active is not None:
            wanted["active"] = bool(active)
        return retrying(lambda: self._update(sku, wanted, actor))

    def _update(self, sku: str, wanted: dict[str, Any], actor: Actor) -> ProductData:
        with self._uow() as tx:
            conn = tx.connection
            row = _product_row(conn, sku, for_update=True)
            before = _product_data(conn, row)
            changes = {k: v for k, v in wanted.items() if v != _stored(before, k)}
            if not changes:
                return before
            if changes.get("barcode"):
                if tx.dialect == "postgresql":  # two desks giving one barcode to two products: one waits
                    conn.execute(select(func.pg_advisory_xact_lock(func.hashtext("barcode:" + changes["barcode"]))))
                taken = conn.execute(select(PRODUCTS.c.sku).where(
                    PRODUCTS.c.barcode == changes["barcode"], PRODUCTS.c.id != row.id).limit(1)).scalar_one_or_none()
                if taken is not None:
                    raise InvalidValue("barcode", f"{changes['barcode']} is already the barcode of {taken}")
            values = {k: v for k, v in changes.items() if k != "category"}
            if "category" in changes:
                values["category_id"] = ensure_category(conn, changes["category"]) if changes["category"] else None
            conn.execute(update(PRODUCTS).where(PRODUCTS.c.id == row.id).values(updated_at=utcnow(), **values))
            after = _product_data(conn, _product_row(conn, sku))
            audit.record(conn, actor, "product", sku, "edit", details={
                k: {"from": _json(_stored(before, k)), "to": _json(_stored(after, k))} for k in changes})
            tx.commit()
            return after

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


def _product_row(conn: Connection, sku: str, *, for_update: bool = False) -> Row[Any]:
    query = select(PRODUCTS).where(PRODUCTS.c.sku == sku)
    found = conn.execute(query.with_for_update() if for_update else query).first()
    if found is None:
        raise NotFound("product", sku)
    return found


def _product_data(conn: Connection, row: Row[Any]) -> ProductData:
    category = category_paths(conn).get(row.category_id, "") if row.category_id is not None else ""
    return ProductData(sku=row.sku, name=row.name, barcode=row.barcode or "",
                       price=row.price if row.price is not None else Decimal("0.00"), category=category,
                       low_stock_threshold=row.low_stock_threshold, image_path=row.image_path or "",
                       active=bool(row.active), weight_g=row.weight_g)


def _stored(data: ProductData, key: str) -> Any:
    """A field of `data` as update_product's validators give it (None for a removed barcode or image)."""
    value = getattr(data, key)
    if key in ("barcode", "image_path"):
        return value or None
    if key == "category":
        return _path_key(value) if value else ""
    return value


def _path_key(path: str) -> str:
    return " > ".join(part for part in PATH_SEPARATOR.split(path.strip()) if part)


def _json(value: Any) -> Any:
    return str(value) if isinstance(value, Decimal) else value


def _valid_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidValue("name", "a product needs a name")
    if len(name) > 255:
        raise InvalidValue("name", "at most 255 characters")
    return name


def _valid_barcode(barcode: str) -> str | None:
    barcode = barcode.strip()
    if not barcode:
        return None
    if len(barcode) > 64:
        raise InvalidValue("barcode", "at most 64 characters")
    if any(ch.isspace() or not ch.isprintable() for ch in barcode):
        raise InvalidValue("barcode", "no spaces or control characters")
    return barcode


def _valid_price(price: Decimal | str) -> Decimal:
    try:
        return parse_amount(str(price))
    except ValueError as error:
        raise InvalidValue("price", f"{error}; use an amount of 0 or more with at most 2 decimals") from None


def _valid_category(path: str) -> str:
    parts = [part for part in PATH_SEPARATOR.split(path.strip()) if part]
    if any(len(part) > 120 for part in parts):
        raise InvalidValue("category", "each level of the path has at most 120 characters")
    if len(parts) > 8:
        raise InvalidValue("category", "at most 8 levels")
    return " > ".join(parts)


def _valid_threshold(threshold: int) -> int:
    if not 0 <= threshold <= MAX_UNITS:
        raise InvalidValue("threshold", f"must be a whole number of units from 0 to {MAX_UNITS}")
    return int(threshold)


def _valid_image(path: str) -> str | None:
    if not path.strip():
        return None
    file = Path(path.strip()).expanduser()
    if not file.is_file():
        raise InvalidValue("image", f"{path.strip()} is not an existing file")
    try:
        with file.open("rb") as stream:
            head = stream.read(12)
    except OSError as error:
        raise InvalidValue("image", f"{file} cannot be read ({error.strerror})") from None
    if not (head.startswith(IMAGE_SIGNATURES) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")):
        raise InvalidValue("image", f"{file.name} is not a PNG, JPEG, GIF, BMP or WebP image")
    resolved = str(file.resolve())
    if len(resolved) > 500:
        raise InvalidValue("image", "the path is longer than 500 characters")
    return resolved
