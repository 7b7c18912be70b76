"""Money as Decimal with two places; never float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def parse_amount(text: str, *, allow_negative: bool = False, max_places: int = 2) -> Decimal:
    """Parse a decimal amount such as ``39.95``; raise ValueError with a reason."""
    raw = text.strip().replace(",", "") if text.count(",") and "." in text else text.strip()
    if not raw:
        raise ValueError("is empty")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValueError(f"{text!r} is not a decimal amount") from None
    if not value.is_finite():
        raise ValueError(f"{text!r} is not a decimal amount")
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    if -exponent > max_places:
        raise ValueError(f"{text!r} has more than {max_places} decimal places")
    if value < 0 and not allow_negative:
        raise ValueError(f"{text!r} is negative")
    if abs(value) >= Decimal("10000000000"):
        raise ValueError(f"{text!r} is too large")
    return value.quantize(CENT)


def quantize(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def format_amount(value: Decimal) -> str:
    """The contract's money string: plain decimal with two places."""
    return f"{quantize(value):f}"


def line_total(qty: int, unit_price: Decimal) -> Decimal:
    return quantize(unit_price * qty)
