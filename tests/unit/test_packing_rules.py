"""The packing bench's pure rules: counting scans, undo, scanner timing, carrier formats."""

import pytest

from desktop_oms.domain import carriers
from desktop_oms.domain.errors import InvalidValue
from desktop_oms.domain.packing import (
    InputSource,
    PackCheck,
    PackLine,
    ScanResult,
    check_counts,
    code_variants,
    input_source,
    normalise_code,
)


def _check() -> PackCheck:
    return PackCheck("SO-1", [PackLine(1, "TEA-1", "Longjing 龙井", 2, barcode="6901234567892"),
                              PackLine(2, "CUP-1", "Cup", 1, barcode="036000291452")])


def test_scans_count_up_to_the_required_quantity_and_then_complete() -> None:
    check = _check()
    assert check.scan("6901234567892").result is ScanResult.COUNTED
    assert check.scan("tea-1").result is ScanResult.COUNTED  # the SKU typed, any case
    assert check.scan("6901234567892").result is ScanResult.TOO_MANY
    assert check.lines[0].scanned == 2 and not check.complete
    outcome = check.scan("0036000291452")  # EAN-13 form of the UPC-A barcode
    assert outcome.result is ScanResult.COMPLETED and outcome.line == 1
    assert check.complete and check.counts() == {1: 2, 2: 1}


def test_a_code_not_in_the_order_counts_nothing() -> None:
    check = _check()
    assert check.scan("4006381333931").result is ScanResult.WRONG_ITEM
    assert check.scanned_units == 0


def test_undo_takes_back_the_newest_counted_scan_only() -> None:
    check = _check()
    check.scan("TEA-1")
    check.scan("CUP-1")
    check.scan("CUP-1")  # too many: not undoable, it counted nothing
    undone = check.undo()
    assert undone is not None and undone.line == 1
    assert check.counts() == {1: 1, 2: 0}
    assert check.undo() is not None and check.undo() is None
    assert check.counts() == {1: 0, 2: 0}


def test_a_product_on_two_lines_fills_the_incomplete_line_first() -> None:
    check = PackCheck("SO-2", [PackLine(1, "TEA-1", "a", 1), PackLine(2, "TEA-1", "b", 1)])
    assert check.scan("TEA-1").line == 0
    assert check.scan("TEA-1").line == 1
    assert check.complete


def test_scanner_noise_is_dropped_from_codes() -> None:
    assert normalise_code(" 6901234567892\r\n") == "6901234567892"
    assert normalise_code("\x1dSO-1\t") == "SO-1"
    assert code_variants("036000291452") == ("036000291452", "0036000291452")


def test_check_counts_names_every_line_that_is_off() -> None:
    assert check_counts({1: 2, 2: 1}, {1: 2, 2: 1}) == []
    assert check_counts({1: 2, 2: 1}, {1: 3}) == [1, 2]


@pytest.mark.parametrize(("times", "source"), [
    ([0, 8, 15, 24, 31, 40, 47, 55, 63, 70, 78, 86, 95], InputSource.SCANNER),
    ([0, 140, 260, 420, 510, 700], InputSource.KEYBOARD),
    ([0, 10, 20], InputSource.KEYBOARD),  # too short to be a barcode
    ([0, 8, 15, 24, 300, 310, 318], InputSource.KEYBOARD),  # a pause in the middle: a person
])
def test_a_scanner_is_told_from_a_person_by_key_timing(times: list[float], source: InputSource) -> None:
    assert input_source(times) is source


@pytest.mark.parametrize(("number", "code"), [
    ("SF1234567890123", "sf_express"), ("1Z999AA10123456784", "ups"), ("YT1234567890123", "yto"),
    ("JDVA12345678901", "jd"), ("EA123456785CN", "ems"), ("SIM00012345", "simulator"),
    ("9400111899223100012345", "usps"),
])
def test_lettered_formats_name_their_carrier(number: str, code: str) -> None:
    assert [c.code for c in carriers.recognise(number)][:1] == [code]


def test_plain_digits_may_fit_several_carriers_and_the_packer_chooses() -> None:
    found = [c.code for c in carriers.recognise("123456789012")]
    assert "fedex" in found and len(found) >= 1
    assert carriers.recognise("ABC") == ()


def test_a_usps_label_barcode_carries_its_zip_routing_first() -> None:
    assert carriers.normalise_tracking("42010001\x1d9400111899223100012345") == "9400111899223100012345"
    assert carriers.normalise_tracking("420100019400111899223100012345") == "9400111899223100012345"
    assert carriers.normalise_tracking(" sf 1234 5678 9012 3 ") == "SF1234567890123"


def test_a_tracking_number_must_look_like_one() -> None:
    with pytest.raises(InvalidValue) as caught:
        carriers.check_tracking("<script>")
    assert caught.value.field == "tracking"
    with pytest.raises(InvalidValue):
        carriers.carrier("pigeon")
    assert carriers.carrier(" UPS ").code == "ups"


def test_the_s10_check_digit() -> None:
    assert carriers.s10_valid("EA123456785CN")
    assert not carriers.s10_valid("EA123456784CN")
