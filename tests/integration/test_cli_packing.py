"""Packing and shipping from the command line: pick lists, slips, packing without scans, shipping."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.integration.test_cli import FIXTURES, ok_json, run


def _shop(url: str) -> str:
    assert run(url, "import", "products", str(FIXTURES / "products.csv")).returncode == 0
    assert run(url, "import", "orders", str(FIXTURES / "orders_ok.csv")).returncode in (0, 1)
    run(url, "stock", "receive", "CUP-010", "20")
    ok_json(url, "orders", "allocate", "--all")
    return url


@pytest.fixture
def shop(sqlite_url: str) -> str:
    return _shop(sqlite_url)


@pytest.fixture
def any_shop(db_url: str) -> str:
    """The same shop on SQLite and on PostgreSQL."""
    return _shop(db_url)


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def _pages(pdf: Path) -> tuple[int, str]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    return int(fields["Pages"]), fields["Page size"].strip()


def test_pack_without_scans_then_ship_moves_the_order_to_shipped(any_shop: str) -> None:
    shop = any_shop
    packed = ok_json(shop, "orders", "pack", "A-1001")
    assert (packed["order_no"], packed["status"]) == ("A-1001", "packed")
    shipped = ok_json(shop, "ship", "A-1001", "--carrier", "sf_express", "--tracking", "SF1234567890123")
    assert shipped["status"] == "shipped" and shipped["tracking_no"] == "SF1234567890123"
    shown = ok_json(shop, "orders", "show", "A-1001")
    assert shown["status"] == "shipped"
    assert [(s["carrier"], s["tracking_no"]) for s in shown["shipments"]] == [("sf_express", "SF1234567890123")]
    assert [h["to"] for h in shown["history"]][-2:] == ["packed", "shipped"]


def test_shipping_is_refused_with_one_sentence_and_exit_1(shop: str) -> None:
    unpacked = run(shop, "ship", "A-1002", "--carrier", "ups", "--tracking", "1Z999AA10123456784")
    assert unpacked.returncode == 1 and "A-1002" in unpacked.stderr and "Traceback" not in unpacked.stderr
    ok_json(shop, "orders", "pack", "A-1002")
    bad = run(shop, "ship", "A-1002", "--carrier", "pigeon", "--tracking", "1Z999AA10123456784")
    assert bad.returncode == 1 and "pigeon" in bad.stderr
    ok_json(shop, "orders", "pack", "A-1001")
    ok_json(shop, "ship", "A-1001", "--carrier", "ups", "--tracking", "1Z999AA10123456784")
    again = run(shop, "ship", "A-1002", "--carrier", "ups", "--tracking", "1z999aa10123456784", "--json")
    assert again.returncode == 1 and "A-1001" in again.stderr
    assert '"shipping.tracking_in_use"' in again.stdout


def test_only_an_administrator_packs_without_scans(shop: str) -> None:
    assert run(shop, "users", "add", "pat", "--role", "packer", "--password-stdin", stdin="pwpw\n").returncode == 0
    refused = run(shop, "--user", "pat", "orders", "pack", "A-1001", env={"DESKTOP_OMS_PASSWORD": "pwpw"})
    assert refused.returncode == 1 and "pat" in refused.stderr


def test_slips_for_named_orders_and_for_a_status_in_every_size(shop: str, tmp_path: Path) -> None:
    out = tmp_path / "slips.pdf"
    made = ok_json(shop, "slips", "A-1001", "A-1003", "-o", str(out))
    # A-1003 goes to two ship-to groups: two parcels, two slips.
    assert made["documents"] == 3 and made["orders"] == ["A-1001", "A-1003"]
    text = _text(out)
    assert "A-1001" in text and "王芳" in text and "Anna Müller" in text and "Friedrichstraße" in text
    assert "A-1003/1" in text and "A-1003/2" in text
    assert _pages(out) == (made["pages"], "595.276 x 841.89 pts (A4)")
    ok_json(shop, "orders", "pack", "A-1002")
    label = tmp_path / "label.pdf"
    ok_json(shop, "slips", "--status", "packed", "--size", "4x6", "-o", str(label))
    assert "A-1002" in _text(label) and _pages(label)[1].startswith("288 x 432 pts")
    letter = tmp_path / "letter.pdf"
    ok_json(shop, "slips", "A-1002", "--size", "letter", "-o", str(letter))
    assert _pages(letter)[1].startswith("612 x 792 pts")


def test_slips_refuse_bad_calls_and_write_nothing(shop: str, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "x.pdf"
    assert run(shop, "slips", "A-1001", "--status", "packed", "-o", str(out)).returncode == 2
    assert run(shop, "slips", "A-1001", "-o", str(folder / "x.txt")).returncode == 2
    missing = run(shop, "slips", "A-1001", "NOPE-1", "-o", str(out))
    assert missing.returncode == 1 and "NOPE-1" in missing.stderr
    assert list(folder.iterdir()) == []


def test_a_pick_list_for_the_next_orders_groups_them_by_product(shop: str, tmp_path: Path) -> None:
    out = tmp_path / "wave.pdf"
    made = ok_json(shop, "picklist", "--next", "3", "-o", str(out))
    assert made["documents"] == 1 and len(made["orders"]) == 3
    text = _text(out)
    assert all(no in text for no in made["orders"])
    assert "TEA-001" in text
    assert run(shop, "picklist", "A-1001", "--next", "2", "-o", str(out)).returncode == 2
