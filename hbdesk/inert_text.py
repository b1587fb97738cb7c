"""What people typed, made safe to show: control characters become visible codes.

Bidi overrides, embeddings, isolates and marks (U+202A–202E, U+2066–2069, U+200E/F, U+061C)
would reorder what a reader sees ("Maksu ‮evil‬ gpj.exe" reads "Maksu live gpj.exe"); other
controls hide or break text. Screen and paper alike show them as `[U+202E]`. Line breaks and
tabs stay. No Qt here: the UI, the PDFs and the server's pages use the same rule.
"""

from __future__ import annotations

import re

CONTROLS = re.compile(
    "[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


def _code(match: re.Match[str]) -> str:
    return f"[U+{ord(match.group()):04X}]"


def visible_controls(text: str) -> str:
    """`text` with every control character written as its code; "\\r\\n" becomes "\\n"."""
    if not text:
        return text
    return CONTROLS.sub(_code, text.replace("\r\n", "\n"))
