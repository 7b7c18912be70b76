"""Engine set-up for SQLite (WAL, foreign keys, BEGIN IMMEDIATE) and PostgreSQL, and schema upgrades."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from desktop_oms.domain.errors import DatabaseUnavailable, InputRejected

__all__ = ["DatabaseUnavailable", "make_engine", "check_reachable", "upgrade"]

SQLITE_BUSY_TIMEOUT_MS = 30_000
MIGRATIONS = Path(__file__).with_name("migrations")


def make_engine(url: str, *, echo: bool = False, pool_size: int = 5) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseUnavailable(f"{url!r} is not a database URL (try sqlite:///path/shop.db)") from None
    try:
        if parsed.get_backend_name() == "sqlite":
            return _sqlite_engine(url, parsed.database, echo)
        if parsed.get_backend_name() == "postgresql":
            return create_engine(url, echo=echo, pool_size=pool_size, max_overflow=10, pool_pre_ping=True)
    except NoSuchModuleError as error:
        raise DatabaseUnavailable(f"no database driver for {parsed.drivername}: {error}") from None
    raise DatabaseUnavailable(f"unsupported database {parsed.get_backend_name()!r}: use sqlite or postgresql")


def _sqlite_engine(url: str, database: str | None, echo: bool) -> Engine:
    if database and database != ":memory:":
        folder = Path(database).expanduser().parent
        if not folder.exists():
            raise DatabaseUnavailable(f"the folder {folder} of the database file does not exist")
    engine = create_engine(url, echo=echo, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin event open transactions, not pysqlite's guesswork.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the write lock up front: no deadlock-prone lock upgrades.
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def check_reachable(engine: Engine) -> None:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as error:
        raise DatabaseUnavailable(_one_line(error)) from None


def _one_line(error: DBAPIError) -> str:
    message = str(error.orig).strip().splitlines()
    return message[0] if message else type(error.orig).__name__


#: The newest migration; a test proves it is Alembic's head. Lets a start-up on an up-to-date schema
#: skip importing Alembic and parsing every migration script (a third of a second).
HEAD = "0011"


def at_head(engine: Engine) -> bool:
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    except DBAPIError:  # no alembic_version yet: a new database
        return False


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (safe when several processes start at once)."""
    if at_head(engine):
        return
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    try:
        with engine.connect() as conn:
            if MigrationContext.configure(conn).get_current_revision() == head:
                return
        with engine.begin() as conn:
            if is_postgres(engine):
                conn.execute(text("SELECT pg_advisory_xact_lock(7411002)"))
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except DBAPIError as error:
        raise DatabaseUnavailable(_one_line(error)) from None


def reject_if_missing(path: Path) -> None:
    if not path.exists():
        raise InputRejected(f"{path}: no such file")
