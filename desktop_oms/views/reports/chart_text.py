"""The texts the charts draw, in the language of the UI (the "charts" translation context).

desktop_oms.charts never imports Qt: its figure builders take a translator `t` (English by default), and
the Reports tab passes :func:`_t`. lupdate only extracts literal strings, so every text the charts pass to
`t` is listed below as a literal `_t("…")` call (keep it in step with charts/figures.py and charts/export.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("charts", text)


def translate(text: str) -> str:
    """The translator the views pass to the figure builders and exports."""
    return _t(text)


def texts() -> tuple[str, ...]:
    """Every text of charts/figures.py and charts/export.py that goes through `t`, then the names looked up at
    draw time (payment methods, order stages, case types and reasons): here for lupdate, translated."""
    return (
        _t("{period}: {amount}, {count} orders"),
        _t("{period}: {count} refunds, {amount}"),
        _t("{status}: {count} orders, {share} of placed"),
        _t("{sku} {name}: {returns} returns of {orders} orders ({share}), {complaints} complaints"),
        _t("{carrier}: {count} shipments, {delivered} delivered, on time {share}, {failures} failures"),
        _t("{sku} {name}: {available} available (threshold {threshold}), {rate} a day → {days} days"),
        _t("{sku} {name}: {available} available (threshold {threshold}), {rate} a day → no recent sales"),
        _t("{rate}/h · mis-scans {share}"),
        _t("{packer} at {station}: {orders} orders in {hours} h ({rate}/h), {misscans} mis-scans of {scans} ({share})"),
        _t("%b"),
        _t("%b-%d"),
        _t("%Y-%b"),
        _t("%Y-%b-%d"),
        _t("Revenue (CNY)"),
        _t("Orders"),
        _t("Refunded (CNY)"),
        _t("{value} · {count} units"),
        _t("{sku} {name}: {amount}, {count} units"),
        _t("Revenue (CNY, line totals)"),
        _t("{name}: {amount}, {count} units"),
        _t("{share} · {count} orders"),
        _t("{method}: {amount}, {count} orders, {share}"),
        _t("Share of revenue"),
        _t("Orders created in the range"),
        _t("Return rate by product"),
        _t("{reason} ({type})"),
        _t("{type}, {reason}: {count} cases, {share} of orders"),
        _t("Hours from accepted to shipped"),
        _t("Shipments"),
        _t("{start}–{end} h: {count} shipments"),
        _t("{hours} h or more: {count} shipments"),
        _t("On time (share of delivered)"),
        _t("{days} d · {failed} failed"),
        _t("{carrier}: {days} days in transit on average, {failures} failures"),
        _t("Days in transit (average) · failures"),
        _t("{days} d · {left} left"),
        _t("no recent sales · {left} left"),
        _t("Orders packed per active hour"),
        _t("Nothing in this range"),
        _t("Revenue"),
        _t("{title}  ·  {range}"),
        _t("{span}  ({filters})"),
        _t("Previous period"),
        _t("{count} refunds, {amount} paid back"),
        _t("Cases by reason: {cases} on {orders} orders"),
        _t("late after {hours} h"),
        _t("{count} shipments · median {median} h · 90% within {p90} h · late {late} ({share})"),
        _t("out of stock"),
        _t("Days of cover at the recent sales rate (red: at or under threshold; {count} products listed)"),
        _t("channel {value}"),
        _t("category {value}"),
        _t("carrier {value}"),
        _t("Revenue {amount}"),
        _t("Revenue {amount} ({change} vs before)"),
        _t("Orders {count} · average {average}"),
        _t("Orders {count} ({change} vs before) · average {average}"),
        _t("{count} · {share}"),
        _t("{share} ({count})"),
        _t("{share} · {count}"),
        _t("{days} days"),
        _t("{packer} @ {station}"),
        _t(", "),
        _t("before, {period}: {amount}, {count} orders"),
        _t("{period}: {count} orders"),
        _t("Days in {zone}."),
        _t("{title}: the numbers ({first}–{last} of {count})"),
        _t("Alipay"),
        _t("WeChat Pay"),
        _t("Card"),
        _t("Bank transfer"),
        _t("Cash on delivery"),
        _t("Other"),
        _t("Placed"),
        _t("Accepted"),
        _t("Allocated"),
        _t("Packed"),
        _t("Shipped"),
        _t("Delivered"),
        _t("Completed"),
        _t("Cancelled"),
        _t("return"),
        _t("exchange"),
        _t("refund"),
        _t("complaint"),
        _t("Damaged"),
        _t("Wrong item"),
        _t("Not as described"),
        _t("Late"),
        _t("Never arrived"),
        _t("Changed mind"),
        _t("Product"),
        _t("Delivery"),
        _t("Service"),
        _t("Billing"),
    )
