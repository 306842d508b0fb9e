"""The window's first read: the meeting days and one day's agenda, straight through the DB-API.

SQLAlchemy's import and its first statement compilations cost several times a bare Qt window's
start (``benchmarks/startup.py``), so the main window's first paint reads the day with plain SQL
on a ``sqlcipher3`` connection and shows it while the ORM loads behind it. The rows are the very
ones :class:`~rehabmeet.services.meetings.MeetingService` returns (``list_meetings`` and
``agenda``; tested equal), and readiness is evaluated by the same rules code
(:func:`rehabmeet.bundles.readiness.evaluate`). Reads only: nothing here writes.

Only an up-to-date SQLCipher file is read this way (:func:`open_first_read` says ``None``
otherwise); every other case — a schema to upgrade or a newer one, PostgreSQL, a wrong key —
takes the usual path, with its messages.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, time
from pathlib import Path
from typing import Any

from rehabmeet.bundles.readiness import ReadinessFacts, evaluate, overall_state
from rehabmeet.meeting.plan import PlannedSlot, day_warnings, plan_slots
from rehabmeet.services.agenda_rows import Agenda, AgendaRow, MeetingRow
from rehabmeet.settings.codec import rules_from_json
from rehabmeet.settings.rules import Rules, default_rules
from rehabmeet.storage.revisions import VERSION_TABLE, head_revision

_MEETING_COLUMNS = """
    SELECT m.id, m.title, m.meeting_date, m.starts_at, m.location, leader.name, secretary.name,
           (SELECT count(*) FROM agenda_item AS a WHERE a.meeting_id = m.id), m.team_id
    FROM meeting AS m
    LEFT OUTER JOIN team_member AS leader ON leader.id = m.leader_id
    LEFT OUTER JOIN team_member AS secretary ON secretary.id = m.secretary_id
"""
_UPCOMING = (
    _MEETING_COLUMNS
    + """
    WHERE m.cancelled_at IS NULL AND m.meeting_date >= ? ORDER BY m.meeting_date, m.starts_at, m.id
"""
)
_PAST = (
    _MEETING_COLUMNS
    + """
    WHERE m.cancelled_at IS NULL AND m.meeting_date < ? ORDER BY m.meeting_date DESC, m.id DESC LIMIT ?
"""
)
_ONE_MEETING = _MEETING_COLUMNS + " WHERE m.id = ?"
_ITEMS = """
    SELECT id, position, planned_start, planned_minutes, case_id, status, postponed_reason
    FROM agenda_item WHERE meeting_id = ? ORDER BY position
"""
_NEWEST = """
    WITH newest AS (
        SELECT case_id, max(version_no) AS v FROM case_version
        WHERE case_id IN (SELECT case_id FROM agenda_item WHERE meeting_id = ?) GROUP BY case_id
    ), cv AS (
        SELECT case_version.* FROM case_version
        JOIN newest ON case_version.case_id = newest.case_id AND case_version.version_no = newest.v
    )
"""
_VERSIONS = (
    _NEWEST
    + """
    SELECT c.id, c.case_ref, cv.id, cv.case_type, cv.citizen_name, cv.citizen_birth_date,
           cv.citizen_has_vocational_qualification, cv.citizen_own_job_goal,
           cv.preparatory_part_signed_on, cv.citizen_consented_on
    FROM case_file AS c JOIN cv ON cv.case_id = c.id
"""
)
_DOCUMENTS = (
    _NEWEST
    + """
    SELECT d.case_version_id, d.kind, d.document_date, d.page_count, d.title, d.content_flags
    FROM document AS d JOIN cv ON cv.id = d.case_version_id ORDER BY d.case_version_id, d.position
"""
)
_SECTIONS = (
    _NEWEST
    + """
    SELECT s.case_version_id, s.section
    FROM summary_section AS s JOIN cv ON cv.id = s.case_version_id ORDER BY s.case_version_id, s.position
"""
)


def open_first_read(database: Path, key_hex: str) -> Any | None:
    """Return a read connection to the SQLCipher file ``database``, or ``None`` when it cannot be read
    this way (wrong key, not a database, schema other than this version's head): the caller then
    takes the usual path, which explains the problem."""
    import sqlcipher3

    if len(key_hex) != 64 or any(c not in "0123456789abcdef" for c in key_hex):
        return None
    try:
        connection = sqlcipher3.connect(str(database), timeout=10, check_same_thread=False)
    except sqlcipher3.Error:
        return None
    try:
        connection.execute(f"PRAGMA key=\"x'{key_hex}'\"")  # as SQLAlchemy's pysqlcipher dialect keys it
        connection.execute("PRAGMA query_only=ON")
        stamped = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    except sqlcipher3.Error:
        connection.close()
        return None
    if stamped != [(head_revision(),)]:
        connection.close()
        return None
    return connection


def list_meetings(connection: Any, today: date, past_limit: int) -> list[MeetingRow]:
    """:meth:`MeetingService.list_meetings` with ``past_limit``, as plain SQL."""
    upcoming = connection.execute(_UPCOMING, (today.isoformat(),)).fetchall()
    past = connection.execute(_PAST, (today.isoformat(), past_limit)).fetchall()
    return [_meeting(row) for row in (*upcoming, *past)]


def agenda(connection: Any, meeting_id: int) -> Agenda | None:
    """:meth:`MeetingService.agenda`, as plain SQL; ``None`` when there is no such meeting."""
    head = connection.execute(_ONE_MEETING, (meeting_id,)).fetchone()
    if head is None:
        return None
    meeting = _meeting(head)
    rules = _rules(connection, head[-1])
    items = [
        (item_id, position, _time(start), minutes, case_id, status, reason)
        for item_id, position, start, minutes, case_id, status, reason in connection.execute(_ITEMS, (meeting_id,))
    ]
    cases = _cases(connection, rules, meeting.meeting_date, meeting_id)
    rows = tuple(
        AgendaRow(
            item_id=item_id,
            position=position,
            planned_start=start,
            planned_end=PlannedSlot(start=start, minutes=minutes).end,
            planned_minutes=minutes,
            case_id=case_id,
            case_ref=cases[case_id][0],
            case_type=cases[case_id][1],
            citizen_name=cases[case_id][2],
            pages=cases[case_id][3],
            readiness=overall_state(cases[case_id][4]),
            findings=cases[case_id][4],
            status=status,
            postponed_reason=reason,
        )
        for item_id, position, start, minutes, case_id, status, reason in sorted(
            items, key=lambda i: (i[5] == "postponed", i[1])
        )
    )
    planned = [i for i in items if i[5] == "planned"]
    slots = plan_slots(meeting.starts_at, [i[3] for i in planned], rules.day.break_minutes_between_cases)
    warnings = day_warnings([cases[i[4]][1] for i in planned], slots, rules)
    return Agenda(meeting=meeting, rows=rows, warnings=warnings)


def _meeting(row: Any) -> MeetingRow:
    meeting_id, title, on, starts, location, leader, secretary, count = row[:8]
    return MeetingRow(meeting_id, title, date.fromisoformat(on), _time(starts), location, leader, secretary, count)


def _rules(connection: Any, team_id: int) -> Rules:
    """The team's rules (``settings.store.load_rules``)."""
    found = connection.execute("SELECT rules FROM team WHERE id = ?", (team_id,)).fetchone()
    return default_rules() if found is None or found[0] is None else rules_from_json(json.loads(found[0]))


def _cases(connection: Any, rules: Rules, on: date, meeting_id: int) -> dict[int, tuple[Any, ...]]:
    """Each agenda case's ref, type, name, pages and findings (``services.case_listing.listed_cases``)."""
    documents: dict[int, list[tuple[str, date, int]]] = defaultdict(list)
    flags: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for version_id, kind, on_day, pages, title, found in connection.execute(_DOCUMENTS, (meeting_id,)):
        documents[version_id].append((kind, date.fromisoformat(on_day), pages))
        flags[version_id].extend((title, flag) for flag in (found or "").split(",") if flag)
    sections: dict[int, list[str]] = defaultdict(list)
    for version_id, section in connection.execute(_SECTIONS, (meeting_id,)):
        sections[version_id].append(section)
    cases = {}
    for case_id, ref, version_id, case_type, name, born, qualified, goal, signed, consented in connection.execute(
        _VERSIONS, (meeting_id,)
    ):
        docs = documents.get(version_id, [])
        facts = ReadinessFacts(
            case_type=case_type,
            citizen_birth_date=date.fromisoformat(born),
            has_vocational_qualification=bool(qualified),
            own_job_goal=goal,
            preparatory_part_signed_on=date.fromisoformat(signed),
            citizen_consented_on=_date(consented),
            documents=tuple((kind, day) for kind, day, _pages in docs),
            summary_sections=tuple(sections.get(version_id, ())),
            document_flags=tuple(flags.get(version_id, ())),
        )
        pages = sum(pages for _kind, _day, pages in docs)
        cases[case_id] = (ref, case_type, name, pages, evaluate(facts, rules, on))
    return cases


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def _time(value: str) -> time:
    return time.fromisoformat(value)
