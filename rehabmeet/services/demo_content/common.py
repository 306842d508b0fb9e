"""Shared helpers for the demo cases: Danish date wording and page, document and summary builders.

The demo case modules (one per case) write their page text as indented
triple-quoted blocks; :func:`page` turns such a block into paragraphs (blank lines separate paragraphs,
line breaks inside a paragraph become spaces), so the data stays readable and within the line length.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from rehabmeet.bundles.spec import DocumentSpec, PageSpec, SourceSpec, SummarySpec

MUNICIPALITY = "Aalborg Kommune"
KLINISK_FUNKTION = "Klinisk Funktion, Region Nordjylland"

_MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)


def ago(meeting_date: date, days: int) -> date:
    """Return the date ``days`` days before the meeting day."""
    return meeting_date - timedelta(days=days)


def dk(day: date) -> str:
    """Return a date in running Danish text: ``9. maj 2026``."""
    return f"{day.day}. {_MONTHS[day.month - 1]} {day.year}"


def dmy(day: date) -> str:
    """Return a date in Danish numeric form: ``09.05.2026``."""
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def month_year(day: date) -> str:
    """Return the month and year in Danish: ``maj 2026``."""
    return f"{_MONTHS[day.month - 1]} {day.year}"


def age_on(birth_date: date, day: date) -> int:
    """Return the age in whole years on ``day``."""
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


def cpr_for(birth_date: date, last_four: str) -> str:
    """Return a CPR number ``ddmmyy-xxxx`` whose first six digits agree with ``birth_date``."""
    return f"{birth_date:%d%m%y}-{last_four}"


def paragraphs(text: str) -> tuple[str, ...]:
    """Split an indented text block into paragraphs: blank lines separate, line breaks join with a space."""
    result: list[str] = []
    current: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped:
            current.append(stripped)
        elif current:
            result.append(" ".join(current))
            current = []
    if current:
        result.append(" ".join(current))
    return tuple(result)


def page(heading: str, text: str) -> PageSpec:
    """Return one page: a heading and the paragraphs of an indented text block."""
    return PageSpec(heading=heading, paragraphs=paragraphs(text))


def document(
    doc_id: str,
    kind: str,
    title: str,
    on: date,
    author: str | None,
    pages: Sequence[PageSpec],
    media_type: str = "pdf",
) -> DocumentSpec:
    """Return a document spec (the pages as a tuple)."""
    return DocumentSpec(
        doc_id=doc_id,
        kind=kind,
        title=title,
        date=on,
        pages=tuple(pages),
        author=author,
        media_type=media_type,
    )


def section(name: str, text: str, *refs: str) -> SummarySpec:
    """Return a summary section; ``refs`` are ``"d1:3"`` strings (document id and 1-based page)."""
    sources: list[SourceSpec] = []
    for ref in refs:
        doc_id, _, page_no = ref.partition(":")
        sources.append(SourceSpec(document=doc_id, page=int(page_no)))
    return SummarySpec(section=name, text=" ".join(paragraphs(text)), sources=tuple(sources))


JournalEntry = tuple[date, str, str]
"""One journal note: its date, its type (``Jobsamtale`` …) and its text block."""


def journal_page(label: str, author: str, entries: Sequence[JournalEntry]) -> PageSpec:
    """Return one page of journal notes, headed with the period it covers."""
    ordered = sorted(entries, key=lambda entry: entry[0])
    heading = f"{label} {dmy(ordered[0][0])} – {dmy(ordered[-1][0])}"
    lines: list[str] = []
    for day, note_type, text in ordered:
        lines.append(f"{dmy(day)} · {note_type} · {author}")
        lines.append(" ".join(paragraphs(text)))
    return PageSpec(heading=heading, paragraphs=tuple(lines))


def _last_sunday(year: int, month: int) -> date:
    last = date(year, month, 31)
    return last - timedelta(days=(last.weekday() + 1) % 7)


def exported_at(meeting_date: date, days_before: int = 12) -> str:
    """Return the bundle export timestamp (09:00 Danish time) ``days_before`` days before the meeting."""
    day = ago(meeting_date, days_before)
    summer = _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)
    return f"{day.isoformat()}T09:00:00{'+02:00' if summer else '+01:00'}"
