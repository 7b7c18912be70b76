"""An order typed in at the desk, on a SQLite file and on PostgreSQL: customers, products, checks, saving once."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop_oms.bootstrap import Services
from desktop_oms.db.models import AUDIT_LOG, CUSTOMER_ADDRESSES, CUSTOMERS, ORDERS
from desktop_oms.db.models import ORDER_LINES as LINES
from desktop_oms.domain.errors import InvalidValue, PermissionDenied
from desktop_oms.domain.intake import Address, IncomingProduct
from desktop_oms.domain.orders import PaymentMethod, PaymentStatus
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.order_entry_results import EntryLine, NewOrder
from tests.factories import add_products, import_orders, order

AGENT = Actor("agent", Role.AGENT)
MANAGER = Actor("boss", Role.MANAGER)
HANGZHOU = Address("王芳", "西湖区文三路 90 号", "", "杭州", "浙江", "310012", "CN", "13800138000")
BERLIN = Address("Anna Schmidt", "Torstraße 1", "", "Berlin", "", "10119", "de", "+49 30 123456")


@pytest.fixture
def shop(services: Services, admin: Actor) -> Services:
    add_products(services, admin,
                 IncomingProduct("TEA-1", "龙井 Longjing", "6901234567892", "Tea", Decimal("88.00"), 250, 5),
                 IncomingProduct("CUP-1", "Celadon cup", "6909999000011", "Ware", Decimal("35.50"), 300, 100))
    import_orders(services, admin, replace(order("W-001", ("CUP-1", 1)), customer_name="李雷 Li Lei",
                                           email="lilei@example.com", phone="13912345678"))
    return services


def _new(services: Services, *lines: tuple[str, int], actor: Actor = AGENT, **fields: object) -> NewOrder:
    values: dict[str, object] = dict(
        draft=services.order_entry.new_draft(actor=actor), ship_to=HANGZHOU,
        lines=tuple(EntryLine(sku, qty) for sku, qty in lines), payment_method=PaymentMethod.ALIPAY,
        payment_status=PaymentStatus.PAID, customer_name="王芳 Wang Fang", email="wangfang@example.cn",
        phone="13800138000")
    values.update(fields)
    return NewOrder(**values)  # type: ignore[arg-type]


def _refused(services: Services, new: NewOrder, field: str, actor: Actor = AGENT) -> InvalidValue:
    with pytest.raises(InvalidValue) as caught:
        services.order_entry.create_order(new, actor=actor)
    assert caught.value.field == field, caught.value
    return caught.value


def _orders(services: Services) -> int:
    with services.engine.connect() as conn:
        return len(conn.execute(select(ORDERS.c.id)).all())


def test_an_order_typed_in_is_created_through_intake_with_its_customer_lines_and_audit(shop: Services) -> None:
    new = _new(shop, ("TEA-1", 2), ("CUP-1", 1), notes="ring before delivery")
    done = shop.order_entry.create_order(new, actor=AGENT)
    assert done.created and done.order_no == new.draft.order_no and done.order_no.startswith("M")
    assert done.status == "accepted" and done.total == Decimal("211.50") and done.allocation == ""
    detail = shop.orders.get_order(done.order_no, actor=AGENT)
    assert detail.channel == "manual" and detail.customer_name == "王芳 Wang Fang"
    assert detail.ship_to.province == "浙江省" and detail.ship_to.city == "杭州市"  # the official names
    assert [(ln.sku, ln.qty, ln.unit_price) for ln in detail.lines] == [
        ("TEA-1", 2, Decimal("88.00")), ("CUP-1", 1, Decimal("35.50"))]
    with shop.engine.connect() as conn:
        audit = conn.execute(select(AUDIT_LOG.c.action, AUDIT_LOG.c.user, AUDIT_LOG.c.to_status)
                             .where(AUDIT_LOG.c.entity_ref == done.order_no)).all()
        book = conn.execute(select(CUSTOMER_ADDRESSES.c.city, CUSTOMER_ADDRESSES.c.phone)).all()
    assert [tuple(a) for a in audit] == [("create", "agent", "accepted")]
    assert [tuple(b) for b in book] == [("杭州市", "13800138000")]  # the new address is in the book now


def test_saving_the_same_draft_twice_makes_one_order(shop: Services) -> None:
    new = _new(shop, ("TEA-1", 1))
    first = shop.order_entry.create_order(new, actor=AGENT)
    again = shop.order_entry.create_order(new, actor=AGENT)
    assert first.created and not again.created and again.order_no == first.order_no
    assert _orders(shop) == 2  # W-001 and this one
    other = _new(shop, ("TEA-1", 1))
    assert other.draft.order_no != new.draft.order_no
    # A draft whose number another order took meanwhile is refused, not merged into that order.
    stolen = replace(other, draft=replace(other.draft, order_no="W-001"))
    _refused(shop, stolen, "order_no")


def test_a_new_customer_with_a_known_phone_or_email_is_named_as_a_possible_duplicate(shop: Services) -> None:
    by_phone = shop.order_entry.find_duplicates(phone="139 1234 5678", actor=AGENT)
    assert [(d.field, d.customer.name) for d in by_phone] == [("phone", "李雷 Li Lei")]
    by_email = shop.order_entry.find_duplicates(email="LiLei@Example.com", actor=AGENT)
    assert [(d.field, d.customer.email) for d in by_email] == [("email", "lilei@example.com")]
    assert shop.order_entry.find_duplicates(phone="13700000000", email="new@example.com", actor=AGENT) == []
    # The agent picks the existing customer instead: the order is theirs, with their contact details.
    customer = by_phone[0].customer
    done = shop.order_entry.create_order(_new(shop, ("CUP-1", 1), customer_id=customer.id, customer_name="",
                                              email="", phone=""), actor=AGENT)
    with shop.engine.connect() as conn:
        row = conn.execute(select(ORDERS.c.customer_id, ORDERS.c.email)
                           .where(ORDERS.c.order_no == done.order_no)).one()
        customers = conn.execute(select(CUSTOMERS.c.id)).all()
    assert tuple(row) == (customer.id, "lilei@example.com") and len(customers) == 1
    assert shop.order_entry.address_book(customer.id, actor=AGENT)[0].city == "杭州市"


def test_customers_are_found_as_you_type_by_part_of_name_phone_or_email(shop: Services) -> None:
    search = shop.order_entry.search_customers
    assert [c.name for c in search("Li Lei", actor=AGENT)] == ["李雷 Li Lei"]
    assert [c.name for c in search("李雷", actor=AGENT)] == ["李雷 Li Lei"]  # two characters: below a trigram
    assert [c.name for c in search("2345", actor=AGENT)] == ["李雷 Li Lei"]
    assert [c.name for c in search("EXAMPLE.COM", actor=AGENT)] == ["李雷 Li Lei"]
    assert [c.name for c in search("13912345678", actor=AGENT)] == ["李雷 Li Lei"]
    assert search("nobody", actor=AGENT) == [] and search("  ", actor=AGENT) == []
    with pytest.raises(PermissionDenied):
        search("Li", actor=Actor("p", Role.PACKER))


def test_products_are_found_by_barcode_sku_or_name_with_their_available_stock(shop: Services, admin: Actor) -> None:
    find = shop.order_entry.find_products
    scanned = find("6901234567892", actor=AGENT)
    assert [(p.sku, p.matched, p.available) for p in scanned] == [("TEA-1", "barcode", 5)]
    assert [(p.sku, p.matched) for p in find("cup-1", actor=AGENT)] == [("CUP-1", "sku")]
    assert [p.sku for p in find("longjing", actor=AGENT)] == ["TEA-1"]
    assert [p.sku for p in find("-1", actor=AGENT)] == ["CUP-1", "TEA-1"]
    shop.allocation.allocate_all(actor=admin)  # W-001 reserves a cup
    cup = find("CUP-1", actor=AGENT)[0]
    assert (cup.on_hand, cup.reserved, cup.available, cup.price) == (100, 1, 99, Decimal("35.50"))


@pytest.mark.parametrize(("change", "field"), [
    ({"customer_name": " "}, "customer_name"),
    ({"email": "", "phone": ""}, "phone"),
    ({"email": "not-an-address"}, "email"),
    ({"ship_to": replace(HANGZHOU, phone="")}, "ship_to.phone"),
    ({"ship_to": replace(HANGZHOU, province="")}, "ship_to.province"),
    ({"ship_to": replace(HANGZHOU, province="Atlantis")}, "ship_to.province"),
    ({"ship_to": replace(HANGZHOU, city="")}, "ship_to.city"),
    ({"ship_to": replace(HANGZHOU, city="广州市")}, "ship_to.city"),  # a city of another province
    ({"ship_to": replace(HANGZHOU, address1="")}, "ship_to.address1"),
    ({"ship_to": replace(HANGZHOU, name="")}, "ship_to.name"),
    ({"ship_to": replace(HANGZHOU, country="")}, "ship_to.country"),
    ({"ship_to": replace(BERLIN, postcode="")}, "ship_to.postcode"),
    ({"ship_to": replace(BERLIN, city="")}, "ship_to.city"),
    ({"payment_method": "bitcoin"}, "payment_method"),
    ({"payment_status": "refunded"}, "payment_status"),
    ({"payment_method": PaymentMethod.COD, "payment_status": PaymentStatus.PAID}, "payment_status"),
    ({"lines": ()}, "lines"),
])
def test_a_broken_rule_is_refused_naming_its_field_and_nothing_is_created(
        shop: Services, change: dict[str, object], field: str) -> None:
    _refused(shop, replace(_new(shop, ("TEA-1", 1)), **change), field)  # type: ignore[arg-type]
    assert _orders(shop) == 1


@pytest.mark.parametrize(("line", "field"), [
    ({"qty": 0}, "line_1.qty"), ({"qty": -2}, "line_1.qty"), ({"sku": "NOPE"}, "line_1.sku"),
    ({"unit_price": Decimal("-1")}, "line_1.unit_price"), ({"ship_group": 2}, "line_1.ship_group"),
])
def test_a_broken_line_is_refused_naming_the_line_and_its_field(
        shop: Services, line: dict[str, object], field: str) -> None:
    entry = replace(EntryLine("TEA-1", 1), **line)  # type: ignore[arg-type]
    _refused(shop, _new(shop, lines=(entry,)), field)
    assert _orders(shop) == 1


def test_a_foreign_address_needs_a_postcode_but_no_province_and_a_cod_order_waits_for_its_cash(shop: Services) -> None:
    done = shop.order_entry.create_order(_new(shop, ("CUP-1", 2), ship_to=BERLIN, payment_method=PaymentMethod.COD,
                                              payment_status=PaymentStatus.COD_PENDING), actor=AGENT)
    detail = shop.orders.get_order(done.order_no, actor=AGENT)
    assert detail.ship_to.country == "DE" and detail.status == "accepted" and detail.payment_status == "cod_pending"
    unpaid = shop.order_entry.create_order(_new(shop, ("CUP-1", 1), payment_status=PaymentStatus.UNPAID), actor=AGENT)
    assert unpaid.status == "pending_payment"


def test_a_price_other_than_the_catalogues_needs_the_permission_and_a_reason(shop: Services) -> None:
    cheaper = (EntryLine("TEA-1", 1, Decimal("80.00"), "loyal customer, 10th order"),)
    with pytest.raises(PermissionDenied):
        shop.order_entry.create_order(_new(shop, lines=cheaper), actor=AGENT)
    _refused(shop, _new(shop, lines=(replace(cheaper[0], price_reason=" "),), actor=MANAGER), "line_1.price_reason",
             actor=MANAGER)
    assert _orders(shop) == 1
    # The catalogue price typed out in full is no override.
    same = shop.order_entry.create_order(_new(shop, lines=(EntryLine("TEA-1", 1, Decimal("88")),)), actor=AGENT)
    assert same.created and same.price_overrides == ()
    done = shop.order_entry.create_order(_new(shop, lines=cheaper, actor=MANAGER), actor=MANAGER)
    assert done.price_overrides == ("TEA-1",) and done.total == Decimal("80.00")
    detail = shop.orders.get_order(done.order_no, actor=MANAGER)
    assert "loyal customer, 10th order" in detail.notes and "88.00 → 80.00" in detail.notes
    with shop.engine.connect() as conn:
        audit = conn.execute(select(AUDIT_LOG.c.action, AUDIT_LOG.c.reason, AUDIT_LOG.c.details)
                             .where(AUDIT_LOG.c.entity_ref == done.order_no, AUDIT_LOG.c.action == "price-override")
                             ).one()
    assert audit.reason == "loyal customer, 10th order" and audit.details["from"] == "88.00"


def test_allocate_at_once_reserves_the_stock_or_backorders_when_short(shop: Services) -> None:
    done = shop.order_entry.create_order(_new(shop, ("TEA-1", 3), allocate=True), actor=AGENT)
    assert (done.status, done.allocation) == ("allocated", "allocated")
    assert shop.order_entry.find_products("TEA-1", actor=AGENT)[0].available == 2
    short = shop.order_entry.create_order(_new(shop, ("TEA-1", 3), allocate=True), actor=AGENT)
    assert (short.status, short.allocation) == ("backordered", "backordered")
    unpaid = shop.order_entry.create_order(_new(shop, ("CUP-1", 1), allocate=True,
                                                payment_status=PaymentStatus.UNPAID), actor=AGENT)
    assert unpaid.status == "pending_payment" and unpaid.allocation.startswith("skipped")


def test_an_order_to_two_addresses_fills_each_lines_ship_group_and_the_second_address(shop: Services) -> None:
    mum = Address("王母", "天河区体育西路 1 号", "", "Guangzhou", "Guangdong", "", "CN", "13500000000")
    lines = (EntryLine("TEA-1", 1, ship_group=1), EntryLine("TEA-1", 1, ship_group=2), EntryLine("CUP-1", 2, ship_group=2))
    seen: list[object] = []
    intake = shop.order_entry._intake
    original = intake.import_orders

    def spy(parsed, **kwargs):  # type: ignore[no-untyped-def]
        seen.extend(parsed.orders)
        return original(parsed, **kwargs)

    intake.import_orders = spy  # type: ignore[method-assign]
    try:
        done = shop.order_entry.create_order(_new(shop, lines=lines, more_ship_to=((2, mum),)), actor=AGENT)
    finally:
        del intake.import_orders
    incoming = seen[0]
    assert [ln.ship_group for ln in incoming.lines] == [1, 2, 2]  # type: ignore[attr-defined]
    assert incoming.more_ship_to == ((2, replace(mum, province="广东省", city="广州市")),)  # type: ignore[attr-defined]
    with shop.engine.connect() as conn:
        groups = conn.execute(select(LINES.c.ship_group).join(ORDERS, ORDERS.c.id == LINES.c.order_id)
                              .where(ORDERS.c.order_no == done.order_no).order_by(LINES.c.line_no)).scalars().all()
    assert groups == [1, 2, 2]
    book = shop.order_entry.address_book(shop.order_entry.search_customers("wangfang@example.cn", actor=AGENT)[0].id,
                                         actor=AGENT)
    assert {a.city for a in book} == {"杭州市", "广州市"}
    # An address no line goes to, and addresses not numbered 2, 3, … are refused.
    _refused(shop, _new(shop, ("TEA-1", 1), more_ship_to=((2, mum),)), "ship_to_2")
    _refused(shop, _new(shop, lines=lines, more_ship_to=((3, mum),)), "ship_to_3")
    _refused(shop, _new(shop, lines=lines, more_ship_to=((2, replace(mum, phone="")),)), "ship_to_2.phone")
