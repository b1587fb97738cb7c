"""One identity per request (issue 12, failure 5): the device of the TLS client certificate
is the device whose key signed the request; a revoked certificate is answered before a byte
of its request body is read; every authentication failure gets the same answer, so nobody
with a certificate can probe which device ids exist."""

from __future__ import annotations

import datetime as dt
import socket
import ssl
from pathlib import Path

import httpx

from hbdesk.protocol import messages as p
from hbdesk.protocol import pki, signing
from hbdesk.server import admin, db
from tests.sync.conftest import World
from tests.sync.laptop import Laptop, enrol_files
from tests.sync.servers import uid

SECRET = "SALAINEN-MUISTIINPANO"


def _context(laptop: Laptop) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(laptop.ca_file))
    ctx.load_cert_chain(str(laptop.cert_file), str(laptop.key_file))
    return ctx


def _send(
    over: Laptop,
    path: str,
    body: bytes,
    *,
    as_device: str | None = None,
    key_of: Laptop | None = None,
    created: dt.datetime | None = None,
    sign: bool = True,
    tamper: bytes | None = None,
) -> httpx.Response:
    """A request over `over`'s TLS certificate, signed as `as_device` with `key_of`'s key."""
    with httpx.Client(verify=_context(over), trust_env=False, timeout=15) as http:
        request = http.build_request("POST", over.server_url + path, content=body)
        if sign:
            signing.sign(
                request,
                body,
                as_device or over.device_id,
                pki.load_key((key_of or over).key_file),
                created or dt.datetime.now(dt.UTC),
            )
        if tamper is not None:
            request.stream = httpx.ByteStream(tamper)
        return http.send(request)


def _seeded(world: World) -> tuple[Laptop, str]:
    laptop = world.laptop(uid("cw"))
    client_id = uid("client")
    laptop.edit(client_id, "clients", client_id, {"first_name": "Testi", "address": SECRET})
    with laptop.client() as sync:
        laptop.sync(sync)
    return laptop, client_id


def test_another_devices_signature_over_this_certificate_gets_nothing(world: World) -> None:
    victim, client_id = _seeded(world)
    intruder = world.laptop(uid("cw"))
    # The intruder holds the victim's signing key but only its own TLS certificate.
    answer = _send(intruder, "/v1/pull", b'{"cursor":0}', as_device=victim.device_id, key_of=victim)
    assert answer.status_code == 401
    assert SECRET.encode() not in answer.content and client_id.encode() not in answer.content
    # The same signed request over the victim's own certificate is answered (control).
    control = _send(victim, "/v1/pull", b'{"cursor":0}')
    assert control.status_code == 200 and SECRET.encode() in control.content


def test_a_push_signed_for_another_device_stores_nothing(world: World) -> None:
    victim = world.laptop(uid("cw"))
    intruder = world.laptop(uid("cw"))
    client_id = uid("client")
    victim.edit(client_id, "clients", client_id, {"first_name": "Väärennetty"})
    body = p.PushRequest(device_id=victim.device_id, ops=victim.outbox).model_dump_json().encode()
    answer = _send(intruder, "/v1/push", body, as_device=victim.device_id, key_of=victim)
    assert answer.status_code == 401
    with world.engine.connect() as conn:
        assert conn.execute(db.ops.select().where(db.ops.c.client_id == client_id)).first() is None


def _raw_request(laptop: Laptop, head: bytes) -> bytes:
    """Send only a request's head over TLS; return what the server answers, never the body."""
    host, port = "localhost", int(laptop.server_url.rsplit(":", 1)[1])
    with (
        socket.create_connection((host, port), timeout=10) as raw,
        _context(laptop).wrap_socket(raw, server_hostname=host) as tls,
    ):
        tls.sendall(head)
        received = b""
        while b"\r\n\r\n" not in received or len(received) < _length(received):
            chunk = tls.recv(65536)
            if not chunk:
                break
            received += chunk
        return received


def _length(answer: bytes) -> int:
    """The whole answer's length, by its head's Content-Length."""
    head, _, _ = answer.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(head) + 4 + int(value)
    return len(head) + 4


def test_a_revoked_certificate_is_answered_before_its_request_is_read(world: World) -> None:
    laptop, client_id = _seeded(world)
    admin.revoke_device(world.engine, laptop.device_id)
    head = (
        b"POST /v1/pull HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        b"Content-Length: 100000\r\n\r\n"
    )  # the body never comes, nor any signature: the certificate alone decides
    answer = _raw_request(laptop, head)
    assert answer.startswith(b"HTTP/1.1 403"), answer[:200]
    assert b"wipe" in answer or b"device_revoked" in answer
    assert SECRET.encode() not in answer and client_id.encode() not in answer


def test_a_replaced_certificate_of_a_device_gets_nothing(world: World, tmp_path: Path) -> None:
    laptop, _ = _seeded(world)
    old = tmp_path / "old"
    old.mkdir()
    (old / "device.pem").write_bytes(laptop.cert_file.read_bytes())
    (old / "device.key").write_bytes(laptop.key_file.read_bytes())
    # The device is enrolled again with a new key (e.g. a renewed laptop): the old pair is void.
    _, csr = enrol_files(laptop.folder, laptop.device_id)
    cert = admin.enrol_device(world.engine, world.ca, pki.load_csr(csr), laptop.caseworker_id)
    pki.write_public(laptop.folder / "device.pem", pki.cert_pem(cert))
    stale = Laptop(laptop.device_id, laptop.caseworker_id, old, laptop.server_url, laptop.ca_file)
    assert _send(stale, "/v1/pull", b'{"cursor":0}').status_code == 401
    assert _send(laptop, "/v1/pull", b'{"cursor":0}').status_code == 200


def _answer(response: httpx.Response) -> tuple[int, dict[str, object]]:
    body = dict(response.json())
    body.pop("server_time", None)
    return response.status_code, body


def test_every_authentication_failure_gets_the_same_answer(world: World) -> None:
    laptop, _ = _seeded(world)
    other = world.laptop(uid("cw"))
    body = b'{"cursor":0}'
    with httpx.Client(verify=_context(laptop), trust_env=False, timeout=15) as http:
        request = http.build_request("POST", laptop.server_url + "/v1/pull", content=body)
        signing.sign(request, body, laptop.device_id, pki.load_key(laptop.key_file), _utc())
        assert http.send(request).status_code == 200
        replayed = http.send(request)
    answers = {
        "unsigned": _send(laptop, "/v1/pull", body, sign=False),
        "tampered body": _send(laptop, "/v1/pull", body, tamper=b'{"cursor":9}'),
        "another key": _send(laptop, "/v1/pull", body, key_of=other),
        "an unknown device id": _send(laptop, "/v1/pull", body, as_device=uid("dev")),
        "another device's id": _send(laptop, "/v1/pull", body, as_device=other.device_id),
        "replayed": replayed,
        "an old signature": _send(laptop, "/v1/pull", body, created=_utc() - dt.timedelta(hours=1)),
    }
    seen = {name: _answer(response) for name, response in answers.items()}
    first = seen["unsigned"]
    assert first[0] == 401
    assert {name: first for name in seen} == seen
    # The answer carries the server's time, so a laptop with a wrong clock can correct itself.
    assert all("server_time" in response.json() for response in answers.values())


def _utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def test_an_op_dated_before_year_one_in_utc_is_refused_not_a_crash(world: World) -> None:
    """0001-01-01T00:00+02:00 is a valid ISO instant whose UTC time falls before year 1: the
    push is refused in words like any malformed request, nothing is stored, and the server
    goes on taking the laptop's good pushes."""
    laptop = world.laptop(uid("cw"))
    client_id = uid("client")
    laptop.edit(client_id, "clients", client_id, {"first_name": "Ajaton"})
    body = p.PushRequest(device_id=laptop.device_id, ops=laptop.outbox).model_dump_json()
    stamp = laptop.outbox[0].local_time.isoformat().replace("+00:00", "Z")
    crafted = body.replace(stamp, "0001-01-01T00:00:00+02:00", 1)
    assert crafted != body
    answer = _send(laptop, "/v1/push", crafted.encode())
    assert 400 <= answer.status_code < 500, (answer.status_code, answer.text[:200])
    with world.engine.connect() as conn:
        assert conn.execute(db.ops.select().where(db.ops.c.client_id == client_id)).first() is None
    with laptop.client() as sync:
        laptop.sync(sync)
    with world.engine.connect() as conn:
        assert conn.execute(db.ops.select().where(db.ops.c.client_id == client_id)).first()
