"""Record ids: made on any device without coordination, as text (36 characters).

Nothing here imports more than the standard library: the UI names a record by `short_id`
before SQLAlchemy is loaded.
"""

from __future__ import annotations

import os
import re
import time
import uuid


def new_id() -> str:
    """A new record id, unique across devices without coordination: a UUIDv7 (RFC 9562) as
    text, the Unix time in milliseconds (48 bits) then 74 random bits.

    Ids made one after another sort together, so a write adds to the end of every index
    keyed by them instead of to a page anywhere in it: a random id put each of a day's
    records on its own page of each such index, on the laptop and on the server, and the
    pages a sync wrote grew with the whole history (a day's push into the server's 10×
    history wrote 2.9–3.4 MB to its WAL, 1.4 MB with these ids: benchmarks/bench_sync.py,
    the server's part). The time an id holds is when its record was made, which the record
    and its op hold anyway; where it must not be told (anonymous feedback), `random_id`.
    Python 3.14's `uuid.uuid7` makes the same form."""
    return uuid7(time.time_ns() // 1_000_000, int.from_bytes(os.urandom(10), "big"))


def uuid7(ms: int, rand: int) -> str:
    """The UUIDv7 text for the Unix millisecond `ms` and 80 random bits `rand` (74 of them
    used: 12 for rand_a, 62 for rand_b). `new_id` gives it the present millisecond."""
    value = (ms & _MS_MASK) << 80 | 0x7 << 76 | (rand >> 62 & 0xFFF) << 64 | 0b10 << 62
    return str(uuid.UUID(int=value | rand & _RAND_B_MASK))


def millisecond_of(record_id: str) -> int | None:
    """The Unix millisecond a UUIDv7 id (in the form `uuid7` writes) was made in: its first
    48 bits. None for any other text: a UUID4 holds no time."""
    if not _UUID7.match(record_id):
        return None
    return int(record_id[:8] + record_id[9:13], 16)


_MS_MASK = (1 << 48) - 1
_RAND_B_MASK = (1 << 62) - 1
_UUID7 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def random_id() -> str:
    """A new id that tells nothing, not even when it was made (UUID4 as text): for a record
    whose time must not be known, and whose rows must not sit in the order they were made
    (anonymous feedback: models/feedback.py)."""
    return str(uuid.uuid4())


def short_id(record_id: str) -> str:
    """The 8 characters that tell a record from the others on a screen or in a number: the
    last of its id, random in a UUIDv7 as in a UUID4 (a UUIDv7's first 8 are the time, the
    same for everything made in the same minute)."""
    return record_id[-8:]
