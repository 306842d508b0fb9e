"""The meeting set's default selection and its include/exclude arithmetic."""

from __future__ import annotations

from datetime import date

from rehabmeet.summary.selection import (
    DocumentInfo,
    contains,
    count_pages,
    default_selection,
    describe_ranges,
    from_json,
    normalise,
    reading_order,
    to_json,
    with_change,
)

DOCS = [
    DocumentInfo("j1", "journal", date(2026, 1, 1), 30),
    DocumentInfo("fd", "forberedende_del", date(2026, 8, 1), 8),
    DocumentInfo("j2", "journal", date(2026, 6, 1), 20),
    DocumentInfo("cv", "cv", date(2026, 7, 1), 1),
    DocumentInfo("lae", "lae265", date(2026, 9, 1), 3),
    DocumentInfo("sk", "sundhedskoordinator", date(2026, 10, 1), 2),
]


def test_reading_order_puts_the_core_documents_first_then_newest() -> None:
    assert [d.doc_key for d in reading_order(DOCS)] == ["fd", "lae", "sk", "cv", "j2", "j1"]


def test_default_fills_the_budget_in_reading_order_and_cuts_the_last_document() -> None:
    selection = default_selection(DOCS, 24)
    assert dict(selection) == {"fd": ((1, 8),), "lae": ((1, 3),), "sk": ((1, 2),), "cv": ((1, 1),), "j2": ((1, 10),)}
    assert count_pages(selection) == 24
    assert not contains(selection, "j1", 1)


def test_a_small_budget_still_starts_with_the_preparatory_part() -> None:
    assert dict(default_selection(DOCS, 5)) == {"fd": ((1, 5),)}


def test_include_and_exclude_ranges() -> None:
    selection = default_selection(DOCS, 24)
    journal = DOCS[0]
    selection = with_change(selection, journal, 3, 5, include=True)
    assert selection["j1"] == ((3, 5),)
    selection = with_change(selection, DOCS[1], 3, 4, include=False)
    assert selection["fd"] == ((1, 2), (5, 8))
    selection = with_change(selection, DOCS[3], 1, 1, include=False)
    assert "cv" not in selection
    assert count_pages(selection) == 24 + 3 - 2 - 1


def test_ranges_are_clipped_merged_and_described() -> None:
    assert normalise([(5, 9), (0, 2), (3, 3), (20, 30)], 10) == ((1, 3), (5, 9))
    assert describe_ranges(((1, 3), (5, 5))) == "1–3, 5"


def test_json_round_trip_drops_unknown_documents_and_bad_pages() -> None:
    selection = default_selection(DOCS, 10)
    stored = to_json(selection) | {"gone": [[1, 2]], "cv": [[5, 9]]}
    assert dict(from_json(stored, DOCS)) == {"fd": ((1, 8),), "lae": ((1, 2),)}
