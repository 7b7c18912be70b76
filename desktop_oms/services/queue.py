"""The order queue: keyset pages, a page layout for scrolling to any depth, status counts, search.

Built for a million orders: a page is found by its first key (``WHERE (k1, id) < (:k1, :id)``),
never by OFFSET; the layout is the key of every PAGE-th row (one index scan, a few thousand keys),
so the view can show row 734,200 by asking for the page after anchor 3,670. Search uses the
FTS5 trigram index on SQLite and the pg_trgm index on PostgreSQL for three characters or more;
shorter text falls back to a LIKE, which the keyset still stops early for.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    column,
    func,
    literal_column,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.engine import Connection

from desktop_oms.db.models import CUSTOMERS, ORDERS
from desktop_oms.db.models import ORDER_LINES as LINES
from desktop_oms.db.search_index import PG_SEARCH_TEXT
from desktop_oms.db.uow import UnitOfWorkFactory
from desktop_oms.domain.errors import InvalidValue
from desktop_oms.domain.orders import OrderStatus, PaymentMethod
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services.results import PAGE, QueueFilter, QueueLayout, QueueOrder, QueueRow, QueueSort
from desktop_oms.services.search import like_pattern

MAX_SEARCH = 100
DEFAULT_ORDER = QueueOrder()


class QueueService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def page(self, flt: QueueFilter, order: QueueOrder = DEFAULT_ORDER, *, after: tuple[Any, ...] | None = None,
             limit: int = PAGE, actor: Actor) -> list[QueueRow]:
        """Up to `limit` rows following the row whose key is `after` (from the top when None)."""
        actor.require(Permission.VIEW_ORDERS)
        _check(flt, limit)
        keys = _sort_keys(order.sort)
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            query = _filtered(select(ORDERS.c.id, ORDERS.c.order_no, ORDERS.c.created_at, ORDERS.c.customer_name,
                                     ORDERS.c.total, ORDERS.c.currency, ORDERS.c.payment_method,
                                     ORDERS.c.payment_status, ORDERS.c.status), flt, conn)
            if after is not None:
                cursor = tuple_(*keys)
                bound = tuple_(*(literal_bind(col, value) for col, value in zip(keys, after, strict=True)))
                query = query.where(cursor < bound if order.descending else cursor > bound)
            query = query.order_by(*(k.desc() if order.descending else k.asc() for k in keys)).limit(limit)
            rows = conn.execute(query).all()
            counts = _line_counts(conn, [r.id for r in rows])
            return [QueueRow(r.order_no, r.created_at, r.customer_name, *counts.get(r.id, (0, 0)), r.total,
                             r.currency, r.payment_method, r.payment_status, r.status,
                             tuple(getattr(r, k.name) for k in keys))
                    for r in rows]

    def layout(self, flt: QueueFilter, order: QueueOrder = DEFAULT_ORDER, *, actor: Actor,
               page_size: int = PAGE) -> QueueLayout:
        """The row count and the page anchors, in one pass over the (index of the) filtered orders."""
        actor.require(Permission.VIEW_ORDERS)
        _check(flt, page_size)
        keys = _sort_keys(order.sort)
        direction = [k.desc() if order.descending else k.asc() for k in keys]
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            numbered = _filtered(select(*keys, func.row_number().over(order_by=direction).label("rn")),
                                 flt, conn).subquery()
            anchors = conn.execute(
                select(*(numbered.c[k.name] for k in keys))
                .where(numbered.c.rn % page_size == 0).order_by(numbered.c.rn)).all()
            total = conn.execute(_filtered(select(func.count()).select_from(ORDERS), flt, conn)).scalar_one()
            return QueueLayout(int(total), tuple(tuple(a) for a in anchors), page_size)

    def count(self, flt: QueueFilter, *, actor: Actor) -> int:
        """How many orders the filter gives (cheap: no anchors)."""
        actor.require(Permission.VIEW_ORDERS)
        _check(flt, PAGE)
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            return int(conn.execute(_filtered(select(func.count()).select_from(ORDERS), flt, conn)).scalar_one())

    def status_counts(self, flt: QueueFilter, *, actor: Actor) -> dict[str, int]:
        """Orders per status under every filter but the status chips themselves."""
        actor.require(Permission.VIEW_ORDERS)
        flt = flt.without_statuses()
        _check(flt, PAGE)
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            query = _filtered(select(ORDERS.c.status, func.count()), flt, conn).group_by(ORDERS.c.status)
            found = {status: int(n) for status, n in conn.execute(query)}
        return {str(s): found.get(str(s), 0) for s in OrderStatus}


def literal_bind(column: ColumnElement[Any], value: Any) -> ColumnElement[Any]:
    """A bound parameter typed like `column` (so datetimes and decimals are stored the column's way)."""
    return bindparam(None, value, type_=column.type)


def _sort_keys(sort: QueueSort) -> list[Any]:
    if sort is QueueSort.TOTAL:
        return [ORDERS.c.total, ORDERS.c.id]
    if sort is QueueSort.STATUS:
        return [ORDERS.c.status, ORDERS.c.created_at, ORDERS.c.id]
    return [ORDERS.c.created_at, ORDERS.c.id]


def _check(flt: QueueFilter, limit: int) -> None:
    if not 0 < limit <= 10_000:
        raise InvalidValue("limit", "must be from 1 to 10000")
    unknown = set(flt.statuses) - set(OrderStatus)
    if unknown:
        raise InvalidValue("status", f"unknown status {sorted(unknown)[0]!r}")
    unknown = set(flt.payment_methods) - set(PaymentMethod)
    if unknown:
        raise InvalidValue("payment_method", f"unknown payment method {sorted(unknown)[0]!r}")
    if len(flt.search) > MAX_SEARCH:
        raise InvalidValue("search", f"at most {MAX_SEARCH} characters")
    if flt.created_from and flt.created_to and flt.created_from >= flt.created_to:
        raise InvalidValue("created_to", "the end of the date range is before its start")


def _filtered(query: Select[Any], flt: QueueFilter, conn: Connection) -> Select[Any]:
    conditions: list[ColumnElement[bool]] = []
    if flt.statuses:
        conditions.append(ORDERS.c.status.in_(sorted(flt.statuses)))
    if flt.payment_methods:
        conditions.append(ORDERS.c.payment_method.in_(sorted(flt.payment_methods)))
    if flt.created_from is not None:
        conditions.append(ORDERS.c.created_at >= flt.created_from)
    if flt.created_to is not None:
        conditions.append(ORDERS.c.created_at < flt.created_to)
    search = " ".join(flt.search.split())
    if search:
        conditions.append(search_condition(search, conn.dialect.name))
    return query.where(and_(*conditions)) if conditions else query


def search_condition(search: str, dialect: str) -> ColumnElement[bool]:
    """Any substring of order number, customer name, e-mail or phone, case-insensitive."""
    pattern = like_pattern(search)
    if len(search) < 3:
        return _short_search(search, pattern, dialect)
    if dialect == "postgresql":
        return literal_column(PG_SEARCH_TEXT).ilike(pattern, escape="\\")
    phrase = '"' + search.replace('"', '""') + '"'
    matches = text("SELECT rowid FROM orders_fts WHERE orders_fts MATCH :phrase").bindparams(phrase=phrase)
    return ORDERS.c.id.in_(matches.columns(column("rowid", Integer)))


def _short_search(search: str, pattern: str, dialect: str) -> ColumnElement[bool]:
    """One or two characters (a Chinese name is often two): too short for a trigram index.

    They are looked for in the customers (tens of thousands of rows, not millions of orders) and
    the orders found through the customer index, plus an order number equal to what was typed.
    SQLite's LIKE ignores ASCII case by itself (and its lower() knows no other letters), so it is
    spared the lower() of every row that ILIKE would add: half the time of the query.
    """
    columns = (CUSTOMERS.c.name, CUSTOMERS.c.email, CUSTOMERS.c.phone)
    if dialect == "sqlite":
        matches = [col.like(pattern, escape="\\") for col in columns]
    else:
        matches = [col.ilike(pattern, escape="\\") for col in columns]
    customers = select(CUSTOMERS.c.id).where(or_(*matches))
    return or_(ORDERS.c.customer_id.in_(customers), ORDERS.c.order_no == search)


def _line_counts(conn: Connection, order_ids: Sequence[int]) -> dict[int, tuple[int, int]]:
    """(lines, items) per order, in one query for the page."""
    if not order_ids:
        return {}
    rows = conn.execute(select(LINES.c.order_id, func.count(), func.sum(LINES.c.qty))
                        .where(LINES.c.order_id.in_(list(order_ids))).group_by(LINES.c.order_id))
    return {r[0]: (int(r[1]), int(r[2] or 0)) for r in rows}
