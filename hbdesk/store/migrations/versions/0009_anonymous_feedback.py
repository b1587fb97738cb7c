"""Anonymous feedback leaves the outbox: a table without rowid, sent through its own channel.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06

Feedback was an outbox op: its device id and local sequence sat right after the ops of the
client who gave it. Now it is not an op at all (models/feedback.py). Here:
- the table is rebuilt WITHOUT ROWID (rows in the order of their random ids, so the order
  they were given in is gone);
- feedback the server already stored (its op sent, or field versions known) is dropped from
  the laptop; feedback not yet sent stays, to leave through the feedback channel;
- every feedback op is deleted from the outbox, with its field versions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_SENT = (
    "SELECT entity_id FROM outbox WHERE entity = 'feedback' AND state = 'sent' "
    "UNION SELECT entity_id FROM field_versions WHERE entity = 'feedback' AND version > 0"
)
_COLUMNS = "id, period, unit, felt_heard, budget_follow_ease, goals_reached, given_by, text"


def upgrade() -> None:
    op.create_table(
        "feedback_new",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("unit", sa.String(length=200), nullable=False),
        sa.Column("felt_heard", sa.Integer(), nullable=True),
        sa.Column("budget_follow_ease", sa.Integer(), nullable=True),
        sa.Column("goals_reached", sa.Integer(), nullable=True),
        sa.Column("given_by", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_feedback"),
        sqlite_with_rowid=False,
    )
    op.execute(
        f"INSERT INTO feedback_new ({_COLUMNS}) SELECT {_COLUMNS} FROM feedback "  # noqa: S608
        f"WHERE id NOT IN ({_SENT}) ORDER BY id"
    )
    op.drop_index("ix_feedback_period", table_name="feedback")
    op.drop_table("feedback")
    op.rename_table("feedback_new", "feedback")
    op.create_index("ix_feedback_period", "feedback", ["period"])
    op.execute("DELETE FROM field_versions WHERE entity = 'feedback'")
    op.execute("DELETE FROM outbox WHERE entity = 'feedback'")


def downgrade() -> None:
    raise NotImplementedError("vault migrations go forward only")
