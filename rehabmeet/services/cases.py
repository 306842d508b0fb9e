"""Cases for the agenda, the facts pane and the CLI, as frozen rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from rehabmeet.bundles.facts import readiness_facts_from_version
from rehabmeet.bundles.readiness import Finding, ReadinessState, evaluate, overall_state
from rehabmeet.domain.citizen import age_on
from rehabmeet.errors import NotFoundError
from rehabmeet.i18n import error_text
from rehabmeet.models import Case, CaseVersion
from rehabmeet.settings.rules import Rules
from rehabmeet.settings.store import load_rules
from rehabmeet.storage.database import SessionFactory


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One case as listed: the newest version's headline facts and readiness."""

    case_id: int
    case_ref: str
    version: int
    case_type: str
    citizen_name: str
    pages: int
    readiness: ReadinessState
    findings: tuple[Finding, ...]


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A document of a case, as listed in the facts pane."""

    document_id: int
    doc_key: str
    kind: str
    title: str
    document_date: date
    pages: int
    media_type: str
    pages_from: str


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """Everything the facts pane shows about a case (newest version)."""

    row: CaseRow
    question_to_team: str
    citizen_cpr: str
    citizen_birth_date: date
    citizen_age: int
    has_vocational_qualification: bool
    own_job_goal: str | None
    needs_interpreter: bool
    caseworker: str
    caseworker_unit: str | None
    companion: str | None
    preparatory_part_signed_on: date
    waiting_days: int
    citizen_consented_on: date | None
    education_member_required: bool
    documents: tuple[DocumentRow, ...]
    summary_sections: tuple[str, ...]
    version_count: int


def _newest_versions() -> Select[Any]:
    return (
        select(Case)
        .options(
            selectinload(Case.versions).selectinload(CaseVersion.documents),
            selectinload(Case.versions).selectinload(CaseVersion.summary_sections),
        )
        .order_by(Case.case_ref)
    )


def case_row(case: Case, rules: Rules, on: date) -> CaseRow:
    """Build the row of ``case`` (versions, documents and summary loaded), readiness as of ``on``."""
    version = case.current
    findings = evaluate(readiness_facts_from_version(version), rules, on)
    return CaseRow(
        case_id=case.id,
        case_ref=case.case_ref,
        version=version.version_no,
        case_type=version.case_type,
        citizen_name=version.citizen_name,
        pages=sum(d.page_count for d in version.documents),
        readiness=overall_state(findings),
        findings=findings,
    )


class CaseService:
    """Read access to cases."""

    def __init__(self, sessions: SessionFactory, *, today: Callable[[], date] = date.today) -> None:
        self._sessions = sessions
        self._today = today

    def list_cases(
        self, *, meeting_id: int | None = None, start: date | None = None, end: date | None = None
    ) -> list[CaseRow]:
        """Return every case (or those on meeting ``meeting_id``'s agenda, or on the agendas of meetings
        from ``start`` to ``end``), newest version, ordered by case_ref, readiness as of today.

        Set-based (:mod:`rehabmeet.services.case_listing`): no ORM objects, no documents loaded.
        """
        from rehabmeet.services.case_listing import listed_cases

        with self._sessions.begin() as session:
            return listed_cases(
                session, load_rules(session), self._today(), meeting_id=meeting_id, start=start, end=end
            )

    def find(self, case_ref: str) -> int:
        """Return the id of the case ``case_ref``.

        Raises:
            NotFoundError: no such case, with the refs that do exist when there are few.
        """
        with self._sessions.begin() as session:
            case_id = session.scalar(select(Case.id).where(Case.case_ref == case_ref))
            if case_id is None:
                raise NotFoundError(
                    error_text("there is no case {case_ref!r}; `rehabmeet cases` lists them", case_ref=case_ref)
                )
            return case_id

    def case_detail(self, case_id: int, *, on: date | None = None) -> CaseDetail:
        """Return the facts of one case; readiness as of ``on`` (default today)."""
        with self._sessions.begin() as session:
            return self.detail_in(session, case_id, on=on)

    def detail_in(self, session: Session, case_id: int, *, on: date | None = None) -> CaseDetail:
        """Like :meth:`case_detail`, inside the caller's session."""
        return _detail(self._load(session, case_id), load_rules(session), on or self._today())

    @staticmethod
    def _load(session: Session, case_id: int) -> Case:
        case: Case | None = session.scalars(_newest_versions().where(Case.id == case_id)).one_or_none()
        if case is None:
            raise NotFoundError(error_text("there is no case with id {case_id}", case_id=case_id))
        return case


def _detail(case: Case, rules: Rules, on: date) -> CaseDetail:
    version = case.current
    companion = None
    if version.companion_name:
        companion = version.companion_name + (f" ({version.companion_relation})" if version.companion_relation else "")
    return CaseDetail(
        row=case_row(case, rules, on),
        question_to_team=version.question_to_team,
        citizen_cpr=version.citizen_cpr,
        citizen_birth_date=version.citizen_birth_date,
        citizen_age=age_on(version.citizen_birth_date, on),
        has_vocational_qualification=version.citizen_has_vocational_qualification,
        own_job_goal=version.citizen_own_job_goal,
        needs_interpreter=version.citizen_needs_interpreter,
        caseworker=version.caseworker_name,
        caseworker_unit=version.caseworker_unit,
        companion=companion,
        preparatory_part_signed_on=version.preparatory_part_signed_on,
        waiting_days=(on - version.preparatory_part_signed_on).days,
        citizen_consented_on=version.citizen_consented_on,
        education_member_required=rules.education_member.requires_member(
            version.citizen_birth_date, version.citizen_has_vocational_qualification, on
        ),
        documents=tuple(
            DocumentRow(
                document_id=d.id,
                doc_key=d.doc_key,
                kind=d.kind,
                title=d.title,
                document_date=d.document_date,
                pages=d.page_count,
                media_type=d.media_type,
                pages_from=d.pages_from,
            )
            for d in version.documents
        ),
        summary_sections=tuple(s.section for s in version.summary_sections),
        version_count=len(case.versions),
    )
