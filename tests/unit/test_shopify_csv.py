"""Shopify's orders export: statuses, gateways, money, addresses and errors by Shopify column."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_oms.domain.errors import InputRejected
from desktop_oms.domain.intake import Address, IncomingLine, IncomingOrder, ParsedFile, RowError
from desktop_oms.domain.orders import OrderStatus, PaymentMethod, PaymentStatus
from desktop_oms.shops.encoding import read_text
from desktop_oms.shops.shopify import EXPORT_COLUMNS, derived_sku, parse_shopify_csv, payment_method_of

FIXTURES = Path(__file__).parent.parent / "fixtures"
EXPORT = FIXTURES / "shopify_orders_export.csv"
CST = timezone(timedelta(hours=8))

FIRST_ROW = {
    "Name": "#2001",
    "Email": "li.wei@example.com",
    "Financial Status": "paid",
    "Fulfillment Status": "unfulfilled",
    "Currency": "CNY",
    "Total": "79.90",
    "Created at": "2026-11-20 08:15:00 +0800",
    "Lineitem quantity": "2",
    "Lineitem name": "西湖龙井 250g",
    "Lineitem price": "39.95",
    "Lineitem sku": "TEA-001",
    "Billing Name": "李伟",
    "Shipping Name": "李伟",
    "Shipping Address1": "天河区体育西路103号",
    "Shipping City": "广州",
    "Shipping Zip": "510620",
    "Shipping Country": "CN",
    "Payment Method": "Shopify Payments",
}


def export_of(*rows: dict[str, str], columns: tuple[str, ...] = EXPORT_COLUMNS) -> str:
    """An export with `columns`; a row with "Financial Status" is FIRST_ROW changed, else a later line."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        cells = FIRST_ROW | row if "Financial Status" in row or "Name" not in row else row
        writer.writerow([cells.get(column, "") for column in columns])
    return out.getvalue()


def later_line(name: str = "#2001", **cells: str) -> dict[str, str]:
    return {
        "Name": name,
        "Lineitem quantity": "1",
        "Lineitem price": "50.00",
        "Lineitem sku": "CUP-010",
    } | cells


def only_order(parsed: ParsedFile) -> IncomingOrder:
    assert parsed.errors == []
    assert len(parsed.orders) == 1
    return parsed.orders[0]


def where(parsed: ParsedFile) -> list[tuple[int, str, str]]:
    return [(error.row, error.order_no, error.field) for error in parsed.errors]


@pytest.fixture(scope="module")
def export() -> ParsedFile:
    return parse_shopify_csv(read_text(EXPORT))


def order(parsed: ParsedFile, name: str) -> IncomingOrder:
    return next(order for order in parsed.orders if order.order_no == name)


# --- the realistic export --------------------------------------------------------------


def test_the_fixture_is_a_full_79_column_export() -> None:
    header = next(csv.reader(io.StringIO(read_text(EXPORT))))

    assert tuple(header) == EXPORT_COLUMNS
    assert len(header) == 79


def test_every_order_of_the_export_is_read_without_errors(export: ParsedFile) -> None:
    assert export.errors == []
    assert [o.order_no for o in export.orders] == [
        "#1001",
        "#1002",
        "#1003",
        "#1004",
        "#1005",
        "#1006",
        "#1007",
    ]


@pytest.mark.parametrize(
    ("name", "method", "status", "payment_status", "history_only"),
    [
        ("#1001", PaymentMethod.CARD, OrderStatus.ACCEPTED, PaymentStatus.PAID, False),
        ("#1002", PaymentMethod.CARD, OrderStatus.SHIPPED, PaymentStatus.PAID, True),
        ("#1003", PaymentMethod.COD, OrderStatus.ACCEPTED, PaymentStatus.COD_PENDING, False),
        ("#1004", PaymentMethod.ALIPAY, OrderStatus.CANCELLED, PaymentStatus.UNPAID, False),
        ("#1005", PaymentMethod.WECHAT_PAY, OrderStatus.CANCELLED, PaymentStatus.REFUNDED, False),
        ("#1006", PaymentMethod.CARD, OrderStatus.SHIPPED, PaymentStatus.PARTIALLY_REFUNDED, True),
        ("#1007", PaymentMethod.BANK_TRANSFER, OrderStatus.PENDING_PAYMENT, PaymentStatus.UNPAID, False),
    ],
)
def test_each_exported_order_gets_its_method_and_statuses(
    export: ParsedFile,
    name: str,
    method: PaymentMethod,
    status: OrderStatus,
    payment_status: PaymentStatus,
    history_only: bool,
) -> None:
    found = order(export, name)

    assert (found.payment_method, found.status, found.payment_status, found.history_only) == (
        method,
        status,
        payment_status,
        history_only,
    )


def test_a_two_line_order_with_a_chinese_address_is_read_field_by_field(export: ParsedFile) -> None:
    address = Address(
        name="王芳",
        address1="朝阳区建国路88号",
        address2="SOHO现代城3号楼1502室",
        city="北京",
        province="Beijing",
        postcode="100022",
        country="CN",
        phone="+86 138 0013 8000",
    )
    assert order(export, "#1001") == IncomingOrder(
        order_no="#1001",
        created_at=datetime(2026, 11, 20, 8, 15, tzinfo=CST),
        customer_name="王芳",
        email="wang.fang@example.cn",
        phone="+86 138 0013 8000",
        ship_to=address,
        payment_method=PaymentMethod.CARD,
        status=OrderStatus.ACCEPTED,
        payment_status=PaymentStatus.PAID,
        lines=(
            IncomingLine(sku="TEA-001", qty=2, unit_price=Decimal("39.95"), name="西湖龙井 250g", row=2),
            IncomingLine(sku="CUP-010", qty=1, unit_price=Decimal("50.00"), name="青瓷茶杯", row=3),
        ),
        currency="CNY",
        channel="shopify",
        external_id="5512345678901",
        bill_to=address,
        shipping_total=Decimal("10.00"),
        discount_total=Decimal("0.00"),
        tax_total=Decimal("0.00"),
        total=Decimal("139.85"),
        refunded_total=Decimal("0.00"),
        notes="",
        history_only=False,
        first_row=2,
        tags=("VIP", "回头客"),
    )


def test_shopifys_leading_apostrophe_on_a_zip_code_is_dropped(export: ParsedFile) -> None:
    found = order(export, "#1002")

    assert found.ship_to.postcode == "02108"
    assert found.bill_to is not None and found.bill_to.postcode == "02108"


def test_the_phone_falls_back_to_the_orders_phone_column(export: ParsedFile) -> None:
    found = order(export, "#1002")

    assert found.phone == "+1 617-555-0142"
    assert found.ship_to.phone == "+1 617-555-0142"


def test_a_multi_line_note_is_kept_and_the_rows_after_it_keep_their_numbers(export: ParsedFile) -> None:
    assert (
        order(export, "#1003").notes
        == "请在工作日送货。\n到了请先打电话，谢谢！\nPlease call before delivery."
    )
    assert order(export, "#1004").first_row == 6


def test_a_cod_order_ships_to_another_person_than_the_one_billed(export: ParsedFile) -> None:
    found = order(export, "#1003")

    assert found.customer_name == "陈静"
    assert (found.ship_to.name, found.ship_to.phone, found.ship_to.city) == ("刘洋", "13900002222", "成都")


def test_refunds_discounts_taxes_and_totals_are_kept(export: ParsedFile) -> None:
    cancelled, partial = order(export, "#1005"), order(export, "#1006")

    assert (cancelled.total, cancelled.discount_total, cancelled.refunded_total) == (
        Decimal("169.85"),
        Decimal("10.00"),
        Decimal("169.85"),
    )
    assert (partial.total, partial.shipping_total, partial.tax_total, partial.refunded_total) == (
        Decimal("72.90"),
        Decimal("6.90"),
        Decimal("11.63"),
        Decimal("12.50"),
    )
    assert partial.currency == "EUR"


def test_lines_on_later_rows_belong_to_the_order_of_the_first_row(export: ParsedFile) -> None:
    lines = order(export, "#1006").lines

    assert [(line.sku, line.qty, line.unit_price, line.row) for line in lines] == [
        ("TEA-003", 3, Decimal("12.50"), 9),
        ("TEA-004", 1, Decimal("8.00"), 10),
        (derived_sku("Handwritten thank-you card"), 1, Decimal("20.50"), 11),
    ]


def test_a_line_without_a_sku_gets_a_stable_sku_derived_from_its_name() -> None:
    sku = derived_sku("Handwritten thank-you card")

    assert sku == "SHOPIFY-B9873E251C"
    assert derived_sku("  handwritten   THANK-YOU card ") == sku
    assert derived_sku("Gift wrap") != sku
    assert derived_sku("") == ""


def test_tags_are_split_on_commas(export: ParsedFile) -> None:
    assert order(export, "#1007").tags == ("wholesale", "发票")
    assert order(export, "#1004").tags == ()


# --- gateways and statuses -------------------------------------------------------------


@pytest.mark.parametrize(
    ("gateway", "method"),
    [
        ("Alipay", PaymentMethod.ALIPAY),
        ("Alipay Global", PaymentMethod.ALIPAY),
        ("WeChat Pay", PaymentMethod.WECHAT_PAY),
        ("Shopify Payments", PaymentMethod.CARD),
        ("shopify_payments", PaymentMethod.CARD),
        ("Stripe", PaymentMethod.CARD),
        ("Braintree", PaymentMethod.CARD),
        ("Adyen", PaymentMethod.CARD),
        ("Credit Card", PaymentMethod.CARD),
        ("Bank Deposit", PaymentMethod.BANK_TRANSFER),
        ("Cash on Delivery (COD)", PaymentMethod.COD),
        ("PayPal Express Checkout", PaymentMethod.OTHER),
        ("manual", PaymentMethod.OTHER),
        ("gift_card", PaymentMethod.OTHER),
        ("", PaymentMethod.OTHER),
        ("Gift Card + Shopify Payments", PaymentMethod.CARD),
    ],
)
def test_shopify_gateways_map_onto_our_payment_methods(gateway: str, method: PaymentMethod) -> None:
    assert payment_method_of(gateway) is method


@pytest.mark.parametrize(
    ("changes", "status", "payment_status", "history_only"),
    [
        ({"Financial Status": "pending"}, OrderStatus.PENDING_PAYMENT, PaymentStatus.UNPAID, False),
        ({"Financial Status": "authorized"}, OrderStatus.PENDING_PAYMENT, PaymentStatus.UNPAID, False),
        ({"Financial Status": "partially_paid"}, OrderStatus.PENDING_PAYMENT, PaymentStatus.UNPAID, False),
        ({"Financial Status": "paid"}, OrderStatus.ACCEPTED, PaymentStatus.PAID, False),
        (
            {"Financial Status": "partially_refunded"},
            OrderStatus.ACCEPTED,
            PaymentStatus.PARTIALLY_REFUNDED,
            False,
        ),
        ({"Financial Status": "refunded"}, OrderStatus.CANCELLED, PaymentStatus.REFUNDED, False),
        (
            {"Financial Status": "refunded", "Fulfillment Status": "fulfilled"},
            OrderStatus.SHIPPED,
            PaymentStatus.REFUNDED,
            True,
        ),
        ({"Financial Status": "voided"}, OrderStatus.CANCELLED, PaymentStatus.UNPAID, False),
        (
            {"Financial Status": "paid", "Cancelled at": "2026-11-21 10:00:00 +0800"},
            OrderStatus.CANCELLED,
            PaymentStatus.PAID,
            False,
        ),
        (
            {"Financial Status": "paid", "Fulfillment Status": "fulfilled"},
            OrderStatus.SHIPPED,
            PaymentStatus.PAID,
            True,
        ),
        (
            {"Financial Status": "paid", "Fulfillment Status": "partial"},
            OrderStatus.ACCEPTED,
            PaymentStatus.PAID,
            False,
        ),
        (
            {"Financial Status": "pending", "Payment Method": "Cash on Delivery (COD)"},
            OrderStatus.ACCEPTED,
            PaymentStatus.COD_PENDING,
            False,
        ),
        (
            {"Financial Status": "paid", "Payment Method": "Cash on Delivery (COD)"},
            OrderStatus.ACCEPTED,
            PaymentStatus.COD_COLLECTED,
            False,
        ),
        (
            {"Financial Status": "Partially refunded"},
            OrderStatus.ACCEPTED,
            PaymentStatus.PARTIALLY_REFUNDED,
            False,
        ),
    ],
)
def test_shopify_statuses_become_ours(
    changes: dict[str, str], status: OrderStatus, payment_status: PaymentStatus, history_only: bool
) -> None:
    found = only_order(parse_shopify_csv(export_of(changes)))

    assert (found.status, found.payment_status, found.history_only) == (status, payment_status, history_only)


def test_an_unknown_financial_status_is_an_error_on_that_column() -> None:
    parsed = parse_shopify_csv(export_of({"Financial Status": "mystery"}))

    assert where(parsed) == [(2, "#2001", "Financial Status")]
    assert parsed.errors[0].message.startswith(
        "Financial Status 'mystery' is not a Shopify financial status ("
    )


# --- errors ----------------------------------------------------------------------------


def test_a_broken_quantity_on_a_later_row_rejects_the_whole_order_only() -> None:
    parsed = parse_shopify_csv(
        export_of(
            {"Financial Status": "paid"},
            later_line(**{"Lineitem quantity": "-1"}),
            {"Financial Status": "paid", "Name": "#2002"},
        )
    )

    assert [o.order_no for o in parsed.orders] == ["#2002"]
    assert parsed.errors == [
        RowError(
            3,
            "#2001",
            "Lineitem quantity",
            "Lineitem quantity must be a whole number of 1 or more, not '-1'.",
        )
    ]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"Lineitem price": "abc"}, "Lineitem price", "Lineitem price 'abc' is not a decimal amount."),
        ({"Lineitem price": ""}, "Lineitem price", "Lineitem price is empty; every line needs its price."),
        (
            {"Lineitem quantity": "1.5"},
            "Lineitem quantity",
            "Lineitem quantity must be a whole number of 1 or more, not '1.5'.",
        ),
        (
            {"Created at": "tomorrow"},
            "Created at",
            "Created at must be a date and time, not 'tomorrow'; Shopify writes it like 2026-11-20 08:15:00 +0800.",
        ),
        (
            {"Created at": "2026-11-20 08:15:00"},
            "Created at",
            "Created at '2026-11-20 08:15:00' has no time zone offset; Shopify writes one, such as +0800.",
        ),
        (
            {"Shipping Country": "China"},
            "Shipping Country",
            "Shipping Country must be a 2-letter code such as CN, not 'China'.",
        ),
        ({"Currency": "RMB¥"}, "Currency", "Currency must be a 3-letter code such as CNY, not 'RMB¥'."),
        ({"Total": "79.9.0"}, "Total", "Total '79.9.0' is not a decimal amount."),
        (
            {"Lineitem sku": "", "Lineitem name": ""},
            "Lineitem sku",
            "Lineitem sku is empty, and so is Lineitem name; the line names no product.",
        ),
        (
            {"Billing Name": "", "Shipping Name": "", "Email": ""},
            "Billing Name",
            "Billing Name is empty, and so are Shipping Name and Email; the order names no customer.",
        ),
    ],
)
def test_a_broken_cell_is_an_error_named_by_its_shopify_column(
    changes: dict[str, str], field: str, message: str
) -> None:
    parsed = parse_shopify_csv(export_of({"Financial Status": "paid"} | changes))

    assert parsed.orders == []
    assert parsed.errors == [RowError(2, "#2001", field, message)]


def test_a_row_without_a_name_is_an_error() -> None:
    parsed = parse_shopify_csv(export_of({"Financial Status": "paid"}, later_line(name="")))

    assert where(parsed) == [(3, "", "Name")]
    assert [o.order_no for o in parsed.orders] == ["#2001"]


def test_a_line_of_quantity_zero_left_by_an_order_edit_is_skipped() -> None:
    found = only_order(
        parse_shopify_csv(export_of({"Financial Status": "paid"}, later_line(**{"Lineitem quantity": "0"})))
    )

    assert [line.sku for line in found.lines] == ["TEA-001"]


def test_an_order_whose_every_line_has_quantity_zero_is_an_error() -> None:
    parsed = parse_shopify_csv(export_of({"Financial Status": "paid", "Lineitem quantity": "0"}))

    assert parsed.errors == [
        RowError(
            2,
            "#2001",
            "Lineitem quantity",
            "Lineitem quantity is 0 on every line; an order needs at least one item.",
        )
    ]


def test_order_fields_on_later_rows_are_ignored() -> None:
    found = only_order(
        parse_shopify_csv(
            export_of(
                {"Financial Status": "paid"}, later_line(**{"Financial Status": "", "Email": "x@example.com"})
            )
        )
    )

    assert found.email == "li.wei@example.com"
    assert len(found.lines) == 2


# --- the header ------------------------------------------------------------------------


def test_missing_key_columns_refuse_the_file_naming_them() -> None:
    columns = tuple(c for c in EXPORT_COLUMNS if c not in ("Created at", "Lineitem price"))

    with pytest.raises(
        InputRejected, match=r"^missing column\(s\): Created at, Lineitem price — this is not a Shopify"
    ):
        parse_shopify_csv(export_of({"Financial Status": "paid"}, columns=columns))


def test_our_order_csv_is_refused_with_the_command_to_use() -> None:
    with pytest.raises(InputRejected, match=r"looks like our order CSV.*use `import orders`"):
        parse_shopify_csv(read_text(FIXTURES / "orders_ok.csv"))


def test_a_trimmed_export_with_only_the_key_columns_is_read_with_defaults() -> None:
    columns = ("Name", "Created at", "Lineitem quantity", "Lineitem price", "Lineitem name", "Billing Name")

    found = only_order(parse_shopify_csv(export_of({"Financial Status": "paid"}, columns=columns)))

    assert (found.currency, found.status, found.payment_status, found.payment_method) == (
        "CNY",
        OrderStatus.PENDING_PAYMENT,
        PaymentStatus.UNPAID,
        PaymentMethod.OTHER,
    )
    assert found.customer_name == "李伟"
    assert found.lines == (
        IncomingLine(
            sku=derived_sku("西湖龙井 250g"), qty=2, unit_price=Decimal("39.95"), name="西湖龙井 250g", row=2
        ),
    )


def test_the_older_spelling_canceled_at_is_understood() -> None:
    columns = tuple("Canceled at" if c == "Cancelled at" else c for c in EXPORT_COLUMNS)
    changes = {"Financial Status": "paid", "Canceled at": "2026-11-21 10:00:00 +0800"}

    assert only_order(parse_shopify_csv(export_of(changes, columns=columns))).status is OrderStatus.CANCELLED


def test_header_names_are_matched_in_any_case_and_errors_use_them_as_written() -> None:
    text = export_of({"Financial Status": "paid", "Lineitem quantity": "two"})

    parsed = parse_shopify_csv(text.replace("Lineitem quantity", "LINEITEM QUANTITY", 1))

    assert where(parsed) == [(2, "#2001", "LINEITEM QUANTITY")]
