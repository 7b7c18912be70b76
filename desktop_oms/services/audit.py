"""Writes the audit log: who changed what, when, from which status to which, and why."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.engine import Connection

from desktop_oms.db.models import AUDIT_LOG as AUDIT
from desktop_oms.db.models import utcnow
from desktop_oms.domain.users import Actor


def record(
    conn: Connection,
    actor: Actor,
    entity: str,
    ref: str,
    action: str,
    *,
    from_status: str | None = None,
    to_status: str | None = None,
    reason: str = "",
    details: dict[str, Any] | None = None,
    time: datetime | None = None,
) -> None:
    conn.execute(
        insert(AUDIT).values(
            time=time or utcnow(), user=actor.name, entity=entity, entity_ref=ref, action=action,
            from_status=from_status, to_status=to_status, reason=reason[:500], details=details,
        )
    )
