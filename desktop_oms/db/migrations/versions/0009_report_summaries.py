"""Reports: small per-day summary tables, and triggers that mark which days changed.

The reports read per-local-day summaries (orders by channel, method and status; product lines; lead
times; carrier results) instead of grouping a year of orders on every chart. Which local day an order
belongs to depends on the shop's time zone, which a trigger cannot know (SQLite has no zones), so the
triggers only note the UTC day of every order, order line, shipment or payment written
(``report_dirty``); the report service recomputes the local days those touch, in SQL, before it
reads. On PostgreSQL the triggers are per statement over transition tables (a bulk COPY notes each
day once); nothing is unique in ``report_dirty``, so writers never wait on each other there.

Revision ID: 0009
Revises: 0008
"""

# ruff: noqa: S608  (the SQL is put together from this file's constants only: no value from outside)

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

DAY = "to_char({0} AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
SQLITE_DAY = "substr({0}, 1, 10)"

#: (trigger, table, event, kind, the days it marks: a SELECT of day strings over NEW/OLD or transition tables)
SQLITE_TRIGGERS = [
    ("orders_inserted", "orders", "INSERT", "orders", "SELECT substr(NEW.created_at, 1, 10) AS d"),
    ("orders_updated", "orders", "UPDATE OF status, total, channel, payment_method, held_from, created_at", "orders",
     "SELECT substr(OLD.created_at, 1, 10) AS d UNION SELECT substr(NEW.created_at, 1, 10)"),
    ("orders_deleted", "orders", "DELETE", "orders", "SELECT substr(OLD.created_at, 1, 10) AS d"),
    ("lines_inserted", "order_lines", "INSERT", "orders",
     "SELECT substr(created_at, 1, 10) AS d FROM orders WHERE id = NEW.order_id"),
    ("lines_updated", "order_lines", "UPDATE OF qty, line_total, product_id, order_id", "orders",
     "SELECT substr(created_at, 1, 10) AS d FROM orders WHERE id IN (OLD.order_id, NEW.order_id)"),
    ("lines_deleted", "order_lines", "DELETE", "orders",
     "SELECT substr(created_at, 1, 10) AS d FROM orders WHERE id = OLD.order_id"),
    ("shipments_inserted", "shipments", "INSERT", "ships", "SELECT substr(NEW.shipped_at, 1, 10) AS d"),
    ("shipments_updated", "shipments", "UPDATE OF status, shipped_at, delivered_at, carrier, order_id", "ships",
     "SELECT substr(OLD.shipped_at, 1, 10) AS d UNION SELECT substr(NEW.shipped_at, 1, 10)"),
    ("shipments_deleted", "shipments", "DELETE", "ships", "SELECT substr(OLD.shipped_at, 1, 10) AS d"),
    ("payments_inserted", "payments", "INSERT", "ships",
     "SELECT substr(shipped_at, 1, 10) AS d FROM shipments WHERE order_id = NEW.order_id"),
    ("payments_updated", "payments", "UPDATE OF created_at, status, kind", "ships",
     "SELECT substr(shipped_at, 1, 10) AS d FROM shipments WHERE order_id = NEW.order_id"),
]

#: (trigger, table, event, transition tables, kind, the days it marks)
PG_TRIGGERS = [
    ("orders_inserted", "orders", "INSERT", "NEW TABLE AS new_rows", "orders",
     f"SELECT {DAY.format('created_at')} FROM new_rows"),
    ("orders_updated", "orders", "UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows", "orders",
     f"SELECT {DAY.format('o.created_at')} FROM old_rows o JOIN new_rows n ON n.id = o.id "
     "WHERE (o.status, o.total, o.channel, o.payment_method, o.held_from, o.created_at) IS DISTINCT FROM "
     "(n.status, n.total, n.channel, n.payment_method, n.held_from, n.created_at) "
     f"UNION SELECT {DAY.format('n.created_at')} FROM old_rows o JOIN new_rows n ON n.id = o.id "
     "WHERE (o.status, o.total, o.channel, o.payment_method, o.held_from, o.created_at) IS DISTINCT FROM "
     "(n.status, n.total, n.channel, n.payment_method, n.held_from, n.created_at)"),
    ("orders_deleted", "orders", "DELETE", "OLD TABLE AS old_rows", "orders",
     f"SELECT {DAY.format('created_at')} FROM old_rows"),
    ("lines_inserted", "order_lines", "INSERT", "NEW TABLE AS new_rows", "orders",
     f"SELECT {DAY.format('o.created_at')} FROM orders o WHERE o.id IN (SELECT order_id FROM new_rows)"),
    ("lines_updated", "order_lines", "UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows", "orders",
     f"SELECT {DAY.format('o.created_at')} FROM orders o WHERE o.id IN (SELECT n.order_id FROM new_rows n "
     "JOIN old_rows d ON d.id = n.id WHERE (n.qty, n.line_total, n.product_id, n.order_id) IS DISTINCT FROM "
     "(d.qty, d.line_total, d.product_id, d.order_id) UNION SELECT d.order_id FROM new_rows n "
     "JOIN old_rows d ON d.id = n.id WHERE (n.qty, n.line_total, n.product_id, n.order_id) IS DISTINCT FROM "
     "(d.qty, d.line_total, d.product_id, d.order_id))"),
    ("lines_deleted", "order_lines", "DELETE", "OLD TABLE AS old_rows", "orders",
     f"SELECT {DAY.format('o.created_at')} FROM orders o WHERE o.id IN (SELECT order_id FROM old_rows)"),
    ("shipments_inserted", "shipments", "INSERT", "NEW TABLE AS new_rows", "ships",
     f"SELECT {DAY.format('shipped_at')} FROM new_rows"),
    ("shipments_updated", "shipments", "UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows", "ships",
     f"SELECT {DAY.format('o.shipped_at')} FROM old_rows o JOIN new_rows n ON n.id = o.id "
     "WHERE (o.status, o.shipped_at, o.delivered_at, o.carrier, o.order_id) IS DISTINCT FROM "
     "(n.status, n.shipped_at, n.delivered_at, n.carrier, n.order_id) "
     f"UNION SELECT {DAY.format('n.shipped_at')} FROM old_rows o JOIN new_rows n ON n.id = o.id "
     "WHERE (o.status, o.shipped_at, o.delivered_at, o.carrier, o.order_id) IS DISTINCT FROM "
     "(n.status, n.shipped_at, n.delivered_at, n.carrier, n.order_id)"),
    ("shipments_deleted", "shipments", "DELETE", "OLD TABLE AS old_rows", "ships",
     f"SELECT {DAY.format('shipped_at')} FROM old_rows"),
    ("payments_inserted", "payments", "INSERT", "NEW TABLE AS new_rows", "ships",
     f"SELECT {DAY.format('s.shipped_at')} FROM shipments s WHERE s.order_id IN (SELECT order_id FROM new_rows)"),
    ("payments_updated", "payments", "UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows", "ships",
     f"SELECT {DAY.format('s.shipped_at')} FROM shipments s WHERE s.order_id IN (SELECT order_id FROM new_rows)"),
]


def _day_columns() -> list[sa.Column[object]]:
    return [sa.Column("day", sa.Date(), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "report_dirty",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_dirty")),
    )
    op.create_index("ix_report_dirty_kind_day", "report_dirty", ["kind", "day"])
    op.create_table(
        "report_order_days", *_day_columns(),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("payment_method", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("held_from", sa.String(length=20), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("revenue_cents", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("day", "channel", "payment_method", "status", "held_from",
                                name=op.f("pk_report_order_days")),
    )
    op.create_table(
        "report_product_days", *_day_columns(),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
        sa.Column("revenue_cents", sa.BigInteger(), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "channel", "product_id", name=op.f("pk_report_product_days")),
    )
    op.create_table(
        "report_lead_days", *_day_columns(),
        sa.Column("carrier", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("shipments", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "carrier", "channel", "hour", name=op.f("pk_report_lead_days")),
    )
    op.create_table(
        "report_carrier_days", *_day_columns(),
        sa.Column("carrier", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("region", sa.String(length=120), nullable=False),
        sa.Column("shipments", sa.Integer(), nullable=False),
        sa.Column("delivered", sa.Integer(), nullable=False),
        sa.Column("transit_seconds", sa.Float(), nullable=False),
        sa.Column("on_time", sa.Integer(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "carrier", "channel", "country", "region", name=op.f("pk_report_carrier_days")),
    )
    if op.get_bind().dialect.name == "sqlite":
        for name, table, event, kind, days in SQLITE_TRIGGERS:
            op.execute(
                f"CREATE TRIGGER report_{name} AFTER {event} ON {table} BEGIN "
                f"INSERT INTO report_dirty (kind, day) SELECT '{kind}', changed.d FROM ({days}) AS changed "
                f"WHERE changed.d IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty r WHERE r.kind = '{kind}' "
                "AND r.day = changed.d); END")
        return
    for name, table, event, transition, kind, days in PG_TRIGGERS:
        op.execute(
            f"CREATE FUNCTION report_mark_{name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"INSERT INTO report_dirty (kind, day) SELECT DISTINCT '{kind}', d FROM ({days}) AS changed(d) "
            f"WHERE d IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty r WHERE r.kind = '{kind}' "
            "AND r.day = changed.d); RETURN NULL; END $$")
        op.execute(f"CREATE TRIGGER report_{name} AFTER {event} ON {table} REFERENCING {transition} "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION report_mark_{name}()")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name, table, *_ in SQLITE_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS report_{name}" + ("" if sqlite else f" ON {table}"))
        if not sqlite:
            op.execute(f"DROP FUNCTION IF EXISTS report_mark_{name}()")
    for table in ("report_carrier_days", "report_lead_days", "report_product_days", "report_order_days"):
        op.drop_table(table)
    op.drop_index("ix_report_dirty_kind_day", table_name="report_dirty")
    op.drop_table("report_dirty")
