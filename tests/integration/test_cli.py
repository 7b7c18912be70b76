"""The command line as other programs meet it: exit codes, one JSON document, one-sentence errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


def run_process(db: str, *args: str, stdin: str | None = None,
                env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m desktop_oms …` in a fresh interpreter: exactly what another program runs."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DESKTOP_OMS_")}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "desktop_oms", "--db", db, *args], input=stdin,
                          capture_output=True, text=True, timeout=120, env=environment, check=False)


def run(db: str, *args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> Ran:
    """The same command through `cli.main` in this process, with its own stdin, stdout, stderr and
    environment: a fresh interpreter costs about a second per call, which most tests do not need.
    The tests of the process itself (exit codes, the entry point) use `run_process`."""
    from desktop_oms import cli

    saved = dict(os.environ)
    out, err = io.StringIO(), io.StringIO()
    try:
        for key in [k for k in os.environ if k.startswith("DESKTOP_OMS_")]:
            del os.environ[key]
        os.environ.update(env or {})
        with redirect_stdout(out), redirect_stderr(err), mock.patch.object(sys, "stdin", io.StringIO(stdin or "")):
            try:
                code = cli.main(["--db", db, *args])
            except SystemExit as stop:  # argparse's usage errors
                code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 2)
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return Ran(code, out.getvalue(), err.getvalue())


def ok_json(db: str, *args: str) -> Any:
    result = run(db, *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_an_unreachable_database_exits_2_with_one_sentence(tmp_path: Path) -> None:
    result = run_process("postgresql+psycopg://nobody@127.0.0.1:1/none", "orders", "list")
    assert result.returncode == 2
    assert result.stderr.startswith("desktop-oms: cannot open the database:")
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_reader_that_goes_away_ends_the_command_quietly(sqlite_url: str, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    class Gone(io.StringIO):  # `desktop-oms … | head -1`: the pipe is closed while the command writes
        def write(self, _text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    from desktop_oms import cli

    monkeypatch.setattr(sys, "stdout", Gone())
    assert cli.main(["--db", sqlite_url, "report", "list", "--json"]) == cli.EXIT_BROKEN_PIPE == 141
    assert capsys.readouterr().err == ""  # no "unexpected error", no traceback


def test_a_usage_error_exits_2(sqlite_url: str) -> None:
    assert run_process(sqlite_url, "orders", "allocate").returncode == 2
    assert run(sqlite_url, "stock", "receive", "TEA-1", "-3").returncode == 2
    assert run(sqlite_url, "orders", "list", "--status", "lost").returncode == 2


def test_a_fresh_database_is_migrated_by_any_command(empty_db_url: str) -> None:
    assert ok_json(empty_db_url, "orders", "list") == []  # no tables before this command
    assert ok_json(empty_db_url, "stock", "list") == []
    assert run(empty_db_url, "db", "upgrade").returncode == 0


def test_unknown_order_or_sku_exits_1_naming_it(sqlite_url: str) -> None:
    shown = run(sqlite_url, "orders", "show", "A-404")
    assert shown.returncode == 1 and shown.stderr.strip() == "desktop-oms: no order 'A-404'"
    received = run(sqlite_url, "stock", "receive", "NOPE", "3")
    assert received.returncode == 1 and "NOPE" in received.stderr


def test_users_log_in_with_their_role_and_the_service_refuses_what_the_role_may_not(sqlite_url: str) -> None:
    added = run(sqlite_url, "users", "add", "pat", "--role", "packer", "--password-stdin", stdin="s3cret\n")
    assert added.returncode == 0, added.stderr
    assert ok_json(sqlite_url, "users", "list") == [
        {"name": "pat", "role": "packer", "active": True, "locked_until": None}]
    as_pat = {"DESKTOP_OMS_PASSWORD": "s3cret"}
    assert run(sqlite_url, "--user", "pat", "orders", "list", env=as_pat).returncode == 0
    refused = run(sqlite_url, "--user", "pat", "stock", "adjust", "X", "1", "--reason", "count", env=as_pat)
    assert refused.returncode == 1 and "may not adjust stock" in refused.stderr
    wrong = run(sqlite_url, "--user", "pat", "orders", "list", env={"DESKTOP_OMS_PASSWORD": "guess"})
    assert wrong.returncode == 1 and "wrong password" in wrong.stderr


def test_five_failed_log_ins_lock_the_user(sqlite_url: str) -> None:
    run(sqlite_url, "users", "add", "ann", "--role", "agent", "--password-stdin", stdin="right1\n")
    for _ in range(5):
        run(sqlite_url, "--user", "ann", "orders", "list", env={"DESKTOP_OMS_PASSWORD": "wrong"})
    locked = run(sqlite_url, "--user", "ann", "orders", "list", env={"DESKTOP_OMS_PASSWORD": "right1"})
    assert locked.returncode == 1 and "locked" in locked.stderr


@pytest.mark.parametrize("command", [["orders", "list"], ["stock", "list"]])
def test_json_output_is_exactly_one_document(sqlite_url: str, command: list[str]) -> None:
    result = run(sqlite_url, *command, "--json")
    assert result.returncode == 0
    json.loads(result.stdout)


def test_importing_our_csv_twice_creates_each_order_once(db_url: str) -> None:
    first = ok_json(db_url, "import", "orders", str(FIXTURES / "orders_ok.csv"))
    assert first == {"created": 6, "skipped": 0, "rejected": 0, "errors": []}
    second = ok_json(db_url, "import", "orders", str(FIXTURES / "orders_ok.csv"))
    assert second == {"created": 0, "skipped": 6, "rejected": 0, "errors": []}
    listed = ok_json(db_url, "orders", "list", "--limit", "100")
    assert len(listed) == 6
    assert set(listed[0]) >= {"order_no", "status", "created_at", "customer", "total", "currency", "lines"}


def test_a_bad_row_rejects_its_own_order_and_names_row_and_field(db_url: str) -> None:
    result = run(db_url, "import", "orders", str(FIXTURES / "orders_bad.csv"), "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["created"] == 2 and report["rejected"] >= 5
    first = report["errors"][0]
    assert (first["row"], first["order_no"], first["field"]) == (3, "B-2002", "qty")
    created = {o["order_no"] for o in ok_json(db_url, "orders", "list")}
    assert created.isdisjoint({e["order_no"] for e in report["errors"]})


def test_a_refused_file_changes_nothing_and_says_why_in_one_sentence(sqlite_url: str, tmp_path: Path) -> None:
    cases = {
        "empty.csv": b"",
        "picture.csv": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "latin1.csv": "order_no,customer_name\nA-1,Jos\xe9 M\xfcller\n".encode("latin-1"),
        "wrong_header.csv": b"foo,bar\n1,2\n",
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        result = run(sqlite_url, "import", "orders", str(path))
        assert result.returncode == 1, (name, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
        assert name in result.stderr
    assert ok_json(sqlite_url, "orders", "list") == []


def test_a_gbk_file_from_excel_is_read_right(sqlite_url: str) -> None:
    assert ok_json(sqlite_url, "import", "orders", str(FIXTURES / "orders_gbk.csv"))["created"] == 2
    names = {o["customer"] for o in ok_json(sqlite_url, "orders", "list")}
    assert any("\u4e00" <= ch <= "\u9fff" for name in names for ch in name)


def test_a_shopify_export_imports_with_its_statuses_and_payment_methods(db_url: str) -> None:
    report = ok_json(db_url, "import", "shopify", str(FIXTURES / "shopify_orders_export.csv"))
    assert report["rejected"] == 0 and report["created"] >= 6
    orders = {o["order_no"]: o for o in ok_json(db_url, "orders", "list")}
    statuses = {o["status"] for o in orders.values()}
    assert {"accepted", "cancelled", "shipped"} <= statuses
    shown = ok_json(db_url, "orders", "show", next(iter(orders)))
    assert set(shown) >= {"order_no", "status", "created_at", "currency", "total", "payment_method",
                          "payment_status", "customer", "ship_to", "lines", "shipments", "history"}
    assert all(not o["ship_to"]["postcode"].startswith("'") for o in
               (ok_json(db_url, "orders", "show", no) for no in orders))


def test_products_then_orders_then_allocate_and_cancel_through_the_cli(db_url: str, tmp_path: Path) -> None:
    catalogue = tmp_path / "products.csv"
    catalogue.write_text("sku,name,barcode,category,price,weight_g,stock\n"
                         "TEA-001,西湖龙井 Longjing 250g,,Tea > Green tea,39.95,250,3\n", encoding="utf-8")
    assert ok_json(db_url, "import", "products", str(catalogue))["created"] == 1
    orders = tmp_path / "orders.csv"
    header = ("order_no,created_at,customer_name,email,phone,ship_name,ship_address1,ship_address2,ship_city,"
              "ship_province,ship_postcode,ship_country,payment_method,paid,sku,qty,unit_price\n")
    row = "{no},2026-11-{d}T08:00:00+08:00,王芳,wf@example.cn,13800138000,王芳,文三路 90 号,,杭州,浙江,310012,CN,alipay,true,TEA-001,2,39.95\n"
    orders.write_text(header + row.format(no="A-1", d=20) + row.format(no="A-2", d=21), encoding="utf-8-sig")
    assert ok_json(db_url, "import", "orders", str(orders))["created"] == 2
    allocated = ok_json(db_url, "orders", "allocate", "--all")
    assert allocated == {"allocated": ["A-1"], "backordered": ["A-2"], "skipped": []}
    stock = ok_json(db_url, "stock", "list")
    assert stock == [{"sku": "TEA-001", "name": "西湖龙井 Longjing 250g", "on_hand": 3, "reserved": 2,
                      "available": 1, "low_stock_threshold": 5}]
    assert run(db_url, "orders", "cancel", "A-1", "--reason", "customer called").returncode == 0
    shown = ok_json(db_url, "orders", "show", "A-1")
    assert shown["status"] == "cancelled" and shown["lines"][0]["reserved"] == 0
    assert [(h["from"], h["to"]) for h in shown["history"]] == [
        (None, "accepted"), ("accepted", "allocated"), ("allocated", "cancelled")]
    assert shown["history"][-1]["user"].startswith("cli:")
    again = run(db_url, "orders", "cancel", "A-1")
    assert again.returncode == 1 and "cancelled" in again.stderr
    received = run(db_url, "stock", "receive", "TEA-001", "1", "--note", "PO-1")
    assert received.returncode == 0 and "A-2" in received.stdout
    assert ok_json(db_url, "orders", "show", "A-2")["status"] == "allocated"
