"""Helpers for the demo cases: Danish date wording, text blocks, journal pages and the export time.

The demo cases' data files hold their text as wrapped blocks; :func:`paragraphs` turns such a block
into paragraphs (blank lines separate paragraphs, line breaks inside a paragraph become spaces).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from rehabmeet.bundles.spec import PageSpec
from rehabmeet.domain.danish import MONTHS, danish_date


def dk(day: date) -> str:
    """Return a date in running Danish text: ``9. maj 2026``."""
    return danish_date(day)


def dmy(day: date) -> str:
    """Return a date in Danish numeric form: ``09.05.2026``."""
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def month_year(day: date) -> str:
    """Return the month and year in Danish: ``maj 2026``."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def age_on(birth_date: date, day: date) -> int:
    """Return the age in whole years on ``day``."""
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


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


def exported_at(day: date) -> str:
    """Return the bundle export timestamp for ``day``: 09:00 Danish time (summer time from the last
    Sunday of March to the last Sunday of October)."""
    summer = _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)
    return f"{day.isoformat()}T09:00:00{'+02:00' if summer else '+01:00'}"
