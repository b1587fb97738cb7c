"""`hbdesk-server`: the municipal sync server and its administration.

    hbdesk-server [--home DIR] [--db URL] COMMAND ...

DIR (default $HBDESK_SERVER_HOME or ./hbdesk-server) holds ca/ (the municipal CA), tls/
(the server's certificate) and, unless --db says otherwise, the SQLite database.
--db takes a file path (SQLite) or postgresql://user@host:port/dbname.

Everything the server writes is its own only, whatever the umask it was started with:
the home and its folders 0700, every file 0600 (the CA key, the certificates, the SQLite
database and its -wal/-shm, reports); files an older version left readable are made so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
from pathlib import Path

from hbdesk.protocol import pki
from hbdesk.server import admin, db

CA_DIR = "ca"
TLS_DIR = "tls"
SQLITE_NAME = "hbdesk-server.sqlite3"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hbdesk-server", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--home", type=Path, default=Path(os.environ.get("HBDESK_SERVER_HOME", "hbdesk-server"))
    )
    parser.add_argument(
        "--db",
        default=os.environ.get("HBDESK_SERVER_DB"),
        help="SQLite file path or postgresql:// URL",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    cmd = sub.add_parser("init-ca", help="create the municipal CA")
    cmd.add_argument("--name", default="hbdesk municipal CA")
    cmd.add_argument("--days", type=int, default=3650)

    cmd = sub.add_parser("issue-server-cert", help="a TLS certificate for this server")
    cmd.add_argument("--host", action="append", required=True, help="DNS name or IP; repeat")
    cmd.add_argument("--days", type=int, default=825)

    cmd = sub.add_parser("enrol", help="sign a device's CSR and register the device")
    cmd.add_argument("--csr", type=Path, required=True)
    cmd.add_argument("--caseworker", required=True)
    cmd.add_argument("--out", type=Path, required=True)
    cmd.add_argument("--days", type=int, default=365)

    sub.add_parser("list-devices", help="every device, its caseworker and status")
    cmd = sub.add_parser("revoke", help="revoke a device: it is told to wipe itself")
    cmd.add_argument("device_id")

    cmd = sub.add_parser("disable-caseworker", help="lock a caseworker's devices")
    cmd.add_argument("caseworker_id")
    cmd.add_argument("--enable", action="store_true", help="enable again")

    cmd = sub.add_parser("assign-team", help="make a caseworker a member of a team")
    cmd.add_argument("caseworker_id")
    cmd.add_argument("team_id")
    cmd.add_argument("--remove", action="store_true")

    cmd = sub.add_parser("assign-client", help="make a caseworker the client's own")
    cmd.add_argument("client_id")
    cmd.add_argument("caseworker_id")

    cmd = sub.add_parser("consent-team", help="the client consents that a team holds their data")
    cmd.add_argument("client_id")
    cmd.add_argument("team_id")
    cmd.add_argument("--withdraw", action="store_true")

    cmd = sub.add_parser("close-client", help="the client leaves every laptop")
    cmd.add_argument("client_id")

    cmd = sub.add_parser("load-reference", help="load reference data (JSON) as a new version")
    cmd.add_argument("kind", help="e.g. catalogue, questionnaires")
    cmd.add_argument("file", type=Path)

    cmd = sub.add_parser("report", help="the outcomes report (anonymised): PDF, CSV, JSON")
    cmd.add_argument("--from", dest="date_from", type=_day, required=True, help="YYYY-MM-DD")
    cmd.add_argument("--to", dest="date_to", type=_day, required=True, help="YYYY-MM-DD")
    cmd.add_argument("--unit", help="the unit recorded with the clients (default: everyone)")
    cmd.add_argument("--team", help="a server team: the clients of its caseworkers")
    cmd.add_argument("--out", type=Path, required=True, help="folder for the files")
    cmd.add_argument("--lang", choices=("fi", "sv", "en"), default="fi")
    cmd.add_argument("--by", help="who runs it, for the server's log (default: the OS user)")
    cmd.add_argument(
        "--no-publish",
        dest="publish",
        action="store_false",
        help="a trial run: write the files, send nothing down to the laptops",
    )

    sub.add_parser(
        "publish-benefit",
        help="what is known of catalogue items' benefit "
        "(items used by at least five clients), sent down to the laptops",
    )

    from hbdesk.server.money import cli as money_cli

    money_cli.add_parser(sub)

    cmd = sub.add_parser("serve", help="run the sync API (TLS 1.3, client certificates)")
    cmd.add_argument("--host", default="127.0.0.1")
    cmd.add_argument("--port", type=int, default=8443)
    cmd.add_argument(
        "--window-seconds",
        type=int,
        default=300,
        help="how far a request's signed time may be from the server's clock",
    )
    cmd.add_argument(
        "--db-slots",
        type=int,
        default=8,
        help="requests of this process working on the database at once",
    )
    cmd.add_argument(
        "--max-wait-seconds",
        type=float,
        default=10.0,
        help="the longest a request waits for its turn or a lock before the answer is "
        "503 (busy) with Retry-After; keep it well under the laptops' timeout (30 s)",
    )
    cmd.add_argument("--enable-test-faults", action="store_true", help=argparse.SUPPRESS)
    _omahb_parser(sub)
    return parser


def _omahb_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    cmd = sub.add_parser(
        "serve-omahb", help="run Oma HB, the client's web pages (TLS, OpenID Connect login)"
    )
    cmd.add_argument("--host", default="127.0.0.1")
    cmd.add_argument("--port", type=int, default=8444)
    cmd.add_argument("--public-url", required=True, help="e.g. https://oma.hb.example.fi")
    cmd.add_argument("--oidc-issuer", required=True, help="the identity provider's issuer URL")
    cmd.add_argument("--oidc-client-id", required=True)
    cmd.add_argument(
        "--oidc-client-secret-file",
        type=Path,
        help="file holding the client secret (else $HBDESK_OIDC_CLIENT_SECRET)",
    )
    cmd.add_argument("--identity-claim", default="hetu", help="the claim with the identity code")
    cmd.add_argument(
        "--oidc-ca", type=Path, help="CA file for the provider's TLS (default: system)"
    )
    cmd.add_argument("--idle-minutes", type=int, default=15)
    cmd.add_argument("--cert", type=Path, help="TLS certificate (default: HOME/tls/server.pem)")
    cmd.add_argument("--key", type=Path, help="its key (default: HOME/tls/server.key)")
    cmd.add_argument("--today", type=_day, help=argparse.SUPPRESS)  # demos and screenshots


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("YYYY-MM-DD") from None


def _db_url(args: argparse.Namespace) -> str:
    return args.db or str(args.home / SQLITE_NAME)


def _private_home(home: Path, db_url: str) -> None:
    """The home and its ca/ and tls/ 0700, their files 0600; the SQLite files 0600."""
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(home, 0o700)
    for folder in (home / CA_DIR, home / TLS_DIR):
        if folder.is_dir():
            os.chmod(folder, 0o700)
            for path in folder.iterdir():
                if path.is_file() and not path.is_symlink():
                    os.chmod(path, 0o600)
    if "://" not in db_url:
        for suffix in ("", "-wal", "-shm", "-journal"):
            path = Path(db_url + suffix).expanduser()
            if path.is_file():
                os.chmod(path, 0o600)


def _engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    engine = db.make_engine(_db_url(args))
    db.create_schema(engine)
    return engine


def _run(args: argparse.Namespace) -> int:
    home: Path = args.home
    command = args.command
    if command == "init-ca":
        if (home / CA_DIR / "ca.key").exists():
            print("a CA exists already; not replaced", file=sys.stderr)
            return 1
        pki.save_authority(pki.create_ca(args.name, args.days), home / CA_DIR)
        print(home / CA_DIR / "ca.pem")
    elif command == "issue-server-cert":
        key, cert = pki.issue_server_cert(
            pki.load_authority(home / CA_DIR), args.host, days=args.days
        )
        pki.write_private(home / TLS_DIR / "server.key", pki.key_pem(key))
        pki.write_public(home / TLS_DIR / "server.pem", pki.cert_pem(cert))
        print(home / TLS_DIR / "server.pem")
    elif command == "enrol":
        cert = admin.enrol_device(
            _engine(args),
            pki.load_authority(home / CA_DIR),
            pki.load_csr(args.csr),
            args.caseworker,
            days=args.days,
        )
        pki.write_public(args.out, pki.cert_pem(cert))
        print(pki.device_id_of(cert.subject))
    elif command == "list-devices":
        for d in admin.list_devices(_engine(args)):
            seen = d.last_seen_at.isoformat() if d.last_seen_at else "-"
            print(
                f"{d.device_id}\t{d.caseworker_id}\t{d.status}\t"
                f"{d.not_after.date().isoformat()}\t{seen}"
            )
    elif command == "revoke":
        admin.revoke_device(_engine(args), args.device_id)
    elif command == "disable-caseworker":
        admin.set_caseworker_disabled(_engine(args), args.caseworker_id, not args.enable)
    elif command == "assign-team":
        admin.assign_team(_engine(args), args.caseworker_id, args.team_id, args.remove)
    elif command == "assign-client":
        admin.assign_client(_engine(args), args.client_id, args.caseworker_id)
    elif command == "consent-team":
        admin.consent_team(_engine(args), args.client_id, args.team_id, args.withdraw)
    elif command == "close-client":
        admin.close_client(_engine(args), args.client_id)
    elif command == "load-reference":
        version = admin.load_reference_file(_engine(args), args.kind, args.file.read_bytes())
        print(version)
    elif command == "report":
        from hbdesk.server import report

        try:
            selection = report.Selection(
                args.date_from, args.date_to, unit=args.unit, team=args.team
            )
        except ValueError:
            print("error: --to is before --from", file=sys.stderr)
            return 2
        for path in report.run_report(
            _engine(args), selection, args.out, lang=args.lang, run_by=args.by, publish=args.publish
        ):
            print(path)
    elif command == "publish-benefit":
        from hbdesk.server.report.benefit import publish_benefit

        print(publish_benefit(_engine(args)))
    elif command == "money":
        from hbdesk.server.money import cli as money_cli

        return money_cli.run(args, lambda: _engine(args))
    elif command == "serve":
        from hbdesk.server.serve import serve

        _engine(args).dispose()
        where = "PostgreSQL" if _db_url(args).startswith("postgres") else _db_url(args)
        print(
            f"hbdesk-server: https://{args.host}:{args.port} (TLS 1.3, client certificates"
            f" of {home / CA_DIR / 'ca.pem'}); data in {where}",
            file=sys.stderr,
            flush=True,
        )
        serve(
            _db_url(args),
            home / TLS_DIR / "server.pem",
            home / TLS_DIR / "server.key",
            home / CA_DIR / "ca.pem",
            args.host,
            args.port,
            args.window_seconds,
            args.enable_test_faults,
            db_slots=args.db_slots,
            max_wait=args.max_wait_seconds,
        )
    elif command == "serve-omahb":
        return _serve_omahb(args)
    return 0


def _serve_omahb(args: argparse.Namespace) -> int:
    from hbdesk.server.omahb import serve as omahb_serve
    from hbdesk.server.omahb.settings import OidcSettings, Settings, load_key

    home: Path = args.home
    secret = os.environ.get("HBDESK_OIDC_CLIENT_SECRET", "")
    if args.oidc_client_secret_file:
        secret = args.oidc_client_secret_file.read_text().strip()
    if not secret:
        print("error: no OIDC client secret (--oidc-client-secret-file)", file=sys.stderr)
        return 2
    settings = Settings(
        engine=_engine(args),
        oidc=OidcSettings(
            args.oidc_issuer, args.oidc_client_id, secret, args.identity_claim, ca_file=args.oidc_ca
        ),
        public_url=args.public_url,
        secret_key=load_key(home / "omahb" / "session.key"),
        receipt_key=load_key(home / "omahb" / "receipts.key"),
        idle=dt.timedelta(minutes=args.idle_minutes),
        today=args.today,
    )
    print(
        f"hbdesk-server: Oma HB at {args.public_url} (https://{args.host}:{args.port})",
        file=sys.stderr,
        flush=True,
    )
    omahb_serve.serve(
        settings,
        args.cert or home / TLS_DIR / "server.pem",
        args.key or home / TLS_DIR / "server.key",
        args.host,
        args.port,
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(message)s")
    args = _parser().parse_args(argv)
    os.umask(0o077)  # the CA key, certificates, database and reports: the server's own only
    _private_home(args.home, _db_url(args))
    try:
        return _run(args)
    except (admin.AdminError, pki.PkiError) as exc:
        print(f"error: {exc.code}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"error: file not found: {exc.filename}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
