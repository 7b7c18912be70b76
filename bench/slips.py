"""A batch of packing slips through `render_slips`, beside a bare ReportLab canvas drawing the same things.

Run by hand (never in CI):

    .venv/bin/python bench/slips.py [--slips 1000] [--seed 3] [--keep]

1. Builds `--slips` slips in memory before any clock starts: a Chinese name and address, 5–30
   lines each (Chinese + Latin product names, 13-digit item barcodes), payment, a note on every
   third, a gift message on every fifth, the order number as Code 128 and QR.
2. ours: `render_slips(slips, file, PageSize.A4)` — platypus layout, wrapping, per-slip
   "Page n of m", the embedded WenQuanYi font (registered before the clock).
3. raw: one `reportlab.pdfgen.canvas.Canvas` with the same registered font drawing the same texts
   with `drawString` at fixed positions (no wrapping, no tables), the order's Code 128 and every
   item's Code 128 (`Code128.drawOn`), the same QR encoded once and drawn as one path, and a
   "Page n" footer; a new page every 30 rows. The floor for the same ink.
4. one slip: an 8-line slip in a fresh `python` process (import, font registration and all), and
   the median of 20 warm renders of it in this process.

Prints pages/s and slips/s for both, ours / raw, ms for one slip, the file sizes and peak RSS.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from itertools import groupby
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_oms.printing.documents import PageSize, Party, ShopHeader, Slip, SlipLine  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周"
GIVEN = ("芳", "伟", "娜", "秀英", "敏", "静", "丽", "强", "磊", "洋")
PLACES = (("浙江省", "杭州市", "西湖区文三路"), ("北京市", "北京市", "朝阳区建国路"), ("上海市", "上海市", "浦东新区世纪大道"),
          ("广东省", "广州市", "天河区体育西路"), ("四川省", "成都市", "武侯区人民南路"), ("臺灣", "臺北市", "信義區松仁路"))
PRODUCTS = ("有机绿茶 Organic Green Tea 250g", "竹纤维毛巾 Bamboo Towel (Grey)", "手工陶瓷杯 Handmade Ceramic Mug 350ml",
            "純棉床單 Cotton Bed Sheet 1.8m", "LED 台灯 Desk Lamp, warm white", "保温杯 Vacuum Flask 500ml 黑色",
            "香薰蜡烛 Scented Candle – Osmanthus 桂花", "帆布包 Canvas Tote Bag")
SHOP = ShopHeader("青禾生活 Qinghe Living", ("杭州市西湖区文三路 90 号 3 楼", "Hangzhou 310012, China"),
                  "+86 571 8888 6666", "service@qinghe.example")


def make_slips(n: int, seed: int, line_count: int | None = None) -> list[Slip]:
    rng = random.Random(seed)
    start = datetime(2026, 12, 1, tzinfo=UTC)
    slips = []
    for i in range(n):
        province, city, street = PLACES[i % len(PLACES)]
        name = SURNAMES[i % 10] + GIVEN[(i // 10) % 10]
        lines = tuple(SlipLine(f"SKU-{k:05d}", PRODUCTS[k % len(PRODUCTS)], rng.randint(1, 3), f"69012{k:08d}")
                      for k in rng.sample(range(2000), line_count or rng.randint(5, 30)))
        slips.append(Slip(
            order_no=f"SO-{100000 + i}", created_at=start + timedelta(minutes=7 * i), shop=SHOP,
            ship_to=Party(name, (f"{street} {i % 300 + 1} 号 {i % 20 + 1} 室", f"{100000 + i % 900} {province} {city}",
                                 "CN"), f"138{i:08d}"),
            lines=lines, payment=f"Alipay 支付宝 · CNY {rng.randint(20, 2000)}.00",
            notes="请在工作日送货，放在前台。Please leave at the front desk." if i % 3 == 0 else "",
            gift_message="生日快乐！Happy birthday" if i % 5 == 0 else ""))
    return slips


def ours(slips: list[Slip], path: Path) -> tuple[float, int]:
    from desktop_oms.printing.slips import render_slips

    t0 = time.perf_counter()
    pages = render_slips(slips, path, PageSize.A4)
    return time.perf_counter() - t0, pages


def raw(slips: list[Slip], path: Path) -> tuple[float, int]:
    from reportlab.graphics.barcode import qrencoder
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from desktop_oms.printing.fonts import register

    font = register()
    t0 = time.perf_counter()
    canv = Canvas(str(path), pagesize=A4, initialFontName=font)
    width, height = A4
    pages = 0

    def text(x: float, y: float, s: str, size: float = 9) -> None:
        canv.setFont(font, size)
        canv.drawString(x, y, s)

    def footer(n: int) -> None:
        nonlocal pages
        text(42, 30, f"{slip.order_no} · {slip.shop.name}", 7)
        text(500, 30, f"Page {n}", 7)
        canv.showPage()
        pages += 1

    for slip in slips:
        text(42, 800, slip.shop.name, 12)
        for k, line in enumerate(slip.shop.address_lines):
            text(42, 786 - 10 * k, line, 7.5)
        text(230, 805, slip.order_no, 14)
        Code128(slip.code, barWidth=1.1, barHeight=34, humanReadable=0, quiet=0).drawOn(canv, 230, 760)
        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(slip.code)
        qr.make()
        box = 66 / (len(qr.modules) + 4)
        path_ = canv.beginPath()
        for r, row in enumerate(qr.modules):
            c = 0
            for dark, run in groupby(bool(m) for m in row):
                k = len(list(run))
                if dark:
                    path_.rect(487 + (2 + c) * box, 805 - (r + 3) * box, k * box, box)
                c += k
        canv.drawPath(path_, stroke=0, fill=1)
        text(42, 730, f"{slip.created_at:%Y-%m-%d %H:%M}   {slip.payment}")
        text(42, 705, slip.ship_to.name, 11)
        for k, line in enumerate(slip.ship_to.lines):
            text(42, 690 - 11 * k, line)
        text(42, 645, slip.ship_to.phone, 8)
        y, page = 615.0, 1
        for n, ln in enumerate(slip.lines, start=1):
            if y < 60:
                footer(page)
                page, y = page + 1, 790.0
            text(42, y, str(n), 8)
            text(62, y, ln.sku)
            text(160, y, ln.name)
            Code128(ln.barcode, barWidth=0.9, barHeight=12, humanReadable=0, quiet=0).drawOn(canv, 400, y - 4)
            text(540, y, str(ln.qty), 11)
            y -= 24
        for note in (slip.notes, slip.gift_message):
            if note:
                text(42, y - 10, note)
                y -= 22
        footer(page)
    canv.save()
    return time.perf_counter() - t0, pages


def one_slip_cold(path: Path) -> float:
    code = ("import sys, time; t = time.perf_counter(); sys.path.insert(0, sys.argv[1]); "
            "sys.path.insert(0, sys.argv[2]); import slips as b; "
            "from desktop_oms.printing.slips import render_slips; "
            "render_slips(b.make_slips(1, 8, line_count=8), sys.argv[3]); print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code, str(ROOT), str(ROOT / "bench"), str(path)],
                         check=True, capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1])


def one_slip_warm(path: Path) -> float:
    from desktop_oms.printing.slips import render_slips

    slip = make_slips(1, 8, line_count=8)
    times = []
    for _ in range(20):
        t0 = time.perf_counter()
        render_slips(slip, path)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--slips", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the PDFs")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-slips-"))
    slips = make_slips(args.slips, args.seed)
    lines = sum(len(s.lines) for s in slips)
    from desktop_oms.printing.fonts import register

    register()  # both sides draw with the font already parsed
    cold = one_slip_cold(folder / "cold.pdf")
    warm = one_slip_warm(folder / "warm.pdf")
    mine_s, mine_pages = ours(slips, folder / "ours.pdf")
    rss_ours = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    floor_s, floor_pages = raw(slips, folder / "raw.pdf")
    n = len(slips)
    print(f"{n:,} A4 slips, {lines:,} lines, Chinese addresses, Code 128 per order and per line, QR per order")
    print(f"ours  {mine_s:6.2f} s  {mine_pages:5,} pages  {mine_pages / mine_s:6.1f} pages/s  {n / mine_s:6.1f} slips/s"
          f"  {(folder / 'ours.pdf').stat().st_size / 1e6:5.1f} MB  peak RSS {rss_ours:.0f} MB")
    print(f"raw   {floor_s:6.2f} s  {floor_pages:5,} pages  {floor_pages / floor_s:6.1f} pages/s  "
          f"{n / floor_s:6.1f} slips/s  {(folder / 'raw.pdf').stat().st_size / 1e6:5.1f} MB")
    print(f"ratio ours / raw = {(n / mine_s) / (n / floor_s):.2f} (slips/s)")
    print(f"one 8-line slip: {cold * 1000:.0f} ms in a fresh process (imports + font), "
          f"{warm * 1000:.0f} ms warm (median of 20) — target < 1000 ms")
    if args.keep:
        print(f"PDFs in {folder}")
    else:
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
