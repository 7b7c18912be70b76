"""What goes on a printed document, as plain data: the services fill these, the renderers draw them.

Every text here is untrusted (customer names, notes, product names from a web shop): the
renderers escape it wherever it meets ReportLab markup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class PageSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"
    LABEL_4X6 = "4x6"


@dataclass(frozen=True)
class ShopHeader:
    name: str = ""
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    logo_path: str = ""  # a PNG/JPEG on this computer, or "" for none
    timezone: str = ""  # the shop's time zone (an IANA name) for the dates printed; "" for this computer's


#: Shops in these time zones read Traditional characters; the labels of their slips and pick lists follow.
TRADITIONAL_ZONES = frozenset({"Asia/Taipei", "Asia/Hong_Kong", "Asia/Macau"})
#: The Simplified characters of the documents' labels and their Traditional forms, one for one.
_TRADITIONAL = str.maketrans("货单库条码数订装时间计备注礼拣", "貨單庫條碼數訂裝時間計備註禮揀")


def labels_for(shop: ShopHeader) -> Callable[[str], str]:
    """The documents' bilingual labels ("Ship to 收货人") in the shop's script (收貨人 in Taipei)."""
    if shop.timezone in TRADITIONAL_ZONES:
        return lambda text: text.translate(_TRADITIONAL)
    return lambda text: text


@dataclass(frozen=True)
class Party:
    """A ship-to or bill-to block."""

    name: str = ""
    lines: tuple[str, ...] = ()  # street, city/province/postcode, country — already in print order
    phone: str = ""


@dataclass(frozen=True)
class SlipLine:
    sku: str
    name: str
    qty: int
    barcode: str = ""


@dataclass(frozen=True)
class Slip:
    """One parcel's packing slip (an order with several ship-to addresses has one per parcel)."""

    order_no: str
    created_at: datetime
    shop: ShopHeader
    ship_to: Party
    lines: tuple[SlipLine, ...]
    bill_to: Party | None = None
    notes: str = ""
    gift_message: str = ""
    payment: str = ""  # e.g. "Cash on delivery · CNY 128.00", printed as is
    parcel: tuple[int, int] | None = None  # (n, of m) when the order ships in several parcels
    barcode_value: str = ""  # what the Code 128 and QR encode; the order number if empty

    @property
    def code(self) -> str:
        return self.barcode_value or self.order_no


@dataclass(frozen=True)
class PickOrder:
    """One order (or parcel) in a wave: its reference on the pick list."""

    ref: str  # "SO-1042" or "SO-1042/2" for the second parcel
    ship_to: str  # one line: name, city
    units: int


@dataclass(frozen=True)
class PickItem:
    sku: str
    name: str
    location: str
    barcode: str
    qty: int
    orders: tuple[tuple[str, int], ...]  # (order ref, qty) in wave order


@dataclass(frozen=True)
class PickList:
    wave: str  # a reference printed as a barcode, e.g. "W-20261202-0931"
    created_at: datetime
    shop: ShopHeader
    items: tuple[PickItem, ...]  # already sorted by location, then SKU
    orders: tuple[PickOrder, ...] = field(default=())
    created_by: str = ""


class Cancelled(Exception):
    """The user stopped a print batch; the renderer raises it and writes nothing more."""

    def __init__(self, done: int = 0) -> None:
        super().__init__(f"cancelled after {done} documents")
        self.done = done
