"""Code 128 and QR codes drawn as single filled paths, with their text in the embedded font."""

from __future__ import annotations

from itertools import groupby

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, Paragraph

from desktop_oms.printing.drawing import MUTED, Styles, fit, markup
from desktop_oms.printing.fonts import FONT

MIN_BAR = 0.0075 * inch  # 7.5 mil, the narrowest Code 128 module scanners are specified for
QUIET = 10  # modules of white each side of a Code 128


def code128_ok(value: str) -> bool:
    return bool(value) and len(value) <= 80 and all(" " <= ch <= "~" for ch in value)


class Barcode128(Flowable):  # type: ignore[misc]
    """A Code 128 of `value` with its text beneath in our font, narrowed to fit its space.

    Falls back to the text alone (wrapped) when the value cannot be a Code 128 (not ASCII, too
    long) or the bars would be narrower than scanners read. The bars are one filled path written
    in module units under one transformation: short integers, cheap to format."""

    def __init__(self, value: str, st: Styles, *, bar_height: float, max_bar: float = 1.0,
                 show_text: bool = True) -> None:
        super().__init__()
        self.value = value
        self.bar_height = bar_height
        self.max_bar = max_bar
        self.ops = ""
        self.modules = 0
        if code128_ok(value):
            code = Code128(value, barWidth=1, quiet=0)
            code.validate()
            code.encode()
            ops, x = [], QUIET
            for ch in code.decompose():
                w = ord(ch.lower()) - ord("a") + 1
                if ch.isupper():
                    ops.append(f"{x} 0 {w} 1 re")
                x += w
            self.ops, self.modules = " ".join(ops), x + QUIET
        self.text_size = st.code.fontSize if show_text else 0.0
        self.fallback = Paragraph(markup(value, 120), st.small)
        self.bar = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.bar = min(self.max_bar, avail_width / self.modules) if self.modules else 0.0
        if self.bar < MIN_BAR:
            self.bar = 0.0
            self.width, self.height = self.fallback.wrap(avail_width, avail_height)
            return self.width, self.height
        self.width = self.bar * self.modules
        self.height = self.bar_height + (self.text_size * 1.25 + 1 if self.text_size else 0.0)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        if not self.bar:
            self.fallback.drawOn(canv, 0, 0)
            return
        canv.saveState()
        if self.text_size:
            canv.setFont(FONT, self.text_size)
            canv.setFillColor(MUTED)
            canv.drawCentredString(self.width / 2, self.text_size * 0.3, fit(self.value, self.text_size, self.width))
        canv.setFillColor(colors.black)
        canv.addLiteral(f"{fp_str(self.bar, 0, 0, self.bar_height, 0, self.height - self.bar_height)} cm "
                        f"{self.ops} f")
        canv.restoreState()


class QrCode(Flowable):  # type: ignore[misc]
    """A QR code encoded once and drawn as one path of row runs in module units (ReportLab's widget
    encodes twice and draws a rectangle per module: four times slower). Raises ValueError if the
    value cannot be encoded."""

    def __init__(self, value: str, size: float, *, border: int = 2) -> None:
        super().__init__()
        if not value or len(value.encode()) > 300:
            raise ValueError("nothing to encode, or too long for a small QR code")
        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(value)
        qr.make()
        count = len(qr.modules)
        ops = []
        for r, row in enumerate(qr.modules):
            c = 0
            for dark, run in groupby(bool(m) for m in row):
                n = len(list(run))
                if dark:  # a hair taller than a module, so viewers show no seams between rows
                    ops.append(f"{c} {count - 1 - r} {n} 1.02 re")
                c += n
        self.ops = " ".join(ops)
        self.box = size / (count + 2 * border)
        self.border = border
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(colors.black)
        at = self.border * self.box
        canv.addLiteral(f"{fp_str(self.box, 0, 0, self.box, at, at)} cm {self.ops} f")
        canv.restoreState()
