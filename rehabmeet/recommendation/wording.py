"""The indstilling worded as headed sections, in a clear order, for reading aloud and for documents.

Only what applies is included: fleksjob's extra fields for a fleksjob, the professional explanation
for førtidspension; empty fields are left out — except that nothing the law requires disappears: a
law point finalised without being met (overridden with a reason) is printed in its section as "Not
given. The team's reason: …", and for a fleksjob C2, C4 and C5 (004 L1496–1507) are always printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rehabmeet.domain.vocabulary import label
from rehabmeet.i18n import QT_TRANSLATE_NOOP, translate
from rehabmeet.recommendation.content import IndstillingContent, no_need_field, unfilled


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and its paragraphs (or bullet lines when ``bullets``)."""

    heading: str
    lines: tuple[str, ...]
    bullets: bool = False


def _t(text: str) -> str:
    return translate("Indstilling", text)


def _section(heading: str, *texts: str, bullets: bool = False) -> Section | None:
    lines = tuple(t.strip() for t in texts if t and not unfilled(t))  # a template slot is never printed
    return Section(_t(heading), lines, bullets) if lines else None


NotGiven = Sequence[tuple[str, str]]
"""Law points finalised without being met: (the content field each reads first, the team's reason)."""


def not_given_line(reason: str) -> str:
    """The line printed where a required point was not filled in."""
    return _t(QT_TRANSLATE_NOOP("Indstilling", "Not given. The team's reason: {reason}")).format(reason=reason)


def _gaps(not_given: NotGiven, *names: str) -> tuple[str, ...]:
    return tuple(not_given_line(reason) for field, reason in not_given if field in names)


def _has(not_given: NotGiven, *names: str) -> bool:
    return any(field in names for field, _ in not_given)


def indstilling_sections(
    content: IndstillingContent, not_given: NotGiven | None = None, limited_ref: str = "LAB § 116, stk. 2"
) -> list[Section]:
    """Return the indstilling's sections in the order the law presents them; ``not_given`` prints the
    overridden law points in their sections (see the module docstring); ``limited_ref`` is how the law
    version of the meeting day cites fleksjob at very limited work capacity."""
    gaps = tuple(not_given or ())
    fleksjob = content.outcome == "fleksjob"
    parts = [
        _section(
            QT_TRANSLATE_NOOP("Indstilling", "The team recommends"),
            label(content.outcome) if content.outcome else "",
            *_gaps(gaps, "outcome"),
        ),
        _section(
            QT_TRANSLATE_NOOP("Indstilling", "The team's assessment of the citizen's prospects"),
            content.prospects,
            *_gaps(gaps, "prospects"),
        ),
        _section(
            QT_TRANSLATE_NOOP("Indstilling", "Factors the team emphasised"),
            content.emphasised_factors,
            *_gaps(gaps, "emphasised_factors"),
        )
        if fleksjob
        else None,
        _section(
            QT_TRANSLATE_NOOP("Indstilling", "Afklaret, and why not on ordinary terms"),
            content.afklaret_justification,
            *_gaps(gaps, "afklaret_justification"),
            *(
                ()
                if not unfilled(content.afklaret_justification) or _has(gaps, "afklaret_justification")
                else (_absent(),)
            ),
        )
        if fleksjob
        else None,
        _section(
            QT_TRANSLATE_NOOP("Indstilling", "Job functions and job goal"),
            content.job_functions if fleksjob else "",
            *(_gaps(gaps, "job_functions") if fleksjob else ()),
            content.job_goal,
        ),
        _capacity(content, gaps, limited_ref) if fleksjob else None,
        _considerations(content, gaps) if fleksjob else None,
        _interventions(content, gaps),
        _section(QT_TRANSLATE_NOOP("Indstilling", "Follow-up"), content.follow_up, *_gaps(gaps, "follow_up")),
        _section(
            QT_TRANSLATE_NOOP("Indstilling", "Professional explanation"),
            content.professional_explanation,
            *_gaps(gaps, "professional_explanation"),
        )
        if content.outcome == "foertidspension"
        else None,
        _section(QT_TRANSLATE_NOOP("Indstilling", "The citizen's own view"), content.citizen_view),
        _dissent(content),
        _other_gaps(gaps),
    ]
    return [part for part in parts if part is not None]


_PRINTED_FIELDS = frozenset(
    {
        "outcome",
        "prospects",
        "emphasised_factors",
        "afklaret_justification",
        "job_functions",
        "lab116_justification",
        "progression",
        "progression_deadline",
        "hours_per_week",
        "special_considerations",
        "transition_support",
        "special_help",
        "can_find_job_alone",
        "interventions",
        "no_interventions_reason",
        "follow_up",
        "professional_explanation",
    }
)


def _other_gaps(gaps: NotGiven) -> Section | None:
    """Overridden points whose field has no section of its own (attendance, a municipality's own rule)."""
    lines = [
        f"{name.removeprefix('#')}: {not_given_line(reason)}" for name, reason in gaps if name not in _PRINTED_FIELDS
    ]
    return _section(QT_TRANSLATE_NOOP("Indstilling", "Points not filled in"), *lines, bullets=True)


def _absent() -> str:
    return _t(QT_TRANSLATE_NOOP("Indstilling", "Not given."))


def _capacity(content: IndstillingContent, gaps: NotGiven, limited_ref: str) -> Section | None:
    hours = ""
    if content.hours_per_week:
        hours = _t(QT_TRANSLATE_NOOP("Indstilling", "Work capacity: {hours} hours a week")).format(
            hours=content.hours_per_week
        )
        if content.intensity:
            hours += f" ({content.intensity})"
    deadline = ""
    if content.progression_deadline:
        deadline = _t(QT_TRANSLATE_NOOP("Indstilling", "Expected development by {date}.")).format(
            date=content.progression_deadline.strftime("%d.%m.%Y")
        )
    # C5 is always stated for a fleksjob: whether fleksjob at very limited capacity is used, and why
    # (LAB § 116, stk. 2 from 2020; 004 L1505–1507).
    ref = limited_ref or _t(QT_TRANSLATE_NOOP("Indstilling", "the rule on very limited work capacity"))
    if content.very_limited_capacity:
        written = "" if unfilled(content.lab116_justification) else content.lab116_justification.strip()
        why = written or " ".join(_gaps(gaps, "lab116_justification")) or _absent()
        lab116 = _t(QT_TRANSLATE_NOOP("Indstilling", "Very limited work capacity ({ref}): {text}")).format(
            ref=ref, text=why
        )
    else:
        lab116 = _t(
            QT_TRANSLATE_NOOP("Indstilling", "The work capacity is not very limited; {ref} is not used.")
        ).format(ref=ref)
    return _section(
        QT_TRANSLATE_NOOP("Indstilling", "Work capacity and progression"),
        hours,
        content.progression,
        deadline,
        lab116,
        *_gaps(gaps, "progression", "progression_deadline", "hours_per_week"),
    )


def _considerations(content: IndstillingContent, gaps: NotGiven) -> Section | None:
    # C4 is always stated for a fleksjob, even as "no" (004 L1501–1503).
    c4 = _has(gaps, "special_considerations", "transition_support")
    missing = (
        ()
        if c4 or (not unfilled(content.special_considerations) and not unfilled(content.transition_support))
        else (_absent(),)
    )
    return _section(
        QT_TRANSLATE_NOOP("Indstilling", "Special considerations and support"),
        content.special_considerations,
        content.transition_support,
        content.special_help,
        content.can_find_job_alone,
        *missing,
        *_gaps(gaps, "special_considerations", "transition_support", "special_help", "can_find_job_alone"),
    )


def _interventions(content: IndstillingContent, gaps: NotGiven) -> Section | None:
    lines = []
    for item in content.interventions:
        parts = [label(item.type) if item.type else "", item.description]
        if item.responsible:
            parts.append(_t(QT_TRANSLATE_NOOP("Indstilling", "responsible: {who}")).format(who=item.responsible))
        if item.coordination:
            parts.append(_t(QT_TRANSLATE_NOOP("Indstilling", "coordination: {how}")).format(how=item.coordination))
        if item.start:
            parts.append(_t(QT_TRANSLATE_NOOP("Indstilling", "start: {when}")).format(when=item.start))
        if item.mentor_support:
            parts.append(_t(QT_TRANSLATE_NOOP("Indstilling", "with mentor support")))
        lines.append(" · ".join(p for p in parts if p))
    if not lines and content.no_interventions_reason:
        lines.append(
            _t(QT_TRANSLATE_NOOP("Indstilling", "No measures: {why}")).format(why=content.no_interventions_reason)
        )
    no_need = {
        "employment": QT_TRANSLATE_NOOP("Indstilling", "No employment measure: {why}"),
        "social": QT_TRANSLATE_NOOP("Indstilling", "No social measure: {why}"),
        "health": QT_TRANSLATE_NOOP("Indstilling", "No health measure: {why}"),
        "education": QT_TRANSLATE_NOOP("Indstilling", "No education measure: {why}"),
    }
    for area, text in no_need.items():
        why = getattr(content, no_need_field(area)).strip()
        if not unfilled(why):
            lines.append(_t(text).format(why=lower_first(why)))
    lines += _gaps(gaps, "interventions", "no_interventions_reason")
    return _section(QT_TRANSLATE_NOOP("Indstilling", "Measures"), *lines, bullets=True)


def lower_first(text: str) -> str:
    """``text`` with a lower-case first letter, for use after a colon ("Ingen behov" → "ingen behov");
    a word in capitals (an abbreviation) or a name-like second capital is left as it is."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _dissent(content: IndstillingContent) -> Section | None:
    lines = [
        f"{d.name} ({label(d.discipline)}): {d.text}" if d.discipline else f"{d.name}: {d.text}"
        for d in content.dissent
        if d.text.strip()
    ]
    return _section(QT_TRANSLATE_NOOP("Indstilling", "Dissenting views"), *lines, bullets=True)
