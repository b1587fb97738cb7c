"""XML from outside, read defensively: the size known before reading, no DTD, no entities,
no network, a bounded message at a time.

A bank's e-invoice delivery is many XML documents one after another (a SOAP transport
frame, then the Finvoice message, again and again); a provider's file may hold a single
Finvoice or UBL document. The file is streamed and cut at each XML declaration, so only
one message is in memory at a time. Before any of it is used, a first pass refuses the
whole file when it is too large, declares a DTD or an entity (external entities, billion
laughs), or holds NUL bytes (UTF-16 and binary files); each message is then parsed by
lxml with entities, DTDs, the network and huge trees all off.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from hbdesk.server.money.shape import MAX_FILE_BYTES, MAX_MESSAGE_BYTES, FileRefused

CHUNK = 1024 * 1024
_DECLARATION = re.compile(rb"<\?xml\s")
_DANGER = (b"<!doctype", b"<!entity")


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
    )


@dataclass(frozen=True)
class Message:
    """One XML document of the file: its place, and its root or why it could not be read."""

    index: int  # 1-based, transport frames included
    root: etree._Element | None
    error: str = ""


def check_size(path: Path, most: int = MAX_FILE_BYTES) -> int:
    """The file's size, or FileRefused before a byte of it is read."""
    size = os.stat(path).st_size
    if size > most:
        raise FileRefused(
            "too_large",
            f"the file is {size // (1024 * 1024)} MB; at most {most // (1024 * 1024)} MB is taken",
        )
    if size == 0:
        raise FileRefused("empty", "the file is empty")
    return size


def inspect(path: Path, most: int = MAX_FILE_BYTES) -> None:
    """The first pass: refuse the whole file if any of it is dangerous (see the module doc)."""
    check_size(path, most)
    tail = b""
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            window = (tail + chunk).lower()
            if b"\x00" in chunk:
                raise FileRefused("not_text", "the file holds NUL bytes: it is not UTF-8 XML")
            if any(d in window for d in _DANGER):
                raise FileRefused(
                    "dtd", "the file declares a DTD or an entity (<!DOCTYPE, <!ENTITY): refused"
                )
            tail = window[-16:]


def messages(path: Path) -> Iterator[Message]:
    """Each XML document of the (inspected) file, parsed on its own."""
    parser = _parser()
    for index, piece in enumerate(_pieces(path), start=1):
        if piece is None:
            yield Message(index, None, f"larger than {MAX_MESSAGE_BYTES // 1024} kB")
            continue
        try:
            root = etree.fromstring(piece, parser)
        except etree.XMLSyntaxError as exc:
            yield Message(index, None, f"not well-formed XML ({_reason(exc)})")
            continue
        if root.getroottree().docinfo.doctype:  # never reached after `inspect`; kept anyway
            yield Message(index, None, "declares a DTD")
            continue
        yield Message(index, root)


def _reason(exc: etree.XMLSyntaxError) -> str:
    text = str(exc.msg or "").splitlines()[0] if exc.msg else "syntax error"
    return f"line {exc.lineno}: {text}"[:160]


def _pieces(path: Path) -> Iterator[bytes | None]:
    """The file cut before each XML declaration; None for a piece over the message limit."""
    buffer = b""
    skipping = False
    with open(path, "rb") as f:
        while True:
            chunk = f.read(CHUNK)
            buffer += chunk
            cuts = [m.start() for m in _DECLARATION.finditer(buffer) if m.start() > 0]
            start = 0
            for cut in cuts:
                yield from _piece(buffer[start:cut], skipping)
                skipping, start = False, cut
            buffer = buffer[start:]
            if len(buffer) > MAX_MESSAGE_BYTES:
                if not skipping:
                    yield None  # too large: its end is skipped until the next declaration
                skipping, buffer = True, buffer[-16:]
            if not chunk:
                yield from _piece(buffer, skipping)
                return


def _piece(data: bytes, skipping: bool) -> Iterator[bytes]:
    if not skipping and data.strip():
        yield data
