"""After-sales case types, reasons and statuses (their workflows arrive with the after-sales issue)."""

from __future__ import annotations

from enum import StrEnum


class CaseType(StrEnum):
    RETURN = "return"
    EXCHANGE = "exchange"
    REFUND = "refund"
    COMPLAINT = "complaint"


class CaseReason(StrEnum):
    DAMAGED = "damaged"
    WRONG_ITEM = "wrong_item"
    NOT_AS_DESCRIBED = "not_as_described"
    LATE = "late"
    NEVER_ARRIVED = "never_arrived"
    CHANGED_MIND = "changed_mind"
    OTHER = "other"


class CaseStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    AWAITING_GOODS = "awaiting_goods"
    RECEIVED = "received"
    INSPECTED = "inspected"
    REFUNDED = "refunded"
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    WAITING_FOR_CUSTOMER = "waiting_for_customer"
    RESOLVED = "resolved"
    CLOSED = "closed"
