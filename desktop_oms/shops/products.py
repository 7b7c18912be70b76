"""The catalogue CSV (sku,name,barcode,category,price,weight_g,stock) to checked products."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from desktop_oms.domain.errors import InputRejected
from desktop_oms.domain.intake import IncomingProduct, RowError
from desktop_oms.domain.money import parse_amount
from desktop_oms.shops.encoding import Header, csv_records, cyclic_gc_paused, without_apostrophe

COLUMNS: Final = ("sku", "name", "barcode", "category", "price", "weight_g", "stock")
REQUIRED_COLUMNS: Final = ("sku", "name", "price")
EXPECTED_HEADER: Final = ",".join(COLUMNS)
#: Levels of a category path are separated by " > " or "/" ("Tea > Green tea", "Tea/Green
#: tea"); the path is kept as written, the catalogue splits it into its tree.
CATEGORY_SEPARATORS: Final = (" > ", "/")
#: Lengths of numeric barcodes that are GTINs (EAN-8, UPC-A, EAN-13, GTIN-14) with a check digit.
GTIN_LENGTHS: Final = frozenset({8, 12, 13, 14})
MAX_COUNT: Final = 1_000_000_000


def parse_products_csv(text: str) -> tuple[list[IncomingProduct], list[RowError]]:
    """Parse the catalogue CSV. `RowError.order_no` holds the row's SKU.

    Rows count the header as row 1 (CSV records, not lines); a row with a broken field is
    left out and reported; a SKU met again on a later row is an error on that row.
    """
    header, records = csv_records(text)
    positions = _positions(header)
    products: list[IncomingProduct] = []
    errors: list[RowError] = []
    first_rows: dict[str, int] = {}
    with cyclic_gc_paused():
        for row, record in records:
            cells = _ProductRow(header, positions, row, record, errors)
            if cells.sku in first_rows:
                cells.fail("sku", f"{cells.sku!r} is already on row {first_rows[cells.sku]}; each SKU once.")
                continue
            if cells.sku:
                first_rows[cells.sku] = row
            product = cells.parse()
            if product is not None:
                products.append(product)
    return products, errors


def _positions(header: Header) -> dict[str, int]:
    if header.has_any(["order_no", "lineitem quantity"]):
        raise InputRejected(
            "this looks like an order file, not the catalogue CSV: use `import orders` or `import shopify`."
        )
    positions = {column: header.position(column) for column in COLUMNS}
    missing = sorted(column for column in REQUIRED_COLUMNS if positions[column] is None)
    if missing:
        raise InputRejected(f"missing column(s): {', '.join(missing)} — expected header: {EXPECTED_HEADER}")
    return {column: position for column, position in positions.items() if position is not None}


class _ProductRow:
    """One catalogue row: its cells by column, checked one by one."""

    def __init__(
        self, header: Header, positions: dict[str, int], row: int, record: list[str], errors: list[RowError]
    ) -> None:
        self.header, self.positions, self.row, self.record = header, positions, row, record
        self.errors = errors
        self.sku = self.get("sku")
        self.failed = False

    def get(self, column: str) -> str:
        position = self.positions.get(column)
        return self.record[position].strip() if position is not None and position < len(self.record) else ""

    def fail(self, column: str, message: str) -> None:
        label = self.header.label(self.positions[column])
        self.errors.append(RowError(self.row, self.sku, label, f"{label} {message}"))
        self.failed = True

    def parse(self) -> IncomingProduct | None:
        if not self.sku:
            self.fail("sku", "is empty; every product needs its SKU.")
        name = self.get("name")
        if not name:
            self.fail("name", "is empty; every product needs a name.")
        barcode = self._barcode()
        price = self._price()
        weight = self._count("weight_g")
        stock = self._count("stock")
        if self.failed or price is None:
            return None
        category = self.get("category")
        return IncomingProduct(self.sku, name, barcode, category, price, weight, stock, row=self.row)

    def _price(self) -> Decimal | None:
        try:
            return parse_amount(self.get("price"))
        except ValueError as error:
            self.fail("price", f"{error}.")
            return None

    def _count(self, column: str) -> int | None:
        """A whole number of 0 or more; None when the cell (or the column) is empty."""
        text = self.get(column)
        if not text:
            return None
        if text.isdigit() and text.isascii() and int(text) <= MAX_COUNT:
            return int(text)
        self.fail(column, f"must be a whole number of 0 or more, not {text!r}.")
        return None

    def _barcode(self) -> str:
        barcode = without_apostrophe(self.get("barcode"))
        if "E+" in barcode.upper() and barcode.replace(".", "").upper().split("E+")[0].isdigit():
            self.fail("barcode", f"{barcode!r} was turned into a number by Excel; format the column as text.")
        elif barcode.isdigit() and barcode.isascii() and len(barcode) in GTIN_LENGTHS:
            expected = gtin_check_digit(barcode[:-1])
            if int(barcode[-1]) != expected:
                message = f"{barcode} has a wrong check digit: the last digit should be {expected}."
                self.fail("barcode", message)
        return barcode


def gtin_check_digit(body: str) -> int:
    """The GS1 check digit for the digits before it (weights 3, 1, 3, ... from the right)."""
    total = sum(int(digit) * (3 if index % 2 == 0 else 1) for index, digit in enumerate(reversed(body)))
    return (10 - total % 10) % 10
