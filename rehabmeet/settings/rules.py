"""The rules a law change or a municipality may change, as typed, frozen data.

Every default cites its source (seed file and line, see ``../shared/domain/README.md``).
Rules travel as JSON (``to_json``/``rules_from_json``) with a ``schema_version`` that
``rehabmeet.settings.migrations`` upgrades.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time
from types import MappingProxyType

from rehabmeet.domain.citizen import age_on
from rehabmeet.domain.vocabulary import CaseType, Discipline, DocumentKind, Phase, SummarySection
from rehabmeet.settings.checklist_defaults import ChecklistRule, default_checklist, default_outcomes, default_templates
from rehabmeet.settings.legal import LegalTexts
from rehabmeet.settings.migrations import CURRENT_VERSION

# The one rules-schema number lives beside the migrators that reach it.
RULES_SCHEMA_VERSION = CURRENT_VERSION


@dataclass(frozen=True, slots=True)
class CaseTypeRules:
    """Time budget and daily capacity for one case type.

    Attributes:
        phase_minutes: minutes per meeting phase; 0 means the phase is skipped by default.
        max_cases_per_day: cases of this type one meeting day may hold.
    """

    phase_minutes: Mapping[Phase, int]
    max_cases_per_day: int

    @property
    def total_minutes(self) -> int:
        return sum(self.phase_minutes.values())


@dataclass(frozen=True, slots=True)
class QuorumRule:
    """Who must be present for a case to be treated (003 L563–587).

    Attributes:
        required: disciplines that must be represented in every case.
        written_assessment_allowed: disciplines whose acute absence is covered by a written
            assessment handed to the leader (the proposed exception, 003 L579–584).
    """

    required: tuple[Discipline, ...]
    written_assessment_allowed: tuple[Discipline, ...]


@dataclass(frozen=True, slots=True)
class EducationMemberRule:
    """The education member (UU) must attend when the citizen is under ``age_below`` without a
    vocational qualification (002 L8452–8458)."""

    age_below: int = 30
    only_without_vocational_qualification: bool = True

    def requires_member(self, birth_date: date, has_vocational_qualification: bool, on: date) -> bool:
        """Return whether the education member must attend for this citizen on day ``on``."""
        if age_on(birth_date, on) >= self.age_below:
            return False
        return not (self.only_without_vocational_qualification and has_vocational_qualification)


@dataclass(frozen=True, slots=True)
class ReadinessCheck:
    """One readiness control point applied at import (control-points.md A1–A19).

    Attributes:
        id: the control point, e.g. ``A3``.
        check: the evaluator's name in ``rehabmeet.bundles.readiness`` (``document_present`` …).
        severity: ``blocking``, ``warning`` or ``info``.
        params: the evaluator's parameters (document kind, ages in days …).
        source: where the rule comes from, for the user and the auditor.
    """

    id: str
    check: str
    severity: str
    params: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))
    source: str = ""


@dataclass(frozen=True, slots=True)
class DayRules:
    """The shape of a meeting day; a municipality sets its own."""

    default_start: time = time(9, 0)
    end_of_day: time = time(15, 30)
    break_minutes_between_cases: int = 5


@dataclass(frozen=True, slots=True)
class FollowUpRules:
    """Deadlines after the meeting.

    Attributes:
        informed_warn_days, informed_alert_days: telling the citizen the indstilling (control point
            D1: warn above 4 days, alert above 14; 004 L1783–1801, no legal deadline).
        start_deadline_days: a ressourceforløb not started this many days after the decision returns
            to the team. The sources give no deadline; 001 L699–708 reports 92 days on average from
            meeting to first measure, so the default flags cases slower than two months.
    """

    informed_warn_days: int = 4
    informed_alert_days: int = 14
    start_deadline_days: int = 60
    start_deadline_outcomes: tuple[str, ...] = ("ressourceforloeb",)


@dataclass(frozen=True, slots=True)
class Rules:
    """All rules of one team. Immutable; change them by building a new one."""

    schema_version: int
    page_cap: int
    case_types: Mapping[CaseType, CaseTypeRules]
    quorum: QuorumRule
    education_member: EducationMemberRule
    readiness: tuple[ReadinessCheck, ...]
    day: DayRules
    checklist: tuple[ChecklistRule, ...] = field(default_factory=default_checklist)
    outcomes: Mapping[str, tuple[str, ...]] = field(default_factory=default_outcomes)
    templates: Mapping[str, Mapping[str, str]] = field(default_factory=default_templates)
    legal: LegalTexts = field(default_factory=LegalTexts)
    pack_hidden_kinds: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: default_pack_hidden_kinds())
    follow_up: FollowUpRules = field(default_factory=FollowUpRules)
    # agenda packs are wiped on the member's laptop this many days after the meeting day (issue 18;
    # the sources set no period: a week covers a postponed case's follow-up, a municipality may shorten it)
    pack_expiry_days: int = 7
    # pages and summary sections of these topics (summary section codes) stay out of a discipline's
    # pack even inside documents that travel (issue 18; see rehabmeet/summary/minimise.py)
    pack_hidden_topics: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: default_pack_hidden_topics())
    # a page is of a topic when a line is a heading starting with one of these words
    pack_topic_headings: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: default_pack_topic_headings())

    def outcomes_for(self, case_type: str) -> tuple[str, ...]:
        """Return the outcomes a case of ``case_type`` may lead to."""
        return tuple(self.outcomes.get(case_type, self.outcomes.get("andet", ())))

    def for_case_type(self, case_type: str) -> CaseTypeRules:
        """Return the rules of ``case_type`` (unknown types fall back to ``andet``)."""
        try:
            return self.case_types[CaseType(case_type)]
        except (ValueError, KeyError):
            return self.case_types[CaseType.ANDET]


def _phases(formoede: int, citizen: int, timeout: int, announcement: int, decision: int = 0) -> Mapping[Phase, int]:
    return MappingProxyType(
        {
            Phase.FORMOEDE: formoede,
            Phase.CITIZEN_SESSION: citizen,
            Phase.TIMEOUT: timeout,
            Phase.ANNOUNCEMENT: announcement,
            Phase.DECISION: decision,
        }
    )


def default_rules() -> Rules:
    """Return the defaults drawn from the sources.

    - Citizen session ~20 minutes, the rest for the team (000 L595); formøde 10, timeout 10,
      announcement 5 are the foundation issue's defaults.
    - Up to 6 cases a day for ressourceforløb/fleksjob/førtidspension and 10 for jobafklaring,
      whose meetings run faster (003 L114–119); hence jobafklaring's shorter budget.
    - Page cap 50 (000 L431–435; 002 L8336–8346).
    - Jobcenter, social, health and the health coordinator in every case; education under 30
      without a qualification (002 L8452–8458); written assessment on acute absence (003 L579–584).
    """
    standard = CaseTypeRules(phase_minutes=_phases(10, 20, 10, 5), max_cases_per_day=6)
    fast = CaseTypeRules(phase_minutes=_phases(5, 15, 5, 5), max_cases_per_day=10)
    return Rules(
        schema_version=RULES_SCHEMA_VERSION,
        page_cap=50,
        case_types=MappingProxyType(
            {
                CaseType.JOBAFKLARING: fast,
                CaseType.RESSOURCEFORLOEB: standard,
                CaseType.FLEKSJOB: standard,
                CaseType.FOERTIDSPENSION: standard,
                CaseType.REVURDERING: standard,
                CaseType.ANDET: standard,
            }
        ),
        quorum=QuorumRule(
            required=(Discipline.JOBCENTER, Discipline.SOCIAL, Discipline.HEALTH, Discipline.HEALTH_COORDINATOR),
            written_assessment_allowed=(Discipline.JOBCENTER, Discipline.HEALTH_COORDINATOR),
        ),
        education_member=EducationMemberRule(),
        readiness=default_readiness_checks(),
        day=DayRules(),
    )


def default_pack_hidden_kinds() -> Mapping[str, tuple[str, ...]]:
    """Document kinds left out of a member's agenda pack, per discipline.

    Health data is sensitive (GDPR art. 9, domain README "Legal frame"): by default the education
    member and ad-hoc members (employer liaison …) take home no medical documents; they still see
    the summary sheet. The sources set no rule; a municipality sets its own.
    """
    medical = (
        DocumentKind.LAE265.value,
        DocumentKind.SUNDHEDSKOORDINATOR.value,
        DocumentKind.SPECIALLAEGE.value,
        DocumentKind.JOURNAL.value,
    )
    return MappingProxyType({Discipline.EDUCATION.value: medical, Discipline.AD_HOC.value: medical})


def default_pack_hidden_topics() -> Mapping[str, tuple[str, ...]]:
    """Topics left out of a discipline's pack page by page: health for those who take no medical documents.

    The preparatory part holds the citizen's health resources and challenges by law (LAB § 44 nr. 2,
    001 L522–526), so withholding medical documents by kind is not enough; the education member joins
    for the citizen's education (002 L8452–8457). A municipality sets its own.
    """
    return MappingProxyType({discipline: (SummarySection.HELBRED.value,) for discipline in default_pack_hidden_kinds()})


def default_pack_topic_headings() -> Mapping[str, tuple[str, ...]]:
    """Heading words that make a page one of a topic ("5. Helbred – borgerens egen vurdering").

    "helbred" covers helbredsforhold, helbredsmæssige … and "helbredsdokumentation" (001 L514–515).
    """
    return MappingProxyType({SummarySection.HELBRED.value: ("helbred", "sundhed", "health")})


def default_readiness_checks() -> tuple[ReadinessCheck, ...]:
    """Return the readiness control points a bundle can show (control-points.md A1–A19)."""

    def check(id_: str, name: str, severity: str, source: str, **params: object) -> ReadinessCheck:
        return ReadinessCheck(id=id_, check=name, severity=severity, params=MappingProxyType(params), source=source)

    return (
        check("A1", "document_present", "blocking", "004 L1146–1151", kind=DocumentKind.FORBEREDENDE_DEL.value),
        check("A3", "document_present", "blocking", "004 L64–68, L1168–1170", kind=DocumentKind.LAE265.value),
        # No fixed age in the sources: the certificate must be "helt aktuel" (003 L483–485).
        check("A3-age", "document_max_age", "warning", "003 L483–485", kind=DocumentKind.LAE265.value, days=180),
        check("A8", "document_present", "blocking", "004 L211, L1303–1305", kind=DocumentKind.CV.value),
        check(
            "SK",
            "document_present",
            "warning",
            "domain README (health coordinator statement before the meeting)",
            kind=DocumentKind.SUNDHEDSKOORDINATOR.value,
        ),
        check(
            "A14",
            "summary_section_present",
            "warning",
            "004 L620–625",
            section=SummarySection.BORGERENS_EGEN_STEMME.value,
        ),
        check("A15", "job_goal_stated", "info", "004 L2250–2251"),
        check("A17", "waiting_time", "warning", "004 L147–157, L715–716", warn_days=122, alert_days=183),
        check("A19", "consent_recorded", "warning", "004 L980–982"),
        check("UU", "education_member_required", "info", "002 L8452–8458"),
    )
