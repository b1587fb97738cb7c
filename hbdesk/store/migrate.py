"""Run the vault's Alembic chain on an open engine: forward only, in one transaction."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from hbdesk.store import engine as sql
from hbdesk.store.errors import NotAVault, VaultDamaged

SCRIPT_LOCATION = str(Path(__file__).with_name("migrations"))


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    return cfg


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    heads = script().get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migration chain must have one head, has {len(heads)}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the schema to `target`. A vault from a newer hbdesk is refused, not touched."""
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
