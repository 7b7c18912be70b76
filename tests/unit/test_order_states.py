import itertools

import pytest

from desktop_oms.domain.errors import IllegalMove
from desktop_oms.domain.orders import (
    ALLOCATABLE,
    ORDER_MOVES,
    OrderStatus,
    PaymentMethod,
    PaymentStatus,
    can_move,
    check_move,
    initial_status,
)

S = OrderStatus
LEGAL = {(a, b) for a, targets in ORDER_MOVES.items() for b in targets}


def test_every_status_has_a_row_in_the_table() -> None:
    assert set(ORDER_MOVES) == set(OrderStatus)


def test_statuses_are_spelled_as_the_cli_contract_says() -> None:
    assert [str(s) for s in OrderStatus] == [
        "pending_payment", "accepted", "on_hold", "backordered", "allocated", "picking", "packed", "shipped",
        "delivered", "completed", "cancelled"]


@pytest.mark.parametrize(("current", "target"), list(itertools.product(OrderStatus, OrderStatus)))
def test_each_pair_is_allowed_exactly_when_the_table_lists_it(current: S, target: S) -> None:
    if (current, target) in LEGAL:
        check_move(current, target)
        assert can_move(current, target)
    else:
        with pytest.raises(IllegalMove) as caught:
            check_move(current, target, "A-1")
        assert caught.value.code == "order.illegal_move"
        assert caught.value.params == {"entity": "order", "current": current, "target": target, "ref": "A-1"}
        assert str(current) in str(caught.value) and str(target) in str(caught.value)


@pytest.mark.parametrize("done", [S.SHIPPED, S.DELIVERED, S.COMPLETED, S.CANCELLED])
def test_an_order_whose_goods_left_or_that_is_cancelled_cannot_be_cancelled(done: S) -> None:
    assert not can_move(done, S.CANCELLED)


def test_the_happy_path_is_a_chain_of_legal_moves() -> None:
    path = [S.PENDING_PAYMENT, S.ACCEPTED, S.ALLOCATED, S.PICKING, S.PACKED, S.SHIPPED, S.DELIVERED, S.COMPLETED]
    for current, target in itertools.pairwise(path):
        check_move(current, target)


def test_every_status_an_order_may_be_held_from_is_one_it_may_be_released_back_to() -> None:
    from desktop_oms.domain.orders import HOLDABLE

    assert all(can_move(S.ON_HOLD, status) for status in HOLDABLE if status is not S.ON_HOLD)


def test_final_statuses_lead_nowhere() -> None:
    assert ORDER_MOVES[S.COMPLETED] == frozenset() and ORDER_MOVES[S.CANCELLED] == frozenset()


def test_only_accepted_and_backordered_orders_wait_for_stock() -> None:
    assert ALLOCATABLE == {S.ACCEPTED, S.BACKORDERED}


@pytest.mark.parametrize(
    ("method", "paid", "expected"),
    [
        (PaymentMethod.COD, False, (S.ACCEPTED, PaymentStatus.COD_PENDING)),
        (PaymentMethod.COD, True, (S.ACCEPTED, PaymentStatus.COD_PENDING)),
        (PaymentMethod.ALIPAY, True, (S.ACCEPTED, PaymentStatus.PAID)),
        (PaymentMethod.BANK_TRANSFER, False, (S.PENDING_PAYMENT, PaymentStatus.UNPAID)),
    ],
)
def test_paid_or_cash_on_delivery_orders_start_accepted(method: PaymentMethod, paid: bool, expected: tuple) -> None:
    assert initial_status(method, paid) == expected
