"""Receipt files: checked by content, cleaned, encrypted, stored in the server's database.

The size is limited before anything is read (the request's own limit, then the file's);
the type is what the bytes are (`filetype`), never the name or the browser's word. Images
(JPEG, PNG, WebP) are decoded with Pillow under a pixel limit and written again as JPEG
or PNG: EXIF (place, time, device) and every other metadata stay behind. A PDF must open
with pypdf, unencrypted, with pages; its pages alone are written to a new file, which
leaves the document's metadata and any script behind. What is kept is encrypted with
AES-256-GCM under the server's receipt key (the record id as associated data), so a copy
of the database alone shows no receipt.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
from dataclasses import dataclass

import filetype
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from PIL import Image, ImageOps
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from hbdesk.server.omahb import tables
from hbdesk.server.scope import now_utc

IMAGE_TYPES = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "JPEG"}
PDF = "application/pdf"
MAX_PIXELS = 40_000_000  # a phone photo is ~12–50 MP; more is a decompression bomb
MAX_PDF_PAGES = 20


class BadFile(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Clean:
    media_type: str
    data: bytes


def clean(data: bytes, limit: int) -> Clean:
    """The file as it will be kept, or BadFile("too_large" | "wrong_type" | "damaged")."""
    if len(data) > limit:
        raise BadFile("too_large")
    if not data:
        raise BadFile("empty")
    kind = filetype.guess_mime(data)
    if kind in IMAGE_TYPES:
        return _image(data, IMAGE_TYPES[kind])
    if kind == PDF:
        return _pdf(data)
    raise BadFile("wrong_type")


def _image(data: bytes, fmt: str) -> Clean:
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(io.BytesIO(data)) as img:
            if img.width * img.height > MAX_PIXELS:
                raise BadFile("too_large")
            img.load()
            upright = ImageOps.exif_transpose(img)
            if fmt == "JPEG":
                pixels = upright.convert("RGB")
            else:
                pixels = upright.convert("RGBA" if "A" in upright.getbands() else "RGB")
            out = io.BytesIO()
            pixels.save(out, fmt, **({"quality": 90} if fmt == "JPEG" else {}))
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise BadFile("damaged") from None
    return Clean("image/jpeg" if fmt == "JPEG" else "image/png", out.getvalue())


def _pdf(data: bytes) -> Clean:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise BadFile("damaged")
        pages = len(reader.pages)
        if not 0 < pages <= MAX_PDF_PAGES:
            raise BadFile("damaged" if pages == 0 else "too_large")
        writer = PdfWriter()
        for page in reader.pages:
            writer.add_page(page)
        out = io.BytesIO()
        writer.write(out)
    except (PyPdfError, OSError, ValueError, KeyError, TypeError, RecursionError):
        raise BadFile("damaged") from None
    return Clean(PDF, out.getvalue())


def store(
    conn: Connection,
    key: bytes,
    receipt_id: str,
    client_id: str,
    entry_id: str,
    purchased_on: dt.date | None,
    file: Clean,
) -> None:
    """Keep the cleaned file, encrypted; once per receipt (a second time changes nothing)."""
    found = conn.execute(
        select(tables.receipts.c.receipt_id).where(tables.receipts.c.receipt_id == receipt_id)
    ).first()
    if found is not None:
        return
    nonce = os.urandom(12)
    conn.execute(
        insert(tables.receipts).values(
            receipt_id=receipt_id,
            client_id=client_id,
            entry_id=entry_id,
            purchased_on=purchased_on,
            media_type=file.media_type,
            size=len(file.data),
            sha256=hashlib.sha256(file.data).hexdigest(),
            nonce=nonce,
            ciphertext=AESGCM(key).encrypt(nonce, file.data, receipt_id.encode()),
            uploaded_at=now_utc(),
        )
    )


def read(conn: Connection, key: bytes, receipt_id: str) -> Clean | None:
    """A kept receipt, decrypted (None if there is none)."""
    row = conn.execute(
        select(tables.receipts).where(tables.receipts.c.receipt_id == receipt_id)
    ).first()
    if row is None:
        return None
    data = AESGCM(key).decrypt(row.nonce, row.ciphertext, receipt_id.encode())
    return Clean(row.media_type, data)
