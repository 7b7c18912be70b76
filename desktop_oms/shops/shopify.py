"""Shopify's "Export orders" CSV to checked incoming orders and row errors."""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Final, NamedTuple

from desktop_oms.domain.errors import InputRejected
from desktop_oms.domain.intake import Address, IncomingLine, IncomingOrder, ParsedFile, RowError
from desktop_oms.domain.money import ZERO, parse_amount
from desktop_oms.domain.orders import OrderStatus, PaymentMethod, PaymentStatus
from desktop_oms.shops.encoding import (
    Header,
    csv_records,
    cyclic_gc_paused,
    normalise_name,
    without_apostrophe,
)

#: The columns of Shopify's orders export (79 in 2024/2025 exports), in Shopify's order.
#: Only some are read; the others are accepted and ignored.
# fmt: off
EXPORT_COLUMNS: Final = (
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at",
    "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code",
    "Discount Amount", "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name",
    "Lineitem price", "Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping",
    "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Street",
    "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip",
    "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street",
    "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip",
    "Shipping Province", "Shipping Country", "Shipping Phone", "Notes", "Note Attributes",
    "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor",
    "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level", "Source",
    "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name",
    "Tax 3 Value", "Tax 4 Name", "Tax 4 Value", "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number",
    "Duties", "Billing Province Name", "Shipping Province Name", "Payment ID", "Payment Terms Name",
    "Next Payment Due At", "Payment References",
)
# fmt: on
REQUIRED_COLUMNS: Final = ("Name", "Created at", "Lineitem quantity", "Lineitem price")
#: Other spellings seen in Shopify exports over the years (the header is matched case-insensitively).
_ALIASES: Final = {"Cancelled at": ("canceled at",), "Payment Method": ("payment gateway",)}

DEFAULT_CURRENCY: Final = "CNY"
MAX_QTY: Final = 1_000_000
DERIVED_SKU_PREFIX: Final = "SHOPIFY-"

#: Gateway names (lower case, found inside the gateway text) and our payment methods.
_GATEWAYS: Final = (
    ("alipay", PaymentMethod.ALIPAY),
    ("支付宝", PaymentMethod.ALIPAY),
    ("wechat", PaymentMethod.WECHAT_PAY),
    ("weixin", PaymentMethod.WECHAT_PAY),
    ("微信", PaymentMethod.WECHAT_PAY),
    ("cash on delivery", PaymentMethod.COD),
    ("(cod)", PaymentMethod.COD),
    ("货到付款", PaymentMethod.COD),
    ("bank deposit", PaymentMethod.BANK_TRANSFER),
    ("bank transfer", PaymentMethod.BANK_TRANSFER),
    ("shopify payments", PaymentMethod.CARD),
    ("shopify_payments", PaymentMethod.CARD),
    ("stripe", PaymentMethod.CARD),
    ("braintree", PaymentMethod.CARD),
    ("adyen", PaymentMethod.CARD),
    ("credit card", PaymentMethod.CARD),
    ("authorize.net", PaymentMethod.CARD),
    ("bogus gateway", PaymentMethod.CARD),  # Shopify's test card gateway
)

_PAID_LIKE: Final = frozenset({"paid", "partially_refunded", "refunded"})
_UNPAID_LIKE: Final = frozenset({"pending", "authorized", "partially_paid", "unpaid"})
_VOID_LIKE: Final = frozenset({"voided", "expired"})
_FINANCIAL: Final = _PAID_LIKE | _UNPAID_LIKE | _VOID_LIKE


def parse_shopify_csv(text: str) -> ParsedFile:
    """Parse a Shopify orders export: one row per line item, order fields on the first row.

    `RowError.row` is the CSV record number with the header as row 1 (a multi-line note is
    one row); `RowError.field` is the Shopify column name as in the file's header.
    """
    header, records = csv_records(text)
    reader = _ExportReader(_Columns.of(header))
    with cyclic_gc_paused():
        for row, record in records:
            reader.add(row, record)
        return reader.result()


@dataclass(frozen=True)
class _Columns:
    header: Header
    positions: dict[str, int | None]  # Shopify's column title → position in this file

    @classmethod
    def of(cls, header: Header) -> _Columns:
        if header.has_any(["order_no", "unit_price"]):
            raise InputRejected(
                "this looks like our order CSV, not a Shopify export: use `import orders` for it."
            )
        positions = {
            title: header.position(normalise_name(title), *_ALIASES.get(title, ()))
            for title in EXPORT_COLUMNS
        }
        missing = sorted(title for title in REQUIRED_COLUMNS if positions[title] is None)
        if missing:
            raise InputRejected(
                f"missing column(s): {', '.join(missing)} — this is not a Shopify orders export "
                '(export it from the Shopify admin under Orders → Export, "CSV for Excel" or "Plain CSV").'
            )
        return cls(header, positions)

    def cell(self, record: list[str], title: str) -> str:
        position = self.positions[title]
        return record[position].strip() if position is not None and position < len(record) else ""

    def label(self, title: str) -> str:
        position = self.positions[title]
        return self.header.label(position) if position is not None else title


@dataclass
class _Draft:
    first_row: int
    head: IncomingOrder | None  # the order without its lines; None if its fields are broken
    lines: list[IncomingLine] = field(default_factory=list)
    failed: bool = False


class _ExportReader:
    """Reads records one by one into drafts; keeps every broken rule as a RowError."""

    def __init__(self, columns: _Columns) -> None:
        self.columns = columns
        self.drafts: dict[str, _Draft] = {}
        self.errors: list[RowError] = []
        self.methods: dict[str, PaymentMethod] = {}

    def add(self, row: int, record: list[str]) -> None:
        cells = _Cells(self, row, record)
        name = cells.get("Name")
        if not name:
            cells.fail("Name", "is empty; every row needs the order's name (such as #1001).")
            return
        draft = self.drafts.get(name)
        if draft is None:
            head = _read_head(cells, self.methods)
            draft = _Draft(first_row=row, head=head, failed=head is None)
            self.drafts[name] = draft
        failures = cells.failures
        line = _read_line(cells)
        if cells.failures > failures:
            draft.failed = True
        elif line is not None:
            draft.lines.append(line)

    def result(self) -> ParsedFile:
        orders: list[IncomingOrder] = []
        for name, draft in self.drafts.items():
            if not draft.failed and not draft.lines:
                label = self.columns.label("Lineitem quantity")
                message = f"{label} is 0 on every line; an order needs at least one item."
                self.errors.append(RowError(draft.first_row, name, label, message))
            elif not draft.failed and draft.head is not None:
                orders.append(dataclasses.replace(draft.head, lines=tuple(draft.lines)))
        self.errors.sort(key=lambda error: error.row)
        return ParsedFile(orders=orders, errors=self.errors)


class _Cells:
    """One record's cells by Shopify column title, and the errors found in them."""

    def __init__(self, reader: _ExportReader, row: int, record: list[str]) -> None:
        self.reader, self.row, self.record = reader, row, record
        self.order_no = reader.columns.cell(record, "Name")
        self.failures = 0

    def get(self, title: str) -> str:
        return self.reader.columns.cell(self.record, title)

    def fail(self, title: str, message: str) -> None:
        label = self.reader.columns.label(title)
        self.reader.errors.append(RowError(self.row, self.order_no, label, f"{label} {message}"))
        self.failures += 1

    def money(self, title: str) -> Decimal:
        """An amount column; empty is zero. A broken amount is reported and read as zero."""
        text = self.get(title)
        if not text:
            return ZERO
        try:
            return parse_amount(text)
        except ValueError as error:
            self.fail(title, f"{error}.")
            return ZERO


def _read_head(cells: _Cells, methods: dict[str, PaymentMethod]) -> IncomingOrder | None:
    """The order's own fields from its first row, or None (and errors) if any is broken."""
    created_at = _created_at(cells)
    method = methods.get(gateway := cells.get("Payment Method"))
    if method is None:
        method = methods[gateway] = payment_method_of(gateway)
    statuses = _statuses(cells, method)
    people, money = _people(cells), _money(cells)
    currency = _code(cells, "Currency", 3) or DEFAULT_CURRENCY
    if cells.failures or created_at is None or statuses is None:
        return None
    status, payment_status, history_only = statuses
    return IncomingOrder(
        order_no=cells.order_no,
        created_at=created_at,
        customer_name=people.customer,
        email=cells.get("Email"),
        phone=people.ship_to.phone,
        ship_to=people.ship_to,
        bill_to=people.bill_to,
        payment_method=method,
        status=status,
        payment_status=payment_status,
        lines=(),
        currency=currency,
        channel="shopify",
        external_id=cells.get("Id"),
        shipping_total=money.shipping,
        discount_total=money.discount,
        tax_total=money.tax,
        total=money.total,
        refunded_total=money.refunded,
        notes=cells.get("Notes").replace("\r\n", "\n"),
        history_only=history_only,
        first_row=cells.row,
        tags=tuple(tag.strip() for tag in cells.get("Tags").split(",") if tag.strip()),
    )


class _People(NamedTuple):
    customer: str
    ship_to: Address
    bill_to: Address | None


class _Money(NamedTuple):
    shipping: Decimal
    discount: Decimal
    tax: Decimal
    total: Decimal | None  # None when the export has no total: the lines and the rest make it
    refunded: Decimal


def _people(cells: _Cells) -> _People:
    """Who ordered (Billing Name, else Shipping Name, else Email) and the two addresses."""
    ship_to, bill_to = _address(cells, "Shipping"), _address(cells, "Billing")
    phone = ship_to.phone or without_apostrophe(cells.get("Phone")) or bill_to.phone
    customer = cells.get("Billing Name") or cells.get("Shipping Name") or cells.get("Email")
    if not customer:
        cells.fail(
            "Billing Name", "is empty, and so are Shipping Name and Email; the order names no customer."
        )
    ship_to = dataclasses.replace(ship_to, phone=phone)  # the carrier's label needs one
    return _People(customer, ship_to, bill_to if any(dataclasses.astuple(bill_to)) else None)


def _money(cells: _Cells) -> _Money:
    total = cells.money("Total") if cells.get("Total") else None
    return _Money(
        shipping=cells.money("Shipping"),
        discount=cells.money("Discount Amount"),
        tax=cells.money("Taxes"),
        total=total,
        refunded=cells.money("Refunded Amount"),
    )


def _created_at(cells: _Cells) -> datetime | None:
    text = cells.get("Created at")
    try:
        created_at = datetime.fromisoformat(text)
    except ValueError:
        what = "is empty" if not text else f"must be a date and time, not {text!r}"
        cells.fail("Created at", f"{what}; Shopify writes it like 2026-11-20 08:15:00 +0800.")
        return None
    if created_at.tzinfo is None:
        cells.fail("Created at", f"{text!r} has no time zone offset; Shopify writes one, such as +0800.")
        return None
    return created_at


def payment_method_of(gateway: str) -> PaymentMethod:
    """Our payment method for Shopify's gateway text (several are joined with " + ")."""
    methods = [_one_gateway(part) for part in gateway.split(" + ")]
    return next((method for method in methods if method is not PaymentMethod.OTHER), PaymentMethod.OTHER)


def _one_gateway(gateway: str) -> PaymentMethod:
    text = gateway.strip().casefold()
    if text == "cod":
        return PaymentMethod.COD
    return next((method for needle, method in _GATEWAYS if needle in text), PaymentMethod.OTHER)


def _statuses(cells: _Cells, method: PaymentMethod) -> tuple[OrderStatus, PaymentStatus, bool] | None:
    """Order status, payment status and history_only from Shopify's statuses, or None."""
    # An empty status (or a trimmed export without the column) is read as pending.
    financial = cells.get("Financial Status").casefold().replace(" ", "_") or "pending"
    if financial not in _FINANCIAL:
        known = ", ".join(sorted(_FINANCIAL))
        cells.fail("Financial Status", f"{financial!r} is not a Shopify financial status ({known}).")
        return None
    # Goods that left before this system knew of the order: recorded, stock not touched.
    fulfilled = cells.get("Fulfillment Status").casefold() == "fulfilled"
    cancelled = bool(cells.get("Cancelled at"))
    return (
        _order_status(financial, fulfilled, cancelled, method),
        _payment_status(financial, method),
        fulfilled,
    )


def _order_status(financial: str, fulfilled: bool, cancelled: bool, method: PaymentMethod) -> OrderStatus:
    if cancelled or financial in _VOID_LIKE or (financial == "refunded" and not fulfilled):
        return OrderStatus.CANCELLED
    if fulfilled:
        return OrderStatus.SHIPPED
    if financial in _PAID_LIKE or method is PaymentMethod.COD:
        return OrderStatus.ACCEPTED
    return OrderStatus.PENDING_PAYMENT


def _payment_status(financial: str, method: PaymentMethod) -> PaymentStatus:
    cod = method is PaymentMethod.COD
    if financial == "paid":
        return PaymentStatus.COD_COLLECTED if cod else PaymentStatus.PAID
    if financial == "partially_refunded":
        return PaymentStatus.PARTIALLY_REFUNDED
    if financial == "refunded":
        return PaymentStatus.REFUNDED
    if financial in _UNPAID_LIKE and cod:
        return PaymentStatus.COD_PENDING
    return PaymentStatus.UNPAID


def _code(cells: _Cells, title: str, length: int) -> str:
    """A country (2) or currency (3) code in upper case; empty if the cell is empty."""
    text = cells.get(title)
    if not text or (len(text) == length and text.isascii() and text.isalpha()):
        return text.upper()
    example = "CN" if length == 2 else "CNY"
    cells.fail(title, f"must be a {length}-letter code such as {example}, not {text!r}.")
    return ""


def _address(cells: _Cells, kind: str) -> Address:
    """The Shipping or Billing address; the zip loses Shopify's leading apostrophe."""
    return Address(
        name=cells.get(f"{kind} Name"),
        address1=cells.get(f"{kind} Address1") or cells.get(f"{kind} Street"),
        address2=cells.get(f"{kind} Address2"),
        city=cells.get(f"{kind} City"),
        province=cells.get(f"{kind} Province Name") or cells.get(f"{kind} Province"),
        postcode=without_apostrophe(cells.get(f"{kind} Zip")),
        country=_code(cells, f"{kind} Country", 2),
        phone=without_apostrophe(cells.get(f"{kind} Phone")),
    )


def _read_line(cells: _Cells) -> IncomingLine | None:
    """The row's line item; None for a line of quantity 0 or a broken one (then reported).

    Shopify keeps items removed by an order edit as lines of quantity 0: they are skipped.
    """
    failures = cells.failures
    text = cells.get("Lineitem quantity")
    qty = int(text) if text.isdigit() and text.isascii() else -1
    if not 0 <= qty <= MAX_QTY:
        cells.fail("Lineitem quantity", f"must be a whole number of 1 or more, not {text!r}.")
    price = cells.get("Lineitem price")
    unit_price = cells.money("Lineitem price") if price else None
    if unit_price is None:
        cells.fail("Lineitem price", "is empty; every line needs its price.")
    name = cells.get("Lineitem name")
    sku = cells.get("Lineitem sku") or derived_sku(name)
    if not sku:
        cells.fail("Lineitem sku", "is empty, and so is Lineitem name; the line names no product.")
    if cells.failures > failures or unit_price is None or qty == 0:
        return None
    return IncomingLine(sku=sku, qty=qty, unit_price=unit_price, name=name, row=cells.row)


def derived_sku(line_name: str) -> str:
    """A stable SKU for a Shopify line without one: "SHOPIFY-" and a hash of its name.

    Shopify allows products without a SKU; the same name (ignoring case and spacing) always
    gives the same SKU, so re-imports and later orders of that product meet again.
    """
    key = " ".join(line_name.split()).casefold()
    if not key:
        return ""
    return DERIVED_SKU_PREFIX + hashlib.sha256(key.encode("utf-8")).hexdigest()[:10].upper()
