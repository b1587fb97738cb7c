"""CSV from outside, read defensively, and CSV written back safely.

Dialect (declared, never sniffed): UTF-8 (a BOM is allowed), `;` between fields (a comma
is the decimal mark here), `"` around fields that need it, a header row naming the
columns. A first pass refuses the whole file when it is too large, not UTF-8 or holds
NUL bytes, naming the line; the rows are then streamed one at a time.

Written back (the queue's export), a cell that would start a formula in a spreadsheet
(= + - @, tab, carriage return) is escaped with a leading apostrophe: it stays data.
"""

from __future__ import annotations

import codecs
import csv
import io
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from hbdesk.server.money.shape import MAX_FILE_BYTES, FileRefused
from hbdesk.server.money.xmlfiles import CHUNK, check_size


class Dialect(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = csv.QUOTE_MINIMAL
    strict = True


def inspect(path: Path, most: int = MAX_FILE_BYTES) -> None:
    """The first pass: the size, then every byte decoded as UTF-8, without NULs."""
    check_size(path, most)
    decoder = codecs.getincrementaldecoder("utf-8-sig")("strict")
    line = 1
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            try:
                text = decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                bad = line + chunk[: exc.start].count(b"\n")
                raise FileRefused(
                    "not_utf8", f"line {bad} is not UTF-8 text: save the file as UTF-8"
                ) from None
            if "\x00" in text:
                bad = line + text[: text.index("\x00")].count("\n")
                raise FileRefused("not_text", f"line {bad} holds a NUL byte: not a text file")
            line += text.count("\n")
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise FileRefused("not_utf8", "the file ends in the middle of a character") from None


def rows(
    path: Path, required: Sequence[str], optional: Sequence[str] = ()
) -> Iterator[tuple[int, dict[str, str] | None]]:
    """(line, {column: value}) for each row; None for a row with the wrong number of fields.
    FileRefused when the header lacks a required column."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f, Dialect)
        try:
            header = [h.strip().lower() for h in next(reader)]
        except (StopIteration, csv.Error):
            raise FileRefused("no_header", "the first line must name the columns") from None
        missing = [name for name in required if name not in header]
        if missing:
            raise FileRefused(
                "header",
                f"the columns {', '.join(missing)} are missing (separated by ';'); "
                f"expected: {';'.join([*required, *optional])}",
            )
        wanted = {name: header.index(name) for name in (*required, *optional) if name in header}
        names, getter = tuple(wanted), operator.itemgetter(*wanted.values())
        # itemgetter of one index gives the value, not a tuple of one
        pick: Callable[[list[str]], Any] = getter if len(names) > 1 else lambda r: (getter(r),)
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error:
                yield reader.line_num, None
                continue
            if not "".join(fields).strip():
                continue  # an empty line (or only blanks)
            if len(fields) != len(header):
                yield reader.line_num, None
                continue
            yield reader.line_num, dict(zip(names, pick(fields), strict=True))


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: object) -> str:
    """A cell as written back: a would-be formula is escaped so it stays text."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def write(path: Path, header: Sequence[str], records: Iterable[Sequence[object]]) -> int:
    """A CSV in the same dialect with every cell escaped; the number of records written."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, Dialect)
        writer.writerow([escape_cell(h) for h in header])
        for record in records:
            writer.writerow([escape_cell(v) for v in record])
            count += 1
    return count


def text_of(header: Sequence[str], records: Iterable[Sequence[object]]) -> str:
    """The same CSV as text (for tests and small answers)."""
    out = io.StringIO()
    writer = csv.writer(out, Dialect)
    writer.writerow([escape_cell(h) for h in header])
    for record in records:
        writer.writerow([escape_cell(v) for v in record])
    return out.getvalue()
