"""The after-sales rules: every (from, to) pair of every type's table, units, money, photos."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from desktop_oms.domain import cases as rules
from desktop_oms.domain.cases import (
    ACTION_STATUSES,
    CASE_MOVES,
    DONE,
    INITIAL,
    RECEIVABLE,
    REFUNDABLE,
    REPLACEABLE,
    BadAttachment,
    CaseStatus,
    CaseType,
    Priority,
    RefundTooLarge,
    TooManyUnits,
)
from desktop_oms.domain.errors import IllegalMove

PAIRS = [(kind, current, target) for kind in CaseType for current in CASE_MOVES[kind] for target in CaseStatus]


@pytest.mark.parametrize(("kind", "current", "target"), PAIRS)
def test_every_pair_of_every_table_is_allowed_exactly_when_listed(
        kind: CaseType, current: CaseStatus, target: CaseStatus) -> None:
    if target in CASE_MOVES[kind][current]:
        rules.check_case_move(kind, current, target, "C-00001")
        assert rules.can_move(kind, current, target)
    else:
        with pytest.raises(IllegalMove) as caught:
            rules.check_case_move(kind, current, target, "C-00001")
        assert caught.value.code == "case.illegal_move"
        assert caught.value.params == {"entity": "case", "current": str(current), "target": str(target),
                                       "ref": "C-00001"}


@pytest.mark.parametrize("kind", list(CaseType))
def test_each_table_is_closed_reachable_from_its_start_and_every_path_ends_closed(kind: CaseType) -> None:
    table = CASE_MOVES[kind]
    assert all(target in table for targets in table.values() for target in targets)
    seen, todo = {INITIAL[kind]}, [INITIAL[kind]]
    while todo:
        for target in table[todo.pop()]:
            if target not in seen:
                seen.add(target)
                todo.append(target)
    assert seen == set(table)
    assert table[CaseStatus.CLOSED] == frozenset()
    assert all(s is CaseStatus.CLOSED or table[s] for s in table)  # no dead end but closed


def test_the_status_sets_fit_the_tables() -> None:
    for kind in CaseType:
        assert REFUNDABLE[kind] <= set(CASE_MOVES[kind])
        for status in CASE_MOVES[kind]:
            assert rules.manual_moves(kind, status) == CASE_MOVES[kind][status] - ACTION_STATUSES
    for kind in rules.GOODS_COME_BACK:
        assert RECEIVABLE <= set(CASE_MOVES[kind]) and CaseStatus.RECEIVED in CASE_MOVES[kind]
    assert REPLACEABLE <= set(CASE_MOVES[CaseType.EXCHANGE])
    assert DONE == {CaseStatus.CLOSED, CaseStatus.REJECTED}


def test_units_left_are_shipped_minus_returned_minus_claimed_never_below_zero() -> None:
    assert rules.units_left(3, 1, 1) == 1
    assert rules.units_left(2, 2, 1) == 0
    rules.check_units("TEA-1", 1, 3, 1, 1)
    with pytest.raises(TooManyUnits) as caught:
        rules.check_units("TEA-1", 2, 3, 1, 1)
    assert caught.value.code == "case.too_many_units"
    assert caught.value.params == {"sku": "TEA-1", "wanted": 2, "left": 1}


def test_a_refund_may_not_exceed_paid_minus_refunded_minus_pending() -> None:
    paid, refunded, pending = Decimal("100.00"), Decimal("30.00"), Decimal("20.00")
    assert rules.refundable(paid, refunded, pending) == Decimal("50.00")
    assert rules.refundable(Decimal("10.00"), Decimal("10.00"), Decimal("5.00")) == Decimal("0.00")
    rules.check_refund(Decimal("50.00"), paid, refunded, pending)
    with pytest.raises(RefundTooLarge) as caught:
        rules.check_refund(Decimal("50.01"), paid, refunded, pending)
    assert caught.value.code == "case.refund_too_large" and caught.value.params["left"] == "50.00"


def test_four_eyes_above_the_limit_and_the_payment_status_after_a_refund() -> None:
    limit = Decimal("200.00")
    assert not rules.needs_approval(Decimal("200.00"), limit)
    assert rules.needs_approval(Decimal("200.01"), limit)
    assert rules.payment_status_after_refund(Decimal("50.00"), Decimal("10.00")) == "partially_refunded"
    assert rules.payment_status_after_refund(Decimal("50.00"), Decimal("50.00")) == "refunded"


def test_the_sla_follows_the_priority_and_done_or_resolved_cases_are_never_overdue() -> None:
    opened = datetime(2026, 11, 11, 8, tzinfo=UTC)
    assert rules.sla_due(opened, Priority.URGENT) == opened + timedelta(hours=4)
    assert rules.sla_due(opened, Priority.LOW) == opened + timedelta(hours=120)
    late = opened + timedelta(days=30)
    due = rules.sla_due(opened, Priority.NORMAL)
    assert rules.is_overdue(CaseStatus.OPEN, due, late)
    assert not rules.is_overdue(CaseStatus.RESOLVED, due, late)
    assert not rules.is_overdue(CaseStatus.CLOSED, due, late)
    assert not rules.is_overdue(CaseStatus.OPEN, None, late)


def test_case_numbers_run_c_00001_and_read_back_case_insensitively() -> None:
    assert rules.case_no(1) == "C-00001" and rules.case_no(123456) == "C-123456"
    assert rules.case_number(" c-00042 ") == 42
    assert rules.case_number("S-4") is None and rules.case_number("C-") is None


@pytest.mark.parametrize(("data", "kind"), [
    (b"\x89PNG\r\n\x1a\n....", "image/png"),
    (b"\xff\xd8\xff\xe0....", "image/jpeg"),
    (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
    (b"GIF89a....", "image/gif"),
    (b"\x00\x00\x00\x18ftypheic\x00\x00", "image/heic"),
])
def test_photos_are_told_by_their_first_bytes(data: bytes, kind: str) -> None:
    assert rules.check_attachment("x", data) == kind


@pytest.mark.parametrize("data", [b"", b"%PDF-1.7", b"MZ\x90\x00", b"\x89PNG" + b"\x00" * rules.MAX_ATTACHMENT_BYTES])
def test_anything_else_is_refused_naming_the_file(data: bytes) -> None:
    with pytest.raises(BadAttachment) as caught:
        rules.check_attachment("box.jpg", data)
    assert caught.value.code == "case.bad_attachment" and caught.value.params["filename"] == "box.jpg"


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_every_case_mail_fills_every_placeholder_in_each_language(language: str) -> None:
    from desktop_oms.services.case_mail import EVENTS
    from desktop_oms.services.notifications import render

    values = {"name": "王芳", "order_no": "D-000042", "case_no": "C-00007", "shop": "Leaf & Cup",
              "amount": "CNY 58.00", "body": "First line.\nSecond line."}
    for event in EVENTS:
        subject, body = render(f"case_{event}", language, values)
        assert "$" not in subject + body and "\n" not in subject
        assert "D-000042" in subject + body and "C-00007" in subject + body and body.rstrip().endswith("Leaf & Cup")
        if event == "refunded":
            assert "CNY 58.00" in subject and "CNY 58.00" in body
        if event == "reply":
            assert "First line.\nSecond line." in body
        _, unsigned = render(f"case_{event}", language, {**values, "shop": ""})
        assert "Leaf & Cup" not in unsigned and "$" not in unsigned
