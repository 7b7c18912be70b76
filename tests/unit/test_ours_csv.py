"""Our order CSV: every rule of the contract, row numbers and fields of the errors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_oms.domain.errors import InputRejected
from desktop_oms.domain.intake import Address, IncomingLine, IncomingOrder, ParsedFile, RowError
from desktop_oms.domain.orders import OrderStatus, PaymentMethod, PaymentStatus
from desktop_oms.shops.encoding import read_text
from desktop_oms.shops.ours import COLUMNS, EXPECTED_HEADER, parse_orders_csv

FIXTURES = Path(__file__).parent.parent / "fixtures"
CST = timezone(timedelta(hours=8))

GOOD_ROW = {
    "order_no": "A-1",
    "created_at": "2026-11-20T08:15:00+08:00",
    "customer_name": "王芳",
    "email": "wang.fang@example.cn",
    "phone": "13800138000",
    "ship_name": "王芳",
    "ship_address1": "朝阳区建国路88号",
    "ship_address2": "",
    "ship_city": "北京",
    "ship_province": "北京",
    "ship_postcode": "100022",
    "ship_country": "CN",
    "payment_method": "alipay",
    "paid": "true",
    "sku": "TEA-001",
    "qty": "2",
    "unit_price": "39.95",
}


def csv_of(*rows: dict[str, str], columns: tuple[str, ...] = COLUMNS) -> str:
    """A CSV text with `columns`; each row is GOOD_ROW with the given cells changed."""
    lines = [",".join(columns)]
    for changes in rows:
        row = GOOD_ROW | changes
        lines.append(",".join(_quoted(row.get(column, "")) for column in columns))
    return "\n".join(lines) + "\n"


def _quoted(value: str) -> str:
    return '"' + value.replace('"', '""') + '"' if any(ch in value for ch in ',"\n') else value


def only_error(parsed: ParsedFile) -> RowError:
    assert parsed.orders == []
    assert len(parsed.errors) == 1
    return parsed.errors[0]


def where(parsed: ParsedFile) -> list[tuple[int, str, str]]:
    return [(error.row, error.order_no, error.field) for error in parsed.errors]


@pytest.fixture(scope="module")
def ok() -> ParsedFile:
    return parse_orders_csv(read_text(FIXTURES / "orders_ok.csv"))


# --- the good fixture ------------------------------------------------------------------


def test_the_good_fixture_gives_every_order_in_the_order_of_its_first_row(ok: ParsedFile) -> None:
    assert ok.errors == []
    assert [order.order_no for order in ok.orders] == [
        "A-1001",
        "A-1002",
        "A-1003",
        "A-1004",
        "A-1005",
        "A-1006",
    ]


def test_a_two_line_order_is_read_field_by_field(ok: ParsedFile) -> None:
    assert ok.orders[0] == IncomingOrder(
        order_no="A-1001",
        created_at=datetime(2026, 11, 20, 8, 15, tzinfo=CST),
        customer_name="王芳",
        email="wang.fang@example.cn",
        phone="13800138000",
        ship_to=Address(
            name="王芳",
            address1="朝阳区建国路88号",
            address2="SOHO现代城3号楼1502室",
            city="北京",
            province="北京",
            postcode="100022",
            country="CN",
            phone="13800138000",
        ),
        payment_method=PaymentMethod.ALIPAY,
        status=OrderStatus.ACCEPTED,
        payment_status=PaymentStatus.PAID,
        lines=(
            IncomingLine(sku="TEA-001", qty=2, unit_price=Decimal("39.95"), name="西湖龙井 250g", row=2),
            IncomingLine(sku="CUP-010", qty=1, unit_price=Decimal("50.00"), name="青瓷茶杯", row=3),
        ),
        currency="CNY",
        channel="csv",
        first_row=2,
    )


@pytest.mark.parametrize(
    ("order_no", "method", "status", "payment_status"),
    [
        ("A-1001", PaymentMethod.ALIPAY, OrderStatus.ACCEPTED, PaymentStatus.PAID),
        ("A-1002", PaymentMethod.WECHAT_PAY, OrderStatus.ACCEPTED, PaymentStatus.PAID),
        ("A-1003", PaymentMethod.CARD, OrderStatus.ACCEPTED, PaymentStatus.PAID),
        ("A-1004", PaymentMethod.BANK_TRANSFER, OrderStatus.PENDING_PAYMENT, PaymentStatus.UNPAID),
        ("A-1005", PaymentMethod.COD, OrderStatus.ACCEPTED, PaymentStatus.COD_PENDING),
        ("A-1006", PaymentMethod.OTHER, OrderStatus.ACCEPTED, PaymentStatus.PAID),
    ],
)
def test_every_payment_method_starts_its_order_in_the_right_status(
    ok: ParsedFile, order_no: str, method: PaymentMethod, status: OrderStatus, payment_status: PaymentStatus
) -> None:
    order = next(order for order in ok.orders if order.order_no == order_no)

    assert (order.payment_method, order.status, order.payment_status) == (method, status, payment_status)


def test_rows_of_one_order_need_not_be_adjacent(ok: ParsedFile) -> None:
    a1002 = ok.orders[1]

    assert [(line.sku, line.qty, line.row) for line in a1002.lines] == [("TEA-002", 1, 4), ("TEA-001", 2, 11)]
    assert a1002.first_row == 4


def test_rows_after_a_multi_line_address_are_numbered_by_record_not_by_line(ok: ParsedFile) -> None:
    a1004, a1005, a1006 = ok.orders[3:6]

    assert a1004.ship_to.address2 == "2号楼\n502室"
    assert [line.row for line in a1004.lines] == [7]
    assert [line.row for line in a1005.lines] == [8, 9]
    assert [line.row for line in a1006.lines] == [10]


def test_excel_apostrophes_are_dropped_from_phone_and_postcode_and_the_country_is_upper_case(
    ok: ParsedFile,
) -> None:
    a1002 = ok.orders[1]

    assert a1002.phone == "13912345678"
    assert a1002.ship_to == Address(
        name="李伟",
        address1="天河区体育西路103号",
        address2="维多利广场B座, 28楼",
        city="广州",
        province="广东",
        postcode="510620",
        country="CN",
        phone="13912345678",
    )


def test_times_without_offset_are_utc_and_a_date_alone_is_midnight_utc(ok: ParsedFile) -> None:
    assert [order.created_at for order in ok.orders] == [
        datetime(2026, 11, 20, 8, 15, tzinfo=CST),
        datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
        datetime(2026, 11, 21, 10, 0, tzinfo=UTC),
        datetime(2026, 11, 21, 0, 0, tzinfo=UTC),
        datetime(2026, 11, 22, 14, 5, 30, tzinfo=CST),
        datetime(2026, 11, 22, 16, 45, tzinfo=timezone(timedelta(hours=-5))),
    ]


def test_ship_group_and_line_names_come_from_their_optional_columns(ok: ParsedFile) -> None:
    a1003 = ok.orders[2]

    assert a1003.lines == (
        IncomingLine(sku="TEA-003", qty=3, unit_price=Decimal("12.50"), name="Jasmine Pearls 50g", row=5),
        IncomingLine(sku="TEA-004", qty=1, unit_price=Decimal("8.00"), name="Gaiwan", row=6, ship_group=2),
    )


def test_a_free_gift_line_of_price_zero_is_allowed(ok: ParsedFile) -> None:
    assert ok.orders[4].lines[0].unit_price == Decimal("0.00")


def test_an_empty_ship_name_is_the_customer_name(ok: ParsedFile) -> None:
    assert ok.orders[5].ship_to.name == "John Smith"


# --- the bad fixture -------------------------------------------------------------------


def test_the_bad_fixture_keeps_the_good_orders_and_names_every_broken_rule() -> None:
    parsed = parse_orders_csv(read_text(FIXTURES / "orders_bad.csv"))

    assert [order.order_no for order in parsed.orders] == ["B-2001", "B-2008"]
    assert parsed.errors == [
        RowError(3, "B-2002", "qty", "qty must be a whole number of 1 or more, not '-1'."),
        RowError(5, "B-2003", "unit_price", "unit_price '12.345' has more than 2 decimal places."),
        RowError(
            6,
            "B-2004",
            "payment_method",
            "payment_method must be one of alipay, wechat_pay, card, bank_transfer, cod, other, not 'paypal'.",
        ),
        RowError(
            7,
            "B-2005",
            "created_at",
            "created_at must be an ISO 8601 date and time, not '2026-13-45T10:00:00'; "
            "write it like 2026-11-20T08:15:00+08:00.",
        ),
        RowError(
            9,
            "B-2006",
            "payment_method",
            "payment_method 'card' differs from 'alipay' on row 8, the order's first row; "
            "all rows of one order must agree.",
        ),
        RowError(10, "B-2007", "qty", "qty must be a whole number of 1 or more, not '1.5'."),
        RowError(10, "B-2007", "unit_price", "unit_price 'abc' is not a decimal amount."),
        RowError(12, "", "order_no", "order_no is empty; every row needs its order number."),
    ]
    assert parsed.rejected_order_nos == {"B-2002", "B-2003", "B-2004", "B-2005", "B-2006", "B-2007", ""}


# --- one rule at a time ----------------------------------------------------------------


def test_a_row_with_a_negative_qty_rejects_its_whole_order() -> None:
    parsed = parse_orders_csv(
        csv_of({"sku": "TEA-001"}, {"sku": "TEA-002", "qty": "-1"}, {"order_no": "A-2"})
    )

    assert [order.order_no for order in parsed.orders] == ["A-2"]
    assert where(parsed) == [(3, "A-1", "qty")]


@pytest.mark.parametrize("qty", ["1.5", "0", "-1", "abc", "1e3", "２", "+3"])
def test_a_qty_that_is_not_a_positive_whole_number_is_refused(qty: str) -> None:
    error = only_error(parse_orders_csv(csv_of({"qty": qty})))

    assert error == RowError(2, "A-1", "qty", f"qty must be a whole number of 1 or more, not {qty!r}.")


def test_an_empty_qty_is_refused() -> None:
    assert only_error(parse_orders_csv(csv_of({"qty": ""}))).message == (
        "qty is empty; write a whole number of 1 or more."
    )


def test_an_absurdly_large_qty_is_refused() -> None:
    assert (
        only_error(parse_orders_csv(csv_of({"qty": "5000000"}))).message
        == "qty 5000000 is more than 1,000,000."
    )


def test_spaces_around_values_are_stripped() -> None:
    parsed = parse_orders_csv(csv_of({"qty": " 3 ", "sku": " TEA-009 ", "customer_name": " 王芳 "}))

    assert parsed.errors == []
    assert (parsed.orders[0].lines[0].sku, parsed.orders[0].lines[0].qty) == ("TEA-009", 3)
    assert parsed.orders[0].customer_name == "王芳"


@pytest.mark.parametrize(
    ("price", "message"),
    [
        ("12.345", "unit_price '12.345' has more than 2 decimal places."),
        ("-1.00", "unit_price '-1.00' is negative."),
        ("abc", "unit_price 'abc' is not a decimal amount."),
        ("", "unit_price is empty."),
        ("NaN", "unit_price 'NaN' is not a decimal amount."),
    ],
)
def test_a_unit_price_that_is_not_an_amount_is_refused(price: str, message: str) -> None:
    assert only_error(parse_orders_csv(csv_of({"unit_price": price}))) == RowError(
        2, "A-1", "unit_price", message
    )


def test_a_unit_price_with_a_thousands_separator_is_read() -> None:
    parsed = parse_orders_csv(csv_of({"unit_price": "1,234.50"}))

    assert parsed.orders[0].lines[0].unit_price == Decimal("1234.50")


@pytest.mark.parametrize(
    ("written", "method"), [("Alipay", PaymentMethod.ALIPAY), ("COD", PaymentMethod.COD)]
)
def test_the_payment_method_is_read_in_any_case(written: str, method: PaymentMethod) -> None:
    assert parse_orders_csv(csv_of({"payment_method": written})).orders[0].payment_method is method


@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("true", PaymentStatus.PAID),
        ("TRUE", PaymentStatus.PAID),
        ("1", PaymentStatus.PAID),
        ("Yes", PaymentStatus.PAID),
        ("false", PaymentStatus.UNPAID),
        ("0", PaymentStatus.UNPAID),
        ("no", PaymentStatus.UNPAID),
    ],
)
def test_paid_is_true_or_false_in_the_usual_spellings(written: str, status: PaymentStatus) -> None:
    order = parse_orders_csv(csv_of({"paid": written, "payment_method": "card"})).orders[0]

    assert order.payment_status is status


@pytest.mark.parametrize("written", ["maybe", "", "2"])
def test_paid_that_is_not_true_or_false_is_refused(written: str) -> None:
    assert only_error(parse_orders_csv(csv_of({"paid": written}))) == RowError(
        2, "A-1", "paid", f"paid must be true or false, not {written!r}."
    )


@pytest.mark.parametrize("written", ["20/11/2026", "2026-11-20T25:00", "yesterday"])
def test_a_created_at_that_is_not_iso_8601_is_refused(written: str) -> None:
    error = only_error(parse_orders_csv(csv_of({"created_at": written})))

    assert (error.row, error.field) == (2, "created_at")
    assert error.message.startswith(f"created_at must be an ISO 8601 date and time, not {written!r}")


def test_an_empty_created_at_is_refused() -> None:
    assert only_error(parse_orders_csv(csv_of({"created_at": ""}))).message == (
        "created_at is empty; write it like 2026-11-20T08:15:00+08:00."
    )


@pytest.mark.parametrize("country", ["China", "C", "", "C1"])
def test_a_ship_country_that_is_not_a_two_letter_code_is_refused(country: str) -> None:
    assert only_error(parse_orders_csv(csv_of({"ship_country": country}))) == RowError(
        2, "A-1", "ship_country", f"ship_country must be a 2-letter country code such as CN, not {country!r}."
    )


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"sku": ""}, "sku", "sku is empty; every line needs a SKU."),
        (
            {"customer_name": ""},
            "customer_name",
            "customer_name is empty; every order needs its customer's name.",
        ),
        ({"email": "wang at example"}, "email", "email 'wang at example' is not an e-mail address."),
        ({"email": "a b@example.cn"}, "email", "email 'a b@example.cn' is not an e-mail address."),
    ],
)
def test_empty_or_broken_fields_are_refused(changes: dict[str, str], field: str, message: str) -> None:
    assert only_error(parse_orders_csv(csv_of(changes))) == RowError(2, "A-1", field, message)


def test_an_empty_email_is_allowed() -> None:
    assert parse_orders_csv(csv_of({"email": ""})).orders[0].email == ""


def test_a_row_that_breaks_several_rules_reports_each_field() -> None:
    parsed = parse_orders_csv(csv_of({"created_at": "soon", "paid": "?", "qty": "0", "sku": ""}))

    assert where(parsed) == [
        (2, "A-1", "created_at"),
        (2, "A-1", "paid"),
        (2, "A-1", "sku"),
        (2, "A-1", "qty"),
    ]


def test_a_row_that_disagrees_with_its_orders_first_row_is_an_error_on_that_row_and_field() -> None:
    parsed = parse_orders_csv(csv_of({}, {"sku": "TEA-002", "ship_city": "上海"}))

    assert parsed.orders == []
    assert parsed.errors == [
        RowError(
            3,
            "A-1",
            "ship_city",
            "ship_city '上海' differs from '北京' on row 2, the order's first row; all rows of one order must agree.",
        )
    ]


def test_spellings_that_mean_the_same_value_agree() -> None:
    parsed = parse_orders_csv(
        csv_of(
            {"paid": "true", "payment_method": "alipay", "created_at": "2026-11-20T00:15:00Z"},
            {"paid": "TRUE", "payment_method": "Alipay", "created_at": "2026-11-20T08:15:00+08:00"},
        )
    )

    assert parsed.errors == []
    assert len(parsed.orders[0].lines) == 2


def test_two_lines_with_the_same_sku_in_one_order_stay_two_lines() -> None:
    parsed = parse_orders_csv(csv_of({"qty": "1"}, {"qty": "2"}))

    assert [(line.sku, line.qty, line.row) for line in parsed.orders[0].lines] == [
        ("TEA-001", 1, 2),
        ("TEA-001", 2, 3),
    ]


def test_formula_characters_are_kept_as_written() -> None:
    order = parse_orders_csv(csv_of({"customer_name": '=HYPERLINK("http://evil.example","x")'})).orders[0]

    assert order.customer_name == '=HYPERLINK("http://evil.example","x")'


# --- optional columns ------------------------------------------------------------------


def test_the_currency_column_is_optional_and_defaults_to_cny() -> None:
    with_column = COLUMNS + ("currency",)

    assert parse_orders_csv(csv_of({})).orders[0].currency == "CNY"
    assert parse_orders_csv(csv_of({"currency": ""}, columns=with_column)).orders[0].currency == "CNY"
    assert parse_orders_csv(csv_of({"currency": "usd"}, columns=with_column)).orders[0].currency == "USD"


def test_a_currency_that_is_not_a_three_letter_code_is_refused() -> None:
    parsed = parse_orders_csv(csv_of({"currency": "US$"}, columns=COLUMNS + ("currency",)))

    assert only_error(parsed) == RowError(
        2, "A-1", "currency", "currency must be a 3-letter currency code such as CNY, not 'US$'."
    )


def test_a_currency_that_differs_between_rows_of_an_order_is_refused() -> None:
    parsed = parse_orders_csv(
        csv_of({"currency": "CNY"}, {"currency": "USD"}, columns=COLUMNS + ("currency",))
    )

    assert where(parsed) == [(3, "A-1", "currency")]


@pytest.mark.parametrize("group", ["0", "-2", "two", "1.0"])
def test_a_ship_group_that_is_not_a_positive_whole_number_is_refused(group: str) -> None:
    parsed = parse_orders_csv(csv_of({"ship_group": group}, columns=COLUMNS + ("ship_group",)))

    assert only_error(parsed) == RowError(
        2, "A-1", "ship_group", f"ship_group must be a whole number of 1 or more, not {group!r}."
    )


# --- the header ------------------------------------------------------------------------


def test_columns_may_come_in_any_order_and_unknown_columns_are_ignored() -> None:
    columns = ("note_to_self", *reversed(COLUMNS), "name")
    parsed = parse_orders_csv(csv_of({"note_to_self": "call back", "name": "Longjing"}, columns=columns))

    assert parsed.errors == []
    assert parsed.orders[0].lines == (
        IncomingLine(sku="TEA-001", qty=2, unit_price=Decimal("39.95"), name="Longjing", row=2),
    )


def test_the_error_field_is_the_column_name_exactly_as_in_the_files_header() -> None:
    text = csv_of({"qty": "x"}).replace("sku,qty,unit_price", "SKU,Qty,Unit_Price", 1)

    assert where(parse_orders_csv(text)) == [(2, "A-1", "Qty")]


def test_missing_columns_refuse_the_file_naming_them() -> None:
    columns = tuple(column for column in COLUMNS if column not in ("qty", "sku"))

    with pytest.raises(InputRejected) as refused:
        parse_orders_csv(csv_of({}, columns=columns))

    assert str(refused.value) == f"missing column(s): qty, sku — expected header: {EXPECTED_HEADER}"


def test_a_file_with_only_a_header_has_no_orders_and_no_errors() -> None:
    assert parse_orders_csv(EXPECTED_HEADER + "\r\n") == ParsedFile(orders=[], errors=[])


def test_a_shopify_export_is_refused_with_the_command_to_use() -> None:
    with pytest.raises(InputRejected, match=r"looks like a Shopify orders export.*use `import shopify`"):
        parse_orders_csv(read_text(FIXTURES / "shopify_orders_export.csv"))


def test_a_catalogue_csv_is_refused_with_the_command_to_use() -> None:
    with pytest.raises(InputRejected, match=r"looks like a catalogue CSV.*use `import products`"):
        parse_orders_csv(read_text(FIXTURES / "products.csv"))


def test_a_header_with_none_of_our_columns_is_refused() -> None:
    with pytest.raises(
        InputRejected, match=r"^this is not our order CSV: its header has none of the columns"
    ):
        parse_orders_csv("date,amount,payee\n2026-11-20,12.00,Shop\n")


def test_a_column_named_twice_is_refused() -> None:
    with pytest.raises(InputRejected, match=r"^the header has the column 'qty' twice\.$"):
        parse_orders_csv(csv_of({}, columns=(*COLUMNS, "qty")))


# --- rows and records ------------------------------------------------------------------


def test_an_error_after_a_multi_line_value_names_the_record_not_the_physical_line() -> None:
    text = csv_of({"ship_address2": "2号楼\n502室"}, {"order_no": "A-2", "qty": "x"})

    assert where(parse_orders_csv(text)) == [(3, "A-2", "qty")]


def test_a_blank_line_counts_as_a_row_as_a_spreadsheet_shows_it() -> None:
    text = csv_of({}, {"order_no": "A-2", "qty": "x"}).replace("\nA-2,", "\n\nA-2,")

    assert where(parse_orders_csv(text)) == [(4, "A-2", "qty")]


def test_a_short_row_is_read_with_its_missing_cells_empty() -> None:
    text = (
        EXPECTED_HEADER
        + "\nA-1,2026-11-20,王芳,,,,朝阳区建国路88号,,北京,北京,100022,CN,alipay,true,TEA-001,2\n"
    )

    assert only_error(parse_orders_csv(text)) == RowError(2, "A-1", "unit_price", "unit_price is empty.")


def test_a_broken_quote_refuses_the_whole_file() -> None:
    text = csv_of({}) + 'A-2,"2026-11-20,broken\n'

    with pytest.raises(InputRejected, match=r"^row 3 is not valid CSV"):
        parse_orders_csv(text)


def test_a_semicolon_separated_file_is_read() -> None:
    text = csv_of({"unit_price": "39.95"}).replace(",", ";")

    parsed = parse_orders_csv(text)

    assert parsed.errors == []
    assert parsed.orders[0].lines[0].unit_price == Decimal("39.95")


def test_a_byte_order_mark_left_in_the_text_does_not_hide_the_first_column() -> None:
    parsed = parse_orders_csv("\ufeff" + csv_of({"order_no": ""}))

    assert where(parsed) == [(2, "", "order_no")]


def test_a_windows_line_break_inside_a_quoted_address_is_one_line_break() -> None:
    text = (EXPECTED_HEADER + ",name\n" + 'X-1,2026-11-20T08:15:00+08:00,王芳,a@b.cn,13800138000,王芳,"路1号\r\n2楼",,杭州,浙江,'
            '310000,CN,alipay,true,TEA-001,2,39.95,茶\n')
    parsed = parse_orders_csv(text)
    assert parsed.errors == [] and parsed.orders[0].ship_to.address1 == "路1号\n2楼"
