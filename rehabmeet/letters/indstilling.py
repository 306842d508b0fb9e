"""The team's indstilling as a letter: header facts, attendees, every field in the law's order, signatures.

What it holds follows § 9 and § 11 of the bekendtgørelse (001 L633–659; 004 L1486–1507);
the order is the one :func:`rehabmeet.recommendation.wording.indstilling_sections` reads aloud.
"""

from __future__ import annotations

from datetime import date

from rehabmeet.domain.danish import danish_date
from rehabmeet.domain.vocabulary import label
from rehabmeet.i18n import language_in_this_thread
from rehabmeet.letters.common import (
    LETTER_LANGUAGE,
    common_values,
    key_facts,
    letterhead,
    signature_holders,
    signature_roles,
)
from rehabmeet.letters.model import Attendee, Block, Bullets, CaseLetterFacts, FactTable, Heading, Letter, Paragraph
from rehabmeet.letters.templates import TemplateSet
from rehabmeet.recommendation.wording import indstilling_sections
from rehabmeet.settings.law import law_for
from rehabmeet.settings.legal import LegalTexts


def compose_indstilling(facts: CaseLetterFacts, templates: TemplateSet, legal: LegalTexts, today: date) -> Letter:
    """Return the indstilling letter of a finalised draft."""
    with language_in_this_thread(LETTER_LANGUAGE):
        template = templates.indstilling
        sender = letterhead(templates, facts)
        values = common_values(facts, sender, legal)
        values["companion_text"] = template.text("companion_text", **values) if facts.companion_name else ""
        blocks: list[Block] = [
            FactTable(key_facts(template, facts)),
            Paragraph(template.text("intro", **values)),
        ]
        if facts.question:
            blocks += [Heading(template.text("labels.question")), Paragraph(facts.question)]
        blocks += [Heading(template.text("labels.attendees")), Bullets(_attendee_lines(facts.attendees))]
        for section in indstilling_sections(
            facts.indstilling, facts.not_given, law_for(facts.meeting_date).short("fleksjob.limited")
        ):
            blocks.append(Heading(section.heading))
            blocks += [Bullets(section.lines)] if section.bullets else [Paragraph(line) for line in section.lines]
        blocks.append(Paragraph(template.text("closing", **values)))
        if facts.finalised_at:
            finalised = danish_date(facts.finalised_at.astimezone().date())
            note = template.text("version_note", version=facts.indstilling_version, finalised=finalised)
            blocks.append(Paragraph(note))
        return Letter(
            kind="indstilling",
            title=template.text("title", **values),
            letterhead=sender,
            dated=today,
            blocks=tuple(blocks),
            signature_roles=signature_roles(templates, "indstilling"),
            signature_holders=signature_holders(templates, "indstilling"),
            signature_heading=templates.letterhead.text("signatures.heading"),
            subject=f"{template.text('title')} · {facts.case_ref}",
            keywords=f"indstilling, {facts.case_ref}, {facts.indstilling.outcome}",
            author=sender.municipality,
        )


def _attendee_lines(attendees: tuple[Attendee, ...]) -> tuple[str, ...]:
    lines = []
    for person in attendees:
        parts = [label(person.discipline) if person.discipline else "", person.role]
        described = ", ".join(p for p in parts if p)
        lines.append(f"{person.name} – {described}" if described else person.name)
    return tuple(lines)
