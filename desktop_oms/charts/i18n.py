"""A marker for the charts' texts that are translated where they are shown, not where they are defined.

desktop_oms.charts never imports Qt. ``N_("…")`` returns its text unchanged; scripts/translations reads
the string arguments of the ``N_`` calls in charts/catalog.py (the report definitions) and hands them to
lupdate in the "charts" context, so the Reports tab's translator (views/reports/chart_text.py) finds them.
"""

from __future__ import annotations


def N_(text: str) -> str:
    return text
