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
    """Opens a session in the calling thread; `commit()` or everything is rolled back."""

    def __init__(self, engine: Engine, *, read_only: bool = False) -> None:
        bind = engine.execution_options(sqlite_begin="DEFERRED") if read_only else engine
        self.session = Session(bind=bind, expire_on_commit=False, autoflush=True)
        self.dialect = engine.dialect.name
        self._committed = False

    def __enter__(self) -> UnitOfWork:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if not self._committed:
            self.session.rollback()
        self.session.close()

    @property
    def connection(self) -> Connection:
        """The transaction's connection, for Core statements (bulk paths)."""
        return self.session.connection()

    def commit(self) -> None:
        self.session.commit()
        self._committed = True

    def rollback(self) -> None:
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
