"""SQLAlchemy 2 typed models for the whole product (same schema on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC on both databases (SQLite stores no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


Money = Numeric(14, 2, asdecimal=True)
Id = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Category(Base):
    __tablename__ = "categories"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True)
    __table_args__ = (UniqueConstraint("parent_id", "name", name="parent_name"),)


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    barcode: Mapped[str | None] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(255))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True)
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    price: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    weight_g: Mapped[int | None] = mapped_column(Integer)
    image_path: Mapped[str | None] = mapped_column(String(500))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    low_stock_threshold: Mapped[int] = mapped_column(Integer, default=5)
    created_by_import: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Warehouse(Base):
    __tablename__ = "warehouses"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))


class Stock(Base):
    """Current stock of one product in one warehouse; always equal to the ledger's sum."""

    __tablename__ = "stock"
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), primary_key=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouses.id"), primary_key=True)
    on_hand: Mapped[int] = mapped_column(Integer, default=0)
    reserved: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        CheckConstraint("reserved >= 0", name="reserved_not_negative"),
        CheckConstraint("reserved <= on_hand", name="reserved_within_on_hand"),
    )


class StockLedger(Base):
    """Append-only: every change of stock is one row."""

    __tablename__ = "stock_ledger"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouses.id"))
    kind: Mapped[str] = mapped_column(String(20))
    on_hand_delta: Mapped[int] = mapped_column(Integer, default=0)
    reserved_delta: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(String(500), default="")
    reference: Mapped[str] = mapped_column(String(64), default="")
    user: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    __table_args__ = (
        Index("ix_stock_ledger_product", "product_id", "id"),
        Index("ix_stock_ledger_reference", "reference", "id"),
    )


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    email: Mapped[str] = mapped_column(String(255), default="", index=True)
    phone: Mapped[str] = mapped_column(String(64), default="", index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CustomerAddress(Base):
    __tablename__ = "customer_addresses"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    name: Mapped[str] = mapped_column(String(255), default="")
    address1: Mapped[str] = mapped_column(String(255), default="")
    address2: Mapped[str] = mapped_column(String(255), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    province: Mapped[str] = mapped_column(String(120), default="")
    postcode: Mapped[str] = mapped_column(String(32), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    order_no: Mapped[str] = mapped_column(String(64), unique=True)
    channel: Mapped[str] = mapped_column(String(32), default="manual")
    external_id: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(20))
    held_from: Mapped[str | None] = mapped_column(String(20))
    hold_reason: Mapped[str] = mapped_column(String(500), default="")
    payment_method: Mapped[str] = mapped_column(String(20))
    payment_status: Mapped[str] = mapped_column(String(20))
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    subtotal: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    shipping_total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    discount_total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    tax_total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    refunded_total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    customer_name: Mapped[str] = mapped_column(String(255), default="")
    email: Mapped[str] = mapped_column(String(255), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    ship_name: Mapped[str] = mapped_column(String(255), default="")
    ship_address1: Mapped[str] = mapped_column(String(255), default="")
    ship_address2: Mapped[str] = mapped_column(String(255), default="")
    ship_city: Mapped[str] = mapped_column(String(120), default="")
    ship_province: Mapped[str] = mapped_column(String(120), default="")
    ship_postcode: Mapped[str] = mapped_column(String(32), default="")
    ship_country: Mapped[str] = mapped_column(String(2), default="")
    ship_phone: Mapped[str] = mapped_column(String(64), default="")
    bill_to: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    notes: Mapped[str] = mapped_column(Text, default="")
    gift_message: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(String(255), default="")
    history_only: Mapped[bool] = mapped_column(Boolean, default=False)
    claimed_by: Mapped[str | None] = mapped_column(String(120))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_orders_created", "created_at", "id"),
        Index("ix_orders_status_created", "status", "created_at", "id"),
        Index("ix_orders_total", "total", "id"),
        Index("ix_orders_payment_created", "payment_method", "created_at", "id"),
        Index("ix_orders_claimed_by", "claimed_by"),
    )


class OrderLine(Base):
    __tablename__ = "order_lines"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(255), default="")
    qty: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    line_total: Mapped[Decimal] = mapped_column(Money)
    reserved_qty: Mapped[int] = mapped_column(Integer, default=0)
    shipped_qty: Mapped[int] = mapped_column(Integer, default=0)
    returned_qty: Mapped[int] = mapped_column(Integer, default=0)
    ship_group: Mapped[int] = mapped_column(Integer, default=1)
    __table_args__ = (
        UniqueConstraint("order_id", "line_no", name="order_line_no"),
        CheckConstraint("qty > 0", name="qty_positive"),
        CheckConstraint("reserved_qty >= 0 AND reserved_qty <= qty", name="reserved_within_qty"),
    )


class OrderShipGroup(Base):
    """One parcel group of an order sent to several addresses (migration 0010).

    Only multi-address orders have rows: one per ship group, group 1's address being the order's
    own ``ship_*``. A group is packed as one parcel (``packed_at``) and shipped as one shipment.
    """

    __tablename__ = "order_ship_groups"
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True)
    ship_group: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255), default="")
    address1: Mapped[str] = mapped_column(String(255), default="")
    address2: Mapped[str] = mapped_column(String(255), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    province: Mapped[str] = mapped_column(String(120), default="")
    postcode: Mapped[str] = mapped_column(String(32), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    packed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    packed_by: Mapped[str] = mapped_column(String(120), default="")


class Payment(Base):
    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="payment")  # payment | refund
    method: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal] = mapped_column(Money)
    status: Mapped[str] = mapped_column(String(20), default="completed")
    reference: Mapped[str] = mapped_column(String(120), default="")
    bank_details: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(120), default="")


class Shipment(Base):
    __tablename__ = "shipments"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    ship_group: Mapped[int] = mapped_column(Integer, default=1)
    carrier: Mapped[str] = mapped_column(String(32))
    tracking_no: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(24), default="pending")
    shipped_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_polled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_poll_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    last_event_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    needs_attention: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Polls of this shipment that failed in a row (not found, an error): the next try backs off.
    poll_failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    __table_args__ = (
        UniqueConstraint("carrier", "tracking_no", name="carrier_tracking"),
        # The Shipments tab: keyset pages newest shipped first, per status (chips, counts) and per carrier.
        Index("ix_shipments_shipped", "shipped_at", "id"),
        Index("ix_shipments_status_shipped", "status", "shipped_at", "id"),
        Index("ix_shipments_carrier_shipped", "carrier", "shipped_at", "id"),
    )


class ShipmentLine(Base):
    __tablename__ = "shipment_lines"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id", ondelete="CASCADE"), index=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"))
    qty: Mapped[int] = mapped_column(Integer)


class TrackingEvent(Base):
    __tablename__ = "tracking_events"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id", ondelete="CASCADE"))
    time: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(24))
    code: Mapped[str] = mapped_column(String(64), default="")
    description: Mapped[str] = mapped_column(String(500), default="")
    location: Mapped[str] = mapped_column(String(255), default="")
    raw: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    __table_args__ = (
        UniqueConstraint("shipment_id", "time", "code", "description", name="event_once"),
        Index("ix_tracking_events_shipment", "shipment_id", "time"),
    )


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    case_no: Mapped[str] = mapped_column(String(32), unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    type: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(String(24))
    note: Mapped[str] = mapped_column(Text, default="")
    resolution: Mapped[str] = mapped_column(Text, default="")
    refund_amount: Mapped[Decimal | None] = mapped_column(Money)
    owner: Mapped[str] = mapped_column(String(120), default="")
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    sla_due: Mapped[datetime | None] = mapped_column(UTCDateTime)
    replacement_order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    #: Complaints: product | delivery | service | billing | other (domain/cases.py ComplaintCategory).
    category: Mapped[str] = mapped_column(String(24), default="", server_default="")
    opened_by: Mapped[str] = mapped_column(String(120), default="", server_default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # The case queue: by status and SLA (overdue first), per owner ("mine") and per type.
        Index("ix_cases_status_sla", "status", "sla_due", "id"),
        Index("ix_cases_owner_status", "owner", "status", "sla_due"),
        Index("ix_cases_type_status", "type", "status", "sla_due"),
    )


class CaseLine(Base):
    __tablename__ = "case_lines"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"))
    qty: Mapped[int] = mapped_column(Integer)
    restocked_qty: Mapped[int] = mapped_column(Integer, default=0)
    written_off_qty: Mapped[int] = mapped_column(Integer, default=0)
    #: Units that came back at the bench (goods in); inspection then restocks or writes each off.
    received_qty: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    write_off_reason: Mapped[str] = mapped_column(String(200), default="", server_default="")
    __table_args__ = (CheckConstraint("qty > 0", name="qty_positive"),)


class CaseNote(Base):
    """A note on a case: internal, a reply sent to the customer, or what the customer said."""

    __tablename__ = "case_notes"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    time: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(120), default="")
    kind: Mapped[str] = mapped_column(String(16), default="note")  # note | reply | customer
    body: Mapped[str] = mapped_column(Text)


class CaseAttachment(Base):
    """A photo (or other file) on a case, kept in the database so every station sees it."""

    __tablename__ = "case_attachments"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    time: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(120), default="")
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Refund(Base):
    """Money going back for a case: recorded at once, or waiting for a second person's approval."""

    __tablename__ = "refunds"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    method: Mapped[str] = mapped_column(String(20))
    #: Cash on delivery: the customer's bank account the money goes to.
    bank_details: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20))  # pending_approval | recorded | rejected
    requested_by: Mapped[str] = mapped_column(String(120))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by: Mapped[str] = mapped_column(String(120), default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(String(500), default="")
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"))
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        Index("ix_refunds_status", "status", "id"),
    )


class KbArticle(Base):
    __tablename__ = "kb_articles"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    title: Mapped[str] = mapped_column(String(255))
    body: Mapped[str] = mapped_column(Text)
    tags: Mapped[str] = mapped_column(String(255), default="")
    lang: Mapped[str] = mapped_column(String(8), default="en")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    #: Suggested for these case types and reasons (comma-separated codes; empty: any).
    case_types: Mapped[str] = mapped_column(String(120), default="", server_default="")
    reasons: Mapped[str] = mapped_column(String(200), default="", server_default="")
    updated_by: Mapped[str] = mapped_column(String(120), default="", server_default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_kb_articles_lang", "lang", "title"),)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255), default="")
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditEntry(Base):
    """Who changed what, when, from which status to which, and why."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    time: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(120))
    entity: Mapped[str] = mapped_column(String(24))  # order | case | shipment | stock | user | ...
    entity_ref: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str | None] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(String(500), default="")
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_ref", "id"),)


class OutboxMessage(Base):
    """An e-mail waiting to go out (pending → sending → sent, or failed after the last attempt)."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(32))
    recipient: Mapped[str] = mapped_column(String(255))
    subject: Mapped[str] = mapped_column(String(255))
    body: Mapped[str] = mapped_column(Text)
    reference: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str] = mapped_column(String(500), default="")
    #: One message per cause, kept by the database: e.g. "shipment:42:delivered".
    dedupe_key: Mapped[str | None] = mapped_column(String(120), unique=True)
    #: pending: not before this; sending: the claim's lease (another sender takes the row back after it).
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    __table_args__ = (Index("ix_outbox_status", "status", "id"),)


class ScanEvent(Base):
    __tablename__ = "scan_log"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    time: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    station: Mapped[str] = mapped_column(String(64))
    user: Mapped[str] = mapped_column(String(120))
    order_no: Mapped[str] = mapped_column(String(64), default="")
    code: Mapped[str] = mapped_column(String(128))
    result: Mapped[str] = mapped_column(String(24))
    __table_args__ = (Index("ix_scan_log_order", "order_no", "id"), Index("ix_scan_log_time", "time"))


class CarrierState(Base):
    """What every process polling a carrier must respect: its Retry-After, quota, rate and breaker."""

    __tablename__ = "carrier_state"
    carrier: Mapped[str] = mapped_column(String(32), primary_key=True)
    retry_after_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    quota_day: Mapped[str] = mapped_column(String(10), default="")  # YYYY-MM-DD (UTC) the count is for
    quota_used: Mapped[int] = mapped_column(Integer, default=0)
    next_slot_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # the rate limit's next free request
    breaker_state: Mapped[str] = mapped_column(String(16), default="closed")
    breaker_failures: Mapped[int] = mapped_column(Integer, default=0)
    breaker_trips: Mapped[int] = mapped_column(Integer, default=0)
    breaker_retry_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str] = mapped_column(String(500), default="")
    last_run_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class TrackingQuarantine(Base):
    """A carrier answer that was malformed or about another parcel: kept for a person, never applied."""

    __tablename__ = "tracking_quarantine"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    time: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    carrier: Mapped[str] = mapped_column(String(32))
    tracking_no: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(500))
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipments.id", ondelete="CASCADE"), index=True)


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


# Core handles on the tables, for the bulk and concurrency-critical paths.
CATEGORIES, PRODUCTS, WAREHOUSES = _table(Category), _table(Product), _table(Warehouse)
STOCK, STOCK_LEDGER = _table(Stock), _table(StockLedger)
CUSTOMERS, CUSTOMER_ADDRESSES = _table(Customer), _table(CustomerAddress)
ORDERS, ORDER_LINES, PAYMENTS = _table(Order), _table(OrderLine), _table(Payment)
ORDER_SHIP_GROUPS = _table(OrderShipGroup)
SHIPMENTS, SHIPMENT_LINES, TRACKING_EVENTS = _table(Shipment), _table(ShipmentLine), _table(TrackingEvent)
CASES, CASE_LINES, KB_ARTICLES = _table(Case), _table(CaseLine), _table(KbArticle)
CASE_NOTES, CASE_ATTACHMENTS, REFUNDS = _table(CaseNote), _table(CaseAttachment), _table(Refund)
USERS, AUDIT_LOG, OUTBOX, SCAN_LOG, SETTINGS = (
    _table(User), _table(AuditEntry), _table(OutboxMessage), _table(ScanEvent), _table(Setting))
CARRIER_STATE, TRACKING_QUARANTINE = _table(CarrierState), _table(TrackingQuarantine)


# --- report summaries (migration 0009): kept by the report service; the triggers note changed days --


class ReportDirty(Base):
    """A UTC day whose orders ("orders") or shipments ("ships") changed since the summaries were made."""

    __tablename__ = "report_dirty"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    day: Mapped[str] = mapped_column(String(10))
    __table_args__ = (Index("ix_report_dirty_kind_day", "kind", "day"),)


class ReportOrderDay(Base):
    """Orders and their totals per local day (of the shop's zone), channel, payment method and status."""

    __tablename__ = "report_order_days"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    payment_method: Mapped[str] = mapped_column(String(20), primary_key=True)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    held_from: Mapped[str] = mapped_column(String(20), primary_key=True)
    orders: Mapped[int] = mapped_column(Integer)
    revenue_cents: Mapped[int] = mapped_column(BigInteger)


class ReportProductDay(Base):
    """Units, line totals and orders per local day, channel and product, of orders not cancelled."""

    __tablename__ = "report_product_days"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    product_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    units: Mapped[int] = mapped_column(Integer)
    revenue_cents: Mapped[int] = mapped_column(BigInteger)
    orders: Mapped[int] = mapped_column(Integer)


class ReportLeadDay(Base):
    """Shipments per local day shipped, carrier, channel and whole hour from acceptance to shipping."""

    __tablename__ = "report_lead_days"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    carrier: Mapped[str] = mapped_column(String(32), primary_key=True)
    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    hour: Mapped[int] = mapped_column(Integer, primary_key=True)
    shipments: Mapped[int] = mapped_column(Integer)


class ReportCarrierDay(Base):
    """Shipments per local day shipped, carrier, channel and destination, with how they fared."""

    __tablename__ = "report_carrier_days"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    carrier: Mapped[str] = mapped_column(String(32), primary_key=True)
    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    country: Mapped[str] = mapped_column(String(2), primary_key=True)
    region: Mapped[str] = mapped_column(String(120), primary_key=True)
    shipments: Mapped[int] = mapped_column(Integer)
    delivered: Mapped[int] = mapped_column(Integer)
    transit_seconds: Mapped[float] = mapped_column(Float)
    on_time: Mapped[int] = mapped_column(Integer)
    failures: Mapped[int] = mapped_column(Integer)


REPORT_DIRTY, REPORT_ORDER_DAYS, REPORT_PRODUCT_DAYS = (
    _table(ReportDirty), _table(ReportOrderDay), _table(ReportProductDay))
REPORT_LEAD_DAYS, REPORT_CARRIER_DAYS = _table(ReportLeadDay), _table(ReportCarrierDay)


# --- web-shop connections (migration 0011): the WooCommerce connector's settings, cursor and state --


class ShopConnection(Base):
    """One web shop the back office pulls orders from (`channel` "woocommerce"): where it is, how to sign
    in (the secret in the OS keyring, or in `secret_db` on a machine without one), the incremental
    cursor and what the shop imposes (Retry-After, the last error), shared by every process."""

    __tablename__ = "shop_connections"
    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    base_url: Mapped[str] = mapped_column(String(300), default="")
    consumer_key: Mapped[str] = mapped_column(String(200), default="")
    secret_db: Mapped[str] = mapped_column(String(500), default="")
    secret_in_keyring: Mapped[bool] = mapped_column(Boolean, default=False)
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The shop's `date_modified_gmt` of the newest order stored (the next pull asks for what changed after it).
    modified_after: Mapped[datetime | None] = mapped_column(UTCDateTime)
    retry_after_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(String(500), default="")
    last_error_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ShopOrder(Base):
    """What the shop last said about one of its orders that we hold (its status, when it changed, gone)."""

    __tablename__ = "shop_orders"
    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    external_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    shop_status: Mapped[str] = mapped_column(String(32), default="")
    shop_modified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    gone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # deleted or trashed at the shop
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ShopPush(Base):
    """A shipment whose tracking number went back to the shop: `status_pushed` once the order was set
    completed (or got its tracking meta), `note_id` once the customer note was added."""

    __tablename__ = "shop_pushes"
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id", ondelete="CASCADE"), primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    external_id: Mapped[str] = mapped_column(String(64))
    completed: Mapped[bool] = mapped_column(Boolean, default=False)  # the shop's order set "completed"
    note_id: Mapped[str] = mapped_column(String(64), default="")
    pushed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


SHOP_CONNECTIONS, SHOP_ORDERS, SHOP_PUSHES = _table(ShopConnection), _table(ShopOrder), _table(ShopPush)
#: Orders looked up by the shop's id (the connector's idempotency key).
Index("ix_orders_channel_external", ORDERS.c.channel, ORDERS.c.external_id)
