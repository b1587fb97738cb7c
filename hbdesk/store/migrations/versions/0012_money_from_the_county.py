"""Payment commitments kept as records, and payments the county's server held.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06

A payment commitment was only printed: its reference (the number a provider quotes on its
invoices) lived on the paper and in the disclosure log's text. Now each printed commitment
is a synced record, so the county's server can match an e-invoice to the client and
decision by that reference. Commitments printed before this revision are not recorded (the
county matches their invoices by hand from its queue, as before).

`held_payments`: spending the county's systems reported that the server did not book (a
refused or restricted category, outside the decision's period), shown to the caseworker.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "payment_commitments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("chain_id", sa.String(length=36), nullable=False),
        sa.Column("line_id", sa.String(length=36), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("provider", sa.String(length=300), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name="fk_payment_commitments_client_id_clients",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decisions.id"], name="fk_payment_commitments_decision_id_decisions"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_payment_commitments"),
    )
    for column in ("chain_id", "client_id", "decision_id", "reference"):
        op.create_index(f"ix_payment_commitments_{column}", "payment_commitments", [column])
    op.create_table(
        "held_payments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("decision_id", sa.String(length=36), nullable=True),
        sa.Column("method", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("external_ref", sa.String(length=100), nullable=False),
        sa.Column("spent_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("provider", sa.String(length=300), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("held_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name="fk_held_payments_client_id_clients",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decisions.id"], name="fk_held_payments_decision_id_decisions"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_held_payments"),
    )
    op.create_index("ix_held_payments_client_id", "held_payments", ["client_id"])
    # A printed commitment is what the provider holds: append-only like the other records
    # of what happened (migration 0005's rule; hbdesk.store.append_only).
    for event, when in (("UPDATE", ""), ("DELETE", " WHEN NOT hb_removing(OLD.client_id)")):
        op.execute(
            f"CREATE TRIGGER payment_commitments_no_{event.lower()} BEFORE {event} "
            f"ON payment_commitments FOR EACH ROW{when} "
            "BEGIN SELECT RAISE(ABORT, 'append_only: payment_commitments'); END"
        )


def downgrade() -> None:
    raise NotImplementedError("vault migrations go forward only")
