"""The unit of work: one transaction per user action, rolled back unless committed."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

T = TypeVar("T")

#: PostgreSQL SQLSTATEs worth retrying: serialization failure, deadlock.
RETRYABLE_PG = {"40001", "40P01"}


class UnitOfWork:
    """Opens a transaction in the calling thread; `commit()` or everything is rolled back.

    `core=True` gives a plain Core connection without an ORM session, for the hot paths
    (allocation) where the session's bookkeeping would be most of the cost.
    """

    def __init__(self, engine: Engine, *, read_only: bool = False, core: bool = False) -> None:
        bind = engine.execution_options(sqlite_begin="DEFERRED") if read_only else engine
        self.dialect = engine.dialect.name
        self._committed = False
        self._session: Session | None = None
        self._core: Connection | None = None
        if core:
            self._core = bind.connect()
            self._core.begin()
        else:
            self._session = Session(bind=bind, expire_on_commit=False, autoflush=True)

    def __enter__(self) -> UnitOfWork:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._core is not None:
            if not self._committed:
                self._core.rollback()
            self._core.close()
            return
        if not self._committed:
            self.session.rollback()
        self.session.close()

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("a core unit of work has no ORM session")
        return self._session

    @property
    def connection(self) -> Connection:
        """The transaction's connection, for Core statements (bulk paths)."""
        if self._core is not None:
            return self._core
        return self.session.connection()

    def commit(self) -> None:
        if self._core is not None:
            self._core.commit()
        else:
            self.session.commit()
        self._committed = True

    def rollback(self) -> None:
        if self._core is not None:
            self._core.rollback()
        else:
            self.session.rollback()


UnitOfWorkFactory = Callable[..., UnitOfWork]


def is_retryable(error: BaseException) -> bool:
    """A serialization failure or deadlock (PostgreSQL) or a busy database (SQLite)."""
    if not isinstance(error, DBAPIError):
        return False
    code = getattr(error.orig, "sqlstate", None) or getattr(error.orig, "pgcode", None)
    if code in RETRYABLE_PG:
        return True
    text = str(error.orig).lower()
    return "database is locked" in text or "database is busy" in text


def retrying(fn: Callable[[], T], *, attempts: int = 6, base_delay: float = 0.01) -> T:
    """Run `fn` (which opens its own unit of work) again after a retryable failure, with jitter."""
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except DBAPIError as error:
            if attempt == attempts or not is_retryable(error):
                raise
            time.sleep(random.uniform(0, base_delay * 2**attempt))
    raise AssertionError("unreachable")  # pragma: no cover
