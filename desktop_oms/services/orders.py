"""Order use cases: list, show, cancel, hold and release, and edits before packing (lines, addresses)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop_oms.db.models import ORDER_LINES as LINES
from desktop_oms.db.models import ORDER_SHIP_GROUPS as GROUPS
from desktop_oms.db.models import (
    ORDERS,
    PRODUCTS,
    STOCK_LEDGER,
    AuditEntry,
    Order,
    OrderLine,
    Payment,
    Shipment,
    TrackingEvent,
    utcnow,
)
from desktop_oms.db.uow import UnitOfWork, UnitOfWorkFactory, retrying
from desktop_oms.domain.errors import DomainError, IllegalMove, InvalidValue, NotFound, StaleEdit
from desktop_oms.domain.orders import HOLDS_RESERVATION, OrderStatus, check_move
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services import audit
from desktop_oms.services import order_edits as edits
from desktop_oms.services.allocation import release_order
from desktop_oms.services.case_detail import case_events, order_cases
from desktop_oms.services.queue import search_condition
from desktop_oms.services.results import (
    AddressData,
    BatchAction,
    BatchOutcome,
    HistoryEntry,
    OrderDetail,
    OrderLineData,
    OrderRow,
    PaymentData,
    ShipGroupData,
    ShipmentData,
    TimelineEntry,
    TrackingEventData,
)

MAX_LIMIT = 10_000
MAX_BATCH = 10_000


class OrderService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def list_orders(
        self, *, actor: Actor, status: str | None = None, search: str = "", limit: int = 50
    ) -> list[OrderRow]:
        """Newest first."""
        actor.require(Permission.VIEW_ORDERS)
        if status is not None and status not in set(OrderStatus):
            raise InvalidValue("status", f"unknown status {status!r}; one of {', '.join(OrderStatus)}")
        if not 0 < limit <= MAX_LIMIT:
            raise InvalidValue("limit", f"must be from 1 to {MAX_LIMIT}")
        line_count = select(func.count()).where(LINES.c.order_id == ORDERS.c.id).scalar_subquery()
        query = select(ORDERS, line_count.label("line_count")).order_by(ORDERS.c.created_at.desc(), ORDERS.c.id.desc())
        if status:
            query = query.where(ORDERS.c.status == status)
        with self._uow(read_only=True) as tx:
            if search.strip():  # the queue's search: the trigram index, not a scan of every order
                query = query.where(search_condition(" ".join(search.split())[:100], tx.connection.dialect.name))
            return [
                OrderRow(r.order_no, r.status, r.created_at, r.customer_name, r.total, r.currency, r.line_count,
                         r.payment_method, r.payment_status)
                for r in tx.connection.execute(query.limit(limit))
            ]

    def get_order(self, order_no: str, *, actor: Actor) -> OrderDetail:
        actor.require(Permission.VIEW_ORDERS)
        with self._uow(read_only=True) as tx:
            return _detail(tx.session, _load(tx.session, order_no))

    def cancel(self, order_no: str, *, actor: Actor, reason: str = "") -> OrderDetail:
        """Cancel and release what the order holds; refused once shipped or already cancelled."""
        actor.require(Permission.CANCEL_ORDERS)
        with self._uow() as tx:
            order = _load(tx.session, order_no)
            current = OrderStatus(order.status)
            check_move(current, OrderStatus.CANCELLED, order_no)
            holding = current in HOLDS_RESERVATION or (
                current is OrderStatus.ON_HOLD and order.held_from in HOLDS_RESERVATION)
            if holding:
                release_order(tx.connection, order.id, order_no, actor, reason or "order cancelled")
            order.status, order.held_from = OrderStatus.CANCELLED, None
            audit.record(tx.connection, actor, "order", order_no, "cancel", from_status=current,
                         to_status=OrderStatus.CANCELLED, reason=reason)
            return self._save(tx, order)

    def hold(self, order_no: str, reason: str, *, actor: Actor) -> OrderDetail:
        actor.require(Permission.HOLD_ORDERS)
        if not reason.strip():
            raise InvalidValue("reason", "a hold needs a reason")
        with self._uow() as tx:
            order = _load(tx.session, order_no)
            current = OrderStatus(order.status)
            check_move(current, OrderStatus.ON_HOLD, order_no)
            order.status, order.held_from, order.hold_reason = OrderStatus.ON_HOLD, current, reason.strip()
            audit.record(tx.connection, actor, "order", order_no, "hold", from_status=current,
                         to_status=OrderStatus.ON_HOLD, reason=reason.strip())
            return self._save(tx, order)

    def release(self, order_no: str, *, actor: Actor) -> OrderDetail:
        """Back to the status the order was held from."""
        actor.require(Permission.HOLD_ORDERS)
        with self._uow() as tx:
            order = _load(tx.session, order_no)
            if order.status != OrderStatus.ON_HOLD or not order.held_from:
                raise IllegalMove("order", order.status, "released", order_no)
            target = OrderStatus(order.held_from)
            check_move(OrderStatus.ON_HOLD, target, order_no)
            order.status, order.held_from, order.hold_reason = target, None, ""
            audit.record(tx.connection, actor, "order", order_no, "release", from_status=OrderStatus.ON_HOLD,
                         to_status=target)
            return self._save(tx, order)

    # --- edits before packing: each takes the version the desk read, one transaction each -------

    def update_ship_to(self, order_no: str, address: AddressData, *, expected_version: int, actor: Actor,
                       ship_group: int = 1) -> OrderDetail:
        """Change where an order (or one of its address groups) goes, until it is packed; refused if
        another desk changed the order meanwhile. Group 1 is the order's own ship-to."""
        checked = _checked_address(address)
        return self._edit(order_no, expected_version, actor,
                          lambda edit: edits.change_address(edit, ship_group, checked))

    def add_line(self, order_no: str, sku: str, qty: int, *, expected_version: int, actor: Actor,
                 unit_price: Decimal | None = None, price_reason: str = "", ship_group: int = 1) -> OrderDetail:
        """A line at the catalogue price; another price needs OVERRIDE_PRICES and a reason.

        An allocated order reserves the units at once, or the edit is refused when they are not
        in stock (see `order_edits`): the order keeps what it holds.
        """
        return self._edit(order_no, expected_version, actor, lambda edit: edits.add_line(
            edit, sku, qty, unit_price, price_reason, ship_group))

    def change_line_qty(self, order_no: str, line_no: int, qty: int, *, expected_version: int,
                        actor: Actor) -> OrderDetail:
        """More units reserve more (refused if short) on an allocated order, fewer release the rest."""
        return self._edit(order_no, expected_version, actor, lambda edit: edits.change_qty(edit, line_no, qty))

    def remove_line(self, order_no: str, line_no: int, *, expected_version: int, actor: Actor) -> OrderDetail:
        """Its reserved units go back to stock; the last line is never removed (cancel the order)."""
        return self._edit(order_no, expected_version, actor, lambda edit: edits.remove_line(edit, line_no))

    def add_ship_group(self, order_no: str, address: AddressData, *, expected_version: int,
                       actor: Actor) -> OrderDetail:
        """Another delivery address (the order becomes multi-address); move lines to it next."""
        checked = _checked_address(address)
        return self._edit(order_no, expected_version, actor, lambda edit: edits.add_group(edit, checked))

    def move_line(self, order_no: str, line_no: int, ship_group: int, *, expected_version: int, actor: Actor,
                  qty: int | None = None) -> OrderDetail:
        """Send a line, or `qty` of its units (the line splits), to another address of the order."""
        return self._edit(order_no, expected_version, actor,
                          lambda edit: edits.move_line(edit, line_no, ship_group, qty))

    def remove_ship_group(self, order_no: str, ship_group: int, *, expected_version: int,
                          actor: Actor) -> OrderDetail:
        """An address with no lines left; with one address left the order is single-address again."""
        return self._edit(order_no, expected_version, actor, lambda edit: edits.remove_group(edit, ship_group))

    def _edit(self, order_no: str, expected_version: int, actor: Actor,
              change: Callable[[edits.Edit], Any]) -> OrderDetail:
        """Lock the order, check the desk's version, change, audit, bump the version, commit.

        The version is compared after the row lock, so a desk's stale copy is refused before
        anything is written (StaleEdit, "changed at another desk"); a change that returns False
        changed nothing and saves nothing.
        """
        actor.require(Permission.EDIT_ORDERS)

        def attempt() -> OrderDetail:
            with self._uow() as tx:
                order = _load(tx.session, order_no, lock=True)
                if order.version != expected_version:
                    raise StaleEdit("order", order_no)
                if change(edits.Edit(tx.session, order, actor)) is False:
                    return _detail(tx.session, order)
                order.updated_at = utcnow()  # the order row changes, so its version moves on
                return self._save(tx, order)

        return retrying(attempt)

    def batch(self, action: BatchAction, order_nos: Sequence[str], *, actor: Actor, reason: str = "",
              progress: Callable[[int, int], None] | None = None) -> tuple[BatchOutcome, ...]:
        """The same move for many orders, each its own transaction; one refusal never stops the rest."""
        if len(order_nos) > MAX_BATCH:
            raise InvalidValue("orders", f"at most {MAX_BATCH} orders at once")
        permission = Permission.CANCEL_ORDERS if action is BatchAction.CANCEL else Permission.HOLD_ORDERS
        actor.require(permission)
        if action is BatchAction.HOLD and not reason.strip():
            raise InvalidValue("reason", "a hold needs a reason")
        outcomes = []
        for done, order_no in enumerate(order_nos, start=1):
            try:
                if action is BatchAction.HOLD:
                    detail = self.hold(order_no, reason, actor=actor)
                elif action is BatchAction.RELEASE:
                    detail = self.release(order_no, actor=actor)
                else:
                    detail = self.cancel(order_no, actor=actor, reason=reason)
                outcomes.append(BatchOutcome(order_no, detail.status))
            except DomainError as error:
                outcomes.append(BatchOutcome(order_no, error=error))
            if progress is not None:
                progress(done, len(order_nos))
        return tuple(outcomes)

    def _save(self, tx: UnitOfWork, order: Order) -> OrderDetail:
        try:
            tx.session.flush()
            detail = _detail(tx.session, order)
            tx.commit()
        except StaleDataError:
            raise StaleEdit("order", order.order_no) from None
        return detail


def _load(session: Session, order_no: str, *, lock: bool = False) -> Order:
    query = select(Order).where(Order.order_no == order_no)
    order = session.scalars(query.with_for_update() if lock else query).one_or_none()
    if order is None:
        raise NotFound("order", order_no)
    return order


#: The longest value each ship-to field takes (the columns' sizes).
_ADDRESS_LIMITS = {"name": 255, "address1": 255, "address2": 255, "city": 120, "province": 120,
                   "postcode": 32, "country": 2, "phone": 64}
_ADDRESS_REQUIRED = ("name", "address1", "city", "country")


def _checked_address(address: AddressData) -> AddressData:
    values = {f: " ".join(str(getattr(address, f)).split()) for f in _ADDRESS_LIMITS}
    values["country"] = values["country"].upper()
    for name in _ADDRESS_REQUIRED:
        if not values[name]:
            raise InvalidValue(f"ship_{name}", "is required")
    for name, limit in _ADDRESS_LIMITS.items():
        if len(values[name]) > limit:
            raise InvalidValue(f"ship_{name}", f"at most {limit} characters")
    if not (len(values["country"]) == 2 and values["country"].isascii() and values["country"].isalpha()):
        raise InvalidValue("ship_country", "a two-letter country code such as CN, US or DE")
    return AddressData(**values)


def _detail(session: Session, order: Order) -> OrderDetail:
    lines = list(session.scalars(
        select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.line_no)))
    history = list(session.scalars(
        select(AuditEntry).where(AuditEntry.entity == "order", AuditEntry.entity_ref == order.order_no)
        .order_by(AuditEntry.id)))
    payments = tuple(PaymentData(p.kind, p.method, p.amount, p.status, p.reference, p.created_at, p.user)
                     for p in session.scalars(select(Payment).where(Payment.order_id == order.id).order_by(Payment.id)))
    shipments = _shipments(session, order.id)
    cases = order_cases(session.connection(), order.id)
    return OrderDetail(
        order_no=order.order_no, status=order.status, created_at=order.created_at, currency=order.currency,
        total=order.total, subtotal=order.subtotal, shipping_total=order.shipping_total,
        discount_total=order.discount_total, tax_total=order.tax_total, refunded_total=order.refunded_total,
        payment_method=order.payment_method, payment_status=order.payment_status, channel=order.channel,
        customer_name=order.customer_name, email=order.email, phone=order.phone,
        ship_to=edits.address_of(order),
        notes=order.notes, hold_reason=order.hold_reason, version=order.version,
        lines=tuple(OrderLineData(ln.line_no, ln.sku, ln.name, ln.qty, ln.unit_price, ln.line_total,
                                  ln.reserved_qty, ln.shipped_qty, ln.ship_group) for ln in lines),
        shipments=shipments,
        history=tuple(HistoryEntry(h.time, h.user, h.action, h.from_status, h.to_status, h.reason) for h in history),
        payments=payments,
        timeline=_timeline(session, order.order_no, history, payments, shipments, cases),
        gift_message=order.gift_message,
        editable_address=edits.address_editable(order),
        cases=tuple(cases.values()),
        ship_groups=_ship_groups(session, order, lines, shipments),
        editable_lines=edits.lines_editable(order),
        claimed_by=order.claimed_by or "",
    )


def _ship_groups(session: Session, order: Order, lines: list[OrderLine],
                 shipments: tuple[ShipmentData, ...]) -> tuple[ShipGroupData, ...]:
    """Every address group with its lines; an order with no group rows is group 1 at its ship-to."""
    rows = {r.ship_group: r for r in session.execute(select(GROUPS).where(GROUPS.c.order_id == order.id))}
    numbers = sorted(set(rows) | {ln.ship_group for ln in lines} | {1})
    editable = edits.address_editable(order)
    groups = []
    for number in numbers:
        row = rows.get(number)
        address = edits.address_of(order) if row is None or number == 1 else AddressData(
            *(getattr(row, c) for c in edits.ADDRESS_COLUMNS))
        packed_at = row.packed_at if row is not None else None
        groups.append(ShipGroupData(
            number, address, tuple(ln.line_no for ln in lines if ln.ship_group == number), packed_at,
            row.packed_by if row is not None else "", tuple(s for s in shipments if s.ship_group == number),
            editable and packed_at is None))
    return tuple(groups)


def _timeline(session: Session, order_no: str, history: list[AuditEntry], payments: tuple[PaymentData, ...],
              shipments: tuple[ShipmentData, ...], cases: dict[int, str]) -> tuple[TimelineEntry, ...]:
    """Everything that happened to the order, oldest first: status moves, edits, stock, payments, parcels,
    and its after-sales cases (kind "case": opened, each move and action, refunds asked for and decided)."""
    entries = [_edit_entry(h) if h.action.startswith("edit") else
               TimelineEntry(h.time, "status", h.user, h.action, h.from_status, h.to_status, h.reason)
               for h in history]
    ledger = session.execute(
        select(STOCK_LEDGER.c.created_at, STOCK_LEDGER.c.kind, STOCK_LEDGER.c.reserved_delta,
               STOCK_LEDGER.c.on_hand_delta, STOCK_LEDGER.c.user, STOCK_LEDGER.c.reason, PRODUCTS.c.sku)
        .join(PRODUCTS, PRODUCTS.c.id == STOCK_LEDGER.c.product_id)
        .where(STOCK_LEDGER.c.reference == order_no).order_by(STOCK_LEDGER.c.id))
    for row in ledger:
        qty = abs(row.reserved_delta or row.on_hand_delta)
        entries.append(TimelineEntry(row.created_at, "stock", row.user, row.kind, reason=row.reason,
                                     sku=row.sku, qty=qty))
    entries += [TimelineEntry(p.time, "payment", p.user, p.kind, to_status=p.status,
                              reason=f"{p.method} {p.amount}") for p in payments]
    for shipment in shipments:
        entries.append(TimelineEntry(shipment.shipped_at, "shipment", "", "ship",
                                     reason=f"{shipment.carrier} {shipment.tracking_no}"))
        entries += [TimelineEntry(e.time, "tracking", shipment.carrier, e.status, to_status=e.status,
                                  reason=" · ".join(x for x in (e.description, e.location) if x))
                    for e in shipment.events]
    entries += [replace(e, kind="case") for e in case_events(session.connection(), cases)]
    entries.sort(key=lambda e: e.time)
    return tuple(entries)


def _edit_entry(h: AuditEntry) -> TimelineEntry:
    """An edit on the timeline: what changed as data (the view says it in words)."""
    d: dict[str, Any] = h.details if isinstance(h.details, dict) else {}
    entry = TimelineEntry(h.time, "edit", h.user, h.action, reason=h.reason, sku=str(d.get("sku", "")),
                          qty=int(d.get("qty", 0) or 0), ship_group=int(d.get("ship_group", 0) or 0))
    if h.action == "edit-line-qty":
        return replace(entry, before=str(d.get("from", "")), after=str(d.get("to", "")))
    if h.action == "edit-line-add":
        return replace(entry, before=str(d.get("catalogue_price", "")), after=str(d.get("unit_price", "")))
    if h.action == "edit-line-move":
        return replace(entry, before=str(d.get("from_group", "")), after=str(d.get("to_group", "")))
    if h.action == "edit-address":
        changed = d.get("changed") if isinstance(d.get("changed"), dict) else {}
        assert isinstance(changed, dict)
        pairs = [v for v in changed.values() if isinstance(v, list) and len(v) == 2]
        return replace(entry, ship_group=entry.ship_group or 1, reason="",
                       before=" · ".join(str(old) or "–" for old, _ in pairs),
                       after=" · ".join(str(new) or "–" for _, new in pairs))
    if h.action == "edit-group-add":
        address = d.get("address") if isinstance(d.get("address"), dict) else {}
        assert isinstance(address, dict)
        return replace(entry, after=", ".join(str(address.get(k, "")) for k in ("name", "address1", "city")
                                              if address.get(k)))
    return entry


def _shipments(session: Session, order_id: int) -> tuple[ShipmentData, ...]:
    result = []
    for shipment in session.scalars(select(Shipment).where(Shipment.order_id == order_id).order_by(Shipment.id)):
        events = session.scalars(
            select(TrackingEvent).where(TrackingEvent.shipment_id == shipment.id).order_by(TrackingEvent.time))
        result.append(ShipmentData(
            shipment.carrier, shipment.tracking_no, shipment.status, shipment.shipped_at,
            tuple(TrackingEventData(e.time, e.status, e.code, e.description, e.location) for e in events),
            shipment.ship_group))
    return tuple(result)

