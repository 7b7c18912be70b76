"""Reading users' files: encodings recognised or refused, binary files refused, CSV records numbered."""

from __future__ import annotations

import codecs
import gc
from pathlib import Path

import pytest

from desktop_oms.domain.errors import InputRejected
from desktop_oms.shops.encoding import (
    Header,
    csv_records,
    cyclic_gc_paused,
    decode_bytes,
    read_text,
    without_apostrophe,
)

FIXTURES = Path(__file__).parent.parent / "fixtures"
TEXT = "order_no,customer_name\nA-1,王芳\nA-2,Zoë Müller\n"


def write(tmp_path: Path, data: bytes, name: str = "orders.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_utf8_file_without_bom_is_read_as_it_is(tmp_path: Path) -> None:
    assert read_text(write(tmp_path, TEXT.encode("utf-8"))) == TEXT


def test_a_utf8_file_with_bom_is_read_without_the_bom(tmp_path: Path) -> None:
    assert read_text(write(tmp_path, codecs.BOM_UTF8 + TEXT.encode("utf-8"))) == TEXT


def test_the_gb18030_fixture_from_excel_on_chinese_windows_is_read_right() -> None:
    text = read_text(FIXTURES / "orders_gbk.csv")

    assert text.startswith("order_no,created_at,customer_name,")
    assert "G-3001,2026-11-20 08:15:00,王芳,wang.fang@example.cn" in text
    assert "西湖龙井（特级）250g" in text
    assert "“现代城”3号楼" in text
    assert "欧阳娜娜" in text


def test_a_gbk_file_is_read_right(tmp_path: Path) -> None:
    text = "sku,name\nTEA-001,西湖龙井 250g\nCUP-010,青瓷茶杯\n"

    assert read_text(write(tmp_path, text.encode("gbk"))) == text


def test_rare_name_characters_and_four_byte_gb18030_characters_are_read_right(tmp_path: Path) -> None:
    text = "customer_name,note\n欧阳喆,堃 玥\nJürgen Öztürk,🍵 thé\n"

    assert read_text(write(tmp_path, text.encode("gb18030"))) == text


def test_a_big5_file_from_traditional_chinese_windows_is_refused_not_garbled(tmp_path: Path) -> None:
    path = write(tmp_path, "name,city\n林志明,台北市大安區忠孝東路\n".encode("big5"))

    with pytest.raises(InputRejected, match="is not a text file in UTF-8 or GB18030"):
        read_text(path)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_utf16_file_with_its_bom_is_read_right(tmp_path: Path, codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE

    assert read_text(write(tmp_path, bom + TEXT.encode(codec))) == TEXT


def test_a_latin1_file_that_gb18030_would_garble_is_refused(tmp_path: Path) -> None:
    data = "name,city\nRenée Müller,Genève\n".encode("latin-1")
    assert data.decode("gb18030") == "name,city\nRen閑 M黮ler,Gen鑦e\n"  # what must never be imported
    path = write(tmp_path, data)

    with pytest.raises(InputRejected) as refused:
        read_text(path)

    assert str(refused.value) == (
        f"{path} is not a text file in UTF-8 or GB18030 (line 2 has bytes that are neither); "
        'save it as "CSV UTF-8" and try again.'
    )


def test_a_latin1_file_that_is_not_gb18030_either_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "name\nCafé, crème\n".encode("latin-1"))

    with pytest.raises(InputRejected, match="is not a text file in UTF-8 or GB18030"):
        read_text(path)


def test_an_excel_workbook_is_refused_as_not_a_csv(tmp_path: Path) -> None:
    path = write(
        tmp_path, b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml", "orders.xlsx"
    )

    with pytest.raises(InputRejected) as refused:
        read_text(path)

    assert str(refused.value) == (
        f"{path} is not a CSV file: it looks like an Excel workbook (.xlsx) or another zip archive; "
        "save it from your spreadsheet as CSV."
    )


def test_a_png_image_is_refused_as_not_a_csv(tmp_path: Path) -> None:
    path = write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "logo.png")

    with pytest.raises(InputRejected, match=r"is not a CSV file: it looks like a PNG image"):
        read_text(path)


def test_a_file_with_nul_bytes_is_refused_as_binary(tmp_path: Path) -> None:
    path = write(tmp_path, b"order_no,qty\nA-1,\x00\x01\x02\n")

    with pytest.raises(InputRejected) as refused:
        read_text(path)

    assert str(refused.value) == f"{path} is not a CSV file: it contains binary data."


@pytest.mark.parametrize("data", [b"", b"  \r\n\n", codecs.BOM_UTF8])
def test_an_empty_file_is_refused(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, data)

    with pytest.raises(InputRejected) as refused:
        read_text(path)

    assert str(refused.value) == f"{path} is empty."


def test_a_file_that_does_not_exist_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.csv"

    with pytest.raises(InputRejected) as refused:
        read_text(path)

    assert str(refused.value) == f"{path} does not exist."


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputRejected, match="is a folder, not a CSV file"):
        read_text(tmp_path)


def test_decode_bytes_names_the_source_it_was_given() -> None:
    with pytest.raises(InputRejected, match=r"^dropped file is empty\.$"):
        decode_bytes(b"", "dropped file")


def test_rows_count_csv_records_so_a_multi_line_value_is_one_row() -> None:
    text = 'a,b\n1,"first line\nsecond line"\n2,x\n\n3,y\n,\n4,z\n'

    header, records = csv_records(text)

    assert header.names == ("a", "b")
    assert list(records) == [
        (2, ["1", "first line\nsecond line"]),
        (3, ["2", "x"]),
        (5, ["3", "y"]),  # the blank line is row 4, as a spreadsheet shows it
        (7, ["4", "z"]),  # row 6 has only empty cells
    ]


def test_a_quote_that_is_never_closed_refuses_the_file_naming_its_row() -> None:
    _, records = csv_records('a,b\n1,2\n3,"never closed\n4,5\n')

    with pytest.raises(InputRejected, match=r"^row 3 is not valid CSV \(.*\); check its quotes\.$"):
        list(records)


def test_a_semicolon_separated_file_from_a_european_excel_is_read() -> None:
    header, records = csv_records("sku;name;price\nTEA-001;Sencha;12,50\n")

    assert header.names == ("sku", "name", "price")
    assert list(records) == [(2, ["TEA-001", "Sencha", "12,50"])]


def test_an_empty_first_row_is_refused_because_it_must_be_the_header() -> None:
    with pytest.raises(InputRejected, match="the first row must be the header"):
        csv_records("\nsku,name\n")


def test_a_header_finds_columns_ignoring_case_and_spacing_but_keeps_the_written_name() -> None:
    header = Header.of(["Order_No", "  Lineitem   Quantity ", "qty"])

    assert header.position("lineitem quantity") == 1
    assert header.label(1) == "  Lineitem   Quantity "
    assert header.position("missing", "qty") == 2
    assert header.position("missing") is None


def test_a_column_used_twice_in_the_header_is_refused() -> None:
    header = Header.of(["sku", "qty", "SKU"])

    with pytest.raises(InputRejected, match=r"^the header has the column 'sku' twice\.$"):
        header.position("sku")


def test_the_leading_apostrophe_of_a_number_kept_as_text_is_dropped() -> None:
    assert without_apostrophe("'01234") == "01234"
    assert without_apostrophe("O'Brien") == "O'Brien"
    assert without_apostrophe("") == ""


def test_the_cycle_collector_is_resumed_after_a_parse_and_left_off_if_it_was_off() -> None:
    was_enabled = gc.isenabled()  # the suite runs with it off, as the app does (views/collector.py)
    gc.enable()
    try:
        with cyclic_gc_paused():
            assert not gc.isenabled()
        assert gc.isenabled()

        gc.disable()
        with cyclic_gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        if was_enabled:
            gc.enable()
        else:
            gc.disable()
