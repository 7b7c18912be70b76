"""The numbers beside each chart: a report's table, formatted for reading (the CSV keeps them plain)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop_oms.charts.data import Cell, ReportTable

Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportTableModel", text)


def column_title(name: str) -> str:
    titles = {
        "period": _t("Period"), "orders": _t("Orders"), "revenue": _t("Revenue"), "refunds": _t("Refunds"),
        "amount": _t("Amount"), "sku": _t("SKU"), "name": _t("Name"), "units": _t("Units"),
        "category": _t("Category"), "method": _t("Method"), "share": _t("Share"), "stage": _t("Stage"),
        "returns": _t("Returns"), "returned_units": _t("Units returned"), "return_rate": _t("Return rate"),
        "complaints": _t("Complaints"), "complaint_rate": _t("Complaint rate"), "hours": _t("Hours"),
        "shipments": _t("Shipments"), "late": _t("Late"), "carrier": _t("Carrier"), "region": _t("Destination"),
        "delivered": _t("Delivered"), "avg_transit_days": _t("Days in transit"), "on_time_share": _t("On time"),
        "failures": _t("Failures"), "available": _t("Available"), "threshold": _t("Threshold"),
        "units_sold": _t("Sold (28 days)"), "daily_rate": _t("Per day"), "days_of_cover": _t("Days of cover"),
        "packer": _t("Packer"), "station": _t("Station"), "active_hours": _t("Active hours"),
        "orders_per_hour": _t("Orders per hour"), "scans": _t("Item scans"), "mis_scans": _t("Mis-scans"),
        "mis_scan_rate": _t("Mis-scan rate"),
    }
    return titles.get(name, name)


def cell_display(column: str, value: Cell) -> str:
    if value is None:
        return "—"
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, float):
        if column.endswith(("share", "rate")) and column != "daily_rate":
            return f"{value:.1%}" if value >= 0.001 or value == 0 else f"{value:.2%}"
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table = ReportTable(())

    def show(self, table: ReportTable) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_display(self._table.columns[index.column()], value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float | Decimal):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return column_title(self._table.columns[section])
        return None
