"""The main window: the tabs a role may use, menus and shortcuts, a status bar, live updates, remembered layout."""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget
from shiboken6 import isValid

from desktop_oms.domain.users import Actor, Permission
from desktop_oms.views.live import LiveUpdates
from desktop_oms.views.messages import role_label
from desktop_oms.views.orders.panel import OrdersPanel
from desktop_oms.views.tasks import TaskRunner

if TYPE_CHECKING:  # imported where they are first needed: start-up pays only for the order queue
    from PySide6.QtWidgets import QMenu

    from desktop_oms.views.aftersales import AftersalesPanel
    from desktop_oms.views.orders.detail import OrderDetailDialog
    from desktop_oms.views.orders.new_order_dialog import NewOrderDialog
    from desktop_oms.views.packing.panel import PackingPanel
    from desktop_oms.views.printing import StationPrinter
    from desktop_oms.views.reports.panel import ReportsPanel
    from desktop_oms.views.shipments import ShipmentsPanel
    from desktop_oms.views.shipments.poller import BackgroundPoller
    from desktop_oms.views.stock.panel import StockPanel


#: With deferred tabs: how long after the queue's first page arrives the other tabs are made (its paint first).
FIRST_PAINT_MS = 30
#: The other tabs' modules: with deferred tabs they are imported in a pool thread (no widget is made
#: there, only classes defined), then the tabs are built on the GUI thread one per turn of its loop.
TAB_MODULES = ("desktop_oms.views.printing", "desktop_oms.views.packing.panel", "desktop_oms.views.stock.panel",
               "desktop_oms.views.shipments", "desktop_oms.views.shop_sync", "desktop_oms.views.aftersales",
               "desktop_oms.views.reports")
#: The services those tabs use, made (their modules imported) in the same pool thread.
TAB_SERVICES = ("packing", "stock", "catalogue", "shipments", "tracking", "carriers", "outbox", "shop_sync",
                "shop_connections", "cases", "knowledge", "reports")


def _prepare_tabs(services: object) -> None:
    import importlib

    for name in TAB_MODULES:
        importlib.import_module(name)
    for name in TAB_SERVICES:
        getattr(services, name, None)


class WindowServices(Protocol):
    """The services the window hands to its tabs (bootstrap.Services fits)."""

    @property
    def queue(self) -> Any: ...
    @property
    def orders(self) -> Any: ...
    @property
    def allocation(self) -> Any: ...
    @property
    def stock(self) -> Any: ...
    @property
    def catalogue(self) -> Any: ...
    @property
    def changes(self) -> Any: ...
    @property
    def packing(self) -> Any: ...
    @property
    def shipments(self) -> Any: ...
    @property
    def tracking(self) -> Any: ...
    @property
    def outbox(self) -> Any: ...
    @property
    def cases(self) -> Any: ...
    @property
    def knowledge(self) -> Any: ...
    @property
    def order_entry(self) -> Any: ...


class MainWindow(QMainWindow):
    """Everything a station does, for the logged-in user; `logout_requested` asks the app to log in again."""

    logout_requested = Signal()
    settings_requested = Signal()
    #: Every tab the role may use is there (emitted from the event loop once they are, whether they
    #: were made in the constructor or, with `defer_tabs`, a moment after the first page).
    tabs_built = Signal()

    def __init__(self, services: WindowServices, tasks: TaskRunner, actor: Actor, db_label: str, *,
                 live: bool = True, station: str = "", defer_tabs: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._tasks, self._actor = services, tasks, actor
        self._details: dict[str, OrderDetailDialog] = {}
        self.setWindowTitle(self.tr("desktop-oms — {0}").format(db_label))
        self.resize(1280, 800)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.orders_panel = OrdersPanel(services.queue, services.orders, services.allocation, tasks, actor,
                                        packing=services.packing)
        self.orders_panel.open_order.connect(self.open_order)
        self.orders_panel.new_order_requested.connect(self.new_order)
        self.new_order_dialog: NewOrderDialog | None = None
        self.tabs.addTab(self.orders_panel, self.tr("Orders"))
        # The other tabs are made by _build_tabs: here, or — with `defer_tabs`, when the window opens on
        # the queue — once the queue's first page is on screen (their modules' import is most of a start).
        self.packing_panel: PackingPanel | None = None
        self.station_printer: StationPrinter | None = None
        self.stock_panel: StockPanel | None = None
        self.shipments_panel: ShipmentsPanel | None = None
        self.shop_sync: BackgroundPoller | None = None
        self.aftersales_panel: AftersalesPanel | None = None
        self.reports_panel: ReportsPanel | None = None
        self.print_actions: list[QAction] = []
        self._station = station
        self._tabs_built = False

        self.user_label = QLabel(self.tr("{0} ({1})").format(actor.name, role_label(actor.role)))
        self.db_label = QLabel(db_label)
        self.db_label.setToolTip(self.tr("The shop's database"))
        self.connection_label = QLabel()
        self.busy_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.user_label)
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.connection_label)
        tasks.busy_changed.connect(self._on_tasks_busy_changed)
        self.connection_label.setText(self.tr("○ connecting…") if live else self.tr("updates on F5"))
        self._build_menus()

        self.live = LiveUpdates(services.changes.watch, self)
        self.live.changed.connect(self.refresh)
        self.live.connection_changed.connect(self._set_connected)
        self._live_enabled = live
        remembered = QSettings().value("main/tab")
        on_the_queue = remembered is None and actor.role != "packer" or str(remembered) == "0"
        if not (defer_tabs and on_the_queue):
            self._build_tabs()
        self._restore_layout()

    def _build_tabs(self) -> None:
        """Packing, Stock, Shipments, After-sales and Reports (those the role may use), after the Orders tab."""
        for step in self._tab_steps():
            step()

    def _tab_steps(self) -> list[Callable[[], None]]:
        """The other tabs as steps, each short enough to run between two repaints (none if made already)."""
        if self._tabs_built:
            return []
        self._tabs_built = True
        return [self._add_print_actions, self._add_packing, self._add_stock, self._add_shipments,
                self._add_aftersales, self._add_reports, self._announce_tabs]

    def _announce_tabs(self) -> None:
        """`tabs_built`, from the event loop: also heard when the tabs were made in the constructor."""
        QTimer.singleShot(0, self, self.tabs_built.emit)

    def _add_print_actions(self) -> None:
        from desktop_oms.views.printing import install_print_actions

        self.print_actions = install_print_actions(self._orders_menu, self, self._services, self._tasks, self._actor,
                                                   self.orders_panel.selected_order_nos)

    def _add_packing(self) -> None:
        from desktop_oms.views.packing.panel import PackingPanel, actor_can_pack
        from desktop_oms.views.printing import StationPrinter, StationPrinting

        if not actor_can_pack(self._actor):
            return
        # Settings → Printing names this computer's station; else $DESKTOP_OMS_STATION / config / host name.
        bench = StationPrinting.load(default_station=self._station or socket.gethostname() or "station").station
        self.station_printer = StationPrinter(self._services.packing, self._tasks, self._actor, self)
        self.packing_panel = PackingPanel(self._services.packing, self._tasks, self._actor, bench,
                                          print_slip=self.station_printer.print_slip)
        self.station_printer.printed.connect(self.packing_panel.slip_printed)
        self.station_printer.failed.connect(self.packing_panel.slip_failed)
        self.packing_panel.order_packed.connect(lambda _no: self.orders_panel.refresh())
        self.packing_panel.order_shipped.connect(lambda _no: self.refresh())
        self.tabs.addTab(self.packing_panel, self.tr("Packing"))
        self._view_action(self.packing_panel)

    def _add_stock(self) -> None:
        from desktop_oms.views.stock.panel import StockPanel

        self.stock_panel = StockPanel(self._services.stock, self._services.catalogue, self._tasks, self._actor)
        self.tabs.addTab(self.stock_panel, self.tr("Stock"))
        self.orders_panel.orders_changed.connect(self.stock_panel.refresh)
        self.stock_panel.stock_changed.connect(self.orders_panel.refresh)  # goods in fills backorders
        self._view_action(self.stock_panel)

    def _add_shipments(self) -> None:
        from desktop_oms.views.shipments import install_shipments
        from desktop_oms.views.shop_sync import install_shop_sync

        services, tasks, actor = self._services, self._tasks, self._actor
        # After the menus (the tab takes F5 and Ctrl+F through the window's own actions) and the live feed.
        self.shipments_panel = install_shipments(self, services, tasks, actor)
        self.shop_sync = install_shop_sync(self, services, tasks, actor)  # the web shop's orders arrive by themselves
        poller = getattr(self, "tracking_poller", None)
        if poller is not None:  # after each background poll, the customer e-mails it queued go out
            poller.finished.connect(lambda _report: tasks.submit(
                services.outbox.send_due, actor=actor, pool="io", on_failure=lambda _error: None))
        if self.shipments_panel is not None:
            self._view_action(self.shipments_panel)

    def _add_aftersales(self) -> None:
        from desktop_oms.views.aftersales import install_aftersales

        self.aftersales_panel = install_aftersales(self, self._services, self._tasks, self._actor,
                                                   station=self._station)
        if self.aftersales_panel is not None:
            if self.stock_panel is not None:
                self.aftersales_panel.cases_changed.connect(self.stock_panel.refresh)  # goods-in restocks
            self._view_action(self.aftersales_panel)

    def _add_reports(self) -> None:
        from desktop_oms.views.reports import install_reports

        self.reports_panel = install_reports(self, self._services, self._tasks, self._actor)  # managers, admins
        if self.reports_panel is not None:
            self._view_action(self.reports_panel)

    def _view_action(self, panel: QWidget) -> None:
        """View → the tab, with Ctrl+<its place>."""
        number = self.tabs.indexOf(panel)
        self._action(self.view_menu, self.tabs.tabText(number), QKeySequence(f"Ctrl+{number + 1}"),
                     lambda: self.tabs.setCurrentWidget(panel))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.settings_action = self._action(file_menu, self.tr("&Settings…"), QKeySequence.StandardKey.Preferences,
                                            self.settings_requested.emit)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Log out"), None, self._on_logout)
        self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

        orders_menu = self.menuBar().addMenu(self.tr("&Orders"))
        self.find_action = self._action(orders_menu, self.tr("&Find…"), QKeySequence.StandardKey.Find, self.focus_search)
        self.refresh_action = self._action(orders_menu, self.tr("&Refresh"), QKeySequence.StandardKey.Refresh,
                                           self.refresh)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        orders_menu.addSeparator()
        panel = self.orders_panel
        self.new_order_action = self._action(orders_menu, self.tr("&New order…"), QKeySequence.StandardKey.New,
                                             self.new_order)
        self.new_order_action.setEnabled(self._actor.can(Permission.CREATE_ORDERS))
        self._action(orders_menu, self.tr("&Open order"), None, panel.open_selected)
        allocate = self._action(orders_menu, self.tr("&Allocate selected"), None, panel.allocate_selected)
        hold = self._action(orders_menu, self.tr("&Hold selected…"), None, panel.hold_selected)
        release = self._action(orders_menu, self.tr("R&elease selected"), None, panel.release_selected)
        cancel = self._action(orders_menu, self.tr("&Cancel selected…"), None, panel.cancel_selected)
        allocate.setEnabled(self._actor.can(Permission.ALLOCATE_ORDERS))
        for action in (hold, release):
            action.setEnabled(self._actor.can(Permission.HOLD_ORDERS))
        cancel.setEnabled(self._actor.can(Permission.CANCEL_ORDERS))
        give_back = self._action(orders_menu, self.tr("&Give back from packing…"), None,
                                 panel.release_claims_selected)
        give_back.setEnabled(self._actor.can(Permission.RELEASE_CLAIMS))
        orders_menu.addSeparator()
        self._orders_menu: QMenu = orders_menu  # the print actions come last, with the other tabs

        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._view_action(self.orders_panel)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About desktop-oms"), None, self._on_about)

    def _action(self, menu: Any, text: str, keys: Any, slot: Any) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # -- what the user does -------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not getattr(self, "_started", False):
            self._started = True
            self.orders_panel.start()
            # The stock list after the queue's first page, so the first thing on screen comes first.
            self.orders_panel.model.first_page_loaded.connect(self._load_stock_once)
            if self._live_enabled:
                self.live.start()

    def _load_stock_once(self) -> None:
        self.orders_panel.model.first_page_loaded.disconnect(self._load_stock_once)
        if self._tabs_built:
            self._refresh_stock()
        else:  # the other tabs once this first page is painted: their modules in the background, then them
            QTimer.singleShot(FIRST_PAINT_MS, lambda: self._tasks.submit(
                _prepare_tabs, self._services, pool="io", on_finished=self._build_tabs_stepwise))

    def _build_tabs_stepwise(self) -> None:
        """One tab per turn of the event loop, so the queue stays live while they are made."""
        steps = self._tab_steps()
        steps.append(self._refresh_stock)

        def next_step() -> None:
            if steps and isValid(self):  # a window closed meanwhile builds no more
                steps.pop(0)()
                QTimer.singleShot(0, next_step)

        next_step()

    def _refresh_stock(self) -> None:
        if self.stock_panel is not None:
            self.stock_panel.refresh()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.orders_panel)
        self.orders_panel.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.orders_panel.search_box.selectAll()

    def refresh(self) -> None:
        """F5, and whenever another station changed something: every tab and open order, keeping places."""
        self.orders_panel.refresh()
        self._refresh_stock()
        for dialog in list(self._details.values()):
            dialog.refresh()

    def open_order(self, order_no: str) -> OrderDetailDialog:
        dialog = self._details.get(order_no)
        if dialog is None:
            from desktop_oms.views.orders.detail import OrderDetailDialog

            dialog = OrderDetailDialog(order_no, self._services.orders, self._tasks, self._actor, self,
                                       cases=getattr(self._services, "cases", None)
                                       if self.aftersales_panel is not None and self.aftersales_panel.queue else None,
                                       open_case=self.open_case)
            dialog.saved.connect(lambda _no: self.orders_panel.refresh())
            dialog.finished.connect(lambda _result, no=order_no: self._details.pop(no, None))
            self._details[order_no] = dialog
            dialog.reload()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def new_order(self) -> NewOrderDialog | None:
        """Ctrl+N: an order typed in; once saved it is selected in the queue and opened."""
        if not self._actor.can(Permission.CREATE_ORDERS):
            return None
        if self.new_order_dialog is None:
            from desktop_oms.views.orders.new_order_dialog import NewOrderDialog

            dialog = NewOrderDialog(self._services.order_entry, self._tasks, self._actor, self)
            dialog.order_created.connect(self._on_order_created)
            dialog.finished.connect(lambda _result: setattr(self, "new_order_dialog", None))
            self.new_order_dialog = dialog
        self.tabs.setCurrentWidget(self.orders_panel)
        self.new_order_dialog.show()
        self.new_order_dialog.raise_()
        self.new_order_dialog.activateWindow()
        return self.new_order_dialog

    def _on_order_created(self, created: Any) -> None:
        self.orders_panel.select_order(created.order_no)
        self._refresh_stock()
        self.open_order(created.order_no)

    def open_case(self, case_no: str) -> None:
        """A case in a window of its own (from an order's detail), the After-sales tab's when there is one."""
        if self.aftersales_panel is not None:
            self.aftersales_panel.open_case_window(case_no)

    def _on_logout(self) -> None:
        self.logout_requested.emit()
        self.close()

    def _on_about(self) -> None:
        QMessageBox.about(self, self.tr("About desktop-oms"),
                          self.tr("desktop-oms — the back office for an online shop's orders, stock, packing, "
                                  "shipping and after-sales."))

    def _on_tasks_busy_changed(self, running: int) -> None:
        self.busy_label.setText(self.tr("working…") if running else "")

    def _set_connected(self, connected: bool) -> None:
        self.connection_label.setText(self.tr("● live") if connected else self.tr("○ reconnecting…"))
        self.connection_label.setStyleSheet("color: #0f6b5c;" if connected else "color: #a11d1d;")
        self.connection_label.setToolTip(
            self.tr("Changes made at other stations appear here by themselves") if connected
            else self.tr("The database cannot be reached; retrying"))

    # -- layout remembered between sessions ---------------------------------------------------

    def _restore_layout(self) -> None:
        store = QSettings()
        geometry = store.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        header = store.value("orders/header")
        if isinstance(header, QByteArray):
            self.orders_panel.table.horizontalHeader().restoreState(header)
        remembered = store.value("main/tab")
        if remembered is not None and 0 <= int(str(remembered)) < self.tabs.count():
            self.tabs.setCurrentIndex(int(str(remembered)))
        elif self.packing_panel is not None and self._actor.role == "packer":
            self.tabs.setCurrentWidget(self.packing_panel)  # a packer's first start opens at the bench

    def save_layout(self) -> None:
        store = QSettings()
        store.setValue("main/geometry", self.saveGeometry())
        store.setValue("orders/header", self.orders_panel.table.horizontalHeader().saveState())
        store.setValue("main/tab", self.tabs.currentIndex())
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.live.stop()
        if self.packing_panel is not None:
            self.packing_panel.give_back_on_leave()
        for dialog in list(self._details.values()):
            dialog.close()
        if self.aftersales_panel is not None:
            self.aftersales_panel.close_windows()
        super().closeEvent(event)
