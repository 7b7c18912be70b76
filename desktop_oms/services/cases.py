"""After-sales cases: open, move, notes and replies, photos, refunds with four eyes, goods in, exchanges.

Every use case checks the permission first and runs in one transaction. The case row carries a
version: each change is one guarded UPDATE (`WHERE id = :id AND version = :read`), so two desks
moving the same case cannot both win — the second gets StaleEdit ("changed at another desk").
Money goes back only through `_record`: a `payments` row of kind refund, the order's refunded
total and payment status, all in the transaction that decided it. Returned units are restocked
or written off by `inspect` with a ledger row each, so stock and ledger agree afterwards.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import PureWindowsPath
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, insert, not_, or_, select, text, update
from sqlalchemy.engine import Connection

from desktop_oms.db.bulk import reserve_ids
from desktop_oms.db.models import (
    CASE_ATTACHMENTS,
    CASE_LINES,
    CASE_NOTES,
    CASES,
    ORDERS,
    PAYMENTS,
    REFUNDS,
    STOCK,
    utcnow,
)
from desktop_oms.db.models import ORDER_LINES as LINES
from desktop_oms.db.models import STOCK_LEDGER as LEDGER
from desktop_oms.db.uow import UnitOfWorkFactory, retrying
from desktop_oms.domain import cases as rules
from desktop_oms.domain.cases import (
    DONE,
    GOODS_COME_BACK,
    INITIAL,
    RECEIVABLE,
    REFUNDABLE,
    REPLACEABLE,
    CaseReason,
    CaseStatus,
    CaseType,
    ComplaintCategory,
    MoveNeedsAction,
    Priority,
    RefundNeedsBankDetails,
    RefundStatus,
    SelfApproval,
)
from desktop_oms.domain.errors import IllegalMove, InvalidValue, NotFound, StaleEdit
from desktop_oms.domain.orders import GOODS_LEFT, OrderStatus, PaymentMethod, PaymentStatus
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services import audit
from desktop_oms.services.allocation import MAIN_WAREHOUSE, AllocationService
from desktop_oms.services.case_detail import (
    REFUND_LIMIT_KEY,
    OrderMoney,
    case_detail,
    dec,
    order_money,
    shop_refund_limit,
)
from desktop_oms.services.case_mail import notify
from desktop_oms.services.case_results import (
    AttachmentData,
    CaseCounts,
    CaseDetail,
    CaseFilter,
    CaseRow,
    Inspection,
    NewCase,
    ReturnableLine,
)
from desktop_oms.services.notifications import one_line
from desktop_oms.services.search import like_pattern
from desktop_oms.services.settings import SettingsService, upsert_settings
from desktop_oms.services.stock import ensure_stock_row

C = CaseStatus
MAX_LIMIT = 10_000
MAX_NOTE = 20_000
MAX_OWNER = 120
MAX_MONEY = Decimal("999999999999.99")
#: Statuses in which a case is not overdue even past its SLA (nothing left to do for the customer).
NOT_OVERDUE = rules.SLA_STOPPED
#: Exchanges' replacement orders: `<order_no>-X1` (X2 … only if an unrelated order took that number).
REPLACEMENT_SUFFIX = "-X"
#: PostgreSQL advisory lock key serialising the choice of the next case number (SQLite: BEGIN IMMEDIATE).
CASE_NO_LOCK = 0x0C45E


@dataclass
class _Case:
    """The case row as a use case holds it; `_save` keeps status and version in step with the database."""

    id: int
    case_no: str
    type: CaseType
    status: CaseStatus
    version: int
    order_id: int
    created_at: datetime
    priority: str
    replacement_order_id: int | None


class CaseService:
    def __init__(self, uow: UnitOfWorkFactory, settings: SettingsService) -> None:
        self._uow = uow
        self._settings = settings
        self._allocation = AllocationService(uow)

    # --- reading -------------------------------------------------------------------------------

    def returnable_lines(self, order_no: str, *, actor: Actor) -> list[ReturnableLine]:
        """The order's lines with what a new return or exchange may still claim of each."""
        actor.require(Permission.HANDLE_CASES)
        with self._uow(read_only=True) as tx:
            order_id = _order_row(tx.connection, order_no).id
            return _returnable(tx.connection, order_id)

    def list_cases(self, filter: CaseFilter, *, actor: Actor, limit: int = 500) -> list[CaseRow]:
        """Overdue first, then by SLA due (none last), then case number."""
        actor.require(Permission.HANDLE_CASES)
        if not 0 < limit <= MAX_LIMIT:
            raise InvalidValue("limit", f"must be from 1 to {MAX_LIMIT}")
        _known(filter.types, CaseType, "types")
        _known(filter.statuses, CaseStatus, "statuses")
        now = utcnow()
        late = _overdue(now)
        pending = exists().where(REFUNDS.c.case_id == CASES.c.id, REFUNDS.c.status == RefundStatus.PENDING_APPROVAL)
        query = (
            select(CASES, ORDERS.c.order_no, ORDERS.c.customer_name, pending.label("refund_pending"))
            .join(ORDERS, ORDERS.c.id == CASES.c.order_id)
            .order_by(case((late, 0), else_=1), CASES.c.sla_due.is_(None), CASES.c.sla_due, CASES.c.case_no)
            .limit(limit))
        if filter.types:
            query = query.where(CASES.c.type.in_(sorted(filter.types)))
        if filter.statuses:
            query = query.where(CASES.c.status.in_(sorted(filter.statuses)))
        elif not filter.include_done:
            query = query.where(CASES.c.status.not_in(sorted(DONE)))
        if filter.overdue_only:
            query = query.where(late)
        if filter.mine:
            query = query.where(CASES.c.owner == actor.name)
        if filter.order_no.strip():
            query = query.where(ORDERS.c.order_no == filter.order_no.strip())
        search = " ".join(filter.search.split())[:100]
        if search:
            pattern = like_pattern(search)
            query = query.where(or_(*(col.ilike(pattern, escape="\\") for col in (
                CASES.c.case_no, ORDERS.c.order_no, ORDERS.c.customer_name, ORDERS.c.phone, ORDERS.c.email))))
        with self._uow(read_only=True) as tx:
            return [CaseRow(r.case_no, r.type, r.status, r.reason, r.priority, r.category, r.order_no,
                            r.customer_name, r.owner, r.sla_due, rules.is_overdue(C(r.status), r.sla_due, now),
                            r.created_at, r.updated_at, bool(r.refund_pending))
                    for r in tx.connection.execute(query)]

    def counts(self, *, actor: Actor) -> CaseCounts:
        """Open cases per type, every case per status, and the queue's totals."""
        actor.require(Permission.HANDLE_CASES)
        is_open = CASES.c.status.not_in(sorted(DONE))
        late = _overdue(utcnow())
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            by_type = {r[0]: int(r[1]) for r in conn.execute(
                select(CASES.c.type, func.count()).where(is_open).group_by(CASES.c.type))}
            by_status = {r[0]: int(r[1]) for r in conn.execute(
                select(CASES.c.status, func.count()).group_by(CASES.c.status))}
            totals = conn.execute(select(
                func.count(),
                func.coalesce(func.sum(case((late, 1), else_=0)), 0),
                func.coalesce(func.sum(case((CASES.c.owner == actor.name, 1), else_=0)), 0),
            ).where(is_open)).one()
            pending = conn.execute(select(func.count()).select_from(REFUNDS).where(
                REFUNDS.c.status == RefundStatus.PENDING_APPROVAL)).scalar_one()
        return CaseCounts(by_type, by_status, int(totals[0]), int(totals[1]), int(totals[2]), int(pending))

    def get_case(self, case_no: str, *, actor: Actor) -> CaseDetail:
        actor.require(Permission.HANDLE_CASES)
        with self._uow(read_only=True) as tx:
            return case_detail(tx.connection, _load(tx.connection, case_no).id)

    def find_receivable(self, code: str, *, actor: Actor) -> CaseDetail:
        """The open return or exchange a scanned case or order number (from the slip's barcode) is about."""
        actor.require(Permission.RECEIVE_STOCK)
        wanted = "".join(code.split())
        if not wanted:
            raise InvalidValue("code", "scan or type a case or order number")
        receivable = and_(CASES.c.type.in_(sorted(GOODS_COME_BACK)), CASES.c.status.in_(sorted(rules.AT_THE_BENCH)))
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            if rules.case_number(wanted) is not None:
                found = conn.execute(select(CASES.c.id).where(
                    func.upper(CASES.c.case_no) == wanted.upper(), receivable)).scalar()
                if found is not None:
                    return case_detail(conn, found)
            order_nos = {wanted.casefold(), wanted.split("/")[0].casefold()}  # a parcel's slip: ORDER/2
            found = conn.execute(
                select(CASES.c.id).join(ORDERS, ORDERS.c.id == CASES.c.order_id)
                .where(func.lower(ORDERS.c.order_no).in_(sorted(order_nos)), receivable)
                .order_by(CASES.c.created_at, CASES.c.id).limit(1)).scalar()
            if found is None:
                raise NotFound("receivable case", wanted)
            return case_detail(conn, found)

    def attachment(self, attachment_id: int, *, actor: Actor) -> tuple[AttachmentData, bytes]:
        _require_any(actor, Permission.HANDLE_CASES, Permission.RECEIVE_STOCK)
        with self._uow(read_only=True) as tx:
            r = tx.connection.execute(select(CASE_ATTACHMENTS).where(
                CASE_ATTACHMENTS.c.id == attachment_id)).one_or_none()
        if r is None:
            raise NotFound("attachment", str(attachment_id))
        return AttachmentData(r.id, r.filename, r.content_type, r.size, r.time, r.user), bytes(r.data)

    def refund_limit(self) -> Decimal:
        """Refunds above this amount need a manager's approval (the shop's setting, 200.00 unless changed)."""
        with self._uow(read_only=True) as tx:
            return shop_refund_limit(tx.connection)

    # --- opening and moving ----------------------------------------------------------------------

    def open_case(self, new: NewCase, *, actor: Actor) -> CaseDetail:
        actor.require(Permission.HANDLE_CASES)
        kind = _enum(CaseType, new.type, "type")
        reason = _enum(CaseReason, new.reason, "reason")
        priority = _enum(Priority, new.priority or "normal", "priority")
        category = ""
        if kind is CaseType.COMPLAINT:
            category = str(_enum(ComplaintCategory, new.category or "other", "category"))
        owner = _owner(new.owner or actor.name)
        note = _text(new.note, "note", required=False)
        wanted: dict[int, int] = {}
        for line in new.lines:
            if line.order_line_id in wanted:
                raise InvalidValue("lines", f"order line {line.order_line_id} is named twice")
            if not 0 < line.qty <= 1_000_000:
                raise InvalidValue("lines", "each line needs a quantity of at least 1")
            wanted[line.order_line_id] = line.qty
        if kind in GOODS_COME_BACK and not wanted:
            raise InvalidValue("lines", f"a {kind} needs at least one line (which goods come back, how many)")

        def attempt() -> CaseDetail:
            with self._uow() as tx:
                conn = tx.connection
                order = _order_row(conn, new.order_no, lock=tx.dialect == "postgresql")
                if kind in GOODS_COME_BACK and order.status not in GOODS_LEFT:
                    raise InvalidValue("order_no", f"order {order.order_no} is {order.status}: nothing was shipped "
                                                   "that could come back")
                lines = {ln.order_line_id: ln for ln in _returnable(conn, order.id)}
                for line_id, qty in wanted.items():
                    ln = lines.get(line_id)
                    if ln is None:
                        raise NotFound("order line", f"{line_id} of order {order.order_no}")
                    claimed = 0 if kind is CaseType.COMPLAINT else ln.claimed
                    rules.check_units(ln.sku, qty, ln.shipped, ln.returned, claimed)
                number = _next_case_no(conn)
                now = utcnow()
                status = INITIAL[kind]
                case_id = conn.execute(insert(CASES).values(
                    case_no=number, order_id=order.id, type=str(kind), status=str(status), reason=str(reason),
                    note=note, resolution="", refund_amount=None, owner=owner, priority=str(priority),
                    sla_due=rules.sla_due(now, priority), replacement_order_id=None, created_at=now,
                    updated_at=now, version=1, category=category, opened_by=actor.name, closed_at=None,
                ).returning(CASES.c.id)).scalar_one()
                if wanted:
                    conn.execute(insert(CASE_LINES), [
                        {"case_id": case_id, "order_line_id": line_id, "qty": qty, "restocked_qty": 0,
                         "written_off_qty": 0, "received_qty": 0, "write_off_reason": ""}
                        for line_id, qty in sorted(wanted.items())])
                audit.record(conn, actor, "case", number, "open", to_status=str(status), reason=note,
                             details={"order_no": order.order_no, "type": str(kind), "reason": str(reason),
                                      "lines": {str(k): v for k, v in wanted.items()}}, time=now)
                if kind is CaseType.COMPLAINT:
                    notify(conn, case_id, "opened", now=now)
                detail = case_detail(conn, case_id)
                tx.commit()
                return detail

        return retrying(attempt)

    def move(self, case_no: str, target: str, *, actor: Actor, reason: str = "",
             version: int | None = None) -> CaseDetail:
        """One move of the case's table; `version` (the one the desk shows) refuses a stale edit."""
        actor.require(Permission.HANDLE_CASES)
        goal = _enum(CaseStatus, target, "status")
        why = _text(reason, "reason", required=False, limit=500)

        def change(conn: Connection, c: _Case, now: datetime) -> None:
            if version is not None and version != c.version:
                raise StaleEdit("case", c.case_no)
            rules.check_case_move(c.type, c.status, goal, c.case_no)
            if goal in rules.ACTION_STATUSES:
                raise MoveNeedsAction(c.case_no, str(goal))
            _move(conn, c, goal, actor, now, reason=why)

        return self._change(case_no, change)

    def assign(self, case_no: str, owner: str, *, actor: Actor) -> CaseDetail:
        actor.require(Permission.HANDLE_CASES)
        name = _owner(owner)

        def change(conn: Connection, c: _Case, now: datetime) -> None:
            before = conn.execute(select(CASES.c.owner).where(CASES.c.id == c.id)).scalar_one()
            _save(conn, c, now, owner=name)
            audit.record(conn, actor, "case", c.case_no, "assign", reason=name,
                         details={"from": before, "to": name}, time=now)

        return self._change(case_no, change)

    def set_priority(self, case_no: str, priority: str, *, actor: Actor) -> CaseDetail:
        """A new priority, and the SLA due time recomputed from when the case was opened."""
        actor.require(Permission.HANDLE_CASES)
        chosen = _enum(Priority, priority, "priority")

        def change(conn: Connection, c: _Case, now: datetime) -> None:
            _save(conn, c, now, priority=str(chosen), sla_due=rules.sla_due(c.created_at, chosen))
            audit.record(conn, actor, "case", c.case_no, "priority", reason=str(chosen),
                         details={"from": c.priority, "to": str(chosen)}, time=now)

        return self._change(case_no, change)

    # --- notes, replies, photos ----------------------------------------------------------------------

    def add_note(self, case_no: str, body: str, *, actor: Actor, kind: str = "note") -> CaseDetail:
        """An internal note, or what the customer said (kind "customer"); a reply goes through `reply`."""
        actor.require(Permission.HANDLE_CASES)
        if kind not in ("note", "customer"):
            raise InvalidValue("kind", "a note is of kind note or customer (a reply to the customer: reply)")
        return self._note(case_no, _text(body, "body"), kind, actor)

    def reply(self, case_no: str, body: str, *, actor: Actor) -> CaseDetail:
        """A reply to the customer: kept on the case and queued as an e-mail in the same transaction."""
        actor.require(Permission.HANDLE_CASES)
        return self._note(case_no, _text(body, "body"), "reply", actor)

    def _note(self, case_no: str, body: str, kind: str, actor: Actor) -> CaseDetail:
        def change(conn: Connection, c: _Case, now: datetime) -> None:
            note_id = conn.execute(insert(CASE_NOTES).values(
                case_id=c.id, time=now, user=actor.name, kind=kind, body=body).returning(CASE_NOTES.c.id)).scalar_one()
            _touch(conn, c, now)
            audit.record(conn, actor, "case", c.case_no, kind, details={"note_id": note_id}, time=now)
            if kind == "reply":
                notify(conn, c.id, "reply", now=now, key=f"reply:{note_id}", body=body)

        return self._change(case_no, change)

    def attach(self, case_no: str, filename: str, data: bytes, content_type: str, *, actor: Actor) -> CaseDetail:
        """A photo (PNG, JPEG, WebP, GIF or HEIC, up to 10 MB — told by its bytes, not its name)."""
        _require_any(actor, Permission.HANDLE_CASES, Permission.RECEIVE_STOCK)
        name = one_line(PureWindowsPath(filename).name)[:255] or "photo"
        found = rules.check_attachment(name, data)  # the given content type is only a hint: the bytes decide
        del content_type

        def change(conn: Connection, c: _Case, now: datetime) -> None:
            attachment_id = conn.execute(insert(CASE_ATTACHMENTS).values(
                case_id=c.id, time=now, user=actor.name, filename=name, content_type=found, size=len(data),
                data=data).returning(CASE_ATTACHMENTS.c.id)).scalar_one()
            _touch(conn, c, now)
            audit.record(conn, actor, "case", c.case_no, "attach", reason=name,
                         details={"attachment_id": attachment_id, "size": len(data)}, time=now)

        return self._change(case_no, change)

    # --- money ---------------------------------------------------------------------------------

    def request_refund(self, case_no: str, amount: Decimal, *, actor: Actor, bank_details: str = "",
                       note: str = "") -> CaseDetail:
        """Up to the shop's limit recorded at once; above it, waiting for a manager who did not ask."""
        actor.require(Permission.HANDLE_CASES)
        money = _money(amount)
        bank = one_line(bank_details)[:500]
        why = _text(note, "note", required=False, limit=500)

        def change(conn: Connection, c: _Case, now: datetime) -> None:
            if c.status not in REFUNDABLE[c.type]:
                raise _illegal(c, "refund")
            o = order_money(conn, c.order_id, lock=conn.dialect.name == "postgresql")
            if o.payment_method == PaymentMethod.COD and not bank:
                raise RefundNeedsBankDetails(o.order_no)
            rules.check_refund(money, o.paid, o.refunded, o.pending)
            waits = rules.needs_approval(money, shop_refund_limit(conn))
            refund_id = conn.execute(insert(REFUNDS).values(
                case_id=c.id, order_id=c.order_id, amount=money, method=o.payment_method, bank_details=bank,
                status=str(RefundStatus.PENDING_APPROVAL), requested_by=actor.name, requested_at=now,
                decided_by="", decided_at=None, note=why, payment_id=None).returning(REFUNDS.c.id)).scalar_one()
            audit.record(conn, actor, "case", c.case_no, "refund-request", reason=why,
                         details={"refund_id": refund_id, "amount": str(money), "approval": waits}, time=now)
            if waits:
                _touch(conn, c, now)
            else:
                _record(conn, c, refund_id, money, o, actor, now, decided_by="")

        return self._change(case_no, change)

    def approve_refund(self, refund_id: int, *, actor: Actor, note: str = "") -> CaseDetail:
        """Four eyes: a manager other than the one who asked records the refund."""
        actor.require(Permission.APPROVE_REFUNDS)
        why = _text(note, "note", required=False, limit=500)

        def change(conn: Connection, c: _Case, now: datetime, r: Any) -> None:
            if r.requested_by == actor.name:
                raise SelfApproval(actor.name)
            if c.status not in REFUNDABLE[c.type]:
                raise _illegal(c, "refund")
            o = order_money(conn, c.order_id, lock=conn.dialect.name == "postgresql")
            rules.check_refund(r.amount, o.paid, o.refunded, o.pending - r.amount)
            if r.method == PaymentMethod.COD and not r.bank_details:
                raise RefundNeedsBankDetails(o.order_no)
            audit.record(conn, actor, "case", c.case_no, "refund-approve", reason=why,
                         details={"refund_id": r.id, "amount": str(r.amount)}, time=now)
            _record(conn, c, r.id, r.amount, o, actor, now, decided_by=actor.name, note=why)

        return self._decide(refund_id, change)

    def reject_refund(self, refund_id: int, *, actor: Actor, note: str) -> CaseDetail:
        actor.require(Permission.APPROVE_REFUNDS)
        why = _text(note, "note", limit=500)

        def change(conn: Connection, c: _Case, now: datetime, r: Any) -> None:
            conn.execute(update(REFUNDS).where(REFUNDS.c.id == r.id).values(
                status=str(RefundStatus.REJECTED), decided_by=actor.name, decided_at=now,
                note=why if not r.note else f"{r.note} · {why}"[:500]))
            _touch(conn, c, now)
            audit.record(conn, actor, "case", c.case_no, "refund-reject", reason=why,
                         details={"refund_id": r.id, "amount": str(r.amount)}, time=now)

        return self._decide(refund_id, change)

    def set_refund_limit(self, amount: Decimal, *, actor: Actor) -> Decimal:
        actor.require(Permission.MANAGE_SETTINGS)
        limit = _money(amount, allow_zero=True)
        with self._uow() as tx:
            before = shop_refund_limit(tx.connection)
            upsert_settings(tx.connection, {REFUND_LIMIT_KEY: str(limit)})
            audit.record(tx.connection, actor, "settings", REFUND_LIMIT_KEY, "save",
                         details={"from": str(before), "to": str(limit)})
            tx.commit()
        return limit

    # --- goods in ------------------------------------------------------------------------------

    def receive_goods(self, case_no: str, *, actor: Actor, received: Mapping[int, int] | None = None,
                      station: str = "") -> CaseDetail:
        """The parcel is at the bench: units per case line (default: every claimed unit) → received."""
        actor.require(Permission.RECEIVE_STOCK)
        bench = one_line(station)[:64]

        def change(conn: Connection, c: _Case, now: datetime) -> None:
            if c.type not in GOODS_COME_BACK or c.status not in RECEIVABLE:
                raise _illegal(c, str(C.RECEIVED))
            lines = {r.id: r for r in conn.execute(select(CASE_LINES).where(CASE_LINES.c.case_id == c.id))}
            counts = dict(received) if received is not None else {i: r.qty - r.received_qty for i, r in lines.items()}
            for line_id, n in counts.items():
                if line_id not in lines:
                    raise NotFound("case line", f"{line_id} of case {c.case_no}")
                left = lines[line_id].qty - lines[line_id].received_qty
                if not 0 <= n <= left:
                    raise InvalidValue("received", f"case line {line_id}: from 0 to {left} units")
            if sum(counts.values()) <= 0:
                raise InvalidValue("received", "no unit was received")
            for line_id, n in sorted(counts.items()):
                if n:
                    conn.execute(update(CASE_LINES).where(CASE_LINES.c.id == line_id)
                                 .values(received_qty=CASE_LINES.c.received_qty + n))
            details = {"station": bench, "units": {str(k): v for k, v in counts.items() if v}}
            if c.status is C.APPROVED:
                _move(conn, c, C.AWAITING_GOODS, actor, now, reason="the parcel arrived", details=details)
            _move(conn, c, C.RECEIVED, actor, now, reason=bench, details=details)

        return self._change(case_no, change)

    def inspect(self, case_no: str, decisions: Sequence[Inspection], *, actor: Actor) -> CaseDetail:
        """Each received unit restocked (available again) or written off with a reason; all decided → inspected.

        As after any goods in, orders waiting for a restocked product are then allocated, oldest first
        (in transactions of their own, once the inspection is committed)."""
        actor.require(Permission.RECEIVE_STOCK)
        if not decisions:
            raise InvalidValue("decisions", "decide on at least one received unit")
        restocked: set[int] = set()

        def change(conn: Connection, c: _Case, now: datetime) -> None:
            if c.status is not C.RECEIVED:
                raise _illegal(c, str(C.INSPECTED))
            lines = {r.id: r for r in conn.execute(
                select(CASE_LINES, LINES.c.product_id, LINES.c.sku)
                .join(LINES, LINES.c.id == CASE_LINES.c.order_line_id).where(CASE_LINES.c.case_id == c.id))}
            todo: dict[int, list[int]] = {}
            reasons: dict[int, str] = {}
            for d in decisions:
                line = lines.get(d.case_line_id)
                if line is None:
                    raise NotFound("case line", f"{d.case_line_id} of case {c.case_no}")
                if d.restock < 0 or d.write_off < 0:
                    raise InvalidValue("decisions", f"{line.sku}: units cannot be negative")
                got = todo.setdefault(line.id, [0, 0])
                got[0] += d.restock
                got[1] += d.write_off
                left = line.received_qty - line.restocked_qty - line.written_off_qty
                if sum(got) > left:
                    raise InvalidValue("decisions", f"{line.sku}: {sum(got)} decided but {left} received and "
                                                    "not yet inspected")
                if d.write_off:
                    why = one_line(d.reason)[:200]
                    if not why:
                        raise InvalidValue("reason", f"{line.sku}: say why the units are written off")
                    reasons[line.id] = why
            if not any(sum(v) for v in todo.values()):
                raise InvalidValue("decisions", "decide on at least one received unit")
            for line_id, (restock, write_off) in sorted(todo.items(), key=lambda kv: (lines[kv[0]].product_id, kv[0])):
                line = lines[line_id]
                if restock:
                    restocked.add(line.product_id)
                    ensure_stock_row(conn, line.product_id)
                    conn.execute(update(STOCK).where(STOCK.c.product_id == line.product_id,
                                                     STOCK.c.warehouse_id == MAIN_WAREHOUSE)
                                 .values(on_hand=STOCK.c.on_hand + restock))
                    _ledger(conn, line.product_id, rules.LEDGER_RETURN_RESTOCK, restock, "returned goods back on "
                            "the shelf", c.case_no, actor, now)
                if write_off:
                    _ledger(conn, line.product_id, rules.LEDGER_RETURN_WRITE_OFF, 0,
                            f"{write_off} unit(s) written off: {reasons[line_id]}", c.case_no, actor, now)
                values: dict[str, Any] = {"restocked_qty": CASE_LINES.c.restocked_qty + restock,
                                          "written_off_qty": CASE_LINES.c.written_off_qty + write_off}
                if write_off:
                    values["write_off_reason"] = reasons[line_id]
                conn.execute(update(CASE_LINES).where(CASE_LINES.c.id == line_id).values(**values))
                conn.execute(update(LINES).where(LINES.c.id == line.order_line_id)
                             .values(returned_qty=LINES.c.returned_qty + restock + write_off))
            details = {str(k): {"restock": v[0], "write_off": v[1]} for k, v in todo.items() if sum(v)}
            undecided = conn.execute(select(func.coalesce(func.sum(
                CASE_LINES.c.received_qty - CASE_LINES.c.restocked_qty - CASE_LINES.c.written_off_qty), 0))
                .where(CASE_LINES.c.case_id == c.id)).scalar_one()
            if int(undecided) == 0:
                _move(conn, c, C.INSPECTED, actor, now, reason="every received unit decided",
                      details={"lines": details})
            else:
                _touch(conn, c, now)
                audit.record(conn, actor, "case", c.case_no, "inspect", reason=f"{undecided} unit(s) still to "
                             "decide", details={"lines": details}, time=now)

        detail = self._change(case_no, change)
        if restocked:
            self._allocation.fill_backorders(sorted(restocked), actor=actor)
        return detail

    # --- exchanges -----------------------------------------------------------------------------

    def create_replacement(self, case_no: str, *, actor: Actor) -> CaseDetail:
        """The exchange's replacement order `<order_no>-X1`: accepted, so allocation and packing take it.

        It is a free order (every price and total 0.00, payment status paid, method "other", channel
        "exchange"): the customer paid once, on the original order, and the reports count that once.
        """
        actor.require(Permission.HANDLE_CASES)

        def change(conn: Connection, c: _Case, now: datetime) -> None:
            if c.type is not CaseType.EXCHANGE or c.status not in REPLACEABLE or c.replacement_order_id is not None:
                raise _illegal(c, "replacement")
            o = conn.execute(select(ORDERS).where(ORDERS.c.id == c.order_id)).one()
            number = _replacement_no(conn, o.order_no)
            lines = conn.execute(
                select(LINES.c.product_id, LINES.c.sku, LINES.c.name, CASE_LINES.c.qty)
                .join(LINES, LINES.c.id == CASE_LINES.c.order_line_id)
                .where(CASE_LINES.c.case_id == c.id).order_by(LINES.c.line_no)).all()
            zero = Decimal("0.00")
            (order_id,) = reserve_ids(conn, ORDERS, 1)
            conn.execute(insert(ORDERS).values(
                id=order_id, order_no=number, channel="exchange", external_id=c.case_no, created_at=now,
                status=str(OrderStatus.ACCEPTED), held_from=None, hold_reason="",
                payment_method=str(PaymentMethod.OTHER), payment_status=str(PaymentStatus.PAID), currency=o.currency,
                subtotal=zero, shipping_total=zero, discount_total=zero, tax_total=zero, total=zero,
                refunded_total=zero, customer_id=o.customer_id, customer_name=o.customer_name, email=o.email,
                phone=o.phone, ship_name=o.ship_name, ship_address1=o.ship_address1, ship_address2=o.ship_address2,
                ship_city=o.ship_city, ship_province=o.ship_province, ship_postcode=o.ship_postcode,
                ship_country=o.ship_country, ship_phone=o.ship_phone, bill_to=o.bill_to,
                notes=f"Exchange for order {o.order_no} (case {c.case_no})", gift_message="", tags="exchange",
                history_only=False, claimed_by=None, claimed_at=None, updated_at=now, version=1))
            conn.execute(insert(LINES), [
                {"order_id": order_id, "line_no": n, "product_id": ln.product_id, "sku": ln.sku, "name": ln.name,
                 "qty": ln.qty, "unit_price": zero, "line_total": zero, "reserved_qty": 0, "shipped_qty": 0,
                 "returned_qty": 0, "ship_group": 1} for n, ln in enumerate(lines, start=1)])
            audit.record(conn, actor, "order", number, "create", to_status=str(OrderStatus.ACCEPTED),
                         reason=f"exchange {c.case_no} for order {o.order_no}", time=now)
            _save(conn, c, now, replacement_order_id=order_id)
            audit.record(conn, actor, "case", c.case_no, "replacement", reason=number,
                         details={"order_no": number}, time=now)

        return self._change(case_no, change)

    # --- the transaction around each change ------------------------------------------------------

    def _change(self, case_no: str, change: Any) -> CaseDetail:
        def attempt() -> CaseDetail:
            with self._uow() as tx:
                conn = tx.connection
                c = _load(conn, case_no, lock=tx.dialect == "postgresql")
                change(conn, c, utcnow())
                detail = case_detail(conn, c.id)
                tx.commit()
                return detail

        return retrying(attempt)

    def _decide(self, refund_id: int, change: Any) -> CaseDetail:
        def attempt() -> CaseDetail:
            with self._uow() as tx:
                conn = tx.connection
                query = select(REFUNDS).where(REFUNDS.c.id == refund_id)
                r = conn.execute(query.with_for_update() if tx.dialect == "postgresql" else query).one_or_none()
                if r is None:
                    raise NotFound("refund", str(refund_id))
                c = _load_id(conn, r.case_id, lock=tx.dialect == "postgresql")
                if r.status != RefundStatus.PENDING_APPROVAL:
                    error = IllegalMove("refund", r.status, "decided", str(refund_id))
                    error.code = "case.illegal_move"
                    raise error
                change(conn, c, utcnow(), r)
                detail = case_detail(conn, c.id)
                tx.commit()
                return detail

        return retrying(attempt)


# --- rows and guarded writes -----------------------------------------------------------------------


def _case_of(row: Any) -> _Case:
    return _Case(row.id, row.case_no, CaseType(row.type), CaseStatus(row.status), row.version, row.order_id,
                 row.created_at, row.priority, row.replacement_order_id)


def _load(conn: Connection, case_no: str, *, lock: bool = False) -> _Case:
    wanted = "".join(case_no.split()).upper()
    query = select(CASES).where(CASES.c.case_no == wanted)
    row = conn.execute(query.with_for_update() if lock else query).one_or_none()
    if row is None:
        raise NotFound("case", wanted)
    return _case_of(row)


def _load_id(conn: Connection, case_id: int, *, lock: bool = False) -> _Case:
    query = select(CASES).where(CASES.c.id == case_id)
    return _case_of(conn.execute(query.with_for_update() if lock else query).one())


def _save(conn: Connection, c: _Case, now: datetime, **values: Any) -> None:
    """One guarded UPDATE: only if nobody changed the case since it was read (else StaleEdit)."""
    done = conn.execute(update(CASES).where(CASES.c.id == c.id, CASES.c.version == c.version)
                        .values(version=c.version + 1, updated_at=now, **values))
    if done.rowcount != 1:
        raise StaleEdit("case", c.case_no)
    c.version += 1
    if "status" in values:
        c.status = CaseStatus(values["status"])


def _touch(conn: Connection, c: _Case, now: datetime) -> None:
    """Something was added to the case (a note, a photo): newer, but no edit of its fields to guard."""
    conn.execute(update(CASES).where(CASES.c.id == c.id).values(updated_at=now))


def _move(conn: Connection, c: _Case, target: CaseStatus, actor: Actor, now: datetime, *, reason: str = "",
          details: dict[str, Any] | None = None) -> None:
    rules.check_case_move(c.type, c.status, target, c.case_no)
    before = c.status
    values: dict[str, Any] = {"status": str(target)}
    if target is C.CLOSED:
        values["closed_at"] = now
    if target in (C.RESOLVED, C.CLOSED, C.REJECTED) and reason:
        values["resolution"] = reason
    _save(conn, c, now, **values)
    audit.record(conn, actor, "case", c.case_no, "move", from_status=str(before), to_status=str(target),
                 reason=reason, details=details, time=now)
    if c.type is CaseType.COMPLAINT and target is C.RESOLVED:
        notify(conn, c.id, "resolved", now=now)


def _illegal(c: _Case, target: str) -> IllegalMove:
    error = IllegalMove("case", str(c.status), target, c.case_no)
    error.code = "case.illegal_move"
    return error


def _ledger(conn: Connection, product_id: int, kind: str, on_hand: int, reason: str, ref: str, actor: Actor,
            now: datetime) -> None:
    conn.execute(insert(LEDGER).values(
        product_id=product_id, warehouse_id=MAIN_WAREHOUSE, kind=kind, on_hand_delta=on_hand, reserved_delta=0,
        reason=reason[:500], reference=ref, user=actor.name, created_at=now))


def _next_case_no(conn: Connection) -> str:
    """The next free case number. Writers take turns: an advisory lock (PostgreSQL), BEGIN IMMEDIATE (SQLite)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CASE_NO_LOCK})
    last = conn.execute(select(CASES.c.case_no).where(CASES.c.case_no.like(rules.CASE_NO_PREFIX + "%"))
                        .order_by(func.length(CASES.c.case_no).desc(), CASES.c.case_no.desc()).limit(1)).scalar()
    return rules.case_no((rules.case_number(last) or 0) + 1 if last else 1)


def _replacement_no(conn: Connection, order_no: str) -> str:
    taken = set(conn.execute(select(ORDERS.c.order_no).where(
        ORDERS.c.order_no.like(order_no.replace("%", "").replace("_", "") + REPLACEMENT_SUFFIX + "%"))).scalars())
    n = 1
    while f"{order_no}{REPLACEMENT_SUFFIX}{n}" in taken:
        n += 1
    number = f"{order_no}{REPLACEMENT_SUFFIX}{n}"
    if len(number) > 64:
        raise InvalidValue("order_no", f"{order_no} is too long for a replacement order number")
    return number


def _record(conn: Connection, c: _Case, refund_id: int, amount: Decimal, o: OrderMoney, actor: Actor, now: datetime,
            *, decided_by: str, note: str = "") -> None:
    """Book the refund: a payments row of kind refund, the order's refunded total and status, the case."""
    bank = conn.execute(select(REFUNDS.c.bank_details).where(REFUNDS.c.id == refund_id)).scalar_one()
    payment_id = conn.execute(insert(PAYMENTS).values(
        order_id=c.order_id, kind="refund", method=o.payment_method, amount=amount, status="completed",
        reference=c.case_no, bank_details=bank, created_at=now, user=actor.name).returning(PAYMENTS.c.id)).scalar_one()
    refunded = o.refunded + amount
    done = conn.execute(update(ORDERS).where(ORDERS.c.id == c.order_id, ORDERS.c.refunded_total == o.refunded)
                        .values(refunded_total=refunded, version=ORDERS.c.version + 1, updated_at=now,
                                payment_status=rules.payment_status_after_refund(o.paid, refunded)))
    if done.rowcount != 1:
        raise StaleEdit("order", o.order_no)
    values: dict[str, Any] = {"status": str(RefundStatus.RECORDED), "payment_id": payment_id, "decided_at": now,
                              "decided_by": decided_by}
    if note:
        values["note"] = note
    conn.execute(update(REFUNDS).where(REFUNDS.c.id == refund_id).values(**values))
    audit.record(conn, actor, "case", c.case_no, "refund-record",
                 details={"refund_id": refund_id, "amount": str(amount), "payment_id": payment_id}, time=now)
    total = conn.execute(select(func.coalesce(func.sum(REFUNDS.c.amount), 0)).where(
        REFUNDS.c.case_id == c.id, REFUNDS.c.status == RefundStatus.RECORDED)).scalar_one()
    if c.type in (CaseType.RETURN, CaseType.REFUND) and rules.can_move(c.type, c.status, C.REFUNDED):
        _save(conn, c, now, refund_amount=dec(total))
        _move(conn, c, C.REFUNDED, actor, now, reason=f"{amount:.2f} refunded")
    else:
        _save(conn, c, now, refund_amount=dec(total))
    notify(conn, c.id, "refunded", now=now, key=f"refunded:{refund_id}", amount=amount)


def _order_row(conn: Connection, order_no: str, *, lock: bool = False) -> Any:
    wanted = order_no.strip()
    query = select(ORDERS.c.id, ORDERS.c.order_no, ORDERS.c.status).where(ORDERS.c.order_no == wanted)
    row = conn.execute(query.with_for_update() if lock else query).one_or_none()
    if row is None:
        raise NotFound("order", wanted)
    return row


def _claims() -> ColumnElement[bool]:
    """Which cases hold units of their lines: not complaints nor rejected ones; a closed return or exchange
    no longer (what came back is in the line's returned_qty, what never came may be claimed again)."""
    return and_(CASES.c.type != CaseType.COMPLAINT, CASES.c.status != C.REJECTED,
                not_(and_(CASES.c.type.in_(sorted(GOODS_COME_BACK)), CASES.c.status == C.CLOSED)))


def _returnable(conn: Connection, order_id: int) -> list[ReturnableLine]:
    claimed = (
        select(CASE_LINES.c.order_line_id,
               func.sum(CASE_LINES.c.qty - CASE_LINES.c.restocked_qty - CASE_LINES.c.written_off_qty).label("n"))
        .join(CASES, CASES.c.id == CASE_LINES.c.case_id)
        .where(CASES.c.order_id == order_id, _claims())
        .group_by(CASE_LINES.c.order_line_id).subquery())
    rows = conn.execute(
        select(LINES.c.id, LINES.c.line_no, LINES.c.sku, LINES.c.name, LINES.c.qty, LINES.c.shipped_qty,
               LINES.c.returned_qty, LINES.c.unit_price, func.coalesce(claimed.c.n, 0).label("claimed"))
        .outerjoin(claimed, claimed.c.order_line_id == LINES.c.id)
        .where(LINES.c.order_id == order_id).order_by(LINES.c.line_no))
    return [ReturnableLine(r.id, r.line_no, r.sku, r.name, r.qty, r.shipped_qty, r.returned_qty, int(r.claimed),
                           rules.units_left(r.shipped_qty, r.returned_qty, int(r.claimed)), r.unit_price)
            for r in rows]


def _overdue(now: datetime) -> ColumnElement[bool]:
    return and_(CASES.c.sla_due.is_not(None), CASES.c.sla_due < now, CASES.c.status.not_in(sorted(NOT_OVERDUE)))


# --- checking what people typed --------------------------------------------------------------------


def _require_any(actor: Actor, *permissions: Permission) -> None:
    if not any(actor.can(p) for p in permissions):
        actor.require(permissions[0])


def _enum(kind: Any, value: str, field: str) -> Any:
    try:
        return kind(str(value).strip())
    except ValueError:
        raise InvalidValue(field, f"unknown {field} {value!r}; one of {', '.join(kind)}") from None


def _known(values: frozenset[str], kind: Any, field: str) -> None:
    unknown = sorted(v for v in values if v not in set(kind))
    if unknown:
        raise InvalidValue(field, f"unknown {', '.join(unknown)}; one of {', '.join(kind)}")


def _owner(name: str) -> str:
    owner = " ".join(name.split())
    if not owner:
        raise InvalidValue("owner", "a case needs someone who owns it")
    if len(owner) > MAX_OWNER:
        raise InvalidValue("owner", f"at most {MAX_OWNER} characters")
    return owner


def _text(value: str, field: str, *, required: bool = True, limit: int = MAX_NOTE) -> str:
    cleaned = value.strip()
    if required and not cleaned:
        raise InvalidValue(field, "write something")
    if len(cleaned) > limit:
        raise InvalidValue(field, f"at most {limit} characters")
    return cleaned


def _money(amount: Decimal | str | int, *, allow_zero: bool = False) -> Decimal:
    try:
        value = Decimal(str(amount))
    except InvalidOperation:
        raise InvalidValue("amount", f"{amount!r} is not an amount of money") from None
    if not value.is_finite() or value != value.quantize(Decimal("0.01")):
        raise InvalidValue("amount", "an amount with at most two decimals, like 58.00")
    if value < 0 or (value == 0 and not allow_zero) or value > MAX_MONEY:
        raise InvalidValue("amount", "must be more than 0.00" if not allow_zero else "cannot be negative")
    return value.quantize(Decimal("0.01"))
