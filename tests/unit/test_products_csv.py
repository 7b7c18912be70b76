"""The catalogue CSV: products checked cell by cell, GTIN check digits, duplicate SKUs."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from desktop_oms.domain.errors import InputRejected
from desktop_oms.domain.intake import IncomingProduct, RowError
from desktop_oms.shops.encoding import read_text
from desktop_oms.shops.products import EXPECTED_HEADER, gtin_check_digit, parse_products_csv

FIXTURES = Path(__file__).parent.parent / "fixtures"
GOOD = "TEA-001,西湖龙井 250g,6901234567892,Tea > Green tea,39.95,250,40"


def parse(*rows: str, header: str = EXPECTED_HEADER) -> tuple[list[IncomingProduct], list[RowError]]:
    return parse_products_csv("\n".join([header, *rows]) + "\n")


def only_error(*rows: str) -> RowError:
    products, errors = parse(*rows)
    assert products == []
    assert len(errors) == 1
    return errors[0]


def test_the_catalogue_fixture_is_read_product_by_product() -> None:
    products, errors = parse_products_csv(read_text(FIXTURES / "products.csv"))

    assert errors == []
    assert products == [
        IncomingProduct(
            "TEA-001", "西湖龙井 250g", "6901234567892", "Tea > Green tea", Decimal("39.95"), 250, 40, row=2
        ),
        IncomingProduct(
            "TEA-002", "安溪铁观音礼盒", "6920000000012", "Tea > Oolong", Decimal("129.90"), 600, 12, row=3
        ),
        IncomingProduct(
            "TEA-003",
            "Jasmine Pearls 50g",
            "036000291452",
            "Tea/Scented tea",
            Decimal("12.50"),
            50,
            None,
            row=4,
        ),
        IncomingProduct("TEA-004", "Gaiwan, celadon 150ml", "", "Teaware", Decimal("8.00"), None, 0, row=5),
        IncomingProduct("TEA-005", "试饮装 (赠品)", "TEAPACK-5", "Samples", Decimal("0.00"), 20, 500, row=6),
        IncomingProduct("CUP-010", "青瓷茶杯", "96385074", "Teaware > Cups", Decimal("50.00"), 180, 7, row=7),
    ]


def test_empty_stock_and_weight_are_none_not_zero() -> None:
    products, _ = parse("TEA-001,Sencha,,,12.00,,")

    assert (products[0].stock, products[0].weight_g) == (None, None)


def test_only_sku_name_and_price_columns_are_required() -> None:
    products, errors = parse("Sencha,TEA-001,12.00", header="name,sku,price")

    assert errors == []
    assert products == [IncomingProduct("TEA-001", "Sencha", "", "", Decimal("12.00"), None, None, row=2)]


@pytest.mark.parametrize("barcode", ["96385074", "036000291452", "6901234567892", "10012345678902"])
def test_gtin_barcodes_with_a_right_check_digit_are_accepted(barcode: str) -> None:
    products, errors = parse(f"TEA-001,Sencha,{barcode},,12.00,,")

    assert errors == []
    assert products[0].barcode == barcode


def test_a_gtin_with_a_wrong_check_digit_is_refused_saying_which_digit_is_right() -> None:
    assert only_error("TEA-001,Sencha,6901234567891,,12.00,,") == RowError(
        2, "TEA-001", "barcode", "barcode 6901234567891 has a wrong check digit: the last digit should be 2."
    )


@pytest.mark.parametrize("barcode", ["TEA-BOX-A", "1234567890", "A1234567"])
def test_other_barcodes_are_kept_without_a_check(barcode: str) -> None:
    products, errors = parse(f"TEA-001,Sencha,{barcode},,12.00,,")

    assert errors == []
    assert products[0].barcode == barcode


def test_a_barcode_excel_turned_into_a_number_is_refused() -> None:
    assert only_error("TEA-001,Sencha,6.90123E+12,,12.00,,") == RowError(
        2,
        "TEA-001",
        "barcode",
        "barcode '6.90123E+12' was turned into a number by Excel; format the column as text.",
    )


def test_the_apostrophe_excel_puts_before_a_barcode_is_dropped() -> None:
    products, _ = parse("TEA-001,Sencha,'0036000291452,,12.00,,")

    assert products[0].barcode == "0036000291452"


@pytest.mark.parametrize(
    ("price", "message"),
    [
        ("12.345", "price '12.345' has more than 2 decimal places."),
        ("-1", "price '-1' is negative."),
        ("free", "price 'free' is not a decimal amount."),
        ("", "price is empty."),
    ],
)
def test_a_price_that_is_not_an_amount_is_refused(price: str, message: str) -> None:
    assert only_error(f"TEA-001,Sencha,,,{price},,") == RowError(2, "TEA-001", "price", message)


@pytest.mark.parametrize(
    ("column", "row"), [("stock", "TEA-001,Sencha,,,12.00,,-3"), ("weight_g", "TEA-001,Sencha,,,12.00,2.5,")]
)
def test_a_stock_or_weight_that_is_not_a_whole_number_of_zero_or_more_is_refused(
    column: str, row: str
) -> None:
    error = only_error(row)

    assert (error.row, error.order_no, error.field) == (2, "TEA-001", column)
    assert error.message.startswith(f"{column} must be a whole number of 0 or more, not ")


def test_empty_sku_and_name_are_refused() -> None:
    products, errors = parse(",,,,12.00,,")

    assert products == []
    assert errors == [
        RowError(2, "", "sku", "sku is empty; every product needs its SKU."),
        RowError(2, "", "name", "name is empty; every product needs a name."),
    ]


def test_a_sku_met_again_is_an_error_on_the_later_row_and_the_first_is_kept() -> None:
    products, errors = parse(GOOD, "TEA-002,Oolong,,,20.00,,", "TEA-001,Longjing again,,,45.00,,")

    assert [(p.sku, p.name, p.row) for p in products] == [
        ("TEA-001", "西湖龙井 250g", 2),
        ("TEA-002", "Oolong", 3),
    ]
    assert errors == [RowError(4, "TEA-001", "sku", "sku 'TEA-001' is already on row 2; each SKU once.")]


def test_the_error_field_is_the_column_name_as_in_the_files_header() -> None:
    products, errors = parse("TEA-001,Sencha,abc", header="SKU,Name,Price")

    assert products == []
    assert errors == [RowError(2, "TEA-001", "Price", "Price 'abc' is not a decimal amount.")]


def test_other_rows_are_still_read_when_one_is_broken() -> None:
    products, errors = parse("TEA-009,Broken,,,x,,", GOOD)

    assert [p.sku for p in products] == ["TEA-001"]
    assert [(e.row, e.order_no, e.field) for e in errors] == [(2, "TEA-009", "price")]


def test_missing_columns_refuse_the_file_naming_them() -> None:
    with pytest.raises(InputRejected) as refused:
        parse("TEA-001,12.00", header="sku,cost")

    assert str(refused.value) == f"missing column(s): name, price — expected header: {EXPECTED_HEADER}"


def test_an_order_file_is_refused_with_the_commands_to_use() -> None:
    with pytest.raises(InputRejected, match=r"looks like an order file.*`import orders` or `import shopify`"):
        parse_products_csv(read_text(FIXTURES / "orders_ok.csv"))


@pytest.mark.parametrize(
    ("body", "digit"), [("9638507", 4), ("03600029145", 2), ("690123456789", 2), ("1001234567890", 2)]
)
def test_the_gs1_check_digit_is_computed_with_weights_three_and_one_from_the_right(
    body: str, digit: int
) -> None:
    assert gtin_check_digit(body) == digit
