"""The command line as other programs meet it: exit codes, one JSON document, one-sentence errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def run(db: str, *args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    environment = {k: v for k, v in os.environ.items() if not k.startswith("DESKTOP_OMS_")}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "desktop_oms", "--db", db, *args], input=stdin,
                          capture_output=True, text=True, timeout=120, env=environment, check=False)


def ok_json(db: str, *args: str) -> Any:
    result = run(db, *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_an_unreachable_database_exits_2_with_one_sentence(tmp_path: Path) -> None:
    result = run("postgresql+psycopg://nobody@127.0.0.1:1/none", "orders", "list")
    assert result.returncode == 2
    assert result.stderr.startswith("desktop-oms: cannot open the database:")
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_usage_error_exits_2(sqlite_url: str) -> None:
    assert run(sqlite_url, "orders", "allocate").returncode == 2
    assert run(sqlite_url, "stock", "receive", "TEA-1", "-3").returncode == 2
    assert run(sqlite_url, "orders", "list", "--status", "lost").returncode == 2


def test_a_fresh_database_is_migrated_by_any_command(db_url: str) -> None:
    assert run(db_url, "db", "upgrade").returncode == 0
    assert ok_json(db_url, "orders", "list") == []
    assert ok_json(db_url, "stock", "list") == []


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
