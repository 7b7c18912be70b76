"""Scan-to-verify packing: what a scan counts for, and telling a scanner from a typist.

Pure rules, no database: the packing screen runs `PackCheck.scan` on the GUI thread for
instant feedback, and the service checks the final counts again before the order is packed.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Final


class ScanResult(StrEnum):
    """What one scan did; stored in the scan log for the packer KPIs."""

    COUNTED = "counted"  # an item of this order, still needed
    COMPLETED = "completed"  # counted, and with it every line is complete
    TOO_MANY = "too_many"  # an item of this order whose line is already complete
    WRONG_ITEM = "wrong_item"  # a product we know, not in this order
    UNKNOWN = "unknown"  # no product has this barcode or SKU
    UNDONE = "undone"  # the packer took the last counted scan back
    ORDER = "order"  # an order barcode: claim that order
    TRACKING = "tracking"  # a carrier label, recorded as the shipment
    ABANDONED = "abandoned"  # the packer gave the order back


#: Results that count nothing and earn the loud red feedback.
MIS_SCANS: Final = frozenset({ScanResult.TOO_MANY, ScanResult.WRONG_ITEM, ScanResult.UNKNOWN})


def normalise_code(raw: str) -> str:
    """A scan as the keyboard wedge typed it: drop whitespace and control characters (GS, CR)."""
    return "".join(ch for ch in raw if ch.isprintable() and not ch.isspace())


def code_variants(code: str) -> tuple[str, ...]:
    """The forms one product code may arrive in: as printed, case-folded, and UPC-A ⇄ EAN-13.

    A scanner set to UPC-A sends 12 digits for an EAN-13 that starts with 0, and the other way
    round, so both are tried.
    """
    code = normalise_code(code)
    forms = [code, code.casefold()]
    if code.isdigit():
        if len(code) == 12:
            forms.append("0" + code)
        elif len(code) == 13 and code.startswith("0"):
            forms.append(code[1:])
    return tuple(dict.fromkeys(forms))


@dataclass(frozen=True)
class PackLine:
    line_id: int
    sku: str
    name: str
    required: int
    barcode: str = ""
    image_path: str = ""
    location: str = ""
    scanned: int = 0

    @property
    def complete(self) -> bool:
        return self.scanned >= self.required

    def matches(self, code: str) -> bool:
        wanted = code_variants(code)
        own = {self.sku, self.sku.casefold()} | ({self.barcode} if self.barcode else set())
        return any(form in own for form in wanted)


@dataclass(frozen=True)
class ScanOutcome:
    result: ScanResult
    code: str
    line: int | None = None  # index into PackCheck.lines of the line it concerned


class PackCheck:
    """The running count of one order at the bench; `scan` and `undo` change it."""

    def __init__(self, order_no: str, lines: Sequence[PackLine]) -> None:
        self.order_no = order_no
        self.lines: list[PackLine] = list(lines)
        self._counted: list[int] = []  # line indexes of counted scans, newest last, for undo

    @property
    def complete(self) -> bool:
        return bool(self.lines) and all(line.complete for line in self.lines)

    @property
    def scanned_units(self) -> int:
        return sum(min(line.scanned, line.required) for line in self.lines)

    @property
    def required_units(self) -> int:
        return sum(line.required for line in self.lines)

    def find(self, code: str) -> int | None:
        """The line this code belongs to: an incomplete one first, when a product appears twice."""
        hits = [i for i, line in enumerate(self.lines) if line.matches(code)]
        for i in hits:
            if not self.lines[i].complete:
                return i
        return hits[0] if hits else None

    def scan(self, raw: str) -> ScanOutcome:
        """Count an item of this order. A code not in the order is `WRONG_ITEM` here; the service
        tells a known product from an unknown code afterwards."""
        code = normalise_code(raw)
        index = self.find(code)
        if index is None:
            return ScanOutcome(ScanResult.WRONG_ITEM, code)
        line = self.lines[index]
        if line.complete:
            return ScanOutcome(ScanResult.TOO_MANY, code, index)
        self.lines[index] = replace(line, scanned=line.scanned + 1)
        self._counted.append(index)
        return ScanOutcome(ScanResult.COMPLETED if self.complete else ScanResult.COUNTED, code, index)

    def undo(self) -> ScanOutcome | None:
        """Take back the newest counted scan; None when nothing is counted."""
        if not self._counted:
            return None
        index = self._counted.pop()
        line = self.lines[index]
        self.lines[index] = replace(line, scanned=line.scanned - 1)
        return ScanOutcome(ScanResult.UNDONE, line.barcode or line.sku, index)

    def counts(self) -> dict[int, int]:
        """line id → units scanned, for the service to check before the order is packed."""
        return {line.line_id: line.scanned for line in self.lines}


def check_counts(required: dict[int, int], scanned: dict[int, int]) -> list[int]:
    """Line ids whose scanned count is not exactly what is required (empty: all complete)."""
    ids = set(required) | set(scanned)
    return sorted(i for i in ids if scanned.get(i, 0) != required.get(i, 0))


# --- scanner or keyboard -------------------------------------------------------------------

#: A keyboard-wedge scanner types a whole code in a burst: keys a few ms apart. People need
#: 80 ms or more between keys even when fast. Codes are at least four characters.
SCANNER_MEDIAN_GAP_MS: Final = 35.0
SCANNER_MAX_GAP_MS: Final = 90.0
SCANNER_MIN_LENGTH: Final = 4


class InputSource(StrEnum):
    SCANNER = "scanner"
    KEYBOARD = "keyboard"


def input_source(key_times_ms: Sequence[float]) -> InputSource:
    """Tell a scan from typing by the times (ms, any origin) at which each character arrived."""
    if len(key_times_ms) < SCANNER_MIN_LENGTH:
        return InputSource.KEYBOARD
    gaps = [b - a for a, b in zip(key_times_ms, key_times_ms[1:], strict=False)]
    if statistics.median(gaps) <= SCANNER_MEDIAN_GAP_MS and max(gaps) <= SCANNER_MAX_GAP_MS:
        return InputSource.SCANNER
    return InputSource.KEYBOARD
