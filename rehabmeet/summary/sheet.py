"""The summary sheet as data: case facts, the caseworker's sections with linked sources, the documents.

The recommended order of the sections is 001 L511–526; a missing section is kept and shown as
missing, never hidden.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date

from rehabmeet.domain.vocabulary import SummarySection, label
from rehabmeet.i18n import QT_TRANSLATE_NOOP, translate
from rehabmeet.summary.selection import (
    DocumentInfo,
    Selection,
    contains,
    describe_ranges,
    normalise,
    selected_pages,
)

_SHORT_KIND = {
    "forberedende_del": QT_TRANSLATE_NOOP("Summary", "Preparatory part"),
    "lae265": QT_TRANSLATE_NOOP("Summary", "LÆ 265"),
    "sundhedskoordinator": QT_TRANSLATE_NOOP("Summary", "Health coordinator"),
    "cv": QT_TRANSLATE_NOOP("Summary", "CV"),
    "speciallaege": QT_TRANSLATE_NOOP("Summary", "Specialist"),
    "journal": QT_TRANSLATE_NOOP("Summary", "Record"),
    "praktik": QT_TRANSLATE_NOOP("Summary", "Placement"),
    "sagsbehandler_indstilling": QT_TRANSLATE_NOOP("Summary", "Caseworker's recommendation"),
    "andet": QT_TRANSLATE_NOOP("Summary", "Other"),
}


@dataclass(frozen=True, slots=True)
class SheetDocument:
    """A document as the sheet lists it.

    Attributes:
        short_label: e.g. "LÆ 265", or "Journal (12.03.2026)" when the kind occurs twice.
        selected: the meeting-set pages as text ("1–3, 5"), empty when none.
        left_out: pages withheld from this reader, with their topics ("5 (Health)"), empty when none.
    """

    doc_key: str
    short_label: str
    title: str
    kind: str
    document_date: date
    pages: int
    selected: str
    selected_count: int
    left_out: str = ""


@dataclass(frozen=True, slots=True)
class SheetReference:
    """A statement's source page.

    Attributes:
        text: e.g. "LÆ 265, s. 2".
        target: index of the page among the appended meeting-set pages, ``None`` when the page is
            not in the meeting set (then it is still viewable in the app, not in the PDF).
    """

    doc_key: str
    page: int
    text: str
    target: int | None


@dataclass(frozen=True, slots=True)
class SheetSection:
    """A summary section; ``text`` is ``None`` when the caseworker did not write it.

    Attributes:
        withheld: the section draws on a document withheld from this reader (an agenda pack for a
            member whose discipline does not read it): ``text`` and ``references`` are then empty and
            the sheet says "left out" (data minimisation, issue 18).
    """

    section: str
    title: str
    text: str | None
    references: tuple[SheetReference, ...]
    withheld: bool = False


@dataclass(frozen=True, slots=True)
class SheetFact:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class SummarySheet:
    """Everything the summary sheet shows, already worded in the current language."""

    case_ref: str
    version: int
    citizen_name: str
    case_type: str
    question: str
    facts: tuple[SheetFact, ...]
    findings: tuple[str, ...]
    sections: tuple[SheetSection, ...]
    documents: tuple[SheetDocument, ...]
    page_cap: int
    municipality: str | None
    made_on: date


def short_labels(documents: list[DocumentInfo]) -> dict[str, str]:
    """Return a short label per document, dated when its kind occurs more than once."""
    counts = Counter(d.kind for d in documents)
    labels = {}
    for doc in documents:
        base = translate("Summary", _SHORT_KIND.get(doc.kind, doc.kind))
        labels[doc.doc_key] = base if counts[doc.kind] == 1 else f"{base} ({doc.document_date.strftime('%d.%m.%Y')})"
    return labels


def reference_text(short_label: str, page: int) -> str:
    """Return "LÆ 265, s. 2" (Danish) or "LÆ 265, p. 2"."""
    return translate("Summary", QT_TRANSLATE_NOOP("Summary", "{document}, p. {page}")).format(
        document=short_label, page=page
    )


def build_sections(
    texts: dict[str, tuple[str, list[tuple[str, int]]]],
    documents: list[DocumentInfo],
    selection: Selection,
    withheld_documents: frozenset[str] = frozenset(),
    withheld_pages: Collection[tuple[str, int]] = frozenset(),
    withheld_sections: frozenset[str] = frozenset(),
) -> tuple[SheetSection, ...]:
    """Return every recommended section in order, with references resolved against the meeting set.

    Args:
        texts: section code -> (text, [(doc_key, page), …]) as the caseworker wrote them.
        withheld_documents: doc keys withheld from this reader. The rule, per section: a section citing
            any withheld document is withheld too, since its text restates that document (a summary of
            LÆ 265 is health data whether or not the LÆ 265 travels with it).
        withheld_pages: (doc_key, page) withheld from documents that travel; a section citing one is withheld.
        withheld_sections: section codes withheld whatever they cite (a topic hidden from this reader).
    """
    short = short_labels(documents)
    order = {key: index for index, key in enumerate(selected_pages(selection, documents))}
    sections = []
    for section in SummarySection:
        text, sources = texts.get(section.value, (None, []))
        if section.value in withheld_sections or any(
            key in withheld_documents or (key, page) in withheld_pages for key, page in sources
        ):
            sections.append(
                SheetSection(section=section.value, title=label(section.value), text=None, references=(), withheld=True)
            )
            continue
        references = tuple(
            SheetReference(
                doc_key=key,
                page=page,
                text=reference_text(short.get(key, key), page),
                target=order.get((key, page)) if contains(selection, key, page) else None,
            )
            for key, page in sources
        )
        sections.append(
            SheetSection(section=section.value, title=label(section.value), text=text, references=references)
        )
    return tuple(sections)


def build_documents(
    documents: list[DocumentInfo],
    titles: dict[str, str],
    selection: Selection,
    left_out: Mapping[tuple[str, int], tuple[str, ...]] | None = None,
) -> tuple[SheetDocument, ...]:
    """Return the documents in reading order of the file, with their meeting-set pages.

    ``left_out``: (doc_key, page) -> topic codes of the pages withheld from this reader.
    """
    short = short_labels(documents)
    result = []
    for doc in documents:
        ranges = selection.get(doc.doc_key, ())
        result.append(
            SheetDocument(
                doc_key=doc.doc_key,
                short_label=short[doc.doc_key],
                title=titles.get(doc.doc_key, doc.doc_key),
                kind=doc.kind,
                document_date=doc.document_date,
                pages=doc.pages,
                selected=describe_ranges(ranges),
                selected_count=sum(b - a + 1 for a, b in ranges),
                left_out=_left_out(doc.doc_key, left_out or {}),
            )
        )
    return tuple(result)


def _left_out(doc_key: str, left_out: Mapping[tuple[str, int], tuple[str, ...]]) -> str:
    pages = sorted(page for key, page in left_out if key == doc_key)
    if not pages:
        return ""
    topics = sorted({topic for page in pages for topic in left_out[(doc_key, page)]})
    ranges = describe_ranges(normalise(((p, p) for p in pages), pages[-1]))
    return f"{ranges} ({', '.join(label(t) for t in topics)})"
