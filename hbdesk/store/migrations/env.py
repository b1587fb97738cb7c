"""Alembic environment: always handed an open connection by hbdesk.store.migrate."""

from __future__ import annotations

from alembic import context

from hbdesk.models.registry import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection, target_metadata=metadata, render_as_batch=True, compare_type=True
)
with context.begin_transaction():
    context.run_migrations()
