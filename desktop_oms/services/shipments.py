"""The shipments list: keyset pages newest shipped first, filters, counts per status, one shipment's timeline.

A page is found by the key of the row before it (``WHERE (shipped_at, id) < (:t, :id)`` over the index
``ix_shipments_shipped``), never by OFFSET. "Stuck" is the domain's rule (no event for STUCK_AFTER and
not delivered) evaluated in SQL against the service's clock. A search matches any part of a tracking
number or an order number, each looked for in its own index (a scan of the index, not the table).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import quote

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, tuple_
from sqlalchemy.engine import Connection

from desktop_oms.db.models import ORDERS, SHIPMENTS, TRACKING_EVENTS, utcnow
from desktop_oms.db.uow import UnitOfWorkFactory
from desktop_oms.domain.carriers import BY_CODE, normalise_tracking
from desktop_oms.domain.errors import InvalidValue, NotFound
from desktop_oms.domain.tracking import FINAL, STUCK_AFTER, TrackingStatus, is_stuck
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services.queue import literal_bind
from desktop_oms.services.results import (
    SHIPMENT_PAGE,
    ShipmentDetail,
    ShipmentFilter,
    ShipmentRow,
    TrackingEventData,
)
from desktop_oms.services.search import like_pattern

MAX_SEARCH = 100
_S, _O, _E = SHIPMENTS, ORDERS, TRACKING_EVENTS
_KEYS = (_S.c.shipped_at, _S.c.id)
_FINAL = sorted(str(s) for s in FINAL)


class ShipmentService:
    def __init__(self, uow: UnitOfWorkFactory, *, clock: Callable[[], datetime] = utcnow) -> None:
        self._uow, self._clock = uow, clock

    def page(self, flt: ShipmentFilter, *, after: tuple[Any, ...] | None = None, limit: int = SHIPMENT_PAGE,
             actor: Actor) -> list[ShipmentRow]:
        """Up to `limit` shipments shipped before the one whose key is `after` (from the newest when None)."""
        actor.require(Permission.VIEW_ORDERS)
        _check(flt, limit)
        now = self._clock()
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            columns = select(_S.c.id, _O.c.order_no, _S.c.carrier, _S.c.tracking_no, _S.c.status, _S.c.shipped_at,
                             _S.c.delivered_at, _S.c.last_event_at, _S.c.needs_attention
                             ).select_from(_S.join(_O, _O.c.id == _S.c.order_id))
            query = _filtered(columns, flt, now, conn.dialect.name)
            if after is not None:
                if len(after) != len(_KEYS):
                    raise InvalidValue("after", "not the key of a shipments row")
                bound = tuple_(*(literal_bind(k, v) for k, v in zip(_KEYS, after, strict=True)))
                query = query.where(tuple_(*_KEYS) < bound)
            rows = conn.execute(query.order_by(*(k.desc() for k in _KEYS)).limit(limit)).all()
            newest = _newest_events(conn, [r.id for r in rows])
        return [ShipmentRow(r.id, r.order_no, r.carrier, r.tracking_no, r.status, r.shipped_at, r.delivered_at,
                            r.last_event_at, *newest.get(r.id, ("", "")), bool(r.needs_attention),
                            _stuck(now, r.status, r.shipped_at, r.last_event_at), (r.shipped_at, r.id))
                for r in rows]

    def count(self, flt: ShipmentFilter, *, actor: Actor) -> int:
        """How many shipments the filter gives."""
        actor.require(Permission.VIEW_ORDERS)
        _check(flt, SHIPMENT_PAGE)
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            query = _filtered(select(func.count()).select_from(_S), flt, self._clock(), conn.dialect.name)
            return int(conn.execute(query).scalar_one())

    def counts_by_status(self, flt: ShipmentFilter | None = None, *, actor: Actor) -> dict[str, int]:
        """Shipments per tracking status (every status, 0 when none), under the filter but its statuses."""
        actor.require(Permission.VIEW_ORDERS)
        flt = (flt or ShipmentFilter()).without_statuses()
        _check(flt, SHIPMENT_PAGE)
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            query = _filtered(select(_S.c.status, func.count()).select_from(_S), flt, self._clock(),
                              conn.dialect.name).group_by(_S.c.status)
            found = {str(status): int(n) for status, n in conn.execute(query)}
        counts = {str(s): found.pop(str(s), 0) for s in TrackingStatus}
        return counts | found  # a status written by an older version is still counted, under its own name

    def detail(self, shipment: int | str, *, actor: Actor) -> ShipmentDetail:
        """One shipment by id, or by tracking number (the newest of that number if two carriers share it)."""
        actor.require(Permission.VIEW_ORDERS)
        query = select(_S, _O.c.order_no, _O.c.customer_name, _O.c.ship_city).select_from(
            _S.join(_O, _O.c.id == _S.c.order_id))
        if isinstance(shipment, int):
            query = query.where(_S.c.id == shipment)
        else:
            query = query.where(_S.c.tracking_no == normalise_tracking(shipment)[:64])
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            row = conn.execute(query.order_by(*(k.desc() for k in _KEYS)).limit(1)).first()
            if row is None:
                raise NotFound("shipment", str(shipment))
            events = conn.execute(
                select(_E.c.time, _E.c.status, _E.c.code, _E.c.description, _E.c.location, _E.c.raw)
                .where(_E.c.shipment_id == row.id).order_by(_E.c.time, _E.c.id)).all()
        known = BY_CODE.get(row.carrier)
        url = known.tracking_url.format(number=quote(row.tracking_no, safe="")) if known and known.tracking_url else ""
        return ShipmentDetail(
            row.id, row.order_no, row.customer_name, row.ship_city, row.carrier, row.tracking_no, row.status,
            row.shipped_at, row.delivered_at, row.last_polled_at, row.next_poll_at, row.last_event_at,
            bool(row.needs_attention), _stuck(self._clock(), row.status, row.shipped_at, row.last_event_at), url,
            tuple(TrackingEventData(_carrier_time(e.time, e.raw), e.status, e.code, e.description, e.location)
                  for e in events))


def _check(flt: ShipmentFilter, limit: int) -> None:
    if not 0 < limit <= 10_000:
        raise InvalidValue("limit", "must be from 1 to 10000")
    unknown = set(flt.statuses) - set(TrackingStatus)
    if unknown:
        raise InvalidValue("status", f"unknown tracking status {sorted(unknown)[0]!r}")
    if len(flt.search) > MAX_SEARCH:
        raise InvalidValue("search", f"at most {MAX_SEARCH} characters")
    if len(flt.carrier) > 32:
        raise InvalidValue("carrier", "at most 32 characters")


def _filtered(query: Select[Any], flt: ShipmentFilter, now: datetime, dialect: str) -> Select[Any]:
    conditions: list[ColumnElement[bool]] = []
    if flt.carrier:
        conditions.append(_S.c.carrier == flt.carrier)
    if flt.statuses:
        conditions.append(_S.c.status.in_(sorted(flt.statuses)))
    if flt.needs_attention:
        conditions.append(_S.c.needs_attention.is_(True))
    if flt.stuck:
        since = func.coalesce(_S.c.last_event_at, _S.c.shipped_at)
        conditions.append(and_(_S.c.status.notin_(_FINAL), since <= literal_bind(_S.c.shipped_at, now - STUCK_AFTER)))
    search = "".join(flt.search.split())
    if search:
        conditions.append(_search_condition(search, dialect))
    return query.where(and_(*conditions)) if conditions else query


def _search_condition(search: str, dialect: str) -> ColumnElement[bool]:
    """Part of a tracking number (kept upper case, without spaces) or of an order number, any case.

    Each is an IN over a scan of its own index (tracking numbers, order numbers): a few hundred bytes
    per row instead of the rows themselves. Aliases keep the subqueries from correlating with the
    outer query's tables.
    """
    by_number, orders = _S.alias("by_number"), _O.alias("by_order")
    number = by_number.c.tracking_no.like(like_pattern(normalise_tracking(search)), escape="\\")
    order_no = orders.c.order_no
    matches = (order_no.like if dialect == "sqlite" else order_no.ilike)(like_pattern(search), escape="\\")
    return or_(_S.c.id.in_(select(by_number.c.id).where(number)),
               _S.c.order_id.in_(select(orders.c.id).where(matches)))


def _newest_events(conn: Connection, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """(text, location) of each shipment's newest event, for a page of shipments in one query."""
    if not ids:
        return {}
    newest: dict[int, tuple[Any, ...]] = {}
    rows = conn.execute(select(_E.c.shipment_id, _E.c.time, _E.c.id, _E.c.description, _E.c.location)
                        .where(_E.c.shipment_id.in_(list(ids))))
    for shipment_id, time, event_id, description, location in rows:
        current = newest.get(shipment_id)
        if current is None or (time, event_id) > current[:2]:
            newest[shipment_id] = (time, event_id, description, location)
    return {shipment_id: (found[2], found[3]) for shipment_id, found in newest.items()}


def _stuck(now: datetime, status: str, shipped_at: datetime, last_event_at: datetime | None) -> bool:
    return status not in _FINAL and is_stuck(now=now, shipped_at=shipped_at, last_event_at=last_event_at)


def _carrier_time(time: datetime, raw: Any) -> datetime:
    """The event's time in the offset the carrier wrote it with (found in the raw event), else as stored."""
    if isinstance(raw, dict):
        for value in raw.values():
            if not isinstance(value, str) or not 16 <= len(value) <= 40:
                continue
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                continue
            if parsed.tzinfo is not None and parsed == time:
                return parsed
    return time
