"""The pick list of a wave: what to fetch from where (one row per product, in walking order), then the
orders to sort the goods into, with a box to tick on each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, Paragraph, Spacer, Table

from desktop_oms.printing import drawing as d
from desktop_oms.printing.barcodes import Barcode128
from desktop_oms.printing.documents import PageSize, PickItem, PickList, labels_for
from desktop_oms.printing.pages import Decorate, Margins, StartDocument, Writer

__all__ = ["render_pick_list"]

REF_CHARS = (600, 220)  # order refs beside one product, in characters (page, label): a row must fit a page


@dataclass(frozen=True)
class _Layout:
    compact: bool
    base: float
    margins: Margins


_PAGE = _Layout(False, 9, Margins(14 * mm, 14 * mm, 13 * mm, 17 * mm, 21 * mm))
_LABEL = _Layout(True, 7, Margins(4 * mm, 4 * mm, 4 * mm, 7.5 * mm, 10 * mm))


def render_pick_list(pick: PickList, out: str | Path | BinaryIO, size: PageSize = PageSize.A4) -> int:
    """Draw the pick list into a PDF at `out`; returns the number of pages."""
    size = PageSize(size)
    lay = _LABEL if size is PageSize.LABEL_4X6 else _PAGE
    st = d.styles(lay.base)
    writer = Writer(str(out) if isinstance(out, Path) else out, size, lay.margins, _decorator(lay),
                    title=f"Pick list {d.clean(pick.wave, 60)}")
    width = writer.frame_width
    story: list[Flowable] = [StartDocument(d.clean(pick.wave, 60)), NextPageTemplate("later"),
                             _header(pick, lay, st, width), Spacer(1, 4 * mm), _items(pick.items, lay, st, width, labels_for(pick.shop))]
    if pick.orders:
        story += [CondPageBreak(60), Spacer(1, 6 * mm), d.caption("Orders in this wave — sort the goods into these",
                                                                 st),
                  Spacer(1, 1.5 * mm), _orders(pick, lay, st, width)]
    writer.add(story)
    return writer.close()


def _decorator(lay: _Layout) -> Decorate:
    m = lay.margins
    size = lay.base * 0.85

    def decorate(canv: Canvas, wave: str, n: int, of: int) -> None:
        width, height = canv.page_size
        right = width - m.right
        usable = right - m.left
        y = m.bottom - (3.2 * mm if lay.compact else 7 * mm)
        canv.setStrokeColor(d.RULE)
        canv.setLineWidth(0.5)
        canv.line(m.left, y + size * 1.4, right, y + size * 1.4)
        d.edge_text(canv, m.left, y, f"Pick list {wave}", size, width=usable * 0.7)
        d.edge_text(canv, right, y, f"Page {n} of {of}", size, width=usable * 0.3, align="right")
        if n > 1:
            top = height - m.top - size
            d.edge_text(canv, m.left, top, f"Pick list {wave} (continued)", size * 1.1, width=usable)
            canv.line(m.left, top - size * 0.6, right, top - size * 0.6)

    return decorate


def _header(pick: PickList, lay: _Layout, st: d.Styles, width: float) -> Table:
    units = sum(max(0, i.qty) for i in pick.items)
    by = f" by {d.markup(pick.created_by, 60)}" if d.clean(pick.created_by) else ""
    shop = f" · {d.markup(pick.shop.name, 80)}" if d.clean(pick.shop.name) else ""
    left: list[Flowable] = [
        d.caption(labels_for(pick.shop)("Pick list 拣货单"), st), d.Bold(d.markup(pick.wave, 60), st.title),
        Spacer(1, 1), Paragraph(f"Created {d.when(pick.created_at, pick.shop.timezone)}{by}{shop}", st.muted), Spacer(1, 1.5 * mm),
        Paragraph(f"{_count(len(pick.orders), 'order')} · {_count(len(pick.items), 'product')} · "
                  f"{_count(units, 'unit')}", st.strong)]
    code_w = min(190.0, width * 0.45)
    code = Barcode128(pick.wave, st, bar_height=26 if lay.compact else 34, max_bar=1.2)
    return d.grid([[left, code]], [width - code_w, code_w],
                  [("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"), *d.pad(0, 0, 3 * mm, 0),
                   ("LINEBELOW", (0, 0), (-1, 0), 1.2, d.INK)])


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _refs(item: PickItem, budget: int) -> str:
    """"SO-1001 ×2, SO-1007 ×1", cut to about `budget` characters with "and N more"."""
    shown: list[str] = []
    used = 0
    for ref, qty in item.orders:
        text = f"{d.clean(ref, 40)} ×{qty}"
        if shown and used + len(text) > budget:
            break
        shown.append(escape(text).replace(" ×", "&nbsp;×"))
        used += len(text) + 2
    more = len(item.orders) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def _items(items: tuple[PickItem, ...], lay: _Layout, st: d.Styles, width: float, z: Callable[[str], str]) -> Table:
    box = lay.base * 1.3
    widths: list[float]
    names: tuple[str, ...]
    if lay.compact:
        widths, names = [box + 6, 44, 0, 26, 74], ("", "Location 库位", "Item 商品", "Qty 数量", "Orders 订单")
    else:
        widths, names = [box + 8, 58, 112, 0, 36, 128], ("", "Location 库位", "SKU / barcode 条码", "Item 商品", "Qty 数量", "Orders 订单")
    widths[names.index("Item 商品")] = width - sum(widths)
    rows: list[list[Any]] = [[Paragraph(z(n), st.head_right if n.startswith("Qty") else st.head) for n in names]]
    for item in items:
        sku: list[Flowable] = [Paragraph(d.markup(item.sku, 80), st.cell)]
        if item.barcode:
            sku.append(Spacer(1, 2))
            sku.append(Barcode128(item.barcode, st, bar_height=11, max_bar=0.9) if not lay.compact
                       else Paragraph(d.markup(item.barcode, 60), st.caption))
        where = d.Bold(d.markup(item.location, 40), st.strong) if d.clean(item.location) else \
            Paragraph("—", st.muted)
        name = Paragraph(d.markup(item.name, 200), st.cell)
        cells = [d.Checkbox(box), where, *([[*sku[:1], name, *sku[1:]]] if lay.compact else [sku, name]),
                 d.Figure(item.qty, st.qty.fontSize), Paragraph(_refs(item, REF_CHARS[lay.compact]), st.small)]
        rows.append(cells)
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), d.HEAD), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, d.SHADE]),
        *d.pad(3, 4, 4, 4), ("LINEBELOW", (0, -1), (-1, -1), 1, d.INK)]
    if not items:
        rows.append(["", Paragraph("Nothing left to pick.", st.muted), *[""] * (len(names) - 2)])
        commands.append(("SPAN", (1, 1), (-1, 1)))
    return d.grid(rows, widths, commands, repeatRows=1)


def _orders(pick: PickList, lay: _Layout, st: d.Styles, width: float) -> Table:
    box = lay.base * 1.3
    widths = [box + 6, 18, 80, 0, 30] if lay.compact else [box + 8, 22, 150, 0, 40]
    widths[3] = width - sum(widths)
    z = labels_for(pick.shop)
    rows: list[list[Any]] = [[Paragraph(z(n), st.head_right if n.startswith("Units") else st.head)
                              for n in ("", "#", "Order 订单", "Ship to 收货人", "Units 件数")]]
    for n, order in enumerate(pick.orders, start=1):
        ref: list[Flowable] = [d.Bold(d.markup(order.ref, 60), st.strong)]
        if not lay.compact:
            ref.append(Barcode128(order.ref, st, bar_height=10, max_bar=0.9, show_text=False))
        rows.append([d.Checkbox(box), Paragraph(str(n), st.muted), ref,
                     Paragraph(d.markup(order.ship_to, 200), st.cell), d.Figure(order.units, st.qty.fontSize)])
    return d.grid(rows, widths, [
        ("BACKGROUND", (0, 0), (-1, 0), d.HEAD), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, d.SHADE]),
        *d.pad(3, 4, 4, 4), ("LINEBELOW", (0, -1), (-1, -1), 1, d.INK)], repeatRows=1)
