"""Bulk writes for the import and demo paths: parameterised executemany, ids reserved up front."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
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


def to_db(value: Any, dialect: str) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime in a bulk insert")
        utc = value.astimezone(UTC)
        # SQLite: the same text SQLAlchemy's DateTime writes, so comparisons agree.
        return utc.strftime("%Y-%m-%d %H:%M:%S.%f") if dialect == "sqlite" else utc
    if isinstance(value, Decimal):
        return str(value) if dialect == "sqlite" else value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
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
