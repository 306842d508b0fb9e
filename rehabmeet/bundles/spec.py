"""A case bundle described as plain data, for :mod:`rehabmeet.bundles.writer` to turn into files."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class PageSpec:
    """One page of a generated document.

    Attributes:
        heading: printed in bold at the top of the page (may be empty).
        paragraphs: the page's paragraphs, in order; keep each page's text to what fits one A4 page
            (about 2,500 characters) — the writer never lets a page overflow onto another.
    """

    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DocumentSpec:
    """One document of a bundle.

    Attributes:
        doc_id: the manifest id (``d1`` …); summary sources refer to it.
        kind: a bundle-format document kind (``forberedende_del``, ``lae265`` …).
        media_type: ``pdf`` or ``docx``.
    """

    doc_id: str
    kind: str
    title: str
    date: date
    pages: tuple[PageSpec, ...]
    author: str | None = None
    media_type: str = "pdf"


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """A summary statement's source: a document id and a 1-based page."""

    document: str
    page: int


@dataclass(frozen=True, slots=True)
class SummarySpec:
    """One section of the caseworker's summary."""

    section: str
    text: str
    sources: tuple[SourceSpec, ...] = ()


@dataclass(frozen=True, slots=True)
class PersonSpec:
    """A named person with optional details (caseworker, companion)."""

    name: str
    unit: str | None = None
    email: str | None = None
    relation: str | None = None


@dataclass(frozen=True, slots=True)
class CitizenSpec:
    """The citizen. ``cpr``'s first six digits must agree with ``birth_date`` (ddmmyy)."""

    name: str
    cpr: str
    birth_date: date
    has_vocational_qualification: bool
    own_job_goal: str | None = None
    needs_interpreter: bool = False


@dataclass(frozen=True, slots=True)
class BundleSpec:
    """Everything a bundle's manifest and files hold."""

    case_ref: str
    case_type: str
    question_to_team: str
    municipality: str
    citizen: CitizenSpec
    caseworker: PersonSpec
    preparatory_part_signed_on: date
    documents: tuple[DocumentSpec, ...]
    summary: tuple[SummarySpec, ...] = ()
    companion: PersonSpec | None = None
    citizen_consented_on: date | None = None
    exported_at: str = "2026-11-02T09:00:00+01:00"
    source_system: str = "RehabMeet demo"
    extra_manifest: dict[str, object] = field(default_factory=dict)
