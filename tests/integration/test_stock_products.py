"""Editing a product and the stock list's product facts, on a SQLite file and on PostgreSQL."""

from __future__ import annotations

import struct
import zlib
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_oms.bootstrap import Services
from desktop_oms.db.models import AUDIT_LOG
from desktop_oms.domain.errors import InvalidValue, NotFound, PermissionDenied
from desktop_oms.domain.users import Actor, Role
from tests.factories import add_products, product


def _png() -> bytes:
    """A valid one-pixel PNG, made here so no binary fixture is needed."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
            + chunk(b"IEND", b""))


@pytest.fixture
def shop(services: Services, admin: Actor) -> Services:
    add_products(services, admin, product("TEA-1", 10, price="25.00"), product("TEA-2", 3),
                 product("CUP-1", 0, category="Tea ware"))
    return services


def test_a_product_reads_back_with_its_category_path(shop: Services, admin: Actor) -> None:
    data = shop.catalogue.get_product("TEA-1", actor=admin)
    assert (data.sku, data.name, data.price, data.category, data.low_stock_threshold, data.active) == (
        "TEA-1", "Product TEA-1", Decimal("25.00"), "Tea > Green tea", 5, True)
    assert data.barcode == "" and data.image_path == ""
    assert shop.catalogue.list_categories(actor=admin) == ["Tea", "Tea > Green tea", "Tea ware"]
    with pytest.raises(NotFound):
        shop.catalogue.get_product("NOPE", actor=admin)


def test_editing_a_product_changes_every_field_given_and_creates_a_new_category_path(
        shop: Services, admin: Actor, tmp_path: Path) -> None:
    image = tmp_path / "tea.png"
    image.write_bytes(_png())
    data = shop.catalogue.update_product(
        "TEA-1", actor=admin, name="  龙井 Longjing  2025 ", barcode="6901234567892", price="39.9",
        category="Tea/Green/Longjing", low_stock_threshold=12, image_path=str(image), active=False)
    assert (data.name, data.barcode, data.price, data.category, data.low_stock_threshold, data.active) == (
        "龙井 Longjing 2025", "6901234567892", Decimal("39.90"), "Tea > Green > Longjing", 12, False)
    assert data.image_path == str(image.resolve())
    assert shop.catalogue.get_product("TEA-1", actor=admin) == data
    assert "Tea > Green > Longjing" in shop.catalogue.list_categories(actor=admin)
    row = next(r for r in shop.stock.list_stock(actor=admin) if r.sku == "TEA-1")
    assert (row.name, row.barcode, row.category, row.price, row.low_stock_threshold, row.active) == (
        data.name, data.barcode, data.category, data.price, 12, False)


def test_fields_not_given_are_left_as_they_are(shop: Services, admin: Actor) -> None:
    shop.catalogue.update_product("TEA-1", actor=admin, barcode="111")
    data = shop.catalogue.update_product("TEA-1", actor=admin, price=Decimal("1.5"))
    assert (data.barcode, data.price, data.name, data.category) == ("111", Decimal("1.50"), "Product TEA-1",
                                                                    "Tea > Green tea")
    cleared = shop.catalogue.update_product("TEA-1", actor=admin, barcode=" ", category="")
    assert (cleared.barcode, cleared.category) == ("", "")


@pytest.mark.parametrize(("changes", "field"), [
    ({"name": "   "}, "name"),
    ({"name": "x" * 256}, "name"),
    ({"price": "-1"}, "price"),
    ({"price": "1.999"}, "price"),
    ({"price": Decimal("0.001")}, "price"),
    ({"price": "twelve"}, "price"),
    ({"low_stock_threshold": -1}, "threshold"),
    ({"barcode": "12 34"}, "barcode"),
    ({"category": "Tea > " + "x" * 121}, "category"),
    ({"image_path": "/no/such/file.png"}, "image"),
])
def test_a_bad_value_is_refused_naming_its_field_and_nothing_changes(
        shop: Services, admin: Actor, changes: dict[str, object], field: str) -> None:
    before = shop.catalogue.get_product("TEA-1", actor=admin)
    with pytest.raises(InvalidValue) as refused:
        shop.catalogue.update_product("TEA-1", actor=admin, **changes)  # type: ignore[arg-type]
    assert refused.value.field == field
    assert shop.catalogue.get_product("TEA-1", actor=admin) == before


def test_an_image_must_be_an_image_file(shop: Services, admin: Actor, tmp_path: Path) -> None:
    text = tmp_path / "notes.png"
    text.write_text("not a picture")
    with pytest.raises(InvalidValue, match="not a PNG") as refused:
        shop.catalogue.update_product("TEA-1", actor=admin, image_path=str(text))
    assert refused.value.field == "image"
    with pytest.raises(InvalidValue) as folder:
        shop.catalogue.update_product("TEA-1", actor=admin, image_path=str(tmp_path))
    assert folder.value.field == "image"


def test_a_barcode_belongs_to_one_product_only(shop: Services, admin: Actor) -> None:
    shop.catalogue.update_product("TEA-2", actor=admin, barcode="6901234567892")
    with pytest.raises(InvalidValue, match="TEA-2") as refused:
        shop.catalogue.update_product("TEA-1", actor=admin, barcode=" 6901234567892 ", price="1.00")
    assert refused.value.field == "barcode"
    assert shop.catalogue.get_product("TEA-1", actor=admin).price == Decimal("25.00")
    again = shop.catalogue.update_product("TEA-2", actor=admin, barcode="6901234567892", name="Same code kept")
    assert again.barcode == "6901234567892"


def test_a_packer_may_look_but_not_edit_and_the_service_refuses(shop: Services) -> None:
    packer = Actor("pat", Role.PACKER)
    assert shop.catalogue.get_product("TEA-1", actor=packer).sku == "TEA-1"
    assert shop.catalogue.list_categories(actor=packer)
    with pytest.raises(PermissionDenied):
        shop.catalogue.update_product("TEA-1", actor=packer, price="1.00")
    with pytest.raises(PermissionDenied):
        shop.stock.adjust("TEA-1", 1, "count", actor=packer)
    assert shop.stock.receive("TEA-1", 2, actor=packer).on_hand == 12
    assert shop.catalogue.get_product("TEA-1", actor=packer).price == Decimal("25.00")


def test_an_edit_is_audited_with_what_changed_from_what_and_an_unchanged_save_is_not(
        shop: Services, admin: Actor) -> None:
    shop.catalogue.update_product("TEA-1", actor=admin, price="30.00", name="Product TEA-1", low_stock_threshold=5)
    shop.catalogue.update_product("TEA-1", actor=admin, price="30.00")
    with shop.engine.connect() as conn:
        rows = conn.execute(select(AUDIT_LOG).where(AUDIT_LOG.c.entity == "product")).all()
    assert len(rows) == 1
    entry = rows[0]
    assert (entry.user, entry.entity_ref, entry.action) == ("tester", "TEA-1", "edit")
    assert entry.details == {"price": {"from": "25.00", "to": "30.00"}}


def test_the_stock_list_finds_by_barcode_and_names_the_category(shop: Services, admin: Actor) -> None:
    shop.catalogue.update_product("CUP-1", actor=admin, barcode="4006381333931")
    found = shop.stock.list_stock(actor=admin, search="63813")
    assert [(r.sku, r.category, r.barcode) for r in found] == [("CUP-1", "Tea ware", "4006381333931")]
    assert [r.sku for r in shop.stock.list_stock(actor=admin, low_only=True)] == ["CUP-1", "TEA-2"]
    assert all(r.low for r in shop.stock.list_stock(actor=admin, low_only=True))
