"""The channel: TLS 1.3, mutual TLS with the municipal CA, signed requests, device status."""

from __future__ import annotations

import datetime as dt
import shutil
import ssl

import httpx
import pytest

from hbdesk.protocol import messages as p
from hbdesk.protocol import pki
from hbdesk.server import admin
from hbdesk.sync.client import SyncClient, SyncError
from tests.sync.conftest import World
from tests.sync.laptop import Laptop
from tests.sync.servers import ServerProcess, uid
from tests.sync.servers import admin_in_process as run_admin


def _seeded_client(world: World) -> tuple[Laptop, str]:
    """A caseworker's laptop that has pushed one client's record (data worth protecting)."""
    cw = uid("cw")
    laptop = world.laptop(cw)
    client_id = uid("client")
    laptop.edit(client_id, "clients", client_id, {"first_name": "Testi", "address": "SECRET-NOTE"})
    with laptop.client() as sync:
        laptop.sync(sync)
    return laptop, client_id


def _raw_context(
    world: World, cert: tuple[str, str] | None = None, max_version: ssl.TLSVersion | None = None
) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(world.ca_file))
    if max_version is not None:
        ctx.maximum_version = max_version
    if cert is not None:
        ctx.load_cert_chain(*cert)
    return ctx


def _raw_post(world: World, ctx: ssl.SSLContext) -> httpx.Response:
    return httpx.post(
        world.server.url + "/v1/pull",
        content=b'{"cursor": 0}',
        verify=ctx,
        timeout=10,
        trust_env=False,
    )


def test_signed_device_is_known_by_device_and_caseworker(world: World) -> None:
    laptop = world.laptop(uid("cw"))
    with laptop.client() as sync:
        status = sync.hello()
    assert status.action == "ok"
    assert status.device_id == laptop.device_id
    assert status.caseworker_id == laptop.caseworker_id


def test_no_client_certificate_gets_nothing(world: World) -> None:
    _seeded_client(world)
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError, httpx.ConnectError)):
        _raw_post(world, _raw_context(world))


def test_certificate_from_another_ca_is_refused(world: World, tmp_path) -> None:
    _, _client_id = _seeded_client(world)
    stranger_ca = pki.create_ca("Some other CA")
    key, csr = pki.make_device_csr(uid("dev"))
    cert = pki.sign_device_csr(stranger_ca, csr)
    pki.write_private(tmp_path / "k.pem", pki.key_pem(key))
    pki.write_public(tmp_path / "c.pem", pki.cert_pem(cert))
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError, httpx.ConnectError)):
        _raw_post(world, _raw_context(world, (str(tmp_path / "c.pem"), str(tmp_path / "k.pem"))))
    # The app's own client says why, in a stable code.
    sync = SyncClient(
        world.server.url,
        ca_file=world.ca_file,
        cert_file=tmp_path / "c.pem",
        key_file=tmp_path / "k.pem",
        device_id="x-dev",
    )
    with sync, pytest.raises(SyncError) as err:
        sync.pull(0)
    assert err.value.code == "refused_certificate"


def test_expired_device_certificate_is_refused(world: World) -> None:
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    laptop = world.laptop(uid("cw"), days=10, not_before=long_ago)
    with laptop.client() as sync, pytest.raises(SyncError) as err:
        sync.pull(0)
    assert err.value.code == "refused_certificate"


def test_tls12_only_client_is_refused(world: World) -> None:
    laptop = world.laptop(uid("cw"))
    ctx = _raw_context(
        world, (str(laptop.cert_file), str(laptop.key_file)), max_version=ssl.TLSVersion.TLSv1_2
    )
    with pytest.raises(httpx.ConnectError) as err:
        _raw_post(world, ctx)
    assert "SSL" in str(err.value).upper()  # the handshake itself failed
    # The same certificate over TLS 1.3 reaches the HTTP layer (which then wants a signature).
    control = _raw_post(world, _raw_context(world, (str(laptop.cert_file), str(laptop.key_file))))
    assert control.status_code == 401


def test_server_with_certificate_from_another_ca_is_not_trusted(world: World, tmp_path) -> None:
    laptop = world.laptop(uid("cw"))
    other = pki.create_ca("Look-alike CA")
    pki.write_public(tmp_path / "other-ca.pem", pki.cert_pem(other.cert))
    with laptop.client(ca_file=tmp_path / "other-ca.pem") as sync, pytest.raises(SyncError) as err:
        sync.hello()
    assert err.value.code == "server_cert_untrusted"


def test_wrong_host_name_is_not_trusted(world: World, backend, tmp_path) -> None:
    laptop = world.laptop(uid("cw"))
    # A server of the right CA, but its certificate names another host.
    home = tmp_path / "elsewhere"
    shutil.copytree(world.server.home / "ca", home / "ca")
    done = run_admin(home, "issue-server-cert", "--host", "sync.elsewhere.invalid")
    assert done.returncode == 0, done.stderr
    server = ServerProcess(home, backend.new_db()).start()
    try:
        with laptop.client(url=server.url) as sync, pytest.raises(SyncError) as err:
            sync.hello()
        assert err.value.code == "server_cert_wrong_host"
    finally:
        server.stop()


def test_nothing_listening_is_no_connection(world: World) -> None:
    laptop = world.laptop(uid("cw"))
    from tests.sync.servers import free_port

    with (
        laptop.client(url=f"https://localhost:{free_port()}") as sync,
        pytest.raises(SyncError) as err,
    ):
        sync.hello()
    assert err.value.code == "no_connection"


def test_revoked_device_is_told_to_wipe_and_gets_no_data(world: World) -> None:
    laptop, client_id = _seeded_client(world)
    admin.revoke_device(world.engine, laptop.device_id)
    with laptop.client() as sync:
        for call in (lambda: sync.pull(0), sync.hello, lambda: sync.push([])):
            with pytest.raises(SyncError) as err:
                call()
            assert err.value.code == "device_revoked"
            assert err.value.action == "wipe"
    # What the server actually sent: an error body, never the client's data.
    ctx = _raw_context(world, (str(laptop.cert_file), str(laptop.key_file)))
    with httpx.Client(verify=ctx, trust_env=False) as http:
        req = http.build_request("POST", world.server.url + "/v1/pull", content=b'{"cursor":0}')
        from hbdesk.protocol import signing

        signing.sign(
            req,
            b'{"cursor":0}',
            laptop.device_id,
            pki.load_key(laptop.key_file),
            dt.datetime.now(dt.UTC),
        )
        answer = http.send(req)
    assert answer.status_code == 403
    assert answer.json()["action"] == "wipe"
    assert b"SECRET-NOTE" not in answer.content and client_id.encode() not in answer.content


def test_disabled_caseworker_is_told_to_lock(world: World) -> None:
    laptop, _ = _seeded_client(world)
    admin.set_caseworker_disabled(world.engine, laptop.caseworker_id)
    with laptop.client() as sync, pytest.raises(SyncError) as err:
        sync.pull(0)
    assert (err.value.code, err.value.action) == ("caseworker_disabled", "lock")
    admin.set_caseworker_disabled(world.engine, laptop.caseworker_id, disabled=False)
    with laptop.client() as sync:
        assert sync.hello().action == "ok"


def _signed(
    laptop: Laptop, path: str, body: bytes, created: dt.datetime | None = None
) -> tuple[httpx.Client, httpx.Request]:
    from hbdesk.protocol import signing

    ctx = _raw_context_for(laptop)
    http = httpx.Client(verify=ctx, trust_env=False, timeout=10)
    req = http.build_request("POST", laptop.server_url + path, content=body)
    signing.sign(
        req,
        body,
        laptop.device_id,
        pki.load_key(laptop.key_file),
        created or dt.datetime.now(dt.UTC),
    )
    return http, req


def _raw_context_for(laptop: Laptop) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(laptop.ca_file))
    ctx.load_cert_chain(str(laptop.cert_file), str(laptop.key_file))
    return ctx


def test_replayed_signed_request_is_refused(world: World) -> None:
    laptop = world.laptop(uid("cw"))
    http, req = _signed(laptop, "/v1/pull", b'{"cursor":0}')
    with http:
        first = http.send(req)
        again = http.send(req)
    assert first.status_code == 200
    assert again.status_code == 401 and again.json()["error"] == "unauthenticated"


def test_unsigned_and_tampered_requests_are_refused(world: World) -> None:
    laptop = world.laptop(uid("cw"))
    with httpx.Client(verify=_raw_context_for(laptop), trust_env=False) as http:
        unsigned = http.post(laptop.server_url + "/v1/pull", content=b"{}")
    assert unsigned.status_code == 401 and unsigned.json()["error"] == "unauthenticated"

    http, req = _signed(laptop, "/v1/pull", b'{"cursor":0}')
    req.stream = httpx.ByteStream(b'{"cursor":9}')  # the body changed after signing
    with http:
        tampered = http.send(req)
    assert tampered.status_code == 401 and tampered.json()["error"] == "unauthenticated"

    # Another enrolled device's key cannot speak for this device.
    other = world.laptop(uid("cw"))
    http, req = _signed(laptop, "/v1/pull", b'{"cursor":0}')
    from hbdesk.protocol import signing

    signing.sign(
        req,
        b'{"cursor":0}',
        laptop.device_id,
        pki.load_key(other.key_file),
        dt.datetime.now(dt.UTC),
    )
    with http:
        forged = http.send(req)
    assert forged.status_code == 401 and forged.json()["error"] == "unauthenticated"


def test_old_signature_is_refused_but_a_laptop_with_a_wrong_clock_still_syncs(world: World) -> None:
    laptop = world.laptop(uid("cw"))
    http, req = _signed(
        laptop, "/v1/pull", b'{"cursor":0}', created=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    )
    with http:
        stale = http.send(req)
    # One answer for every authentication failure, with the server's time in it.
    assert stale.status_code == 401 and stale.json()["error"] == "unauthenticated"
    assert stale.json()["server_time"]

    # A laptop whose clock is three days behind: the client learns the server's time.
    def skewed() -> dt.datetime:
        return dt.datetime.now(dt.UTC) - dt.timedelta(days=3)

    late = world.laptop(uid("cw"), clock=skewed)
    client_id = uid("client")
    late.edit(client_id, "clients", client_id, {"first_name": "Aikainen"})
    with late.client() as sync:
        late.sync(sync)
    assert not late.outbox and not late.failed


def test_oversized_and_unknown_payloads_are_refused(world: World) -> None:
    laptop = world.laptop(uid("cw"))
    http, req = _signed(laptop, "/v1/pull", b'{"cursor":0,"extra":1}')
    with http:
        unknown = http.send(req)
    assert unknown.status_code == 422 and unknown.json()["error"] == "invalid_payload"
    big = b'{"cursor":0,"pad":"' + b"x" * (p.MAX_BODY_BYTES + 1) + b'"}'
    http, req = _signed(laptop, "/v1/pull", big)
    with http:
        try:
            answer = http.send(req)
            assert answer.status_code == 413
        except httpx.TransportError:
            pass  # the server may close the connection while the body still streams
