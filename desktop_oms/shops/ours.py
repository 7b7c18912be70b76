"""Our order CSV (one row per order line) to checked incoming orders and row errors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from operator import itemgetter
from typing import Final, NamedTuple, cast

from desktop_oms.domain.errors import InputRejected
from desktop_oms.domain.intake import Address, IncomingLine, IncomingOrder, ParsedFile, RowError
from desktop_oms.domain.money import parse_amount
from desktop_oms.domain.orders import PaymentMethod, initial_status
from desktop_oms.shops.encoding import Header, csv_records, cyclic_gc_paused, without_apostrophe

#: The order's own fields, repeated on each of its rows; they must agree.
ORDER_COLUMNS: Final = (
    "order_no",
    "created_at",
    "customer_name",
    "email",
    "phone",
    "ship_name",
    "ship_address1",
    "ship_address2",
    "ship_city",
    "ship_province",
    "ship_postcode",
    "ship_country",
    "payment_method",
    "paid",
)
LINE_COLUMNS: Final = ("sku", "qty", "unit_price")
COLUMNS: Final = ORDER_COLUMNS + LINE_COLUMNS
#: Accepted when present: line name, split-shipment group (default 1), currency (CNY).
OPTIONAL_COLUMNS: Final = ("name", "ship_group", "currency")
EXPECTED_HEADER: Final = ",".join(COLUMNS)

DEFAULT_CURRENCY: Final = "CNY"
MAX_QTY: Final = 1_000_000

_METHODS: Final = {method.value: method for method in PaymentMethod}
_METHOD_LIST: Final = ", ".join(method.value for method in PaymentMethod)
_PAID: Final = {"true": True, "false": False, "yes": True, "no": False, "1": True, "0": False}

# Positions in the tuple of an order's own values (ORDER_COLUMNS, then currency).
_NO, _CREATED, _CUSTOMER, _EMAIL, _PHONE = 0, 1, 2, 3, 4
_SHIP = slice(5, 12)
_SHIP_FIELDS = range(5, 12)  # ship_name … ship_country: per ship group when the file has that column
_POSTCODE, _COUNTRY, _METHOD, _IS_PAID, _CURRENCY = 10, 11, 12, 13, 14


def parse_orders_csv(text: str) -> ParsedFile:
    """Parse our order CSV. A row that breaks a rule rejects its whole order.

    `RowError.row` is the CSV record number with the header as row 1 (a quoted value over
    several lines is one row); `RowError.field` is the column name as in the file's header.
    Orders come out in the order of their first rows.
    """
    header, records = csv_records(text)
    reader = _OrderReader(_Columns.of(header))
    with cyclic_gc_paused():
        add = reader.add
        for row, record in records:
            add(row, record)
        parsed = reader.result()
        del reader, add  # its drafts go while the collector is paused: it need not walk them once more
    return parsed


@dataclass(frozen=True)
class _Columns:
    header: Header
    order: tuple[int, ...]  # ORDER_COLUMNS (+ currency) positions
    sku: int
    qty: int
    unit_price: int
    name: int | None
    ship_group: int | None
    width: int

    @classmethod
    def of(cls, header: Header) -> _Columns:
        _check_header(header)
        required = [header.position(column) for column in COLUMNS]
        positions = [p for p in required if p is not None]
        currency = header.position("currency")
        order = positions[: len(ORDER_COLUMNS)] + ([currency] if currency is not None else [])
        sku, qty, price = positions[len(ORDER_COLUMNS) :]
        name, group = header.position("name"), header.position("ship_group")
        width = max(p for p in [*positions, name, group, currency] if p is not None) + 1
        return cls(header, tuple(order), sku, qty, price, name, group, width)


def _check_header(header: Header) -> None:
    if header.has_any(["lineitem quantity", "financial status"]):
        raise InputRejected(
            "this looks like a Shopify orders export, not our order CSV: use `import shopify` for it."
        )
    if not header.has_any(COLUMNS):
        raise InputRejected(
            f"this is not our order CSV: its header has none of the columns {EXPECTED_HEADER}."
        )
    if not header.has_any(["order_no", "created_at", "payment_method"]) and header.has_any(
        ["price", "stock"]
    ):
        raise InputRejected(
            "this looks like a catalogue CSV, not our order CSV: use `import products` for it."
        )
    missing = sorted(column for column in COLUMNS if column not in header.positions)
    if missing:
        raise InputRejected(f"missing column(s): {', '.join(missing)} — expected header: {EXPECTED_HEADER}")


class _Draft:
    """An order while its rows are read: its first row's values and its lines so far."""

    __slots__ = ("first_row", "raw", "values", "head", "lines", "failed", "groups")

    def __init__(self, first_row: int, raw: tuple[str, ...], values: list[str], head: _Head | None,
                 failed: bool) -> None:
        self.first_row, self.raw, self.values, self.head, self.failed = first_row, raw, values, head, failed
        self.lines: list[IncomingLine] = []
        #: With a ship_group column: each group's first row and its values (its address).
        self.groups: dict[int, tuple[int, list[str]]] = {}


class _Head(NamedTuple):
    created_at: datetime
    payment_method: PaymentMethod
    paid: bool
    ship_to: Address
    currency: str


class _OrderReader:
    """Reads records one by one into drafts; keeps every broken rule as a RowError."""

    def __init__(self, columns: _Columns) -> None:
        self.columns = columns
        self.drafts: dict[str, _Draft] = {}
        self.errors: list[RowError] = []
        self.prices: dict[str, Decimal] = {}
        # The order's own values of a row in one C call: a tuple, as there are 14 or more.
        self.pick_order = itemgetter(*columns.order)
        # Where a line's cells are, for the common case: no ship_group column (lines in group 1).
        self.plain_lines = columns.ship_group is None
        self.sku, self.qty, self.unit_price, self.name = columns.sku, columns.qty, columns.unit_price, columns.name

    def fail(self, row: int, order_no: str, position: int, message: str) -> None:
        label = self.columns.header.label(position)
        self.errors.append(RowError(row, order_no, label, f"{label} {message}"))

    def add(self, row: int, record: list[str]) -> None:
        """One record: the order's own values (checked on its first row), then its line.

        This runs once a row, so the well-formed line takes a short path; anything else goes
        through `_line`, which checks every cell in turn and names each broken one.
        """
        width = self.columns.width
        if len(record) < width:
            record.extend([""] * (width - len(record)))
        raw: tuple[str, ...] = self.pick_order(record)
        order_no = raw[_NO].strip()
        if not order_no:
            self.fail(row, "", self.columns.order[_NO], "is empty; every row needs its order number.")
            return
        draft = self.drafts.get(order_no)
        if draft is None:
            draft = self.drafts[order_no] = self._start(row, raw)
        elif raw != draft.raw and not self._agrees(row, list(map(str.strip, raw)), draft):
            draft.failed = True
        sku = record[self.sku].strip()
        qty = record[self.qty]
        price = self.prices.get(record[self.unit_price])
        if (sku and price is not None and self.plain_lines and qty.isdigit() and qty.isascii()
                and 0 < int(qty) <= MAX_QTY):
            name = "" if self.name is None else record[self.name].strip()
            draft.lines.append(IncomingLine(sku, int(qty), price, name, row))
            return
        line = self._line(row, record, order_no)
        if line is None:
            draft.failed = True
            return
        draft.lines.append(line)
        if not self.plain_lines and not self._group_agrees(row, draft, line.ship_group, raw):
            draft.failed = True

    def _start(self, row: int, raw: tuple[str, ...]) -> _Draft:
        values = _cells(raw)
        errors_before = len(self.errors)
        head = self._head(row, values)
        failed = head is None or len(self.errors) > errors_before
        return _Draft(row, raw, values, head, failed)

    def _head(self, row: int, values: list[str]) -> _Head | None:
        """The order's own fields on its first row; each broken one is a RowError, in column order."""
        if not values[_CUSTOMER]:
            self._head_fail(row, values, _CUSTOMER, "is empty; every order needs its customer's name.")
        email = values[_EMAIL]
        if email and not _looks_like_email(email):
            self._head_fail(row, values, _EMAIL, f"{email!r} is not an e-mail address.")
        text = values[_CREATED]
        created = parse_timestamp(text)
        if created is None:
            what = "is empty" if not text else f"must be an ISO 8601 date and time, not {text!r}"
            self._head_fail(row, values, _CREATED, f"{what}; write it like 2026-11-20T08:15:00+08:00.")
        text = values[_METHOD]
        method = _METHODS.get(text) or _METHODS.get(text.lower())
        if method is None:
            self._head_fail(row, values, _METHOD, f"must be one of {_METHOD_LIST}, not {text!r}.")
        text = values[_IS_PAID]
        paid = _PAID.get(text)
        if paid is None:
            paid = _PAID.get(text.lower())
            if paid is None:
                self._head_fail(row, values, _IS_PAID, f"must be true or false, not {text!r}.")
        country = values[_COUNTRY]
        if len(country) == 2 and country.isascii() and country.isalpha():
            country = country.upper()
        else:
            self._head_fail(row, values, _COUNTRY, f"must be a 2-letter country code such as CN, not {country!r}.")
            country = ""
        currency = self._currency(row, values)
        if created is None or method is None or paid is None or not country or currency is None:
            return None
        return _Head(created, method, paid, _ship_to(values, country), currency)

    def _head_fail(self, row: int, values: list[str], index: int, message: str) -> None:
        self.fail(row, values[_NO], self.columns.order[index], message)

    def _currency(self, row: int, values: list[str]) -> str | None:
        text = values[_CURRENCY] if len(values) > _CURRENCY else ""
        if not text:
            return DEFAULT_CURRENCY
        if len(text) == 3 and text.isascii() and text.isalpha():
            return text.upper()
        self._head_fail(row, values, _CURRENCY, f"must be a 3-letter currency code such as CNY, not {text!r}.")
        return None

    def _agrees(self, row: int, values: list[str], draft: _Draft) -> bool:
        agrees = True
        # With a ship_group column the ship-to fields belong to the row's group (_group_agrees).
        own = range(0) if self.plain_lines else _SHIP_FIELDS
        for index, (first, now) in enumerate(zip(draft.values, values, strict=True)):
            if first != now and index not in own and not _same_value(index, first, now):
                self.fail(
                    row,
                    values[_NO],
                    self.columns.order[index],
                    f"{now!r} differs from {first!r} on row {draft.first_row}, "
                    "the order's first row; all rows of one order must agree.",
                )
                agrees = False
        return agrees

    def _group_agrees(self, row: int, draft: _Draft, group: int, raw: tuple[str, ...]) -> bool:
        """The ship-to fields of a row in a ship group: the group's address, the same on all its rows."""
        values = _cells(raw)
        seen = draft.groups.get(group)
        if seen is None:
            country = values[_COUNTRY]
            if row != draft.first_row and not (len(country) == 2 and country.isascii() and country.isalpha()):
                self._head_fail(row, values, _COUNTRY,
                                f"must be a 2-letter country code such as CN, not {country!r}.")
                return False
            draft.groups[group] = (row, values)
            return True
        first_row, first = seen
        agrees = True
        for index in _SHIP_FIELDS:
            if first[index] != values[index] and not _same_value(index, first[index], values[index]):
                self._head_fail(row, values, index,
                                f"{values[index]!r} differs from {first[index]!r} on row {first_row}, the first "
                                f"row of ship group {group}; the rows of one ship group share its address.")
                agrees = False
        return agrees

    def _line(self, row: int, record: list[str], order_no: str) -> IncomingLine | None:
        columns = self.columns
        sku = record[columns.sku].strip()
        if not sku:
            self.fail(row, order_no, columns.sku, "is empty; every line needs a SKU.")
        text = record[columns.qty].strip()
        qty = int(text) if text.isdigit() and text.isascii() else 0
        qty_ok = 0 < qty <= MAX_QTY or self._bad_qty(row, order_no, text)
        price = self.prices.get(record[columns.unit_price])
        if price is None:
            price = self._price(row, order_no, record)
        group = 1 if columns.ship_group is None else self._group(row, order_no, record)
        if not sku or not qty_ok or price is None or group is None:
            return None
        name = record[columns.name].strip() if columns.name is not None else ""
        return IncomingLine(sku=sku, qty=qty, unit_price=price, name=name, row=row, ship_group=group)

    def _bad_qty(self, row: int, order_no: str, text: str) -> bool:
        """Report why `text` is not a quantity; always False (the line is not taken)."""
        if not text:
            reason = "is empty; write a whole number of 1 or more."
        elif text.isdigit() and text.isascii() and int(text) > MAX_QTY:
            reason = f"{text} is more than {MAX_QTY:,}."
        else:
            reason = f"must be a whole number of 1 or more, not {text!r}."
        self.fail(row, order_no, self.columns.qty, reason)
        return False

    def _price(self, row: int, order_no: str, record: list[str]) -> Decimal | None:
        """The unit price of a record (cached by its text as written), or None if broken."""
        written = record[self.columns.unit_price]
        try:
            price = parse_amount(written)
        except ValueError as error:
            self.fail(row, order_no, self.columns.unit_price, f"{error}.")
            return None
        self.prices[written] = price
        return price

    def _group(self, row: int, order_no: str, record: list[str]) -> int | None:
        position = self.columns.ship_group
        assert position is not None
        text = record[position].strip()
        if not text:
            return 1
        if text.isdigit() and text.isascii() and 0 < int(text) <= MAX_QTY:
            return int(text)
        self.fail(row, order_no, position, f"must be a whole number of 1 or more, not {text!r}.")
        return None

    def result(self) -> ParsedFile:
        orders = [_order(no, d) for no, d in self.drafts.items() if not d.failed and d.head is not None]
        self.drafts = {}
        return ParsedFile(orders=orders, errors=self.errors)


def _cells(raw: tuple[str, ...]) -> list[str]:
    """A row's cells stripped; inside a quoted cell (an address typed over two lines in Excel) a
    Windows line break is one "\n", as from any other editor, and a tab one space."""
    if any("\r" in cell or "\t" in cell for cell in raw):
        return [cell.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").strip() for cell in raw]
    return list(map(str.strip, raw))


def _order(order_no: str, draft: _Draft) -> IncomingOrder:
    head, values = draft.head, draft.values
    assert head is not None
    status, payment_status = initial_status(head.payment_method, head.paid)
    ship_to, more_ship_to = head.ship_to, cast(tuple[tuple[int, Address], ...], ())
    if len(draft.groups) > 1:  # several addresses: the lowest group's is the order's own
        addresses = {g: _ship_to(v, v[_COUNTRY].upper()) for g, (_row, v) in sorted(draft.groups.items())}
        first = min(addresses)
        ship_to = addresses.pop(first)
        more_ship_to = tuple(addresses.items())
    return IncomingOrder(
        order_no=order_no,
        created_at=head.created_at,
        customer_name=values[_CUSTOMER],
        email=values[_EMAIL],
        phone=head.ship_to.phone,
        ship_to=ship_to,
        more_ship_to=more_ship_to,
        payment_method=head.payment_method,
        status=status,
        payment_status=payment_status,
        lines=tuple(draft.lines),
        currency=head.currency,
        channel="csv",
        first_row=draft.first_row,
    )


def _ship_to(values: list[str], country: str) -> Address:
    name, address1, address2, city, province, postcode, _ = values[_SHIP]
    return Address(
        name=name or values[_CUSTOMER],
        address1=address1,
        address2=address2,
        city=city,
        province=province,
        postcode=without_apostrophe(postcode),
        country=country,
        phone=without_apostrophe(values[_PHONE]),
    )


def parse_timestamp(text: str) -> datetime | None:
    """ISO 8601 date and time (or date: midnight); no offset means UTC. None if not one."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _looks_like_email(text: str) -> bool:
    local, at, domain = text.rpartition("@")
    return bool(at and local and domain) and len(text.split()) == 1


def _same_value(index: int, first: str, now: str) -> bool:
    """Whether two spellings of an order's own field mean the same (TRUE and true)."""
    if index == _CREATED:
        return parse_timestamp(first) == parse_timestamp(now) is not None
    if index in (_PHONE, _POSTCODE):
        return without_apostrophe(first) == without_apostrophe(now)
    if index in (_COUNTRY, _METHOD, _CURRENCY, _EMAIL):
        return first.lower() == now.lower()
    if index == _IS_PAID:
        return _PAID.get(first.lower()) == _PAID.get(now.lower()) is not None
    return False
