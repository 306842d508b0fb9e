"""The indstilling service: finalising is blocked by unmet law points unless each has a logged reason;
autosave never loses an update; finalised versions are locked; lanes per discipline."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from rehabmeet.recommendation.content import IndstillingContent
from rehabmeet.services.attendance import AttendanceService
from rehabmeet.services.indstilling import FinaliseBlocked, IndstillingService, StaleDraftError
from rehabmeet.services.lanes import LaneService
from rehabmeet.services.meetings import MeetingService
from rehabmeet.storage.database import Database
from tests.helpers.db import open_home_database
from tests.helpers.indstilling import COMPLETE_FLEKSJOB


@pytest.fixture
def database(demo_home: Path) -> Iterator[Database]:
    db = open_home_database(demo_home)
    yield db
    db.close()


@pytest.fixture
def fleksjob_item(database: Database) -> int:
    """The demo's first fleksjob case, with its attendance recorded as in the meeting (B1)."""
    (meeting,) = MeetingService(database.sessions, actor="t").list_meetings()
    agenda = MeetingService(database.sessions, actor="t").agenda(meeting.meeting_id)
    item_id = next(r.item_id for r in agenda.rows if r.case_ref == "DEMO-2026-003")
    AttendanceService(database.sessions, actor="leader").attendance(item_id)
    return item_id


def test_a_fleksjob_indstilling_missing_c1_to_c6_cannot_be_finalised_without_reasons(
    database: Database, fleksjob_item: int
) -> None:
    service = IndstillingService(database.sessions, actor="secretary")
    draft = service.draft(fleksjob_item)
    service.save(
        fleksjob_item,
        IndstillingContent(outcome="fleksjob", citizen_view="Vil gerne i fleksjob."),
        expected_revision=draft.revision,
    )
    with pytest.raises(FinaliseBlocked) as blocked:
        service.finalise(fleksjob_item)
    missing = {item.rule_id for item in blocked.value.missing}
    assert {"C1", "C2", "C3", "C4", "C6", "§9", "§11-3"} <= missing
    assert "C13" not in missing  # good practice warns, it does not block
    with pytest.raises(FinaliseBlocked):
        service.finalise(fleksjob_item, {rule: "Teamet tager stilling senere" for rule in missing - {"C2"}})
    assert service.draft(fleksjob_item).status == "draft"
    reasons = {rule: f"Begrundelse for {rule}" for rule in missing}
    final = service.finalise(fleksjob_item, reasons)
    assert final.final and final.version == 1 and final.overrides == reasons
    with database.engine.connect() as connection:
        details = json.loads(
            connection.execute(
                text("SELECT details FROM event_log WHERE action = 'indstilling.finalised'")
            ).scalar_one()
        )
    assert details["overrides"] == reasons and details["outcome"] == "fleksjob"


def test_a_complete_fleksjob_indstilling_finalises_without_overrides(database: Database, fleksjob_item: int) -> None:
    service = IndstillingService(database.sessions, actor="secretary")
    service.save(fleksjob_item, COMPLETE_FLEKSJOB, expected_revision=service.draft(fleksjob_item).revision)
    final = service.finalise(fleksjob_item)
    assert final.final and final.overrides == {}
    assert [i.rule_id for i in final.checklist if i.blocks] == []


def test_finalised_is_locked_and_a_change_needs_a_reopening_with_a_reason(
    database: Database, fleksjob_item: int
) -> None:
    service = IndstillingService(database.sessions, actor="secretary")
    service.save(fleksjob_item, COMPLETE_FLEKSJOB, expected_revision=0)
    final = service.finalise(fleksjob_item)
    with pytest.raises(Exception, match="finalised; reopen it with a reason"):
        service.save(fleksjob_item, COMPLETE_FLEKSJOB.with_changes(job_goal="Andet"), expected_revision=final.revision)
    with pytest.raises(Exception, match="say why"):
        service.reopen(fleksjob_item, " ")
    reopened = service.reopen(fleksjob_item, "Borgeren har fået nyt jobtilbud")
    changed = service.save(
        fleksjob_item, COMPLETE_FLEKSJOB.with_changes(job_goal="Lagerarbejde"), expected_revision=reopened.revision
    )
    second = service.finalise(fleksjob_item)
    assert second.version == 2 and changed.content.job_goal == "Lagerarbejde"
    kinds = [(h.kind, h.version, h.reason) for h in service.history(fleksjob_item)]
    assert ("reopened", 1, "Borgeren har fået nyt jobtilbud") in kinds and ("finalised", 2, None) in kinds
    first_final = next(h for h in service.history(fleksjob_item) if h.kind == "finalised")
    assert first_final.content.job_goal == COMPLETE_FLEKSJOB.job_goal


def test_a_save_from_an_older_copy_is_refused_not_lost(database: Database, fleksjob_item: int) -> None:
    leader = IndstillingService(database.sessions, actor="leader")
    secretary = IndstillingService(database.sessions, actor="secretary")
    start = leader.draft(fleksjob_item).revision
    secretary.save(fleksjob_item, COMPLETE_FLEKSJOB, expected_revision=start)
    with pytest.raises(StaleDraftError, match="secretary saved the indstilling meanwhile"):
        leader.save(fleksjob_item, IndstillingContent(outcome="ressourceforloeb"), expected_revision=start)
    assert leader.draft(fleksjob_item).content == COMPLETE_FLEKSJOB


def test_outcomes_come_from_the_case_type_and_the_caseworker_is_shown(database: Database, fleksjob_item: int) -> None:
    draft = IndstillingService(database.sessions, actor="s").draft(fleksjob_item)
    assert "fleksjob" in draft.outcomes and "jobafklaringsforloeb" not in draft.outcomes
    assert draft.caseworker.text and draft.caseworker.named_outcome == "fleksjob"


def test_lanes_follow_the_required_disciplines_and_record_heard(database: Database, fleksjob_item: int) -> None:
    lanes = LaneService(database.sessions, actor="secretary")
    created = lanes.lanes(fleksjob_item)
    assert [lane.discipline for lane in created.lanes] == ["jobcenter", "social", "health", "health_coordinator"]
    assert all(lane.name for lane in created.lanes) and len(created.not_heard) == 4
    social = created.lanes[1]
    after = lanes.add_point(social.lane_id, "Borgeren har god støtte fra familien")
    after = lanes.set_heard(social.lane_id, True, speaking_seconds=95)
    row = after.lanes[1]
    assert row.heard and row.speaking_seconds == 95 and row.points[0].text == "Borgeren har god støtte fra familien"
    assert [lane.discipline for lane in after.not_heard] == ["jobcenter", "health", "health_coordinator"]
    assert lanes.lanes(fleksjob_item) == after


def test_the_young_citizens_case_gets_an_education_lane(database: Database) -> None:
    (meeting,) = MeetingService(database.sessions, actor="t").list_meetings()
    agenda = MeetingService(database.sessions, actor="t").agenda(meeting.meeting_id)
    young = next(r.item_id for r in agenda.rows if r.case_ref == "DEMO-2026-002")
    assert "education" in [lane.discipline for lane in LaneService(database.sessions, actor="s").lanes(young).lanes]


def test_removing_a_point_and_undoing_it_keeps_the_lane_in_order(database: Database, fleksjob_item: int) -> None:
    """Positions are unique per lane: removing the first point and putting it back renumbers the others."""
    lanes = LaneService(database.sessions, actor="secretary")
    social = lanes.lanes(fleksjob_item).lanes[1]
    for text_ in ("første", "anden", "tredje"):
        after = lanes.add_point(social.lane_id, text_)
    first = after.lanes[1].points[0]
    after = lanes.remove_point(first.point_id)
    assert [p.text for p in after.lanes[1].points] == ["anden", "tredje"]
    after = lanes.add_point(social.lane_id, "første", position=0, point_id=first.point_id)
    assert (after.lanes[1].points[0].point_id, after.lanes[1].points[0].text) == (first.point_id, "første")
    assert [p.text for p in lanes.lanes(fleksjob_item).lanes[1].points] == ["første", "anden", "tredje"]
    after = lanes.move_point(after.lanes[1].points[2].point_id, 0)
    assert [p.text for p in after.lanes[1].points] == ["tredje", "første", "anden"]


def test_an_outcome_the_case_type_does_not_have_is_never_finalised(database: Database, fleksjob_item: int) -> None:
    """Overrides excuse missing law points, not a recommendation the law does not know ("nonsense")."""
    from dataclasses import replace

    from rehabmeet.errors import UserFacingError

    service = IndstillingService(database.sessions, actor="secretary")
    content = replace(COMPLETE_FLEKSJOB, outcome="nonsense")
    service.save(fleksjob_item, content, expected_revision=service.draft(fleksjob_item).revision)
    everything = {item.rule_id: "teamets begrundelse" for item in service.draft(fleksjob_item).checklist}
    with pytest.raises(UserFacingError, match="'nonsense' is not an outcome the team can recommend"):
        service.finalise(fleksjob_item, everything)
    assert service.draft(fleksjob_item).status != "final"


@pytest.mark.parametrize("hours", [50, -3, 38])
def test_hours_no_week_has_are_refused_whatever_the_overrides(
    database: Database, fleksjob_item: int, hours: int
) -> None:
    """C10 is a practice point a reason can override; 50 or −3 hours a week is simply wrong (issue 17)."""
    from dataclasses import replace

    from rehabmeet.errors import UserFacingError

    service = IndstillingService(database.sessions, actor="secretary")
    content = replace(COMPLETE_FLEKSJOB, hours_per_week=hours)
    service.save(fleksjob_item, content, expected_revision=service.draft(fleksjob_item).revision)
    everything = {item.rule_id: "teamets begrundelse" for item in service.draft(fleksjob_item).checklist}
    with pytest.raises(UserFacingError, match=rf"^{hours} hours a week is not possible: .* between 0 and 37 hours"):
        service.finalise(fleksjob_item, everything)
    assert service.draft(fleksjob_item).status != "final"


def test_hours_a_week_refusal_is_one_danish_sentence_under_lang_da(
    database: Database, fleksjob_item: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dataclasses import replace

    from rehabmeet.cli import main
    from rehabmeet.recommendation.content import content_to_json

    service = IndstillingService(database.sessions, actor="secretary")
    content = replace(COMPLETE_FLEKSJOB, hours_per_week=50)
    service.save(fleksjob_item, content, expected_revision=service.draft(fleksjob_item).revision)
    assert content_to_json(content)["hours_per_week"] == 50
    assert main(["--lang", "da", "indstilling", "finalise", "DEMO-2026-003"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "50 timer om ugen er ikke muligt" in error
