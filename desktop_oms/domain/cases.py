"""After-sales cases: four types, each with its own table of legal moves, and the rules on money and goods.

Standard library only. The same tables answer "which buttons are enabled" in the views; the
services call `check_case_move` before every move and audit it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Final

from desktop_oms.domain.errors import DomainError, IllegalMove
from desktop_oms.domain.stock import LedgerKind


class CaseType(StrEnum):
    RETURN = "return"
    EXCHANGE = "exchange"
    REFUND = "refund"  # a refund without a return (goodwill, never arrived, price error)
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


class ComplaintCategory(StrEnum):
    PRODUCT = "product"
    DELIVERY = "delivery"
    SERVICE = "service"
    BILLING = "billing"
    OTHER = "other"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class RefundStatus(StrEnum):
    PENDING_APPROVAL = "pending_approval"  # above the shop's limit: a second person decides
    RECORDED = "recorded"  # booked against the order's payments
    REJECTED = "rejected"


class LineOutcome(StrEnum):
    """What inspection decides for each returned unit."""

    RESTOCK = "restock"  # back on the shelf: ledger row `return-restock`, available again
    WRITE_OFF = "write_off"  # unsellable: ledger row `return-write-off` with the reason


C = CaseStatus

#: Every legal move, per case type. A move not listed is refused with `case.illegal_move`.
CASE_MOVES: Final[Mapping[CaseType, Mapping[CaseStatus, frozenset[CaseStatus]]]] = {
    CaseType.RETURN: {
        C.REQUESTED: frozenset({C.APPROVED, C.REJECTED}),
        C.APPROVED: frozenset({C.AWAITING_GOODS, C.CLOSED}),
        C.AWAITING_GOODS: frozenset({C.RECEIVED, C.CLOSED}),  # closed: the customer never sent it
        C.RECEIVED: frozenset({C.INSPECTED}),
        C.INSPECTED: frozenset({C.REFUNDED, C.CLOSED}),
        C.REFUNDED: frozenset({C.CLOSED}),
        C.REJECTED: frozenset({C.CLOSED}),
        C.CLOSED: frozenset(),
    },
    CaseType.EXCHANGE: {
        C.REQUESTED: frozenset({C.APPROVED, C.REJECTED}),
        C.APPROVED: frozenset({C.AWAITING_GOODS, C.CLOSED}),
        C.AWAITING_GOODS: frozenset({C.RECEIVED, C.CLOSED}),
        C.RECEIVED: frozenset({C.INSPECTED}),
        C.INSPECTED: frozenset({C.CLOSED}),
        C.REJECTED: frozenset({C.CLOSED}),
        C.CLOSED: frozenset(),
    },
    CaseType.REFUND: {
        C.REQUESTED: frozenset({C.APPROVED, C.REJECTED}),
        C.APPROVED: frozenset({C.REFUNDED, C.CLOSED}),
        C.REFUNDED: frozenset({C.CLOSED}),
        C.REJECTED: frozenset({C.CLOSED}),
        C.CLOSED: frozenset(),
    },
    CaseType.COMPLAINT: {
        C.OPEN: frozenset({C.IN_PROGRESS, C.RESOLVED}),
        C.IN_PROGRESS: frozenset({C.WAITING_FOR_CUSTOMER, C.RESOLVED}),
        C.WAITING_FOR_CUSTOMER: frozenset({C.IN_PROGRESS, C.RESOLVED}),
        C.RESOLVED: frozenset({C.CLOSED, C.IN_PROGRESS}),  # in progress again: the customer is not satisfied
        C.CLOSED: frozenset(),
    },
}

#: Where a new case starts.
INITIAL: Final[Mapping[CaseType, CaseStatus]] = {
    CaseType.RETURN: C.REQUESTED, CaseType.EXCHANGE: C.REQUESTED, CaseType.REFUND: C.REQUESTED,
    CaseType.COMPLAINT: C.OPEN,
}

#: Case types whose goods come back through goods-in.
GOODS_COME_BACK: Final = frozenset({CaseType.RETURN, CaseType.EXCHANGE})

#: Statuses in which a case is no longer worked on (not overdue, not in "open" counts).
DONE: Final = frozenset({C.CLOSED, C.REJECTED})

#: Statuses in which the returned parcel may be received at the bench.
RECEIVABLE: Final = frozenset({C.APPROVED, C.AWAITING_GOODS})

#: Statuses in which a refund may be asked for, per type (complaints: a goodwill refund at any time).
REFUNDABLE: Final[Mapping[CaseType, frozenset[CaseStatus]]] = {
    CaseType.RETURN: frozenset({C.INSPECTED}),
    CaseType.EXCHANGE: frozenset(),
    CaseType.REFUND: frozenset({C.APPROVED}),
    CaseType.COMPLAINT: frozenset({C.OPEN, C.IN_PROGRESS, C.WAITING_FOR_CUSTOMER, C.RESOLVED}),
}

#: Statuses in which an exchange's replacement order may be created (once).
REPLACEABLE: Final = frozenset({C.APPROVED, C.AWAITING_GOODS, C.RECEIVED, C.INSPECTED})

#: Hours from opening to the SLA due time, by priority (the shop's service promise).
SLA_HOURS: Final[Mapping[Priority, int]] = {
    Priority.URGENT: 4, Priority.HIGH: 24, Priority.NORMAL: 48, Priority.LOW: 120,
}


def moves(case_type: CaseType, current: CaseStatus) -> frozenset[CaseStatus]:
    return CASE_MOVES[case_type].get(current, frozenset())


def can_move(case_type: CaseType, current: CaseStatus, target: CaseStatus) -> bool:
    return target in moves(case_type, current)


def check_case_move(case_type: CaseType, current: CaseStatus, target: CaseStatus, ref: str = "") -> None:
    """Raise IllegalMove (code ``case.illegal_move``) unless the move is legal for this type."""
    if not can_move(case_type, current, target):
        error = IllegalMove("case", str(current), str(target), ref)
        error.code = "case.illegal_move"
        raise error


def statuses(case_type: CaseType) -> tuple[CaseStatus, ...]:
    return tuple(CASE_MOVES[case_type])


def sla_due(opened_at: datetime, priority: Priority) -> datetime:
    return opened_at + timedelta(hours=SLA_HOURS[priority])


#: Statuses in which the SLA clock has stopped: nothing is left to do for the customer (resolved,
#: refunded) or the case is over. Such a case is never overdue.
SLA_STOPPED: Final = DONE | {C.RESOLVED, C.REFUNDED}

#: Statuses in which the bench finds a case by its scanned code: waiting for the parcel, or received
#: and not yet inspected (a packer who took the parcel in comes back to inspect it).
AT_THE_BENCH: Final = RECEIVABLE | {C.RECEIVED}


def is_overdue(status: CaseStatus, due: datetime | None, now: datetime) -> bool:
    return due is not None and status not in SLA_STOPPED and now > due


class TooManyUnits(DomainError):
    """A case line asks for more units than were shipped and not already returned or claimed."""

    code = "case.too_many_units"

    def __init__(self, sku: str, wanted: int, left: int) -> None:
        super().__init__(sku=sku, wanted=wanted, left=left)

    def default_message(self) -> str:
        p = self.params
        return f"{p['sku']}: {p['wanted']} asked for, but only {p['left']} shipped and not already returned"


class RefundTooLarge(DomainError):
    code = "case.refund_too_large"

    def __init__(self, amount: Decimal, left: Decimal) -> None:
        super().__init__(amount=str(amount), left=str(left))

    def default_message(self) -> str:
        p = self.params
        return f"a refund of {p['amount']} is more than the {p['left']} paid and not yet refunded"


class SelfApproval(DomainError):
    """Four eyes: the person who asked for a refund cannot approve it."""

    code = "case.self_approval"

    def __init__(self, user: str) -> None:
        super().__init__(user=user)

    def default_message(self) -> str:
        return f"{self.params['user']} asked for this refund and cannot approve it too"


def units_left(shipped: int, returned: int, claimed: int) -> int:
    """Units of a line that a new return or exchange may still claim (claimed: on open cases)."""
    return max(0, shipped - returned - claimed)


def check_units(sku: str, wanted: int, shipped: int, returned: int, claimed: int) -> None:
    left = units_left(shipped, returned, claimed)
    if wanted > left:
        raise TooManyUnits(sku, wanted, left)


def refundable(paid: Decimal, refunded: Decimal, pending: Decimal = Decimal("0")) -> Decimal:
    """What may still be refunded: paid minus refunded minus refunds waiting for approval."""
    return max(Decimal("0.00"), paid - refunded - pending)


def check_refund(amount: Decimal, paid: Decimal, refunded: Decimal, pending: Decimal = Decimal("0")) -> None:
    left = refundable(paid, refunded, pending)
    if amount > left:
        raise RefundTooLarge(amount, left)


def needs_approval(amount: Decimal, limit: Decimal) -> bool:
    """Four eyes on money: a refund above the shop's limit waits for a manager's approval."""
    return amount > limit


def payment_status_after_refund(paid: Decimal, refunded: Decimal) -> str:
    """`refunded` once everything paid went back, `partially_refunded` before that."""
    return "refunded" if refunded >= paid else "partially_refunded"


# --- additions for the case service (services/cases.py) ---------------------------------------------

#: Statuses a case reaches only through their own use case, never a bare `move`: goods in at the bench
#: (received), the inspection of every received unit (inspected) and a recorded refund (refunded).
ACTION_STATUSES: Final = frozenset({C.RECEIVED, C.INSPECTED, C.REFUNDED})

#: Stock ledger kinds written by the inspection of returned goods (reference: the case number).
LEDGER_RETURN_RESTOCK: Final = str(LedgerKind.RETURN_RESTOCK)  # on hand +n: the units are available again
LEDGER_RETURN_WRITE_OFF: Final = str(LedgerKind.RETURN_WRITE_OFF)  # on hand unchanged: never went back on it

#: Case numbers: C-00001, C-00002 … (five digits, more once past 99999).
CASE_NO_PREFIX: Final = "C-"


def manual_moves(case_type: CaseType, current: CaseStatus) -> frozenset[CaseStatus]:
    """The moves a person makes with `move` (the table's, less those reached by goods in, inspection, refund)."""
    return moves(case_type, current) - ACTION_STATUSES


def case_no(number: int) -> str:
    return f"{CASE_NO_PREFIX}{number:05d}"


def case_number(text: str) -> int | None:
    """The number in a case number ("C-00042" → 42), None for anything else."""
    digits = text.strip().upper().removeprefix(CASE_NO_PREFIX)
    return int(digits) if digits.isdigit() and text.strip().upper().startswith(CASE_NO_PREFIX) else None


class MoveNeedsAction(DomainError):
    """A status reached only by its own action (receive the parcel, inspect it, refund)."""

    code = "case.move_needs_action"

    def __init__(self, case_no: str, target: str) -> None:
        super().__init__(case_no=case_no, target=target)

    def default_message(self) -> str:
        p = self.params
        action = {"received": "receiving the parcel at goods in", "inspected": "inspecting every received unit",
                  "refunded": "recording a refund"}.get(str(p["target"]), "its own action")
        return f"case {p['case_no']} becomes {p['target']} by {action}, not by a move"


class RefundNeedsBankDetails(DomainError):
    """A cash-on-delivery order's money goes back by bank transfer: say to which account."""

    code = "case.refund_needs_bank_details"

    def __init__(self, order_no: str) -> None:
        super().__init__(order_no=order_no)

    def default_message(self) -> str:
        return f"order {self.params['order_no']} was paid cash on delivery: give the bank details the refund goes to"


class BadAttachment(DomainError):
    """A file refused as a case photo (not an image we take, empty or too big); names the file."""

    code = "case.bad_attachment"

    def __init__(self, filename: str, problem: str) -> None:
        super().__init__(filename=filename, problem=problem)

    def default_message(self) -> str:
        return f"{self.params['filename']}: {self.params['problem']}"


#: Photos a case takes, by their first bytes (the name and the sender's content type are not trusted).
MAX_ATTACHMENT_BYTES: Final = 10 * 1024 * 1024
_HEIC_BRANDS: Final = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"})


def image_type(data: bytes) -> str | None:
    """The content type of a PNG, JPEG, WebP, GIF or HEIC image from its magic bytes, else None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[4:8] == b"ftyp" and data[8:12] in _HEIC_BRANDS:
        return "image/heic"
    return None


def check_attachment(filename: str, data: bytes) -> str:
    """The image's content type, or BadAttachment naming the file."""
    if not data:
        raise BadAttachment(filename, "the file is empty")
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise BadAttachment(filename, f"{len(data) // (1024 * 1024)} MB is more than the "
                                      f"{MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB a photo may have")
    found = image_type(data)
    if found is None:
        raise BadAttachment(filename, "not a PNG, JPEG, WebP, GIF or HEIC image")
    return found
