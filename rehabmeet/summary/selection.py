"""The meeting set: which pages of which documents the meeting reads, within the page cap.

Good practice caps what the meeting reads at about 50 pages (000 L431–435; 002 L8336–8346),
while the source material is never cut (001 L512): pages outside the set stay viewable.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from rehabmeet.domain.vocabulary import DocumentKind

PageRange = tuple[int, int]
#: doc_key -> sorted, non-overlapping, 1-based inclusive page ranges
Selection = Mapping[str, tuple[PageRange, ...]]

#: Read first, whole, in this order (issue 5: "the whole forberedende del, LÆ 265,
#: health-coordinator statement and CV first, then the other documents newest first").
PRIORITY_KINDS = (DocumentKind.FORBEREDENDE_DEL, DocumentKind.LAE265, DocumentKind.SUNDHEDSKOORDINATOR, DocumentKind.CV)


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What the selection needs to know of a document."""

    doc_key: str
    kind: str
    document_date: date
    pages: int


def normalise(ranges: Iterable[PageRange], pages: int) -> tuple[PageRange, ...]:
    """Clip ranges to 1..pages, sort them and merge overlapping or adjacent ones."""
    clipped = sorted((max(1, a), min(pages, b)) for a, b in ranges if min(pages, b) >= max(1, a))
    merged: list[PageRange] = []
    for first, last in clipped:
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return tuple(merged)


def count_pages(selection: Selection) -> int:
    """Return the number of selected pages."""
    return sum(last - first + 1 for ranges in selection.values() for first, last in ranges)


def contains(selection: Selection, doc_key: str, page: int) -> bool:
    """Return whether ``page`` of ``doc_key`` is in the meeting set."""
    return any(first <= page <= last for first, last in selection.get(doc_key, ()))


def selected_pages(selection: Selection, documents: Iterable[DocumentInfo]) -> list[tuple[str, int]]:
    """Return (doc_key, page) of every selected page, in reading order (documents as given)."""
    return [
        (doc.doc_key, page)
        for doc in documents
        for first, last in selection.get(doc.doc_key, ())
        for page in range(first, last + 1)
    ]


def reading_order(documents: Iterable[DocumentInfo]) -> list[DocumentInfo]:
    """Priority documents first (in PRIORITY_KINDS order, newest first within a kind), then the rest newest first."""
    docs = list(documents)
    rank = {kind.value: index for index, kind in enumerate(PRIORITY_KINDS)}
    priority = sorted((d for d in docs if d.kind in rank), key=lambda d: (rank[d.kind], -d.document_date.toordinal()))
    others = sorted((d for d in docs if d.kind not in rank), key=lambda d: -d.document_date.toordinal())
    return priority + others


def default_selection(documents: Iterable[DocumentInfo], budget: int) -> Selection:
    """Fill ``budget`` pages in reading order; the document that crosses the budget gives its first pages."""
    chosen: dict[str, tuple[PageRange, ...]] = {}
    left = max(0, budget)
    for doc in reading_order(documents):
        if left <= 0:
            break
        take = min(doc.pages, left)
        chosen[doc.doc_key] = ((1, take),)
        left -= take
    return MappingProxyType(chosen)


def with_change(selection: Selection, doc: DocumentInfo, first: int, last: int, include: bool) -> Selection:
    """Return a new selection with pages ``first..last`` of ``doc`` included or excluded."""
    current = selection.get(doc.doc_key, ())
    if include:
        ranges = normalise((*current, (first, last)), doc.pages)
    else:
        kept: list[PageRange] = []
        for a, b in current:
            if b < first or a > last:
                kept.append((a, b))
                continue
            if a < first:
                kept.append((a, first - 1))
            if b > last:
                kept.append((last + 1, b))
        ranges = normalise(kept, doc.pages)
    updated = {key: value for key, value in selection.items() if key != doc.doc_key}
    if ranges:
        updated[doc.doc_key] = ranges
    return MappingProxyType(updated)


def to_json(selection: Selection) -> dict[str, list[list[int]]]:
    """Return the selection as JSON-compatible data."""
    return {key: [[a, b] for a, b in ranges] for key, ranges in selection.items()}


def from_json(data: Mapping[str, object], documents: Iterable[DocumentInfo]) -> Selection:
    """Return the stored selection, dropping documents that no longer exist and clipping pages."""
    pages = {d.doc_key: d.pages for d in documents}
    result: dict[str, tuple[PageRange, ...]] = {}
    for key, ranges in data.items():
        if key in pages and isinstance(ranges, list):
            pairs = [(int(r[0]), int(r[1])) for r in ranges if isinstance(r, list) and len(r) == 2]
            if normalised := normalise(pairs, pages[key]):
                result[key] = normalised
    return MappingProxyType(result)


def describe_ranges(ranges: Iterable[PageRange]) -> str:
    """Return ranges as "1–3, 5" (en dash, as in Danish page references)."""
    return ", ".join(f"{a}–{b}" if a != b else str(a) for a, b in ranges)
