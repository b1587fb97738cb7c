"""`hbdesk-server` administration from the command line, and the CA's certificates.

The first command of each test runs as its own process (the entry point, its exit code and
its streams); the rest run the same `main()` in this process (`admin_in_process`), which
gives the same codes and output without starting Python again for each command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID

from hbdesk.protocol import pki
from hbdesk.sync.client import SyncError
from tests.sync.conftest import World
from tests.sync.laptop import Laptop, enrol_files
from tests.sync.servers import admin, admin_in_process, uid


def test_enrol_list_revoke_and_reference_through_the_cli(world: World, tmp_path: Path) -> None:
    home, url = world.server.home, world.server.db_url
    device_id = uid("dev")
    folder = tmp_path / device_id
    _, csr = enrol_files(folder, device_id)
    cw = uid("cw")
    done = admin(
        home,
        "enrol",
        "--csr",
        str(csr),
        "--caseworker",
        cw,
        "--out",
        str(folder / "device.pem"),
        db=url,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == device_id
    laptop = Laptop(
        device_id=device_id,
        caseworker_id=cw,
        folder=folder,
        server_url=world.server.url,
        ca_file=world.ca_file,
    )
    with laptop.client() as sync:
        assert sync.hello().caseworker_id == cw

    listed = admin_in_process(home, "list-devices", db=url)
    line = next(row for row in listed.stdout.splitlines() if row.startswith(device_id))
    assert line.split("\t")[1:3] == [cw, "active"]

    catalogue = tmp_path / "catalogue.json"
    kind = "catalogue_" + uid("c").replace("-", "_")
    catalogue.write_text(json.dumps({"items": [{"code": "K1", "price": "21.40"}]}))
    loaded = admin_in_process(home, "load-reference", kind, str(catalogue), db=url)
    assert loaded.returncode == 0 and loaded.stdout.strip() == "1"
    with laptop.client() as sync:
        laptop.pull(sync)
    assert laptop.reference[kind].content["items"][0]["price"] == "21.40"

    for args in (
        ["assign-team", cw, uid("team")],
        ["assign-client", uid("client"), cw],
        ["consent-team", uid("client"), uid("team")],
        ["close-client", uid("client")],
        ["disable-caseworker", uid("cw")],
    ):
        assert admin_in_process(home, *args, db=url).returncode == 0

    assert admin_in_process(home, "revoke", device_id, db=url).returncode == 0
    with laptop.client() as sync, pytest.raises(SyncError) as err:
        sync.hello()
    assert err.value.action == "wipe"
    assert "\trevoked\t" in admin_in_process(home, "list-devices", db=url).stdout
    again = admin_in_process(
        home,
        "enrol",
        "--csr",
        str(csr),
        "--caseworker",
        cw,
        "--out",
        str(tmp_path / "x.pem"),
        db=url,
    )
    assert again.returncode == 2 and "device_revoked" in again.stderr


def test_cli_refuses_bad_input_with_a_code(world: World, tmp_path: Path) -> None:
    home, url = world.server.home, world.server.db_url
    junk = tmp_path / "junk.csr"
    junk.write_text("not a csr")
    done = admin(
        home,
        "enrol",
        "--csr",
        str(junk),
        "--caseworker",
        "cw",
        "--out",
        str(tmp_path / "o.pem"),
        db=url,
    )
    assert done.returncode == 2 and "csr_unreadable" in done.stderr
    assert admin_in_process(home, "revoke", "no-such-device", db=url).returncode == 2
    assert admin_in_process(home, "init-ca").returncode == 1  # never replaces the existing CA
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2")
    assert (
        "reference_not_json"
        in admin_in_process(home, "load-reference", "x", str(bad), db=url).stderr
    )


def test_ca_issues_what_tls_needs() -> None:
    ca = pki.create_ca()
    assert ca.cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    _key, server = pki.issue_server_cert(ca, ["sync.kunta.invalid", "127.0.0.1"])
    san = server.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == ["sync.kunta.invalid"]
    eku = server.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert ExtendedKeyUsageOID.SERVER_AUTH in eku
    pki.verify_issued_by(server, ca.cert)

    device_key, csr = pki.make_device_csr("laptop-7")
    cert = pki.sign_device_csr(ca, csr, days=30)
    assert pki.device_id_of(cert.subject) == "laptop-7"
    assert cert.public_key() == device_key.public_key()
    assert cert.not_valid_after_utc - cert.not_valid_before_utc == dt.timedelta(days=30)
    eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [ExtendedKeyUsageOID.CLIENT_AUTH]
    with pytest.raises(pki.PkiError):
        pki.verify_issued_by(cert, pki.create_ca("other").cert)
    with pytest.raises(pki.PkiError):
        pki.make_device_csr("bad id with spaces")


def test_key_files_are_private(tmp_path: Path) -> None:
    pki.save_authority(pki.create_ca(), tmp_path)
    assert (tmp_path / "ca.key").stat().st_mode & 0o777 == 0o600
