"""After-sales cases on a SQLite file and on PostgreSQL: every type's path, money with four eyes, goods in, exchanges."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop_oms.bootstrap import Services
from desktop_oms.db.models import AUDIT_LOG, CASES, ORDERS, OUTBOX, PAYMENTS, STOCK_LEDGER, utcnow
from desktop_oms.domain.cases import (
    BadAttachment,
    MoveNeedsAction,
    RefundNeedsBankDetails,
    RefundTooLarge,
    SelfApproval,
    TooManyUnits,
)
from desktop_oms.domain.errors import IllegalMove, InvalidValue, NotFound, PermissionDenied, StaleEdit
from desktop_oms.domain.orders import PaymentMethod
from desktop_oms.domain.packing import PackCheck
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.case_results import CaseFilter, Inspection, NewCase, NewCaseLine
from tests.factories import add_products, import_orders, order, product

AGENT = Actor("agent", Role.AGENT)
AGENT2 = Actor("agent2", Role.AGENT)
PACKER = Actor("packer", Role.PACKER)
BOSS = Actor("boss", Role.MANAGER)
BOSS2 = Actor("boss2", Role.MANAGER)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32

_tracking = iter(range(10_000_000, 99_999_999))


def _ship(services: Services, admin: Actor, order_no: str) -> None:
    services.allocation.allocate([order_no], actor=admin)
    services.packing.pack_without_scans(order_no, actor=admin)
    services.packing.ship(order_no, "simulator", f"SIM{next(_tracking)}", actor=admin)


@pytest.fixture
def shop(services: Services, admin: Actor) -> Services:
    """Shipped: S-1 (2 tea, 20.00), S-2 (cash on delivery, Portugal, 3 tea) and S-4 (2 tea and a cup at 30.00,
    50.00), all but S-2 paid by Alipay and going to China; S-3 is allocated, not shipped."""
    add_products(services, admin, product("TEA-1", 20), product("CUP-1", 20))
    import_orders(
        services, admin,
        order("S-1", ("TEA-1", 2), minutes=1),
        order("S-3", ("TEA-1", 1), minutes=3),
    )
    cod = order("S-2", ("TEA-1", 3), minutes=2, method=PaymentMethod.COD, paid=False)
    import_orders(services, admin, replace(cod, customer_name="Ana Silva", email="ana@example.pt",
                                           ship_to=replace(cod.ship_to, name="Ana Silva", country="PT")))
    s1 = order("S-4", ("TEA-1", 2), ("CUP-1", 1), minutes=4)
    import_orders(services, admin, replace(s1, lines=(s1.lines[0], replace(s1.lines[1], unit_price=Decimal("30.00")))))
    for no in ("S-1", "S-2", "S-4"):
        _ship(services, admin, no)
    services.allocation.allocate(["S-3"], actor=admin)  # nothing waits for stock
    return services


def _line(services: Services, order_no: str, sku: str) -> int:
    return next(ln.order_line_id for ln in services.cases.returnable_lines(order_no, actor=AGENT) if ln.sku == sku)


def _open(services: Services, kind: str, order_no: str = "S-4", *lines: tuple[str, int], reason: str = "damaged",
          actor: Actor = AGENT, **extra: Any) -> str:
    new = NewCase(order_no, kind, reason,
                  lines=tuple(NewCaseLine(_line(services, order_no, sku), qty) for sku, qty in lines), **extra)
    return services.cases.open_case(new, actor=actor).case_no


def _stock(services: Services, sku: str) -> tuple[int, int]:
    row = next(r for r in services.stock.list_stock(actor=PACKER) if r.sku == sku)
    return row.on_hand, row.reserved


def _outbox(services: Services) -> list[Any]:
    with services.uow(read_only=True) as tx:
        return list(tx.connection.execute(select(OUTBOX).where(OUTBOX.c.kind.startswith("case_"))
                                          .order_by(OUTBOX.c.id)).all())


def _received_and_inspected(services: Services, case_no: str) -> None:
    services.cases.move(case_no, "approved", actor=AGENT)
    detail = services.cases.receive_goods(case_no, actor=PACKER, station="Bench 1")
    services.cases.inspect(case_no, [Inspection(ln.id, restock=ln.received_qty) for ln in detail.lines], actor=PACKER)


# --- the four types' paths ------------------------------------------------------------------------------


def test_a_return_goes_requested_approved_awaiting_received_inspected_refunded_closed(shop: Services) -> None:
    case_no = _open(shop, "return", "S-4", ("TEA-1", 1), reason="changed_mind")
    assert case_no == "C-00001"
    detail = shop.cases.get_case(case_no, actor=AGENT)
    assert (detail.status, detail.owner, detail.opened_by, detail.moves) == (
        "requested", "agent", "agent", ("approved", "rejected"))
    assert detail.sla_due is not None and detail.paid == Decimal("50.00")
    shop.cases.move(case_no, "approved", actor=AGENT)
    shop.cases.move(case_no, "awaiting_goods", actor=AGENT, reason="return label sent")
    received = shop.cases.receive_goods(case_no, actor=PACKER)
    assert received.status == "received" and received.lines[0].received_qty == 1
    inspected = shop.cases.inspect(case_no, [Inspection(received.lines[0].id, restock=1)], actor=PACKER)
    assert inspected.status == "inspected" and inspected.moves == ("closed",)
    refunded = shop.cases.request_refund(case_no, Decimal("10.00"), actor=AGENT)
    assert refunded.status == "refunded" and refunded.refunded == Decimal("10.00")
    closed = shop.cases.move(case_no, "closed", actor=AGENT, reason="all done")
    assert closed.status == "closed" and closed.closed_at is not None and closed.resolution == "all done"
    moves = [(e.from_status, e.to_status) for e in closed.timeline if e.kind == "status"]
    assert moves == [(None, "requested"), ("requested", "approved"), ("approved", "awaiting_goods"),
                     ("awaiting_goods", "received"), ("received", "inspected"), ("inspected", "refunded"),
                     ("refunded", "closed")]
    assert [e.time for e in closed.timeline] == sorted(e.time for e in closed.timeline)


def test_an_exchange_sends_a_free_replacement_that_is_allocated_packed_and_shipped_like_any_order(
        shop: Services, admin: Actor) -> None:
    case_no = _open(shop, "exchange", "S-4", ("CUP-1", 1), reason="wrong_item")
    with pytest.raises(IllegalMove) as early:
        shop.cases.create_replacement(case_no, actor=AGENT)  # not approved yet
    assert early.value.code == "case.illegal_move"
    shop.cases.move(case_no, "approved", actor=AGENT)
    detail = shop.cases.create_replacement(case_no, actor=AGENT)
    assert detail.replacement_order_no == "S-4-X1"
    with pytest.raises(IllegalMove):
        shop.cases.create_replacement(case_no, actor=AGENT)  # once
    new = shop.orders.get_order("S-4-X1", actor=AGENT)
    assert (new.status, new.channel, new.payment_status, new.total, new.customer_name, new.ship_to) == (
        "accepted", "exchange", "paid", Decimal("0.00"), "王芳 Wang Fang",
        shop.orders.get_order("S-4", actor=AGENT).ship_to)
    assert [(ln.sku, ln.qty, ln.unit_price) for ln in new.lines] == [("CUP-1", 1, Decimal("0.00"))]
    assert shop.allocation.allocate(["S-4-X1"], actor=admin).allocated == ("S-4-X1",)
    claimed = shop.packing.claim("S-4-X1", "Bench 1", actor=PACKER)
    check = PackCheck(claimed.order_no, claimed.lines)
    check.scan("CUP-1")
    shop.packing.finish("S-4-X1", "Bench 1", check.counts(), actor=PACKER)
    assert shop.packing.ship("S-4-X1", "simulator", "SIM77777777", actor=PACKER).status == "shipped"
    # the wrong cup comes back through goods in
    shop.cases.receive_goods(case_no, actor=PACKER)
    done = shop.cases.inspect(case_no, [Inspection(detail.lines[0].id, restock=1)], actor=PACKER)
    assert shop.cases.move(done.case_no, "closed", actor=AGENT).status == "closed"
    assert shop.stock.verify_ledger(actor=admin) == []


def test_a_refund_without_return_is_approved_then_refunded_at_once_under_the_limit(shop: Services) -> None:
    case_no = _open(shop, "refund", "S-1", reason="never_arrived")
    with pytest.raises(IllegalMove):
        shop.cases.request_refund(case_no, Decimal("5.00"), actor=AGENT)  # requested: not yet
    shop.cases.move(case_no, "approved", actor=AGENT)
    detail = shop.cases.request_refund(case_no, Decimal("20.00"), actor=AGENT, note="parcel lost")
    assert (detail.status, detail.refunded, detail.refundable) == ("refunded", Decimal("20.00"), Decimal("0.00"))
    assert [(r.status, r.amount) for r in detail.refunds] == [("recorded", Decimal("20.00"))]
    order_ = shop.orders.get_order("S-1", actor=AGENT)
    assert (order_.payment_status, order_.refunded_total) == ("refunded", Decimal("20.00"))
    assert [(p.kind, p.amount) for p in order_.payments] == [("payment", Decimal("20.00")),
                                                             ("refund", Decimal("20.00"))]


def test_a_complaint_goes_open_in_progress_waiting_resolved_closed_and_can_be_reopened(shop: Services) -> None:
    case_no = _open(shop, "complaint", "S-1", reason="late", priority="high", category="delivery")
    detail = shop.cases.get_case(case_no, actor=AGENT)
    assert (detail.status, detail.category, detail.priority, detail.lines) == ("open", "delivery", "high", ())
    for target in ("in_progress", "waiting_for_customer", "in_progress", "resolved", "in_progress", "resolved",
                   "closed"):
        detail = shop.cases.move(case_no, target, actor=AGENT)
    assert detail.status == "closed" and detail.moves == ()


# --- illegal moves, with their code -----------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "order_no", "lines", "target"), [
    ("return", "S-4", (("TEA-1", 1),), "closed"),
    ("exchange", "S-4", (("TEA-1", 1),), "inspected"),
    ("refund", "S-1", (), "refunded"),
    ("complaint", "S-1", (), "approved"),
])
def test_a_move_not_in_the_types_table_is_refused_with_its_code_and_changes_nothing(
        shop: Services, kind: str, order_no: str, lines: tuple[tuple[str, int], ...], target: str) -> None:
    case_no = _open(shop, kind, order_no, *lines)
    before = shop.cases.get_case(case_no, actor=AGENT)
    with pytest.raises(IllegalMove) as caught:
        shop.cases.move(case_no, target, actor=AGENT)
    assert caught.value.code == "case.illegal_move"
    assert caught.value.params["current"] == before.status and caught.value.params["target"] == target
    after = shop.cases.get_case(case_no, actor=AGENT)
    assert (after.status, after.version) == (before.status, before.version)


def test_received_inspected_and_refunded_are_reached_by_their_own_action_not_a_move(shop: Services) -> None:
    case_no = _open(shop, "return", "S-4", ("TEA-1", 1))
    shop.cases.move(case_no, "approved", actor=AGENT)
    shop.cases.move(case_no, "awaiting_goods", actor=AGENT)
    with pytest.raises(MoveNeedsAction) as caught:
        shop.cases.move(case_no, "received", actor=AGENT)
    assert caught.value.code == "case.move_needs_action"
    assert "received" not in shop.cases.get_case(case_no, actor=AGENT).moves
    with pytest.raises(InvalidValue):
        shop.cases.move(case_no, "teleported", actor=AGENT)


def test_a_rejected_return_cannot_be_received(shop: Services) -> None:
    case_no = _open(shop, "return", "S-4", ("TEA-1", 1))
    shop.cases.move(case_no, "rejected", actor=AGENT, reason="outside the return window")
    with pytest.raises(IllegalMove):
        shop.cases.receive_goods(case_no, actor=PACKER)
    with pytest.raises(NotFound):
        shop.cases.find_receivable(case_no, actor=PACKER)


# --- lines --------------------------------------------------------------------------------------------


def test_lines_never_claim_more_than_shipped_minus_returned_minus_claimed(shop: Services) -> None:
    first = _open(shop, "return", "S-4", ("TEA-1", 1))
    left = {ln.sku: (ln.shipped, ln.claimed, ln.left) for ln in shop.cases.returnable_lines("S-4", actor=AGENT)}
    assert left == {"TEA-1": (2, 1, 1), "CUP-1": (1, 0, 1)}
    with pytest.raises(TooManyUnits) as caught:
        _open(shop, "exchange", "S-4", ("TEA-1", 2))
    assert caught.value.code == "case.too_many_units" and caught.value.params["left"] == 1
    second = _open(shop, "exchange", "S-4", ("TEA-1", 1))
    with pytest.raises(TooManyUnits):
        _open(shop, "return", "S-4", ("TEA-1", 1))
    _received_and_inspected(shop, first)  # returned now, no longer "claimed"
    line = next(ln for ln in shop.cases.returnable_lines("S-4", actor=AGENT) if ln.sku == "TEA-1")
    assert (line.returned, line.claimed, line.left) == (1, 1, 0)
    shop.cases.move(second, "rejected", actor=AGENT)
    line = next(ln for ln in shop.cases.returnable_lines("S-4", actor=AGENT) if ln.sku == "TEA-1")
    assert (line.returned, line.claimed, line.left) == (1, 0, 1)


def test_a_return_needs_a_line_and_a_shipped_order(shop: Services) -> None:
    with pytest.raises(InvalidValue) as no_lines:
        shop.cases.open_case(NewCase("S-4", "return", "damaged"), actor=AGENT)
    assert no_lines.value.field == "lines"
    with pytest.raises(InvalidValue) as unshipped:
        _open(shop, "return", "S-3", ("TEA-1", 1))
    assert unshipped.value.field == "order_no"
    with pytest.raises(NotFound):
        shop.cases.open_case(NewCase("S-4", "return", "damaged", lines=(NewCaseLine(999_999, 1),)), actor=AGENT)
    with pytest.raises(InvalidValue):
        _open(shop, "return", "S-4", ("TEA-1", 1), reason="bored")
    assert shop.cases.list_cases(CaseFilter(include_done=True), actor=AGENT) == []


# --- permissions, in the service -----------------------------------------------------------------------


def test_permissions_are_refused_by_the_service_itself(shop: Services) -> None:
    with pytest.raises(PermissionDenied):
        _open(shop, "complaint", "S-1", actor=PACKER)  # a packer cannot open a case
    case_no = _open(shop, "complaint", "S-1")
    with pytest.raises(PermissionDenied):
        shop.cases.get_case(case_no, actor=PACKER)
    with pytest.raises(PermissionDenied):
        shop.cases.move(case_no, "in_progress", actor=PACKER)
    with pytest.raises(PermissionDenied):
        shop.cases.set_refund_limit(Decimal("1.00"), actor=BOSS)  # a setting: administrators only
    assert shop.cases.get_case(case_no, actor=AGENT).status == "open"


def test_four_eyes_the_requester_cannot_approve_their_own_refund_another_manager_can(
        shop: Services, admin: Actor) -> None:
    assert shop.cases.set_refund_limit(Decimal("20.00"), actor=admin) == Decimal("20.00")
    assert shop.cases.refund_limit() == Decimal("20.00")
    case_no = _open(shop, "refund", "S-4")
    shop.cases.move(case_no, "approved", actor=AGENT)
    small = shop.cases.request_refund(case_no, Decimal("20.00"), actor=AGENT)  # at the limit: at once
    assert small.status == "refunded"
    complaint = _open(shop, "complaint", "S-4", reason="late")
    pending = shop.cases.request_refund(complaint, Decimal("25.00"), actor=BOSS, note="goodwill")
    (refund,) = pending.refunds
    assert refund.status == "pending_approval" and pending.refunded == Decimal("20.00")
    assert pending.refundable == Decimal("5.00")  # 50 paid - 20 refunded - 25 waiting
    assert shop.cases.counts(actor=AGENT).pending_refunds == 1
    assert [r.refund_pending for r in shop.cases.list_cases(CaseFilter(), actor=AGENT)] == [False, True]
    with pytest.raises(PermissionDenied):
        shop.cases.approve_refund(refund.id, actor=AGENT)
    with pytest.raises(SelfApproval) as caught:
        shop.cases.approve_refund(refund.id, actor=BOSS)
    assert caught.value.code == "case.self_approval"
    assert shop.orders.get_order("S-4", actor=AGENT).refunded_total == Decimal("20.00")
    approved = shop.cases.approve_refund(refund.id, actor=BOSS2, note="ok")
    assert [(r.status, r.decided_by) for r in approved.refunds] == [("recorded", "boss2")]
    order_ = shop.orders.get_order("S-4", actor=AGENT)
    assert (order_.refunded_total, order_.payment_status) == (Decimal("45.00"), "partially_refunded")
    with pytest.raises(IllegalMove):
        shop.cases.approve_refund(refund.id, actor=admin)  # decided already


def test_a_rejected_refund_books_nothing(shop: Services, admin: Actor) -> None:
    shop.cases.set_refund_limit(Decimal("0.00"), actor=admin)
    case_no = _open(shop, "complaint", "S-4", reason="other")
    (refund,) = shop.cases.request_refund(case_no, Decimal("5.00"), actor=AGENT).refunds
    with pytest.raises(InvalidValue):
        shop.cases.reject_refund(refund.id, actor=BOSS, note="  ")
    detail = shop.cases.reject_refund(refund.id, actor=BOSS, note="not our fault")
    assert [r.status for r in detail.refunds] == ["rejected"] and detail.refundable == Decimal("50.00")
    assert shop.orders.get_order("S-4", actor=AGENT).payment_status == "paid"


# --- money --------------------------------------------------------------------------------------------


def test_refunds_never_exceed_paid_minus_refunded_and_partial_then_full_sets_the_payment_status(
        shop: Services) -> None:
    case_no = _open(shop, "complaint", "S-4", reason="damaged")
    with pytest.raises(RefundTooLarge) as caught:
        shop.cases.request_refund(case_no, Decimal("50.01"), actor=AGENT)
    assert caught.value.code == "case.refund_too_large"
    for bad in (Decimal("0"), Decimal("-1"), Decimal("1.005")):
        with pytest.raises(InvalidValue):
            shop.cases.request_refund(case_no, bad, actor=AGENT)
    shop.cases.request_refund(case_no, Decimal("15.00"), actor=AGENT)
    assert shop.orders.get_order("S-4", actor=AGENT).payment_status == "partially_refunded"
    with pytest.raises(RefundTooLarge):
        shop.cases.request_refund(case_no, Decimal("35.01"), actor=AGENT)
    detail = shop.cases.request_refund(case_no, Decimal("35.00"), actor=AGENT)
    assert detail.status == "open"  # a complaint's goodwill refund does not move it
    order_ = shop.orders.get_order("S-4", actor=AGENT)
    assert (order_.payment_status, order_.refunded_total) == ("refunded", Decimal("50.00"))
    with shop.uow(read_only=True) as tx:
        refunds = tx.connection.execute(select(func.sum(PAYMENTS.c.amount)).where(PAYMENTS.c.kind == "refund")
                                        ).scalar_one()
    assert Decimal(str(refunds)) == Decimal("50.00")


def test_a_cash_on_delivery_refund_needs_the_bank_details_it_goes_to(shop: Services) -> None:
    with shop.uow() as tx:  # the courier handed over the 30.00 collected for S-2
        oid = tx.connection.execute(select(ORDERS.c.id).where(ORDERS.c.order_no == "S-2")).scalar_one()
        tx.connection.execute(PAYMENTS.insert().values(order_id=oid, kind="payment", method="cod",
                                                       amount=Decimal("30.00"), status="completed",
                                                       created_at=utcnow(), user="courier"))
        tx.commit()
    case_no = _open(shop, "complaint", "S-2", reason="damaged")
    with pytest.raises(RefundNeedsBankDetails) as caught:
        shop.cases.request_refund(case_no, Decimal("10.00"), actor=AGENT)
    assert caught.value.code == "case.refund_needs_bank_details"
    detail = shop.cases.request_refund(case_no, Decimal("10.00"), actor=AGENT,
                                       bank_details="Ana Silva · PT50 0002 0123 1234 5678 9015 4")
    assert detail.refunds[0].bank_details.startswith("Ana Silva")
    with shop.uow(read_only=True) as tx:
        bank = tx.connection.execute(select(PAYMENTS.c.bank_details).where(PAYMENTS.c.kind == "refund")).scalar_one()
    assert bank == "Ana Silva · PT50 0002 0123 1234 5678 9015 4"


# --- goods in ----------------------------------------------------------------------------------------


def test_goods_in_by_case_or_order_number_restocks_and_writes_off_with_ledger_rows(
        shop: Services, admin: Actor) -> None:
    first = _open(shop, "return", "S-4", ("TEA-1", 2), ("CUP-1", 1))
    shop.cases.move(first, "approved", actor=AGENT)
    assert shop.cases.find_receivable(" c-00001 ", actor=PACKER).case_no == first
    found = shop.cases.find_receivable("s-4", actor=PACKER)
    assert found.case_no == first
    before_tea, before_cup = _stock(shop, "TEA-1"), _stock(shop, "CUP-1")
    tea, cup = (ln.id for ln in found.lines)
    received = shop.cases.receive_goods(first, actor=PACKER, received={tea: 2, cup: 1}, station="Bench 2")
    assert received.status == "received"
    # a packer who took the parcel in and left comes back to inspect it by scanning again
    assert shop.cases.find_receivable("S-4", actor=PACKER).status == "received"
    with pytest.raises(InvalidValue) as no_reason:
        shop.cases.inspect(first, [Inspection(cup, write_off=1)], actor=PACKER)
    assert no_reason.value.field == "reason"
    partly = shop.cases.inspect(first, [Inspection(tea, restock=1, write_off=1, reason="seal broken")],
                                actor=PACKER)
    assert partly.status == "received"  # the cup is still to decide
    done = shop.cases.inspect(first, [Inspection(cup, write_off=1, reason="cracked")], actor=PACKER)
    assert done.status == "inspected"
    assert [(ln.restocked_qty, ln.written_off_qty, ln.write_off_reason) for ln in done.lines] == [
        (1, 1, "seal broken"), (0, 1, "cracked")]
    assert _stock(shop, "TEA-1") == (before_tea[0] + 1, before_tea[1])  # available again
    assert _stock(shop, "CUP-1") == before_cup
    with shop.uow(read_only=True) as tx:
        ledger = tx.connection.execute(select(STOCK_LEDGER.c.kind, STOCK_LEDGER.c.on_hand_delta)
                                       .where(STOCK_LEDGER.c.reference == first).order_by(STOCK_LEDGER.c.id)).all()
    assert [tuple(r) for r in ledger] == [("return-restock", 1), ("return-write-off", 0), ("return-write-off", 0)]
    assert shop.stock.verify_ledger(actor=admin) == []
    kinds = {(e.kind, e.action) for e in done.timeline}
    assert ("stock", "return-restock") in kinds and ("stock", "return-write-off") in kinds
    assert [ln.returned for ln in shop.cases.returnable_lines("S-4", actor=AGENT)] == [2, 1]
    with pytest.raises(NotFound):
        shop.cases.find_receivable("S-4", actor=PACKER)  # nothing left to receive


def test_a_restocked_return_fills_an_order_waiting_for_that_product(shop: Services, admin: Actor) -> None:
    import_orders(shop, admin, order("W-1", ("CUP-1", 20), minutes=9))
    assert shop.allocation.allocate(["W-1"], actor=admin).backordered == ("W-1",)  # 19 cups left
    case_no = _open(shop, "return", "S-4", ("CUP-1", 1))
    _received_and_inspected(shop, case_no)
    assert shop.orders.get_order("W-1", actor=AGENT).status == "allocated"
    assert _stock(shop, "CUP-1") == (20, 20) and shop.stock.verify_ledger(actor=admin) == []


def test_the_oldest_open_return_of_an_order_is_found_when_there_are_several(shop: Services) -> None:
    first = _open(shop, "return", "S-4", ("TEA-1", 1))
    second = _open(shop, "exchange", "S-4", ("CUP-1", 1))
    for case_no in (second, first):
        shop.cases.move(case_no, "approved", actor=AGENT)
    assert shop.cases.find_receivable("S-4", actor=PACKER).case_no == first
    assert shop.cases.find_receivable(second, actor=PACKER).case_no == second
    with pytest.raises(NotFound):
        shop.cases.find_receivable("NO-SUCH-1", actor=PACKER)


def test_an_inspection_with_a_bad_line_changes_nothing(shop: Services, admin: Actor) -> None:
    case_no = _open(shop, "return", "S-4", ("TEA-1", 2))
    shop.cases.move(case_no, "approved", actor=AGENT)
    detail = shop.cases.receive_goods(case_no, actor=PACKER)
    before = _stock(shop, "TEA-1")
    with pytest.raises(NotFound):
        shop.cases.inspect(case_no, [Inspection(detail.lines[0].id, restock=2), Inspection(999_999, restock=1)],
                           actor=PACKER)
    with pytest.raises(InvalidValue):
        shop.cases.inspect(case_no, [Inspection(detail.lines[0].id, restock=3)], actor=PACKER)  # 2 came back
    after = shop.cases.get_case(case_no, actor=AGENT)
    assert (after.status, after.version, after.lines[0].restocked_qty) == ("received", detail.version, 0)
    assert _stock(shop, "TEA-1") == before and shop.stock.verify_ledger(actor=admin) == []


# --- e-mails -----------------------------------------------------------------------------------------


def test_a_complaint_mails_the_customer_when_opened_resolved_and_refunded_once_each_in_chinese(
        shop: Services) -> None:
    case_no = _open(shop, "complaint", "S-4", reason="late")
    shop.cases.move(case_no, "resolved", actor=AGENT)
    shop.cases.move(case_no, "in_progress", actor=AGENT)
    shop.cases.move(case_no, "resolved", actor=AGENT)  # resolved again: no second mail
    shop.cases.request_refund(case_no, Decimal("5.00"), actor=AGENT)
    mails = _outbox(shop)
    assert [(m.kind, m.dedupe_key) for m in mails] == [
        ("case_opened", "case:C-00001:opened"), ("case_resolved", "case:C-00001:resolved"),
        ("case_refunded", f"case:C-00001:refunded:{shop.cases.get_case(case_no, actor=AGENT).refunds[0].id}")]
    assert all(m.recipient == "s-4@example.cn" and m.reference == case_no for m in mails)
    assert "服务单 C-00001" in mails[0].subject and "王芳" in mails[0].body
    assert "CNY 5.00" in mails[2].body and "$" not in "".join(m.subject + m.body for m in mails)


def test_a_reply_is_a_note_and_an_english_mail_for_a_customer_abroad(shop: Services) -> None:
    case_no = _open(shop, "complaint", "S-2", reason="other")
    detail = shop.cases.reply(case_no, "We are sorry.\nA new teapot is on its way.", actor=AGENT)
    shop.cases.add_note(case_no, "called her back", actor=AGENT)
    assert [(n.kind, n.user) for n in shop.cases.get_case(case_no, actor=AGENT).notes] == [
        ("reply", "agent"), ("note", "agent")]
    opened, reply = _outbox(shop)
    assert opened.subject.startswith("We have your message") and reply.kind == "case_reply"
    assert reply.body.startswith("Hi Ana Silva,") and "A new teapot is on its way." in reply.body
    assert reply.dedupe_key.startswith("case:C-00001:reply:")
    assert [e.kind for e in detail.timeline].count("note") == 1
    with pytest.raises(InvalidValue):
        shop.cases.add_note(case_no, "   ", actor=AGENT)


# --- photos, owner, priority, queue ---------------------------------------------------------------------


def test_photos_are_checked_by_their_bytes_and_named_when_refused(shop: Services) -> None:
    case_no = _open(shop, "complaint", "S-4")
    detail = shop.cases.attach(case_no, "C:\\Users\\wf\\box.png", PNG, "application/octet-stream", actor=PACKER)
    (photo,) = detail.attachments
    assert (photo.filename, photo.content_type, photo.size) == ("box.png", "image/png", len(PNG))
    meta, data = shop.cases.attachment(photo.id, actor=AGENT)
    assert meta == photo and data == PNG
    with pytest.raises(BadAttachment) as caught:
        shop.cases.attach(case_no, "invoice.pdf", b"%PDF-1.7", "image/png", actor=AGENT)
    assert caught.value.params["filename"] == "invoice.pdf"
    with pytest.raises(BadAttachment):
        shop.cases.attach(case_no, "huge.png", PNG + b"\x00" * (10 * 1024 * 1024), "image/png", actor=AGENT)


def test_the_queue_sorts_by_sla_counts_and_filters(shop: Services, admin: Actor) -> None:
    low = _open(shop, "complaint", "S-4", priority="low")
    urgent = _open(shop, "complaint", "S-1", priority="urgent", owner="agent2")
    ret = _open(shop, "return", "S-4", ("TEA-1", 1))
    rows = shop.cases.list_cases(CaseFilter(), actor=AGENT)
    assert [r.case_no for r in rows] == [urgent, ret, low]
    with shop.uow() as tx:  # the low one is long past its SLA
        tx.connection.execute(CASES.update().where(CASES.c.case_no == low)
                              .values(sla_due=utcnow().replace(year=2020)))
        tx.commit()
    rows = shop.cases.list_cases(CaseFilter(), actor=AGENT)
    assert [r.case_no for r in rows] == [low, urgent, ret] and rows[0].overdue
    assert [r.case_no for r in shop.cases.list_cases(CaseFilter(overdue_only=True), actor=AGENT)] == [low]
    assert [r.case_no for r in shop.cases.list_cases(CaseFilter(mine=True), actor=AGENT2)] == [urgent]
    assert [r.case_no for r in shop.cases.list_cases(CaseFilter(types=frozenset({"return"})), actor=AGENT)] == [ret]
    assert [r.case_no for r in shop.cases.list_cases(CaseFilter(search="s-1"), actor=AGENT)] == [urgent]
    assert [r.case_no for r in shop.cases.list_cases(CaseFilter(search="王芳"), actor=AGENT)] == [low, urgent, ret]
    shop.cases.move(ret, "rejected", actor=AGENT)
    counts = shop.cases.counts(actor=AGENT2)
    assert (counts.open, counts.overdue, counts.mine) == (2, 1, 1)
    assert counts.by_type == {"complaint": 2} and counts.by_status == {"open": 2, "rejected": 1}
    assert len(shop.cases.list_cases(CaseFilter(include_done=True), actor=AGENT)) == 3
    with pytest.raises(InvalidValue):
        shop.cases.list_cases(CaseFilter(statuses=frozenset({"nope"})), actor=AGENT)
    moved = shop.cases.set_priority(low, "urgent", actor=AGENT)
    opened = shop.cases.get_case(low, actor=AGENT).created_at
    assert moved.sla_due is not None and (moved.sla_due - opened).total_seconds() == 4 * 3600
    assert shop.cases.assign(low, "agent2", actor=AGENT).owner == "agent2"


# --- the order's timeline, transactions, concurrency ---------------------------------------------------------


def test_the_order_timeline_shows_its_cases(shop: Services) -> None:
    case_no = _open(shop, "refund", "S-1", reason="damaged")
    shop.cases.move(case_no, "approved", actor=AGENT)
    shop.cases.request_refund(case_no, Decimal("5.00"), actor=AGENT)
    detail = shop.orders.get_order("S-1", actor=AGENT)
    assert detail.cases == (case_no,)
    mine = [(e.action, e.to_status) for e in detail.timeline if e.kind == "case" and e.ref == case_no]
    assert mine[0] == ("open", "requested") and ("move", "approved") in mine
    assert ("refund-request", "recorded") in mine and ("move", "refunded") in mine
    assert [e.time for e in detail.timeline] == sorted(e.time for e in detail.timeline)
    assert shop.orders.get_order("S-3", actor=AGENT).cases == ()


def test_two_desks_moving_the_same_case_from_the_same_version_the_second_is_told_it_changed(
        shop: Services) -> None:
    case_no = _open(shop, "return", "S-4", ("TEA-1", 1))
    version = shop.cases.get_case(case_no, actor=AGENT).version
    shop.cases.move(case_no, "approved", actor=AGENT, version=version)
    with pytest.raises(StaleEdit) as caught:
        shop.cases.move(case_no, "rejected", actor=AGENT2, version=version)
    assert caught.value.code == "stale_edit"
    assert shop.cases.get_case(case_no, actor=AGENT).status == "approved"


def test_desks_racing_on_one_case_and_opening_cases_at_once_never_collide(shop: Services) -> None:
    case_no = _open(shop, "complaint", "S-1")
    version = shop.cases.get_case(case_no, actor=AGENT).version
    outcomes: list[str] = []
    opened: list[str] = []
    lock = threading.Lock()

    def desk(n: int) -> None:
        try:
            shop.cases.move(case_no, "in_progress" if n % 2 else "resolved", actor=AGENT, version=version)
            result = "moved"
        except (StaleEdit, IllegalMove) as error:
            result = type(error).__name__
        got = _open(shop, "complaint", "S-4", reason="other")
        with lock:
            outcomes.append(result)
            opened.append(got)

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert outcomes.count("moved") == 1 and len(outcomes) == 4
    assert sorted(opened) == ["C-00002", "C-00003", "C-00004", "C-00005"]
    with shop.uow(read_only=True) as tx:
        moves = tx.connection.execute(select(func.count()).where(
            AUDIT_LOG.c.entity_ref == case_no, AUDIT_LOG.c.action == "move")).scalar_one()
    assert moves == 1


# --- the demo shop's cases -------------------------------------------------------------------------


def test_the_demo_shops_cases_fit_the_service(sqlite_services: Services, admin: Actor) -> None:
    from datetime import date

    from desktop_oms.services.demo import DemoService

    DemoService(sqlite_services.uow).generate(orders=2_000, seed=11, actor=admin, today=date(2026, 3, 1))
    shop = sqlite_services
    rows = shop.cases.list_cases(CaseFilter(include_done=True), actor=AGENT)
    assert len(rows) > 10 and {r.type for r in rows} == {"return", "exchange", "refund", "complaint"}
    assert shop.cases.list_cases(CaseFilter(mine=True), actor=AGENT)  # the demo agent owns them
    for row in rows:
        detail = shop.cases.get_case(row.case_no, actor=AGENT)
        for line in detail.lines:
            if detail.type in ("return", "exchange") and detail.status in ("received", "inspected", "refunded"):
                assert line.received_qty == line.qty
            if detail.status == "received":
                assert line.restocked_qty + line.written_off_qty == 0
            if detail.status in ("inspected", "refunded"):
                assert line.restocked_qty + line.written_off_qty == line.received_qty
                assert not line.written_off_qty or line.write_off_reason
        if detail.status == "refunded":
            assert [r.status for r in detail.refunds] == ["recorded"]
            assert sum(r.amount for r in detail.refunds) <= detail.refunded
        assert detail.refundable >= 0
        assert all(ln.left >= 0 for ln in shop.cases.returnable_lines(detail.order_no, actor=AGENT))
        assert row.case_no in shop.orders.get_order(detail.order_no, actor=AGENT).cases
    assert shop.stock.verify_ledger(actor=admin) == []
    new = _open(shop, "complaint", rows[0].order_no, reason="late")
    assert new == f"C-{len(rows) + 1:05d}"


# --- the command line --------------------------------------------------------------------------------


def test_cases_through_the_command_line(shop: Services, db_url: str) -> None:
    from tests.integration.test_cli import ok_json, run

    opened = ok_json(db_url, "cases", "open", "S-4", "--type", "return", "--reason", "damaged",
                     "--lines", "TEA-1:2,CUP-1:1", "--note", "box crushed")
    assert opened == {"case_no": "C-00001", "status": "requested"}
    assert ok_json(db_url, "cases", "approve", "C-00001")["status"] == "approved"
    refused = run(db_url, "cases", "receive", "C-00001", "--write-off", "CUP-1:1")
    assert refused.returncode == 2 and "--reason" in refused.stderr
    received = ok_json(db_url, "cases", "receive", "C-00001", "--restock", "TEA-1:2", "--write-off", "CUP-1:1",
                       "--reason", "cracked")
    assert received["status"] == "inspected"
    assert [(ln["sku"], ln["restocked"], ln["written_off"]) for ln in received["lines"]] == [
        ("TEA-1", 2, 0), ("CUP-1", 0, 1)]
    refunded = ok_json(db_url, "cases", "refund", "C-00001", "--amount", "20.00")
    assert (refunded["status"], refunded["refund_amount"]) == ("refunded", "20.00")
    rows = ok_json(db_url, "cases", "list", "--type", "return")
    assert [(r["case_no"], r["status"], r["order_no"]) for r in rows] == [("C-00001", "refunded", "S-4")]
    assert ok_json(db_url, "cases", "close", "C-00001")["status"] == "closed"
    assert ok_json(db_url, "cases", "list") == [] and len(ok_json(db_url, "cases", "list", "--all")) == 1
    shown = ok_json(db_url, "cases", "show", "c-00001")
    assert [(h["from"], h["to"]) for h in shown["history"] if h["kind"] == "status"][-2:] == [
        ("inspected", "refunded"), ("refunded", "closed")]
    too_much = run(db_url, "cases", "refund", "C-00001", "--amount", "1.00", "--json")
    assert too_much.returncode == 1 and json_code(too_much.stdout) == "case.illegal_move"
    text = run(db_url, "cases", "show", "C-00001")
    assert text.returncode == 0 and text.stdout.startswith("C-00001  return · closed")


def json_code(stdout: str) -> str:
    return str(json.loads(stdout)["error"]["code"])


def test_a_refund_above_the_limit_waits_for_another_manager_on_the_command_line(shop: Services, db_url: str) -> None:
    from tests.integration.test_cli import ok_json, run

    assert ok_json(db_url, "cases", "refund-limit") == {"refund_limit": "200.00"}
    assert ok_json(db_url, "cases", "refund-limit", "10") == {"refund_limit": "10.00"}
    assert run(db_url, "cases", "refund-limit", "ten").returncode == 2
    ok_json(db_url, "cases", "open", "S-4", "--type", "refund", "--reason", "late")
    ok_json(db_url, "cases", "approve", "C-00001")
    waiting = ok_json(db_url, "cases", "refund", "C-00001", "--amount", "20.00")
    assert waiting["status"] == "approved"
    nothing = run(db_url, "cases", "approve-refund", "C-00002")
    assert nothing.returncode == 1
    own = run(db_url, "cases", "approve-refund", "C-00001", "--json")
    assert own.returncode == 1 and json_code(own.stdout) == "case.self_approval"
    assert run(db_url, "users", "add", "mia", "--role", "manager", "--password-stdin", stdin="pw-mia\n").returncode == 0
    as_mia = {"DESKTOP_OMS_PASSWORD": "pw-mia"}
    approved = run(db_url, "--user", "mia", "cases", "approve-refund", "C-00001", "--note", "ok", "--json", env=as_mia)
    assert approved.returncode == 0, approved.stderr
    assert (json.loads(approved.stdout)["status"], json.loads(approved.stdout)["refund_amount"]) == ("refunded", "20.00")
    again = run(db_url, "--user", "mia", "cases", "reject-refund", "C-00001", "--note", "no", env=as_mia)
    assert again.returncode == 2 and "no refund waiting" in again.stderr


def test_the_sla_clock_stops_once_a_case_is_resolved_refunded_or_done(shop: Services) -> None:
    from datetime import timedelta

    from desktop_oms.domain.cases import CaseStatus, is_overdue

    long_ago, now = utcnow() - timedelta(days=30), utcnow()
    late = {status for status in CaseStatus if is_overdue(status, long_ago, now)}
    assert late == set(CaseStatus) - {CaseStatus.RESOLVED, CaseStatus.REFUNDED, CaseStatus.CLOSED, CaseStatus.REJECTED}
    assert not is_overdue(CaseStatus.OPEN, None, now) and not is_overdue(CaseStatus.OPEN, now + timedelta(hours=1), now)
    case_no = _open(shop, "refund", "S-4")
    shop.cases.move(case_no, "approved", actor=AGENT)
    with shop.uow() as tx:  # its SLA long past
        tx.connection.execute(CASES.update().where(CASES.c.case_no == case_no).values(sla_due=long_ago))
        tx.commit()
    assert shop.cases.get_case(case_no, actor=AGENT).overdue
    assert shop.cases.counts(actor=AGENT).overdue == 1
    refunded = shop.cases.request_refund(case_no, Decimal("5.00"), actor=AGENT)
    assert refunded.status == "refunded" and not refunded.overdue
    assert shop.cases.counts(actor=AGENT).overdue == 0
    assert shop.cases.list_cases(CaseFilter(overdue_only=True), actor=AGENT) == []
