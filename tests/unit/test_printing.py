"""Packing slips and pick lists as PDFs, checked with poppler's tools: text, fonts, page sizes, numbering."""

from __future__ import annotations

import base64
import io
import re
import subprocess
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from desktop_oms.printing.documents import (
    Cancelled,
    PageSize,
    Party,
    PickItem,
    PickList,
    PickOrder,
    ShopHeader,
    Slip,
    SlipLine,
)
from desktop_oms.printing.picklist import render_pick_list
from desktop_oms.printing.slips import render_slips

WHEN = datetime(2026, 12, 2, 1, 31, tzinfo=UTC)
SHOP = ShopHeader("青禾生活 Qinghe Living", ("杭州市西湖区文三路 90 号", "Hangzhou 310012"), "+86 571 8888 6666",
                  "service@qinghe.example")
SIZES = {PageSize.A4: (595.28, 841.89), PageSize.LETTER: (612.0, 792.0), PageSize.LABEL_4X6: (288.0, 432.0)}


def _lines(n: int) -> tuple[SlipLine, ...]:
    names = ("有机绿茶 Organic Green Tea", "純棉床單 Cotton Bed Sheet", "Ceramic Mug 陶瓷杯")
    return tuple(SlipLine(f"SKU-{i:04d}", names[i % 3], i % 3 + 1, f"690123450{i:04d}") for i in range(1, n + 1))


def _slip(order_no: str = "SO-1001", lines: int | tuple[SlipLine, ...] = 8, **changes: object) -> Slip:
    fields: dict[str, object] = {
        "order_no": order_no, "created_at": WHEN, "shop": SHOP,
        "lines": _lines(lines) if isinstance(lines, int) else lines,
        "ship_to": Party("张伟 Zhang Wei", ("北京市朝阳区建国路 88 号 1203 室", "100022 北京", "CN"), "13800138000"),
        "bill_to": Party("陳美玲", ("臺北市信義區松仁路 100 號", "110 臺北市", "TW")),
        "notes": "请在工作日送货 Please deliver on weekdays", "gift_message": "生日快乐 Happy birthday",
        "payment": "Alipay 支付宝 · CNY 128.00",
    }
    fields.update(changes)
    return Slip(**fields)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    return "127.0.0.1", 0


def _run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


def _text(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return " ".join(_run("pdftotext", *pages, pdf, "-").split())


def _fonts(pdf: Path) -> list[list[str]]:
    return [line.split() for line in _run("pdffonts", pdf).splitlines()[2:]]


def _page_sizes(pdf: Path) -> list[tuple[float, float]]:
    info = _run("pdfinfo", "-f", "1", "-l", "9999", pdf)
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def test_a_slip_prints_simplified_and_traditional_chinese_beside_latin_in_one_embedded_font(tmp_path: Path) -> None:
    pdf = tmp_path / "slip.pdf"
    assert render_slips([_slip()], pdf) == 1
    text = _text(pdf)
    for expected in ("张伟 Zhang Wei", "北京市朝阳区建国路 88 号", "陳美玲", "臺北市信義區松仁路", "有机绿茶 Organic Green Tea",
                     "純棉床單 Cotton Bed Sheet", "请在工作日送货 Please deliver on weekdays", "生日快乐 Happy birthday",
                     "Alipay 支付宝 · CNY 128.00", "青禾生活 Qinghe Living", "Page 1 of 1"):
        assert expected in text
    fonts = _fonts(pdf)
    assert fonts, "no fonts at all"
    for row in fonts:  # name type encoding emb sub uni object generation
        assert "WenQuanYiMicroHei" in row[0] and row[-5] == "yes", row
    assert "Helvetica" not in _run("pdffonts", pdf)


def test_markup_in_customer_text_prints_literally_and_fetches_nothing(tmp_path: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x.png").respond_with_data(b"not an image", content_type="image/png")
    img = f'<img src="{httpserver.url_for("/x.png")}"/>'
    slip = _slip(order_no="SO-<b>x</b>", shop=ShopHeader(f"<b>shop</b>{img}", logo_path=httpserver.url_for("/x.png")),
                 ship_to=Party(img, (f'<font size="40">{img}</font>', "A & B <c>")),
                 lines=(SlipLine("<b>sku</b>", img, 1, "<br/>"),), notes=f"<para>{img}</para>", gift_message=img)
    pdf = tmp_path / "escaped.pdf"
    render_slips([slip], pdf)
    text = _text(pdf)
    assert httpserver.log == []
    assert text.count("<img src=") >= 5
    for literal in ("SO-<b>x</b>", "<b>shop</b>", '<font size="40">', "A & B <c>", "<b>sku</b>", "<para>"):
        assert literal in text


def test_page_numbers_restart_for_each_slip_of_a_batch(tmp_path: Path) -> None:
    pdf = tmp_path / "batch.pdf"
    pages = render_slips([_slip("SO-1001", lines=120), _slip("SO-1002", lines=2)], pdf)
    long = pages - 1
    assert long >= 3
    assert f"Page 1 of {long}" in _text(pdf, 1) and "SO-1001" in _text(pdf, 1)
    assert f"Page {long} of {long}" in _text(pdf, long)
    assert "SKU-0120" in _text(pdf, long) and "Total units" in _text(pdf, long)
    assert "continued" in _text(pdf, 2)
    last = _text(pdf, pages)
    assert "SO-1002" in last and "Page 1 of 1" in last
    assert len(_page_sizes(pdf)) == pages


@pytest.mark.parametrize("size", list(PageSize))
def test_every_page_has_the_size_asked_for_and_the_slip_fits_it(tmp_path: Path, size: PageSize) -> None:
    pdf = tmp_path / f"{size}.pdf"
    pages = render_slips([_slip(lines=40), _slip("SO-1002", lines=1)], pdf, size)
    sizes = _page_sizes(pdf)
    assert len(sizes) == pages >= 2
    width, height = SIZES[size]
    assert all(abs(w - width) < 0.5 and abs(h - height) < 0.5 for w, h in sizes)
    text = _text(pdf, 1)
    assert "SO-1001" in text and "张伟 Zhang Wei" in text and "SKU-0001" in text
    _assert_inside_pages(pdf)


def _assert_inside_pages(pdf: Path) -> None:
    """Every word poppler finds lies on its page."""
    html = _run("pdftotext", "-bbox", pdf, "-")
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S)
    assert pages
    for width, height, body in pages:
        for x0, y0, x1, y1 in re.findall(r'xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)"', body):
            assert 0 <= float(x0) and float(x1) <= float(width) + 0.5, (x0, x1, width)
            assert 0 <= float(y0) and float(y1) <= float(height) + 0.5


def test_long_unbroken_values_wrap_or_are_cut_inside_the_page(tmp_path: Path) -> None:
    slip = _slip(order_no="SO-" + "9" * 150, ship_to=Party("名" * 120, ("X" * 200, "北" * 200), "1" * 80),
                 lines=(SlipLine("S" * 200, "N" * 400, 2, "7" * 200), *_lines(3)), notes="n" * 5000)
    for size in (PageSize.A4, PageSize.LABEL_4X6):
        pdf = tmp_path / f"long-{size}.pdf"
        assert render_slips([slip], pdf, size) >= 1
        _assert_inside_pages(pdf)
        assert "SSSSSSSS" in _text(pdf)


def test_the_longest_texts_a_label_can_get_still_fit_on_its_pages(tmp_path: Path) -> None:
    worst = _slip(order_no="W" * 200, shop=ShopHeader("店" * 300, ("址" * 300,) * 9),
                  ship_to=Party("名" * 300, ("北" * 300,) * 9, "1" * 100), bill_to=Party("名" * 300, ("北" * 300,) * 9),
                  lines=tuple(SlipLine("S" * 300, "品" * 500, 1, "9" * 300) for _ in range(4)),
                  notes="注\n" * 3000, gift_message="礼" * 5000, payment="付" * 500)
    item = PickItem("S" * 300, "品" * 500, "L" * 300, "9" * 300, 1, tuple(("R" * 60 + str(n), 1) for n in range(500)))
    pick = PickList("W" * 200, WHEN, ShopHeader("店" * 300), (item,) * 3,
                    tuple(PickOrder("R" * 300, "名" * 500, 1) for _ in range(6)), "人" * 300)
    for size in PageSize:
        assert render_slips([worst], tmp_path / f"slip-{size}.pdf", size) >= 1
        assert render_pick_list(pick, tmp_path / f"pick-{size}.pdf", size) >= 1
        _assert_inside_pages(tmp_path / f"slip-{size}.pdf")
        _assert_inside_pages(tmp_path / f"pick-{size}.pdf")


def test_barcodes_are_drawn_with_their_human_readable_text(tmp_path: Path) -> None:
    pdf = tmp_path / "codes.pdf"
    render_slips([_slip(parcel=(2, 3), barcode_value="SO-1001/2")], pdf)
    text = _text(pdf)
    assert "SO-1001/2" in text and "6901234500001" in text and "2 of 3" in text
    ops = _page_content(pdf)  # the order's Code 128 and QR and eight item codes: filled paths of many bars
    assert ops.count(" re") > 400 and ops.count("\nf") + ops.count(" f\n") >= 10


def _page_content(pdf: Path) -> str:
    """The decoded content streams (ReportLab writes them ASCII85 + Flate)."""
    out = []
    for raw in re.findall(rb"stream\r?\n(.*?)endstream", pdf.read_bytes(), re.S):
        try:
            out.append(zlib.decompress(base64.a85decode(raw.strip().removesuffix(b"~>"))).decode("latin-1"))
        except (ValueError, zlib.error):
            continue
    return "\n".join(out)


def test_cancelling_stops_the_batch_raises_and_writes_nothing() -> None:
    seen: list[tuple[int, int]] = []

    def slips() -> Iterator[Slip]:
        for n in range(1, 6):
            yield _slip(f"SO-{n}")

    out = io.BytesIO()
    with pytest.raises(Cancelled) as caught:
        render_slips(slips(), out, progress=lambda done, total: seen.append((done, total)),
                     cancelled=lambda: len(seen) >= 2, total=5)
    assert caught.value.done == 2 and seen == [(1, 5), (2, 5)]
    assert out.getvalue() == b""


def test_a_missing_or_unreadable_logo_is_skipped_and_a_good_one_is_drawn(tmp_path: Path) -> None:
    from PIL import Image

    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG not really")
    good = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (46, 125, 50)).save(good)
    slips = [_slip(f"SO-{n}", shop=ShopHeader("Shop", logo_path=str(path)))
             for n, path in enumerate((tmp_path / "missing.png", broken, tmp_path, good, good))]
    pdf = tmp_path / "logos.pdf"
    assert render_slips(slips, pdf) == 5
    images = _run("pdfimages", "-list", pdf).splitlines()[2:]
    assert [line.split()[0] for line in images] == ["4", "5"]  # the good logo on its two slips, none before


def test_an_empty_slip_and_an_empty_batch_still_make_a_pdf(tmp_path: Path) -> None:
    pdf = tmp_path / "empty.pdf"
    assert render_slips([_slip(lines=0, notes="", gift_message="", payment="", bill_to=None)], pdf) == 1
    assert "No items in this parcel" in _text(pdf) and "Same as ship to" in _text(pdf)
    assert render_slips([], tmp_path / "none.pdf") == 1


def _pick() -> PickList:
    items = (
        PickItem("TEA-1", "龙井绿茶 Longjing tea", "A-01-1", "6901234567892", 3, (("SO-1001", 2), ("SO-1007", 1))),
        PickItem("CUP-2", "陶瓷杯 <Mug>", "A-02-4", "", 1, (("SO-1007", 1),)),
        PickItem("BAG-3", "帆布包 Tote", "", "036000291452", 40, tuple((f"SO-2026120{n:03d}", 1) for n in range(40))),
    )
    orders = (PickOrder("SO-1001", "张伟, 北京", 2), PickOrder("SO-1007", "陳美玲, 臺北市", 2),
              *(PickOrder(f"SO-2026120{n:03d}", "Mary O'Brien, Hong Kong", 1) for n in range(40)))
    return PickList("W-20261202-0931", WHEN, SHOP, items, orders, created_by="王芳")


@pytest.mark.parametrize("size", list(PageSize))
def test_the_pick_list_groups_by_product_in_the_given_order_then_lists_the_orders(tmp_path: Path,
                                                                                 size: PageSize) -> None:
    pdf = tmp_path / "pick.pdf"
    pages = render_pick_list(_pick(), pdf, size)
    sizes = _page_sizes(pdf)
    assert len(sizes) == pages
    assert all(abs(w - SIZES[size][0]) < 0.5 for w, _ in sizes)
    text = _text(pdf)
    assert "W-20261202-0931" in text and "王芳" in text and "42 orders · 3 products · 44 units" in text
    assert "SO-1001 ×2, SO-1007 ×1" in text and "陶瓷杯 <Mug>" in text and re.search(r"SO-2026120\d+ ×1 and \d+ more", text)
    assert text.index("TEA-1") < text.index("CUP-2") < text.index("BAG-3") < text.index("ORDERS IN THIS WAVE")
    assert "张伟, 北京" in text and "陳美玲, 臺北市" in text
    assert f"Page 1 of {pages}" in _text(pdf, 1) and f"Page {pages} of {pages}" in _text(pdf, pages)
    assert all("WenQuanYiMicroHei" in row[0] and row[-5] == "yes" for row in _fonts(pdf))
    _assert_inside_pages(pdf)


@pytest.mark.parametrize("size", [PageSize.A4, PageSize.LABEL_4X6])
def test_a_shop_in_taipei_or_hong_kong_gets_its_labels_in_traditional_characters(tmp_path: Path,
                                                                                  size: PageSize) -> None:
    from dataclasses import replace

    simplified, traditional = tmp_path / "hans.pdf", tmp_path / "hant.pdf"
    render_slips([_slip()], simplified, size)
    render_slips([_slip(shop=replace(SHOP, timezone="Asia/Taipei"))], traditional, size)
    hans, hant = _text(simplified), _text(traditional)
    assert "收货人" in hans and "装箱单" in hans and "收貨人" not in hans
    assert "收貨人" in hant and "裝箱單" in hant and "數量" in hant and "收货人" not in hant
    assert "张伟 Zhang Wei" in hant and "有机绿茶" in hant  # what the customer wrote stays as written
    pick = tmp_path / "pick.pdf"
    render_pick_list(replace(_pick(), shop=replace(SHOP, timezone="Asia/Hong_Kong")), pick, size)
    assert "揀貨單" in _text(pick) and "庫位" in _text(pick) and "拣货单" not in _text(pick)
