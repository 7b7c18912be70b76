"""Bulk writes for the import and demo paths: parameterised executemany, ids reserved up front."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from itertools import chain
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, select, text
from sqlalchemy.engine import Connection

from desktop_oms.db.search_index import SQLITE_FTS, SQLITE_UP


def reserve_ids(conn: Connection, table: Table, count: int) -> list[int]:
    """`count` fresh primary keys for `table`, taken inside the caller's transaction.

    SQLite: the caller holds the write lock (BEGIN IMMEDIATE), so max(id)+1… is ours alone.
    PostgreSQL: drawn from the table's own sequence, so concurrent writers never collide.
    """
    if count <= 0:
        return []
    if conn.dialect.name == "postgresql":
        rows = conn.execute(
            text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
            {"t": table.name, "n": count},
        )
        return [row[0] for row in rows]
    start = conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {table.name}")).scalar_one()  # noqa: S608 - our table name
    return list(range(start + 1, start + 1 + count))


def insert_rows(
    conn: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    converted: bool = False,
) -> None:
    """INSERT many rows of plain values (tuples in `columns` order) with one executemany.

    `converted=True`: the values are already in the database's own form (as `to_db` makes them),
    so the per-value conversion is skipped — a third of the time on the million-row paths.
    """
    dialect = conn.dialect.name
    batch = list(rows) if converted else [tuple(to_db(value, dialect) for value in row) for row in rows]
    if not batch:
        return
    for name in columns:
        table.c[name]
    marker = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    quote = conn.dialect.identifier_preparer.quote
    names = ", ".join(quote(name) for name in columns)  # "user" is a reserved word on PostgreSQL
    sql = f"INSERT INTO {quote(table.name)} ({names}) VALUES ({', '.join([marker] * len(columns))})"  # noqa: S608
    conn.exec_driver_sql(sql, batch)


def select_in(
    conn: Connection,
    table: Table,
    columns: Sequence[str],
    key: str,
    keys: Iterable[Any],
    *,
    chunk: int = 900,
) -> list[Sequence[Any]]:
    """`SELECT columns FROM table WHERE key IN (…)` for many keys: parameterised, a few statements.

    The keys go `chunk` at a time (well under SQLite's old limit of 999 bound parameters). The
    statement text is written here rather than compiled from a Core `select` per chunk: on the
    import path that compilation was most of the look-up's time.
    """
    for name in (*columns, key):
        table.c[name]  # an unknown column fails here, before any SQL
    quote = conn.dialect.identifier_preparer.quote
    marker = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    head = f"SELECT {', '.join(quote(n) for n in columns)} FROM {quote(table.name)} WHERE {quote(key)} IN "  # noqa: S608
    values = list(dict.fromkeys(keys))
    found: list[Sequence[Any]] = []
    for start in range(0, len(values), chunk):
        part = values[start:start + chunk]
        found.extend(conn.exec_driver_sql(f"{head}({', '.join([marker] * len(part))})", tuple(part)).all())
    return found


def to_db(value: Any, dialect: str) -> Any:
    if isinstance(value, datetime):
        return timestamp_writer(dialect)(value)
    if isinstance(value, Decimal):
        return str(value) if dialect == "sqlite" else value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


def timestamp_writer(dialect: str) -> Callable[[datetime], Any]:
    """Aware datetime → what `to_db` makes of it, as one function picked once per dialect.

    For the row builders that write `converted=True` rows: they know which values are times.
    """
    return _sqlite_timestamp if dialect == "sqlite" else _utc


def money_writer(dialect: str) -> Callable[[Decimal], Any]:
    """Decimal → what `to_db` makes of it (text on SQLite, so no float rounding on the way)."""
    return str if dialect == "sqlite" else _same


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("naive datetime in a bulk insert")
    return value.astimezone(UTC)


def _sqlite_timestamp(value: datetime) -> str:
    # The text SQLAlchemy's DateTime writes on SQLite (YYYY-MM-DD HH:MM:SS.ffffff), so comparisons
    # agree; isoformat is quicker than strftime and pads the year the same way.
    return _utc(value).isoformat(" ", "microseconds")[:26]


def _same(value: Decimal) -> Decimal:
    return value


def fix_sequences(conn: Connection, tables: Iterable[Table]) -> None:
    """After explicit ids were written on PostgreSQL, move each sequence past the largest id."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        biggest = f"SELECT coalesce(max(id), 0) FROM {table.name}"  # noqa: S608 - our own table name
        conn.execute(
            text(f"SELECT setval(pg_get_serial_sequence(:t, 'id'), greatest(({biggest}), 1))"),
            {"t": table.name},
        )


def insert_if_absent(conn: Connection, table: Table, values: dict[str, Any]) -> None:
    """INSERT … ON CONFLICT DO NOTHING, on both databases (safe when two stations race)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        conn.execute(pg_insert(table).values(**values).on_conflict_do_nothing())
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        conn.execute(sqlite_insert(table).values(**values).on_conflict_do_nothing())


def insert_many_if_absent(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """`insert_if_absent` for many rows with the same keys, as one executemany."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        conn.execute(pg_insert(table).on_conflict_do_nothing(), list(rows))
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        conn.execute(sqlite_insert(table).on_conflict_do_nothing(), list(rows))


# ---------------------------------------------------------------------------------------------------------------
# The demo's bulk path: multi-row INSERTs, scratch SQLite files copied in with INSERT … SELECT, PostgreSQL COPY,
# and the order search index kept by statement instead of by row.


def insert_values(
    dbapi_conn: sqlite3.Connection, name: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """`INSERT INTO name (columns) VALUES (…), (…), …` on a plain sqlite3 connection: tuples in `columns` order.

    About 4,000 values a statement (fewer if SQLite's bound-parameter limit is lower): binding one statement
    of many rows costs far less than a statement per row, and bigger ones were no quicker here. The values
    must already be in the database's own form; `name` and `columns` are our own identifiers.
    """
    if not rows:
        return
    width = len(columns)
    limit = min(dbapi_conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER), 4_000)
    per = max(1, limit // width)
    head = f"INSERT INTO {_quote(name)} ({', '.join(_quote(c) for c in columns)}) VALUES "  # noqa: S608
    one = f"({', '.join(['?'] * width)})"
    full = head + ", ".join([one] * per)
    flatten = chain.from_iterable
    for start in range(0, len(rows), per):
        part = rows[start : start + per]
        sql = full if len(part) == per else head + ", ".join([one] * len(part))
        dbapi_conn.execute(sql, tuple(flatten(part)))


def open_stage(path: Path) -> sqlite3.Connection:
    """A new scratch SQLite file for rows on their way into the shop: no journal, no fsync (it is thrown away)."""
    stage = sqlite3.connect(path, isolation_level=None)
    stage.execute("PRAGMA journal_mode=OFF")
    stage.execute("PRAGMA synchronous=OFF")
    return stage


def stage_rows(stage: sqlite3.Connection, name: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A table `name` of untyped `columns` in a scratch file, filled with `rows` as they are (no index).

    Untyped columns keep every value exactly as bound, so copying them into the shop's typed table later
    stores what binding them there directly would have stored.
    """
    stage.execute(f"CREATE TABLE {_quote(name)} ({', '.join(_quote(c) for c in columns)})")
    insert_values(stage, name, columns, rows)


def attach_stage(conn: Connection, path: Path, schema: str) -> None:
    """ATTACH a scratch file to the transaction's connection (SQLite; the file name is a bound parameter)."""
    conn.exec_driver_sql(f"ATTACH DATABASE ? AS {_quote(schema)}", (str(path),))


def copy_staged(
    conn: Connection,
    table: Table,
    columns: Sequence[str],
    *,
    schema: str,
    shift: dict[str, int] | None = None,
    seconds: Collection[str] = (),
    cents: Collection[str] = (),
) -> None:
    """`INSERT INTO table (columns) SELECT … FROM schema.table` in the staged order, in SQLite alone.

    `shift` adds a number to id columns: rows staged with ids counted from 1 get the ids that follow
    what the shop already holds (read inside the caller's transaction, which holds the write lock).
    `seconds` columns were staged as whole seconds since the epoch and become the text SQLAlchemy's
    DateTime writes (YYYY-MM-DD HH:MM:SS.ffffff, UTC); `cents` columns were staged as whole cents and
    become the same NUMERIC value that binding "12.30" stores.
    """
    for name in columns:
        table.c[name]
    moved = shift or {}
    picks = []
    for name in columns:
        pick = f"{_quote(name)} + ?" if name in moved else _quote(name)
        if name in seconds:
            pick = f"strftime('%Y-%m-%d %H:%M:%S.000000', {pick}, 'unixepoch')"
        elif name in cents:
            pick = f"{pick} / 100.0"
        picks.append(pick)
    params = tuple(moved[name] for name in columns if name in moved)
    names = ", ".join(_quote(name) for name in columns)
    conn.exec_driver_sql(
        f"INSERT INTO main.{_quote(table.name)} ({names}) "  # noqa: S608 - our identifiers, bound values
        f"SELECT {', '.join(picks)} FROM {_quote(schema)}.{_quote(table.name)} ORDER BY rowid",
        params,
    )


def copy_rows(conn: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """PostgreSQL `COPY table (columns) FROM STDIN` of rows already in the database's own form (psycopg 3)."""
    for name in columns:
        table.c[name]
    quote = conn.dialect.identifier_preparer.quote
    names = ", ".join(quote(name) for name in columns)
    with conn.connection.driver_connection.cursor() as cursor:  # type: ignore[union-attr]
        with cursor.copy(f"COPY {quote(table.name)} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)


def max_id(conn: Connection, table: Table) -> int:
    """The largest id of `table`, 0 when it is empty."""
    return int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one())


#: The trigger that indexes each new order for search, one row at a time (SQLite; migration 0002).
ORDER_SEARCH_TRIGGER = "orders_fts_insert"
_ORDER_SEARCH_TRIGGER_DDL = next(s for s in SQLITE_UP if f"TRIGGER IF NOT EXISTS {ORDER_SEARCH_TRIGGER} " in s)


def suspend_order_search(conn: Connection) -> bool:
    """Drop the per-row search trigger for a bulk insert of orders (SQLite); True when there was one to drop.

    Only in the caller's transaction: it must call `resume_order_search` before committing, so no one ever
    sees the trigger missing or an order outside the index. The delete and update triggers stay (a bulk
    insert never fires them).
    """
    if conn.dialect.name != "sqlite":
        return False
    found = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?", (ORDER_SEARCH_TRIGGER,)
    ).first()
    if found is None:
        return False
    conn.exec_driver_sql(f"DROP TRIGGER {ORDER_SEARCH_TRIGGER}")
    return True


def resume_order_search(conn: Connection, first_id: int) -> None:
    """Index the orders from `first_id` on in one statement (what the trigger does row by row), then put the
    trigger back exactly as migration 0002 makes it."""
    conn.exec_driver_sql(
        f"INSERT INTO {SQLITE_FTS}(rowid, order_no, customer_name, email, phone) "  # noqa: S608 - constants
        "SELECT id, order_no, customer_name, email, phone FROM orders WHERE id >= ? ORDER BY id",
        (first_id,),
    )
    conn.exec_driver_sql(_ORDER_SEARCH_TRIGGER_DDL)


def _quote(name: str) -> str:
    """An SQLite identifier in double quotes (for our own table and column names: "user" is a keyword)."""
    return '"' + name.replace('"', '""') + '"'
