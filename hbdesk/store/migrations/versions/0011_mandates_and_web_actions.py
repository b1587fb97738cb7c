"""Mandates (valtuutus) and the record of what was done in Oma HB, by whom.

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-10

`mandates`: a person the client authorised to follow the budget (and confirm invoices) in
Oma HB, until an end date or withdrawal; granted in Oma HB or recorded from a written one.
`web_actions`: append-only, one row per thing the client or their authorised person did in
Oma HB (who, by name, under which mandate, identified how). Both sync like other records.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mandates",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("person_name", sa.String(length=200), nullable=False),
        sa.Column("person_identity_code", sa.String(length=11), nullable=False),
        sa.Column("may_confirm", sa.Boolean(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.Column("basis", sa.String(length=16), nullable=False),
        sa.Column("granted_by", sa.String(length=32), nullable=False),
        sa.Column("granted_at", sa.DateTime(), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.Column("withdrawn_by", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name="fk_mandates_client_id_clients", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_mandates"),
    )
    op.create_index("ix_mandates_client_id", "mandates", ["client_id"])
    op.create_index("ix_mandates_person_identity_code", "mandates", ["person_identity_code"])
    op.create_table(
        "web_actions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("record_table", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("actor", sa.String(length=32), nullable=False),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("mandate_id", sa.String(length=36), nullable=True),
        sa.Column("identified_with", sa.String(length=200), nullable=False),
        sa.Column("acted_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name="fk_web_actions_client_id_clients",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_web_actions"),
    )
    op.create_index("ix_web_actions_client_id", "web_actions", ["client_id"])
    op.create_index("ix_web_actions_record_id", "web_actions", ["record_id"])
    # Append-only like the other records of what happened (migration 0005's rule): no UPDATE,
    # no DELETE unless the whole client leaves this laptop (hbdesk.store.append_only).
    for event, when in (("UPDATE", ""), ("DELETE", " WHEN NOT hb_removing(OLD.client_id)")):
        op.execute(
            f"CREATE TRIGGER web_actions_no_{event.lower()} BEFORE {event} ON web_actions "
            f"FOR EACH ROW{when} BEGIN SELECT RAISE(ABORT, 'append_only: web_actions'); END"
        )


def downgrade() -> None:
    raise NotImplementedError("vault migrations go forward only")
