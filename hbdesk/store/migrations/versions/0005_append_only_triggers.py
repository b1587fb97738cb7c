"""Append-only in the database itself: triggers refuse UPDATE and DELETE.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

Issued decisions and their notices, spending entries, invoice confirmations, receipt
reports, plan confirmations, disagreements, goal progress and the access log: no UPDATE
ever; no DELETE unless the app is removing the whole client from this laptop (the client
left its scope: `hbdesk.store.append_only`). A decided budget (status 'decided') and its
lines follow the same rule. A later migration that rebuilds one of these tables (batch
mode drops and re-creates it) must create its triggers again.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

APPEND_ONLY = (
    "decisions",
    "decision_notifications",
    "spending_entries",
    "invoice_confirmations",
    "receipt_reports",
    "plan_confirmations",
    "disagreements",
    "goal_progress",
    "access_log",
)
DECIDED_LINE = "(SELECT status FROM budgets WHERE id = OLD.budget_id) = 'decided'"


def _refuse(table: str, name: str, event: str, when: str = "") -> str:
    condition = f" WHEN {when}" if when else ""
    return (
        f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW{condition} "
        f"BEGIN SELECT RAISE(ABORT, 'append_only: {table}'); END"
    )


def upgrade() -> None:
    removing = "NOT hb_removing(OLD.client_id)"
    for table in APPEND_ONLY:
        op.execute(_refuse(table, f"{table}_no_update", "UPDATE"))
        op.execute(_refuse(table, f"{table}_no_delete", "DELETE", removing))
    decided = "OLD.status = 'decided'"
    op.execute(_refuse("budgets", "budgets_decided_no_update", "UPDATE", decided))
    op.execute(
        _refuse("budgets", "budgets_decided_no_delete", "DELETE", f"{decided} AND {removing}")
    )
    op.execute(_refuse("budget_lines", "budget_lines_decided_no_update", "UPDATE", DECIDED_LINE))
    op.execute(
        _refuse(
            "budget_lines",
            "budget_lines_decided_no_delete",
            "DELETE",
            f"{DECIDED_LINE} AND {removing}",
        )
    )


def downgrade() -> None:
    raise NotImplementedError("vault migrations go forward only")
