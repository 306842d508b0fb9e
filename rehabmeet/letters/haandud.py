"""The citizen's hand-out: one page in plain Danish, optionally in large type.

What the team recommends, the measures with who and when, what happens next, who decides, how to
reach the caseworker (only the ways we know: the jobcenter's phone from the letterhead, the
caseworker's e-mail), and, when the municipality decided at the table, how to appeal (issue 8;
000 L845–851). It promises a coordinating caseworker only to a citizen who does not have one yet
(LAB § 68 c frames the role, 001 L865). Kept at LIX ≤ 30 (:mod:`rehabmeet.letters.lix`; issue 17).
"""

from __future__ import annotations

from datetime import date

from rehabmeet.domain.vocabulary import label
from rehabmeet.i18n import language_in_this_thread
from rehabmeet.letters.common import LETTER_LANGUAGE, common_values, letterhead, outcome_label
from rehabmeet.letters.model import Block, Bullets, CaseLetterFacts, Heading, Letter, Letterhead, Paragraph
from rehabmeet.letters.templates import Template, TemplateSet
from rehabmeet.recommendation.wording import lower_first
from rehabmeet.settings.legal import LegalTexts


def compose_haandud(
    facts: CaseLetterFacts, templates: TemplateSet, legal: LegalTexts, today: date, *, large_type: bool = False
) -> Letter:
    """Return the hand-out for the citizen."""
    with language_in_this_thread(LETTER_LANGUAGE):
        template = templates.haandud
        sender = letterhead(templates, facts)
        values = common_values(facts, sender, legal)
        values["outcome_lower"] = lower_first(str(values["outcome"]))
        decision = facts.decision
        next_outcome = decision.outcome if decision else facts.indstilling.outcome
        blocks: list[Block] = [
            Paragraph(template.text("greeting", **values)),
            Paragraph(template.text("intro", **values)),
            Heading(template.text("recommends_heading")),
            Paragraph(template.text("recommends_text", **values)),
        ]
        if decision is not None:
            decided = dict(values, outcome_lower=lower_first(outcome_label(decision.outcome)))
            blocks += [Heading(template.text("decided_heading")), Paragraph(template.text("decided_text", **decided))]
            if not decision.follows_indstilling:
                blocks.append(Paragraph(template.text("departs_text", **values)))
        blocks += _measures(template, facts)
        next_text = template.text(f"next_steps.{next_outcome}", **values) or template.text("next_steps.default")
        coordinator = _coordinator(template, facts, next_outcome, values)
        if decision is None:  # once decided, "Det har kommunen besluttet" has said who decides
            blocks += [
                Heading(template.text("who_decides_heading")),
                Paragraph(template.text("who_decides_pending", **values)),
            ]
        blocks += [
            Heading(template.text("next_heading")),
            Paragraph(f"{next_text} {coordinator}".strip()),
            Heading(template.text("call_heading")),
            Paragraph(_contact(template, facts, sender, values)),
            Heading(template.text("appeal_heading")),
            Paragraph(template.text("appeal_text" if decision else "appeal_pending", **values)),
        ]
        return Letter(
            kind="haandud",
            title=template.text("title", **values),
            letterhead=sender,
            dated=today,
            blocks=tuple(blocks),
            large_type=large_type,
            subject=f"{template.text('title')} · {facts.case_ref}",
            keywords=f"udlevering, {facts.case_ref}",
            author=sender.municipality,
        )


COORDINATED = ("ressourceforloeb", "jobafklaringsforloeb")
"""Outcomes that come with a coordinating caseworker (001 L865)."""


def _measures(template: Template, facts: CaseLetterFacts) -> list[Block]:
    """The recommended measures, each with who is responsible and when it starts (when the team wrote it)."""
    lines = []
    for measure in facts.indstilling.interventions:
        what = measure.description.strip() or (label(measure.type) if measure.type else "")
        if not what:
            continue
        parts = [template.text("measure_text", what=what.rstrip("."))]
        if measure.responsible.strip():
            parts.append(template.text("measure_who", who=measure.responsible.strip()))  # a name keeps its capital
        if measure.start.strip():
            parts.append(template.text("measure_when", when=lower_first(measure.start.strip())))
        lines.append(". ".join(p.rstrip(".") for p in parts) + ".")
    if not lines:
        return []
    return [Heading(template.text("measures_heading")), Bullets(tuple(lines))]


def _coordinator(template: Template, facts: CaseLetterFacts, outcome: str, values: dict[str, object]) -> str:
    """Promise a coordinating caseworker only to a citizen who does not have one already."""
    if outcome not in COORDINATED:
        return ""
    has_one = (
        facts.case_type in COORDINATED
        or facts.case_type == "jobafklaring"
        or ("koordinerende" in facts.caseworker_unit.lower())
    )
    return template.text("coordinator_same" if has_one else "coordinator_new", **values)


def _contact(template: Template, facts: CaseLetterFacts, sender: Letterhead, values: dict[str, object]) -> str:
    email, phone = facts.caseworker_email.strip(), sender.phone.strip()
    key = "call_both" if email and phone else "call_email" if email else "call_phone" if phone else "call_none"
    return template.text(key, **dict(values, email=email, phone=phone))
