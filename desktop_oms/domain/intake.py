"""What an order source hands to the import service: validated orders and row errors."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal

from desktop_oms.domain.orders import OrderStatus, PaymentMethod, PaymentStatus


@dataclass(frozen=True)
class Address:
    name: str = ""
    address1: str = ""
    address2: str = ""
    city: str = ""
    province: str = ""
    postcode: str = ""
    country: str = ""
    phone: str = ""


@dataclass(frozen=True)
class IncomingLine:
    sku: str
    qty: int
    unit_price: Decimal
    name: str = ""
    row: int = 0
    ship_group: int = 1


@dataclass(frozen=True)
class IncomingOrder:
    """One order as read from a file or a shop, already checked field by field."""

    order_no: str
    created_at: datetime  # timezone-aware
    customer_name: str
    email: str
    phone: str
    ship_to: Address
    payment_method: PaymentMethod
    status: OrderStatus
    payment_status: PaymentStatus
    lines: tuple[IncomingLine, ...]
    currency: str = "CNY"
    channel: str = "csv"
    external_id: str = ""
    bill_to: Address | None = None
    shipping_total: Decimal = Decimal("0.00")
    discount_total: Decimal = Decimal("0.00")
    tax_total: Decimal = Decimal("0.00")
    total: Decimal | None = None  # None: the sum of the lines + shipping + tax − discount
    refunded_total: Decimal = Decimal("0.00")
    notes: str = ""
    #: True when the goods left before this system knew of the order (history import):
    #: the order is recorded in its status without touching stock.
    history_only: bool = False
    first_row: int = 0
    tags: tuple[str, ...] = ()
    #: The addresses of ship groups 2, 3, … of an order sent to several addresses; group 1 (and
    #: every line of a one-address order) ships to ``ship_to``.
    more_ship_to: tuple[tuple[int, Address], ...] = ()


def ship_groups(order: IncomingOrder) -> tuple[tuple[IncomingLine, ...], dict[int, Address]]:
    """The order's lines with their ship groups numbered 1, 2, … as written, and each group's address.

    A one-address order (all its lines in one group, whatever its number) comes back with every
    line in group 1 and no addresses: it ships to ``ship_to`` like any order. Of several groups,
    each takes its address from ``more_ship_to``; group 1, or a group without one, ships to
    ``ship_to``.
    """
    used = sorted({line.ship_group for line in order.lines})
    if len(used) <= 1:
        if used in ([], [1]):
            return order.lines, {}
        return tuple(replace(line, ship_group=1) for line in order.lines), {}
    more = dict(order.more_ship_to)
    number = {group: n for n, group in enumerate(used, start=1)}
    lines = tuple(line if number[line.ship_group] == line.ship_group else
                  replace(line, ship_group=number[line.ship_group]) for line in order.lines)
    return lines, {number[group]: more.get(group, order.ship_to) for group in used}


@dataclass(frozen=True)
class RowError:
    """A rule broken at a row of an input; `row` counts the header as row 1."""

    row: int
    order_no: str
    field: str
    message: str


@dataclass
class ParsedFile:
    orders: list[IncomingOrder] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def rejected_order_nos(self) -> set[str]:
        return {e.order_no for e in self.errors}


@dataclass(frozen=True)
class IncomingProduct:
    sku: str
    name: str
    barcode: str
    category: str
    price: Decimal
    weight_g: int | None
    stock: int | None
    row: int = 0
