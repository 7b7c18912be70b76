"""Writing reports to files: a chart as PNG, reports as a multi-page PDF (chart, then its table), a table as CSV.

Each file is written beside its target under a temporary name and renamed when complete, so an
interrupted export never leaves a half-written file where the old one was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop_oms.charts import catalog
from desktop_oms.charts.csvfile import cell_text, report_csv
from desktop_oms.charts.data import ReportData

A4_LANDSCAPE = (11.69, 8.27)
ROWS_PER_PAGE = 28


def _atomic(path: Path, write: Callable[[Path], None]) -> Path:
    path = Path(path)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent or ".")
    os.close(handle)
    try:
        write(Path(name))
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return path


def write_csv(data: ReportData, path: Path) -> Path:
    text = report_csv(data)
    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8", newline="")

    return _atomic(path, write)


def _english(text: str) -> str:
    return text


def write_png(data: ReportData, path: Path, *, dpi: int = 150, title: str | None = None,
              t: Callable[[str], str] = _english) -> Path:
    """The chart of `data` as a PNG; `t` translates the texts it draws (English by default)."""
    from desktop_oms.charts import figures

    chart = figures.build(data, title=title, t=t)
    _footnote(chart, data, t)
    return _atomic(path, lambda tmp: chart.figure.savefig(tmp, format="png", dpi=dpi))


def write_pdf(reports: Sequence[ReportData], path: Path, *, titles: Sequence[str] | None = None,
              t: Callable[[str], str] = _english) -> int:
    """One PDF: for each report a page with its chart and definition, then pages of its table. Pages written."""
    from matplotlib.backends.backend_pdf import PdfPages

    from desktop_oms.charts import figures

    pages = 0

    def write(tmp: Path) -> None:
        nonlocal pages
        with PdfPages(tmp, metadata={"Title": "desktop-oms reports", "Creator": "desktop-oms"}) as pdf:
            for number, data in enumerate(reports):
                title = titles[number] if titles else None
                chart = figures.build(data, title=title, size=A4_LANDSCAPE, t=t)
                _footnote(chart, data, t)
                pdf.savefig(chart.figure)
                pages += 1
                for page in table_pages(data, title=title, t=t):
                    pdf.savefig(page)
                    pages += 1

    _atomic(path, write)
    return pages


def _footnote(chart: Any, data: ReportData, t: Callable[[str], str] = _english) -> None:
    import textwrap
    import unicodedata

    from desktop_oms.charts import figures

    figure = chart.figure
    definition = t(catalog.spec(data.name).definition)
    # Chinese characters are wider than Latin ones: fewer to a line.
    width = 110 if any(unicodedata.east_asian_width(c) in "WF" for c in definition) else 150
    text = "\n".join(textwrap.wrap(definition, width)) + "\n" + t("Days in {zone}.").format(zone=data.time_zone)
    if chart.figure.axes and chart.figure.axes[0].axison:
        figures.arrange(chart, footnote=True)
    figure.text(0.01, 0.012, text, fontsize=7, color="#7b8794", ha="left", va="bottom")


def table_pages(data: ReportData, *, title: str | None = None, t: Callable[[str], str] = _english) -> list[Any]:
    """The report's table as A4 landscape pages of figures (a header row on each: the CSV's column names,
    through `t`)."""
    from matplotlib.figure import Figure

    from desktop_oms.charts import fonts

    fonts.register()
    rows = [[cell_text(v).lstrip("'") for v in row] for row in data.table.rows]
    pages = []
    for start in range(0, max(len(rows), 1), ROWS_PER_PAGE):
        figure = Figure(figsize=A4_LANDSCAPE, facecolor="white")
        ax = figure.add_axes((0.04, 0.04, 0.92, 0.86))
        ax.set_axis_off()
        name = title or catalog.spec(data.name).title
        heading = t("{title}: the numbers ({first}–{last} of {count})").format(
            title=name, first=start + 1, last=min(start + ROWS_PER_PAGE, len(rows)), count=len(rows))
        figure.text(0.04, 0.94, heading, fontsize=12, color="#1f2933")
        chunk = rows[start:start + ROWS_PER_PAGE] or [["" for _ in data.table.columns]]
        headers = [t(column) for column in data.table.columns]
        table = ax.table(cellText=chunk, colLabels=headers, loc="upper left", cellLoc="left")
        table.auto_set_font_size(False)
        table.set_fontsize(8)
        table.scale(1, 1.25)
        for (row, _col), cell in table.get_celld().items():
            cell.set_edgecolor("#e4e7eb")
            if row == 0:
                cell.set_facecolor("#f5f7fa")
        pages.append(figure)
    return pages
