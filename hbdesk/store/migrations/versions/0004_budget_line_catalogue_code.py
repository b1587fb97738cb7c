"""Budget lines keep their catalogue item's code (stable across versions and laptops).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27

A catalogue item's id is made on each laptop when the county's catalogue is taken, so the
server cannot tell from `catalogue_item_id` which item a line used; the code it can. Lines
priced before this revision get the code of their item here (not sent to the server again).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("budget_lines") as batch:
        batch.add_column(sa.Column("catalogue_code", sa.String(length=64), nullable=True))
    op.execute(
        "UPDATE budget_lines SET catalogue_code = (SELECT catalogue_items.code "
        "FROM catalogue_items WHERE catalogue_items.id = budget_lines.catalogue_item_id) "
        "WHERE catalogue_item_id IS NOT NULL"
    )


def downgrade() -> None:
    raise NotImplementedError("vault migrations go forward only")
