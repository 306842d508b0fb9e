"""The citizen's hand-out: one page in plain Danish, optionally in large type.

What the team recommends, what happens next, who decides, who to call, and, when the
municipality decided at the table, how to appeal (issue 8; 000 L845–851).
"""

from __future__ import annotations

from datetime import date

from rehabmeet.i18n import language_in_this_thread
from rehabmeet.letters.common import LETTER_LANGUAGE, common_values, letterhead, outcome_label
from rehabmeet.letters.model import Block, CaseLetterFacts, Heading, Letter, Paragraph
from rehabmeet.letters.templates import TemplateSet
from rehabmeet.settings.legal import LegalTexts


def compose_haandud(
    facts: CaseLetterFacts, templates: TemplateSet, legal: LegalTexts, today: date, *, large_type: bool = False
) -> Letter:
    """Return the hand-out for the citizen."""
    with language_in_this_thread(LETTER_LANGUAGE):
        template = templates.haandud
        sender = letterhead(templates, facts)
        values = common_values(facts, sender, legal)
        decision = facts.decision
        next_outcome = decision.outcome if decision else facts.indstilling.outcome
        blocks: list[Block] = [
            Paragraph(template.text("greeting", **values)),
            Paragraph(template.text("intro", **values)),
            Heading(template.text("recommends_heading")),
            Paragraph(template.text("recommends_text", **values)),
        ]
        if decision is not None:
            decided = dict(values, outcome=outcome_label(decision.outcome))
            blocks += [Heading(template.text("decided_heading")), Paragraph(template.text("decided_text", **decided))]
            if not decision.follows_indstilling:
                blocks.append(Paragraph(template.text("departs_text", **values)))
        blocks += [
            Heading(template.text("next_heading")),
            Paragraph(template.text(f"next_steps.{next_outcome}", **values) or template.text("next_steps.default")),
            Heading(template.text("who_decides_heading")),
            Paragraph(template.text("who_decides_decided" if decision else "who_decides_pending", **values)),
            Heading(template.text("call_heading")),
            Paragraph(template.text("call_text", **values)),
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
