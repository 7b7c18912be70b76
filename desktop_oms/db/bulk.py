"""Bulk writes for the import and demo paths: parameterised executemany, ids reserved up front."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.engine import Connection


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
