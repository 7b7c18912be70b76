"""`desktop-oms report`: the list, every report to CSV, PNG and PDF, the CSV columns of the contract, errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop_oms import bootstrap
from desktop_oms.charts.catalog import REPORTS
from desktop_oms.config import Settings
from desktop_oms.db.models import PRODUCTS
from tests.integration.test_reports import build_shop

RANGE = ("--from", "2026-11-10", "--to", "2026-11-11")


@pytest.fixture
def shop_url(sqlite_url: str) -> Iterator[str]:
    services = bootstrap.build(Settings(db_url=sqlite_url))
    build_shop(services)
    services.close()
    yield sqlite_url


def cli(url: str, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from desktop_oms.cli import main

    code = main(["--db", url, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_report_list_names_every_report_with_its_columns(shop_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(shop_url, "report", "list", "--json", capsys=capsys)
    assert code == 0
    listed = json.loads(out)
    assert [r["name"] for r in listed] == [r.name for r in REPORTS]
    assert {"sales", "top-products", "payment-mix", "returns", "lead-time", "carriers", "low-stock",
            "packers"} <= {r["name"] for r in listed}
    assert next(r for r in listed if r["name"] == "sales")["columns"] == ["period", "orders", "revenue"]


def test_sales_and_top_products_csv_hold_the_contracts_columns(shop_url: str, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sales.csv"
    code, stdout, _ = cli(shop_url, "report", "sales", *RANGE, "-o", str(out), "--json", capsys=capsys)
    assert code == 0
    assert json.loads(stdout) | {"path": ""} == {"report": "sales", "path": "", "from": "2026-11-10",
                                                 "to": "2026-11-11", "by": "day", "time_zone": "Asia/Shanghai",
                                                 "rows": 2}
    assert out.read_bytes().decode("utf-8") == "period,orders,revenue\r\n2026-11-10,1,100.00\r\n2026-11-11,2,70.49\r\n"
    cli(shop_url, "report", "sales", "--from", "2026-11-01", "--to", "2026-11-30", "--by", "month", "-o", str(out),
        capsys=capsys)
    assert out.read_text(encoding="utf-8").splitlines() == ["period,orders,revenue", "2026-11-01,4,240.49"]
    top = tmp_path / "top.csv"
    assert cli(shop_url, "report", "top-products", *RANGE, "-o", str(top), capsys=capsys)[0] == 0
    assert top.read_text(encoding="utf-8").splitlines() == ["sku,name,units,revenue", "TEA-A,产品 TEA-A,3,110.50",
                                                            "TEA-B,产品 TEA-B,2,59.99"]


def test_every_report_writes_csv_png_and_pdf(shop_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for spec in REPORTS:
        for kind in ("csv", "png", "pdf"):
            out = tmp_path / f"{spec.name}.{kind}"
            code, _, err = cli(shop_url, "report", spec.name, "--from", "2026-11-01", "--to", "2026-11-30",
                               "-o", str(out), capsys=capsys)
            assert code == 0, err
            head = out.read_bytes()[:8]
            if kind == "csv":
                assert out.read_text(encoding="utf-8").splitlines()[0] == ",".join(spec.columns)
            else:
                assert head.startswith(b"\x89PNG" if kind == "png" else b"%PDF")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "no temporary file left behind"


def test_a_formula_in_a_product_name_is_neutralised_in_the_csv(shop_url: str, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    services = bootstrap.build(Settings(db_url=shop_url))
    with services.engine.begin() as conn:
        conn.execute(update(PRODUCTS).where(PRODUCTS.c.sku == "TEA-A").values(name='=HYPERLINK("http://x","y")'))
        conn.execute(update(PRODUCTS).where(PRODUCTS.c.sku == "TEA-B").values(name="-1+2"))
    services.close()
    out = tmp_path / "top.csv"
    assert cli(shop_url, "report", "top-products", *RANGE, "-o", str(out), capsys=capsys)[0] == 0
    assert out.read_text(encoding="utf-8").splitlines()[1:] == ['TEA-A,"\'=HYPERLINK(""http://x"",""y"")",3,110.50',
                                                                "TEA-B,'-1+2,2,59.99"]


def test_wrong_calls_exit_2_with_one_sentence(shop_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(shop_url, "report", "nonsense", *RANGE, "-o", str(tmp_path / "x.csv"), capsys=capsys)
    assert code == 2 and "no report 'nonsense'" in err
    code, _, err = cli(shop_url, "report", "sales", *RANGE, "-o", str(tmp_path / "x.xlsx"), capsys=capsys)
    assert code == 2 and "FILE.png, FILE.pdf or FILE.csv" in err
    code, _, err = cli(shop_url, "report", "sales", "--from", "2026-11-10", "-o", str(tmp_path / "x.csv"), capsys=capsys)
    assert code == 2 and "needs --to" in err
    code, _, err = cli(shop_url, "report", "sales", "--from", "2026-11-12", "--to", "2026-11-10", "-o",
                       str(tmp_path / "x.csv"), capsys=capsys)
    assert code == 1 and "ends before it starts" in err
    assert not (tmp_path / "x.csv").exists()


def test_the_demo_shop_has_its_report_summaries_ready(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import func, select

    from desktop_oms.db.models import REPORT_DIRTY, REPORT_ORDER_DAYS

    code, _, _ = cli(sqlite_url, "demo", "--orders", "60", capsys=capsys)
    assert code == 0
    services = bootstrap.build(Settings(db_url=sqlite_url))
    try:
        with services.uow(read_only=True) as tx:
            assert tx.connection.execute(select(func.count()).select_from(REPORT_DIRTY)).scalar() == 0
            assert tx.connection.execute(select(func.count()).select_from(REPORT_ORDER_DAYS)).scalar() > 0
        assert services.reports.refresh_summaries() is False  # nothing left to do at the first opening
    finally:
        services.close()
