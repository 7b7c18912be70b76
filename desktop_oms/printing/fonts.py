"""The one font every printed document uses: WenQuanYi Micro Hei, shipped in the package and embedded.

ReportLab's built-in CJK fonts (`UnicodeCIDFont('STSong-Light')`) and its standard-14 fonts are
never embedded, so a printer or viewer without them shows blanks. We bundle an openly licensed
TrueType collection (Apache-2.0; licence beside it in `resources/fonts/`) that covers simplified
and traditional Chinese and Latin, and register it once per process as a ReportLab `TTFont`,
which embeds the subset of glyphs each PDF uses.
"""

from __future__ import annotations

import io
import threading
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "WQYMicroHei"
FONT_FILE = "wqy-microhei.ttc"
SUBFONT = 0  # 0 = WenQuanYi Micro Hei (proportional), 1 = the Mono face

_lock = threading.Lock()
_registered = False


def font_bytes() -> bytes:
    """The bundled font file, read through importlib.resources (works installed, zipped or frozen)."""
    return (resources.files("desktop_oms") / "resources" / "fonts" / FONT_FILE).read_bytes()


def register() -> str:
    """Register the font with ReportLab (once per process, thread-safe) and return its name.

    Bold, italic and bold italic map to the same face: the font has no bold, so the renderers
    draw headings fake-bold (fill + stroke) where they want weight."""
    global _registered
    if _registered:
        return FONT
    with _lock:
        if not _registered:
            pdfmetrics.registerFont(TTFont(FONT, io.BytesIO(font_bytes()), subfontIndex=SUBFONT))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT, bold, italic, FONT)
            _registered = True
    return FONT
