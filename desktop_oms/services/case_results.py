"""What the after-sales services take and return: plain frozen dataclasses (never ORM objects).

The views import this module, so it imports neither SQLAlchemy nor Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from desktop_oms.services.results import TimelineEntry

# ------------------------------------------------------------------------------------------ cases


@dataclass(frozen=True)
class CaseFilter:
    """The case queue's filters; empty sets mean "any". Closed and rejected cases only when asked."""

    types: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    overdue_only: bool = False
    mine: bool = False  # owned by the acting user
    search: str = ""  # case number, order number, customer name, phone or e-mail (any substring)
    include_done: bool = False
    order_no: str = ""  # the cases of one order


@dataclass(frozen=True)
class CaseRow:
    case_no: str
    type: str
    status: str
    reason: str
    priority: str
    category: str
    order_no: str
    customer: str
    owner: str
    sla_due: datetime | None
    overdue: bool
    created_at: datetime
    updated_at: datetime
    refund_pending: bool = False  # a refund waits for a manager's approval


@dataclass(frozen=True)
class CaseCounts:
    """Live counts for the queue's chips (open cases unless the key says otherwise)."""

    by_type: dict[str, int]
    by_status: dict[str, int]
    open: int
    overdue: int
    mine: int
    pending_refunds: int


@dataclass(frozen=True)
class ReturnableLine:
    """An order line as a new return or exchange sees it: what may still be claimed."""

    order_line_id: int
    line_no: int
    sku: str
    name: str
    qty: int
    shipped: int
    returned: int
    claimed: int  # on open cases
    left: int
    unit_price: Decimal


@dataclass(frozen=True)
class NewCaseLine:
    order_line_id: int
    qty: int


@dataclass(frozen=True)
class NewCase:
    order_no: str
    type: str  # domain.cases.CaseType
    reason: str  # domain.cases.CaseReason
    note: str = ""
    lines: tuple[NewCaseLine, ...] = ()  # returns and exchanges need at least one; complaints may have some
    priority: str = "normal"
    category: str = ""  # complaints
    owner: str = ""  # empty: the acting user


@dataclass(frozen=True)
class CaseLineData:
    id: int
    order_line_id: int
    line_no: int
    sku: str
    name: str
    qty: int
    unit_price: Decimal
    received_qty: int = 0
    restocked_qty: int = 0
    written_off_qty: int = 0
    write_off_reason: str = ""


@dataclass(frozen=True)
class CaseNoteData:
    time: datetime
    user: str
    kind: str  # note | reply | customer
    body: str


@dataclass(frozen=True)
class AttachmentData:
    id: int
    filename: str
    content_type: str
    size: int
    time: datetime
    user: str


@dataclass(frozen=True)
class RefundData:
    id: int
    amount: Decimal
    method: str
    status: str  # domain.cases.RefundStatus
    requested_by: str
    requested_at: datetime
    decided_by: str = ""
    decided_at: datetime | None = None
    bank_details: str = ""
    note: str = ""


@dataclass(frozen=True)
class CaseDetail:
    case_no: str
    type: str
    status: str
    reason: str
    category: str
    priority: str
    owner: str
    opened_by: str
    sla_due: datetime | None
    overdue: bool
    created_at: datetime
    updated_at: datetime
    closed_at: datetime | None
    version: int
    order_no: str
    customer: str
    email: str
    phone: str
    currency: str
    payment_method: str
    paid: Decimal  # what the customer paid on the order
    refunded: Decimal  # refunds recorded so far
    refundable: Decimal  # paid - refunded - refunds waiting for approval
    refund_limit: Decimal  # above this a refund needs a manager's approval
    note: str
    resolution: str
    replacement_order_no: str | None
    lines: tuple[CaseLineData, ...]
    notes: tuple[CaseNoteData, ...]
    attachments: tuple[AttachmentData, ...]
    refunds: tuple[RefundData, ...]
    timeline: tuple[TimelineEntry, ...]
    moves: tuple[str, ...]  # the statuses this case may move to next


@dataclass(frozen=True)
class Inspection:
    """The decision on one case line's received units."""

    case_line_id: int
    restock: int = 0
    write_off: int = 0
    reason: str = ""  # required when anything is written off


# ------------------------------------------------------------------------------- knowledge base


@dataclass(frozen=True)
class ArticleRow:
    id: int
    title: str
    lang: str
    tags: str
    snippet: str  # the start of the body, or the text around the match
    case_types: tuple[str, ...]
    reasons: tuple[str, ...]
    updated_at: datetime


@dataclass(frozen=True)
class Article:
    id: int
    title: str
    body: str
    tags: str
    lang: str
    case_types: tuple[str, ...]
    reasons: tuple[str, ...]
    active: bool
    version: int
    updated_at: datetime
    updated_by: str


@dataclass(frozen=True)
class ArticleDraft:
    title: str
    body: str
    tags: str = ""
    lang: str = "en"
    case_types: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    active: bool = True
