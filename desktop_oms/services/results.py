"""Plain frozen dataclasses the services return (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from desktop_oms.domain.errors import DomainError
from desktop_oms.domain.intake import RowError
from desktop_oms.domain.packing import PackLine


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
    ship_group: int = 1


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
    kind: str  # status | reservation | release | shipment | tracking | edit | payment | case | refund | note | stock
    user: str
    action: str
    from_status: str | None = None
    to_status: str | None = None
    reason: str = ""
    sku: str = ""
    qty: int = 0
    ref: str = ""  # what the entry is about when not the order itself: the case number
    #: An edit's change, as data ("2" → "3" for a quantity, the old → new values for an address, the
    #: from → to address group for a moved line, catalogue → charged price for an overridden one).
    before: str = ""
    after: str = ""
    ship_group: int = 0  # the address group an edit touched (0: the order as a whole)


@dataclass(frozen=True)
class ShipGroupData:
    """One delivery address of an order and what goes there (group 1's address is the order's ship-to)."""

    ship_group: int
    address: AddressData
    line_nos: tuple[int, ...] = ()
    packed_at: datetime | None = None
    packed_by: str = ""
    shipments: tuple[ShipmentData, ...] = ()
    editable: bool = False  # its address may still change (not packed, order not past packing)

    @property
    def packed(self) -> bool:
        return self.packed_at is not None


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
    cases: tuple[str, ...] = ()  # the order's after-sales case numbers, oldest first
    #: Every delivery address with its lines; one (group 1, the ship-to) unless sent to several.
    ship_groups: tuple[ShipGroupData, ...] = ()
    #: Lines may be added, removed, changed or moved (not yet at a packing station, not packed).
    editable_lines: bool = False
    claimed_by: str = ""  # the packing station that has the order, if any

    @property
    def multi_address(self) -> bool:
        return len(self.ship_groups) > 1

    def lines_of(self, ship_group: int) -> tuple[OrderLineData, ...]:
        return tuple(line for line in self.lines if line.ship_group == ship_group)


@dataclass(frozen=True)
class StockRow:
    sku: str
    name: str
    on_hand: int
    reserved: int
    low_stock_threshold: int
    barcode: str = ""
    category: str = ""  # the path, "Tea > Green tea"
    price: Decimal = Decimal("0.00")
    active: bool = True
    image_path: str = ""

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved

    @property
    def low(self) -> bool:
        return self.available <= self.low_stock_threshold


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


# -- the order queue (keyset pages) ------------------------------------------------------------

PAGE = 200


class QueueSort(StrEnum):
    TIME = "time"
    TOTAL = "total"
    STATUS = "status"


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows; an empty field does not filter."""

    statuses: frozenset[str] = frozenset()
    search: str = ""
    created_from: datetime | None = None  # inclusive
    created_to: datetime | None = None  # exclusive
    payment_methods: frozenset[str] = frozenset()

    def without_statuses(self) -> QueueFilter:
        return QueueFilter(frozenset(), self.search, self.created_from, self.created_to, self.payment_methods)


@dataclass(frozen=True)
class QueueOrder:
    """Which column the queue is sorted by, and which way (the id breaks ties)."""

    sort: QueueSort = QueueSort.TIME
    descending: bool = True


@dataclass(frozen=True)
class QueueRow:
    order_no: str
    created_at: datetime
    customer: str
    lines: int
    items: int
    total: Decimal
    currency: str
    payment_method: str
    payment_status: str
    status: str
    key: tuple[Any, ...]  # the keyset cursor of this row


@dataclass(frozen=True)
class QueueLayout:
    """How many rows the filter gives, and the key of every PAGE-th row (page k starts after anchors[k-1])."""

    total: int
    anchors: tuple[tuple[Any, ...], ...]
    page_size: int = PAGE


# -- batch moves -------------------------------------------------------------------------------

class BatchAction(StrEnum):
    HOLD = "hold"
    RELEASE = "release"
    CANCEL = "cancel"


@dataclass(frozen=True)
class BatchOutcome:
    """What one order of a batch came to: its new status, or the error that refused it."""

    order_no: str
    status: str = ""
    error: DomainError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class ProductData:
    """One product as the product dialog edits it."""

    sku: str
    name: str
    barcode: str
    price: Decimal
    category: str  # the path, "Tea > Green tea"; "" for none
    low_stock_threshold: int
    image_path: str
    active: bool
    weight_g: int | None = None


# --- packing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackOrder:
    """An order claimed at a packing station, with what must go in the parcel."""

    order_no: str
    status: str
    station: str
    customer_name: str
    ship_to: AddressData
    payment_method: str
    total: Decimal
    currency: str
    notes: str
    gift_message: str
    lines: tuple[PackLine, ...]
    resumed: bool = False  # this station had claimed it already (after a crash or restart)
    #: An order sent to several addresses is packed and shipped one parcel (ship group) at a time:
    #: `lines` and `ship_to` are then those of parcel `parcel` of `parcels`; 0 of 1 for a one-address order.
    parcel: int = 0
    parcels: int = 1
    parcel_packed: bool = False  # this parcel is packed already: it waits for its tracking label

    @property
    def units(self) -> int:
        return sum(line.required for line in self.lines)


@dataclass(frozen=True)
class ScanVerdict:
    """What the scan log recorded; for a code not in the order, whether we know the product."""

    result: str
    code: str
    sku: str = ""
    name: str = ""


@dataclass(frozen=True)
class PackedOrder:
    order_no: str
    status: str
    units: int
    scans: int
    parcel: int = 0  # of an order sent to several addresses: the parcel just packed, of `parcels`
    parcels: int = 1


@dataclass(frozen=True)
class ShipResult:
    order_no: str
    status: str
    carrier: str
    tracking_no: str
    units: int
    parcel: int = 0  # of an order sent to several addresses: the parcel just shipped, of `parcels`
    parcels: int = 1
    remaining: int = 0  # parcels of the order still to pack and ship


@dataclass(frozen=True)
class PrintedBatch:
    path: str
    documents: int  # slips (one per parcel) or pick lists
    pages: int
    orders: tuple[str, ...] = field(default=())


# --- shipments -----------------------------------------------------------------------------

#: Rows per page of the shipments list.
SHIPMENT_PAGE = 200


@dataclass(frozen=True)
class ShipmentFilter:
    """What the Shipments tab lists; every field given narrows it (the defaults: every shipment)."""

    carrier: str = ""  # a carrier code (domain/carriers.py)
    statuses: frozenset[str] = frozenset()  # tracking statuses (domain/tracking.py)
    needs_attention: bool = False  # the poller flagged it: failed, held, delayed, returned or stuck
    stuck: bool = False  # not delivered and no event for STUCK_AFTER
    search: str = ""  # a tracking number or order number, or part of one

    def without_statuses(self) -> ShipmentFilter:
        return ShipmentFilter(self.carrier, frozenset(), self.needs_attention, self.stuck, self.search)


@dataclass(frozen=True)
class ShipmentRow:
    """One line of the shipments list, newest shipped first; `key` is the `after` of the next page."""

    id: int
    order_no: str
    carrier: str
    tracking_no: str
    status: str
    shipped_at: datetime
    delivered_at: datetime | None
    last_event_at: datetime | None
    last_event: str  # the newest event's text as the carrier wrote it ("" before the first one)
    last_event_location: str
    needs_attention: bool
    stuck: bool
    key: tuple[Any, ...] = ()


@dataclass(frozen=True)
class ShipmentDetail:
    """A shipment with its order, its schedule and its whole tracking timeline (events oldest first)."""

    id: int
    order_no: str
    customer: str
    ship_city: str
    carrier: str
    tracking_no: str
    status: str
    shipped_at: datetime
    delivered_at: datetime | None
    last_polled_at: datetime | None
    next_poll_at: datetime | None
    last_event_at: datetime | None
    needs_attention: bool
    stuck: bool
    tracking_url: str  # the carrier's public tracking page ("" when it has none)
    events: tuple[TrackingEventData, ...] = ()  # times in the carrier's offset when it gave one
