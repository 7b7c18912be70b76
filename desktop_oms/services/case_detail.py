"""The case as the screens see it: its detail, its timeline (and the order timeline's case entries), its money."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from desktop_oms.db.models import (
    AUDIT_LOG,
    CASE_ATTACHMENTS,
    CASE_LINES,
    CASE_NOTES,
    CASES,
    ORDERS,
    PAYMENTS,
    PRODUCTS,
    REFUNDS,
    SETTINGS,
    utcnow,
)
from desktop_oms.db.models import ORDER_LINES as LINES
from desktop_oms.db.models import STOCK_LEDGER as LEDGER
from desktop_oms.domain import cases as rules
from desktop_oms.domain.cases import CaseStatus, CaseType, RefundStatus
from desktop_oms.services.case_results import (
    AttachmentData,
    CaseDetail,
    CaseLineData,
    CaseNoteData,
    RefundData,
)
from desktop_oms.services.results import TimelineEntry

#: The settings key of the amount above which a refund needs a manager's approval.
#: The same setting as the shop details' refund limit (Settings → Shop).
REFUND_LIMIT_KEY = "shop.refund_limit"
DEFAULT_REFUND_LIMIT = Decimal("200.00")


@dataclass(frozen=True)
class OrderMoney:
    """An order's money as a refund sees it: paid (completed payments), refunded, refunds waiting for approval."""

    order_no: str
    payment_method: str
    paid: Decimal
    refunded: Decimal
    pending: Decimal
    version: int


def order_money(conn: Connection, order_id: int, *, lock: bool = False) -> OrderMoney:
    query = select(ORDERS.c.order_no, ORDERS.c.payment_method, ORDERS.c.refunded_total, ORDERS.c.version).where(
        ORDERS.c.id == order_id)
    o = conn.execute(query.with_for_update() if lock else query).one()
    paid = conn.execute(select(func.coalesce(func.sum(PAYMENTS.c.amount), 0)).where(
        PAYMENTS.c.order_id == order_id, PAYMENTS.c.kind == "payment", PAYMENTS.c.status == "completed")).scalar_one()
    pending = conn.execute(select(func.coalesce(func.sum(REFUNDS.c.amount), 0)).where(
        REFUNDS.c.order_id == order_id, REFUNDS.c.status == RefundStatus.PENDING_APPROVAL)).scalar_one()
    return OrderMoney(o.order_no, o.payment_method, dec(paid), dec(o.refunded_total), dec(pending), o.version)


def shop_refund_limit(conn: Connection) -> Decimal:
    stored = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == REFUND_LIMIT_KEY)).scalar()
    try:
        return Decimal(stored).quantize(Decimal("0.01")) if stored else DEFAULT_REFUND_LIMIT
    except InvalidOperation:
        return DEFAULT_REFUND_LIMIT


def case_detail(conn: Connection, case_id: int) -> CaseDetail:
    other = ORDERS.alias("replacement")
    replacement = select(other.c.order_no).where(other.c.id == CASES.c.replacement_order_id).scalar_subquery()
    r = conn.execute(
        select(CASES, ORDERS.c.order_no, ORDERS.c.customer_name, ORDERS.c.email, ORDERS.c.phone, ORDERS.c.currency,
               ORDERS.c.payment_method, replacement.label("replacement_no"))
        .join(ORDERS, ORDERS.c.id == CASES.c.order_id).where(CASES.c.id == case_id)).one()
    money = order_money(conn, r.order_id)
    lines = tuple(
        CaseLineData(ln.id, ln.order_line_id, ln.line_no, ln.sku, ln.name, ln.qty, ln.unit_price, ln.received_qty,
                     ln.restocked_qty, ln.written_off_qty, ln.write_off_reason)
        for ln in conn.execute(
            select(CASE_LINES, LINES.c.line_no, LINES.c.sku, LINES.c.name, LINES.c.unit_price)
            .join(LINES, LINES.c.id == CASE_LINES.c.order_line_id)
            .where(CASE_LINES.c.case_id == case_id).order_by(LINES.c.line_no, CASE_LINES.c.id)))
    notes = tuple(CaseNoteData(n.time, n.user, n.kind, n.body) for n in conn.execute(
        select(CASE_NOTES).where(CASE_NOTES.c.case_id == case_id).order_by(CASE_NOTES.c.time, CASE_NOTES.c.id)))
    attachments = tuple(AttachmentData(a.id, a.filename, a.content_type, a.size, a.time, a.user)
                        for a in conn.execute(
        select(CASE_ATTACHMENTS.c.id, CASE_ATTACHMENTS.c.filename, CASE_ATTACHMENTS.c.content_type,
               CASE_ATTACHMENTS.c.size, CASE_ATTACHMENTS.c.time, CASE_ATTACHMENTS.c.user)
        .where(CASE_ATTACHMENTS.c.case_id == case_id).order_by(CASE_ATTACHMENTS.c.id)))
    refunds = tuple(RefundData(f.id, f.amount, f.method, f.status, f.requested_by, f.requested_at, f.decided_by,
                               f.decided_at, f.bank_details, f.note)
                    for f in conn.execute(select(REFUNDS).where(REFUNDS.c.case_id == case_id).order_by(REFUNDS.c.id)))
    kind, status = CaseType(r.type), CaseStatus(r.status)
    now = utcnow()
    return CaseDetail(
        case_no=r.case_no, type=r.type, status=r.status, reason=r.reason, category=r.category, priority=r.priority,
        owner=r.owner, opened_by=r.opened_by, sla_due=r.sla_due, overdue=rules.is_overdue(status, r.sla_due, now),
        created_at=r.created_at, updated_at=r.updated_at, closed_at=r.closed_at, version=r.version,
        order_no=r.order_no, customer=r.customer_name, email=r.email, phone=r.phone, currency=r.currency,
        payment_method=r.payment_method, paid=money.paid, refunded=money.refunded,
        refundable=rules.refundable(money.paid, money.refunded, money.pending), refund_limit=shop_refund_limit(conn),
        note=r.note, resolution=r.resolution, replacement_order_no=r.replacement_no, lines=lines, notes=notes,
        attachments=attachments, refunds=refunds, timeline=_timeline(conn, case_id, r.case_no, notes),
        moves=tuple(str(s) for s in CaseStatus if s in rules.manual_moves(kind, status)),
    )


def _timeline(conn: Connection, case_id: int, case_no: str, notes: Sequence[CaseNoteData]) -> tuple[TimelineEntry, ...]:
    """The case's life oldest first: its moves and actions, notes, refunds and the goods-in ledger rows."""
    entries = [e if e.kind != "case" else TimelineEntry(
        e.time, "status" if e.to_status else "case", e.user, e.action, e.from_status, e.to_status, e.reason,
        ref=e.ref) for e in case_events(conn, {case_id: case_no})]
    entries += [TimelineEntry(n.time, "note", n.user, n.kind, reason=n.body, ref=case_no) for n in notes]
    for row in conn.execute(
        select(LEDGER.c.created_at, LEDGER.c.kind, LEDGER.c.on_hand_delta, LEDGER.c.user, LEDGER.c.reason,
               PRODUCTS.c.sku)
        .join(PRODUCTS, PRODUCTS.c.id == LEDGER.c.product_id)
        .where(LEDGER.c.reference == case_no).order_by(LEDGER.c.id)):
        entries.append(TimelineEntry(row.created_at, "stock", row.user, row.kind, reason=row.reason, sku=row.sku,
                                     qty=abs(row.on_hand_delta), ref=case_no))
    entries.sort(key=lambda e: e.time)
    return tuple(entries)


#: Audit actions a timeline shows from their own tables instead (the note itself, the refund row).
_SHOWN_ELSEWHERE = ("note", "reply", "customer", "refund-request", "refund-approve", "refund-reject", "refund-record")


def case_events(conn: Connection, cases: Mapping[int, str]) -> list[TimelineEntry]:
    """What happened to these cases (id → case number): each audited move and action, each refund asked
    for and decided — as timeline entries of kind "case" (refunds: "refund"), `ref` the case number."""
    if not cases:
        return []
    entries = [
        TimelineEntry(a.time, "case", a.user, a.action, a.from_status, a.to_status, a.reason, ref=a.entity_ref)
        for a in conn.execute(
            select(AUDIT_LOG.c.time, AUDIT_LOG.c.user, AUDIT_LOG.c.action, AUDIT_LOG.c.from_status,
                   AUDIT_LOG.c.to_status, AUDIT_LOG.c.reason, AUDIT_LOG.c.entity_ref)
            .where(AUDIT_LOG.c.entity == "case", AUDIT_LOG.c.entity_ref.in_(sorted(set(cases.values()))),
                   AUDIT_LOG.c.action.not_in(_SHOWN_ELSEWHERE)).order_by(AUDIT_LOG.c.id))]
    for f in conn.execute(select(REFUNDS).where(REFUNDS.c.case_id.in_(sorted(cases))).order_by(REFUNDS.c.id)):
        ref, amount = cases[f.case_id], f"{f.method} {f.amount:.2f}"
        at_once = f.status == RefundStatus.RECORDED and not f.decided_by
        entries.append(TimelineEntry(f.requested_at, "refund", f.requested_by, "refund-request",
                                     to_status=str(RefundStatus.RECORDED) if at_once else
                                     str(RefundStatus.PENDING_APPROVAL), reason=amount, ref=ref))
        if f.decided_at is not None and f.decided_by:
            entries.append(TimelineEntry(f.decided_at, "refund", f.decided_by,
                                         "refund-approve" if f.status == RefundStatus.RECORDED else "refund-reject",
                                         to_status=f.status, reason=" · ".join(x for x in (amount, f.note) if x),
                                         ref=ref))
    entries.sort(key=lambda e: e.time)
    return entries


def order_cases(conn: Connection, order_id: int) -> dict[int, str]:
    """The order's cases, id → case number, oldest first."""
    return {r.id: r.case_no for r in conn.execute(
        select(CASES.c.id, CASES.c.case_no).where(CASES.c.order_id == order_id).order_by(CASES.c.id))}


def dec(value: Any) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))
