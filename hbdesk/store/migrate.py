"""Run the vault's Alembic chain on an open engine: forward only, in one transaction.

A vault already at the head (every unlock but the first after an upgrade of hbdesk) is told
by one read of its revision; Alembic (~0.1 s to import and read its scripts) loads only
when there is something to do.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from hbdesk.store import engine as sql
from hbdesk.store.errors import NotAVault, VaultDamaged

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Engine

SCRIPT_LOCATION = str(Path(__file__).with_name("migrations"))
# The chain's head revision; tests/store/test_migrations.py keeps it equal to the scripts'.
# A stale value only costs time: a vault at another revision goes through Alembic.
HEAD = "0012"


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    return cfg


def script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    heads = script().get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migration chain must have one head, has {len(heads)}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def stored_revision(engine: Engine) -> str | None:
    """The revision the vault records (Alembic's own table), read without Alembic."""
    with engine.connect() as conn:
        return revision_on(conn.connection.dbapi_connection)


def revision_on(dbapi_conn: Any) -> str | None:
    """`stored_revision` through a driver connection (no SQLAlchemy either)."""
    known = dbapi_conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if known is None:
        return None
    rows = dbapi_conn.execute("SELECT version_num FROM alembic_version").fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the schema to `target`. A vault from a newer hbdesk is refused, not touched."""
    if target in ("head", HEAD) and stored_revision(engine) == HEAD:
        return
    from alembic import command

    current = current_revision(engine)
    known = {rev.revision for rev in script().walk_revisions()}
    if current is not None and current not in known:
        raise NotAVault("the vault was made by a newer hbdesk", reason="newer_format")
    cfg = _config()
    with engine.connect() as conn:
        dbapi_conn = conn.connection.dbapi_connection
        # Table rebuilds (batch mode) must not cascade: foreign keys off, checked after.
        sql.set_foreign_keys(dbapi_conn, False)
        try:
            # One transaction, ours (Alembic joins it rather than committing on its own):
            # broken references, or a damaged page met while checking, undo the upgrade.
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                if sql.foreign_key_problems(dbapi_conn):
                    raise VaultDamaged("a migration left broken references")
        finally:
            sql.set_foreign_keys(dbapi_conn, True)
