"""The tracking poller's shared state: per carrier Retry-After, daily quota, rate slot and circuit breaker;
and the quarantine of answers that were malformed or about another parcel.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "carrier_state",
        sa.Column("carrier", sa.String(length=32), nullable=False),
        sa.Column("retry_after_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("quota_day", sa.String(length=10), nullable=False),
        sa.Column("quota_used", sa.Integer(), nullable=False),
        sa.Column("next_slot_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("breaker_state", sa.String(length=16), nullable=False),
        sa.Column("breaker_failures", sa.Integer(), nullable=False),
        sa.Column("breaker_trips", sa.Integer(), nullable=False),
        sa.Column("breaker_retry_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.String(length=500), nullable=False),
        sa.Column("last_run_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("carrier", name=op.f("pk_carrier_state")),
    )
    op.create_table(
        "tracking_quarantine",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("carrier", sa.String(length=32), nullable=False),
        sa.Column("tracking_no", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("shipment_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.ForeignKeyConstraint(["shipment_id"], ["shipments.id"], name=op.f("fk_tracking_quarantine_shipment_id_shipments"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tracking_quarantine")),
    )
    with op.batch_alter_table("tracking_quarantine", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tracking_quarantine_shipment_id"), ["shipment_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("tracking_quarantine", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tracking_quarantine_shipment_id"))
    op.drop_table("tracking_quarantine")
    op.drop_table("carrier_state")
