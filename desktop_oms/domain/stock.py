"""Stock arithmetic: ledger kinds and how each moves on hand and reserved."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class LedgerKind(StrEnum):
    RECEIPT = "receipt"
    RESERVATION = "reservation"
    RELEASE = "release"
    PICK = "pick"
    SHIPMENT = "shipment"
    RETURN_RESTOCK = "return-restock"  # a returned unit back on the shelf, available again
    RETURN_WRITE_OFF = "return-write-off"  # a returned unit found unsellable (never back on hand)
    WRITE_OFF = "write_off"
    ADJUSTMENT = "adjustment"


@dataclass(frozen=True)
class StockLevel:
    on_hand: int
    reserved: int

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved

    def is_valid(self) -> bool:
        return 0 <= self.reserved <= self.on_hand


def effect(kind: LedgerKind, qty: int) -> tuple[int, int]:
    """(on_hand delta, reserved delta) of a ledger row of `kind` for `qty` units.

    For ADJUSTMENT `qty` is signed; for every other kind it is a positive count.
    """
    match kind:
        case LedgerKind.RECEIPT | LedgerKind.RETURN_RESTOCK:
            return qty, 0
        case LedgerKind.RESERVATION:
            return 0, qty
        case LedgerKind.RELEASE:
            return 0, -qty
        case LedgerKind.PICK | LedgerKind.SHIPMENT:
            # reserved goods leave the warehouse
            return -qty, -qty
        case LedgerKind.WRITE_OFF:
            return -qty, 0
        case LedgerKind.RETURN_WRITE_OFF:
            return 0, 0
        case LedgerKind.ADJUSTMENT:
            return qty, 0
    raise ValueError(kind)  # pragma: no cover


def replay(rows: Iterable[tuple[int, int]]) -> StockLevel:
    """Re-derive a stock level from its ledger rows' (on_hand delta, reserved delta)."""
    on_hand = reserved = 0
    for d_on_hand, d_reserved in rows:
        on_hand += d_on_hand
        reserved += d_reserved
    return StockLevel(on_hand, reserved)


def is_low(available: int, threshold: int) -> bool:
    return available <= threshold
