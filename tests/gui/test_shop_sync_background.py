"""The web shop's orders arrive in the app's background while a connection is enabled, and not before."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from desktop_oms.bootstrap import Services
from desktop_oms.domain.users import Actor, Role
from desktop_oms.views.shop_sync import install_shop_sync
from desktop_oms.views.tasks import TaskRunner
from tests.integration.woo_shop import KEY, SECRET, WooShop, fixture_orders, woo, woo_server

__all__ = ["woo", "woo_server"]  # the fixtures

ADMIN = Actor("admin", Role.ADMIN)
AGENT = Actor("agent", Role.AGENT)
PACKER = Actor("packer", Role.PACKER)


def _orders(services: Services) -> list[str]:
    return sorted(o.order_no for o in services.orders.list_orders(actor=ADMIN))


def test_orders_arrive_by_themselves_once_the_shop_is_enabled(qtbot: QtBot, sqlite_services: Services,
                                                               tasks: TaskRunner, woo: WooShop) -> None:
    woo.add(*fixture_orders())
    window = QMainWindow()
    qtbot.addWidget(window)
    poller = install_shop_sync(window, sqlite_services, tasks, AGENT, every_ms=200, first_after_ms=10)
    assert poller is not None
    qtbot.waitUntil(lambda: poller.last_run_at is not None, timeout=10_000)
    assert poller.last_report is None and poller.last_error == "" and _orders(sqlite_services) == []

    sqlite_services.shop_connections.update(actor=ADMIN, base_url=woo.url, consumer_key=KEY,
                                            consumer_secret=SECRET, enabled=True)
    qtbot.waitUntil(lambda: poller.last_report is not None, timeout=20_000)
    assert poller.last_error == ""
    assert _orders(sqlite_services) and all(no.startswith("WC-") for no in _orders(sqlite_services))
    poller.stop()
    qtbot.waitUntil(lambda: not poller.running, timeout=20_000)


def test_a_packer_runs_no_shop_sync(qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    assert install_shop_sync(window, sqlite_services, tasks, PACKER) is None
