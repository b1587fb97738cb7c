"""Files with client data that hbdesk wrote outside the vault, for a revoked laptop's wipe.

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-06

Local only (never synced). Exports written before this revision are not listed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exported_files",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_exported_files"),
    )
    op.create_index("ix_exported_files_client_id", "exported_files", ["client_id"])


def downgrade() -> None:
    raise NotImplementedError("vault migrations go forward only")
