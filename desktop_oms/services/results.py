"""Plain frozen dataclasses the services return (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from desktop_oms.domain.intake import RowError


@dataclass(frozen=True)
class ImportReport:
    created: int
    skipped: int
    rejected: int
    errors: tuple[RowError, ...] = ()
    updated: int = 0


@dataclass(frozen=True)
class AllocationReport:
    allocated: tuple[str, ...] = ()
    backordered: tuple[str, ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()  # (order_no, reason)


@dataclass(frozen=True)
class OrderRow:
    order_no: str
    status: str
    created_at: datetime
    customer: str
    total: Decimal
    currency: str
    lines: int
    payment_method: str = ""
    payment_status: str = ""


@dataclass(frozen=True)
class AddressData:
    name: str
    address1: str
    address2: str
    city: str
    province: str
    postcode: str
    country: str
    phone: str = ""


@dataclass(frozen=True)
class OrderLineData:
    line_no: int
    sku: str
    name: str
    qty: int
    unit_price: Decimal
    line_total: Decimal
    reserved: int
    shipped: int = 0
    ship_group: int = 1


@dataclass(frozen=True)
class TrackingEventData:
    time: datetime
    status: str
    code: str
    description: str
    location: str


@dataclass(frozen=True)
class ShipmentData:
    carrier: str
    tracking_no: str
    status: str
    shipped_at: datetime
    events: tuple[TrackingEventData, ...] = ()


@dataclass(frozen=True)
class HistoryEntry:
    time: datetime
    user: str
    action: str
    from_status: str | None
    to_status: str | None
    reason: str


@dataclass(frozen=True)
class PaymentData:
    kind: str  # payment | refund
    method: str
    amount: Decimal
    status: str
    reference: str
    time: datetime
    user: str


@dataclass(frozen=True)
class TimelineEntry:
    """One thing that happened to an order, whatever its source (audit log, stock ledger, tracking)."""

    time: datetime
    kind: str  # status | reservation | release | shipment | tracking | edit | payment
    user: str
    action: str
    from_status: str | None = None
    to_status: str | None = None
    reason: str = ""
    sku: str = ""
    qty: int = 0


@dataclass(frozen=True)
class OrderDetail:
    order_no: str
    status: str
    created_at: datetime
    currency: str
    total: Decimal
    subtotal: Decimal
    shipping_total: Decimal
    discount_total: Decimal
    tax_total: Decimal
    refunded_total: Decimal
    payment_method: str
    payment_status: str
    channel: str
    customer_name: str
    email: str
    phone: str
    ship_to: AddressData
    notes: str
    hold_reason: str
    version: int
    lines: tuple[OrderLineData, ...] = ()
    shipments: tuple[ShipmentData, ...] = ()
    history: tuple[HistoryEntry, ...] = ()
    payments: tuple[PaymentData, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    gift_message: str = ""
    editable_address: bool = False


@dataclass(frozen=True)
class StockRow:
    sku: str
    name: str
    on_hand: int
    reserved: int
    low_stock_threshold: int

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved


@dataclass(frozen=True)
class LedgerRow:
    time: datetime
    kind: str
    on_hand_delta: int
    reserved_delta: int
    reason: str
    reference: str
    user: str


@dataclass(frozen=True)
class StockChange:
    sku: str
    on_hand: int
    reserved: int
    allocated: AllocationReport = field(default_factory=AllocationReport)

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved


@dataclass(frozen=True)
class LedgerMismatch:
    sku: str
    warehouse: str
    on_hand: int
    reserved: int
    ledger_on_hand: int
    ledger_reserved: int
