"""The legal checklist beside the editor: each rule of the team's data evaluated against the draft.

Law points block finalising unless overridden with a reason; good-practice points warn; data points
inform. Which rules exist, when they apply and what satisfies them is data (``Rules.checklist``).

Template placeholders never satisfy a check: a text still holding a slot of the outcome templates
("hver … uge", "Mentorstøtte: …", "er / er ikke") counts as not written (:func:`unfilled`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from rehabmeet.i18n import error_text
from rehabmeet.recommendation.content import AREA_OF_TYPE, IndstillingContent, Intervention, no_need_field, unfilled
from rehabmeet.settings.checklist_defaults import ChecklistRule


class ItemState(StrEnum):
    MET = "met"
    MISSING = "missing"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True, slots=True)
class CaseContext:
    """What the checklist needs besides the draft: facts recorded during the meeting."""

    citizen_present: bool
    attendance_recorded: bool
    liaison_recorded: bool
    liaison_present: bool | None = None
    question: str = ""
    citations: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Rule id → the law it rests on, cited from the law version of the meeting day."""


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One rule's result; ``field`` is where the editor jumps to satisfy it."""

    rule_id: str
    strength: str
    state: ItemState
    title: str
    source: str
    field: str | None
    law: str = ""

    @property
    def blocks(self) -> bool:
        """A law point that is not met blocks finalising (unless overridden with a reason)."""
        return self.strength == "law" and self.state is ItemState.MISSING


Check = Callable[[ChecklistRule, IndstillingContent, CaseContext], bool]


def _text(content: IndstillingContent, name: str) -> str:
    value = getattr(content, name, "")
    return value.strip() if isinstance(value, str) and not unfilled(value) else ""


def _described(measure: Intervention) -> bool:
    return bool(measure.type) or not unfilled(measure.description)


def _filled(rule: ChecklistRule, content: IndstillingContent, _context: CaseContext) -> bool:
    return all(_text(content, name) for name in rule.fields)


def _filled_unless_flag(rule: ChecklistRule, content: IndstillingContent, context: CaseContext) -> bool:
    return bool(getattr(content, str(rule.params.get("flag", "")), False)) or _filled(rule, content, context)


def _min_length(rule: ChecklistRule, content: IndstillingContent, _context: CaseContext) -> bool:
    return len(_text(content, rule.fields[0])) >= int(str(rule.params.get("min", 1)))


def _range(rule: ChecklistRule, content: IndstillingContent, _context: CaseContext) -> bool:
    value = getattr(content, rule.fields[0], None)
    low, high = int(str(rule.params.get("min", 0))), int(str(rule.params.get("max", 10**9)))
    return isinstance(value, int) and low <= value <= high


PLAUSIBLE_HOURS = (0, 37)
"""Hours a week a work capacity can be at all (a full-time week is 37 hours, 004 L293–297); the C10
rule's ``plausible_min``/``plausible_max`` params (rules data) replace it."""


def implausible_hours(rules: Iterable[ChecklistRule], content: IndstillingContent) -> str | None:
    """The sentence refusing a work capacity no week has (50 or −3 hours); ``None`` when it is possible.

    Unlike C10 (a practice point a reason can override), this is never overridden: the number is wrong.
    """
    value = content.hours_per_week
    if value is None:
        return None
    rule = next((r for r in rules if "hours_per_week" in r.fields and r.check == "range"), None)
    params = rule.params if rule is not None else {}
    low = int(str(params.get("plausible_min", PLAUSIBLE_HOURS[0])))
    high = int(str(params.get("plausible_max", PLAUSIBLE_HOURS[1])))
    if low <= value <= high:
        return None
    return error_text(
        "{hours} hours a week is not possible: the work capacity must be between {low} and {high} hours a week; "
        "correct the number (no reason can override this)",
        hours=value,
        low=low,
        high=high,
    )


def _deadline_set(rule: ChecklistRule, content: IndstillingContent, _context: CaseContext) -> bool:
    return getattr(content, rule.fields[0], None) is not None


def _interventions_or_reason(_rule: ChecklistRule, content: IndstillingContent, _context: CaseContext) -> bool:
    described = [i for i in content.interventions if _described(i)]
    return bool(described) or bool(_text(content, "no_interventions_reason"))


def _interventions_typed(_rule: ChecklistRule, content: IndstillingContent, _context: CaseContext) -> bool:
    return all(i.type for i in content.interventions)


def _attendance_recorded(_rule: ChecklistRule, _content: IndstillingContent, context: CaseContext) -> bool:
    return context.attendance_recorded and context.citizen_present


def _liaison_recorded(rule: ChecklistRule, content: IndstillingContent, context: CaseContext) -> bool:
    """B2: a virksomhedskonsulent attended; one named responsible for a measure must be recorded present."""
    names = tuple(str(n).lower() for n in _list(rule.params.get("liaison_words", ("virksomhedskonsulent",))))
    responsible = any(any(n in m.responsible.lower() for n in names) for m in content.interventions)
    if responsible:
        return bool(context.liaison_present if context.liaison_present is not None else context.liaison_recorded)
    return context.liaison_recorded


def _list(value: object) -> tuple[object, ...]:
    return tuple(value) if isinstance(value, list | tuple) else (value,) if value else ()


def _areas_covered(rule: ChecklistRule, content: IndstillingContent, _context: CaseContext) -> bool:
    """§ 11 stk. 1 nr. 2: per area a measure of that area, or "no need, because …" written for it."""
    return not missing_areas(rule, content)


def missing_areas(rule: ChecklistRule, content: IndstillingContent) -> tuple[str, ...]:
    """The areas of ``rule`` (``params.areas``) with neither a measure nor a written "no need" reason."""
    covered = {AREA_OF_TYPE.get(m.type, "") for m in content.interventions if _described(m)}
    return tuple(
        str(area)
        for area in _list(rule.params.get("areas", ()))
        if area not in covered and not _text(content, no_need_field(str(area)))
    )


def _area_when_question_names(rule: ChecklistRule, content: IndstillingContent, context: CaseContext) -> bool:
    """A question naming e.g. treatment needs a measure in that area (or "no need, because …")."""
    words = tuple(str(w).lower() for w in _list(rule.params.get("words", ())))
    if not any(w in context.question.lower() for w in words):
        return True
    return _areas_covered(rule, content, context)


def _concrete_job_confirmed(_rule: ChecklistRule, content: IndstillingContent, _context: CaseContext) -> bool:
    return not content.concrete_job or content.concrete_job_confirmed


CHECKS: dict[str, Check] = {
    "filled": _filled,
    "filled_unless_flag": _filled_unless_flag,
    "min_length": _min_length,
    "range": _range,
    "deadline_set": _deadline_set,
    "interventions_or_reason": _interventions_or_reason,
    "interventions_typed": _interventions_typed,
    "attendance_recorded": _attendance_recorded,
    "liaison_recorded": _liaison_recorded,
    "concrete_job_confirmed": _concrete_job_confirmed,
    "areas_covered": _areas_covered,
    "area_when_question_names": _area_when_question_names,
}


def applies(rule: ChecklistRule, content: IndstillingContent) -> bool:
    """Return whether ``rule`` applies to this draft (its outcome and flag)."""
    if rule.outcomes and content.outcome not in rule.outcomes:
        return False
    return rule.when_flag is None or bool(getattr(content, rule.when_flag, False))


def evaluate_checklist(
    rules: tuple[ChecklistRule, ...], content: IndstillingContent, context: CaseContext
) -> tuple[ChecklistItem, ...]:
    """Return every rule's state for ``content``. An unknown check counts as missing, never as met."""
    items = []
    for rule in rules:
        if not applies(rule, content):
            state = ItemState.NOT_APPLICABLE
        else:
            check = CHECKS.get(rule.check)
            state = ItemState.MET if check is not None and check(rule, content, context) else ItemState.MISSING
        items.append(
            ChecklistItem(
                rule.id,
                rule.strength,
                state,
                rule.title,
                rule.source,
                rule.fields[0] if rule.fields else None,
                context.citations.get(rule.id, ""),
            )
        )
    return tuple(items)
