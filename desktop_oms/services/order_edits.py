"""Edit an order before packing: its lines, its delivery addresses, and the stock it holds.

Each function changes one loaded, row-locked order inside the caller's transaction (the order
service checks the permission and the version first, and commits); none of them commits.

Stock follows the edit in the same transaction. An order that holds stock (allocated, or on hold
from allocated) reserves more units when a line grows or is added, and releases them when a line
shrinks or goes, with one ledger row each, like allocation writes. When the extra units are not
available the edit is **refused** (``InsufficientStock``) and nothing changes: the order stays
allocated with the stock it already has, so the warehouse's pick of the units it holds is never
undone behind its back by a desk, and the agent, still on the phone, can offer what is in stock
instead. Orders not yet allocated hold nothing: their lines change freely and allocation later
reserves what they then need.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desktop_oms.db.models import ORDER_SHIP_GROUPS as GROUPS
from desktop_oms.db.models import PRODUCTS, SHIPMENTS, STOCK, Order, OrderLine, utcnow
from desktop_oms.db.models import STOCK_LEDGER as LEDGER
from desktop_oms.domain.errors import ClaimedElsewhere, IllegalMove, InsufficientStock, InvalidValue, NotFound
from desktop_oms.domain.money import line_total, quantize
from desktop_oms.domain.orders import ADDRESS_EDITABLE, HOLDS_RESERVATION, OrderStatus
from desktop_oms.domain.stock import LedgerKind
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services import audit
from desktop_oms.services.allocation import MAIN_WAREHOUSE
from desktop_oms.services.results import AddressData

S = OrderStatus
#: Statuses (or the status an on-hold order was held from) in which lines may change: before a
#: packing station takes the order. A claimed (picking) order is refused, naming the station.
LINES_EDITABLE = frozenset({S.PENDING_PAYMENT, S.ACCEPTED, S.BACKORDERED, S.ALLOCATED})
MAX_QTY = 100_000
ADDRESS_COLUMNS = ("name", "address1", "address2", "city", "province", "postcode", "country", "phone")


@dataclass(frozen=True)
class Edit:
    """The order being edited, in the caller's transaction."""

    session: Session
    order: Order
    actor: Actor

    @property
    def conn(self) -> Connection:
        return self.session.connection()

    @property
    def order_no(self) -> str:
        return self.order.order_no

    def audit(self, action: str, details: dict[str, object], reason: str = "") -> None:
        audit.record(self.conn, self.actor, "order", self.order_no, action, reason=reason, details=details)


def effective_status(order: Order) -> str:
    """The status that decides what may change: for an order on hold, the one it was held from."""
    return order.held_from if order.status == S.ON_HOLD and order.held_from else order.status


def lines_editable(order: Order) -> bool:
    return effective_status(order) in LINES_EDITABLE and not order.claimed_by


def address_editable(order: Order) -> bool:
    return effective_status(order) in ADDRESS_EDITABLE


def packed_groups(conn: Connection, order_id: int) -> set[int]:
    return set(conn.execute(select(GROUPS.c.ship_group).where(GROUPS.c.order_id == order_id,
                                                                GROUPS.c.packed_at.is_not(None))).scalars())


def group_numbers(conn: Connection, order_id: int) -> list[int]:
    return list(conn.execute(select(GROUPS.c.ship_group).where(GROUPS.c.order_id == order_id)
                             .order_by(GROUPS.c.ship_group)).scalars())


def check_lines_editable(edit: Edit, *groups: int) -> None:
    """Refused at a packing station (naming it), once packed or past it, or when a group is packed."""
    order, status = edit.order, effective_status(edit.order)
    if order.claimed_by:
        raise ClaimedElsewhere(order.order_no, order.claimed_by)
    if status not in LINES_EDITABLE:
        raise IllegalMove("order", order.status, "edit-lines", order.order_no)
    if set(groups) & packed_groups(edit.conn, order.id):
        raise IllegalMove("order", S.PACKED, "edit-lines", order.order_no)


def _lines(edit: Edit) -> list[OrderLine]:
    return list(edit.session.scalars(select(OrderLine).where(OrderLine.order_id == edit.order.id)
                                     .order_by(OrderLine.line_no)))


def _line(edit: Edit, line_no: int) -> OrderLine:
    for line in _lines(edit):
        if line.line_no == line_no:
            return line
    raise NotFound("order line", f"{edit.order_no}/{line_no}")


def _checked_qty(qty: int, field: str = "qty") -> int:
    if isinstance(qty, bool) or not isinstance(qty, int) or not 0 < qty <= MAX_QTY:
        raise InvalidValue(field, f"a whole number from 1 to {MAX_QTY}")
    return qty


def _holds_stock(order: Order) -> bool:
    return effective_status(order) in HOLDS_RESERVATION


def recompute_totals(edit: Edit) -> None:
    """Subtotal from the lines; shipping, discount and tax stay as they were."""
    order = edit.order
    edit.session.flush()
    subtotal = quantize(sum((ln.line_total for ln in _lines(edit)), Decimal("0")))
    order.subtotal = subtotal
    order.total = quantize(subtotal + order.shipping_total + order.tax_total - order.discount_total)


# --- stock ------------------------------------------------------------------------------------


def _reserve(edit: Edit, product_id: int, sku: str, qty: int, reason: str) -> None:
    """One guarded UPDATE; zero rows changed means not enough, and the edit is refused."""
    changed = edit.conn.execute(
        update(STOCK).where(and_(STOCK.c.product_id == product_id, STOCK.c.warehouse_id == MAIN_WAREHOUSE,
                                 STOCK.c.on_hand - STOCK.c.reserved >= qty))
        .values(reserved=STOCK.c.reserved + qty))
    if changed.rowcount != 1:
        available = edit.conn.execute(
            select(STOCK.c.on_hand - STOCK.c.reserved).where(STOCK.c.product_id == product_id,
                                                             STOCK.c.warehouse_id == MAIN_WAREHOUSE)).scalar()
        raise InsufficientStock(sku, qty, max(int(available or 0), 0))
    _ledger(edit, product_id, LedgerKind.RESERVATION, qty, reason)


def _release(edit: Edit, product_id: int, qty: int, reason: str) -> None:
    done = edit.conn.execute(
        update(STOCK).where(STOCK.c.product_id == product_id, STOCK.c.warehouse_id == MAIN_WAREHOUSE,
                            STOCK.c.reserved >= qty)
        .values(reserved=STOCK.c.reserved - qty))
    if done.rowcount != 1:
        raise RuntimeError(f"stock of product {product_id} holds less than order {edit.order_no} reserved")
    _ledger(edit, product_id, LedgerKind.RELEASE, qty, reason)


def _ledger(edit: Edit, product_id: int, kind: LedgerKind, qty: int, reason: str) -> None:
    sign = 1 if kind is LedgerKind.RESERVATION else -1
    edit.conn.execute(insert(LEDGER).values(
        product_id=product_id, warehouse_id=MAIN_WAREHOUSE, kind=str(kind), on_hand_delta=0,
        reserved_delta=sign * qty, reason=reason[:500], reference=edit.order_no, user=edit.actor.name,
        created_at=utcnow()))


def _follow_qty(edit: Edit, line: OrderLine, qty: int, reason: str) -> None:
    """Set the line's quantity; an order holding stock reserves or releases the difference."""
    if _holds_stock(edit.order):
        if qty > line.reserved_qty:
            _reserve(edit, line.product_id, line.sku, qty - line.reserved_qty, reason)
        elif qty < line.reserved_qty:
            _release(edit, line.product_id, line.reserved_qty - qty, reason)
        line.reserved_qty = qty
    else:
        line.reserved_qty = min(line.reserved_qty, qty)
    line.qty = qty
    line.line_total = line_total(qty, line.unit_price)


# --- lines ------------------------------------------------------------------------------------


def add_line(edit: Edit, sku: str, qty: int, unit_price: Decimal | None, price_reason: str,
             ship_group: int) -> None:
    """A new line at the catalogue price, or at `unit_price` (OVERRIDE_PRICES, with a reason)."""
    _checked_qty(qty)
    check_lines_editable(edit, ship_group)
    if ship_group != 1 and ship_group not in group_numbers(edit.conn, edit.order.id):
        raise NotFound("ship group", f"{edit.order_no}/{ship_group}")
    key = sku.strip()
    product = edit.conn.execute(select(PRODUCTS.c.id, PRODUCTS.c.sku, PRODUCTS.c.name, PRODUCTS.c.price,
                                       PRODUCTS.c.active).where(PRODUCTS.c.sku == key)).one_or_none()
    if product is None:
        raise NotFound("product", key)
    if not product.active:
        raise InvalidValue("sku", f"{key} is no longer sold (inactive)")
    catalogue = quantize(product.price)
    price = catalogue if unit_price is None else _checked_price(unit_price)
    overridden = price != catalogue
    if overridden:
        edit.actor.require(Permission.OVERRIDE_PRICES)
        if not price_reason.strip():
            raise InvalidValue("price_reason", "say why the price differs from the catalogue")
    lines = _lines(edit)
    line_no = max((ln.line_no for ln in lines), default=0) + 1
    line = OrderLine(order_id=edit.order.id, line_no=line_no, product_id=product.id, sku=product.sku,
                     name=product.name, qty=qty, unit_price=price, line_total=line_total(qty, price),
                     reserved_qty=0, shipped_qty=0, returned_qty=0, ship_group=ship_group)
    edit.session.add(line)
    if _holds_stock(edit.order):
        _reserve(edit, product.id, product.sku, qty, f"order edited: line {line_no} added")
        line.reserved_qty = qty
    recompute_totals(edit)
    details: dict[str, object] = {"line_no": line_no, "sku": product.sku, "qty": qty, "unit_price": str(price),
                                  "ship_group": ship_group}
    if overridden:
        details["catalogue_price"] = str(catalogue)
    edit.audit("edit-line-add", details, reason=price_reason.strip() if overridden else "")


def _checked_price(price: Decimal) -> Decimal:
    if not isinstance(price, Decimal) or not price.is_finite() or price < 0 or price >= Decimal("10000000000"):
        raise InvalidValue("unit_price", "an amount of 0 or more")
    if quantize(price) != price:
        raise InvalidValue("unit_price", "at most two decimal places")
    return quantize(price)


def change_qty(edit: Edit, line_no: int, qty: int) -> None:
    _checked_qty(qty)
    line = _line(edit, line_no)
    check_lines_editable(edit, line.ship_group)
    before = line.qty
    if before == qty:
        return
    _follow_qty(edit, line, qty, f"order edited: line {line_no} qty {before} → {qty}")
    recompute_totals(edit)
    edit.audit("edit-line-qty", {"line_no": line_no, "sku": line.sku, "from": before, "to": qty,
                                 "ship_group": line.ship_group})


def remove_line(edit: Edit, line_no: int) -> None:
    """Remove a line and release what it holds; an order keeps at least one line (cancel it instead)."""
    line = _line(edit, line_no)
    check_lines_editable(edit, line.ship_group)
    if len(_lines(edit)) <= 1:
        raise InvalidValue("lines", "an order keeps at least one line; cancel the order instead")
    if line.reserved_qty:
        _release(edit, line.product_id, line.reserved_qty, f"order edited: line {line_no} removed")
    edit.session.delete(line)
    recompute_totals(edit)
    edit.audit("edit-line-remove", {"line_no": line_no, "sku": line.sku, "qty": line.qty,
                                    "ship_group": line.ship_group})


def move_line(edit: Edit, line_no: int, to_group: int, qty: int | None) -> None:
    """Send a line, or `qty` of its units, to another address of the order.

    Part of a line becomes a line of its own (same SKU and price) in the other group, or joins a
    line there with the same SKU and price; reserved units go with the units, so the stock and the
    ledger do not change (the order holds the same units, only their parcel differs).
    """
    line = _line(edit, line_no)
    moving = line.qty if qty is None else _checked_qty(qty)
    if moving > line.qty:
        raise InvalidValue("qty", f"line {line_no} has only {line.qty}")
    if to_group not in group_numbers(edit.conn, edit.order.id):
        raise NotFound("ship group", f"{edit.order_no}/{to_group}")
    if to_group == line.ship_group:
        raise InvalidValue("ship_group", f"line {line_no} already goes to address {to_group}")
    check_lines_editable(edit, line.ship_group, to_group)
    from_group = line.ship_group
    lines = _lines(edit)
    into = next((ln for ln in lines if ln.ship_group == to_group and ln.sku == line.sku
                 and ln.unit_price == line.unit_price), None)
    reserved = min(moving, line.reserved_qty)
    if into is None and moving == line.qty:
        line.ship_group = to_group
        target_no = line_no
    else:
        if into is None:
            into = OrderLine(order_id=edit.order.id, line_no=max(ln.line_no for ln in lines) + 1,
                             product_id=line.product_id, sku=line.sku, name=line.name, qty=moving,
                             unit_price=line.unit_price, line_total=line_total(moving, line.unit_price),
                             reserved_qty=reserved, shipped_qty=0, returned_qty=0, ship_group=to_group)
            edit.session.add(into)
        else:
            into.qty += moving
            into.reserved_qty += reserved
            into.line_total = line_total(into.qty, into.unit_price)
        target_no = into.line_no
        if moving == line.qty:
            edit.session.delete(line)
        else:
            line.qty -= moving
            line.reserved_qty -= reserved
            line.line_total = line_total(line.qty, line.unit_price)
    recompute_totals(edit)
    edit.audit("edit-line-move", {"line_no": line_no, "sku": line.sku, "qty": moving, "from_group": from_group,
                                  "to_group": to_group, "into_line_no": target_no})


# --- addresses --------------------------------------------------------------------------------


def address_of(order: Order) -> AddressData:
    return AddressData(order.ship_name, order.ship_address1, order.ship_address2, order.ship_city,
                       order.ship_province, order.ship_postcode, order.ship_country, order.ship_phone)


def _group_row(edit: Edit, ship_group: int) -> AddressData | None:
    row = edit.conn.execute(select(GROUPS).where(GROUPS.c.order_id == edit.order.id,
                                                 GROUPS.c.ship_group == ship_group)).one_or_none()
    if row is None:
        return None
    if row.packed_at is not None:
        raise IllegalMove("order", S.PACKED, "edit-address", edit.order_no)
    return AddressData(*(getattr(row, c) for c in ADDRESS_COLUMNS))


def change_address(edit: Edit, ship_group: int, address: AddressData) -> bool:
    """Group 1 is the order's own ship-to (its group row kept the same); False if nothing changed."""
    order = edit.order
    if not address_editable(order):
        raise IllegalMove("order", order.status, "edit-address", order.order_no)
    stored = _group_row(edit, ship_group)
    if stored is None and ship_group != 1:
        raise NotFound("ship group", f"{order.order_no}/{ship_group}")
    before = address_of(order) if ship_group == 1 else stored
    assert before is not None
    if before == address:
        return False
    if ship_group == 1:
        (order.ship_name, order.ship_address1, order.ship_address2, order.ship_city, order.ship_province,
         order.ship_postcode, order.ship_country, order.ship_phone) = (getattr(address, c) for c in ADDRESS_COLUMNS)
    if stored is not None:
        edit.conn.execute(update(GROUPS).where(GROUPS.c.order_id == order.id, GROUPS.c.ship_group == ship_group)
                          .values(**_address_values(address)))
    changed = {f.name: [getattr(before, f.name), getattr(address, f.name)]
               for f in fields(AddressData) if getattr(before, f.name) != getattr(address, f.name)}
    edit.audit("edit-address", {"changed": changed, "ship_group": ship_group}, reason="ship-to changed")
    return True


def _address_values(address: AddressData) -> dict[str, str]:
    return {c: getattr(address, c) for c in ADDRESS_COLUMNS}


def add_group(edit: Edit, address: AddressData) -> int:
    """A further delivery address; the first one makes the order multi-address (rows for group 1 and it)."""
    order = edit.order
    check_lines_editable(edit)
    existing = group_numbers(edit.conn, order.id)
    if not existing:
        edit.conn.execute(insert(GROUPS).values(order_id=order.id, ship_group=1, packed_by="",
                                                **_address_values(address_of(order))))
        existing = [1]
    used = edit.conn.execute(select(func.max(OrderLine.ship_group)).where(OrderLine.order_id == order.id)).scalar()
    number = max(max(existing), int(used or 1)) + 1
    edit.conn.execute(insert(GROUPS).values(order_id=order.id, ship_group=number, packed_by="",
                                            **_address_values(address)))
    edit.audit("edit-group-add", {"ship_group": number, "address": _address_values(address)})
    return number


def remove_group(edit: Edit, ship_group: int) -> None:
    """Remove an empty address (not group 1, the order's own); the last one left makes it single-address."""
    order = edit.order
    check_lines_editable(edit, ship_group)
    if ship_group == 1:
        raise InvalidValue("ship_group", "address 1 is the order's own ship-to and stays")
    existing = group_numbers(edit.conn, order.id)
    if ship_group not in existing:
        raise NotFound("ship group", f"{order.order_no}/{ship_group}")
    if any(ln.ship_group == ship_group for ln in _lines(edit)):
        raise InvalidValue("ship_group", f"address {ship_group} still has lines; move them first")
    if edit.conn.execute(select(func.count()).where(SHIPMENTS.c.order_id == order.id,
                                                    SHIPMENTS.c.ship_group == ship_group)).scalar():
        raise IllegalMove("order", S.SHIPPED, "remove-address", order.order_no)
    gone = [ship_group] + ([1] if set(existing) == {1, ship_group} else [])
    edit.conn.execute(delete(GROUPS).where(GROUPS.c.order_id == order.id, GROUPS.c.ship_group.in_(gone)))
    edit.audit("edit-group-remove", {"ship_group": ship_group})
