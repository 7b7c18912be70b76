"""The order search index and change notifications: DDL outside the models, per database.

SQLite gets an FTS5 table with the trigram tokenizer over order number, customer, e-mail and
phone, kept up to date by triggers; PostgreSQL gets a pg_trgm GIN index on the same text and
statement triggers that NOTIFY the stations when orders, stock or products change. Neither can be
described by the models, so the schema comparison is told to look past them (`include_object`).
"""

from __future__ import annotations

from typing import Any

#: The text that a search matches, as one expression (PostgreSQL; the index is built on exactly this).
PG_SEARCH_TEXT = "(order_no || ' ' || customer_name || ' ' || email || ' ' || phone)"
PG_CHANNEL = "desktop_oms_changes"
#: Tables whose changes are announced to the other stations.
WATCHED = ("orders", "order_lines", "stock", "products", "shipments", "cases")

SQLITE_FTS = "orders_fts"

# Written out in full (constant DDL, no user input anywhere near it).
SQLITE_UP = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS orders_fts USING fts5(order_no, customer_name, email, phone, "
    "content='orders', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER IF NOT EXISTS orders_fts_insert AFTER INSERT ON orders BEGIN "
    "INSERT INTO orders_fts(rowid, order_no, customer_name, email, phone) "
    "VALUES (new.id, new.order_no, new.customer_name, new.email, new.phone); END",
    "CREATE TRIGGER IF NOT EXISTS orders_fts_delete AFTER DELETE ON orders BEGIN "
    "INSERT INTO orders_fts(orders_fts, rowid, order_no, customer_name, email, phone) "
    "VALUES ('delete', old.id, old.order_no, old.customer_name, old.email, old.phone); END",
    "CREATE TRIGGER IF NOT EXISTS orders_fts_update AFTER UPDATE OF order_no, customer_name, email, phone "
    "ON orders BEGIN "
    "INSERT INTO orders_fts(orders_fts, rowid, order_no, customer_name, email, phone) "
    "VALUES ('delete', old.id, old.order_no, old.customer_name, old.email, old.phone); "
    "INSERT INTO orders_fts(rowid, order_no, customer_name, email, phone) "
    "VALUES (new.id, new.order_no, new.customer_name, new.email, new.phone); END",
    "INSERT INTO orders_fts(orders_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS orders_fts_insert",
    "DROP TRIGGER IF EXISTS orders_fts_delete",
    "DROP TRIGGER IF EXISTS orders_fts_update",
    "DROP TABLE IF EXISTS orders_fts",
]

PG_UP = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE INDEX IF NOT EXISTS ix_orders_search_trgm ON orders USING gin ({PG_SEARCH_TEXT} gin_trgm_ops)",
    "CREATE OR REPLACE FUNCTION desktop_oms_notify() RETURNS trigger LANGUAGE plpgsql AS $$ "
    f"BEGIN PERFORM pg_notify('{PG_CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$",
    *(f"CREATE OR REPLACE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
      "FOR EACH STATEMENT EXECUTE FUNCTION desktop_oms_notify()" for table in WATCHED),
]
PG_DOWN = [
    *(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}" for table in WATCHED),
    "DROP FUNCTION IF EXISTS desktop_oms_notify()",
    "DROP INDEX IF EXISTS ix_orders_search_trgm",
]


#: The knowledge base's search: the same shapes over title, body and tags (Chinese and English alike;
#: trigrams need no word breaks). Shorter queries than a trigram fall back to LIKE on a small table.
PG_KB_TEXT = "(title || ' ' || body || ' ' || tags)"
SQLITE_KB_FTS = "kb_fts"
KB_SQLITE_UP = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS kb_fts USING fts5(title, body, tags, "
    "content='kb_articles', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER IF NOT EXISTS kb_fts_insert AFTER INSERT ON kb_articles BEGIN "
    "INSERT INTO kb_fts(rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags); END",
    "CREATE TRIGGER IF NOT EXISTS kb_fts_delete AFTER DELETE ON kb_articles BEGIN "
    "INSERT INTO kb_fts(kb_fts, rowid, title, body, tags) VALUES ('delete', old.id, old.title, old.body, old.tags); END",
    "CREATE TRIGGER IF NOT EXISTS kb_fts_update AFTER UPDATE OF title, body, tags ON kb_articles BEGIN "
    "INSERT INTO kb_fts(kb_fts, rowid, title, body, tags) VALUES ('delete', old.id, old.title, old.body, old.tags); "
    "INSERT INTO kb_fts(rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags); END",
    "INSERT INTO kb_fts(kb_fts) VALUES ('rebuild')",
]
KB_SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS kb_fts_insert",
    "DROP TRIGGER IF EXISTS kb_fts_delete",
    "DROP TRIGGER IF EXISTS kb_fts_update",
    "DROP TABLE IF EXISTS kb_fts",
]
KB_PG_UP = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE INDEX IF NOT EXISTS ix_kb_search_trgm ON kb_articles USING gin ({PG_KB_TEXT} gin_trgm_ops)",
]
KB_PG_DOWN = ["DROP INDEX IF EXISTS ix_kb_search_trgm"]


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """For schema comparison: skip the search index and FTS5's own tables, which no model describes."""
    if type_ == "table" and name and name.startswith((SQLITE_FTS, SQLITE_KB_FTS)):
        return False
    return not (type_ == "index" and name in ("ix_orders_search_trgm", "ix_kb_search_trgm"))
