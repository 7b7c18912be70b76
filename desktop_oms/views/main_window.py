"""The first main window: the newest orders and the stock, read-only (the full queue arrives next)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QMainWindow, QTableWidget, QTableWidgetItem, QTabWidget

from desktop_oms.domain.money import format_amount
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.results import OrderRow, StockRow


class OrderQueries(Protocol):
    def list_orders(self, *, actor: Actor, status: str | None = None, search: str = "",
                    limit: int = 50) -> list[OrderRow]: ...


class StockQueries(Protocol):
    def list_stock(self, *, actor: Actor, low_only: bool = False, search: str = "") -> list[StockRow]: ...


class MainWindow(QMainWindow):
    def __init__(self, orders: OrderQueries, stock: StockQueries, db_label: str,
                 actor: Actor | None = None) -> None:
        super().__init__()
        self._actor = actor or Actor("desktop", Role.MANAGER)
        self.setWindowTitle(self.tr("desktop-oms — {0}").format(db_label))
        self.resize(1100, 700)
        self.tabs = QTabWidget()
        self.setCentralWidget(self.tabs)
        self.orders_table = self._table([self.tr("Order"), self.tr("Created"), self.tr("Customer"),
                                         self.tr("Status"), self.tr("Total"), self.tr("Lines")])
        self.stock_table = self._table([self.tr("SKU"), self.tr("Name"), self.tr("On hand"),
                                        self.tr("Reserved"), self.tr("Available")])
        self.tabs.addTab(self.orders_table, self.tr("Orders"))
        self.tabs.addTab(self.stock_table, self.tr("Stock"))
        newest = orders.list_orders(actor=self._actor, limit=200)
        self._fill(newest, stock.list_stock(actor=self._actor))
        self.statusBar().showMessage(self.tr("Showing the %n newest order(s)", "", len(newest)))

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _fill(self, orders: list[OrderRow], stock: list[StockRow]) -> None:
        self.orders_table.setRowCount(len(orders))
        for i, o in enumerate(orders):
            values = [o.order_no, f"{o.created_at.astimezone():%Y-%m-%d %H:%M}", o.customer, o.status,
                      f"{format_amount(o.total)} {o.currency}", str(o.lines)]
            for j, value in enumerate(values):
                self.orders_table.setItem(i, j, QTableWidgetItem(value))
        self.stock_table.setRowCount(len(stock))
        for i, s in enumerate(stock):
            for j, value in enumerate([s.sku, s.name, str(s.on_hand), str(s.reserved), str(s.available)]):
                self.stock_table.setItem(i, j, QTableWidgetItem(value))
        self.orders_table.resizeColumnsToContents()
        self.stock_table.resizeColumnsToContents()
