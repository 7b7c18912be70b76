"""What the command line prints: the `--json` documents of the CLI contract and plain-text tables."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_oms.domain.intake import RowError
from desktop_oms.domain.money import format_amount
from desktop_oms.services.results import (
    AllocationReport,
    ImportReport,
    OrderDetail,
    OrderRow,
    StockChange,
    StockRow,
)


def iso(moment: datetime) -> str:
    return moment.isoformat()


def import_report(report: ImportReport, *, products: bool = False) -> dict[str, Any]:
    errors = []
    for e in report.errors:
        item: dict[str, Any] = {"row": e.row, "order_no": e.order_no, "field": e.field, "message": e.message}
        if products:
            item["sku"] = e.order_no
        errors.append(item)
    document: dict[str, Any] = {"created": report.created, "skipped": report.skipped, "rejected": report.rejected,
                                "errors": errors}
    if products:
        document["updated"] = report.updated
    return document


def refusal(command: str, code: str, message: str) -> dict[str, Any]:
    """The one JSON document of a command whose input was refused as a whole."""
    document: dict[str, Any] = {"error": {"code": code, "message": message}}
    if command == "import":
        document.update(created=0, skipped=0, rejected=0,
                        errors=[{"row": None, "order_no": None, "field": None, "message": message}])
    return document


def import_lines(report: ImportReport, path: Path) -> list[str]:
    parts = [f"{report.created} created"]
    if report.updated:
        parts.append(f"{report.updated} updated")
    parts += [f"{report.skipped} skipped (already known)", f"{report.rejected} rejected"]
    return [f"{path.name}: " + ", ".join(parts)]


def row_error(error: RowError) -> str:
    who = f" ({error.order_no})" if error.order_no else ""
    return f"row {error.row}{who}, {error.field}: {error.message}"


def order_row(row: OrderRow) -> dict[str, Any]:
    return {"order_no": row.order_no, "status": row.status, "created_at": iso(row.created_at),
            "customer": row.customer, "total": format_amount(row.total), "currency": row.currency,
            "lines": row.lines, "payment_method": row.payment_method, "payment_status": row.payment_status}


def order_table(rows: Sequence[OrderRow]) -> list[str]:
    if not rows:
        return ["no orders"]
    lines = [f"{'ORDER':<14} {'CREATED':<17} {'STATUS':<16} {'TOTAL':>12}  CUSTOMER"]
    for r in rows:
        lines.append(f"{r.order_no:<14} {r.created_at:%Y-%m-%d %H:%M} {r.status:<16} "
                     f"{format_amount(r.total):>8} {r.currency}  {r.customer}")
    return lines


def order_detail(d: OrderDetail) -> dict[str, Any]:
    return {
        "order_no": d.order_no, "status": d.status, "created_at": iso(d.created_at), "currency": d.currency,
        "total": format_amount(d.total), "payment_method": d.payment_method, "payment_status": d.payment_status,
        "channel": d.channel, "refunded_total": format_amount(d.refunded_total), "version": d.version,
        "customer": {"name": d.customer_name, "email": d.email, "phone": d.phone},
        "ship_to": {"name": d.ship_to.name, "address1": d.ship_to.address1, "address2": d.ship_to.address2,
                    "city": d.ship_to.city, "province": d.ship_to.province, "postcode": d.ship_to.postcode,
                    "country": d.ship_to.country, "phone": d.ship_to.phone},
        "lines": [{"sku": ln.sku, "name": ln.name, "qty": ln.qty, "unit_price": format_amount(ln.unit_price),
                   "reserved": ln.reserved, "shipped": ln.shipped} for ln in d.lines],
        "shipments": [{"carrier": s.carrier, "tracking_no": s.tracking_no, "status": s.status,
                       "events": [{"time": iso(e.time), "status": e.status, "code": e.code,
                                   "description": e.description, "location": e.location} for e in s.events]}
                      for s in d.shipments],
        "history": [{"time": iso(h.time), "user": h.user, "from": h.from_status, "to": h.to_status,
                     "action": h.action, "reason": h.reason} for h in d.history],
        "notes": d.notes, "hold_reason": d.hold_reason,
    }


def order_text(d: OrderDetail) -> list[str]:
    a = d.ship_to
    lines = [
        f"Order {d.order_no}  {d.status}  created {d.created_at:%Y-%m-%d %H:%M %Z}",
        f"Customer  {d.customer_name}  {d.email}  {d.phone}",
        f"Ship to   {a.name}, {a.address1} {a.address2}, {a.city} {a.province} {a.postcode} {a.country}",
        f"Payment   {d.payment_method} ({d.payment_status})  total {format_amount(d.total)} {d.currency}",
        "Lines:",
    ]
    lines += [f"  {ln.qty:>4} × {ln.sku:<14} {ln.name}  @ {format_amount(ln.unit_price)}  reserved {ln.reserved}"
              for ln in d.lines]
    for s in d.shipments:
        lines.append(f"Shipment  {s.carrier} {s.tracking_no}  {s.status}")
    lines.append("History:")
    lines += [f"  {h.time:%Y-%m-%d %H:%M}  {h.user:<16} {h.from_status or '—'} → {h.to_status or '—'}  {h.reason}"
              for h in d.history]
    return lines


def allocation(report: AllocationReport) -> dict[str, Any]:
    return {"allocated": list(report.allocated), "backordered": list(report.backordered),
            "skipped": [{"order_no": no, "reason": why} for no, why in report.skipped]}


def allocation_lines(report: AllocationReport, *, quiet: bool = False) -> list[str]:
    lines = []
    if report.allocated or not quiet:
        lines.append(f"allocated: {len(report.allocated)}" + _few(report.allocated))
    if report.backordered or not quiet:
        lines.append(f"backordered: {len(report.backordered)}" + _few(report.backordered))
    lines += [f"skipped {no}: {why}" for no, why in report.skipped]
    return lines


def _few(numbers: Sequence[str], limit: int = 10) -> str:
    if not numbers:
        return ""
    more = f" … (+{len(numbers) - limit})" if len(numbers) > limit else ""
    return " (" + ", ".join(numbers[:limit]) + more + ")"


def stock_row(row: StockRow) -> dict[str, Any]:
    return {"sku": row.sku, "name": row.name, "on_hand": row.on_hand, "reserved": row.reserved,
            "available": row.available, "low_stock_threshold": row.low_stock_threshold}


def stock_table(rows: Sequence[StockRow]) -> list[str]:
    if not rows:
        return ["no products"]
    lines = [f"{'SKU':<16} {'ON HAND':>8} {'RESERVED':>8} {'AVAIL':>8} {'LOW AT':>6}  NAME"]
    for r in rows:
        flag = " !" if r.available <= r.low_stock_threshold else ""
        lines.append(f"{r.sku:<16} {r.on_hand:>8} {r.reserved:>8} {r.available:>8} {r.low_stock_threshold:>6}  "
                     f"{r.name}{flag}")
    return lines


def stock_change(change: StockChange) -> str:
    return f"{change.sku}: on hand {change.on_hand}, reserved {change.reserved}, available {change.available}"


def demo_summary(summary: Any) -> str:
    fields = ("products", "customers", "orders", "shipments", "tracking_events", "cases", "kb_articles")
    return "demo shop ready: " + ", ".join(f"{getattr(summary, f)} {f.replace('_', ' ')}" for f in fields)


def report_spec(spec: Any) -> dict[str, Any]:
    """One entry of `report list --json`."""
    return {"name": spec.name, "title": spec.title, "definition": spec.definition, "columns": list(spec.columns),
            "filters": sorted(str(f) for f in spec.filters), "by_period": spec.by_period}


def report_written(data: Any, path: Path, pages: int | None) -> dict[str, Any]:
    """`report NAME ... --json`: what was written, for which range, in which time zone."""
    document: dict[str, Any] = {"report": data.name, "path": str(path), "from": data.request.start.isoformat(),
                                "to": data.request.end.isoformat(), "by": str(data.request.by),
                                "time_zone": data.time_zone, "rows": len(data.table.rows)}
    if pages is not None:
        document["pages"] = pages
    return document
