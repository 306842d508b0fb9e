"""The case listing (``rehabmeet cases``, the add-cases dialog) as three set-based queries.

Its cost follows the cases listed, not the history kept: the newest version of each case by the
``(case_id, version_no)`` index, then the documents' kind, date and page count and the summary's
sections for exactly those versions (joined, no id lists, no ORM objects, no document loaded).
``meeting_id`` / ``start``–``end`` restrict it to the cases on one meeting day's agenda or on the
agendas of a period, through the agenda's ``meeting_id`` and the meetings' ``meeting_date`` indexes.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from rehabmeet.bundles.readiness import ReadinessFacts, evaluate, overall_state
from rehabmeet.models import AgendaItem, Case, CaseVersion, Document, Meeting, SummarySection
from rehabmeet.settings.rules import Rules


def listed_cases(
    session: Session,
    rules: Rules,
    on: date,
    *,
    meeting_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[Any]:
    """Return :class:`~rehabmeet.services.cases.CaseRow` for every case (or the filtered ones), by case_ref."""
    from rehabmeet.services.cases import CaseRow

    newest_query = select(CaseVersion.case_id, func.max(CaseVersion.version_no).label("v")).group_by(
        CaseVersion.case_id
    )
    if meeting_id is not None or start is not None or end is not None:
        on_agenda = select(AgendaItem.case_id).join(Meeting, Meeting.id == AgendaItem.meeting_id)
        if meeting_id is not None:
            on_agenda = on_agenda.where(AgendaItem.meeting_id == meeting_id)
        if start is not None:
            on_agenda = on_agenda.where(Meeting.meeting_date >= start)
        if end is not None:
            on_agenda = on_agenda.where(Meeting.meeting_date <= end)
        newest_query = newest_query.where(CaseVersion.case_id.in_(on_agenda))
    newest = newest_query.subquery()
    current = and_(CaseVersion.case_id == newest.c.case_id, CaseVersion.version_no == newest.c.v)
    versions = session.execute(
        select(
            Case.id,
            Case.case_ref,
            CaseVersion.id,
            CaseVersion.version_no,
            CaseVersion.case_type,
            CaseVersion.citizen_name,
            CaseVersion.citizen_birth_date,
            CaseVersion.citizen_has_vocational_qualification,
            CaseVersion.citizen_own_job_goal,
            CaseVersion.preparatory_part_signed_on,
            CaseVersion.citizen_consented_on,
        )
        .join(newest, newest.c.case_id == Case.id)
        .join(CaseVersion, current)
        .order_by(Case.case_ref)
    ).all()
    documents: dict[int, list[tuple[str, date, int]]] = defaultdict(list)
    flags: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for version_id, kind, on_day, pages, title, found in session.execute(
        select(
            Document.case_version_id,
            Document.kind,
            Document.document_date,
            Document.page_count,
            Document.title,
            Document.content_flags,
        )
        .join(CaseVersion, CaseVersion.id == Document.case_version_id)
        .join(newest, current)
        .order_by(Document.case_version_id, Document.position)
    ):
        documents[version_id].append((kind, on_day, pages))
        flags[version_id].extend((title, flag) for flag in (found or "").split(",") if flag)
    sections: dict[int, list[str]] = defaultdict(list)
    for version_id, section in session.execute(
        select(SummarySection.case_version_id, SummarySection.section)
        .join(CaseVersion, CaseVersion.id == SummarySection.case_version_id)
        .join(newest, current)
        .order_by(SummarySection.case_version_id, SummarySection.position)
    ):
        sections[version_id].append(section)
    rows = []
    for case_id, ref, version_id, number, case_type, name, born, qualified, goal, signed, consented in versions:
        docs = documents.get(version_id, [])
        facts = ReadinessFacts(
            case_type=case_type,
            citizen_birth_date=born,
            has_vocational_qualification=qualified,
            own_job_goal=goal,
            preparatory_part_signed_on=signed,
            citizen_consented_on=consented,
            documents=tuple((kind, day) for kind, day, _pages in docs),
            summary_sections=tuple(sections.get(version_id, ())),
            document_flags=tuple(flags.get(version_id, ())),
        )
        findings = evaluate(facts, rules, on)
        rows.append(
            CaseRow(
                case_id=case_id,
                case_ref=ref,
                version=number,
                case_type=case_type,
                citizen_name=name,
                pages=sum(pages for _kind, _day, pages in docs),
                readiness=overall_state(findings),
                findings=findings,
            )
        )
    return rows
