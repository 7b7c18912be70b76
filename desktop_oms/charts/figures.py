"""One matplotlib Figure per report, drawn from its ReportData (never pyplot, never Qt, never SQL).

`build(data)` gives a :class:`Chart`: the Figure and, for hovering, each drawn bar or point with the
text to show for it. matplotlib is imported here, and this module is imported only when a chart is
first drawn, so starting the app does not pay for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from matplotlib import dates as mdates
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, PercentFormatter

from desktop_oms.charts import catalog, fonts
from desktop_oms.charts.data import LATE_AFTER_HOURS, LOW_COVER_DAYS, Period, ReportData

INK, MUTED, GRID = "#1f2933", "#7b8794", "#e4e7eb"
MAIN, SECOND, BAD, GOOD = "#0f6b5c", "#9aa5b1", "#c0392b", "#2e8b57"
TYPE_COLOURS = {"return": "#0f6b5c", "exchange": "#3d9a8b", "refund": "#d4a72c", "complaint": "#c0392b"}
SIZE = (9.0, 5.0)
MAX_BARS = 15


@dataclass
class HoverTarget:
    """A drawn artist (bars or a line's points) and the text for each of its parts."""

    artist: Any
    texts: list[str]


@dataclass
class Chart:
    figure: Figure
    hover: list[HoverTarget] = field(default_factory=list)
    #: The category labels of each horizontal-bar axes, left to right (what the margins must fit).
    labels: list[list[str]] = field(default_factory=list)


def english(text: str) -> str:
    """The default translator: the text as written (English)."""
    return text


Translator = Callable[[str], str]


def build(data: ReportData, *, title: str | None = None, size: tuple[float, float] = SIZE,
          t: Translator = english) -> Chart:
    """The chart of `data` (its report's title unless `title` is given); every text it draws goes through `t`."""
    fonts.register()
    figure = Figure(figsize=size, dpi=100, facecolor="white")  # margins set by _arrange: no layout engine
    chart = Chart(figure)
    spec = catalog.spec(data.name)
    heading = title or spec.title
    figure.suptitle(t("{title}  ·  {range}").format(title=heading, range=_range_text(data, t)), x=0.01, ha="left",
                    fontsize=13, color=INK)
    if not data.table.rows or not _has_numbers(data):
        ax = figure.add_subplot()
        _style(ax)
        ax.set_axis_off()
        ax.text(0.5, 0.5, t("Nothing in this range"), ha="center", va="center", fontsize=14, color=MUTED,
                transform=ax.transAxes)
        return chart
    _DRAW[data.name](chart, data, t)
    arrange(chart)
    return chart


def text_inches(text: str, points: float = 9) -> float:
    """About how wide `text` is in the chart font: a Chinese character a full em, others about half."""
    ems = sum(1.0 if ord(c) > 0x2E80 else 0.56 for c in text)
    return ems * points / 72


def arrange(chart: Chart, *, footnote: bool = False) -> None:
    """Margins (in inches) from the labels each axes has, for the figure's current size; again after a
    resize (a layout engine would measure every text on each draw: slow). `footnote`: room under it."""
    figure = chart.figure
    width, height = figure.get_size_inches()
    widths = [max((text_inches(label) for label in labels), default=0.0) + 0.25 for labels in chart.labels]
    left = max(widths[0] if widths else 0.0, 0.8)
    top = 0.72
    bottom = 0.6 + (0.5 if footnote else 0.0)
    figure.subplots_adjust(left=left / width, right=1 - 0.25 / width, bottom=bottom / height, top=1 - top / height,
                           hspace=0.45)
    if len(widths) > 1:
        axis = (width - left - 0.25 - widths[1]) / 2
        figure.subplots_adjust(wspace=max(widths[1], 0.3) / max(axis, 1.0))


def _has_numbers(data: ReportData) -> bool:
    if data.name in ("sales", "refunds"):
        previous = data.extra.get("previous")
        return any(row[1] for row in data.table.rows) or bool(previous and any(row[1] for row in previous.rows))
    if data.name == "status-funnel":
        return bool(data.summary.get("placed"))
    return True


def _range_text(data: ReportData, t: Translator = english) -> str:
    r = data.request
    span = r.start.isoformat() if r.start == r.end else f"{r.start.isoformat()} – {r.end.isoformat()}"
    filters = [text.format(value=value) for text, value in ((t("channel {value}"), r.channel),
                                                            (t("category {value}"), r.category),
                                                            (t("carrier {value}"), r.carrier)) if value]
    return t("{span}  ({filters})").format(span=span, filters=t(", ").join(filters)) if filters else span


def _style(ax: Any) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(GRID)
    ax.tick_params(colors=MUTED, labelcolor=INK, labelsize=9)
    ax.grid(axis="y", color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)


def num(value: object) -> float:
    """A cell as a number to draw (0 for an empty one)."""
    return float(value) if isinstance(value, int | float | Decimal) else 0.0


def whole(value: object) -> int:
    return int(value) if isinstance(value, int | float | Decimal) else 0


def compact(value: float) -> str:
    """12,345 → 12.3k; 28,410,107 → 28.4M (axis labels); small numbers as they are."""
    size = abs(value)
    if size >= 1e6:
        return f"{value / 1e6:.1f}M"
    if size >= 1e4:
        return f"{value / 1e3:.0f}k"
    if size >= 1e3:
        return f"{value / 1e3:.1f}k"
    return f"{value:.0f}" if value == int(value) else f"{value:.1f}"


def money_text(value: object) -> str:
    amount = value if isinstance(value, Decimal) else Decimal(str(num(value)))
    return f"¥{amount:,.2f}"


_COMPACT = FuncFormatter(lambda v, _pos: compact(v))


def _change(now: Decimal | int, before: Decimal | int) -> str | None:
    """The change from `before` to `now` as "+84.5%" (None without a `before`)."""
    if not before:
        return None
    return f"{(Decimal(now) - Decimal(before)) / Decimal(before) * 100:+.1f}%"


def _period_axis(ax: Any, by: Period, days: Sequence[date], t: Translator = english) -> None:
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    month, month_day = t("%b"), t("%b-%d")
    year_month, year_month_day = t("%Y-%b"), t("%Y-%b-%d")
    formatter = mdates.ConciseDateFormatter(  # type: ignore[no-untyped-call]
        locator, formats=["%Y", month, "%d", "%H:%M", "%H:%M", "%S.%f"],
        zero_formats=["", "%Y", month, month_day, "%H:%M", "%H:%M"],
        offset_formats=["", "%Y", year_month, year_month_day, year_month_day, year_month_day + " %H:%M"])
    ax.xaxis.set_major_formatter(formatter)
    if days:
        pad = timedelta(days={"day": 1, "week": 4, "month": 16}[str(by)])
        ax.set_xlim(days[0] - pad, days[-1] + pad)


def _width(by: Period) -> float:
    return {"day": 0.8, "week": 5.5, "month": 24.0}[str(by)]


def _sales(chart: Chart, data: ReportData, t: Translator) -> None:
    figure, by = chart.figure, data.request.by
    rows, before = data.table.rows, data.extra["previous"].rows
    days: list[Any] = [r[0] for r in rows]
    s = data.summary
    top, bottom = figure.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    for ax in (top, bottom):
        _style(ax)
    revenue = [num(r[2]) for r in rows]
    bars = top.bar(days, revenue, width=_width(by), color=MAIN, label=t("Revenue"))
    previous = [num(r[2]) for r in before][: len(days)]
    line = top.plot(days[: len(previous)], previous, color=SECOND, linewidth=1.6, linestyle="--",
                    marker="o" if len(days) <= 31 else None, markersize=3, label=t("Previous period"))[0]
    top.yaxis.set_major_formatter(_COMPACT)
    top.set_ylabel(t("Revenue (CNY)"), color=MUTED, fontsize=9)
    change = _change(s["revenue"], s["previous_revenue"])
    amount = money_text(s["revenue"])
    top.set_title(t("Revenue {amount}").format(amount=amount) if change is None else
                  t("Revenue {amount} ({change} vs before)").format(amount=amount, change=change),
                  loc="left", fontsize=10, color=INK)
    top.legend(frameon=False, fontsize=8, loc="upper left")
    orders = [whole(r[1]) for r in rows]
    order_line = bottom.plot(days, orders, color=MAIN, linewidth=1.8, marker="o" if len(days) <= 31 else None,
                             markersize=3)[0]
    bottom.plot(days[: len(previous)], [whole(r[1]) for r in before][: len(days)], color=SECOND,
                linewidth=1.4, linestyle="--")
    bottom.yaxis.set_major_formatter(_COMPACT)
    bottom.set_ylabel(t("Orders"), color=MUTED, fontsize=9)
    change = _change(s["orders"], s["previous_orders"])
    count, average = f"{s['orders']:,}", money_text(s["average_order"])
    bottom.set_title(t("Orders {count} · average {average}").format(count=count, average=average) if change is None
                     else t("Orders {count} ({change} vs before) · average {average}").format(
                         count=count, change=change, average=average), loc="left", fontsize=10, color=INK)
    _period_axis(bottom, by, days, t)
    day = t("{period}: {amount}, {count} orders")
    chart.hover += [
        HoverTarget(bars, [day.format(period=r[0], amount=money_text(r[2]), count=f"{r[1]:,}") for r in rows]),
        HoverTarget(line, [t("before, {period}: {amount}, {count} orders").format(
            period=r[0], amount=money_text(r[2]), count=f"{r[1]:,}") for r in before]),
        HoverTarget(order_line, [t("{period}: {count} orders").format(period=r[0], count=f"{r[1]:,}") for r in rows]),
    ]


def _refunds(chart: Chart, data: ReportData, t: Translator) -> None:
    ax = chart.figure.subplots()
    _style(ax)
    rows, by = data.table.rows, data.request.by
    days: list[Any] = [r[0] for r in rows]
    bars = ax.bar(days, [num(r[2]) for r in rows], width=_width(by), color="#d4a72c")
    ax.yaxis.set_major_formatter(_COMPACT)
    ax.set_ylabel(t("Refunded (CNY)"), color=MUTED, fontsize=9)
    ax.set_title(t("{count} refunds, {amount} paid back").format(count=f"{data.summary['refunds']:,}",
                                                                  amount=money_text(data.summary["amount"])),
                 loc="left", fontsize=10, color=INK)
    _period_axis(ax, by, days, t)
    day = t("{period}: {count} refunds, {amount}")
    chart.hover.append(HoverTarget(bars, [day.format(period=r[0], count=f"{r[1]:,}", amount=money_text(r[2]))
                                          for r in rows]))


def _hbars(chart: Chart, ax: Any, labels: Sequence[str], values: Sequence[float], texts: Sequence[str],
           hover: Sequence[str], *, colours: Sequence[str] | str = MAIN, percent: bool = False) -> Any:
    """Horizontal bars, the first label on top, each with its value written at its end."""
    _style(ax)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", color=GRID, linewidth=0.8)
    positions = list(range(len(labels)))[::-1]
    bars = ax.barh(positions, values, color=colours, height=0.7)
    short = [_short(label) for label in labels]
    ax.set_yticks(positions, short, fontsize=9)
    chart.labels.append(short)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0) if percent else _COMPACT)
    largest = max(values, default=0) or 1
    for position, value, text in zip(positions, values, texts, strict=True):
        ax.text(value + largest * 0.01, position, text, va="center", fontsize=8, color=INK)
    ax.set_xlim(0, largest * 1.3)
    if percent:  # room for the labels past 100 %, but no tick there
        ax.set_xticks([tick for tick in ax.get_xticks() if 0 <= tick <= 1.0])
    chart.hover.append(HoverTarget(bars, list(hover)))
    return bars


def _short(label: str, limit: int = 28) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _top_products(chart: Chart, data: ReportData, t: Translator) -> None:
    rows = data.table.rows[:MAX_BARS]
    ax = chart.figure.subplots()
    units, hover = t("{value} · {count} units"), t("{sku} {name}: {amount}, {count} units")
    _hbars(chart, ax, [str(r[1]) for r in rows], [num(r[3]) for r in rows],
           [units.format(value=compact(num(r[3])), count=f"{r[2]:,}") for r in rows],
           [hover.format(sku=r[0], name=r[1], amount=money_text(r[3]), count=f"{r[2]:,}") for r in rows])
    ax.set_xlabel(t("Revenue (CNY, line totals)"), color=MUTED, fontsize=9)


def _categories(chart: Chart, data: ReportData, t: Translator) -> None:
    rows = data.table.rows[:MAX_BARS]
    ax = chart.figure.subplots()
    labels = [str(r[0]).split(" > ")[-1] if " > " in str(r[0]) else str(r[0]) for r in rows]
    units, hover = t("{value} · {count} units"), t("{name}: {amount}, {count} units")
    _hbars(chart, ax, labels, [num(r[2]) for r in rows],
           [units.format(value=compact(num(r[2])), count=f"{r[1]:,}") for r in rows],
           [hover.format(name=r[0], amount=money_text(r[2]), count=f"{r[1]:,}") for r in rows])
    ax.set_xlabel(t("Revenue (CNY, line totals)"), color=MUTED, fontsize=9)


METHOD_NAMES = {"alipay": "Alipay", "wechat_pay": "WeChat Pay", "card": "Card", "bank_transfer": "Bank transfer",
                "cod": "Cash on delivery", "other": "Other"}


def _method(code: object, t: Translator) -> str:
    name = METHOD_NAMES.get(str(code))
    return t(name) if name else str(code)


def _payment_mix(chart: Chart, data: ReportData, t: Translator) -> None:
    rows = data.table.rows
    ax = chart.figure.subplots()
    text, hover = t("{share} · {count} orders"), t("{method}: {amount}, {count} orders, {share}")
    _hbars(chart, ax, [_method(r[0], t) for r in rows], [num(r[3]) for r in rows],
           [text.format(share=f"{num(r[3]):.1%}", count=f"{r[1]:,}") for r in rows],
           [hover.format(method=_method(r[0], t), amount=money_text(r[2]), count=f"{r[1]:,}",
                         share=f"{num(r[3]):.1%}") for r in rows], percent=True)
    ax.set_xlabel(t("Share of revenue"), color=MUTED, fontsize=9)


def _status_funnel(chart: Chart, data: ReportData, t: Translator) -> None:
    rows = data.table.rows
    ax = chart.figure.subplots()
    colours = [BAD if r[0] == "cancelled" else MAIN for r in rows]
    hover = t("{status}: {count} orders, {share} of placed")
    _hbars(chart, ax, [t(str(r[0]).capitalize()) for r in rows], [num(r[1]) for r in rows],
           [t("{count} · {share}").format(count=f"{r[1]:,}", share=f"{num(r[2]):.1%}") for r in rows],
           [hover.format(status=t(str(r[0]).capitalize()), count=f"{r[1]:,}", share=f"{num(r[2]):.1%}")
            for r in rows], colours=colours)
    ax.set_xlabel(t("Orders created in the range"), color=MUTED, fontsize=9)


def _returns(chart: Chart, data: ReportData, t: Translator) -> None:
    left, right = chart.figure.subplots(1, 2, width_ratios=(1, 1))
    rows = [r for r in data.table.rows if whole(r[2]) >= 1][:12]
    hover = t("{sku} {name}: {returns} returns of {orders} orders ({share}), {complaints} complaints")
    _hbars(chart, left, [str(r[1]) for r in rows], [num(r[5]) for r in rows],
           [t("{share} ({count})").format(share=f"{num(r[5]):.2%}", count=r[3]) for r in rows],
           [hover.format(sku=r[0], name=r[1], returns=r[3], orders=f"{r[2]:,}", share=f"{num(r[5]):.2%}",
                         complaints=r[6]) for r in rows], percent=True)
    left.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=1))
    left.set_title(t("Return rate by product"), loc="left", fontsize=10, color=INK)
    reasons = data.extra["by_reason"].rows[:12]
    label, hover = t("{reason} ({type})"), t("{type}, {reason}: {count} cases, {share} of orders")
    _hbars(chart, right, [label.format(reason=t(_words(r[1])), type=t(str(r[0]))) for r in reasons],
           [num(r[2]) for r in reasons], [f"{r[2]:,}" for r in reasons],
           [hover.format(type=t(str(r[0])), reason=t(_words(r[1])), count=f"{r[2]:,}", share=f"{num(r[3]):.2%}")
            for r in reasons],
           colours=[TYPE_COLOURS.get(str(r[0]), MAIN) for r in reasons])
    right.set_title(t("Cases by reason: {cases} on {orders} orders").format(
        cases=f"{data.summary.get('cases', 0):,}", orders=f"{data.summary.get('orders', 0):,}"),
        loc="left", fontsize=10, color=INK)


def _words(code: object) -> str:
    text = str(code).replace("_", " ")
    return text[:1].upper() + text[1:]


def _lead_time(chart: Chart, data: ReportData, t: Translator) -> None:
    ax = chart.figure.subplots()
    _style(ax)
    hours = data.extra["by_hour"].rows
    shown = max([whole(h) for h, _ in hours] + [LATE_AFTER_HOURS + 12])
    shown = min(shown, 120)
    counts = {whole(h): whole(n) for h, n in hours}
    xs = list(range(shown + 1))
    ys = [counts.get(x, 0) if x < shown else sum(n for h, n in counts.items() if h >= shown) for x in xs]
    colours = [BAD if x >= LATE_AFTER_HOURS else MAIN for x in xs]
    bars = ax.bar(xs, ys, width=0.85, color=colours, align="edge")
    ax.axvline(LATE_AFTER_HOURS, color=BAD, linewidth=1, linestyle="--")
    ax.text(LATE_AFTER_HOURS + 0.5, max(ys) * 0.95, t("late after {hours} h").format(hours=LATE_AFTER_HOURS),
            color=BAD, fontsize=8)
    ax.yaxis.set_major_formatter(_COMPACT)
    ax.set_xlabel(t("Hours from accepted to shipped"), color=MUTED, fontsize=9)
    ax.set_ylabel(t("Shipments"), color=MUTED, fontsize=9)
    s = data.summary
    ax.set_title(t("{count} shipments · median {median} h · 90% within {p90} h · late {late} ({share})").format(
        count=f"{s['shipments']:,}", median=s["median_hours"], p90=s["p90_hours"], late=f"{s['late']:,}",
        share=f"{s['late_share']:.1%}"), loc="left", fontsize=10, color=INK)
    hour, more = t("{start}–{end} h: {count} shipments"), t("{hours} h or more: {count} shipments")
    chart.hover.append(HoverTarget(bars, [hour.format(start=x, end=x + 1, count=f"{y:,}") if x < shown else
                                          more.format(hours=shown, count=f"{y:,}")
                                          for x, y in zip(xs, ys, strict=True)]))


def _carriers(chart: Chart, data: ReportData, t: Translator) -> None:
    left, right = chart.figure.subplots(1, 2)
    totals = data.extra["by_carrier"].rows[:MAX_BARS]
    names = [str(r[0]) for r in totals]
    hover = t("{carrier}: {count} shipments, {delivered} delivered, on time {share}, {failures} failures")
    _hbars(chart, left, names, [num(r[4]) for r in totals],
           [t("{share} · {count}").format(share=f"{num(r[4]):.0%}", count=f"{r[1]:,}") for r in totals],
           [hover.format(carrier=r[0], count=f"{r[1]:,}", delivered=f"{r[2]:,}", share=f"{num(r[4]):.1%}",
                         failures=f"{r[5]:,}") for r in totals], percent=True,
           colours=[GOOD if num(r[4]) >= 0.9 else MAIN if num(r[4]) >= 0.75 else BAD for r in totals])
    left.set_title(t("On time (share of delivered)"), loc="left", fontsize=10, color=INK)
    text, hover = t("{days} d · {failed} failed"), t("{carrier}: {days} days in transit on average, {failures} failures")
    _hbars(chart, right, names, [num(r[3]) for r in totals],
           [text.format(days=f"{num(r[3]):.1f}", failed=f"{r[5]:,}") for r in totals],
           [hover.format(carrier=r[0], days=f"{num(r[3]):.2f}", failures=f"{r[5]:,}") for r in totals],
           colours=SECOND)
    right.set_yticks(right.get_yticks(), [""] * len(right.get_yticks()))
    chart.labels[-1] = []
    right.set_title(t("Days in transit (average) · failures"), loc="left", fontsize=10, color=INK)


def _low_stock(chart: Chart, data: ReportData, t: Translator) -> None:
    rows = data.table.rows[:MAX_BARS]
    ax = chart.figure.subplots()
    covers = [num(r[6]) if r[6] is not None else float(LOW_COVER_DAYS * 2) for r in rows]
    colours = [BAD if whole(r[2]) <= whole(r[3]) else "#d4a72c" for r in rows]
    cover, unsold = t("{days} d · {left} left"), t("no recent sales · {left} left")
    lasts = t("{sku} {name}: {available} available (threshold {threshold}), {rate} a day → {days} days")
    stale = t("{sku} {name}: {available} available (threshold {threshold}), {rate} a day → no recent sales")
    _hbars(chart, ax, [str(r[1]) for r in rows], covers,
           [t("out of stock") if whole(r[2]) <= 0 else
            cover.format(days=f"{r[6]:.1f}", left=f"{r[2]:,}") if r[6] is not None else
            unsold.format(left=f"{r[2]:,}") for r in rows],
           [(lasts if r[6] is not None else stale).format(sku=r[0], name=r[1], available=f"{r[2]:,}", threshold=r[3],
                                                          rate=r[5], days=r[6]) for r in rows], colours=colours)
    ax.set_xlim(0, max(ax.get_xlim()[1], LOW_COVER_DAYS * 1.15))
    ax.axvline(LOW_COVER_DAYS, color=MUTED, linewidth=1, linestyle="--")
    # at the top of the plot (x in days, y in axes units), clear of the axis label and the footnote
    ax.text(LOW_COVER_DAYS, 1.0, " " + t("{days} days").format(days=LOW_COVER_DAYS), color=MUTED, fontsize=8,
            va="bottom", transform=ax.get_xaxis_transform())
    ax.set_xlabel(t("Days of cover at the recent sales rate (red: at or under threshold; {count} products listed)")
                  .format(count=len(data.table.rows)), color=MUTED, fontsize=9)


def _packers(chart: Chart, data: ReportData, t: Translator) -> None:
    rows = data.table.rows[:MAX_BARS]
    ax = chart.figure.subplots()
    text = t("{rate}/h · mis-scans {share}")
    hover = t("{packer} at {station}: {orders} orders in {hours} h ({rate}/h), {misscans} mis-scans of {scans} "
              "({share})")
    _hbars(chart, ax, [t("{packer} @ {station}").format(packer=r[0], station=r[1]) for r in rows],
           [num(r[4]) for r in rows],
           [text.format(rate=f"{num(r[4]):.1f}", share=f"{num(r[7]):.1%}") for r in rows],
           [hover.format(packer=r[0], station=r[1], orders=f"{r[2]:,}", hours=r[3], rate=r[4], misscans=f"{r[6]:,}",
                         scans=f"{r[5]:,}", share=f"{num(r[7]):.2%}") for r in rows],
           colours=[BAD if num(r[7]) > 0.05 else MAIN for r in rows])
    ax.set_xlabel(t("Orders packed per active hour"), color=MUTED, fontsize=9)


_DRAW: dict[str, Callable[[Chart, ReportData, Translator], None]] = {
    "sales": _sales, "refunds": _refunds, "top-products": _top_products, "categories": _categories,
    "payment-mix": _payment_mix, "status-funnel": _status_funnel, "returns": _returns, "lead-time": _lead_time,
    "carriers": _carriers, "low-stock": _low_stock, "packers": _packers,
}
