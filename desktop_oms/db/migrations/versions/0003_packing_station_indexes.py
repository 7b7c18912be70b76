"""Packing station: find a station's claimed order, and the scan log by order and by time (KPIs).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.create_index("ix_orders_claimed_by", ["claimed_by"], unique=False)
    with op.batch_alter_table("scan_log", schema=None) as batch_op:
        batch_op.create_index("ix_scan_log_order", ["order_no", "id"], unique=False)
        batch_op.create_index("ix_scan_log_time", ["time"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("scan_log", schema=None) as batch_op:
        batch_op.drop_index("ix_scan_log_time")
        batch_op.drop_index("ix_scan_log_order")
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_index("ix_orders_claimed_by")
