"""A random sample of heard cases for internal review (control point F3, 004 L2700–2732), stratified by
caseworker so every caseworker, new staff included, is reviewed."""

from __future__ import annotations

import hashlib
import random
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rehabmeet.models import CaseVersion
from rehabmeet.stats.filters import EVERYTHING, CaseFilter
from rehabmeet.stats.queries import heard_cases
from rehabmeet.stats.sample_row import SampleRow


def pseudonym(case_id: int, salt: str) -> str:
    """A stable stand-in for a citizen in exports: the same case, the same pseudonym, in this database."""
    return "P-" + hashlib.sha256(f"{salt}:{case_id}".encode()).hexdigest()[:10].upper()


def review_sample(
    session: Session,
    start: date,
    end: date,
    *,
    per_caseworker: int,
    seed: int,
    salt: str,
    include_citizens: bool = False,
    where: CaseFilter = EVERYTHING,
) -> tuple[SampleRow, ...]:
    """Draw up to ``per_caseworker`` cases per caseworker (reproducible for a given ``seed``)."""
    heard = heard_cases(start, end, where=where)
    rows = session.execute(
        select(
            heard.c.case_id, heard.c.case_type, heard.c.caseworker_name, heard.c.meeting_date, heard.c.outcome
        ).order_by(heard.c.caseworker_name, heard.c.item_id)
    ).all()
    by_worker: dict[str, list[tuple]] = {}  # type: ignore[type-arg]
    for row in rows:
        by_worker.setdefault(row[2], []).append(tuple(row))
    chooser = random.Random(seed)
    chosen = [
        r
        for worker in sorted(by_worker)
        for r in chooser.sample(by_worker[worker], min(per_caseworker, len(by_worker[worker])))
    ]
    people = _people(session, [r[0] for r in chosen]) if include_citizens else {}
    refs = _refs(session, [r[0] for r in chosen])
    return tuple(
        SampleRow(
            pseudonym(case_id, salt),
            refs.get(case_id, "") if include_citizens else "",
            case_type,
            worker,
            meeting_date,
            outcome or "",
            *people.get(case_id, ("", "")),
        )
        for case_id, case_type, worker, meeting_date, outcome in chosen
    )


def _refs(session: Session, case_ids: list[int]) -> dict[int, str]:
    from rehabmeet.models import Case

    rows = session.execute(select(Case.id, Case.case_ref).where(Case.id.in_(case_ids)))
    return {case_id: ref for case_id, ref in rows}


def _people(session: Session, case_ids: list[int]) -> dict[int, tuple[str, str]]:
    rows = session.execute(
        select(CaseVersion.case_id, CaseVersion.citizen_name, CaseVersion.citizen_cpr)
        .where(CaseVersion.case_id.in_(case_ids))
        .order_by(CaseVersion.version_no)
    )
    return {case_id: (name, cpr) for case_id, name, cpr in rows}
