"""After-sales: case categories and queue indexes, goods-in on case lines, notes, photos, refunds with
four eyes, and the knowledge base's suggestions, versions and search (FTS5 trigram / pg_trgm).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop_oms.db.search_index import KB_PG_DOWN, KB_PG_UP, KB_SQLITE_DOWN, KB_SQLITE_UP

# Plain types, as they were when this was written (a migration never follows later model changes).
Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Money = sa.Numeric(14, 2)

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("category", sa.String(24), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("opened_by", sa.String(120), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index("ix_cases_status_sla", ["status", "sla_due", "id"], unique=False)
        batch_op.create_index("ix_cases_owner_status", ["owner", "status", "sla_due"], unique=False)
        batch_op.create_index("ix_cases_type_status", ["type", "status", "sla_due"], unique=False)
    with op.batch_alter_table("case_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("received_qty", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("write_off_reason", sa.String(200), nullable=False, server_default=""))
    with op.batch_alter_table("kb_articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("case_types", sa.String(120), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("reasons", sa.String(200), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("updated_by", sa.String(120), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch_op.create_index("ix_kb_articles_lang", ["lang", "title"], unique=False)
    op.create_table(
        "case_notes",
        sa.Column("id", Id, nullable=False),
        sa.Column("case_id", Id, nullable=False),
        sa.Column("time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user", sa.String(120), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_notes_case_id_cases"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_notes")),
    )
    op.create_index(op.f("ix_case_notes_case_id"), "case_notes", ["case_id"], unique=False)
    op.create_table(
        "case_attachments",
        sa.Column("id", Id, nullable=False),
        sa.Column("case_id", Id, nullable=False),
        sa.Column("time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user", sa.String(120), nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("content_type", sa.String(100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_attachments_case_id_cases"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_attachments")),
    )
    op.create_index(op.f("ix_case_attachments_case_id"), "case_attachments", ["case_id"], unique=False)
    op.create_table(
        "refunds",
        sa.Column("id", Id, nullable=False),
        sa.Column("case_id", Id, nullable=False),
        sa.Column("order_id", Id, nullable=False),
        sa.Column("amount", Money, nullable=False),
        sa.Column("method", sa.String(20), nullable=False),
        sa.Column("bank_details", sa.String(500), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("requested_by", sa.String(120), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(120), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.String(500), nullable=False),
        sa.Column("payment_id", Id, nullable=True),
        sa.CheckConstraint("amount > 0", name=op.f("ck_refunds_amount_positive")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_refunds_case_id_cases"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_refunds_order_id_orders")),
        sa.ForeignKeyConstraint(["payment_id"], ["payments.id"], name=op.f("fk_refunds_payment_id_payments")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refunds")),
    )
    op.create_index(op.f("ix_refunds_case_id"), "refunds", ["case_id"], unique=False)
    op.create_index(op.f("ix_refunds_order_id"), "refunds", ["order_id"], unique=False)
    op.create_index("ix_refunds_status", "refunds", ["status", "id"], unique=False)
    for statement in KB_SQLITE_UP if op.get_bind().dialect.name == "sqlite" else KB_PG_UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in KB_SQLITE_DOWN if op.get_bind().dialect.name == "sqlite" else KB_PG_DOWN:
        op.execute(statement)
    op.drop_table("refunds")
    op.drop_table("case_attachments")
    op.drop_table("case_notes")
    with op.batch_alter_table("kb_articles", schema=None) as batch_op:
        batch_op.drop_index("ix_kb_articles_lang")
        for column in ("version", "active", "updated_by", "reasons", "case_types"):
            batch_op.drop_column(column)
    with op.batch_alter_table("case_lines", schema=None) as batch_op:
        batch_op.drop_column("write_off_reason")
        batch_op.drop_column("received_qty")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_type_status")
        batch_op.drop_index("ix_cases_owner_status")
        batch_op.drop_index("ix_cases_status_sla")
        for column in ("closed_at", "opened_by", "category"):
            batch_op.drop_column(column)
