"""Change feeds: tell a station that another one changed the shared data, without a restart.

PostgreSQL: the statement triggers of migration 0002 NOTIFY a channel; the feed LISTENs on its own
autocommit connection. SQLite: ``PRAGMA data_version`` on one connection changes whenever another
connection commits; the feed polls it. A feed belongs to the thread that opened it.
"""

from __future__ import annotations

import time
from typing import Protocol

from sqlalchemy import Engine

from desktop_oms.db.search_index import PG_CHANNEL


class ChangeFeed(Protocol):
    def wait(self, timeout: float) -> bool:
        """Block up to `timeout` seconds; True if something changed since the last call."""

    def close(self) -> None: ...


class SqliteChangeFeed:
    def __init__(self, engine: Engine, *, poll: float = 0.25) -> None:
        import sqlite3

        database = engine.url.database or ""
        self._conn = sqlite3.connect(database, timeout=5, isolation_level=None)
        self._poll = poll
        self._version = self._read()

    def _read(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            version = self._read()
            if version != self._version:
                self._version = version
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(self._poll, left))

    def close(self) -> None:
        self._conn.close()


class PostgresChangeFeed:
    def __init__(self, engine: Engine) -> None:
        import psycopg

        url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        self._conn.execute(f"LISTEN {PG_CHANNEL}")

    def wait(self, timeout: float) -> bool:
        changed = False
        for _ in self._conn.notifies(timeout=timeout, stop_after=1):
            changed = True
        if changed:  # take the rest of a burst at once
            for _ in self._conn.notifies(timeout=0.05):
                pass
        return changed

    def close(self) -> None:
        self._conn.close()


def open_change_feed(engine: Engine) -> ChangeFeed:
    if engine.dialect.name == "postgresql":
        return PostgresChangeFeed(engine)
    return SqliteChangeFeed(engine)
