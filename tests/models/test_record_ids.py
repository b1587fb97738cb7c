"""Record ids: UUIDv7 (time first, so a day's records sit together in every index keyed by
them); anonymous feedback's: UUID4, which tells nothing."""

from __future__ import annotations

import time
import uuid

from hbdesk.models.ids import millisecond_of, new_id, random_id


def _ms(text: str) -> int:
    ms = millisecond_of(text)
    assert ms is not None, text
    return ms


def test_a_record_id_is_a_uuid7_holding_the_time_it_was_made() -> None:
    before = time.time_ns() // 1_000_000
    text = new_id()
    after = time.time_ns() // 1_000_000
    made = uuid.UUID(text)
    assert str(made) == text  # the canonical lower-case form, as the ids before it
    assert (made.version, made.variant) == (7, uuid.RFC_4122)
    assert before <= _ms(text) <= after


def test_ids_made_later_sort_after_those_made_before() -> None:
    """What puts a day's writes at the end of an index, not on a page anywhere in it."""
    made = []
    for _ in range(20):
        made.append(new_id())
        time.sleep(0.002)
    assert made == sorted(made)
    assert len({_ms(m) for m in made}) == len(made)


def test_ids_made_in_one_millisecond_differ_in_their_random_bits() -> None:
    ids = [new_id() for _ in range(100_000)]
    assert len(set(ids)) == len(ids)
    same_ms: dict[int, list[int]] = {}
    for text in ids:
        same_ms.setdefault(_ms(text), []).append(uuid.UUID(text).int & ((1 << 80) - 1))
    crowded = max(same_ms.values(), key=len)
    assert len(crowded) > 1
    # rand_a (12 bits after the version) and rand_b (62 bits after the variant) both vary
    assert len({r >> 64 & 0xFFF for r in crowded}) > 1
    assert len({r & ((1 << 62) - 1) for r in crowded}) == len(crowded)


def test_an_id_that_must_tell_nothing_is_a_uuid4() -> None:
    ids = [random_id() for _ in range(1000)]
    assert all(uuid.UUID(i).version == 4 and str(uuid.UUID(i)) == i for i in ids)
    assert ids != sorted(ids)
