"""After-sales codes in the user's language (types, statuses, reasons, priorities, categories, moves, errors)
and the colours a status is shown in. The one place that says them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desktop_oms.domain.cases import CaseReason, CaseType, ComplaintCategory, Priority
from desktop_oms.domain.errors import DomainError
from desktop_oms.domain.money import format_amount
from desktop_oms.views.messages import error_text


def _t(text: str) -> str:
    return QCoreApplication.translate("aftersales", text)


#: The four types in the order the new-case dialog numbers them (1–4).
TYPES: tuple[str, ...] = (CaseType.RETURN, CaseType.EXCHANGE, CaseType.REFUND, CaseType.COMPLAINT)
REASONS: tuple[str, ...] = tuple(str(r) for r in CaseReason)
PRIORITIES: tuple[str, ...] = (Priority.LOW, Priority.NORMAL, Priority.HIGH, Priority.URGENT)
CATEGORIES: tuple[str, ...] = tuple(str(c) for c in ComplaintCategory)
#: The status chips, in the order a case lives (the four types' statuses merged).
STATUSES: tuple[str, ...] = ("requested", "approved", "awaiting_goods", "received", "inspected", "refunded",
                             "open", "in_progress", "waiting_for_customer", "resolved", "rejected", "closed")

#: (text, background) per status: calm for work in hand, amber for waiting, green for done, grey for closed.
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "requested": ("#1f4e99", "#e3edfc"),
    "approved": ("#0f6b5c", "#dcf5ef"),
    "awaiting_goods": ("#8a5a00", "#fff4d6"),
    "received": ("#5a3d99", "#ece5fb"),
    "inspected": ("#2c5282", "#e2ecf7"),
    "refunded": ("#276749", "#def7e8"),
    "open": ("#1f4e99", "#e3edfc"),
    "in_progress": ("#0f6b5c", "#dcf5ef"),
    "waiting_for_customer": ("#8a5a00", "#fff4d6"),
    "resolved": ("#276749", "#def7e8"),
    "rejected": ("#9b2c2c", "#fbe3e3"),
    "closed": ("#6b7280", "#f1f1f1"),
}
PRIORITY_COLOURS: dict[str, str] = {"low": "#6b7280", "normal": "#333333", "high": "#8a5a00", "urgent": "#a11d1d"}
OVERDUE = "#a11d1d"


def _say(labels: dict[str, Callable[[], str]], code: str) -> str:
    return labels[code]() if code in labels else code


def type_label(code: str) -> str:
    return _say({
        "return": lambda: _t("Return"),
        "exchange": lambda: _t("Exchange"),
        "refund": lambda: _t("Refund"),
        "complaint": lambda: _t("Complaint"),
    }, code)


def case_status_label(code: str) -> str:
    return _say({
        "requested": lambda: _t("Requested"),
        "approved": lambda: _t("Approved"),
        "rejected": lambda: _t("Rejected"),
        "awaiting_goods": lambda: _t("Awaiting goods"),
        "received": lambda: _t("Received"),
        "inspected": lambda: _t("Inspected"),
        "refunded": lambda: _t("Refunded"),
        "open": lambda: _t("Open"),
        "in_progress": lambda: _t("In progress"),
        "waiting_for_customer": lambda: _t("Waiting for customer"),
        "resolved": lambda: _t("Resolved"),
        "closed": lambda: _t("Closed"),
    }, code)


def reason_label(code: str) -> str:
    return _say({
        "damaged": lambda: _t("Damaged"),
        "wrong_item": lambda: _t("Wrong item"),
        "not_as_described": lambda: _t("Not as described"),
        "late": lambda: _t("Late"),
        "never_arrived": lambda: _t("Never arrived"),
        "changed_mind": lambda: _t("Changed mind"),
        "other": lambda: _t("Other"),
    }, code)


def priority_label(code: str) -> str:
    return _say({
        "low": lambda: _t("Low"),
        "normal": lambda: _t("Normal"),
        "high": lambda: _t("High"),
        "urgent": lambda: _t("Urgent"),
    }, code)


def category_label(code: str) -> str:
    return _say({
        "product": lambda: _t("Product"),
        "delivery": lambda: _t("Delivery"),
        "service": lambda: _t("Service"),
        "billing": lambda: _t("Billing"),
        "other": lambda: _t("Other"),
    }, code)


def refund_status_label(code: str) -> str:
    return _say({
        "pending_approval": lambda: _t("Waiting for approval"),
        "recorded": lambda: _t("Recorded"),
        "rejected": lambda: _t("Rejected"),
    }, code)


def note_kind_label(code: str) -> str:
    return _say({
        "note": lambda: _t("Internal note"),
        "reply": lambda: _t("Reply to customer"),
        "customer": lambda: _t("From the customer"),
    }, code)


def case_action_label(action: str) -> str:
    """An audit row's action on a case, as the timeline says it."""
    return _say({
        "open": lambda: _t("opened"),
        "opened": lambda: _t("opened"),
        "create": lambda: _t("opened"),
        "move": lambda: _t("moved"),
        "assign": lambda: _t("owner changed"),
        "priority": lambda: _t("priority changed"),
        "note": lambda: _t("internal note"),
        "reply": lambda: _t("replied to the customer"),
        "attach": lambda: _t("photo added"),
        "refund-request": lambda: _t("refund asked for"),
        "refund-approve": lambda: _t("refund approved"),
        "refund-reject": lambda: _t("refund rejected"),
        "refund-record": lambda: _t("refund recorded"),
        "receive": lambda: _t("goods received"),
        "inspect": lambda: _t("goods inspected"),
        "replacement": lambda: _t("replacement order created"),
    }, action) if action else ""


def move_label(current: str, target: str) -> str:
    """The button that moves a case to `target` ("Approve", "Mark received" …)."""
    if target == "in_progress" and current in ("resolved", "waiting_for_customer"):
        return _t("Reopen…") if current == "resolved" else _t("Customer answered")
    return _say({
        "approved": lambda: _t("Approve"),
        "rejected": lambda: _t("Reject…"),
        "awaiting_goods": lambda: _t("Wait for goods"),
        "received": lambda: _t("Mark received"),
        "inspected": lambda: _t("Inspect…"),
        "refunded": lambda: _t("Refund…"),
        "in_progress": lambda: _t("Start work"),
        "waiting_for_customer": lambda: _t("Wait for customer"),
        "resolved": lambda: _t("Resolve…"),
        "closed": lambda: _t("Close…"),
    }, target)


def move_tip(current: str, target: str) -> str:
    return _say({
        "approved": lambda: _t("Accept the customer's request"),
        "rejected": lambda: _t("Refuse the request, with the reason the customer will hear"),
        "awaiting_goods": lambda: _t("The customer was told to send the goods back"),
        "received": lambda: _t("The parcel is here: every claimed unit received (Goods-in counts them one by one)"),
        "inspected": lambda: _t("Restock or write off each received unit, on the Goods-in page"),
        "refunded": lambda: _t("Pay money back against the order's payments"),
        "in_progress": lambda: _t("Someone works on it now") if current == "open" else _t("Work on it again"),
        "waiting_for_customer": lambda: _t("Asked the customer; the case waits for their answer"),
        "resolved": lambda: _t("Solved, with the resolution in words"),
        "closed": lambda: _t("Nothing more to do on this case"),
    }, target)


#: Moves that ask for a reason first; True when it may not be empty.
REASON_FOR_MOVE: dict[str, bool] = {"rejected": True, "resolved": True, "closed": False}


def reason_required(current: str, target: str) -> bool | None:
    """None: no question; False: an optional reason; True: a reason is needed."""
    if target == "in_progress" and current == "resolved":
        return True
    return REASON_FOR_MOVE.get(target)


def money(amount: Decimal, currency: str = "") -> str:
    return f"{format_amount(amount)} {currency}".strip()


def when(moment: datetime | None) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M}" if moment is not None else "—"


def due_text(due: datetime | None, overdue: bool, now: datetime) -> str:
    """"2026-12-02 14:00 (in 3 h)" or "… (5 h late)"."""
    if due is None:
        return "—"
    hours = int(abs((due - now).total_seconds()) // 3600)
    span = _t("{0} d").format(hours // 24) if hours >= 48 else _t("{0} h").format(hours)
    if overdue:
        return _t("{0} ({1} late)").format(when(due), span)
    if due > now:
        return _t("{0} (in {1})").format(when(due), span)
    return when(due)


def short_due(due: datetime | None, overdue: bool, now: datetime) -> str:
    """"5 h late", "in 3 h", "in 2 d" (the queue's column; the full time is in its tooltip)."""
    if due is None:
        return "—"
    hours = int(abs((due - now).total_seconds()) // 3600)
    span = _t("{0} d").format(hours // 24) if hours >= 48 else _t("{0} h").format(hours)
    if overdue:
        return _t("{0} late").format(span)
    return _t("in {0}").format(span) if due > now else "—"


def ledger_label(kind: str) -> str:
    return _say({
        "return-restock": lambda: _t("Back on the shelf"),
        "return-write-off": lambda: _t("Written off"),
    }, kind)


def case_error_text(error: BaseException) -> str:
    """The after-sales errors in words; anything else as views/messages.py says it."""
    if not isinstance(error, DomainError):
        return error_text(error)
    p = error.params
    sentences: dict[str, Callable[[], str]] = {
        "case.illegal_move": lambda: _t("Case {0} cannot move from “{1}” to “{2}”.").format(
            p.get("ref", ""), case_status_label(str(p.get("current", ""))),
            case_status_label(str(p.get("target", "")))),
        "case.too_many_units": lambda: _t("{0}: {1} asked for, but only {2} shipped and not already returned.").format(
            p.get("sku", ""), p.get("wanted", ""), p.get("left", "")),
        "case.refund_too_large": lambda: _t("A refund of {0} is more than the {1} paid and not yet refunded.").format(
            p.get("amount", ""), p.get("left", "")),
        "case.move_needs_action": lambda: _t("{0} becomes “{1}” by its own step (goods-in, inspection or a "
                                             "refund), not by a move.").format(
            p.get("case_no", ""), case_status_label(str(p.get("target", "")))),
        "case.refund_needs_bank_details": lambda: _t("Order {0} was paid cash on delivery: give the bank details "
                                                     "the refund goes to.").format(p.get("order_no", "")),
        "case.bad_attachment": lambda: _t("{0} was not added: {1}.").format(p.get("filename", ""),
                                                                               p.get("problem", "")),
        "case.self_approval": lambda: _t("{0} asked for this refund and cannot approve it too: "
                                         "another manager decides.").format(p.get("user", "")),
    }
    if error.code in sentences:
        return sentences[error.code]()
    return error_text(error)
