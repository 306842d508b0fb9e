"""The municipality's decision (afgørelse) made at the table, as a letter.

A decision letter states the decision, the reasons with the legal basis, the main facts relied
on, and klagevejledning (domain README, "Legal frame"); it refers to the team's indstilling
(control point D2, 004 L787–788) and, made at the table, records the oral partshøring
(000 L845–851). A decision that departs from the indstilling sends the case back to the team
(001 L654).
"""

from __future__ import annotations

from datetime import date

from rehabmeet.domain.danish import danish_date
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text, language_in_this_thread
from rehabmeet.letters.common import (
    LETTER_LANGUAGE,
    common_values,
    danish_time,
    key_facts,
    letterhead,
    outcome_label,
    signature_holders,
    signature_roles,
)
from rehabmeet.letters.model import (
    Block,
    Bullets,
    CaseLetterFacts,
    DecisionFacts,
    FactTable,
    Heading,
    Letter,
    Paragraph,
)
from rehabmeet.letters.templates import Template, TemplateSet, fill
from rehabmeet.settings.law import law_for
from rehabmeet.settings.law_defaults import OUTCOME_REF
from rehabmeet.settings.legal import LegalTexts


def compose_afgoerelse(facts: CaseLetterFacts, templates: TemplateSet, legal: LegalTexts, today: date) -> Letter:
    """Return the decision letter; the case must have a decision."""
    decision = facts.decision
    if decision is None:
        raise UserFacingError(error_text("case {case_ref} has no decision made at the table", case_ref=facts.case_ref))
    with language_in_this_thread(LETTER_LANGUAGE):
        template = templates.afgoerelse
        sender = letterhead(templates, facts)
        values = common_values(facts, sender, legal)
        values["outcome"] = outcome_label(decision.outcome)
        values["recommended"] = outcome_label(facts.indstilling.outcome).lower()
        values["effective_date"] = danish_date(decision.effective_date) if decision.effective_date else ""
        blocks: list[Block] = [
            FactTable(key_facts(templates.indstilling, facts)),
            Paragraph(template.text("intro", **values)),
            Heading(template.text("decision_heading")),
            Paragraph(template.text(f"decision.{decision.outcome}", **values) or str(values["outcome"]), emphasis=True),
            *_effective(template, decision, values),
            Heading(template.text("indstilling_heading")),
            Paragraph(template.text("follows_text" if decision.follows_indstilling else "departs_text", **values)),
            Heading(template.text("reasons_heading")),
            *_paragraphs(decision.reasons),
            Heading(template.text("facts_heading")),
            *_listed(decision.facts),
            Heading(template.text("basis_heading")),
            *_basis(facts, decision, legal),
            *_hearing(template, decision, legal),
            Heading(template.text("appeal_heading")),
            *_paragraphs(fill(legal.appeal_guidance, **values)),
            Heading(template.text("contact_heading")),
            Paragraph(template.text("contact_text", **values)),
        ]
        return Letter(
            kind="afgoerelse",
            title=template.text("title", **values),
            letterhead=sender,
            dated=today,
            blocks=tuple(blocks),
            signature_roles=signature_roles(templates, "afgoerelse"),
            signature_holders=signature_holders(templates, "afgoerelse"),
            signature_heading=templates.letterhead.text("signatures.heading"),
            subject=f"Afgørelse · {facts.case_ref}",
            keywords=f"afgørelse, {facts.case_ref}, {decision.outcome}",
            author=sender.municipality,
        )


def _paragraphs(text: str) -> list[Block]:
    return [Paragraph(part.strip()) for part in text.split("\n") if part.strip()]


def _listed(text: str) -> list[Block]:
    """One fact per line: a list when there are several."""
    lines = tuple(line.strip() for line in text.split("\n") if line.strip())
    return [Bullets(lines)] if len(lines) > 1 else _paragraphs(text)


def _basis(facts: CaseLetterFacts, decision: DecisionFacts, legal: LegalTexts) -> list[Block]:
    """The rules applied, at paragraph level, all from the law version of the meeting day (forvaltningsloven
    § 24); text the secretary or the municipality wrote instead is printed as written."""
    law = law_for(facts.meeting_date)
    own = decision.legal_basis or legal.basis_for(decision.outcome)
    lines = [line.strip() for line in own.split("\n") if line.strip()] if own else []
    if not lines:
        lines.append(law.cite(OUTCOME_REF.get(decision.outcome, "")))
        if decision.outcome == "fleksjob" and facts.indstilling.very_limited_capacity:
            lines.append(law.cite("fleksjob.limited"))
    lines.append(legal.team_basis or law.cite("team.indstilling"))
    if not decision.follows_indstilling:
        lines.append(law.cite("team.return"))
    lines = [line for line in lines if line]
    return [Bullets(tuple(lines))] if len(lines) > 1 else [Paragraph(line) for line in lines]


def _effective(template: Template, decision: DecisionFacts, values: dict[str, object]) -> list[Block]:
    if not decision.effective_date:
        return []
    if decision.months and decision.last_day:
        period = dict(
            values,
            start=danish_date(decision.effective_date),
            months=decision.months,
            last_day=danish_date(decision.last_day),
        )
        return [
            Paragraph(
                template.text(f"period_text.{decision.outcome}", **period) or template.text("effective_text", **values)
            )
        ]
    return [Paragraph(template.text("effective_text", **values))]


def _hearing(template: Template, decision: DecisionFacts, legal: LegalTexts) -> list[Block]:
    if decision.heard_at is None:
        return []
    sentence = fill(
        legal.hearing_text,
        date=danish_date(decision.heard_at.astimezone().date()),
        time=danish_time(decision.heard_at),
        note=decision.hearing_note.strip(),
    ).strip()
    return [Heading(template.text("hearing_heading")), Paragraph(sentence)]
