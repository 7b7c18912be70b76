"""Packing slips: one PDF for a batch, each slip numbered "Page n of m" on its own, A4, Letter or a 4×6 label."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sized
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer, Table

from desktop_oms.printing import drawing as d
from desktop_oms.printing.barcodes import Barcode128, QrCode
from desktop_oms.printing.documents import Cancelled, PageSize, Party, ShopHeader, Slip, SlipLine, labels_for
from desktop_oms.printing.pages import Decorate, Margins, StartDocument, Writer

__all__ = ["Cancelled", "render_slips"]

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class _Layout:
    compact: bool  # the 4×6 label
    base: float  # body font size
    margins: Margins
    logo: tuple[float, float]  # largest logo box
    qr: float
    bar_height: float  # the order's Code 128
    item_bar: float  # an item's Code 128; 0 prints its digits


_PAGE = _Layout(False, 9, Margins(15 * mm, 15 * mm, 13 * mm, 18 * mm, 22 * mm), (42 * mm, 16 * mm), 66, 34, 12)
_LABEL = _Layout(True, 7.5, Margins(4 * mm, 4 * mm, 4 * mm, 7.5 * mm, 10 * mm), (0, 0), 50, 36, 0)
_LAYOUTS = {PageSize.A4: _PAGE, PageSize.LETTER: _PAGE, PageSize.LABEL_4X6: _LABEL}


@dataclass(frozen=True)
class _Key:
    """What a slip's running header and footer say."""

    order_no: str
    parcel: str
    ship_to: str
    shop: str


class _Logos:
    """Each shop logo read once per batch; a missing or unreadable file is no logo, never an error."""

    def __init__(self) -> None:
        self._readers: dict[str, ImageReader | None] = {}

    def get(self, path: str) -> ImageReader | None:
        if path not in self._readers:
            self._readers[path] = self._read(path)
        return self._readers[path]

    @staticmethod
    def _read(path: str) -> ImageReader | None:
        try:
            if not path or not Path(path).is_file():  # a local file only: ImageReader would fetch a URL
                return None
            reader = ImageReader(path)
            width, height = reader.getSize()
            return reader if width > 0 and height > 0 else None
        except Exception:  # a broken logo must not stop a batch of slips
            return None


class _Logo(Flowable):  # type: ignore[misc]
    def __init__(self, reader: ImageReader, box: tuple[float, float]) -> None:
        super().__init__()
        w, h = reader.getSize()
        scale = min(box[0] / w, box[1] / h)
        self.reader, self.width, self.height = reader, w * scale, h * scale

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height, mask="auto")


def render_slips(slips: Iterable[Slip], out: str | Path | BinaryIO, size: PageSize = PageSize.A4, *,
                 progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                 total: int | None = None) -> int:
    """Draw every slip into one PDF at `out` and return the number of pages written.

    `slips` is read lazily, one slip at a time; `progress(done, total)` follows each slip and
    `cancelled()` is asked before each: when it turns true, Cancelled is raised and nothing is
    written to `out` (the caller removes the file it opened)."""
    lay = _LAYOUTS[PageSize(size)]
    st = d.styles(lay.base)
    logos = _Logos()
    if total is None:
        total = len(slips) if isinstance(slips, Sized) else 0
    writer = Writer(str(out) if isinstance(out, Path) else out, PageSize(size), lay.margins, _decorator(lay),
                    title="Packing slips")
    done = 0
    for slip in slips:
        if cancelled is not None and cancelled():
            raise Cancelled(done)
        story: list[Flowable] = [NextPageTemplate("first"), PageBreak()] if done else []
        story.append(StartDocument(_key(slip)))
        story.append(NextPageTemplate("later"))
        story.extend(_label(slip, lay, st, writer.frame_width) if lay.compact else
                     _page(slip, lay, st, writer.frame_width, logos))
        writer.add(story)
        done += 1
        if progress is not None:
            progress(done, max(total, done))
    if cancelled is not None and cancelled():
        raise Cancelled(done)
    if not done:  # a PDF needs a page
        writer.add([StartDocument(_Key("", "", "", "")), Paragraph("No packing slips in this batch.", st.muted)])
    return writer.close()


def _key(slip: Slip) -> _Key:
    parcel = f"parcel {slip.parcel[0]} of {slip.parcel[1]}" if slip.parcel else ""
    return _Key(d.clean(slip.order_no, 60), parcel, d.clean(slip.ship_to.name, 60), d.clean(slip.shop.name, 60))


def _decorator(lay: _Layout) -> Decorate:
    m = lay.margins
    size = lay.base * (0.85 if lay.compact else 0.8)

    def decorate(canv: Canvas, key: _Key, n: int, of: int) -> None:
        width, height = canv.page_size
        right = width - m.right
        usable = right - m.left
        y = m.bottom - (3.2 * mm if lay.compact else 7 * mm)
        canv.setStrokeColor(d.RULE)
        canv.setLineWidth(0.5)
        canv.line(m.left, y + size * 1.4, right, y + size * 1.4)
        page = f"Page {n} of {of}"
        left = " · ".join(x for x in (key.order_no, key.parcel, "" if lay.compact else key.shop) if x)
        d.edge_text(canv, m.left, y, left, size, width=usable * 0.7)
        d.edge_text(canv, right, y, page, size, width=usable * 0.3, align="right")
        if n > 1:  # a running header on continuation pages
            top = height - m.top - size
            d.edge_text(canv, m.left, top, f"{key.order_no} · packing slip (continued)", size * 1.1,
                        width=usable * 0.6)
            d.edge_text(canv, right, top, key.ship_to, size * 1.1, width=usable * 0.38, align="right")
            canv.line(m.left, top - size * 0.6, right, top - size * 0.6)

    return decorate


# --- A4 / Letter -------------------------------------------------------------------------------


def _page(slip: Slip, lay: _Layout, st: d.Styles, width: float, logos: _Logos) -> list[Flowable]:
    story: list[Flowable] = [_header(slip, lay, st, width, logos), Spacer(1, 3 * mm),
                             _facts(slip, st, width), Spacer(1, 4 * mm),
                             _parties(slip, st, width), Spacer(1, 5 * mm),
                             _lines(slip.lines, lay, st, width, labels_for(slip.shop))]
    story.extend(_messages(slip, st))
    return story


def _header(slip: Slip, lay: _Layout, st: d.Styles, width: float, logos: _Logos) -> Table:
    shop: list[Flowable] = []
    reader = logos.get(slip.shop.logo_path)
    if reader is not None:
        shop += [_Logo(reader, lay.logo), Spacer(1, 2 * mm)]
    shop += _shop(slip.shop, st)
    order: list[Flowable] = [d.caption(labels_for(slip.shop)("Packing slip 装箱单"), st), d.Bold(d.markup(slip.order_no, 60), st.title),
                             Spacer(1, 1.5 * mm),
                             Barcode128(slip.code, st, bar_height=lay.bar_height, max_bar=1.2)]
    code_w, qr_w = 200.0, lay.qr + 8
    return d.grid([[shop, order, _qr(slip.code, lay.qr) or ""]], [width - code_w - qr_w, code_w, qr_w],
                  [("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (2, 0), (2, 0), "RIGHT"),
                   *d.pad(0, 6, 3 * mm, 0), ("LINEBELOW", (0, 0), (-1, 0), 1.2, d.INK)])


def _shop(shop: ShopHeader, st: d.Styles) -> list[Flowable]:
    parts: list[Flowable] = []
    if shop.name:
        parts.append(d.Bold(d.markup(shop.name, 120), st.name))
    lines = [d.markup(x, 160) for x in shop.address_lines[:5] if x]
    contact = " · ".join(d.markup(x, 80) for x in (shop.phone, shop.email) if x)
    if lines or contact:
        parts.append(Paragraph("<br/>".join([*lines, contact] if contact else lines), st.muted))
    return parts


def _qr(value: str, size: float) -> Flowable | None:
    try:
        return QrCode(value, size)
    except Exception:  # a value the encoder refuses: the Code 128 and the text remain
        return None


def _units(lines: tuple[SlipLine, ...]) -> str:
    units = sum(max(0, ln.qty) for ln in lines)
    return f"{len(lines)} {'line' if len(lines) == 1 else 'lines'} · {units} {'unit' if units == 1 else 'units'}"


def _facts(slip: Slip, st: d.Styles, width: float) -> Table:
    z = labels_for(slip.shop)
    cells = [(z("Order date 下单时间"), d.when(slip.created_at, slip.shop.timezone), 0.22)]
    if d.clean(slip.payment):
        cells.append((z("Payment 付款"), d.markup(slip.payment, 120), 0.42))
    if slip.parcel:
        cells.append((z("Parcel 包裹"), f"{slip.parcel[0]} of {slip.parcel[1]}", 0.14))
    cells.append((z("Contents 件数"), _units(slip.lines), 0.22))
    share = sum(c[2] for c in cells)
    return d.grid([[[d.caption(label, st), Paragraph(value, st.strong)] for label, value, _ in cells]],
                  [width * c[2] / share for c in cells],
                  [("BACKGROUND", (0, 0), (-1, -1), d.SHADE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   *d.pad(5, 6, 6, 7), ("LINEAFTER", (0, 0), (-2, 0), 1, colors.white)])


def _party(title: str, party: Party | None, st: d.Styles, *, empty: str = "", compact: bool = False
           ) -> list[Flowable]:
    """An address block, capped (it sits in a table cell, and a table row must fit on one page)."""
    block: list[Flowable] = [d.caption(title, st)]
    if party is None:
        return [*block, Paragraph(d.markup(empty), st.muted)]
    name_cap, line_cap, lines_cap, total = (50, 80, 4, 200) if compact else (80, 120, 5, 360)
    if party.name:
        block.append(d.Bold(d.markup(party.name, name_cap), st.name))
    lines: list[str] = []
    for line in party.lines[:lines_cap]:
        text = d.clean(line, min(line_cap, total))
        if text:
            lines.append(d.markup(text, line_cap))
            total -= len(text)
        if total <= 1:
            break
    if lines:
        block.append(Paragraph("<br/>".join(lines), st.body))
    if party.phone:
        block.append(Paragraph(f"Tel {d.markup(party.phone, 40)}", st.muted))
    return block


def _parties(slip: Slip, st: d.Styles, width: float) -> Table:
    gap = 5 * mm
    half = (width - gap) / 2
    z = labels_for(slip.shop)
    return d.grid([[_party(z("Ship to 收货人"), slip.ship_to, st), "",
                    _party(z("Bill to 付款人"), slip.bill_to, st, empty=z("Same as ship to 同收货人"))]], [half, gap, half],
                  [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (0, 0), 1.2, d.INK),
                   ("BOX", (2, 0), (2, 0), 0.6, d.RULE), *d.pad(6, 8, 8, 8)])


def _lines(lines: tuple[SlipLine, ...], lay: _Layout, st: d.Styles, width: float, z: Callable[[str], str]) -> Table:
    widths: list[float] = [20, 96, 0, 118, 40]
    widths[2] = width - sum(widths)
    head = [Paragraph(z(x), st.head) for x in ("#", "SKU", "Item 商品", "Barcode 条码")]
    rows: list[list[Any]] = [[*head, Paragraph(z("Qty 数量"), st.head_right)]]
    for i, ln in enumerate(lines, start=1):
        code: Any = ""
        if ln.barcode:
            code = Barcode128(ln.barcode, st, bar_height=lay.item_bar, max_bar=1.0)
        rows.append([str(i), d.cell(ln.sku, st.cell, widths[1] - 8, 120), d.cell(ln.name, st.cell, widths[2] - 8),
                     code, d.Figure(ln.qty, st.qty.fontSize)])
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), d.HEAD), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, d.SHADE]), *d.pad(3.5, 4, 3.5, 4),
        ("LINEABOVE", (0, -1), (-1, -1), 1, d.INK), ("SPAN", (0, -1), (3, -1)),
        ("FONTSIZE", (0, 1), (0, -1), st.muted.fontSize), ("TEXTCOLOR", (0, 1), (0, -1), d.MUTED)]
    if not lines:
        rows.append(["", Paragraph("No items in this parcel.", st.muted), "", "", ""])
        commands.append(("SPAN", (1, 1), (-1, 1)))
    rows.append([Paragraph(z("Total units 合计"), st.strong_right), "", "", "",
                 d.Figure(sum(max(0, ln.qty) for ln in lines), st.qty.fontSize)])
    return d.grid(rows, widths, commands, text=st.cell, repeatRows=1)


def _messages(slip: Slip, st: d.Styles) -> list[Flowable]:
    out: list[Flowable] = []
    z = labels_for(slip.shop)
    for title, text, style in (("Notes 备注", slip.notes, st.note), ("Gift message 礼品留言", slip.gift_message, st.gift)):
        if d.clean(text):
            out += [CondPageBreak(st.body.leading * 4), Spacer(1, 3 * mm), d.caption(z(title), st),
                    Paragraph(d.markup(text, 2000, lines=30), style)]
    return out


# --- 4×6 label ---------------------------------------------------------------------------------


def _label(slip: Slip, lay: _Layout, st: d.Styles, width: float) -> list[Flowable]:
    shop = [d.Bold(d.markup(slip.shop.name, 80), st.strong)] if slip.shop.name else []
    if slip.shop.address_lines:
        shop.append(Paragraph(d.markup(slip.shop.address_lines[0], 120), st.caption))
    z = labels_for(slip.shop)
    top = d.grid([[shop, [Paragraph(z("PACKING SLIP 装箱单"), st.caption_right), Paragraph(d.when(slip.created_at, slip.shop.timezone), st.caption_right)]]],
                 [width * 0.68, width * 0.32],
                 [("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"), *d.pad(0, 0, 3, 0),
                  ("LINEBELOW", (0, 0), (-1, 0), 1, d.INK)])
    order = [d.Bold(d.markup(slip.order_no, 60), st.name), Spacer(1, 2),
             Barcode128(slip.code, st, bar_height=lay.bar_height, max_bar=1.4)]
    code = d.grid([[order, _qr(slip.code, lay.qr) or ""]], [width - lay.qr - 4, lay.qr + 4],
                  [("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"), *d.pad(4, 0, 4, 0)])
    ship = d.grid([[_party(z("Ship to 收货人"), slip.ship_to, st, compact=True)]], [width],
                  [("BOX", (0, 0), (-1, -1), 1.2, d.INK), *d.pad(3, 5, 5, 5)])
    facts = " · ".join(x for x in (d.markup(slip.payment, 100),
                                   f"Parcel {slip.parcel[0]} of {slip.parcel[1]}" if slip.parcel else "",
                                   _units(slip.lines)) if x)
    story: list[Flowable] = [top, code, ship, Spacer(1, 3), Paragraph(facts, st.small), Spacer(1, 3),
                             _label_lines(slip.lines, st, width, labels_for(slip.shop))]
    story.extend(_messages(slip, st))
    return story


def _label_lines(lines: tuple[SlipLine, ...], st: d.Styles, width: float, z: Callable[[str], str]) -> Table:
    widths: list[float] = [74, 0, 26]
    widths[1] = width - sum(widths)
    rows: list[list[Any]] = [[Paragraph("SKU", st.head), Paragraph(z("Item 商品"), st.head),
                              Paragraph(z("Qty 数量"), st.head_right)]]
    for ln in lines:
        item: list[Flowable] = [Paragraph(d.markup(ln.name, 200), st.small)]
        if ln.barcode:
            item.append(Paragraph(d.markup(ln.barcode, 60), st.caption))
        rows.append([Paragraph(d.markup(ln.sku, 80), st.small), item, d.Figure(ln.qty, st.qty.fontSize)])
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), d.HEAD), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, d.SHADE]), *d.pad(2, 3, 2.5, 3)]
    if not lines:
        rows.append([Paragraph("No items in this parcel.", st.muted), "", ""])
        commands.append(("SPAN", (0, 1), (-1, 1)))
    return d.grid(rows, widths, commands, repeatRows=1)
