"""Every report by name, with the definition its chart's tooltip shows, and the date-range presets.

The definitions are marked ``N_(…)``: scripts/translations extracts them for the "charts" translation context,
and the Reports tab shows them through its translator.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from desktop_oms.charts.data import (
    LATE_AFTER_HOURS,
    LOW_COVER_DAYS,
    ON_TIME_DAYS_ABROAD,
    ON_TIME_DAYS_DOMESTIC,
    RECENT_SALES_DAYS,
    TOP_N,
    Filter,
    ReportSpec,
)
from desktop_oms.charts.i18n import N_

_ORDERS = frozenset({Filter.CHANNEL, Filter.CATEGORY})
_SHIPPING = frozenset({Filter.CHANNEL, Filter.CARRIER})

REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec("sales", "Revenue and orders",
               N_("Revenue = the order totals (goods + shipping − discounts) of orders not cancelled, by the day "
                  "they were created in the shop's time zone; orders = how many. The grey line is the same "
                  "number of days just before. Refunds are not subtracted: see the refunds report."),
               ("period", "orders", "revenue"), _ORDERS, by_period=True),
    ReportSpec("refunds", "Refunds",
               N_("Refunds = completed refund payments, by the day they were paid out in the shop's time zone, "
                  "whatever day the order was placed. Reported apart from revenue, never netted against it."),
               ("period", "refunds", "amount"), frozenset({Filter.CHANNEL}), by_period=True),
    ReportSpec("top-products", "Top products",
               N_(f"The {TOP_N} products with the most revenue: units and line totals (before shipping and "
                  "order discounts) on orders not cancelled, created in the range."),
               ("sku", "name", "units", "revenue"), _ORDERS),
    ReportSpec("categories", "Top categories",
               N_("Units and line totals (before shipping and order discounts) per product category, on orders "
                  "not cancelled, created in the range."),
               ("category", "units", "revenue"), _ORDERS),
    ReportSpec("payment-mix", "Payment methods",
               N_("Orders not cancelled, created in the range, by how they were paid; share = of the revenue."),
               ("method", "orders", "revenue", "share"), _ORDERS),
    ReportSpec("status-funnel", "Order funnel",
               N_("Orders created in the range, by how far they have got: each step counts the orders that "
                  "reached it or a later one (an order on hold counts where it was held). Cancelled apart."),
               ("stage", "orders", "share"), _ORDERS),
    ReportSpec("returns", "Returns and complaints",
               N_("Of the orders created in the range (not cancelled) that hold a product: the share with a "
                  "return, exchange or refund case on it, and with a complaint; cases by type and reason."),
               ("sku", "name", "orders", "returns", "returned_units", "return_rate", "complaints",
                "complaint_rate"), _ORDERS),
    ReportSpec("lead-time", "Fulfilment lead time",
               N_("Hours from accepted (paid; cash on delivery: placed) to shipped, for shipments that left in "
                  f"the range. Late = more than {LATE_AFTER_HOURS} hours."),
               ("hours", "shipments", "share", "late"), _SHIPPING),
    ReportSpec("carriers", "Carrier performance",
               N_("Shipments that left in the range, per carrier and destination (province in China, else "
                  f"country): days in transit of those delivered, on time = delivered within "
                  f"{ON_TIME_DAYS_DOMESTIC} days in China or {ON_TIME_DAYS_ABROAD} abroad, failures = delivery "
                  "failed or returned to sender."),
               ("carrier", "region", "shipments", "delivered", "avg_transit_days", "on_time_share", "failures"),
               _SHIPPING),
    ReportSpec("low-stock", "Stock running low",
               N_(f"Available = on hand − reserved. Daily rate = units sold (orders not cancelled) in the "
                  f"{RECENT_SALES_DAYS} days up to the range's last day ÷ {RECENT_SALES_DAYS}; days of cover = "
                  f"available ÷ daily rate. Listed: at or under the product's threshold, or under "
                  f"{LOW_COVER_DAYS} days of cover."),
               ("sku", "name", "available", "threshold", "units_sold", "daily_rate", "days_of_cover"),
               frozenset({Filter.CATEGORY})),
    ReportSpec("packers", "Packer KPIs",
               N_("From the scan log, per packer and station: orders packed (completed by a scan), active hours "
                  "(clock hours with a scan), orders per active hour, item scans, and mis-scans (wrong item, "
                  "unknown code, one too many) as a share of item scans."),
               ("packer", "station", "orders", "active_hours", "orders_per_hour", "scans", "mis_scans",
                "mis_scan_rate")),
)

BY_NAME = {spec.name: spec for spec in REPORTS}

#: Date-range presets, in the order the Reports tab offers them.
PRESETS = ("today", "7_days", "30_days", "this_month", "last_year", "double_11")


def spec(name: str) -> ReportSpec:
    """The report called `name`; KeyError if there is none."""
    return BY_NAME[name]


def preset_range(preset: str, today: date) -> tuple[date, date]:
    """The first and last day (both included) of a preset, seen from `today` (a day of the shop's zone).

    `last_year` is the previous calendar year; `double_11` the week around the latest 11 November
    that has begun (8 to 14 November: the run-up, the day, the days of late orders and first returns).
    """
    if preset == "today":
        return today, today
    if preset == "7_days":
        return today - timedelta(days=6), today
    if preset == "30_days":
        return today - timedelta(days=29), today
    if preset == "this_month":
        return today.replace(day=1), today
    if preset == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if preset == "double_11":
        year = today.year if today >= date(today.year, 11, 8) else today.year - 1
        return date(year, 11, 8), date(year, 11, 14)
    raise KeyError(preset)


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])
