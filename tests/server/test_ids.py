"""The fast name-derived ids are uuid5's, character for character: an entry, op or held
payment booked before this change keeps its id (a re-import finds it, books nothing twice)."""

from __future__ import annotations

import datetime as dt
import random
import uuid

from hbdesk.server import authored
from hbdesk.server.ids import name_hex, name_uuid
from hbdesk.server.money import booking

NAMES = [
    "",
    "a",
    "entrymobile:ePassi:T00000001",
    "held\x1finvoice:1234567-8:B-0000001",
    "server:money\x1fmobile:ePassi:row-0f3a",
    "åäö ÅÄÖ € 🙂 \x00 \u202e",
    "x" * 1000,
]


def _names() -> list[str]:
    rng = random.Random(17)
    made = [
        "".join(chr(rng.randrange(1, 0x3000)) for _ in range(rng.randrange(60)))
        for _ in range(2000)
    ]
    return NAMES + made


def test_the_ids_are_uuid5s() -> None:
    for namespace in (uuid.NAMESPACE_DNS, uuid.UUID("3c7d2b1e-8f4a-4e55-9a0c-6d1b5e2f7a90")):
        for name in _names():
            assert name_uuid(namespace, name) == str(uuid.uuid5(namespace, name))
            assert name_hex(namespace, name) == uuid.uuid5(namespace, name).hex


def test_booked_items_keep_their_ids() -> None:
    """The ids a money import gave before (uuid.uuid5) are the ids it gives now."""
    ids = uuid.UUID("3c7d2b1e-8f4a-4e55-9a0c-6d1b5e2f7a90")
    ops = uuid.UUID("6a1f3c52-3b1e-4d8e-9a57-2f1d0c9b7e41")
    source = authored.Source("server:money", author="e-lasku: X", author_role="source_system")
    for key in _names()[:200]:
        assert (
            booking.entry_id(key, dt.date(2026, 11, 3))
            == f"20261103-{uuid.uuid5(ids, f'entry{key}').hex[:27]}"
        )
        assert booking.held_id(key) == str(uuid.uuid5(ids, f"held\x1f{key}"))
        assert authored.op_id_for(source, key) == str(uuid.uuid5(ops, f"server:money\x1f{key}"))
