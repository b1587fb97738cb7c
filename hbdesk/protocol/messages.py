"""The sync wire messages, shared by the laptop's client and `hbdesk-server`.

Everything that crosses the network is validated here: unknown fields are refused
(`extra="forbid"`), strings, collections and batches have upper bounds, JSON values are
only str, int, bool or null (money and dates travel as strings, never float).
The op shape is docs/SYNC-CONTRACT.md's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Annotated, Any, Literal, Protocol

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
    model_validator,
)

PROTOCOL_VERSION = 1

# Limits. The server refuses a body larger than MAX_BODY_BYTES before parsing it.
MAX_BODY_BYTES = 8 * 1024 * 1024
MAX_OPS_PER_BATCH = 500
MAX_PULL_LIMIT = 1000
DEFAULT_PULL_LIMIT = 500
MAX_FIELDS_PER_OP = 200
MAX_TEXT_VALUE = 200_000  # characters of one field value (a long note fits; 10 MB does not)
MAX_REFERENCE_BYTES = 16 * 1024 * 1024

# Stable codes for a rejected op (the laptop shows them, translated, next to the record).
REJECT_DEVICE_MISMATCH = "device_mismatch"
REJECT_OUT_OF_SCOPE = "out_of_scope"
REJECT_CLIENT_CLOSED = "client_closed"
REJECT_MISSING_BASE_VERSION = "missing_base_version"
REJECT_APPEND_EXISTS = "append_exists"
REJECT_UNKNOWN_CONFLICT = "unknown_conflict"
REJECT_OP_ID_REUSED = "op_id_reused"
REJECT_REFERENCE_READ_ONLY = "reference_read_only"
# The schema check (hbdesk/protocol/schema.py); these carry the field: "invalid_value:unit_price".
REJECT_UNKNOWN_ENTITY = "unknown_entity"
REJECT_LOCAL_ONLY = "local_only"  # a laptop-only table: vault_meta, outbox, drafts, …
REJECT_UNKNOWN_FIELD = "unknown_field"
REJECT_WRONG_TYPE = "wrong_type"  # e.g. a number where text belongs, money not as a string
REJECT_INVALID_VALUE = "invalid_value"  # "abc" as money, 2026-13-01, an instant without offset
REJECT_OUT_OF_RANGE = "out_of_range"
REJECT_TOO_LONG = "too_long"
REJECT_NUL_BYTE = "nul_byte"
REJECT_MISSING_VALUE = "missing_value"  # null where the record needs a value
REJECT_APPEND_ONLY = "append_only"  # an issued decision, a ledger entry: never changed
REJECT_WRONG_KIND = "wrong_kind"  # "append" for a record that is edited in place
REJECT_ID_MISMATCH = "id_mismatch"  # the record's own id or client id differs from the op's
# Not from the server: a pulled change this laptop could not store (kept, tried again later).
APPLY_FAILED = "cannot_apply"

IDENTIFIER = r"[a-z_][a-z0-9_]{0,63}"  # the patterns alone (a field's name, an id), for
ID_TEXT = r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}"  # code that checks values without a model
SHORT_TEXT = 64
Identifier = Annotated[str, StringConstraints(pattern=f"^{IDENTIFIER}$")]
IdText = Annotated[str, StringConstraints(pattern=f"^{ID_TEXT}$")]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=SHORT_TEXT)]
ReasonText = Annotated[str, StringConstraints(max_length=200)]
BoundedStr = Annotated[str, StringConstraints(max_length=MAX_TEXT_VALUE)]
JsonValue = StrictBool | StrictInt | BoundedStr | None
Nonneg = Annotated[int, Field(ge=0, le=2**62)]


def _aware_utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("instants must carry a UTC offset")
    try:
        return value.astimezone(dt.UTC)
    except OverflowError:  # e.g. 0001-01-01T00:00+02:00: a refusal, never a crash
        raise ValueError("the instant is out of range") from None


UtcInstant = Annotated[dt.datetime, AfterValidator(_aware_utc)]


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_max_length=MAX_TEXT_VALUE)


class Op(Message):
    """One change of one record, made on one laptop (docs/SYNC-CONTRACT.md)."""

    op_id: IdText
    device_id: IdText
    client_id: IdText | None
    entity: Identifier
    entity_id: IdText
    kind: Literal["upsert", "delete", "append"]
    fields: dict[Identifier, JsonValue] = Field(max_length=MAX_FIELDS_PER_OP)
    base_versions: dict[Identifier, Nonneg] | None = Field(
        default=None, max_length=MAX_FIELDS_PER_OP
    )
    author: ShortText
    author_role: ShortText
    local_time: UtcInstant
    local_seq: Nonneg
    resolves_conflict: IdText | None = None

    @model_validator(mode="after")
    def _bases_match_kind(self) -> Op:
        if self.kind == "append" and self.base_versions:
            raise ValueError("append ops carry no base versions")
        if self.kind == "upsert" and not self.fields:
            raise ValueError("an upsert changes at least one field")
        return self


class OpValues(Protocol):
    """What is read of an op once it is made: an `Op`, or an append-only record's op the
    server makes itself from values checked as `Op` checks them (hbdesk.server.store)."""

    @property
    def op_id(self) -> str: ...
    @property
    def device_id(self) -> str: ...
    @property
    def client_id(self) -> str | None: ...
    @property
    def entity(self) -> str: ...
    @property
    def entity_id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def fields(self) -> Mapping[str, JsonValue]: ...
    @property
    def base_versions(self) -> Mapping[str, int] | None: ...
    @property
    def author(self) -> str: ...
    @property
    def author_role(self) -> str: ...
    @property
    def local_time(self) -> dt.datetime: ...
    @property
    def local_seq(self) -> int: ...
    @property
    def resolves_conflict(self) -> str | None: ...


class PushRequest(Message):
    device_id: IdText
    ops: list[Op] = Field(max_length=MAX_OPS_PER_BATCH)


class OpResult(Message):
    op_id: IdText
    status: Literal["stored", "duplicate", "rejected"]
    server_seq: Nonneg | None = None  # set for stored and duplicate
    reason: ReasonText | None = None  # set for rejected
    # The fields the device now shares with the server, with their versions (the new
    # field_versions); a field in conflict is not listed.
    versions: dict[Identifier, Nonneg] = Field(default_factory=dict)
    conflicts: list[IdText] = Field(default_factory=list)  # conflicts this op opened


DeviceAction = Literal["ok", "wipe", "lock"]


class DeviceStatus(Message):
    """What the server says about the calling device on every answer."""

    action: DeviceAction = "ok"
    device_id: IdText
    caseworker_id: IdText | None = None
    server_time: UtcInstant
    lease_days: int | None = None


class PushResult(Message):
    results: list[OpResult] = Field(max_length=MAX_OPS_PER_BATCH)
    device: DeviceStatus


class PullRequest(Message):
    cursor: Nonneg = 0
    limit: Annotated[int, Field(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT


class ServerOp(Message):
    """An op as the server stored it, with its place in the global order."""

    server_seq: Nonneg
    received_at: UtcInstant
    op: Op
    # The fields that became current through this op, with their new versions; the other
    # fields of the op were in conflict or equal to what was there.
    applied: dict[Identifier, Nonneg] = Field(default_factory=dict)


class ConflictRecord(Message):
    """The same field changed from the same base on two devices: both values kept."""

    conflict_id: IdText
    server_seq: Nonneg
    client_id: IdText | None
    entity: Identifier
    entity_id: IdText
    field: Identifier
    state: Literal["open", "resolved"]
    current_value: JsonValue  # the value stored on the server (applied first)
    current_version: Nonneg
    current_op_id: IdText | None
    current_author: str | None = None
    current_time: UtcInstant | None = None
    proposed_value: JsonValue  # the value that was not applied
    proposed_op_id: IdText
    proposed_author: str
    proposed_time: UtcInstant
    resolved_by_op: IdText | None = None


class FieldState(Message):
    value: JsonValue
    version: Nonneg


class RecordSnapshot(Message):
    """A whole record as the server holds it, sent when a client enters a device's scope."""

    client_id: IdText | None
    entity: Identifier
    entity_id: IdText
    fields: dict[Identifier, FieldState]


class ReferenceData(Message):
    """Catalogue, questionnaires: loaded by the municipality, versioned, sent down."""

    kind: Identifier
    version: Nonneg
    loaded_at: UtcInstant
    content: dict[str, Any]


class PullPage(Message):
    ops: list[ServerOp] = Field(default_factory=list)
    conflicts: list[ConflictRecord] = Field(default_factory=list)
    snapshots: list[RecordSnapshot] = Field(default_factory=list)
    removed_clients: list[IdText] = Field(default_factory=list)  # out of scope: leave the laptop
    reference: list[ReferenceData] = Field(default_factory=list)
    next_cursor: Nonneg
    has_more: bool
    device: DeviceStatus


class ErrorBody(Message):
    """Every non-2xx answer: a stable code; `action` when the device must wipe or lock."""

    error: Annotated[str, StringConstraints(max_length=64)]
    detail: ReasonText | None = None
    action: DeviceAction | None = None
    server_time: UtcInstant | None = None
