"""A report's table as CSV: header row first, money as plain decimals, days as ISO dates, formula-safe text.

A spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage return as a formula (CSV
injection: a product named ``=HYPERLINK(...)``). Such text is written with a leading apostrophe, which
spreadsheets show as text. Numbers are never touched: a negative amount stays ``-5.00``.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from typing import TextIO

from desktop_oms.charts.data import Cell, ReportData, ReportTable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """`text` made safe to open in a spreadsheet (a leading apostrophe when it would start a formula)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def cell_text(value: Cell) -> str:
    """How a cell is written: money as a plain decimal, a share to 4 places, a day as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".") if value == value else ""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(str(value))


def write_table(table: ReportTable, stream: TextIO) -> None:
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow([cell_text(value) for value in row])


def report_csv(data: ReportData) -> str:
    """The report's main table as CSV text (what `report NAME -o FILE.csv` writes)."""
    stream = io.StringIO()
    write_table(data.table, stream)
    return stream.getvalue()
