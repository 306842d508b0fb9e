"""The window's first read (plain SQL through the DB-API) shows the very day the services show."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text

from rehabmeet.context import build_context
from rehabmeet.services import first_read
from rehabmeet.services.agenda_rows import PAST_MEETINGS_SHOWN
from rehabmeet.storage.keys import load_or_create_key


def _both(home: Path):  # type: ignore[no-untyped-def]
    context = build_context(home=str(home), db=None, language="en", debug=False)
    services = context.services()
    path = context.target.sqlite_path
    assert path is not None
    return context, services, path


def test_the_first_read_lists_the_meeting_days_and_agendas_the_services_give(demo_home: Path) -> None:
    context, services, path = _both(demo_home)
    try:
        day = services.meetings.list_meetings(past_limit=PAST_MEETINGS_SHOWN)[0]
        first_item = services.meetings.agenda(day.meeting_id).rows[0]
        services.planning.postpone(day.meeting_id, first_item.item_id, "the citizen is ill")  # ordered last
        connection = first_read.open_first_read(path, load_or_create_key(path))
        assert connection is not None
        try:
            meetings = first_read.list_meetings(connection, date.today(), PAST_MEETINGS_SHOWN)
            assert meetings == services.meetings.list_meetings(past_limit=PAST_MEETINGS_SHOWN)
            for meeting in meetings:
                assert first_read.agenda(connection, meeting.meeting_id) == services.meetings.agenda(meeting.meeting_id)
            assert first_read.agenda(connection, 10**9) is None
        finally:
            connection.close()
        postponed = services.meetings.agenda(day.meeting_id).rows[-1]
        assert postponed.postponed and postponed.postponed_reason == "the citizen is ill"
    finally:
        context.close()


def test_a_schema_other_than_this_versions_is_left_to_the_usual_path(demo_home: Path) -> None:
    context, _services, path = _both(demo_home)
    key = load_or_create_key(path)
    try:
        with context.database().engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        context.close()
    assert first_read.open_first_read(path, key) is None  # the usual path refuses it, in its words
    assert first_read.open_first_read(path, "0" * 64) is None  # a wrong key: the usual path explains it
