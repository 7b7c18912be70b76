"""Orders and stock through the services, on a SQLite file and on PostgreSQL."""

import pytest

from desktop_oms.bootstrap import Services
from desktop_oms.domain.errors import IllegalMove, InvalidValue, NotFound, PermissionDenied
from desktop_oms.domain.orders import PaymentMethod
from desktop_oms.domain.users import Actor, Role
from tests.factories import add_products, import_orders, order, product


def _stock(services: Services, admin: Actor, sku: str) -> tuple[int, int]:
    row = next(r for r in services.stock.list_stock(actor=admin) if r.sku == sku)
    return row.on_hand, row.reserved


def _status(services: Services, admin: Actor, order_no: str) -> str:
    return services.orders.get_order(order_no, actor=admin).status


def test_allocating_reserves_every_line_of_an_order_whole(services: Services, admin: Actor) -> None:
    add_products(services, admin, product("TEA-1", 5), product("CUP-1", 5))
    import_orders(services, admin, order("A-1", ("TEA-1", 2), ("CUP-1", 1)))
    report = services.allocation.allocate(["A-1"], actor=admin)
    assert report.allocated == ("A-1",)
    detail = services.orders.get_order("A-1", actor=admin)
    assert detail.status == "allocated"
    assert [(ln.sku, ln.reserved) for ln in detail.lines] == [("TEA-1", 2), ("CUP-1", 1)]
    assert _stock(services, admin, "TEA-1") == (5, 2)
    assert [h.to_status for h in detail.history] == ["accepted", "allocated"]
    assert detail.history[-1].user == "tester"


def test_allocating_more_than_available_leaves_the_order_backordered_holding_nothing(
        services: Services, admin: Actor) -> None:
    add_products(services, admin, product("TEA-1", 5), product("CUP-1", 1))
    import_orders(services, admin, order("A-1", ("TEA-1", 2), ("CUP-1", 3)))
    report = services.allocation.allocate(["A-1"], actor=admin)
    assert report.backordered == ("A-1",) and report.allocated == ()
    assert _stock(services, admin, "TEA-1") == (5, 0)
    assert _stock(services, admin, "CUP-1") == (1, 0)
    assert all(ln.reserved == 0 for ln in services.orders.get_order("A-1", actor=admin).lines)
    assert services.stock.verify_ledger(actor=admin) == []


def test_allocate_all_serves_the_oldest_orders_first(services: Services, admin: Actor) -> None:
    add_products(services, admin, product("TEA-1", 3))
    import_orders(services, admin, order("NEW", ("TEA-1", 2), minutes=30), order("OLD", ("TEA-1", 2), minutes=0),
                  order("MID", ("TEA-1", 1), minutes=10))
    report = services.allocation.allocate_all(actor=admin)
    assert report.allocated == ("OLD", "MID") and report.backordered == ("NEW",)


def test_receiving_stock_fills_waiting_backorders_oldest_first(services: Services, admin: Actor) -> None:
    add_products(services, admin, product("TEA-1", 0))
    import_orders(services, admin, order("B-2", ("TEA-1", 2), minutes=5), order("B-1", ("TEA-1", 2), minutes=1))
    services.allocation.allocate_all(actor=admin)
    assert _status(services, admin, "B-1") == "backordered"
    change = services.stock.receive("TEA-1", 3, actor=admin, note="PO 7")
    assert change.allocated.allocated == ("B-1",) and change.allocated.backordered == ("B-2",)
    assert (change.on_hand, change.reserved) == (3, 2)
    assert services.stock.verify_ledger(actor=admin) == []


def test_an_order_already_allocated_is_skipped_not_allocated_twice(services: Services, admin: Actor) -> None:
    add_products(services, admin, product("TEA-1", 10))
    import_orders(services, admin, order("A-1", ("TEA-1", 2)))
    services.allocation.allocate(["A-1"], actor=admin)
    again = services.allocation.allocate(["A-1", "NOPE"], actor=admin)
    assert again.allocated == ()
    assert dict(again.skipped) == {"A-1": "order is allocated, not accepted or backordered",
                                   "NOPE": "no such order"}
    assert _stock(services, admin, "TEA-1") == (10, 2)


def test_an_unpaid_order_is_not_allocated(services: Services, admin: Actor) -> None:
    add_products(services, admin, product("TEA-1", 10))
    import_orders(services, admin, order("U-1", ("TEA-1", 1), method=PaymentMethod.BANK_TRANSFER, paid=False))
    assert services.allocation.allocate(["U-1"], actor=admin).skipped[0][0] == "U-1"
    assert _status(services, admin, "U-1") == "pending_payment"


def test_cancelling_releases_reserved_stock_and_is_audited(services: Services, admin: Actor) -> None:
    add_products(services, admin, product("TEA-1", 4))
    import_orders(services, admin, order("A-1", ("TEA-1", 3)))
    services.allocation.allocate(["A-1"], actor=admin)
    detail = services.orders.cancel("A-1", actor=admin, reason="customer asked")
    assert detail.status == "cancelled"
    assert _stock(services, admin, "TEA-1") == (4, 0)
    assert detail.history[-1].from_status == "allocated" and detail.history[-1].reason == "customer asked"
    kinds = [row.kind for row in services.stock.ledger("TEA-1", actor=admin)]
    assert kinds[:2] == ["release", "reservation"]
    assert services.stock.verify_ledger(actor=admin) == []


def test_cancelling_twice_or_after_shipping_is_refused_and_changes_nothing(services: Services, admin: Actor) -> None:
    add_products(services, admin, product("TEA-1", 4))
    import_orders(services, admin, order("A-1", ("TEA-1", 1)))
    services.orders.cancel("A-1", actor=admin)
    with pytest.raises(IllegalMove, match="cancelled to cancelled"):
        services.orders.cancel("A-1", actor=admin)
    assert len(services.orders.get_order("A-1", actor=admin).history) == 2


def test_a_held_order_is_released_to_where_it_was_and_keeps_its_reservation(services: Services, admin: Actor) -> None:
    add_products(services, admin, product("TEA-1", 4))
    import_orders(services, admin, order("A-1", ("TEA-1", 1)))
    services.allocation.allocate(["A-1"], actor=admin)
    held = services.orders.hold("A-1", "address check", actor=admin)
    assert (held.status, held.hold_reason) == ("on_hold", "address check")
    assert _stock(services, admin, "TEA-1") == (4, 1)
    assert services.allocation.allocate(["A-1"], actor=admin).allocated == ()
    assert services.orders.release("A-1", actor=admin).status == "allocated"
    with pytest.raises(IllegalMove):
        services.orders.release("A-1", actor=admin)


def test_cancelling_a_held_allocated_order_releases_its_stock(services: Services, admin: Actor) -> None:
    add_products(services, admin, product("TEA-1", 4))
    import_orders(services, admin, order("A-1", ("TEA-1", 2)))
    services.allocation.allocate(["A-1"], actor=admin)
    services.orders.hold("A-1", "fraud check", actor=admin)
    services.orders.cancel("A-1", actor=admin)
    assert _stock(services, admin, "TEA-1") == (4, 0)


def test_a_hold_needs_a_reason(services: Services, admin: Actor) -> None:
    add_products(services, admin, product("TEA-1", 4))
    import_orders(services, admin, order("A-1", ("TEA-1", 2)))
    with pytest.raises(InvalidValue, match="reason"):
        services.orders.hold("A-1", "  ", actor=admin)


def test_adjusting_stock_needs_a_reason_and_cannot_drop_below_reserved(services: Services, admin: Actor) -> None:
    add_products(services, admin, product("TEA-1", 5))
    import_orders(services, admin, order("A-1", ("TEA-1", 4)))
    services.allocation.allocate(["A-1"], actor=admin)
    with pytest.raises(InvalidValue, match="reason"):
        services.stock.adjust("TEA-1", -1, "", actor=admin)
    with pytest.raises(InvalidValue, match="below the units reserved"):
        services.stock.adjust("TEA-1", -2, "broken", actor=admin)
    change = services.stock.adjust("TEA-1", -1, "broken jar", actor=admin)
    assert (change.on_hand, change.reserved) == (4, 4)
    assert services.stock.ledger("TEA-1", actor=admin)[0].reason == "broken jar"
    assert services.stock.verify_ledger(actor=admin) == []


def test_stock_list_low_shows_products_at_or_below_their_threshold(services: Services, admin: Actor) -> None:
    add_products(services, admin, product("LOW-1", 2), product("OK-1", 50))
    assert [r.sku for r in services.stock.list_stock(actor=admin, low_only=True)] == ["LOW-1"]
    assert services.stock.list_stock(actor=admin)[0].available == 2


def test_importing_the_same_orders_twice_creates_them_once(services: Services, admin: Actor) -> None:
    from desktop_oms.domain.intake import ParsedFile

    orders = [order("A-1", ("NEW-SKU", 2), price="12.50"), order("A-2", ("NEW-SKU", 1))]
    first = services.intake.import_orders(ParsedFile(orders=orders), actor=admin)
    second = services.intake.import_orders(ParsedFile(orders=orders), actor=admin)
    assert (first.created, first.skipped, second.created, second.skipped) == (2, 0, 0, 2)
    assert len(services.orders.list_orders(actor=admin)) == 2
    stock = services.stock.list_stock(actor=admin)
    assert [(s.sku, s.on_hand) for s in stock] == [("NEW-SKU", 0)]
    detail = services.orders.get_order("A-1", actor=admin)
    assert str(detail.total) == "25.00" and detail.lines[0].name == "Item NEW-SKU"


def test_searching_orders_finds_any_substring_of_name_phone_email_or_number(services: Services, admin: Actor) -> None:
    import_orders(services, admin, order("SH-100_%", ("X", 1)), order("SH-200", ("X", 1)))
    assert [r.order_no for r in services.orders.list_orders(actor=admin, search="100_%")] == ["SH-100_%"]
    assert len(services.orders.list_orders(actor=admin, search="王芳")) == 2
    assert len(services.orders.list_orders(actor=admin, search="38001")) == 2
    assert services.orders.list_orders(actor=admin, search="_") == [
        r for r in services.orders.list_orders(actor=admin) if "_" in r.order_no]


def test_a_packer_may_not_cancel_and_the_service_says_so(services: Services, admin: Actor) -> None:
    import_orders(services, admin, order("A-1", ("X", 1)))
    with pytest.raises(PermissionDenied, match="may not cancel orders"):
        services.orders.cancel("A-1", actor=Actor("pat", Role.PACKER))
    assert _status(services, admin, "A-1") == "accepted"


def test_an_unknown_order_is_reported_by_number(services: Services, admin: Actor) -> None:
    with pytest.raises(NotFound, match="no order 'Z-9'"):
        services.orders.get_order("Z-9", actor=admin)
