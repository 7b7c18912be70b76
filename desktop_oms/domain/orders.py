"""The order's life as one table of legal moves, and its payment status."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Final

from desktop_oms.domain.errors import IllegalMove


class OrderStatus(StrEnum):
    PENDING_PAYMENT = "pending_payment"
    ACCEPTED = "accepted"
    ON_HOLD = "on_hold"
    BACKORDERED = "backordered"
    ALLOCATED = "allocated"
    PICKING = "picking"
    PACKED = "packed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class PaymentStatus(StrEnum):
    UNPAID = "unpaid"
    PAID = "paid"
    COD_PENDING = "cod_pending"
    COD_COLLECTED = "cod_collected"
    PARTIALLY_REFUNDED = "partially_refunded"
    REFUNDED = "refunded"


class PaymentMethod(StrEnum):
    ALIPAY = "alipay"
    WECHAT_PAY = "wechat_pay"
    CARD = "card"
    BANK_TRANSFER = "bank_transfer"
    COD = "cod"
    OTHER = "other"


S = OrderStatus

#: Every legal move of an order. A move not listed here is refused.
ORDER_MOVES: Final[Mapping[OrderStatus, frozenset[OrderStatus]]] = {
    S.PENDING_PAYMENT: frozenset({S.ACCEPTED, S.ON_HOLD, S.CANCELLED}),
    S.ACCEPTED: frozenset({S.ALLOCATED, S.BACKORDERED, S.ON_HOLD, S.CANCELLED}),
    S.BACKORDERED: frozenset({S.ALLOCATED, S.ON_HOLD, S.CANCELLED}),
    S.ALLOCATED: frozenset({S.PICKING, S.PACKED, S.ON_HOLD, S.CANCELLED}),
    S.PICKING: frozenset({S.PACKED, S.ALLOCATED, S.ON_HOLD, S.CANCELLED}),
    S.PACKED: frozenset({S.SHIPPED, S.ALLOCATED, S.ON_HOLD, S.CANCELLED}),
    # Release returns an order to the status it was held from (any of these).
    S.ON_HOLD: frozenset({S.PENDING_PAYMENT, S.ACCEPTED, S.BACKORDERED, S.ALLOCATED, S.PICKING, S.PACKED,
                          S.CANCELLED}),
    S.SHIPPED: frozenset({S.DELIVERED, S.COMPLETED}),
    S.DELIVERED: frozenset({S.COMPLETED}),
    S.COMPLETED: frozenset(),
    S.CANCELLED: frozenset(),
}

#: Statuses from which an order may be put on hold (and later released back to).
HOLDABLE: Final = frozenset(s for s, moves in ORDER_MOVES.items() if S.ON_HOLD in moves)

#: Statuses waiting for stock; `orders allocate` takes these.
ALLOCATABLE: Final = frozenset({S.ACCEPTED, S.BACKORDERED})

#: Statuses in which an order holds reserved stock.
HOLDS_RESERVATION: Final = frozenset({S.ALLOCATED, S.PICKING, S.PACKED})

#: Statuses in which the ship-to address may still change (not once the parcel is packed).
ADDRESS_EDITABLE: Final = frozenset({S.PENDING_PAYMENT, S.ACCEPTED, S.BACKORDERED, S.ALLOCATED, S.PICKING})

#: Statuses in which stock has left the warehouse.
GOODS_LEFT: Final = frozenset({S.SHIPPED, S.DELIVERED, S.COMPLETED})


def can_move(current: OrderStatus, target: OrderStatus) -> bool:
    return target in ORDER_MOVES.get(current, frozenset())


def check_move(current: OrderStatus, target: OrderStatus, ref: str = "") -> None:
    """Raise IllegalMove (code ``order.illegal_move``) unless current → target is legal."""
    if not can_move(current, target):
        raise IllegalMove("order", str(current), str(target), ref)


def initial_status(payment_method: PaymentMethod, paid: bool) -> tuple[OrderStatus, PaymentStatus]:
    """Where an incoming order starts: paid or cash on delivery → accepted."""
    if payment_method is PaymentMethod.COD:
        return S.ACCEPTED, PaymentStatus.COD_PENDING
    if paid:
        return S.ACCEPTED, PaymentStatus.PAID
    return S.PENDING_PAYMENT, PaymentStatus.UNPAID
