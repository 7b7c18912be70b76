"""Editing an order before packing, on a SQLite file and on PostgreSQL: lines, quantities, prices and
addresses, with the stock it holds, the ledger, the totals, the timeline and other desks' edits."""

from __future__ import annotations

import threading
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop_oms.bootstrap import Services
from desktop_oms.db.models import ORDER_LINES, ORDER_SHIP_GROUPS, ORDERS, STOCK, STOCK_LEDGER
from desktop_oms.domain.errors import (
    ClaimedElsewhere,
    IllegalMove,
    InsufficientStock,
    InvalidValue,
    NotFound,
    PermissionDenied,
    StaleEdit,
)
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.results import AddressData, OrderDetail
from tests.factories import add_products, import_orders, order, product

AGENT = Actor("agent", Role.AGENT)
PACKER = Actor("packer", Role.PACKER)
MANAGER = Actor("boss", Role.MANAGER)
FRIEND = AddressData("李雷", "朝阳区建国路 88 号", "", "北京", "北京", "100022", "CN", "13912345678")


@pytest.fixture
def shop(services: Services, admin: Actor) -> Services:
    add_products(services, admin, product("TEA-1", 10), product("CUP-1", 5, price="25.00"), product("PEN-9", 0))
    import_orders(services, admin, order("E-1", ("TEA-1", 2), ("CUP-1", 1), minutes=1),
                  order("E-2", ("TEA-1", 1), minutes=2))
    return services


@pytest.fixture
def allocated(shop: Services, admin: Actor) -> Services:
    report = shop.allocation.allocate(["E-1", "E-2"], actor=admin)
    assert set(report.allocated) == {"E-1", "E-2"}
    return shop


def _get(services: Services, order_no: str = "E-1") -> OrderDetail:
    return services.orders.get_order(order_no, actor=AGENT)


def _reserved(services: Services, sku: str) -> int:
    return next(r.reserved for r in services.stock.list_stock(actor=AGENT) if r.sku == sku)


def _stock_agrees_with_lines(services: Services) -> None:
    """stock.reserved is the sum of what the lines hold, and the ledger says the same."""
    with services.uow(read_only=True) as tx:
        conn = tx.connection
        held = dict(conn.execute(select(ORDER_LINES.c.product_id, func.sum(ORDER_LINES.c.reserved_qty))
                                 .group_by(ORDER_LINES.c.product_id)).all())
        for product_id, reserved in conn.execute(select(STOCK.c.product_id, STOCK.c.reserved)):
            assert reserved == int(held.get(product_id, 0) or 0), product_id
    assert services.stock.verify_ledger(actor=Actor("m", Role.MANAGER)) == []


def _ledger(services: Services, order_no: str) -> list[tuple[str, int, str]]:
    with services.uow(read_only=True) as tx:
        return [(r.kind, r.reserved_delta, r.reason) for r in tx.connection.execute(
            select(STOCK_LEDGER).where(STOCK_LEDGER.c.reference == order_no).order_by(STOCK_LEDGER.c.id))]


def test_adding_a_line_to_an_accepted_order_reserves_nothing_and_recomputes_the_totals(shop: Services) -> None:
    before = _get(shop)
    after = shop.orders.add_line("E-1", "PEN-9", 3, expected_version=before.version, actor=AGENT)
    added = after.lines[-1]
    assert (added.line_no, added.sku, added.qty, added.unit_price, added.reserved) == (3, "PEN-9", 3,
                                                                                       Decimal("10.00"), 0)
    assert after.subtotal == before.subtotal + Decimal("30.00")
    assert after.total == after.subtotal + after.shipping_total + after.tax_total - after.discount_total
    assert after.version == before.version + 1 and after.status == "accepted"
    assert _ledger(shop, "E-1") == []


def test_more_units_on_an_allocated_order_are_reserved_with_a_ledger_row(allocated: Services) -> None:
    before = _get(allocated)
    assert _reserved(allocated, "TEA-1") == 3
    after = allocated.orders.change_line_qty("E-1", 1, 5, expected_version=before.version, actor=AGENT)
    line = after.lines[0]
    assert (line.qty, line.reserved, line.line_total) == (5, 5, Decimal("50.00"))
    assert after.subtotal == before.subtotal + Decimal("30.00") and after.status == "allocated"
    assert _reserved(allocated, "TEA-1") == 6
    assert _ledger(allocated, "E-1")[-1] == ("reservation", 3, "order edited: line 1 qty 2 → 5")
    _stock_agrees_with_lines(allocated)


def test_fewer_units_or_a_removed_line_give_the_stock_back(allocated: Services) -> None:
    detail = allocated.orders.change_line_qty("E-1", 1, 1, expected_version=_get(allocated).version, actor=AGENT)
    assert _reserved(allocated, "TEA-1") == 2
    detail = allocated.orders.remove_line("E-1", 2, expected_version=detail.version, actor=AGENT)
    assert [ln.sku for ln in detail.lines] == ["TEA-1"] and _reserved(allocated, "CUP-1") == 0
    assert detail.subtotal == Decimal("10.00") and detail.total == Decimal("10.00")
    assert _ledger(allocated, "E-1")[-2:] == [("release", -1, "order edited: line 1 qty 2 → 1"),
                                              ("release", -1, "order edited: line 2 removed")]
    _stock_agrees_with_lines(allocated)


def test_a_line_added_to_an_allocated_order_is_reserved_at_once(allocated: Services) -> None:
    detail = allocated.orders.add_line("E-1", "CUP-1", 2, expected_version=_get(allocated).version, actor=AGENT)
    assert (detail.lines[-1].qty, detail.lines[-1].reserved, detail.lines[-1].unit_price) == (2, 2, Decimal("25.00"))
    assert _reserved(allocated, "CUP-1") == 3
    _stock_agrees_with_lines(allocated)


def test_units_not_in_stock_refuse_the_edit_and_the_allocated_order_keeps_what_it_holds(
        allocated: Services) -> None:
    before = _get(allocated)
    with pytest.raises(InsufficientStock) as error:
        allocated.orders.change_line_qty("E-1", 2, 9, expected_version=before.version, actor=AGENT)
    assert error.value.params == {"sku": "CUP-1", "wanted": 8, "available": 4}
    with pytest.raises(InsufficientStock):
        allocated.orders.add_line("E-1", "PEN-9", 1, expected_version=before.version, actor=AGENT)
    assert _get(allocated) == before
    assert _reserved(allocated, "CUP-1") == 1
    _stock_agrees_with_lines(allocated)


def test_a_changed_quantity_is_on_the_timeline_in_order(allocated: Services) -> None:
    detail = allocated.orders.change_line_qty("E-1", 1, 3, expected_version=_get(allocated).version, actor=AGENT)
    detail = allocated.orders.add_line("E-1", "CUP-1", 1, expected_version=detail.version, actor=AGENT)
    detail = allocated.orders.remove_line("E-1", 2, expected_version=detail.version, actor=AGENT)
    edits = [e for e in detail.timeline if e.kind == "edit"]
    assert [(e.action, e.user, e.sku) for e in edits] == [
        ("edit-line-qty", "agent", "TEA-1"), ("edit-line-add", "agent", "CUP-1"), ("edit-line-remove", "agent", "CUP-1")]
    assert (edits[0].before, edits[0].after) == ("2", "3")
    assert edits[1].qty == 1 and edits[1].after == "25.00" and edits[1].before == ""
    assert [e.time for e in detail.timeline] == sorted(e.time for e in detail.timeline)


def test_a_price_other_than_the_catalogues_needs_the_right_and_a_reason(shop: Services) -> None:
    version = _get(shop).version
    with pytest.raises(PermissionDenied):
        shop.orders.add_line("E-1", "CUP-1", 1, unit_price=Decimal("20.00"), price_reason="loyal customer",
                             expected_version=version, actor=AGENT)
    with pytest.raises(InvalidValue) as error:
        shop.orders.add_line("E-1", "CUP-1", 1, unit_price=Decimal("20.00"), expected_version=version,
                             actor=MANAGER)
    assert error.value.field == "price_reason"
    detail = shop.orders.add_line("E-1", "CUP-1", 1, unit_price=Decimal("20.00"), price_reason="loyal customer",
                                  expected_version=version, actor=MANAGER)
    assert detail.lines[-1].unit_price == Decimal("20.00")
    entry = next(e for e in detail.timeline if e.action == "edit-line-add")
    assert (entry.before, entry.after, entry.reason, entry.user) == ("25.00", "20.00", "loyal customer", "boss")
    # The catalogue's price needs no right at all.
    shop.orders.add_line("E-1", "CUP-1", 1, unit_price=Decimal("25.00"), expected_version=detail.version,
                         actor=AGENT)


def test_bad_input_is_named_and_changes_nothing(shop: Services) -> None:
    before = _get(shop)
    v = before.version
    with pytest.raises(NotFound):
        shop.orders.add_line("E-1", "NOPE-1", 1, expected_version=v, actor=AGENT)
    for qty in (0, -1):
        with pytest.raises(InvalidValue) as error:
            shop.orders.change_line_qty("E-1", 1, qty, expected_version=v, actor=AGENT)
        assert error.value.field == "qty"
    with pytest.raises(NotFound):
        shop.orders.remove_line("E-1", 99, expected_version=v, actor=AGENT)
    detail = shop.orders.remove_line("E-1", 2, expected_version=v, actor=AGENT)
    with pytest.raises(InvalidValue) as error:  # an order keeps at least one line
        shop.orders.remove_line("E-1", 1, expected_version=detail.version, actor=AGENT)
    assert error.value.field == "lines"
    assert [ln.sku for ln in _get(shop).lines] == ["TEA-1"]


def test_an_edit_from_a_copy_another_desk_changed_meanwhile_is_refused_and_changes_nothing(
        allocated: Services) -> None:
    mine = _get(allocated)
    allocated.orders.change_line_qty("E-1", 1, 3, expected_version=mine.version, actor=Actor("desk-2", Role.AGENT))
    seen = _get(allocated)
    for edit in (lambda: allocated.orders.change_line_qty("E-1", 1, 5, expected_version=mine.version, actor=AGENT),
                 lambda: allocated.orders.add_line("E-1", "CUP-1", 1, expected_version=mine.version, actor=AGENT),
                 lambda: allocated.orders.remove_line("E-1", 2, expected_version=mine.version, actor=AGENT),
                 lambda: allocated.orders.add_ship_group("E-1", FRIEND, expected_version=mine.version, actor=AGENT)):
        with pytest.raises(StaleEdit):
            edit()
    assert _get(allocated) == seen
    assert _reserved(allocated, "TEA-1") == 4 and _reserved(allocated, "CUP-1") == 1
    _stock_agrees_with_lines(allocated)


def test_the_lines_are_fixed_at_a_packing_station_and_once_packed(allocated: Services, admin: Actor) -> None:
    allocated.packing.claim("E-1", "Bench 1", actor=PACKER)
    detail = _get(allocated)
    assert not detail.editable_lines and detail.claimed_by == "Bench 1"
    with pytest.raises(ClaimedElsewhere) as error:
        allocated.orders.change_line_qty("E-1", 1, 1, expected_version=detail.version, actor=AGENT)
    assert error.value.params["station"] == "Bench 1"
    allocated.packing.pack_without_scans("E-2", actor=admin)
    packed = _get(allocated, "E-2")
    assert packed.status == "packed" and not packed.editable_lines and not packed.editable_address
    with pytest.raises(IllegalMove):
        allocated.orders.add_line("E-2", "TEA-1", 1, expected_version=packed.version, actor=AGENT)
    with pytest.raises(IllegalMove):
        allocated.orders.update_ship_to("E-2", FRIEND, expected_version=packed.version, actor=AGENT)
    _stock_agrees_with_lines(allocated)


def test_an_order_on_hold_from_allocated_still_moves_its_stock(allocated: Services) -> None:
    held = allocated.orders.hold("E-1", "customer asks for changes", actor=AGENT)
    detail = allocated.orders.change_line_qty("E-1", 2, 3, expected_version=held.version, actor=AGENT)
    assert detail.status == "on_hold" and detail.lines[1].reserved == 3 and _reserved(allocated, "CUP-1") == 3
    released = allocated.orders.release("E-1", actor=AGENT)
    assert released.status == "allocated"
    _stock_agrees_with_lines(allocated)


def test_a_packer_may_not_edit_an_order(shop: Services) -> None:
    version = _get(shop).version
    for edit in (lambda: shop.orders.add_line("E-1", "TEA-1", 1, expected_version=version, actor=PACKER),
                 lambda: shop.orders.change_line_qty("E-1", 1, 1, expected_version=version, actor=PACKER),
                 lambda: shop.orders.remove_line("E-1", 1, expected_version=version, actor=PACKER),
                 lambda: shop.orders.add_ship_group("E-1", FRIEND, expected_version=version, actor=PACKER),
                 lambda: shop.orders.move_line("E-1", 1, 2, expected_version=version, actor=PACKER)):
        with pytest.raises(PermissionDenied):
            edit()
    assert _get(shop).version == version


# --- several addresses ---------------------------------------------------------------------------


def _groups(services: Services, order_no: str = "E-1") -> list[tuple[int, str]]:
    with services.uow(read_only=True) as tx:
        oid = tx.connection.execute(select(ORDERS.c.id).where(ORDERS.c.order_no == order_no)).scalar_one()
        return [(r.ship_group, r.city) for r in tx.connection.execute(
            select(ORDER_SHIP_GROUPS).where(ORDER_SHIP_GROUPS.c.order_id == oid)
            .order_by(ORDER_SHIP_GROUPS.c.ship_group))]


def test_a_second_address_and_part_of_a_line_moved_to_it_split_the_line_and_its_reservation(
        allocated: Services) -> None:
    single = _get(allocated)
    assert [g.ship_group for g in single.ship_groups] == [1] and not single.multi_address
    detail = allocated.orders.add_ship_group("E-1", FRIEND, expected_version=single.version, actor=AGENT)
    assert _groups(allocated) == [(1, "杭州"), (2, "北京")]
    assert detail.multi_address and detail.ship_groups[1].address == FRIEND and detail.ship_groups[1].line_nos == ()
    detail = allocated.orders.move_line("E-1", 1, 2, qty=1, expected_version=detail.version, actor=AGENT)
    moved = [(ln.line_no, ln.sku, ln.qty, ln.reserved, ln.ship_group, ln.line_total) for ln in detail.lines]
    assert moved == [(1, "TEA-1", 1, 1, 1, Decimal("10.00")), (2, "CUP-1", 1, 1, 1, Decimal("10.00")),
                     (3, "TEA-1", 1, 1, 2, Decimal("10.00"))]
    assert [g.line_nos for g in detail.ship_groups] == [(1, 2), (3,)]
    assert detail.subtotal == single.subtotal and _reserved(allocated, "TEA-1") == 3
    # The rest of the line follows and joins the moved part; the whole CUP-1 line goes too.
    detail = allocated.orders.move_line("E-1", 1, 2, expected_version=detail.version, actor=AGENT)
    detail = allocated.orders.move_line("E-1", 2, 2, expected_version=detail.version, actor=AGENT)
    assert [(ln.line_no, ln.qty, ln.reserved, ln.ship_group) for ln in detail.lines] == [(2, 1, 1, 2), (3, 2, 2, 2)]
    move = [e for e in detail.timeline if e.action == "edit-line-move"][0]
    assert (move.sku, move.qty, move.before, move.after) == ("TEA-1", 1, "1", "2")
    _stock_agrees_with_lines(allocated)


def test_each_address_is_edited_on_its_own_and_address_1_stays_the_orders_ship_to(allocated: Services) -> None:
    detail = allocated.orders.add_ship_group("E-1", FRIEND, expected_version=_get(allocated).version, actor=AGENT)
    detail = allocated.orders.update_ship_to("E-1", replace(FRIEND, city="天津"), ship_group=2,
                                             expected_version=detail.version, actor=AGENT)
    detail = allocated.orders.update_ship_to("E-1", replace(detail.ship_to, city="宁波"), ship_group=1,
                                             expected_version=detail.version, actor=AGENT)
    assert _groups(allocated) == [(1, "宁波"), (2, "天津")]
    assert detail.ship_to.city == "宁波" and detail.ship_groups[0].address.city == "宁波"
    edits = [(e.action, e.ship_group, e.before, e.after) for e in detail.timeline if e.kind == "edit"]
    assert edits[0][:2] == ("edit-group-add", 2)
    assert edits[1:] == [("edit-address", 2, "北京", "天津"), ("edit-address", 1, "杭州", "宁波")]


def test_an_empty_address_is_removed_and_the_last_one_left_makes_the_order_single_address_again(
        allocated: Services) -> None:
    detail = allocated.orders.add_ship_group("E-1", FRIEND, expected_version=_get(allocated).version, actor=AGENT)
    detail = allocated.orders.move_line("E-1", 2, 2, expected_version=detail.version, actor=AGENT)
    with pytest.raises(InvalidValue):  # still has a line
        allocated.orders.remove_ship_group("E-1", 2, expected_version=detail.version, actor=AGENT)
    with pytest.raises(InvalidValue):  # address 1 is the order's own
        allocated.orders.remove_ship_group("E-1", 1, expected_version=detail.version, actor=AGENT)
    detail = allocated.orders.move_line("E-1", 2, 1, expected_version=detail.version, actor=AGENT)
    detail = allocated.orders.remove_ship_group("E-1", 2, expected_version=detail.version, actor=AGENT)
    assert _groups(allocated) == [] and not detail.multi_address
    assert [e.action for e in detail.timeline if e.kind == "edit"][-1] == "edit-group-remove"


def test_a_line_can_be_added_straight_to_another_address(shop: Services) -> None:
    detail = shop.orders.add_ship_group("E-2", FRIEND, expected_version=_get(shop, "E-2").version, actor=AGENT)
    detail = shop.orders.add_line("E-2", "CUP-1", 2, ship_group=2, expected_version=detail.version, actor=AGENT)
    assert [(ln.sku, ln.ship_group) for ln in detail.lines] == [("TEA-1", 1), ("CUP-1", 2)]
    with pytest.raises(NotFound):
        shop.orders.add_line("E-2", "CUP-1", 1, ship_group=7, expected_version=detail.version, actor=AGENT)
    with pytest.raises(InvalidValue):
        shop.orders.move_line("E-2", 2, 1, qty=3, expected_version=detail.version, actor=AGENT)


def test_two_desks_editing_the_same_copy_at_once_one_wins_and_the_other_is_told(allocated: Services) -> None:
    version = _get(allocated).version
    barrier = threading.Barrier(2)
    outcomes: dict[int, str] = {}

    def desk(qty: int) -> None:
        barrier.wait()
        try:
            allocated.orders.change_line_qty("E-1", 1, qty, expected_version=version,
                                             actor=Actor(f"desk-{qty}", Role.AGENT))
            outcomes[qty] = "saved"
        except StaleEdit:
            outcomes[qty] = "stale"

    threads = [threading.Thread(target=desk, args=(qty,)) for qty in (4, 6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(outcomes.values()) == ["saved", "stale"]
    winner = next(qty for qty, outcome in outcomes.items() if outcome == "saved")
    detail = _get(allocated)
    assert detail.lines[0].qty == winner and detail.version == version + 1
    assert _reserved(allocated, "TEA-1") == winner + 1
    _stock_agrees_with_lines(allocated)
