"""The CSV reader's rows: each named column's value, blank lines skipped, short rows named."""

from __future__ import annotations

from pathlib import Path

from hbdesk.server.money import csvfiles


def _rows(tmp_path: Path, text: str, required: tuple[str, ...], optional: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    path = tmp_path / "f.csv"
    path.write_text(text, encoding="utf-8")
    return list(csvfiles.rows(path, required, optional))


def test_each_row_names_its_values_and_blank_lines_are_skipped(tmp_path: Path) -> None:
    text = "Amount;Card_ID;note\r\n12,50;EP-1;x\r\n ; \t;\r\n\r\n3;EP-2\r\n1;EP-3;\r\n"
    assert _rows(tmp_path, text, ("card_id", "amount"), ("note", "absent")) == [
        (2, {"card_id": "EP-1", "amount": "12,50", "note": "x"}),
        (5, None),  # two values for three columns
        (6, {"card_id": "EP-3", "amount": "1", "note": ""}),
    ]


def test_one_column_is_a_value_not_its_letters(tmp_path: Path) -> None:
    assert _rows(tmp_path, "other;card_id\r\nq;EP-12\r\n", ("card_id",)) == [
        (2, {"card_id": "EP-12"})
    ]
