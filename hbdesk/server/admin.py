"""Administration of the server: devices, caseworkers, teams, clients, reference data.

Each function is one transaction. Changes that move clients in or out of a caseworker's
scope add scope rows to the feed (see scope.changing_scope).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from hbdesk.protocol import pki
from hbdesk.protocol.messages import MAX_REFERENCE_BYTES
from hbdesk.server import db
from hbdesk.server.db import canonical
from hbdesk.server.scope import add_feed, changing_scope, now_utc


class AdminError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _ensure_caseworker(conn: Connection, caseworker_id: str) -> None:
    if not pki.DEVICE_ID_RE.match(caseworker_id):
        raise AdminError("bad_caseworker_id")
    found = conn.execute(
        select(db.caseworkers.c.caseworker_id).where(
            db.caseworkers.c.caseworker_id == caseworker_id
        )
    ).first()
    if found is None:
        conn.execute(
            insert(db.caseworkers).values(
                caseworker_id=caseworker_id, status="active", created_at=now_utc()
            )
        )


def _ensure_team(conn: Connection, team_id: str) -> None:
    if not pki.DEVICE_ID_RE.match(team_id):
        raise AdminError("bad_team_id")
    if conn.execute(select(db.teams).where(db.teams.c.team_id == team_id)).first() is None:
        conn.execute(insert(db.teams).values(team_id=team_id))


def _ensure_client(conn: Connection, client_id: str) -> Any:
    if not pki.DEVICE_ID_RE.match(client_id):
        raise AdminError("bad_client_id")
    row = conn.execute(select(db.clients).where(db.clients.c.client_id == client_id)).first()
    if row is None:
        conn.execute(insert(db.clients).values(client_id=client_id))
    return row


def enrol_device(
    engine: Engine,
    ca: pki.Authority,
    csr: x509.CertificateSigningRequest,
    caseworker_id: str,
    days: int = 365,
    not_before: dt.datetime | None = None,
) -> x509.Certificate:
    """Sign the laptop's CSR and register the device for a caseworker."""
    device_id = pki.device_id_of(csr.subject)
    if device_id.startswith("server:"):  # the server's own sources (authored.py) only
        raise AdminError("bad_device_id")
    cert = pki.sign_device_csr(ca, csr, days=days, not_before=not_before)
    with db.write_tx(engine) as conn:
        _ensure_caseworker(conn, caseworker_id)
        old = conn.execute(select(db.devices).where(db.devices.c.device_id == device_id)).first()
        values = {
            "caseworker_id": caseworker_id,
            "cert_pem": pki.cert_pem(cert).decode("ascii"),
            "serial": format(cert.serial_number, "x"),
            "not_before": cert.not_valid_before_utc,
            "not_after": cert.not_valid_after_utc,
        }
        if old is None:
            conn.execute(
                insert(db.devices).values(
                    device_id=device_id, status="active", enrolled_at=now_utc(), **values
                )
            )
        elif old.status == "revoked":
            raise AdminError("device_revoked")  # a revoked id stays revoked
        elif old.caseworker_id != caseworker_id:
            raise AdminError("device_of_other_caseworker")
        else:  # renewal: the new certificate replaces the old one
            conn.execute(
                update(db.devices).where(db.devices.c.device_id == device_id).values(**values)
            )
    return cert


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    caseworker_id: str
    status: str
    not_after: dt.datetime
    last_seen_at: dt.datetime | None


def list_devices(engine: Engine) -> list[DeviceInfo]:
    with db.read_tx(engine) as conn:
        rows = conn.execute(
            select(db.devices).order_by(db.devices.c.caseworker_id, db.devices.c.device_id)
        ).all()
    return [
        DeviceInfo(r.device_id, r.caseworker_id, r.status, r.not_after, r.last_seen_at)
        for r in rows
    ]


def revoke_device(engine: Engine, device_id: str) -> None:
    with db.write_tx(engine) as conn:
        done = conn.execute(
            update(db.devices)
            .where(db.devices.c.device_id == device_id)
            .values(status="revoked", revoked_at=now_utc())
        )
        if done.rowcount != 1:
            raise AdminError("unknown_device")


def set_caseworker_disabled(engine: Engine, caseworker_id: str, disabled: bool = True) -> None:
    with db.write_tx(engine) as conn:
        _ensure_caseworker(conn, caseworker_id)
        conn.execute(
            update(db.caseworkers)
            .where(db.caseworkers.c.caseworker_id == caseworker_id)
            .values(status="disabled" if disabled else "active")
        )


def assign_team(engine: Engine, caseworker_id: str, team_id: str, remove: bool = False) -> None:
    """Make a caseworker a member of a team (or remove them)."""
    with db.write_tx(engine) as conn:
        _ensure_caseworker(conn, caseworker_id)
        _ensure_team(conn, team_id)
        affected = (
            conn.execute(
                select(db.client_teams.c.client_id).where(db.client_teams.c.team_id == team_id)
            )
            .scalars()
            .all()
        )
        table = db.team_members
        where = (table.c.team_id == team_id, table.c.caseworker_id == caseworker_id)

        def change() -> None:
            conn.execute(delete(table).where(*where))
            if not remove:
                conn.execute(insert(table).values(team_id=team_id, caseworker_id=caseworker_id))

        changing_scope(conn, affected, change)


def assign_client(engine: Engine, client_id: str, caseworker_id: str) -> None:
    """Make a caseworker the client's own caseworker."""
    with db.write_tx(engine) as conn:
        _ensure_caseworker(conn, caseworker_id)
        _ensure_client(conn, client_id)
        changing_scope(
            conn,
            [client_id],
            lambda: conn.execute(
                update(db.clients)
                .where(db.clients.c.client_id == client_id)
                .values(caseworker_id=caseworker_id)
            ),
        )


def consent_team(engine: Engine, client_id: str, team_id: str, withdraw: bool = False) -> None:
    """Record the client's consent that a team may hold their data (or its withdrawal)."""
    with db.write_tx(engine) as conn:
        _ensure_client(conn, client_id)
        _ensure_team(conn, team_id)
        table = db.client_teams
        where = (table.c.client_id == client_id, table.c.team_id == team_id)

        def change() -> None:
            conn.execute(delete(table).where(*where))
            if not withdraw:
                conn.execute(insert(table).values(client_id=client_id, team_id=team_id))

        changing_scope(conn, [client_id], change)


def close_client(engine: Engine, client_id: str) -> None:
    """A closed client leaves every laptop (after that laptop's last changes are sent)."""
    with db.write_tx(engine) as conn:
        row = _ensure_client(conn, client_id)
        if row is not None and row.closed_at is not None:
            return
        changing_scope(
            conn,
            [client_id],
            lambda: conn.execute(
                update(db.clients)
                .where(db.clients.c.client_id == client_id)
                .values(closed_at=now_utc())
            ),
        )


def load_reference(engine: Engine, kind: str, content: dict[str, Any]) -> int:
    """Store a new version of a reference data set (catalogue, questionnaire); sent down."""
    if not pki.DEVICE_ID_RE.match(kind) or kind != kind.lower():
        raise AdminError("bad_reference_kind")
    if not isinstance(content, dict):
        raise AdminError("reference_not_object")
    text = canonical(content)
    if len(text.encode()) > MAX_REFERENCE_BYTES:
        raise AdminError("reference_too_large")
    with db.write_tx(engine) as conn:
        table = db.reference_data
        latest = conn.execute(
            select(func.max(table.c.version)).where(table.c.kind == kind)
        ).scalar()
        if latest is not None:
            old = conn.execute(
                select(table.c.content).where(table.c.kind == kind, table.c.version == latest)
            ).scalar_one()
            if old == text:
                return int(latest)  # the same content again: no new version
        version = int(latest or 0) + 1
        conn.execute(
            insert(table).values(kind=kind, version=version, content=text, loaded_at=now_utc())
        )
        add_feed(conn, "reference", None, f"{kind}:{version}")
    return version


def latest_reference(engine: Engine) -> dict[str, int]:
    with db.read_tx(engine) as conn:
        rows = conn.execute(
            select(db.reference_data.c.kind, func.max(db.reference_data.c.version)).group_by(
                db.reference_data.c.kind
            )
        ).all()
    return {kind: int(version) for kind, version in rows}


def load_reference_file(engine: Engine, kind: str, raw: bytes) -> int:
    if len(raw) > MAX_REFERENCE_BYTES:
        raise AdminError("reference_too_large")
    try:
        content = json.loads(raw)
    except ValueError as exc:
        raise AdminError("reference_not_json") from exc
    return load_reference(engine, kind, content)


def outcomes_report(
    engine: Engine,
    selection: Any,
    out_dir: Path,
    *,
    run_by: str,
    lang: str = "fi",
    publish: bool = True,
) -> list[Path]:
    """The outcomes report through the admin API (as `hbdesk-server report`): anonymised
    PDF, CSVs and JSON written into `out_dir`, the unit's figures given back to the laptops
    (unless `publish` is False), and `run_by` with the time in the server's admin log.
    `selection` is a `report.Selection` (period, and a unit or team or neither)."""
    from hbdesk.server import report

    if not run_by.strip():
        raise AdminError("run_by_required")
    return report.run_report(engine, selection, out_dir, lang=lang, run_by=run_by, publish=publish)
