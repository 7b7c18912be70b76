"""Web-shop connections: the WooCommerce connector's settings, cursor and shared state; what the shop last
said about each of its orders; which shipments' tracking numbers went back to it; orders by the shop's id.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "shop_connections",
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("base_url", sa.String(length=300), nullable=False),
        sa.Column("consumer_key", sa.String(length=200), nullable=False),
        sa.Column("secret_db", sa.String(length=500), nullable=False),
        sa.Column("secret_in_keyring", sa.Boolean(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("modified_after", sa.DateTime(timezone=True), nullable=True),
        sa.Column("retry_after_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=500), nullable=False),
        sa.Column("last_error_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_sync_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_success_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("channel", name=op.f("pk_shop_connections")),
    )
    op.create_table(
        "shop_orders",
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.Column("order_id", ID, nullable=False),
        sa.Column("shop_status", sa.String(length=32), nullable=False),
        sa.Column("shop_modified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("gone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_shop_orders_order_id_orders"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("channel", "external_id", name=op.f("pk_shop_orders")),
    )
    with op.batch_alter_table("shop_orders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shop_orders_order_id"), ["order_id"], unique=False)
    op.create_table(
        "shop_pushes",
        sa.Column("shipment_id", ID, nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.Column("note_id", sa.String(length=64), nullable=False),
        sa.Column("pushed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["shipment_id"], ["shipments.id"], name=op.f("fk_shop_pushes_shipment_id_shipments"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("shipment_id", name=op.f("pk_shop_pushes")),
    )
    # A plain CREATE INDEX (never a batch copy of the orders table, whose triggers must stay).
    op.create_index("ix_orders_channel_external", "orders", ["channel", "external_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_orders_channel_external", table_name="orders")
    op.drop_table("shop_pushes")
    with op.batch_alter_table("shop_orders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shop_orders_order_id"))
    op.drop_table("shop_orders")
    op.drop_table("shop_connections")
