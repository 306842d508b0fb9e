"""A letter as format-neutral blocks, so the PDF and the DOCX say exactly the same thing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from rehabmeet.recommendation.content import IndstillingContent


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    emphasis: bool = False


@dataclass(frozen=True, slots=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FactTable:
    """Label–value rows (the case's key facts under the title)."""

    rows: tuple[tuple[str, str], ...]


Block = Heading | Paragraph | Bullets | FactTable


@dataclass(frozen=True, slots=True)
class Letterhead:
    """Who sends the letter. Empty fields are left out."""

    municipality: str
    department: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo: str = ""
    footer: str = ""


@dataclass(frozen=True, slots=True)
class Letter:
    """One document ready to render.

    Attributes:
        kind: ``indstilling``, ``afgoerelse`` or ``haandud``.
        signature_roles: one visible signature box per role, in signing order (empty: no boxes).
        signature_holders: who holds each role, named under its box ("" when nobody is configured).
        large_type: the hand-out's large-type option (body text about 16 pt instead of 10.5).
        subject, keywords: PDF and DOCX metadata.
    """

    kind: str
    title: str
    letterhead: Letterhead
    dated: date
    blocks: tuple[Block, ...]
    signature_roles: tuple[str, ...] = ()
    signature_heading: str = ""
    signature_holders: tuple[str, ...] = ()
    large_type: bool = False
    subject: str = ""
    keywords: str = ""

    def signer_label(self, index: int) -> str:
        """The line under a signature box: "Karen Holm, afdelingsleder · For kommunen", or the role alone."""
        role = self.signature_roles[index]
        holder = self.signature_holders[index] if index < len(self.signature_holders) else ""
        return f"{holder} · {role}" if holder else role

    author: str = ""


@dataclass(frozen=True, slots=True)
class Attendee:
    name: str
    discipline: str
    role: str = ""


@dataclass(frozen=True, slots=True)
class DecisionFacts:
    """The decision made at the table, as the letters need it."""

    outcome: str
    follows_indstilling: bool
    returns_to_team: bool
    reasons: str
    legal_basis: str
    facts: str
    heard_at: datetime | None
    hearing_note: str
    effective_date: date | None
    decided_by: str
    version: int
    months: int | None = None
    last_day: date | None = None


@dataclass(frozen=True, slots=True)
class CaseLetterFacts:
    """Everything the three letters say about one case, gathered in one session by the service."""

    case_ref: str
    case_type: str
    question: str
    citizen_name: str
    citizen_cpr: str
    municipality: str
    team_address: str
    meeting_date: date
    meeting_location: str
    leader: str
    caseworker_name: str
    caseworker_unit: str
    caseworker_email: str
    companion_name: str
    attendees: tuple[Attendee, ...]
    indstilling: IndstillingContent
    indstilling_version: int
    finalised_at: datetime | None
    decision: DecisionFacts | None = None
    not_given: tuple[tuple[str, str], ...] = ()
    """Law points finalised unmet: (their first content field, or ``#id``; the override reason)."""
