"""The bundled WenQuanYi Micro Hei for matplotlib, so Chinese product names draw as text, not boxes."""

from __future__ import annotations

import threading
from importlib import resources
from pathlib import Path

FAMILY = "WenQuanYi Micro Hei"
_lock = threading.Lock()
_done = False


def font_path() -> Path:
    return Path(str(resources.files("desktop_oms") / "resources" / "fonts" / "wqy-microhei.ttc"))


def register() -> str:
    """Add the font to matplotlib's font manager (once per process) and make it the default sans-serif."""
    global _done
    if _done:
        return FAMILY
    with _lock:
        if not _done:
            import matplotlib
            from matplotlib import font_manager

            font_manager.fontManager.addfont(str(font_path()))
            matplotlib.rcParams["font.family"] = "sans-serif"
            matplotlib.rcParams["font.sans-serif"] = [FAMILY, "DejaVu Sans"]
            matplotlib.rcParams["axes.unicode_minus"] = False  # the font has no U+2212
            matplotlib.rcParams["pdf.fonttype"] = 42  # TrueType in PDFs (subset embedded), text stays text
            _done = True
    return FAMILY
