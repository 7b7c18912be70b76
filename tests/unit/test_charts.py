"""Charts from plain report data (no database): every chart draws, hovering has its numbers, CSV is safe."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest

from desktop_oms.charts import catalog
from desktop_oms.charts.csvfile import cell_text, neutralise, report_csv
from desktop_oms.charts.data import Period, ReportData, ReportRequest, ReportTable

REQUEST = ReportRequest(date(2026, 11, 9), date(2026, 11, 11), Period.DAY)


def sample(name: str) -> ReportData:
    """A report as the service returns it, with a few hand-written rows."""
    columns = catalog.spec(name).columns
    days = [date(2026, 11, 9), date(2026, 11, 10), date(2026, 11, 11)]
    rows: dict[str, tuple[tuple[object, ...], ...]] = {
        "sales": tuple((d, n, Decimal(n * 100)) for d, n in zip(days, (3, 5, 2), strict=True)),
        "refunds": tuple((d, 1, Decimal("10.00")) for d in days),
        "top-products": (("TEA-1", "西湖龙井 Longjing", 10, Decimal("500.00")), ("TEA-2", "Oolong", 4, Decimal("80.00"))),
        "categories": (("茶叶 Tea > 绿茶 Green tea", 10, Decimal("500.00")),),
        "payment-mix": (("alipay", 3, Decimal("300.00"), 0.75), ("cod", 1, Decimal("100.00"), 0.25)),
        "status-funnel": (("placed", 10, 1.0), ("accepted", 8, 0.8), ("cancelled", 1, 0.1)),
        "returns": (("TEA-1", "Longjing", 10, 1, 1, 0.1, 0, 0.0),),
        "lead-time": (("0-2", 1, 0.5, "no"), ("48-72", 1, 0.5, "yes")),
        "carriers": (("sf_express", "浙江省", 2, 2, 1.5, 1.0, 0),),
        "low-stock": (("TEA-1", "Longjing", 0, 5, 28, 1.0, 0.0), ("TEA-2", "Oolong", 3, 5, 0, 0.0, None)),
        "packers": (("packer1", "S1", 12, 3, 4.0, 40, 2, 0.05),),
    }
    extra = {
        "sales": {"previous": ReportTable(columns, tuple((d, 1, Decimal(50)) for d in days))},
        "returns": {"by_reason": ReportTable(("type", "reason", "cases", "rate"), (("return", "damaged", 1, 0.1),))},
        "lead-time": {"by_hour": ReportTable(("hour", "shipments"), ((1, 1), (50, 1)))},
        "carriers": {"by_carrier": ReportTable(("carrier", "shipments", "delivered", "avg_transit_days",
                                                "on_time_share", "failures"), (("sf_express", 2, 2, 1.5, 1.0, 0),))},
    }
    summary = {
        "sales": {"orders": 10, "revenue": Decimal("1000"), "previous_orders": 3, "previous_revenue": Decimal("150"),
                  "average_order": Decimal("100.00")},
        "refunds": {"refunds": 3, "amount": Decimal("30.00")},
        "status-funnel": {"placed": 10},
        "returns": {"orders": 10, "cases": 1},
        "lead-time": {"shipments": 2, "late": 1, "late_share": 0.5, "median_hours": 2, "p90_hours": 51},
    }
    return ReportData(name, REQUEST, ReportTable(columns, rows[name]), "Asia/Shanghai", extra.get(name, {}),
                      summary.get(name, {}))


@pytest.mark.parametrize("name", [spec.name for spec in catalog.REPORTS])
def test_every_report_draws_a_chart_with_hover_texts_of_its_numbers(name: str) -> None:
    from desktop_oms.charts import figures

    chart = figures.build(sample(name))
    assert chart.figure.axes
    assert chart.hover and all(target.texts for target in chart.hover)
    chart.figure.canvas.draw()  # lays out and renders without error


def test_a_chart_of_an_empty_range_says_so() -> None:
    from desktop_oms.charts import figures

    empty = ReportData("top-products", REQUEST, ReportTable(catalog.spec("top-products").columns), "UTC")
    chart = figures.build(empty)
    assert [t.get_text() for t in chart.figure.axes[0].texts] == ["Nothing in this range"]


def test_sales_hover_shows_money_and_orders_of_each_day() -> None:
    from desktop_oms.charts import figures

    chart = figures.build(sample("sales"))
    assert chart.hover[0].texts[1] == "2026-11-10: ¥500.00, 5 orders"


@pytest.mark.parametrize("text", ["=SUM(A1)", "+1", "-1", "@cmd", "\tx", "\rx"])
def test_text_that_a_spreadsheet_would_run_is_neutralised(text: str) -> None:
    assert neutralise(text) == "'" + text
    assert cell_text(text) == "'" + text


def test_numbers_and_plain_text_are_written_as_they_are() -> None:
    assert [cell_text(v) for v in (Decimal("-5.00"), Decimal("1234.50"), 3, 0.25, date(2026, 1, 2), None, "Tea")] == [
        "-5.00", "1234.50", "3", "0.25", "2026-01-02", "", "Tea"]
    assert report_csv(sample("refunds")).splitlines()[0] == "period,refunds,amount"


@pytest.mark.parametrize(("preset", "first", "last"), [
    ("today", date(2026, 12, 2), date(2026, 12, 2)),
    ("7_days", date(2026, 11, 26), date(2026, 12, 2)),
    ("30_days", date(2026, 11, 3), date(2026, 12, 2)),
    ("this_month", date(2026, 12, 1), date(2026, 12, 2)),
    ("last_year", date(2025, 1, 1), date(2025, 12, 31)),
    ("double_11", date(2026, 11, 8), date(2026, 11, 14)),
])
def test_presets(preset: str, first: date, last: date) -> None:
    assert catalog.preset_range(preset, date(2026, 12, 2)) == (first, last)


def test_double_11_before_november_is_last_years() -> None:
    assert catalog.preset_range("double_11", date(2026, 11, 7)) == (date(2025, 11, 8), date(2025, 11, 14))


def test_the_previous_period_is_as_long_and_just_before() -> None:
    assert REQUEST.previous() == ReportRequest(date(2026, 11, 6), date(2026, 11, 8), Period.DAY)


def test_starting_the_app_or_its_window_does_not_import_matplotlib() -> None:
    code = ("import sys; import desktop_oms.app, desktop_oms.views.main_window, desktop_oms.views.reports, "
            "desktop_oms.bootstrap, desktop_oms.cli; "
            "print([m for m in sys.modules if m.split('.')[0] == 'matplotlib'])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.strip() == "[]"
