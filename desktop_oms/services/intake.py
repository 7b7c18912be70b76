"""Order intake: validated orders from any source into the database, idempotent by order number."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from desktop_oms.db.bulk import insert_rows, reserve_ids
from desktop_oms.db.models import AUDIT_LOG as AUDIT
from desktop_oms.db.models import CUSTOMERS, ORDERS, PAYMENTS, PRODUCTS, STOCK, utcnow
from desktop_oms.db.models import ORDER_LINES as LINES
from desktop_oms.db.uow import UnitOfWorkFactory, retrying
from desktop_oms.domain.intake import IncomingLine, IncomingOrder, ParsedFile, RowError
from desktop_oms.domain.money import ZERO, line_total
from desktop_oms.domain.orders import PaymentStatus
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services.allocation import MAIN_WAREHOUSE
from desktop_oms.services.results import ImportReport

BATCH = 2_000
LOOKUP_CHUNK = 500
PAID = {PaymentStatus.PAID, PaymentStatus.COD_COLLECTED, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED}

ORDER_COLUMNS = (
    "id", "order_no", "channel", "external_id", "created_at", "status", "hold_reason", "payment_method",
    "payment_status", "currency", "subtotal", "shipping_total", "discount_total", "tax_total", "total",
    "refunded_total", "customer_id", "customer_name", "email", "phone", "ship_name", "ship_address1",
    "ship_address2", "ship_city", "ship_province", "ship_postcode", "ship_country", "ship_phone", "bill_to",
    "notes", "gift_message", "tags", "history_only", "updated_at", "version",
)
LINE_COLUMNS = ("order_id", "line_no", "product_id", "sku", "name", "qty", "unit_price", "line_total",
                "reserved_qty", "shipped_qty", "returned_qty", "ship_group")
AUDIT_COLUMNS = ("time", "user", "entity", "entity_ref", "action", "to_status", "reason")
PAYMENT_COLUMNS = ("order_id", "kind", "method", "amount", "status", "reference", "bank_details", "created_at", "user")
PRODUCT_COLUMNS = ("id", "sku", "barcode", "name", "attributes", "price", "active", "low_stock_threshold",
                   "created_by_import", "created_at", "updated_at")


class IntakeService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def import_orders(self, parsed: ParsedFile, *, actor: Actor, source: str = "import") -> ImportReport:
        """Create the valid orders (batches of whole orders, each batch one transaction); skip known ones."""
        actor.require(Permission.IMPORT_ORDERS)
        created = skipped = 0
        for start in range(0, len(parsed.orders), BATCH):
            batch = parsed.orders[start:start + BATCH]
            c, s = self._import_batch_retrying(batch, actor, source)
            created, skipped = created + c, skipped + s
        errors = tuple(sorted(parsed.errors, key=lambda e: (e.row, e.field)))
        return ImportReport(created, skipped, _count_rejected(errors), errors)

    def _import_batch_retrying(self, batch: Sequence[IncomingOrder], actor: Actor, source: str) -> tuple[int, int]:
        for attempt in range(3):
            try:
                return retrying(lambda: self._import_batch(batch, actor, source))
            except IntegrityError:
                # Another station created one of these orders or products meanwhile: look again.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _import_batch(self, batch: Sequence[IncomingOrder], actor: Actor, source: str) -> tuple[int, int]:
        with self._uow() as tx:
            conn = tx.connection
            existing = _existing(conn, ORDERS.c.order_no, [o.order_no for o in batch])
            fresh: dict[str, IncomingOrder] = {}
            for order in batch:
                if order.order_no not in existing:
                    fresh.setdefault(order.order_no, order)
            orders = list(fresh.values())
            if orders:
                products = _ensure_products(conn, orders)
                customers = _ensure_customers(conn, orders)
                _write_orders(conn, orders, products, customers, actor, source)
            tx.commit()
            return len(orders), len(batch) - len(orders)


def _count_rejected(errors: Iterable[RowError]) -> int:
    return len({e.order_no or f"row {e.row}" for e in errors})


def _chunks(values: Sequence[str], size: int = LOOKUP_CHUNK) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _existing(conn: Connection, column: Column[Any], keys: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(list(dict.fromkeys(keys))):
        found.update(conn.execute(select(column).where(column.in_(chunk))).scalars())
    return found


def _lookup(conn: Connection, key: Column[Any], keys: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    table = key.table
    for chunk in _chunks(list(dict.fromkeys(keys))):
        found.update({k: i for k, i in conn.execute(select(key, table.c.id).where(key.in_(chunk)))})
    return found


def _ensure_products(conn: Connection, orders: Sequence[IncomingOrder]) -> dict[str, int]:
    """sku → product id; an unknown SKU is created from its line (name, price), stock 0, marked as imported."""
    first_line: dict[str, IncomingLine] = {}
    for order in orders:
        for line in order.lines:
            first_line.setdefault(line.sku, line)
    ids = _lookup(conn, PRODUCTS.c.sku, list(first_line))
    missing = [sku for sku in first_line if sku not in ids]
    new_ids = reserve_ids(conn, PRODUCTS, len(missing))
    now = utcnow()
    insert_rows(conn, PRODUCTS, PRODUCT_COLUMNS, (
        (pid, sku, None, (first_line[sku].name or sku)[:255], {}, first_line[sku].unit_price, True, 5, True, now, now)
        for pid, sku in zip(new_ids, missing, strict=True)))
    insert_rows(conn, STOCK, ("product_id", "warehouse_id", "on_hand", "reserved"),
                ((pid, MAIN_WAREHOUSE, 0, 0) for pid in new_ids))
    ids.update(zip(missing, new_ids, strict=True))
    return ids


def customer_key(order: IncomingOrder) -> str:
    if order.email:
        return "e:" + order.email.lower()
    if order.phone:
        return "p:" + order.phone
    return "n:" + order.customer_name


def _ensure_customers(conn: Connection, orders: Sequence[IncomingOrder]) -> dict[str, int]:
    """customer key → id: the same e-mail (else phone) is the same customer."""
    by_key = {customer_key(o): o for o in orders}
    ids = {"e:" + k.lower(): v for k, v in _lookup(conn, CUSTOMERS.c.email, [o.email for o in orders if o.email]).items()}
    ids.update({"p:" + k: v for k, v in _lookup(conn, CUSTOMERS.c.phone, [o.phone for o in orders if o.phone and not o.email]).items()})
    missing = [key for key in by_key if key not in ids]
    new_ids = reserve_ids(conn, CUSTOMERS, len(missing))
    now = utcnow()
    insert_rows(conn, CUSTOMERS, ("id", "name", "email", "phone", "created_at"), (
        (cid, by_key[k].customer_name[:255], by_key[k].email, by_key[k].phone, now)
        for cid, k in zip(new_ids, missing, strict=True)))
    ids.update(zip(missing, new_ids, strict=True))
    return ids


def _write_orders(conn: Connection, orders: Sequence[IncomingOrder], products: dict[str, int],
                  customers: dict[str, int], actor: Actor, source: str) -> None:
    order_ids = reserve_ids(conn, ORDERS, len(orders))
    now = utcnow()
    order_rows, line_rows, audit_rows, payment_rows = [], [], [], []
    for oid, o in zip(order_ids, orders, strict=True):
        subtotal = sum((line_total(ln.qty, ln.unit_price) for ln in o.lines), ZERO)
        total = o.total if o.total is not None else subtotal + o.shipping_total + o.tax_total - o.discount_total
        a = o.ship_to
        order_rows.append((
            oid, o.order_no, o.channel, o.external_id, o.created_at, str(o.status), "", str(o.payment_method),
            str(o.payment_status), o.currency, subtotal, o.shipping_total, o.discount_total, o.tax_total, total,
            o.refunded_total, customers[customer_key(o)], o.customer_name, o.email, o.phone, a.name, a.address1,
            a.address2, a.city, a.province, a.postcode, a.country, a.phone, _bill_to(o), o.notes, "",
            ",".join(o.tags)[:255], o.history_only, now, 1))
        shipped = o.history_only
        for no, ln in enumerate(o.lines, start=1):
            line_rows.append((oid, no, products[ln.sku], ln.sku, ln.name[:255], ln.qty, ln.unit_price,
                              line_total(ln.qty, ln.unit_price), 0, ln.qty if shipped else 0, 0, ln.ship_group))
        audit_rows.append((now, actor.name, "order", o.order_no, source, str(o.status), o.channel))
        payment_rows.extend(_payments(oid, o, total, actor))
    insert_rows(conn, ORDERS, ORDER_COLUMNS, order_rows)
    insert_rows(conn, LINES, LINE_COLUMNS, line_rows)
    insert_rows(conn, AUDIT, AUDIT_COLUMNS, audit_rows)
    insert_rows(conn, PAYMENTS, PAYMENT_COLUMNS, payment_rows)


def _bill_to(order: IncomingOrder) -> dict[str, str] | None:
    if order.bill_to is None:
        return None
    b = order.bill_to
    return {"name": b.name, "address1": b.address1, "address2": b.address2, "city": b.city,
            "province": b.province, "postcode": b.postcode, "country": b.country, "phone": b.phone}


def _payments(order_id: int, o: IncomingOrder, total: Decimal, actor: Actor) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    if o.payment_status in PAID:
        rows.append((order_id, "payment", str(o.payment_method), total, "completed", o.external_id, "", o.created_at,
                     actor.name))
    if o.refunded_total > 0:
        rows.append((order_id, "refund", str(o.payment_method), o.refunded_total, "completed", "", "", o.created_at,
                     actor.name))
    return rows
