"""Ids derived from names (uuid5), made without building a `uuid.UUID` for each: a money
import derives three per item (its op, its entry, its note), a hundred thousand a month.
The same text as `str(uuid.uuid5(namespace, name))` (tests/server/test_ids.py)."""

from __future__ import annotations

import hashlib
import uuid


def name_hex(namespace: uuid.UUID, name: str) -> str:
    """`uuid.uuid5(namespace, name).hex`: SHA-1 of the namespace and the name, with the
    version (5) and variant (RFC 4122) bits set."""
    digest = bytearray(
        hashlib.sha1(namespace.bytes + name.encode(), usedforsecurity=False).digest()[:16]
    )
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    return digest.hex()


def name_uuid(namespace: uuid.UUID, name: str) -> str:
    """`str(uuid.uuid5(namespace, name))`."""
    h = name_hex(namespace, name)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
