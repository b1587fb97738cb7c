"""Typed SQLAlchemy models and domain rules. Nothing here imports Qt, sync or the UI."""
