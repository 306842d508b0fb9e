"""What the three letters share: Danish dates, the letterhead, the case's key facts."""

from __future__ import annotations

from datetime import datetime, timedelta

from rehabmeet.domain.danish import danish_date
from rehabmeet.domain.vocabulary import label
from rehabmeet.letters.model import CaseLetterFacts, Letterhead
from rehabmeet.letters.templates import Template, TemplateSet
from rehabmeet.settings.legal import LegalTexts

LETTER_LANGUAGE = "da"  # official letters are Danish whatever language the UI speaks


def danish_time(moment: datetime) -> str:
    """Return the local clock time of ``moment`` as ``14.05``."""
    return moment.astimezone().strftime("%H.%M")


def letterhead(templates: TemplateSet, facts: CaseLetterFacts) -> Letterhead:
    """Return the sender: the template's fields, falling back to the team's municipality and address."""
    head = templates.letterhead
    logo = str(head.raw("logo", "") or "")
    return Letterhead(
        municipality=head.text("municipality") or facts.municipality,
        department=head.text("department"),
        address=head.text("address") or facts.team_address,
        phone=head.text("phone"),
        email=head.text("email"),
        website=head.text("website"),
        logo=str(head.folder / logo) if logo else "",
        footer=head.text("footer"),
    )


def signature_roles(templates: TemplateSet, kind: str) -> tuple[str, ...]:
    """Return the roles that sign a ``kind`` letter, in order (from the letterhead template)."""
    table = templates.letterhead.raw("signatures", {}) or {}
    return tuple(str(role) for role in table.get(kind, ()))


def signature_holders(templates: TemplateSet, kind: str) -> tuple[str, ...]:
    """Return who holds each signing role of a ``kind`` letter ("" when the template names nobody).

    ``[signatures.holders]`` in the letterhead template: the afgørelse is signed for the municipality
    by its decision-maker role, and the letter names the person who holds it
    (``"For kommunen" = "Karen Holm, afdelingsleder"``).
    """
    table = templates.letterhead.raw("signatures", {}) or {}
    holders = table.get("holders", {}) if isinstance(table.get("holders", {}), dict) else {}
    return tuple(str(holders.get(role, "")).strip() for role in signature_roles(templates, kind))


def common_values(facts: CaseLetterFacts, sender: Letterhead, legal: LegalTexts) -> dict[str, object]:
    """Return the placeholders every template may use."""
    decided_on = facts.meeting_date
    contact = f", {facts.caseworker_email}" if facts.caseworker_email else ""
    return {
        "municipality": sender.municipality,
        "address": sender.address or sender.municipality,
        "meeting_date": danish_date(facts.meeting_date),
        "citizen_name": facts.citizen_name,
        "first_name": facts.citizen_name.split()[0] if facts.citizen_name.split() else facts.citizen_name,
        "companion_name": facts.companion_name,
        "case_ref": facts.case_ref,
        "caseworker": facts.caseworker_name,
        "contact": contact,
        "version": facts.indstilling_version,
        "outcome": outcome_label(facts.indstilling.outcome),
        "appeal_body": legal.appeal_body,
        "weeks": legal.appeal_weeks,
        "deadline": danish_date(decided_on + timedelta(weeks=legal.appeal_weeks)),
    }


def outcome_label(outcome: str) -> str:
    """Return an outcome's Danish name (letters are composed in Danish)."""
    return label(outcome) if outcome else ""


def key_facts(template: Template, facts: CaseLetterFacts) -> tuple[tuple[str, str], ...]:
    """Return the label–value rows under a letter's title."""
    meeting = danish_date(facts.meeting_date)
    if facts.meeting_location:
        meeting += f", {facts.meeting_location}"
    rows = (
        (template.text("labels.citizen"), facts.citizen_name),
        (template.text("labels.cpr"), facts.citizen_cpr),
        (template.text("labels.case_ref"), facts.case_ref),
        (template.text("labels.case_type"), label(facts.case_type)),
        (template.text("labels.meeting"), meeting),
        (template.text("labels.caseworker"), facts.caseworker_name),
    )
    return tuple((name, value) for name, value in rows if name and value)
