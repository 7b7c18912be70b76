"""What the web-shop connector hands back: the connection's settings and state, and a sync's report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class ShopConnectionData:
    """The WooCommerce connection as the settings page and `shops` commands show it (never the secret)."""

    channel: str
    base_url: str = ""
    consumer_key: str = ""
    has_secret: bool = False
    secret_in: str = ""  # "keyring", "database" or "" (none stored)
    enabled: bool = False
    modified_after: datetime | None = None  # the cursor: the shop's newest change stored here
    last_sync_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str = ""
    last_error_at: datetime | None = None
    retry_after_until: datetime | None = None

    @property
    def configured(self) -> bool:
        return bool(self.base_url and self.consumer_key and self.has_secret)


@dataclass(frozen=True)
class SyncError:
    """One thing a sync could not do: about an order (the shop's id, our number) or the shop itself."""

    message: str
    external_id: str = ""
    order_no: str = ""

    def as_json(self) -> dict[str, str]:
        return {"external_id": self.external_id, "order_no": self.order_no, "message": self.message}


@dataclass
class SyncReport:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    pushed: int = 0
    pages: int = 0
    cancelled: list[str] = field(default_factory=list)  # our order numbers cancelled because the shop did
    deleted: list[str] = field(default_factory=list)  # our order numbers whose shop order is gone
    errors: list[SyncError] = field(default_factory=list)
    waiting_until: datetime | None = None  # the shop's Retry-After: nothing was asked before it
    cursor: datetime | None = None

    def as_json(self) -> dict[str, Any]:
        return {"created": self.created, "updated": self.updated, "skipped": self.skipped, "pushed": self.pushed,
                "pages": self.pages, "cancelled": list(self.cancelled), "deleted": list(self.deleted),
                "errors": [e.as_json() for e in self.errors],
                "waiting_until": self.waiting_until.isoformat() if self.waiting_until else None,
                "cursor": self.cursor.isoformat() if self.cursor else None}
