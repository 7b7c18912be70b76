from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_oms.domain.money import format_amount, line_total, parse_amount
from desktop_oms.domain.stock import LedgerKind, StockLevel, effect, replay


@pytest.mark.parametrize(("text", "value"), [("39.95", "39.95"), ("0", "0.00"), (" 7.5 ", "7.50"), ("1000", "1000.00")])
def test_amounts_parse_to_exact_decimals(text: str, value: str) -> None:
    assert parse_amount(text) == Decimal(value)


@pytest.mark.parametrize(("text", "why"), [
    ("1.999", "more than 2 decimal places"), ("-1", "negative"), ("abc", "not a decimal"), ("", "empty"),
    ("NaN", "not a decimal"), ("Infinity", "not a decimal"), ("1e30", "too large")])
def test_bad_amounts_are_refused_with_a_reason(text: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        parse_amount(text)


def test_money_is_printed_as_a_plain_two_place_decimal() -> None:
    assert format_amount(Decimal("129.9")) == "129.90"
    assert format_amount(Decimal("1E+3")) == "1000.00"
    assert line_total(3, Decimal("0.10")) == Decimal("0.30")


def test_each_ledger_kind_moves_on_hand_and_reserved_as_the_books_say() -> None:
    assert effect(LedgerKind.RECEIPT, 5) == (5, 0)
    assert effect(LedgerKind.RESERVATION, 2) == (0, 2)
    assert effect(LedgerKind.RELEASE, 2) == (0, -2)
    assert effect(LedgerKind.SHIPMENT, 2) == (-2, -2)
    assert effect(LedgerKind.RETURN_RESTOCK, 1) == (1, 0)
    assert effect(LedgerKind.WRITE_OFF, 1) == (-1, 0)
    assert effect(LedgerKind.ADJUSTMENT, -3) == (-3, 0)


kinds = st.sampled_from([LedgerKind.RECEIPT, LedgerKind.RESERVATION, LedgerKind.RELEASE, LedgerKind.SHIPMENT,
                         LedgerKind.WRITE_OFF])


@given(st.lists(st.tuples(kinds, st.integers(min_value=1, max_value=20)), max_size=60))
def test_a_level_kept_by_guarded_moves_always_equals_its_replayed_ledger(moves: list[tuple[LedgerKind, int]]) -> None:
    level = StockLevel(0, 0)
    ledger: list[tuple[int, int]] = []
    for kind, qty in moves:
        d_on_hand, d_reserved = effect(kind, qty)
        candidate = StockLevel(level.on_hand + d_on_hand, level.reserved + d_reserved)
        if candidate.is_valid():  # the guarded UPDATE refuses anything else
            level = candidate
            ledger.append((d_on_hand, d_reserved))
    assert replay(ledger) == level
    assert level.is_valid() and level.available >= 0
