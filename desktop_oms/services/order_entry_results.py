"""What the new-order dialog sends to the order entry service and gets back: plain frozen dataclasses.

Kept apart from the service (no SQL here), so the views can import them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from desktop_oms.domain.intake import Address
from desktop_oms.domain.orders import PaymentMethod, PaymentStatus


@dataclass(frozen=True)
class OrderDraft:
    """What a new-order dialog holds from its opening: the number the order will get and its key."""

    order_no: str
    key: str


@dataclass(frozen=True)
class CustomerMatch:
    id: int
    name: str
    email: str
    phone: str


@dataclass(frozen=True)
class DuplicateCustomer:
    """An existing customer with the same phone or e-mail as a new one (`field` says which)."""

    field: str  # "phone" | "email"
    customer: CustomerMatch


@dataclass(frozen=True)
class ProductMatch:
    sku: str
    name: str
    barcode: str
    price: Decimal
    on_hand: int
    reserved: int
    matched: str = "name"  # "barcode" | "sku" (the whole code) | "name" (part of SKU, name or barcode)

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved


@dataclass(frozen=True)
class EntryLine:
    sku: str
    qty: int
    #: None: the catalogue price. Another price needs the override_prices permission and a reason.
    unit_price: Decimal | None = None
    price_reason: str = ""
    ship_group: int = 1


@dataclass(frozen=True)
class NewOrder:
    draft: OrderDraft
    ship_to: Address
    lines: tuple[EntryLine, ...]
    payment_method: PaymentMethod
    payment_status: PaymentStatus
    #: An existing customer (its name, e-mail and phone go on the order), or None for a new one.
    customer_id: int | None = None
    customer_name: str = ""
    email: str = ""
    phone: str = ""
    #: The addresses of ship groups 2, 3, … (group 1 ships to `ship_to`).
    more_ship_to: tuple[tuple[int, Address], ...] = ()
    notes: str = ""
    allocate: bool = False
    #: Keep the ship-to addresses in the customer's address book (once each).
    remember_addresses: bool = True


@dataclass(frozen=True)
class CreatedOrder:
    order_no: str
    created: bool  # False: this draft was saved before; nothing new was made
    status: str
    total: Decimal
    allocation: str = ""  # "allocated" | "backordered" | "skipped: <why>" | "" (not asked)
    price_overrides: tuple[str, ...] = field(default=())  # the SKUs charged at another price
