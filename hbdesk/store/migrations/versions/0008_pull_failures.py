"""Pulled changes this laptop could not apply, kept with their reason (a pull never wedges).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28

A local-only table: never synced, emptied of a client's rows when the client leaves.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pull_failures",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("op_id", sa.String(length=64), nullable=True),
        sa.Column("client_id", sa.String(length=64), nullable=True),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=100), nullable=False),
        sa.Column("change", sa.Text(), nullable=False),
        sa.Column("failed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_pull_failures"),
    )
    op.create_index("ix_pull_failures_client_id", "pull_failures", ["client_id"])


def downgrade() -> None:
    raise NotImplementedError("vault migrations go forward only")
