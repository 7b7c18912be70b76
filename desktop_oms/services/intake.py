"""Order intake: validated orders from any source into the database, idempotent by order number."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from desktop_oms.db.bulk import insert_rows, money_writer, reserve_ids, select_in, timestamp_writer
from desktop_oms.db.models import AUDIT_LOG as AUDIT
from desktop_oms.db.models import CUSTOMERS, ORDERS, PAYMENTS, PRODUCTS, STOCK, utcnow
from desktop_oms.db.models import ORDER_LINES as LINES
from desktop_oms.db.models import ORDER_SHIP_GROUPS as SHIP_GROUPS
from desktop_oms.db.uow import UnitOfWorkFactory, retrying
from desktop_oms.domain.intake import Address, IncomingLine, IncomingOrder, ParsedFile, RowError, ship_groups
from desktop_oms.domain.money import ZERO, line_total
from desktop_oms.domain.orders import PaymentStatus
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services.allocation import MAIN_WAREHOUSE
from desktop_oms.services.results import ImportReport
from desktop_oms.shops.encoding import cyclic_gc_paused

#: Orders per transaction: each batch is read, checked against the database and written whole.
BATCH = 5_000
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
GROUP_COLUMNS = ("order_id", "ship_group", "name", "address1", "address2", "city", "province", "postcode",
                 "country", "phone", "packed_by")
PRODUCT_COLUMNS = ("id", "sku", "barcode", "name", "attributes", "price", "active", "low_stock_threshold",
                   "created_by_import", "created_at", "updated_at")


class IntakeService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def import_orders(self, parsed: ParsedFile, *, actor: Actor, source: str = "import",
                      also: Callable[[Connection], None] | None = None) -> ImportReport:
        """Create the valid orders (batches of whole orders, each batch one transaction); skip known ones.

        `also` runs in the transaction of a batch that created orders, after they are written (what
        the order entry records beside the order: a price override's audit row, the address book),
        so it and the orders are saved together or not at all."""
        actor.require(Permission.IMPORT_ORDERS)
        created = skipped = 0
        # The rows of a batch are many small acyclic tuples: the cycle collector would only walk
        # them (and every parsed order still held by the caller) again and again.
        with cyclic_gc_paused():
            for start in range(0, len(parsed.orders), BATCH):
                batch = parsed.orders[start:start + BATCH]
                c, s = self._import_batch_retrying(batch, actor, source, also)
                created, skipped = created + c, skipped + s
        errors = tuple(sorted(parsed.errors, key=lambda e: (e.row, e.field)))
        return ImportReport(created, skipped, _count_rejected(errors), errors)

    def _import_batch_retrying(self, batch: Sequence[IncomingOrder], actor: Actor, source: str,
                               also: Callable[[Connection], None] | None = None) -> tuple[int, int]:
        for attempt in range(3):
            try:
                return retrying(lambda: self._import_batch(batch, actor, source, also))
            except IntegrityError:
                # Another station created one of these orders or products meanwhile: look again.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _import_batch(self, batch: Sequence[IncomingOrder], actor: Actor, source: str,
                      also: Callable[[Connection], None] | None = None) -> tuple[int, int]:
        with self._uow(core=True) as tx:
            conn = tx.connection
            existing = _existing(conn, [o.order_no for o in batch])
            fresh: dict[str, IncomingOrder] = {}
            for order in batch:
                if order.order_no not in existing:
                    fresh.setdefault(order.order_no, order)
            orders = list(fresh.values())
            if orders:
                values = _Values(conn.dialect.name)
                products = _ensure_products(conn, orders, values)
                keys = [customer_key(o) for o in orders]
                customers = _ensure_customers(conn, orders, keys, values)
                _write_orders(conn, orders, products, [customers[k] for k in keys], actor, source, values)
                if also is not None:
                    also(conn)
            tx.commit()
            return len(orders), len(batch) - len(orders)


class _Values:
    """Python values in the database's own form, for `insert_rows(converted=True)`.

    Money and line totals repeat a lot (a catalogue has few prices), so they are converted once.
    """

    def __init__(self, dialect: str) -> None:
        self.time: Callable[[datetime], Any] = timestamp_writer(dialect)
        self._money_writer = money_writer(dialect)
        self._money: dict[Decimal, Any] = {}
        self._lines: dict[tuple[Decimal, int], tuple[Decimal, Any, Any]] = {}
        self.now = self.time(utcnow())

    def money(self, amount: Decimal) -> Any:
        value = self._money.get(amount)
        if value is None:
            value = self._money[amount] = self._money_writer(amount)
        return value

    def line(self, qty: int, unit_price: Decimal) -> tuple[Decimal, Any, Any]:
        """(line total, unit price and line total as the database takes them)."""
        key = (unit_price, qty)
        found = self._lines.get(key)
        if found is None:
            total = line_total(qty, unit_price)
            found = self._lines[key] = (total, self.money(unit_price), self.money(total))
        return found


def _count_rejected(errors: Iterable[RowError]) -> int:
    return len({e.order_no or f"row {e.row}" for e in errors})


def _existing(conn: Connection, keys: Sequence[str]) -> set[str]:
    """The order numbers among `keys` that are in the database already."""
    return {row[0] for row in select_in(conn, ORDERS, ("order_no",), "order_no", keys)}


def _lookup(conn: Connection, table: Table, key: str, keys: Iterable[str]) -> dict[str, int]:
    """key → id of the rows of `table` whose `key` is one of `keys`."""
    return {row[0]: row[1] for row in select_in(conn, table, (key, "id"), key, keys)}


def _ensure_products(conn: Connection, orders: Sequence[IncomingOrder], values: _Values) -> dict[str, int]:
    """sku → product id; an unknown SKU is created from its line (name, price), stock 0, marked as imported."""
    first_line: dict[str, IncomingLine] = {}
    for order in orders:
        for line in order.lines:
            if line.sku not in first_line:
                first_line[line.sku] = line
    ids = _lookup(conn, PRODUCTS, "sku", first_line)
    missing = [sku for sku in first_line if sku not in ids]
    new_ids = reserve_ids(conn, PRODUCTS, len(missing))
    now, no_attributes = values.now, json.dumps({})
    insert_rows(conn, PRODUCTS, PRODUCT_COLUMNS, [
        (pid, sku, None, (first_line[sku].name or sku)[:255], no_attributes, values.money(first_line[sku].unit_price),
         True, 5, True, now, now)
        for pid, sku in zip(new_ids, missing, strict=True)], converted=True)
    insert_rows(conn, STOCK, ("product_id", "warehouse_id", "on_hand", "reserved"),
                [(pid, MAIN_WAREHOUSE, 0, 0) for pid in new_ids], converted=True)
    ids.update(zip(missing, new_ids, strict=True))
    return ids


def customer_key(order: IncomingOrder) -> str:
    if order.email:
        return "e:" + order.email.lower()
    if order.phone:
        return "p:" + order.phone
    return "n:" + order.customer_name


def _ensure_customers(conn: Connection, orders: Sequence[IncomingOrder], keys: Sequence[str],
                      values: _Values) -> dict[str, int]:
    """customer key → id: the same e-mail (else phone) is the same customer."""
    by_key = dict(zip(keys, orders, strict=True))
    ids = {"e:" + k.lower(): v for k, v in _lookup(conn, CUSTOMERS, "email", [o.email for o in orders if o.email]).items()}
    ids.update({"p:" + k: v for k, v in _lookup(conn, CUSTOMERS, "phone", [o.phone for o in orders if o.phone and not o.email]).items()})
    missing = [key for key in by_key if key not in ids]
    new_ids = reserve_ids(conn, CUSTOMERS, len(missing))
    now = values.now
    insert_rows(conn, CUSTOMERS, ("id", "name", "email", "phone", "created_at"), [
        (cid, by_key[k].customer_name[:255], by_key[k].email, by_key[k].phone, now)
        for cid, k in zip(new_ids, missing, strict=True)], converted=True)
    ids.update(zip(missing, new_ids, strict=True))
    return ids


def _write_orders(conn: Connection, orders: Sequence[IncomingOrder], products: dict[str, int],
                  customer_ids: Sequence[int], actor: Actor, source: str, values: _Values) -> None:
    """The orders with their lines, audit entries and payments: four executemany, rows made in their final form."""
    order_ids = reserve_ids(conn, ORDERS, len(orders))
    now, user, time, money, line = values.now, actor.name, values.time, values.money, values.line
    order_rows, line_rows, audit_rows, payment_rows = [], [], [], []
    group_rows: list[tuple[Any, ...]] = []
    for oid, cid, o in zip(order_ids, customer_ids, orders, strict=True):
        shipped = o.history_only
        subtotal = ZERO
        lines, a = o.lines, o.ship_to
        if o.more_ship_to or not all(ln.ship_group == 1 for ln in lines):  # sent to several addresses
            lines, addresses = ship_groups(o)
            a = addresses.get(1, a)
            group_rows.extend(_group_row(oid, group, address) for group, address in addresses.items())
        for no, ln in enumerate(lines, start=1):
            total, unit_price_db, total_db = line(ln.qty, ln.unit_price)
            subtotal += total
            line_rows.append((oid, no, products[ln.sku], ln.sku, ln.name[:255], ln.qty, unit_price_db, total_db,
                              0, ln.qty if shipped else 0, 0, ln.ship_group))
        total = o.total if o.total is not None else subtotal + o.shipping_total + o.tax_total - o.discount_total
        total_db, created_at = money(total), time(o.created_at)
        status, method = str(o.status), str(o.payment_method)
        order_rows.append((
            oid, o.order_no, o.channel, o.external_id, created_at, status, "", method,
            str(o.payment_status), o.currency, money(subtotal), money(o.shipping_total), money(o.discount_total),
            money(o.tax_total), total_db, money(o.refunded_total), cid, o.customer_name, o.email, o.phone, a.name,
            a.address1, a.address2, a.city, a.province, a.postcode, a.country, a.phone, _bill_to(o), o.notes, "",
            ",".join(o.tags)[:255], o.history_only, now, 1))
        audit_rows.append((now, user, "order", o.order_no, source, status, o.channel))
        if o.payment_status in PAID:
            payment_rows.append((oid, "payment", method, total_db, "completed", o.external_id, "", created_at, user))
        if o.refunded_total > 0:
            payment_rows.append((oid, "refund", method, money(o.refunded_total), "completed", "", "", created_at, user))
    insert_rows(conn, ORDERS, ORDER_COLUMNS, order_rows, converted=True)
    insert_rows(conn, LINES, LINE_COLUMNS, line_rows, converted=True)
    insert_rows(conn, AUDIT, AUDIT_COLUMNS, audit_rows, converted=True)
    insert_rows(conn, PAYMENTS, PAYMENT_COLUMNS, payment_rows, converted=True)
    if group_rows:
        insert_rows(conn, SHIP_GROUPS, GROUP_COLUMNS, group_rows, converted=True)


def _group_row(order_id: int, group: int, a: Address) -> tuple[Any, ...]:
    return (order_id, group, a.name[:255], a.address1[:255], a.address2[:255], a.city[:120], a.province[:120],
            a.postcode[:32], a.country[:2], a.phone[:64], "")


def _bill_to(order: IncomingOrder) -> str | None:
    if order.bill_to is None:
        return None
    b = order.bill_to
    return json.dumps({"name": b.name, "address1": b.address1, "address2": b.address2, "city": b.city,
                       "province": b.province, "postcode": b.postcode, "country": b.country, "phone": b.phone},
                      ensure_ascii=False)
