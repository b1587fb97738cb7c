"""SQLite's write-ahead log as bytes: its identity and first frame, read without SQLite.

The WAL header and the frame headers are not encrypted by SQLCipher (only page images
are). Format: https://www.sqlite.org/fileformat2.html#walformat. A WAL whose header or
first frame does not check out holds nothing SQLite would apply.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

HEADER_BYTES = 32
FRAME_HEADER_BYTES = 24
_MAGIC = (0x377F0682, 0x377F0683)  # checksums over little- / big-endian words
_VERSION = 3007000


@dataclass(frozen=True)
class WalInfo:
    """A WAL that SQLite may apply: who it is, and the page its first frame writes."""

    ident: str  # checkpoint sequence and both salts (hex): new at every restart of the log
    first_page: int


def read(path: Path, page_size: int) -> WalInfo | None:
    """The WAL's identity, or None when it is missing, empty or holds no valid frame."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(HEADER_BYTES + FRAME_HEADER_BYTES + page_size)
    except FileNotFoundError:
        return None
    if len(data) < HEADER_BYTES + FRAME_HEADER_BYTES + page_size:
        return None
    magic, version, size, _seq, salt1, salt2, ck1, ck2 = struct.unpack(">8I", data[:32])
    if magic not in _MAGIC or version != _VERSION or size != page_size:
        return None
    big = magic & 1 == 1
    if _checksum(data[:24], big, (0, 0)) != (ck1, ck2):
        return None
    page, _commit, f_salt1, f_salt2, f_ck1, f_ck2 = struct.unpack(">6I", data[32:56])
    if (f_salt1, f_salt2) != (salt1, salt2):
        return None
    frame_sum = _checksum(data[32:40] + data[56:], big, (ck1, ck2))
    if frame_sum != (f_ck1, f_ck2):
        return None
    return WalInfo(ident=data[12:24].hex(), first_page=page)


def ident(path: Path) -> str | None:
    """The identity in the WAL's header as it is now (None: no header yet)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(HEADER_BYTES)
    except FileNotFoundError:
        return None
    if len(data) < HEADER_BYTES or struct.unpack(">I", data[:4])[0] not in _MAGIC:
        return None
    return data[12:24].hex()


def _checksum(data: bytes, big_endian: bool, seed: tuple[int, int]) -> tuple[int, int]:
    """SQLite's WAL checksum: two running sums over pairs of 32-bit words."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s1, s2 = seed
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[i + 1] + s1) & 0xFFFFFFFF
    return s1, s2
