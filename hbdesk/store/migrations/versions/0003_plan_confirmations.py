"""The client's confirmation of a plan version read together: drawn signature or typed name.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

Append-only rows (the app refuses updates and deletes). Plans agreed before this revision
keep their `plans.confirmed_by` and simply have no confirmation row.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_confirmations",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("typed_name", sa.String(length=200), nullable=True),
        sa.Column("signature", sa.Text(), nullable=True),
        sa.Column("present", sa.String(length=100), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name="fk_plan_confirmations_client_id_clients",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plans.id"],
            name="fk_plan_confirmations_plan_id_plans",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_plan_confirmations"),
    )
    op.create_index("ix_plan_confirmations_client_id", "plan_confirmations", ["client_id"])
    op.create_index("ix_plan_confirmations_plan_id", "plan_confirmations", ["plan_id"])


def downgrade() -> None:
    raise NotImplementedError("vault migrations go forward only")
