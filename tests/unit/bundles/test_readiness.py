"""Readiness checks (control points A1–A19) are data-driven, each with severity and source."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from rehabmeet.bundles.readiness import ReadinessFacts, ReadinessState, Severity, evaluate, overall_state
from rehabmeet.settings.rules import ReadinessCheck, default_rules

DAY = date(2026, 11, 26)
COMPLETE = ReadinessFacts(
    case_type="fleksjob",
    citizen_birth_date=date(1980, 5, 5),
    has_vocational_qualification=True,
    own_job_goal="Lager",
    preparatory_part_signed_on=DAY - timedelta(days=60),
    citizen_consented_on=DAY - timedelta(days=60),
    documents=(
        ("forberedende_del", DAY - timedelta(days=60)),
        ("lae265", DAY - timedelta(days=30)),
        ("cv", DAY - timedelta(days=70)),
        ("sundhedskoordinator", DAY - timedelta(days=10)),
    ),
    summary_sections=("sagsresume", "borgerens_egen_stemme"),
)


def _findings(**changes: object) -> dict[str, tuple[Severity, str, str]]:
    facts = dataclasses.replace(COMPLETE, **changes)  # type: ignore[arg-type]
    return {f.check_id: (f.severity, f.message, f.source) for f in evaluate(facts, default_rules(), DAY)}


def test_a_complete_case_is_ready() -> None:
    findings = evaluate(COMPLETE, default_rules(), DAY)
    assert findings == () and overall_state(findings) is ReadinessState.READY


@pytest.mark.parametrize(
    ("kind", "check_id", "severity", "source"),
    [
        ("forberedende_del", "A1", Severity.BLOCKING, "004 L1146–1151"),
        ("lae265", "A3", Severity.BLOCKING, "004 L64–68, L1168–1170"),
        ("cv", "A8", Severity.BLOCKING, "004 L211, L1303–1305"),
        ("sundhedskoordinator", "SK", Severity.WARNING, "domain README"),
    ],
)
def test_missing_documents(kind: str, check_id: str, severity: Severity, source: str) -> None:
    findings = _findings(documents=tuple(d for d in COMPLETE.documents if d[0] != kind))
    assert findings[check_id][0] is severity
    assert findings[check_id][1].endswith("is missing.")
    assert findings[check_id][2].startswith(source)


def test_stale_gp_certificate_warns_with_its_age() -> None:
    old = tuple((k, DAY - timedelta(days=200) if k == "lae265" else d) for k, d in COMPLETE.documents)
    severity, message, _ = _findings(documents=old)["A3-age"]
    assert severity is Severity.WARNING and "200 days old (limit 180 days)" in message


@pytest.mark.parametrize(("days", "limit"), [(130, 122), (200, 183)])
def test_waiting_time_warns_over_four_and_six_months(days: int, limit: int) -> None:
    _, message, source = _findings(preparatory_part_signed_on=DAY - timedelta(days=days))["A17"]
    assert f"{days} days since the preparatory part was signed: over {limit} days." == message
    assert source.startswith("004 L147")


def test_consent_job_goal_and_own_voice() -> None:
    findings = _findings(citizen_consented_on=None, own_job_goal=" ", summary_sections=("sagsresume",))
    assert findings["A19"][0] is Severity.WARNING
    assert findings["A15"][0] is Severity.INFO
    assert "The citizen's own voice" in findings["A14"][1]


def test_education_member_note_for_young_citizens_without_qualification() -> None:
    findings = _findings(citizen_birth_date=date(2002, 1, 1), has_vocational_qualification=False)
    assert findings["UU"] == (
        Severity.INFO,
        "The education member (UU) must attend: the citizen is 24 without a vocational qualification.",
        "002 L8452–8458",
    )


def test_rules_are_data_a_municipality_can_change() -> None:
    rules = default_rules()
    stricter = dataclasses.replace(
        rules, readiness=(ReadinessCheck("A19", "consent_recorded", "blocking", source="local rule"),)
    )
    findings = evaluate(dataclasses.replace(COMPLETE, citizen_consented_on=None), stricter, DAY)
    assert [(f.check_id, f.severity, f.source) for f in findings] == [("A19", Severity.BLOCKING, "local rule")]
    assert overall_state(findings) is ReadinessState.NOT_READY


def test_an_unknown_check_is_reported_not_skipped() -> None:
    rules = dataclasses.replace(default_rules(), readiness=(ReadinessCheck("X1", "crystal_ball", "info"),))
    (finding,) = evaluate(COMPLETE, rules, DAY)
    assert finding.severity is Severity.WARNING and "crystal_ball" in finding.message


def test_messages_are_danish_in_the_danish_ui() -> None:
    from rehabmeet import i18n

    i18n.set_language("da")
    findings = _findings(documents=tuple(d for d in COMPLETE.documents if d[0] != "lae265"))
    assert findings["A3"][1] == "LÆ 265 (lægeattest) mangler."
