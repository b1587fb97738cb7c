"""Alembic migrations of the vault schema: one linear chain, run on unlock."""
