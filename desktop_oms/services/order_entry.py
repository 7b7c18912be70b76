"""An order typed in at the desk: find or create the customer, pick products with their stock, save once.

The order goes through the import path (`IntakeService.import_orders`, channel ``manual``), so it is
created, numbered, audited and linked to its customer exactly as an imported one. The dialog asks
for a draft first (`new_draft`): its order number and key stay with the dialog, so saving twice —
after a timeout, a double Ctrl+Enter — finds the order made the first time instead of a second one.
"""

from __future__ import annotations

import re
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Integer, and_, column, func, literal_column, or_, select, text
from sqlalchemy.engine import Connection

from desktop_oms.db.models import CUSTOMER_ADDRESSES, CUSTOMERS, ORDERS, PRODUCTS, STOCK, utcnow
from desktop_oms.db.search_index import PG_SEARCH_TEXT
from desktop_oms.db.uow import UnitOfWorkFactory
from desktop_oms.domain.errors import InvalidValue, NotFound
from desktop_oms.domain.intake import Address, IncomingLine, IncomingOrder, ParsedFile
from desktop_oms.domain.money import ZERO, parse_amount
from desktop_oms.domain.orders import OrderStatus, PaymentMethod, PaymentStatus
from desktop_oms.domain.regions import find_province
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services import audit
from desktop_oms.services.allocation import AllocationService
from desktop_oms.services.intake import IntakeService
from desktop_oms.services.order_entry_results import (
    CreatedOrder,
    CustomerMatch,
    DuplicateCustomer,
    EntryLine,
    NewOrder,
    OrderDraft,
    ProductMatch,
)
from desktop_oms.services.search import like_pattern

CHANNEL = "manual"
#: Most units of one line (the stock service's bound).
MAX_QTY = 1_000_000
MAX_LINES = 200
MAX_NOTES = 2_000
#: How many orders the search reads to find its customers (a common name matches thousands).
SEARCH_ORDERS = 400
#: Payment statuses a new order may start in, per kind of method.
START_PAYMENT = {PaymentStatus.UNPAID, PaymentStatus.PAID}
START_COD = {PaymentStatus.COD_PENDING, PaymentStatus.COD_COLLECTED}
#: Countries without postcodes (the rest need one on a parcel).
NO_POSTCODE = frozenset({"HK", "MO"})
_LIMITS = {"name": 255, "address1": 255, "address2": 255, "city": 120, "province": 120, "postcode": 32,
           "phone": 64}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()\-]{5,30}$")


# -- the service ---------------------------------------------------------------------------------


class OrderEntryService:
    def __init__(self, uow: UnitOfWorkFactory, intake: IntakeService, allocation: AllocationService) -> None:
        self._uow = uow
        self._intake = intake
        self._allocation = allocation

    def new_draft(self, *, actor: Actor) -> OrderDraft:
        """An order number nobody has used (M + date + six digits) and a key for saving it once."""
        actor.require(Permission.CREATE_ORDERS)
        today = utcnow().astimezone().strftime("%y%m%d")
        with self._uow(read_only=True) as tx:
            for _ in range(20):
                order_no = f"M{today}-{secrets.randbelow(1_000_000):06d}"
                taken = tx.connection.execute(select(ORDERS.c.id).where(ORDERS.c.order_no == order_no)).first()
                if taken is None:
                    return OrderDraft(order_no, uuid.uuid4().hex)
        raise AssertionError("no free order number in 20 tries")  # pragma: no cover

    def search_customers(self, text_: str, *, actor: Actor, limit: int = 10) -> list[CustomerMatch]:
        """Customers whose name, phone or e-mail contains `text_` (case-insensitive), best first.

        An exact phone or e-mail comes from their own indexes; three characters or more go through the
        orders' trigram search index (every customer has ordered), shorter text is looked for in the
        customers themselves, stopping at `limit`.
        """
        actor.require(Permission.CREATE_ORDERS)
        wanted = " ".join(text_.split())[:100]
        if not wanted:
            return []
        limit = max(1, min(limit, 50))
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            ids = _exact_customers(conn, wanted)
            if len(wanted) >= 3:
                ids += _customers_by_orders(conn, wanted, SEARCH_ORDERS)
            if len(ids) < limit:
                ids += _customers_by_like(conn, wanted, limit)
            ids = list(dict.fromkeys(ids))
            rows = conn.execute(select(CUSTOMERS.c.id, CUSTOMERS.c.name, CUSTOMERS.c.email, CUSTOMERS.c.phone)
                                .where(CUSTOMERS.c.id.in_(ids))).all() if ids else []
        found = [CustomerMatch(r.id, r.name, r.email or "", r.phone or "") for r in rows]
        key = wanted.casefold()
        found.sort(key=lambda c: (_rank(c, key), c.name.casefold(), c.id))
        return found[:limit]

    def find_duplicates(self, *, phone: str = "", email: str = "", actor: Actor) -> list[DuplicateCustomer]:
        """Existing customers with this phone or this e-mail (the user may pick one instead of a new one)."""
        actor.require(Permission.CREATE_ORDERS)
        phones, emails = _phone_forms(phone), _email_forms(email)
        if not phones and not emails:
            return []
        conditions = []
        if emails:
            conditions.append(CUSTOMERS.c.email.in_(sorted(emails)))
        if phones:
            conditions.append(CUSTOMERS.c.phone.in_(sorted(phones)))
        with self._uow(read_only=True) as tx:
            rows = tx.connection.execute(
                select(CUSTOMERS.c.id, CUSTOMERS.c.name, CUSTOMERS.c.email, CUSTOMERS.c.phone)
                .where(or_(*conditions)).order_by(CUSTOMERS.c.id).limit(10)).all()
        found = []
        for r in rows:
            match = CustomerMatch(r.id, r.name, r.email or "", r.phone or "")
            found.append(DuplicateCustomer("email" if (r.email or "") in emails else "phone", match))
        return found

    def get_customer(self, customer_id: int, *, actor: Actor) -> CustomerMatch:
        actor.require(Permission.CREATE_ORDERS)
        with self._uow(read_only=True) as tx:
            return _customer(tx.connection, customer_id)

    def address_book(self, customer_id: int, *, actor: Actor, limit: int = 20) -> list[Address]:
        """The customer's saved addresses, then the other ship-to addresses of their latest orders, once each."""
        actor.require(Permission.CREATE_ORDERS)
        book = CUSTOMER_ADDRESSES.c
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            saved = conn.execute(select(book.name, book.address1, book.address2, book.city, book.province,
                                        book.postcode, book.country, book.phone)
                                 .where(book.customer_id == customer_id).order_by(book.id.desc()).limit(limit)).all()
            o = ORDERS.c
            used = conn.execute(select(o.ship_name, o.ship_address1, o.ship_address2, o.ship_city, o.ship_province,
                                       o.ship_postcode, o.ship_country, o.ship_phone)
                                .where(o.customer_id == customer_id)
                                .order_by(o.created_at.desc(), o.id.desc()).limit(limit)).all()
        found: dict[tuple[str, ...], Address] = {}
        for row in [*saved, *used]:
            address = Address(*(str(v or "") for v in row))
            if address.address1 or address.city:
                found.setdefault(_address_key(address), address)
        return list(found.values())[:limit]

    def find_products(self, text_: str, *, actor: Actor, limit: int = 10) -> list[ProductMatch]:
        """Active products by barcode or SKU (the whole code first: a scan), then by part of SKU, name or barcode."""
        actor.require(Permission.CREATE_ORDERS)
        code = text_.strip()[:100]
        if not code:
            return []
        limit = max(1, min(limit, 50))
        on_hand = func.coalesce(func.sum(STOCK.c.on_hand), 0).label("on_hand")
        reserved = func.coalesce(func.sum(STOCK.c.reserved), 0).label("reserved")
        base = (select(PRODUCTS.c.id, PRODUCTS.c.sku, PRODUCTS.c.name, PRODUCTS.c.barcode, PRODUCTS.c.price,
                       on_hand, reserved)
                .select_from(PRODUCTS.outerjoin(STOCK, STOCK.c.product_id == PRODUCTS.c.id))
                .where(PRODUCTS.c.active.is_(True))
                .group_by(PRODUCTS.c.id, PRODUCTS.c.sku, PRODUCTS.c.name, PRODUCTS.c.barcode, PRODUCTS.c.price))
        pattern = like_pattern(code)
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            exact = conn.execute(base.where(or_(PRODUCTS.c.barcode == code, PRODUCTS.c.sku == code,
                                                PRODUCTS.c.sku == code.upper()))).all()
            partial = conn.execute(base.where(or_(PRODUCTS.c.sku.ilike(pattern, escape="\\"),
                                                  PRODUCTS.c.name.ilike(pattern, escape="\\"),
                                                  PRODUCTS.c.barcode.ilike(pattern, escape="\\")))
                                   .order_by(PRODUCTS.c.sku).limit(limit)).all()
        found: dict[int, ProductMatch] = {}
        for r in exact:
            found[r.id] = _product_match(r, "barcode" if r.barcode == code else "sku")
        for r in partial:
            found.setdefault(r.id, _product_match(r, "name"))
        return list(found.values())[:limit]

    def create_order(self, new: NewOrder, *, actor: Actor) -> CreatedOrder:
        """Check everything (refusals name their field), create the order through intake, allocate if asked.

        Saving the same draft again returns the order made the first time (`created` False) and
        allocates it only if asked and it still waits for stock.
        """
        actor.require(Permission.CREATE_ORDERS)
        checked = _checked(new)
        prepared: tuple[IncomingOrder, list[dict[str, Any]]] | None = None
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            if not _saved_before(conn, checked.draft):
                customer = _customer(conn, checked.customer_id) if checked.customer_id is not None else None
                prepared = _incoming(checked, customer, _catalogue(conn, [ln.sku for ln in checked.lines]), actor)
        created = False
        overridden: tuple[str, ...] = ()
        if prepared is not None:
            order, overrides = prepared
            report = self._intake.import_orders(  # the order and what goes with it: one transaction
                ParsedFile(orders=[order]), actor=actor, source="create",
                also=lambda conn: _beside_the_order(conn, order, overrides, checked, actor))
            created = report.created == 1
            if created:
                overridden = tuple(o["sku"] for o in overrides)
        allocation = ""
        if checked.allocate:
            actor.require(Permission.ALLOCATE_ORDERS)
            allocation = self._allocate(checked.draft.order_no, actor)
        with self._uow(read_only=True) as tx:
            row = tx.connection.execute(select(ORDERS.c.status, ORDERS.c.total)
                                        .where(ORDERS.c.order_no == checked.draft.order_no)).one()
        return CreatedOrder(checked.draft.order_no, created, str(row.status), row.total, allocation, overridden)

    # -- steps of create_order

    def _allocate(self, order_no: str, actor: Actor) -> str:
        report = self._allocation.allocate([order_no], actor=actor)
        if order_no in report.allocated:
            return "allocated"
        if order_no in report.backordered:
            return "backordered"
        return "skipped: " + dict(report.skipped).get(order_no, "")


def _beside_the_order(conn: Connection, order: IncomingOrder, overrides: list[dict[str, Any]], new: NewOrder,
                      actor: Actor) -> None:
    """The price overrides in the audit log, the new addresses in the customer's book (in intake's transaction)."""
    for override in overrides:
        audit.record(conn, actor, "order", order.order_no, "price-override", reason=override["reason"],
                     details=override)
    customer_id = conn.execute(select(ORDERS.c.customer_id)
                               .where(ORDERS.c.order_no == order.order_no)).scalar_one_or_none()
    if new.remember_addresses and customer_id is not None:
        _remember(conn, customer_id, [order.ship_to, *(a for _, a in order.more_ship_to)])


def _incoming(new: NewOrder, customer: CustomerMatch | None, prices: dict[str, tuple[Decimal, str]],
              actor: Actor) -> tuple[IncomingOrder, list[dict[str, Any]]]:
    """The intake's order for `new`, and the lines charged at another price than the catalogue's."""
    lines: list[IncomingLine] = []
    overrides: list[dict[str, Any]] = []
    for number, line in enumerate(new.lines, start=1):
        if line.sku not in prices:
            raise InvalidValue(f"line_{number}.sku", f"no active product {line.sku!r}")
        price, name = prices[line.sku]
        unit_price = price if line.unit_price is None else line.unit_price
        if unit_price != price:
            actor.require(Permission.OVERRIDE_PRICES)
            if not line.price_reason:
                raise InvalidValue(f"line_{number}.price_reason", "a price other than the catalogue's needs a reason")
            overrides.append({"line": number, "sku": line.sku, "from": str(price), "to": str(unit_price),
                              "reason": line.price_reason})
        lines.append(IncomingLine(line.sku, line.qty, unit_price, name=name, row=number,
                                  ship_group=line.ship_group))
    notes = new.notes
    if overrides:
        said = "\n".join(f"Price of {o['sku']} (line {o['line']}): {o['from']} → {o['to']} by {actor.name}: "
                         f"{o['reason']}" for o in overrides)
        notes = f"{notes}\n{said}" if notes else said
    status = OrderStatus.ACCEPTED if new.payment_status is not PaymentStatus.UNPAID else OrderStatus.PENDING_PAYMENT
    name, email, phone = (customer.name, customer.email, customer.phone) if customer is not None else \
        (new.customer_name, new.email, new.phone)
    order = IncomingOrder(
        order_no=new.draft.order_no, created_at=utcnow(), customer_name=name, email=email, phone=phone,
        ship_to=new.ship_to, payment_method=new.payment_method, status=status,
        payment_status=new.payment_status, lines=tuple(lines), channel=CHANNEL, external_id=new.draft.key,
        notes=notes[:MAX_NOTES * 2], more_ship_to=new.more_ship_to)
    return order, overrides


# -- checks that need no database ----------------------------------------------------------------


def _checked(new: NewOrder) -> NewOrder:
    """`new` with its texts trimmed and its addresses in their canonical form; the first broken rule raises."""
    name, email, phone = new.customer_name.strip(), new.email.strip(), new.phone.strip()
    if new.customer_id is None:
        if not name:
            raise InvalidValue("customer_name", "a new customer needs a name")
        if len(name) > 255:
            raise InvalidValue("customer_name", "at most 255 characters")
        if not email and not phone:
            raise InvalidValue("phone", "a new customer needs a phone number or an e-mail address")
        if email and (not _EMAIL.match(email) or len(email) > 255):
            raise InvalidValue("email", f"{email!r} is not an e-mail address")
        if phone and not _valid_phone(phone):
            raise InvalidValue("phone", f"{phone!r} is not a phone number")
    method, status = _payment(new.payment_method, new.payment_status)
    if len(new.notes) > MAX_NOTES:
        raise InvalidValue("notes", f"at most {MAX_NOTES} characters")
    ship_to = checked_address(new.ship_to, "ship_to")
    more: list[tuple[int, Address]] = []
    for expected, (group, address) in enumerate(new.more_ship_to, start=2):
        if group != expected:
            raise InvalidValue(f"ship_to_{group}", f"the addresses are numbered 2, 3, …; expected {expected}")
        more.append((group, checked_address(address, f"ship_to_{group}")))
    lines = _checked_lines(new.lines, 1 + len(more))
    used = {line.ship_group for line in lines}
    for group, _ in more:
        if group not in used:
            raise InvalidValue(f"ship_to_{group}", "no line goes to this address")
    return replace(new, customer_name=name, email=email.lower(), phone=phone, payment_method=method,
                   payment_status=status, notes=new.notes.strip(), ship_to=ship_to, more_ship_to=tuple(more),
                   lines=lines)


def _payment(method: Any, status: Any) -> tuple[PaymentMethod, PaymentStatus]:
    try:
        method = PaymentMethod(method)
    except ValueError:
        raise InvalidValue("payment_method", f"unknown payment method {method!r}") from None
    try:
        status = PaymentStatus(status)
    except ValueError:
        raise InvalidValue("payment_status", f"unknown payment status {status!r}") from None
    allowed = START_COD if method is PaymentMethod.COD else START_PAYMENT
    if status not in allowed:
        raise InvalidValue("payment_status", f"a new {method} order is {' or '.join(sorted(allowed))}, not {status}")
    return method, status


def _checked_lines(lines: Sequence[EntryLine], groups: int) -> tuple[EntryLine, ...]:
    if not lines:
        raise InvalidValue("lines", "an order needs at least one line")
    if len(lines) > MAX_LINES:
        raise InvalidValue("lines", f"at most {MAX_LINES} lines")
    checked = []
    for number, line in enumerate(lines, start=1):
        where = f"line_{number}"
        sku = line.sku.strip()
        if not sku:
            raise InvalidValue(f"{where}.sku", "a line needs a product")
        if not isinstance(line.qty, int) or isinstance(line.qty, bool) or not 0 < line.qty <= MAX_QTY:
            raise InvalidValue(f"{where}.qty", f"must be a whole number of units from 1 to {MAX_QTY:,}")
        price = line.unit_price
        if price is not None:
            try:
                price = parse_amount(str(price))
            except (ValueError, InvalidOperation):
                raise InvalidValue(f"{where}.unit_price", "an amount of 0 or more with at most 2 decimals") from None
        if not 1 <= line.ship_group <= groups:
            raise InvalidValue(f"{where}.ship_group", f"the order has {groups} address(es); no address {line.ship_group}")
        reason = " ".join(line.price_reason.split())
        if len(reason) > 400:
            raise InvalidValue(f"{where}.price_reason", "at most 400 characters")
        checked.append(replace(line, sku=sku, unit_price=price, price_reason=reason))
    return tuple(checked)


def checked_address(address: Address, where: str = "ship_to") -> Address:
    """The address trimmed, its country upper-case and a Chinese province and city in their official names.

    Required: in China name, phone, province, city and street; elsewhere name, street, city, postcode
    and country. A refusal names the field as ``<where>.<field>``.
    """
    values = {k: " ".join(str(getattr(address, k)).split()) for k in
              ("name", "address1", "address2", "city", "province", "postcode", "country", "phone")}
    values["country"] = values["country"].upper()
    country = values["country"]
    if not country:
        raise InvalidValue(f"{where}.country", "a country is required")
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise InvalidValue(f"{where}.country", f"{country!r} is not a two-letter country code")
    required: tuple[str, ...]
    if country == "CN":
        required = ("name", "phone", "province", "city", "address1")
    else:
        required = ("name", "address1", "city") + (() if country in NO_POSTCODE else ("postcode",))
    for key in required:
        if not values[key]:
            raise InvalidValue(f"{where}.{key}", "required" + (" in China" if country == "CN" else ""))
    for key, limit in _LIMITS.items():
        if len(values[key]) > limit:
            raise InvalidValue(f"{where}.{key}", f"at most {limit} characters")
    if values["phone"] and not _valid_phone(values["phone"]):
        raise InvalidValue(f"{where}.phone", f"{values['phone']!r} is not a phone number")
    if country == "CN":
        province = find_province(values["province"])
        if province is None:
            raise InvalidValue(f"{where}.province", f"{values['province']!r} is not a province of China")
        city = province.city(values["city"])
        if city is None:
            raise InvalidValue(f"{where}.city", f"{values['city']!r} is not a city of {province.zh}")
        values["province"], values["city"] = province.zh, city.zh
        if values["postcode"] and not re.fullmatch(r"\d{6}", values["postcode"]):
            raise InvalidValue(f"{where}.postcode", "a Chinese postcode has six digits")
    return Address(**values)


def _valid_phone(phone: str) -> bool:
    return bool(_PHONE.match(phone)) and sum(ch.isdigit() for ch in phone) >= 5


def _phone_forms(phone: str) -> set[str]:
    """The ways one phone number may have been stored: as typed, digits only, with or without +86."""
    phone = phone.strip()
    digits = "".join(ch for ch in phone if ch.isdigit())
    if len(digits) < 5:
        return set()
    forms = {phone, digits, "+" + digits}
    if digits.startswith("86") and len(digits) == 13:
        forms |= {digits[2:], "+86 " + digits[2:]}
    elif len(digits) == 11 and digits.startswith("1"):
        forms |= {"86" + digits, "+86" + digits, "+86 " + digits}
    return forms


def _email_forms(email: str) -> set[str]:
    email = email.strip()
    return {email, email.lower()} if "@" in email else set()


# -- queries -------------------------------------------------------------------------------------


def _saved_before(conn: Connection, draft: OrderDraft) -> bool:
    """Whether the draft's order exists; a number taken by another order is refused."""
    row = conn.execute(select(ORDERS.c.order_no, ORDERS.c.external_id, ORDERS.c.channel)
                       .where(ORDERS.c.order_no == draft.order_no)).first()
    if row is None:
        return False
    if row.external_id != draft.key or row.channel != CHANNEL:
        raise InvalidValue("order_no", f"{draft.order_no} is already the number of another order")
    return True


def _customer(conn: Connection, customer_id: int) -> CustomerMatch:
    row = conn.execute(select(CUSTOMERS.c.id, CUSTOMERS.c.name, CUSTOMERS.c.email, CUSTOMERS.c.phone)
                       .where(CUSTOMERS.c.id == customer_id)).first()
    if row is None:
        raise NotFound("customer", str(customer_id))
    return CustomerMatch(row.id, row.name, row.email or "", row.phone or "")


def _catalogue(conn: Connection, skus: Sequence[str]) -> dict[str, tuple[Decimal, str]]:
    """sku → (price, name) of the active products among `skus`."""
    rows = conn.execute(select(PRODUCTS.c.sku, PRODUCTS.c.price, PRODUCTS.c.name)
                        .where(PRODUCTS.c.sku.in_(sorted(set(skus))), PRODUCTS.c.active.is_(True))).all()
    return {r.sku: (r.price if r.price is not None else ZERO, r.name) for r in rows}


def _exact_customers(conn: Connection, wanted: str) -> list[int]:
    forms = _phone_forms(wanted) | _email_forms(wanted)
    if not forms:
        return []
    query = select(CUSTOMERS.c.id).where(or_(CUSTOMERS.c.phone.in_(sorted(forms)),
                                             CUSTOMERS.c.email.in_(sorted(forms)))).limit(10)
    return [int(r[0]) for r in conn.execute(query)]


def _customers_by_orders(conn: Connection, wanted: str, orders: int) -> list[int]:
    """The customers of the latest orders the trigram index finds for `wanted`."""
    if conn.dialect.name == "postgresql":
        match = literal_column(PG_SEARCH_TEXT).ilike(like_pattern(wanted), escape="\\")
    else:
        phrase = '"' + wanted.replace('"', '""') + '"'
        rowids = text("SELECT rowid FROM orders_fts WHERE orders_fts MATCH :phrase").bindparams(phrase=phrase)
        match = ORDERS.c.id.in_(rowids.columns(column("rowid", Integer)))
    query = (select(ORDERS.c.customer_id).where(and_(match, ORDERS.c.customer_id.is_not(None)))
             .order_by(ORDERS.c.id.desc()).limit(orders))
    return list(dict.fromkeys(int(r[0]) for r in conn.execute(query)))


def _customers_by_like(conn: Connection, wanted: str, limit: int) -> list[int]:
    pattern = like_pattern(wanted)
    cols = (CUSTOMERS.c.name, CUSTOMERS.c.email, CUSTOMERS.c.phone)
    if conn.dialect.name == "sqlite":  # SQLite's LIKE ignores ASCII case by itself
        matches = [c.like(pattern, escape="\\") for c in cols]
    else:
        matches = [c.ilike(pattern, escape="\\") for c in cols]
    return [int(r[0]) for r in conn.execute(select(CUSTOMERS.c.id).where(or_(*matches)).limit(limit))]


def _rank(customer: CustomerMatch, key: str) -> int:
    """0 exact phone or e-mail, 1 name starts with the text, 2 contains it, 3 found through an order only."""
    if key in (customer.phone.casefold(), customer.email.casefold()):
        return 0
    name = customer.name.casefold()
    if name.startswith(key) or any(part.startswith(key) for part in name.split()):
        return 1
    if key in name or key in customer.email.casefold() or key in customer.phone:
        return 2
    return 3


def _product_match(row: Any, matched: str) -> ProductMatch:
    return ProductMatch(row.sku, row.name, row.barcode or "", row.price if row.price is not None else ZERO,
                        int(row.on_hand), int(row.reserved), matched)


def _address_key(address: Address) -> tuple[str, ...]:
    return tuple(" ".join(str(getattr(address, k)).split()).casefold() for k in
                 ("name", "address1", "address2", "city", "province", "postcode", "country", "phone"))


def _remember(conn: Connection, customer_id: int, addresses: Sequence[Address]) -> None:
    book = CUSTOMER_ADDRESSES.c
    saved = conn.execute(select(book.name, book.address1, book.address2, book.city, book.province, book.postcode,
                                book.country, book.phone).where(book.customer_id == customer_id)).all()
    known = {_address_key(Address(*(str(v or "") for v in row))) for row in saved}
    for address in addresses:
        key = _address_key(address)
        if key in known:
            continue
        known.add(key)
        conn.execute(CUSTOMER_ADDRESSES.insert().values(
            customer_id=customer_id, name=address.name, address1=address.address1, address2=address.address2,
            city=address.city, province=address.province, postcode=address.postcode, country=address.country,
            phone=address.phone))
