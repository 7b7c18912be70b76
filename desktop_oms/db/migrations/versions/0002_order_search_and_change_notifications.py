"""Order search (FTS5 trigram / pg_trgm), sort indexes for the queue and timeline, change notifications.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

from desktop_oms.db.search_index import PG_DOWN, PG_UP, SQLITE_DOWN, SQLITE_UP

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.create_index("ix_orders_total", ["total", "id"], unique=False)
        batch_op.create_index("ix_orders_payment_created", ["payment_method", "created_at", "id"], unique=False)
    with op.batch_alter_table("stock_ledger", schema=None) as batch_op:
        batch_op.create_index("ix_stock_ledger_reference", ["reference", "id"], unique=False)
    for statement in SQLITE_UP if op.get_bind().dialect.name == "sqlite" else PG_UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in SQLITE_DOWN if op.get_bind().dialect.name == "sqlite" else PG_DOWN:
        op.execute(statement)
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_index("ix_orders_payment_created")
        batch_op.drop_index("ix_orders_total")
    with op.batch_alter_table("stock_ledger", schema=None) as batch_op:
        batch_op.drop_index("ix_stock_ledger_reference")
