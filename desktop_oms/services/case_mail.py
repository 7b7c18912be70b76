"""The customer's e-mails about a case (opened, resolved, refunded, a reply), queued in the outbox once per cause."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.engine import Connection

from desktop_oms.db.bulk import insert_if_absent, reserve_ids
from desktop_oms.db.models import CASES, CUSTOMERS, ORDERS, OUTBOX, SETTINGS
from desktop_oms.services.notifications import ANYONE, PENDING, is_mailbox, language_for, one_line, render
from desktop_oms.services.settings import PREFIX

#: What a case tells its customer; each has templates resources/mail/case_<event>.<language>.txt.
EVENTS = ("opened", "resolved", "refunded", "reply")


def notify(conn: Connection, case_id: int, event: str, *, now: datetime, key: str = "", body: str = "",
            amount: Decimal | None = None) -> bool:
    """Queue the customer's e-mail `case_<event>` in the caller's transaction, once per cause (dedupe key
    ``case:<case no>:<key or event>``). False when already queued or the order has no usable address."""
    if event not in EVENTS:
        raise ValueError(f"no case e-mail {event!r}")
    r = conn.execute(
        select(CASES.c.case_no, ORDERS.c.order_no, ORDERS.c.email, ORDERS.c.customer_name, ORDERS.c.ship_name,
               ORDERS.c.ship_country, ORDERS.c.currency, CUSTOMERS.c.email.label("customer_email"),
               CUSTOMERS.c.name.label("customer"))
        .select_from(CASES.join(ORDERS, ORDERS.c.id == CASES.c.order_id)
                     .outerjoin(CUSTOMERS, CUSTOMERS.c.id == ORDERS.c.customer_id))
        .where(CASES.c.id == case_id)).one()
    dedupe = f"case:{r.case_no}:{key or event}"
    if conn.execute(select(OUTBOX.c.id).where(OUTBOX.c.dedupe_key == dedupe)).first() is not None:
        return False
    recipient = (r.email or r.customer_email or "").strip()
    if not recipient or not is_mailbox(recipient):
        return False
    name = one_line(r.customer_name or r.ship_name or r.customer or "")
    language = language_for(r.ship_country or "", name)
    shop = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == PREFIX + "name")).scalar() or ""
    values = {"name": name or ANYONE.get(language, ANYONE["en"]), "order_no": r.order_no, "case_no": r.case_no,
              "shop": one_line(shop), "amount": f"{r.currency} {amount:.2f}" if amount is not None else "",
              "body": body.strip()}
    subject, text_body = render(f"case_{event}", language, values)
    (reserved,) = reserve_ids(conn, OUTBOX, 1)
    insert_if_absent(conn, OUTBOX, {
        "id": reserved, "created_at": now, "kind": f"case_{event}", "recipient": recipient,
        "subject": subject[:255], "body": text_body, "reference": r.case_no, "status": PENDING, "attempts": 0,
        "sent_at": None, "last_error": "", "dedupe_key": dedupe[:120], "next_attempt_at": now})
    return bool(conn.execute(select(OUTBOX.c.id).where(OUTBOX.c.dedupe_key == dedupe[:120])).scalar() == reserved)
