"""A minimal laptop for protocol tests: an outbox, field versions, a cursor and a replica.

It follows docs/SYNC-CONTRACT.md the way the real engine does, but keeps everything in
memory, so the tests exercise the server and the transport without the domain's tables.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hbdesk.protocol import messages as p
from hbdesk.protocol import pki
from hbdesk.sync.client import SyncClient, SyncError

Key = tuple[str, str]  # (entity, entity_id)


@dataclass
class Laptop:
    device_id: str
    caseworker_id: str
    folder: Path
    server_url: str
    ca_file: Path
    timeout: float = 15.0
    clock: Callable[[], dt.datetime] | None = None
    local_seq: int = 0
    cursor: int = 0
    outbox: list[p.Op] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # op_id -> reason
    sent: dict[str, int] = field(default_factory=dict)  # op_id -> server_seq
    versions: dict[tuple[str, str, str], int] = field(default_factory=dict)
    records: dict[Key, dict[str, Any]] = field(default_factory=dict)
    owner: dict[Key, str | None] = field(default_factory=dict)  # record -> client_id
    conflicts: dict[str, p.ConflictRecord] = field(default_factory=dict)
    reference: dict[str, p.ReferenceData] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    leaving: set[str] = field(default_factory=set)  # to remove once their ops are sent
    applied_seqs: list[int] = field(default_factory=list)

    @property
    def cert_file(self) -> Path:
        return self.folder / "device.pem"

    @property
    def key_file(self) -> Path:
        return self.folder / "device.key"

    def client(self, url: str | None = None, **overrides: Any) -> SyncClient:
        args: dict[str, Any] = {
            "ca_file": self.ca_file,
            "cert_file": self.cert_file,
            "key_file": self.key_file,
            "device_id": self.device_id,
            "timeout": self.timeout,
            "clock": self.clock,
        }
        args.update(overrides)
        return SyncClient(url or self.server_url, **args)

    # --- local edits -------------------------------------------------------------------

    def edit(
        self,
        client_id: str | None,
        entity: str,
        entity_id: str,
        fields: dict[str, Any],
        kind: str = "upsert",
        resolves: str | None = None,
    ) -> p.Op:
        self.local_seq += 1
        bases = None
        if kind != "append":
            bases = {f: self.versions.get((entity, entity_id, f), 0) for f in fields}
        op = p.Op(
            op_id=str(uuid.uuid4()),
            device_id=self.device_id,
            client_id=client_id,
            entity=entity,
            entity_id=entity_id,
            kind=kind,
            fields=fields,
            base_versions=bases,
            author=f"user-{self.caseworker_id}",
            author_role="key_worker",
            local_time=dt.datetime.now(dt.UTC),
            local_seq=self.local_seq,
            resolves_conflict=resolves,
        )
        self.outbox.append(op)
        self.records.setdefault((entity, entity_id), {}).update(fields)
        self.owner[(entity, entity_id)] = client_id
        return op

    # --- sync --------------------------------------------------------------------------

    def push(self, sync: SyncClient, batch: int = p.MAX_OPS_PER_BATCH) -> list[p.OpResult]:
        results: list[p.OpResult] = []
        pending = list(self.outbox)
        for start in range(0, len(pending), batch):
            chunk = pending[start : start + batch]
            answer = sync.push(chunk)
            results += answer.results
            self.take_results(chunk, answer.results)
        self._remove_leaving()
        return results

    def take_results(self, chunk: list[p.Op], results: list[p.OpResult]) -> None:
        by_id = {r.op_id: r for r in results}
        for op in chunk:
            r = by_id[op.op_id]
            if r.status in ("stored", "duplicate"):
                assert r.server_seq is not None
                self.sent[op.op_id] = r.server_seq
                for name, version in r.versions.items():
                    key = (op.entity, op.entity_id, name)
                    self.versions[key] = max(self.versions.get(key, 0), version)
            else:
                self.failed[op.op_id] = r.reason or "?"
            self.outbox.remove(op)

    def pull(self, sync: SyncClient, limit: int = p.DEFAULT_PULL_LIMIT) -> int:
        pages = 0
        while True:
            page = sync.pull(self.cursor, limit)
            self.apply(page)
            pages += 1
            if not page.has_more:
                return pages

    def apply(self, page: p.PullPage) -> None:
        """Apply one page; the cursor moves only after the whole page is applied."""
        for snap in page.snapshots:
            key = (snap.entity, snap.entity_id)
            self.owner[key] = snap.client_id
            for name, state in snap.fields.items():
                self._take_field(key, name, state.value, state.version)
        for sop in page.ops:
            key = (sop.op.entity, sop.op.entity_id)
            self.owner[key] = sop.op.client_id
            self.applied_seqs.append(sop.server_seq)
            for name, version in sop.applied.items():
                value = True if name == "_deleted" else sop.op.fields[name]
                self._take_field(key, name, value, version)
        for conflict in page.conflicts:
            self.conflicts[conflict.conflict_id] = conflict
            if conflict.state == "open":
                self._take_conflict(conflict)
        for ref in page.reference:
            self.reference[ref.kind] = ref
        self.leaving.update(page.removed_clients)
        self._remove_leaving()
        assert page.next_cursor >= self.cursor
        self.cursor = page.next_cursor

    def _remove_leaving(self) -> None:
        """A client leaves the laptop only after its last changes are sent."""
        for client_id in sorted(self.leaving):
            if any(op.client_id == client_id for op in self.outbox):
                continue
            self.leaving.discard(client_id)
            self.removed.append(client_id)
            for key in [k for k, c in self.owner.items() if c == client_id]:
                self.records.pop(key, None)
                self.owner.pop(key, None)

    def _take_conflict(self, c: p.ConflictRecord) -> None:
        """Show the stored value (the other lives in the conflict) unless an edit is unsent.

        At an equal version too: this laptop's own losing edit may sit on top of it.
        """
        key, vkey = (c.entity, c.entity_id), (c.entity, c.entity_id, c.field)
        if any((op.entity, op.entity_id) == key and c.field in op.fields for op in self.outbox):
            return
        if self.versions.get(vkey, 0) <= c.current_version:
            self.versions[vkey] = c.current_version
            self.records.setdefault(key, {})[c.field] = c.current_value

    def _take_field(self, key: Key, name: str, value: Any, version: int) -> None:
        vkey = (key[0], key[1], name)
        if version > self.versions.get(vkey, 0):
            self.versions[vkey] = version
            self.records.setdefault(key, {})[name] = value

    def sync(self, sync: SyncClient) -> None:
        self.push(sync)
        self.pull(sync)

    def sync_until_done(self, attempts: int = 10) -> None:
        """Retry through faults, as the app does, until one clean push and pull."""
        last: SyncError | None = None
        for _ in range(attempts):
            try:
                with self.client() as sync:
                    self.sync(sync)
                return
            except SyncError as exc:
                last = exc
        raise AssertionError(f"sync never completed: {last}")

    def client_records(self, client_id: str) -> dict[Key, dict[str, Any]]:
        return {k: v for k, v in self.records.items() if self.owner.get(k) == client_id}


def enrol_files(folder: Path, device_id: str) -> tuple[Path, Path]:
    """The laptop's side of enrolment: a key that never leaves it, and a CSR."""
    key, csr = pki.make_device_csr(device_id)
    folder.mkdir(parents=True, exist_ok=True)
    pki.write_private(folder / "device.key", pki.key_pem(key))
    pki.write_public(folder / "device.csr", pki.csr_pem(csr))
    return folder / "device.key", folder / "device.csr"
