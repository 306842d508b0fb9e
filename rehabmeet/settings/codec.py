"""Rules to and from JSON, with a clear error naming the first bad field."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time
from types import MappingProxyType
from typing import Any

from rehabmeet.domain.vocabulary import CaseType, Discipline, Phase
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.settings.checklist_defaults import ChecklistRule
from rehabmeet.settings.legal import legal_from_json, legal_to_json
from rehabmeet.settings.migrations import migrate_rules_json
from rehabmeet.settings.rules import (
    CaseTypeRules,
    DayRules,
    EducationMemberRule,
    FollowUpRules,
    QuorumRule,
    ReadinessCheck,
    Rules,
)

SEVERITIES = ("blocking", "warning", "info")
STRENGTHS = ("law", "practice", "data")


class RulesError(UserFacingError):
    """The team's rules document is malformed."""


def rules_to_json(rules: Rules) -> dict[str, Any]:
    """Return ``rules`` as a JSON-compatible dict."""
    return {
        "schema_version": rules.schema_version,
        "page_cap": rules.page_cap,
        "case_types": {
            str(kind): {
                "phase_minutes": {str(phase): minutes for phase, minutes in rule.phase_minutes.items()},
                "max_cases_per_day": rule.max_cases_per_day,
            }
            for kind, rule in rules.case_types.items()
        },
        "quorum": {
            "required": [str(d) for d in rules.quorum.required],
            "written_assessment_allowed": [str(d) for d in rules.quorum.written_assessment_allowed],
        },
        "education_member": {
            "age_below": rules.education_member.age_below,
            "only_without_vocational_qualification": rules.education_member.only_without_vocational_qualification,
        },
        "readiness": [
            {"id": c.id, "check": c.check, "severity": c.severity, "params": dict(c.params), "source": c.source}
            for c in rules.readiness
        ],
        "day": {
            "default_start": rules.day.default_start.strftime("%H:%M"),
            "end_of_day": rules.day.end_of_day.strftime("%H:%M"),
            "break_minutes_between_cases": rules.day.break_minutes_between_cases,
        },
        "checklist": [checklist_rule_to_json(rule) for rule in rules.checklist],
        "outcomes": {case_type: list(outcomes) for case_type, outcomes in rules.outcomes.items()},
        "templates": {outcome: dict(texts) for outcome, texts in rules.templates.items()},
        "legal": legal_to_json(rules.legal),
        "pack_hidden_kinds": {discipline: list(kinds) for discipline, kinds in rules.pack_hidden_kinds.items()},
        "follow_up": {
            "informed_warn_days": rules.follow_up.informed_warn_days,
            "informed_alert_days": rules.follow_up.informed_alert_days,
            "start_deadline_days": rules.follow_up.start_deadline_days,
            "start_deadline_outcomes": list(rules.follow_up.start_deadline_outcomes),
        },
        "pack_expiry_days": rules.pack_expiry_days,
        "pack_hidden_topics": {k: list(v) for k, v in rules.pack_hidden_topics.items()},
        "pack_topic_headings": {k: list(v) for k, v in rules.pack_topic_headings.items()},
    }


def checklist_rule_to_json(rule: ChecklistRule) -> dict[str, Any]:
    """Return one checklist rule as JSON-compatible data."""
    return {
        "id": rule.id,
        "strength": rule.strength,
        "check": rule.check,
        "fields": list(rule.fields),
        "source": rule.source,
        "title": rule.title,
        "outcomes": list(rule.outcomes),
        "when_flag": rule.when_flag,
        "params": dict(rule.params),
    }


def rules_from_json(document: dict[str, Any]) -> Rules:
    """Return the rules in ``document``, migrated to the current schema first.

    Raises:
        RulesError: naming the first field that is missing or has a wrong value.
    """
    data = migrate_rules_json(document)
    try:
        return _parse(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise RulesError(
            error_text("the team's rules are malformed ({name}: {exc})", name=type(exc).__name__, exc=exc)
        ) from exc


def _parse(data: dict[str, Any]) -> Rules:
    return Rules(
        schema_version=int(data["schema_version"]),
        page_cap=_positive(data["page_cap"], "page_cap"),
        case_types=MappingProxyType({CaseType(k): _case_type(v) for k, v in data["case_types"].items()}),
        quorum=QuorumRule(
            required=tuple(Discipline(d) for d in data["quorum"]["required"]),
            written_assessment_allowed=tuple(Discipline(d) for d in data["quorum"]["written_assessment_allowed"]),
        ),
        education_member=EducationMemberRule(
            age_below=_positive(data["education_member"]["age_below"], "education_member.age_below"),
            only_without_vocational_qualification=bool(
                data["education_member"]["only_without_vocational_qualification"]
            ),
        ),
        readiness=tuple(_readiness(item) for item in data["readiness"]),
        day=DayRules(
            default_start=time.fromisoformat(data["day"]["default_start"]),
            end_of_day=time.fromisoformat(data["day"]["end_of_day"]),
            break_minutes_between_cases=int(data["day"]["break_minutes_between_cases"]),
        ),
        checklist=tuple(_checklist_rule(item) for item in data["checklist"]),
        outcomes=MappingProxyType({str(k): tuple(str(o) for o in v) for k, v in data["outcomes"].items()}),
        templates=MappingProxyType(
            {str(k): MappingProxyType({str(f): str(t) for f, t in v.items()}) for k, v in data["templates"].items()}
        ),
        legal=legal_from_json(data["legal"]),
        pack_hidden_kinds=MappingProxyType(
            {str(k): tuple(str(kind) for kind in v) for k, v in data["pack_hidden_kinds"].items()}
        ),
        follow_up=FollowUpRules(
            informed_warn_days=_positive(data["follow_up"]["informed_warn_days"], "follow_up.informed_warn_days"),
            informed_alert_days=_positive(data["follow_up"]["informed_alert_days"], "follow_up.informed_alert_days"),
            start_deadline_days=_positive(data["follow_up"]["start_deadline_days"], "follow_up.start_deadline_days"),
            start_deadline_outcomes=tuple(str(o) for o in data["follow_up"]["start_deadline_outcomes"]),
        ),
        pack_expiry_days=_expiry_days(data["pack_expiry_days"]),
        pack_hidden_topics=_string_lists(data["pack_hidden_topics"]),
        pack_topic_headings=_string_lists(data["pack_topic_headings"]),
    )


def _string_lists(value: Any) -> Mapping[str, tuple[str, ...]]:
    if not isinstance(value, dict) or not all(isinstance(v, list) for v in value.values()):
        raise ValueError(f"expected a mapping of lists of words, not {value!r}")
    return MappingProxyType({str(k): tuple(str(item) for item in v) for k, v in value.items()})


def _expiry_days(value: Any) -> int:
    number = int(value)
    if not 0 <= number <= 366:
        raise ValueError(f"pack_expiry_days must be 0 to 366, not {value!r}")
    return number


def _checklist_rule(data: dict[str, Any]) -> ChecklistRule:
    if data["strength"] not in STRENGTHS:
        raise ValueError(f"checklist rule {data.get('id')!r} has unknown strength {data['strength']!r}")
    return ChecklistRule(
        id=str(data["id"]),
        strength=str(data["strength"]),
        check=str(data["check"]),
        fields=tuple(str(f) for f in data.get("fields", [])),
        source=str(data.get("source", "")),
        title=str(data.get("title", data["id"])),
        outcomes=tuple(str(o) for o in data.get("outcomes", [])),
        when_flag=data.get("when_flag"),
        params=MappingProxyType(dict(data.get("params", {}))),
    )


def _case_type(data: dict[str, Any]) -> CaseTypeRules:
    minutes = {Phase(p): int(m) for p, m in data["phase_minutes"].items()}
    if any(m < 0 for m in minutes.values()):
        raise ValueError("phase minutes cannot be negative")
    return CaseTypeRules(
        phase_minutes=MappingProxyType(minutes),
        max_cases_per_day=_positive(data["max_cases_per_day"], "max_cases_per_day"),
    )


def _readiness(data: dict[str, Any]) -> ReadinessCheck:
    if data["severity"] not in SEVERITIES:
        raise ValueError(f"readiness check {data.get('id')!r} has unknown severity {data['severity']!r}")
    return ReadinessCheck(
        id=str(data["id"]),
        check=str(data["check"]),
        severity=str(data["severity"]),
        params=MappingProxyType(dict(data.get("params", {}))),
        source=str(data.get("source", "")),
    )


def _positive(value: Any, name: str) -> int:
    number = int(value)
    if number <= 0:
        raise ValueError(f"{name} must be a positive whole number, not {value!r}")
    return number
