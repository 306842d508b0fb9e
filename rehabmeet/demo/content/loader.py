"""Build a demo case's bundle spec from its data file, ``resources/demo/<case ref>.toml``.

Every date in a data file is stored relative to the meeting day, so the demo day can be generated
for any date. A file holds these tables:

* ``[case]``: ``type``, ``municipality``, ``question``, ``preparatory_part_signed``, ``exported``
  (the bundle's export day, 09:00 Danish time) and, when the citizen has consented,
  ``citizen_consented``.
* ``[dates]``: the case's named key dates, in days relative to the meeting day (negative = before).
* ``[citizen]``: ``name``, ``cpr``, ``birth_date`` (a fixed TOML date), ``has_vocational_qualification``
  and optionally ``own_job_goal`` and ``needs_interpreter``.
* ``[caseworker]`` and optionally ``[companion]``: ``name`` and optionally ``unit``, ``email``,
  ``relation``.
* ``[[documents]]``: ``id``, ``kind``, ``title``, ``date`` and optionally ``author`` and ``media_type``
  (default ``pdf``), with its ``[[documents.pages]]`` in order. A page is either ``heading`` and
  ``text``, or a journal page: ``journal`` (the label its heading starts with), ``author`` and
  ``[[documents.pages.entries]]``, each with ``date``, ``type`` and ``text``.
* ``[[summary]]``: ``section``, ``sources`` (``"d1:3"``: a document id and a 1-based page) and ``text``.

A ``date`` value (and ``preparatory_part_signed``, ``citizen_consented``, ``exported``) is a name from
``[dates]`` or an integer number of days relative to the meeting day. A ``text`` (and ``question``)
is a block: blank lines separate paragraphs and line breaks inside a paragraph become spaces; a
summary section, a journal note and the question are one paragraph each.

Texts, headings, titles and authors may hold placeholders, filled in for the meeting day:
``{date:WHEN}`` (``9. maj 2026``), ``{dmy:WHEN}`` (``09.05.2026``), ``{month:WHEN}`` (``maj 2026``),
``{year:WHEN}`` (``2026``; ``{year-3:WHEN}`` is three years earlier), ``{age:WHEN}`` (the citizen's age),
``{cpr}`` and ``{question}``. ``WHEN`` is a name from ``[dates]`` or a signed number of days relative
to the meeting day (``-78``); ``{date}`` without ``:WHEN`` is the meeting day itself.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from rehabmeet.bundles.spec import (
    BundleSpec,
    CitizenSpec,
    DocumentSpec,
    PageSpec,
    PersonSpec,
    SourceSpec,
    SummarySpec,
)
from rehabmeet.demo.content.common import (
    JournalEntry,
    age_on,
    dk,
    dmy,
    exported_at,
    journal_page,
    month_year,
    paragraphs,
)
from rehabmeet.resources import resource_path

Table = Mapping[str, Any]
"""A TOML table as :mod:`tomllib` returns it."""

_PLACEHOLDER = re.compile(
    r"\{(?P<kind>date|dmy|month|year|age|cpr|question)(?P<shift>[+-]\d+)?(?::(?P<when>[+-]\d+|[a-z_][a-z0-9_]*))?\}"
)
_OFFSET = re.compile(r"[+-]\d+")


@cache
def _case_data(ref: str) -> Table:
    with resource_path("demo", f"{ref}.toml").open("rb") as file:
        return tomllib.load(file)


def _value(table: Table, key: str, kind: type[Any], default: Any = ...) -> Any:
    """Return ``table[key]``, checking its type; ``default`` (when given) stands in for a missing key."""
    if key not in table and default is not ...:
        return default
    value = table.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"demo data: {key!r} must be a {kind.__name__}, not {value!r}")
    return value


def _text(table: Table, key: str) -> str:
    text: str = _value(table, key, str)
    return text


def _optional_text(table: Table, key: str) -> str | None:
    text: str | None = _value(table, key, str, None)
    return text


def _tables(table: Table, key: str) -> list[Table]:
    tables: list[Table] = _value(table, key, list, [])
    return tables


@dataclass(frozen=True, slots=True)
class _Context:
    """What the placeholders and date references of one case are resolved against."""

    meeting_date: date
    dates: Mapping[str, int]
    birth_date: date
    cpr: str
    question: str = ""

    def day(self, when: object) -> date:
        """Return the date a reference names: a ``[dates]`` name or a day offset (int or ``"-78"``)."""
        if isinstance(when, int) and not isinstance(when, bool):
            offset = when
        elif isinstance(when, str) and when in self.dates:
            offset = self.dates[when]
        elif isinstance(when, str) and _OFFSET.fullmatch(when):
            offset = int(when)
        else:
            raise ValueError(f"demo data: unknown date reference {when!r}")
        return self.meeting_date + timedelta(days=offset)

    def fill(self, text: str) -> str:
        """Return ``text`` with its placeholders filled in."""
        filled = _PLACEHOLDER.sub(self._placeholder, text)
        if "{" in filled or "}" in filled:
            raise ValueError(f"demo data: unknown placeholder in {text!r}")
        return filled

    def paragraph(self, text: str) -> str:
        """Return a text block, filled in, as one paragraph."""
        return " ".join(paragraphs(self.fill(text)))

    def _placeholder(self, match: re.Match[str]) -> str:
        kind, shift, when = match["kind"], match["shift"], match["when"]
        if (shift is not None and kind != "year") or (when is not None and kind in ("cpr", "question")):
            raise ValueError(f"demo data: malformed placeholder {match[0]!r}")
        if kind == "cpr":
            return self.cpr
        if kind == "question":
            return self.question
        day = self.meeting_date if when is None else self.day(when)
        if kind == "date":
            return dk(day)
        if kind == "dmy":
            return dmy(day)
        if kind == "month":
            return month_year(day)
        if kind == "age":
            return str(age_on(self.birth_date, day))
        return str(day.year + int(shift or 0))


def _person(table: Table) -> PersonSpec:
    return PersonSpec(
        name=_text(table, "name"),
        unit=_optional_text(table, "unit"),
        email=_optional_text(table, "email"),
        relation=_optional_text(table, "relation"),
    )


def _page(table: Table, ctx: _Context) -> PageSpec:
    if "journal" not in table:
        return PageSpec(
            heading=ctx.fill(_text(table, "heading")), paragraphs=paragraphs(ctx.fill(_text(table, "text")))
        )
    entries: list[JournalEntry] = [
        (ctx.day(entry.get("date")), ctx.fill(_text(entry, "type")), ctx.paragraph(_text(entry, "text")))
        for entry in _tables(table, "entries")
    ]
    if not entries:
        raise ValueError("demo data: a journal page needs at least one entry")
    return journal_page(ctx.fill(_text(table, "journal")), ctx.fill(_text(table, "author")), entries)


def _document(table: Table, ctx: _Context) -> DocumentSpec:
    author = _optional_text(table, "author")
    return DocumentSpec(
        doc_id=_text(table, "id"),
        kind=_text(table, "kind"),
        title=ctx.fill(_text(table, "title")),
        date=ctx.day(table.get("date")),
        pages=tuple(_page(page, ctx) for page in _tables(table, "pages")),
        author=None if author is None else ctx.fill(author),
        media_type=_value(table, "media_type", str, "pdf"),
    )


def _summary(table: Table, ctx: _Context) -> SummarySpec:
    sources: list[SourceSpec] = []
    for source in _value(table, "sources", list, []):
        doc_id, colon, page_no = str(source).partition(":")
        if not colon or not page_no.isdigit():
            raise ValueError(f"demo data: a summary source must look like 'd1:3', not {source!r}")
        sources.append(SourceSpec(document=doc_id, page=int(page_no)))
    return SummarySpec(
        section=_text(table, "section"), text=ctx.paragraph(_text(table, "text")), sources=tuple(sources)
    )


def load_case(ref: str, meeting_date: date) -> BundleSpec:
    """Return demo case ``ref``'s bundle spec, dated relative to ``meeting_date``."""
    data = _case_data(ref)
    case: Table = _value(data, "case", dict)
    citizen: Table = _value(data, "citizen", dict)
    raw_dates: Table = _value(data, "dates", dict, {})
    dates: dict[str, int] = {name: _value(raw_dates, name, int) for name in raw_dates}
    birth_date: date = _value(citizen, "birth_date", date)
    ctx = _Context(meeting_date, dates, birth_date, _text(citizen, "cpr"))
    ctx = replace(ctx, question=ctx.paragraph(_text(case, "question")))
    companion: Table | None = _value(data, "companion", dict, None)
    return BundleSpec(
        case_ref=ref,
        case_type=_text(case, "type"),
        question_to_team=ctx.question,
        municipality=_text(case, "municipality"),
        citizen=CitizenSpec(
            name=_text(citizen, "name"),
            cpr=ctx.cpr,
            birth_date=birth_date,
            has_vocational_qualification=_value(citizen, "has_vocational_qualification", bool),
            own_job_goal=_optional_text(citizen, "own_job_goal"),
            needs_interpreter=_value(citizen, "needs_interpreter", bool, False),
        ),
        caseworker=_person(_value(data, "caseworker", dict)),
        preparatory_part_signed_on=ctx.day(case.get("preparatory_part_signed")),
        documents=tuple(_document(document, ctx) for document in _tables(data, "documents")),
        summary=tuple(_summary(section, ctx) for section in _tables(data, "summary")),
        companion=None if companion is None else _person(companion),
        citizen_consented_on=ctx.day(case["citizen_consented"]) if "citizen_consented" in case else None,
        exported_at=exported_at(ctx.day(case.get("exported"))),
    )
