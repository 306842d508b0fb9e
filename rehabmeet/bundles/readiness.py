"""Readiness of a case for the meeting (control points A1–A19), separate from bundle validity.

Which checks run, with which parameters and severity, is data in the team's rules
(``Rules.readiness``); this module only knows how to evaluate each kind of check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from rehabmeet.domain.citizen import age_on
from rehabmeet.domain.vocabulary import label
from rehabmeet.i18n import QT_TRANSLATE_NOOP, translate
from rehabmeet.settings.rules import ReadinessCheck, Rules

CONTEXT = "Readiness"


class Severity(StrEnum):
    BLOCKING = "blocking"
    WARNING = "warning"
    INFO = "info"


class ReadinessState(StrEnum):
    """The case's overall state: the worst severity among its findings."""

    READY = "ready"
    WARNINGS = "warnings"
    NOT_READY = "not_ready"


@dataclass(frozen=True, slots=True)
class ReadinessFacts:
    """What the checks look at, gathered from a manifest or from the database."""

    case_type: str
    citizen_birth_date: date
    has_vocational_qualification: bool
    own_job_goal: str | None
    preparatory_part_signed_on: date
    citizen_consented_on: date | None
    documents: tuple[tuple[str, date], ...]
    summary_sections: tuple[str, ...]
    # (document title, flag) for what import found in a document (rehabmeet.documents.pdf_content)
    document_flags: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """One readiness finding, with its message in the current language and its source."""

    check_id: str
    severity: Severity
    message: str
    source: str


Evaluator = Callable[[ReadinessCheck, ReadinessFacts, Rules, date], str | None]


def _document_present(check: ReadinessCheck, facts: ReadinessFacts, _rules: Rules, _on: date) -> str | None:
    kind = str(check.params["kind"])
    if any(k == kind for k, _ in facts.documents):
        return None
    return translate(CONTEXT, QT_TRANSLATE_NOOP("Readiness", "{document} is missing.")).format(document=label(kind))


def _document_max_age(check: ReadinessCheck, facts: ReadinessFacts, _rules: Rules, on: date) -> str | None:
    kind, limit = str(check.params["kind"]), int(str(check.params["days"]))
    dates = [d for k, d in facts.documents if k == kind]
    if not dates or (on - max(dates)).days <= limit:
        return None
    template = QT_TRANSLATE_NOOP("Readiness", "{document} is {days} days old (limit {limit} days).")
    return translate(CONTEXT, template).format(document=label(kind), days=(on - max(dates)).days, limit=limit)


def _summary_section_present(check: ReadinessCheck, facts: ReadinessFacts, _rules: Rules, _on: date) -> str | None:
    section = str(check.params["section"])
    if section in facts.summary_sections:
        return None
    template = QT_TRANSLATE_NOOP("Readiness", "The summary has no section “{section}”.")
    return translate(CONTEXT, template).format(section=label(section))


def _job_goal_stated(_check: ReadinessCheck, facts: ReadinessFacts, _rules: Rules, _on: date) -> str | None:
    if facts.own_job_goal and facts.own_job_goal.strip():
        return None
    return translate(CONTEXT, QT_TRANSLATE_NOOP("Readiness", "The citizen's own job goal is not stated."))


def _waiting_time(check: ReadinessCheck, facts: ReadinessFacts, _rules: Rules, on: date) -> str | None:
    days = (on - facts.preparatory_part_signed_on).days
    warn, alert = int(str(check.params["warn_days"])), int(str(check.params["alert_days"]))
    if days > alert:
        template = QT_TRANSLATE_NOOP(
            "Readiness", "{days} days since the preparatory part was signed: over {limit} days."
        )
        return translate(CONTEXT, template).format(days=days, limit=alert)
    if days > warn:
        template = QT_TRANSLATE_NOOP(
            "Readiness", "{days} days since the preparatory part was signed: over {limit} days."
        )
        return translate(CONTEXT, template).format(days=days, limit=warn)
    return None


def _consent_recorded(_check: ReadinessCheck, facts: ReadinessFacts, _rules: Rules, _on: date) -> str | None:
    if facts.citizen_consented_on is not None:
        return None
    return translate(
        CONTEXT, QT_TRANSLATE_NOOP("Readiness", "No date of the citizen's consent to the team's treatment.")
    )


def _education_member(_check: ReadinessCheck, facts: ReadinessFacts, rules: Rules, on: date) -> str | None:
    if not rules.education_member.requires_member(facts.citizen_birth_date, facts.has_vocational_qualification, on):
        return None
    template = QT_TRANSLATE_NOOP(
        "Readiness", "The education member (UU) must attend: the citizen is {age} without a vocational qualification."
    )
    return translate(CONTEXT, template).format(age=age_on(facts.citizen_birth_date, on))


EVALUATORS: dict[str, Evaluator] = {
    "document_present": _document_present,
    "document_max_age": _document_max_age,
    "summary_section_present": _summary_section_present,
    "job_goal_stated": _job_goal_stated,
    "waiting_time": _waiting_time,
    "consent_recorded": _consent_recorded,
    "education_member_required": _education_member,
}


_CONTENT_SOURCE = QT_TRANSLATE_NOOP("Readiness", "RehabMeet's import check of the document's content")
_CONTENT_MESSAGES = {
    "repaired": QT_TRANSLATE_NOOP(
        "Readiness",
        "“{document}” was damaged and has been repaired; the original is kept. Check that it shows what it should.",
    ),
    "javascript": QT_TRANSLATE_NOOP(
        "Readiness",
        "“{document}” contains JavaScript; it is never run and is removed from what is shown and passed on.",
    ),
    "launch": QT_TRANSLATE_NOOP(
        "Readiness",
        "“{document}” contains an action that starts a program; it is never run and is removed from what is "
        "shown and passed on.",
    ),
    "embedded_files": QT_TRANSLATE_NOOP(
        "Readiness",
        "“{document}” contains embedded files; they are never opened and are removed from what is shown and passed on.",
    ),
}


def content_findings(facts: ReadinessFacts) -> tuple[Finding, ...]:
    """Warnings about what import found in the documents (repairs, active content)."""
    source = translate(CONTEXT, _CONTENT_SOURCE)
    return tuple(
        Finding(
            check_id=f"DOC-{flag.upper()}",
            severity=Severity.WARNING,
            message=translate(CONTEXT, _CONTENT_MESSAGES[flag]).format(document=title),
            source=source,
        )
        for title, flag in facts.document_flags
        if flag in _CONTENT_MESSAGES
    )


def evaluate(facts: ReadinessFacts, rules: Rules, on: date) -> tuple[Finding, ...]:
    """Return the findings of every readiness check in ``rules`` for ``facts`` on day ``on``,
    then those about the documents' content (:func:`content_findings`).

    A check whose evaluator is unknown is reported as a warning rather than silently skipped.
    """
    findings = []
    for check in rules.readiness:
        evaluator = EVALUATORS.get(check.check)
        if evaluator is None:
            template = QT_TRANSLATE_NOOP("Readiness", "Unknown readiness check “{check}” in the team's rules.")
            message: str | None = translate(CONTEXT, template).format(check=check.check)
            severity = Severity.WARNING
        else:
            message = evaluator(check, facts, rules, on)
            severity = Severity(check.severity)
        if message is not None:
            findings.append(Finding(check_id=check.id, severity=severity, message=message, source=check.source))
    return (*findings, *content_findings(facts))


def overall_state(findings: tuple[Finding, ...]) -> ReadinessState:
    """Return the case's readiness state from its findings (info findings do not count)."""
    severities = {f.severity for f in findings}
    if Severity.BLOCKING in severities:
        return ReadinessState.NOT_READY
    if Severity.WARNING in severities:
        return ReadinessState.WARNINGS
    return ReadinessState.READY
