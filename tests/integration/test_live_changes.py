"""Change feeds: a station hears, within two seconds, what another one committed (both databases)."""

from __future__ import annotations

import threading
import time

from sqlalchemy import text

from desktop_oms import bootstrap
from desktop_oms.bootstrap import Services
from desktop_oms.config import Settings
from desktop_oms.domain.users import Actor
from tests.factories import add_products, import_orders, order, product


def test_a_commit_at_another_station_is_heard_within_two_seconds(services: Services, db_url: str,
                                                                  admin: Actor) -> None:
    add_products(services, admin, product("TEA-1", 5))
    heard: list[float] = []
    connected = threading.Event()
    stop = threading.Event()

    def on_connection(up: bool) -> None:
        if up:
            connected.set()

    watcher = threading.Thread(target=services.changes.watch, args=(lambda: heard.append(time.monotonic()), stop),
                               kwargs={"on_connection": on_connection, "interval": 0.2}, daemon=True)
    watcher.start()
    try:
        assert connected.wait(10)
        time.sleep(0.5)
        assert heard == []  # nothing happened yet, nothing is heard
        other = bootstrap.build(Settings(db_url=db_url))
        try:
            committed = time.monotonic()
            import_orders(other, admin, order("L-1", ("TEA-1", 1)))
        finally:
            other.close()
        deadline = time.monotonic() + 2.0
        while not heard and time.monotonic() < deadline:
            time.sleep(0.05)
        assert heard and heard[0] - committed < 2.0
    finally:
        stop.set()
        watcher.join(5)
    assert not watcher.is_alive()


def test_a_rolled_back_transaction_is_not_announced(services: Services, admin: Actor) -> None:
    add_products(services, admin, product("TEA-1", 5))
    heard: list[int] = []
    connected = threading.Event()
    stop = threading.Event()
    watcher = threading.Thread(target=services.changes.watch, args=(lambda: heard.append(1), stop),
                               kwargs={"on_connection": lambda up: connected.set(), "interval": 0.2}, daemon=True)
    watcher.start()
    try:
        assert connected.wait(10)
        with services.uow() as tx:
            tx.connection.execute(text("UPDATE products SET name = 'x' WHERE sku = 'TEA-1'"))
            tx.rollback()
        time.sleep(1.0)
        assert heard == []
    finally:
        stop.set()
        watcher.join(5)
