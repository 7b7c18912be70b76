"""What the printed documents are made of: safe text, paragraph styles, tables in our font, tick boxes.

Every text that reaches a `Paragraph` goes through `markup()` first: it escapes `&`, `<` and `>`
(so `<img src=...>` in a customer's name prints literally and ReportLab fetches nothing), drops
control characters and cuts absurdly long values, so one bad row cannot break a batch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desktop_oms.printing.fonts import FONT, register

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#9aa0a6")
SHADE = colors.HexColor("#f1f3f4")
HEAD = colors.HexColor("#2b2f33")

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")


def clean(value: object, limit: int = 300) -> str:
    """Plain text for a printed field: no control characters, runs of blanks as one, at most `limit` chars."""
    text = _CONTROL.sub("", str(value if value is not None else ""))
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def markup(value: object, limit: int = 300, *, lines: int = 1) -> str:
    """Untrusted text made safe for a ReportLab Paragraph: escaped, cut to `limit` characters, and
    its first `lines` lines kept as lines (<br/>), the rest run on with spaces."""
    parts = escape(clean(value, limit)).split("\n")
    return "<br/>".join(parts[:lines]) + "".join(f" {p}" for p in parts[lines:])


def when(moment: datetime, zone: str = "") -> str:
    """A timestamp as the packer reads it: in the shop's time zone (or this computer's), to the minute."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        local = moment.astimezone(ZoneInfo(zone)) if zone else moment.astimezone()
    except (ZoneInfoNotFoundError, ValueError):
        local = moment.astimezone()
    return local.strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class Styles:
    """Paragraph styles for one base font size (9 pt on A4/Letter, smaller on a label)."""

    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    caption: ParagraphStyle
    strong: ParagraphStyle
    name: ParagraphStyle
    title: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    cell: ParagraphStyle
    qty: ParagraphStyle
    strong_right: ParagraphStyle
    caption_right: ParagraphStyle
    code: ParagraphStyle
    note: ParagraphStyle
    gift: ParagraphStyle


def styles(base: float) -> Styles:
    font = register()

    def style(name: str, size: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("leading", size * 1.28)
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, fontName=font, fontSize=size, splitLongWords=1, **kw)

    boxed = {"borderWidth": 0.6, "borderPadding": (base * 0.55, base * 0.7), "leftIndent": base * 0.7,
             "rightIndent": base * 0.7, "spaceBefore": base * 0.9, "spaceAfter": base * 0.6}
    return Styles(
        body=style("body", base),
        small=style("small", base * 0.85),
        muted=style("muted", base * 0.85, textColor=MUTED),
        caption=style("caption", base * 0.72, textColor=MUTED, leading=base * 0.95),
        strong=style("strong", base * 1.05),
        name=style("name", base * 1.22),
        title=style("title", base * 1.6, leading=base * 1.9),
        head=style("head", base * 0.85, textColor=colors.white),
        head_right=style("head_right", base * 0.85, textColor=colors.white, alignment=TA_RIGHT),
        cell=style("cell", base),
        qty=style("qty", base * 1.25, alignment=TA_RIGHT),
        strong_right=style("strong_right", base * 1.05, alignment=TA_RIGHT),
        caption_right=style("caption_right", base * 0.72, textColor=MUTED, leading=base * 0.95,
                            alignment=TA_RIGHT),
        code=style("code", base * 0.72, textColor=MUTED, alignment=TA_CENTER, leading=base * 0.9),
        note=style("note", base, backColor=SHADE, borderColor=RULE, **boxed),
        gift=style("gift", base, backColor=colors.HexColor("#fdf6e3"), borderColor=colors.HexColor("#c9a227"),
                   **boxed),
    )


class Bold(Paragraph):  # type: ignore[misc]
    """A Paragraph drawn fake-bold (fill and stroke): the bundled font has no bold face."""

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(self.style.textColor)
        canv.setLineWidth(self.style.fontSize * 0.035)
        mode = canv.beginText()
        mode.setTextRenderMode(2)  # text render mode is graphics state: it holds until restoreState
        canv.drawText(mode)
        super().draw()
        canv.restoreState()


def grid(rows: Sequence[Sequence[Any]], widths: Sequence[float], commands: Sequence[tuple[Any, ...]],
         *, text: ParagraphStyle | None = None, **kwargs: Any) -> Table:
    """A Table whose every cell is set in our font (an empty string cell would pull in Helvetica,
    which is never embedded); plain string cells take the size and colour of `text`."""
    table = Table([list(r) for r in rows], colWidths=list(widths), **kwargs)
    plain: list[tuple[Any, ...]] = [("FONTNAME", (0, 0), (-1, -1), FONT)]
    if text is not None:
        plain += [("FONTSIZE", (0, 0), (-1, -1), text.fontSize), ("LEADING", (0, 0), (-1, -1), text.leading),
                  ("TEXTCOLOR", (0, 0), (-1, -1), text.textColor)]
    table.setStyle(TableStyle([*plain, *commands]))
    return table


def cell(value: object, style: ParagraphStyle, width: float, limit: int = 300) -> str | Paragraph:
    """A table cell's text: the plain string when it fits on one line of `width` (a Table draws that
    as is: no markup parsing, no line breaking, several times cheaper), else a wrapping Paragraph.
    The table must set plain cells in `style` (grid's `text`)."""
    text = clean(value, limit)
    if "\n" not in text and stringWidth(text, FONT, style.fontSize) <= width:
        return text
    return Paragraph(markup(text, limit), style)


def pad(top: float, right: float, bottom: float, left: float) -> list[tuple[Any, ...]]:
    """Cell padding commands for a whole table."""
    return [(f"{side}PADDING", (0, 0), (-1, -1), v)
            for side, v in (("TOP", top), ("RIGHT", right), ("BOTTOM", bottom), ("LEFT", left))]


def caption(text: str, st: Styles) -> Paragraph:
    """A small grey heading over a block: our own words, still escaped."""
    return Paragraph(escape(text.upper()), st.caption)


class Figure(Flowable):  # type: ignore[misc]
    """A short number drawn fake-bold at the right of its cell: a quantity (far cheaper than a Paragraph)."""

    def __init__(self, value: int | str, size: float) -> None:
        super().__init__()
        self.text = fit(clean(value, 20), size, size * 8)
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, self.size * 1.2
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(INK)
        canv.setStrokeColor(INK)
        canv.setLineWidth(self.size * 0.035)
        text = canv.beginText(self.width - stringWidth(self.text, FONT, self.size), self.size * 0.25)
        text.setFont(FONT, self.size)
        text.setTextRenderMode(2)
        text.textOut(self.text)
        canv.drawText(text)
        canv.restoreState()


class Checkbox(Flowable):  # type: ignore[misc]
    """An empty square to tick with a pen."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        self.canv.restoreState()


def fit(text: str, size: float, width: float) -> str:
    """`text` cut (with an ellipsis) to one line of at most `width` points."""
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def edge_text(canv: Canvas, x: float, y: float, text: str, size: float, *, width: float,
              align: str = "left") -> None:
    """One line of text at the page edge (running header, footer), cut to `width`, in the embedded font."""
    line = fit(clean(text, 200).replace("\n", " "), size, width)
    canv.setFont(FONT, size)
    canv.setFillColor(MUTED)
    draw = {"left": canv.drawString, "right": canv.drawRightString, "centre": canv.drawCentredString}[align]
    draw(x, y, line)
