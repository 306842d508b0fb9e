"""The legal checklist beside the editor: each rule of the team's data evaluated against the draft.

Law points block finalising unless overridden with a reason; good-practice points warn; data points
inform. Which rules exist, when they apply and what satisfies them is data (``Rules.checklist``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from rehabmeet.recommendation.content import IndstillingContent
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


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One rule's result; ``field`` is where the editor jumps to satisfy it."""

    rule_id: str
    strength: str
    state: ItemState
    title: str
    source: str
    field: str | None

    @property
    def blocks(self) -> bool:
        """A law point that is not met blocks finalising (unless overridden with a reason)."""
        return self.strength == "law" and self.state is ItemState.MISSING


Check = Callable[[ChecklistRule, IndstillingContent, CaseContext], bool]


def _text(content: IndstillingContent, name: str) -> str:
    value = getattr(content, name, "")
    return value.strip() if isinstance(value, str) else ""


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


def _deadline_set(rule: ChecklistRule, content: IndstillingContent, _context: CaseContext) -> bool:
    return getattr(content, rule.fields[0], None) is not None


def _interventions_or_reason(_rule: ChecklistRule, content: IndstillingContent, _context: CaseContext) -> bool:
    described = [i for i in content.interventions if i.description.strip() or i.type]
    return bool(described) or bool(content.no_interventions_reason.strip())


def _interventions_typed(_rule: ChecklistRule, content: IndstillingContent, _context: CaseContext) -> bool:
    return all(i.type for i in content.interventions)


def _attendance_recorded(_rule: ChecklistRule, _content: IndstillingContent, context: CaseContext) -> bool:
    return context.attendance_recorded and context.citizen_present


def _liaison_recorded(_rule: ChecklistRule, _content: IndstillingContent, context: CaseContext) -> bool:
    return context.liaison_recorded


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
                rule.id, rule.strength, state, rule.title, rule.source, rule.fields[0] if rule.fields else None
            )
        )
    return tuple(items)
