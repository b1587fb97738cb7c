"""The migration chain at head builds exactly the schema the models describe (no drift)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from hbdesk.models.registry import metadata
from hbdesk.store import OpenVault


def test_migrations_at_head_match_the_models(vault: OpenVault) -> None:
    with vault.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "render_as_batch": True}
        )
        diff = compare_metadata(context, metadata)
    assert diff == []


def test_every_model_table_exists_in_the_vault(vault: OpenVault) -> None:
    with vault.engine.connect() as conn:
        names = {
            row[0]
            for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    assert set(metadata.tables) <= names
    assert {
        "clients",
        "budget_lines",
        "decisions",
        "spending_entries",
        "access_log",
        "outbox",
    } <= names
