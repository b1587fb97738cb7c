"""A drawn signature as vector strokes: small to store and sync, redrawn on screen and in PDF.

Stored as compact JSON: `{"w": 600, "h": 200, "s": [[x0, y0, x1, y1, ...], ...]}` — the
drawing area's size and, per stroke (pen down to pen up), its points as integers in that
area. A few hundred points take a few kilobytes; no image is kept.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from hbdesk.models.errors import DomainError

MAX_POINTS = 6000  # a long signature has a few hundred; far more is not a signature
MAX_SIDE = 4000
MIN_INK = 8.0  # points' path length (in the area's units) below which nothing was drawn

Point = tuple[int, int]


@dataclass(frozen=True)
class Signature:
    """Strokes of integer points within a `width` × `height` area (origin top left)."""

    width: int
    height: int
    strokes: tuple[tuple[Point, ...], ...]

    @classmethod
    def from_points(
        cls, strokes: Iterable[Iterable[tuple[float, float]]], width: float, height: float
    ) -> Signature:
        """Round and clamp drawn points into the area; repeated points are dropped."""
        w, h = max(1, min(MAX_SIDE, round(width))), max(1, min(MAX_SIDE, round(height)))
        out: list[tuple[Point, ...]] = []
        for stroke in strokes:
            points: list[Point] = []
            for x, y in stroke:
                if not (math.isfinite(x) and math.isfinite(y)):
                    continue
                p = (min(w, max(0, round(x))), min(h, max(0, round(y))))
                if not points or points[-1] != p:
                    points.append(p)
            if points:
                out.append(tuple(points))
        return cls(w, h, tuple(out))

    @property
    def point_count(self) -> int:
        return sum(len(s) for s in self.strokes)

    @property
    def ink(self) -> float:
        """The drawn path's total length: a click or a dot has none."""
        return sum(math.dist(a, b) for s in self.strokes for a, b in itertools.pairwise(s))

    def check(self) -> Signature:
        """Refuse an empty (or unreasonably large) drawing with a domain error."""
        if self.ink < MIN_INK:
            raise DomainError("signature_empty", "signature")
        if self.point_count > MAX_POINTS:
            raise DomainError("signature_too_large", "signature")
        return self

    def to_json(self) -> str:
        flat = [[c for p in s for c in p] for s in self.strokes]
        return json.dumps({"w": self.width, "h": self.height, "s": flat}, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Signature:
        """Read a stored signature; anything malformed reads as an empty drawing."""
        try:
            return cls.from_data(json.loads(text))
        except ValueError:
            return cls(1, 1, ())

    @classmethod
    def from_data(cls, data: Any) -> Signature:
        """From the parsed JSON object (as in the client's data export)."""
        try:
            w, h = int(data["w"]), int(data["h"])
            strokes = tuple(
                tuple((int(s[i]), int(s[i + 1])) for i in range(0, len(s) - 1, 2))
                for s in data["s"]
            )
        except (ValueError, TypeError, KeyError, IndexError):
            return cls(1, 1, ())
        return cls(max(1, w), max(1, h), strokes)
