"""The Shipments tab: shipments by time shipped (keyset pages, newest first), by status and by carrier.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.create_index("ix_shipments_shipped", ["shipped_at", "id"], unique=False)
        batch_op.create_index("ix_shipments_status_shipped", ["status", "shipped_at", "id"], unique=False)
        batch_op.create_index("ix_shipments_carrier_shipped", ["carrier", "shipped_at", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.drop_index("ix_shipments_carrier_shipped")
        batch_op.drop_index("ix_shipments_status_shipped")
        batch_op.drop_index("ix_shipments_shipped")
