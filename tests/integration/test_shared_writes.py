"""Several laptops writing one meeting at once: no lost update, no duplicated revision, one order.

Real separate processes (each its own engine and connection pool, like a second laptop) save the
same indstilling — some on fields of their own, some on the same field — against a real
PostgreSQL server and against the embedded SQLCipher file. ``REHABMEET_STRESS=8x200`` runs the
full size of issue 20's acceptance test; the default is smaller to fit the shared test machine.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from rehabmeet.demo.day import DemoService
from rehabmeet.models import Indstilling, LanePoint
from rehabmeet.paths import resolve_paths
from rehabmeet.services.attendance import AttendanceService
from rehabmeet.services.decisions import DecisionService
from rehabmeet.services.indstilling import IndstillingService, StaleDraftError
from rehabmeet.services.lanes import LaneService, StalePointError
from rehabmeet.services.meetings import MeetingService
from rehabmeet.storage.database import Database, open_database
from rehabmeet.storage.target import resolve_target
from tests.helpers.shared_writes import Ack, add_points, edit_point_many, save_many

OWN_FIELDS = ("job_goal", "citizen_view", "progression", "follow_up")


def _scale() -> tuple[int, int]:
    workers, saves = os.environ.get("REHABMEET_STRESS", "4x25").split("x")
    return int(workers), int(saves)


@pytest.fixture(params=["postgresql", "sqlite"])
def shared(
    request: pytest.FixtureRequest, tmp_path: Path, isolated_environment: Path
) -> Iterator[tuple[str, str | None]]:
    """(home, database URL or None for the SQLCipher file) with the demo day in it."""
    db = request.getfixturevalue("postgres_url") if request.param == "postgresql" else None
    database = open_database(resolve_target(resolve_paths(isolated_environment).ensure(), db))
    DemoService(database.sessions, actor="leader").create()
    database.close()
    yield str(isolated_environment), db


def _open(shared: tuple[str, str | None]) -> Database:
    home, db = shared
    return open_database(resolve_target(resolve_paths(Path(home)), db))


def _items(database: Database) -> list[int]:
    meetings = MeetingService(database.sessions, actor="test")
    (meeting,) = meetings.list_meetings()
    return [r.item_id for r in meetings.agenda(meeting.meeting_id).rows]


def _pool(size: int) -> multiprocessing.pool.Pool:
    return multiprocessing.get_context("spawn").Pool(size)


def test_many_laptops_saving_one_indstilling_lose_no_acknowledged_save(shared: tuple[str, str | None]) -> None:
    workers, saves = _scale()
    database = _open(shared)
    item = _items(database)[0]
    start = IndstillingService(database.sessions, actor="test").draft(item).revision
    # Half the laptops write a field of their own; the other half all write the same field.
    fields = [OWN_FIELDS[k % len(OWN_FIELDS)] if k % 2 == 0 else "prospects" for k in range(workers)]
    with _pool(workers) as pool, multiprocessing.get_context("spawn").Manager() as manager:
        barrier = manager.Barrier(workers)  # all start saving together
        jobs = [(shared[0], shared[1], item, f"laptop {k}", fields[k], saves, barrier) for k in range(workers)]
        results = pool.map(save_many, jobs)

    assert [e for r in results for e in r.errors] == []
    acks: list[Ack] = [a for r in results for a in r.acks]
    revisions = [a.revision for a in acks]
    assert len(acks) == workers * saves
    assert len(set(revisions)) == len(revisions), "a revision was handed to two saves"
    final = IndstillingService(database.sessions, actor="test").draft(item)
    assert final.revision == start + len(acks), "every acknowledged save is one step of the revision"
    for field in set(fields):
        last = max((a for a in acks if a.field == field), key=lambda a: a.revision)
        assert getattr(final.content, field) == last.value, f"the last acknowledged save of {field} was lost"
    for result in results:  # each laptop's own saves got increasing revisions
        own = [a.revision for a in result.acks]
        assert own == sorted(own)
    database.close()


def test_points_added_at_once_on_two_laptops_keep_one_order(shared: tuple[str, str | None]) -> None:
    saves = _scale()[1]
    database = _open(shared)
    item = _items(database)[0]
    lane = LaneService(database.sessions, actor="test").lanes(item).lanes[0].lane_id
    with _pool(2) as pool, multiprocessing.get_context("spawn").Manager() as manager:
        barrier = manager.Barrier(2)
        jobs = [(shared[0], shared[1], lane, f"laptop {k}", saves, barrier) for k in range(2)]
        errors = pool.map(add_points, jobs)
    assert errors == [[], []]
    with database.sessions.begin() as session:
        positions = list(session.scalars(select(LanePoint.position).where(LanePoint.lane_id == lane)))
    assert len(positions) == 2 * saves and len(set(positions)) == 2 * saves
    points = LaneService(database.sessions, actor="test").lanes(item).lanes[0].points
    for who in ("laptop 0", "laptop 1"):  # each laptop's points stay in the order it added them
        assert [p.text for p in points if p.author == who] == [f"{who} point {n}" for n in range(saves)]
    database.close()


def test_laptops_opening_a_never_opened_indstilling_at_once_share_one(shared: tuple[str, str | None]) -> None:
    laptops = [_open(shared) for _ in range(4)]
    items = _items(laptops[0])
    errors: list[str] = []
    barrier = threading.Barrier(len(laptops))

    def open_all(database: Database, who: str) -> None:
        service, lanes = IndstillingService(database.sessions, actor=who), LaneService(database.sessions, actor=who)
        for item in items:
            try:
                barrier.wait(30)
                service.draft(item)
                lanes.lanes(item)
            except Exception as exc:  # reported below
                errors.append(f"{who}: {type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=open_all, args=(db, f"laptop {k}")) for k, db in enumerate(laptops)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    with laptops[0].sessions.begin() as session:
        counts = dict(
            session.execute(select(Indstilling.agenda_item_id, func.count()).group_by(Indstilling.agenda_item_id)).all()
        )
    assert counts == {item: 1 for item in items}
    lane_sets = {item: LaneService(laptops[0].sessions, actor="t").lanes(item).lanes for item in items}
    for lanes in lane_sets.values():
        assert len({lane.discipline for lane in lanes if lane.discipline != "ad_hoc"}) == len(
            [lane for lane in lanes if lane.discipline != "ad_hoc"]
        ), "the lanes were created twice"
    for database in laptops:
        database.close()


def test_keeping_my_text_in_a_clash_never_wipes_the_other_persons_other_field(
    shared: tuple[str, str | None],
) -> None:
    database = _open(shared)
    item = _items(database)[0]
    hers, mine = (
        IndstillingService(database.sessions, actor="Jonas Bech"),
        IndstillingService(database.sessions, actor="me"),
    )
    base = mine.draft(item)
    her_view = hers.draft(item)
    hers.save(
        item,
        her_view.content.with_changes(citizen_view="Borgeren ønsker fleksjob.", job_goal="Lager"),
        expected_revision=her_view.revision,
        base=her_view.content,
    )
    typed = base.content.with_changes(job_goal="Butik", prospects="Gode")
    try:
        mine.save(item, typed, expected_revision=base.revision, base=base.content)
    except StaleDraftError as conflict:
        assert [(c.label, c.mine, c.theirs) for c in conflict.clashes] == [("Concrete job goal", "Butik", "Lager")]
        assert conflict.updated_by == "Jonas Bech"
        content, merge_base, expected = conflict.resolved(typed, base.content, keep_mine=["job_goal"])
    else:
        pytest.fail("the same field changed on both sides was saved without asking")
    saved = mine.save(item, content, expected_revision=expected, base=merge_base).content
    assert (saved.job_goal, saved.prospects, saved.citizen_view) == ("Butik", "Gode", "Borgeren ønsker fleksjob.")
    database.close()


def test_two_laptops_drafting_the_decision_keep_each_others_fields(shared: tuple[str, str | None]) -> None:
    from rehabmeet.services.decisions import StaleDecisionError

    database = _open(shared)
    item = _items(database)[0]
    indstilling = IndstillingService(database.sessions, actor="leader")
    view = indstilling.draft(item)
    indstilling.save(item, view.content.with_changes(outcome="fleksjob"), expected_revision=view.revision)
    indstilling.finalise(item, {i.rule_id: "test" for i in indstilling.draft(item).checklist if i.blocks})
    anna, jonas = (
        DecisionService(database.sessions, actor="Anna Holm"),
        DecisionService(database.sessions, actor="Jonas Bech"),
    )
    anna_base = anna.decision(item).draft
    jonas_base = jonas.decision(item).draft
    anna.save(item, replace(anna_base, reasons="Borgeren har en varigt nedsat arbejdsevne."), base=anna_base)
    saved = jonas.save(item, replace(jonas_base, facts="Lægeattest af 1.10."), base=jonas_base).draft
    assert (saved.reasons, saved.facts) == ("Borgeren har en varigt nedsat arbejdsevne.", "Lægeattest af 1.10.")
    with pytest.raises(StaleDecisionError, match=r"Jonas Bech changed the same field.*Facts relied on") as clash:
        anna.save(item, replace(anna_base, facts="Journal fra egen læge.", legal_basis="LAB § 116"), base=anna_base)
    stale = clash.value
    assert [(c.field, c.label, c.mine, c.theirs) for c in stale.clashes] == [
        ("facts", "Facts relied on", "Journal fra egen læge.", "Lægeattest af 1.10.")
    ]
    assert stale.updated_by == "Jonas Bech"
    assert (stale.merged.facts, stale.merged.legal_basis) == ("Lægeattest af 1.10.", "LAB § 116")
    assert anna.decision(item).draft.facts == "Lægeattest af 1.10."  # nothing overwritten
    mine = replace(anna_base, facts="Journal fra egen læge.", legal_basis="LAB § 116")
    draft, base = stale.resolved(mine, ["facts"])  # Anna keeps her facts
    kept = anna.save(item, draft, base=base).draft
    assert (kept.facts, kept.legal_basis, kept.reasons) == (
        "Journal fra egen læge.",
        "LAB § 116",
        "Borgeren har en varigt nedsat arbejdsevne.",
    )
    database.close()


def test_a_member_changes_only_their_own_disciplines_lane(shared: tuple[str, str | None]) -> None:
    from rehabmeet.errors import UserFacingError

    database = _open(shared)
    item = _items(database)[0]
    lanes = LaneService(database.sessions, actor="Morten Lund").lanes(item).lanes
    health = next(lane for lane in lanes if lane.discipline == "health")
    jobcenter = next(lane for lane in lanes if lane.discipline == "jobcenter")
    LaneService(database.sessions, actor="Morten Lund").add_point(health.lane_id, "Kan løfte 10 kg.")
    with pytest.raises(UserFacingError, match="Morten Lund may change only the health lane"):
        LaneService(database.sessions, actor="Morten Lund").add_point(jobcenter.lane_id, "Ikke min bane")
    LaneService(database.sessions, actor="Jonas Bech").add_point(jobcenter.lane_id, "Sekretæren skriver")  # secretary
    after = {
        lane.discipline: [p.text for p in lane.points]
        for lane in LaneService(database.sessions, actor="t").lanes(item).lanes
    }
    assert after["health"][-1] == "Kan løfte 10 kg." and after["jobcenter"][-1] == "Sekretæren skriver"
    database.close()


def test_the_same_point_edited_on_two_laptops_is_refused_with_both_texts(shared: tuple[str, str | None]) -> None:
    leader_db, secretary_db = _open(shared), _open(shared)
    item = _items(leader_db)[0]
    leader = LaneService(leader_db.sessions, actor="Helle Kragh")
    secretary = LaneService(secretary_db.sessions, actor="Jonas Bech")
    health = next(lane for lane in leader.lanes(item).lanes if lane.discipline == "health")
    leader.add_point(health.lane_id, "Kan gå 1 km.")
    leader.add_point(health.lane_id, "Sover dårligt.")
    first, second = next(lane for lane in secretary.lanes(item).lanes if lane.lane_id == health.lane_id).points
    # Both laptops show the same two points; each edits one of its own: both are kept.
    leader.edit_point(first.point_id, "Kan gå 2 km.", expected_revision=first.revision)
    secretary.edit_point(second.point_id, "Sover 5 timer.", expected_revision=second.revision)
    # The secretary now edits the first point from the copy she read before the leader's edit.
    with pytest.raises(StalePointError, match="Helle Kragh changed the same point") as stale:
        secretary.edit_point(first.point_id, "Kan gå 500 m.", expected_revision=first.revision)
    (clash,) = stale.value.clashes
    assert (clash.mine, clash.theirs, clash.label) == ("Kan gå 500 m.", "Kan gå 2 km.", "Point (Health area)")
    texts = [p.text for lane in leader.lanes(item).lanes if lane.lane_id == health.lane_id for p in lane.points]
    assert texts == ["Kan gå 2 km.", "Sover 5 timer."]  # nothing overwritten
    kept = secretary.edit_point(first.point_id, "Kan gå 500 m.", expected_revision=stale.value.revision)  # mine
    shown = [p for lane in kept.lanes if lane.lane_id == health.lane_id for p in lane.points]
    assert [(p.text, p.edited_by) for p in shown] == [("Kan gå 500 m.", "Jonas Bech"), ("Sover 5 timer.", "Jonas Bech")]
    leader_db.close()
    secretary_db.close()


def test_many_laptops_editing_one_lane_point_lose_no_acknowledged_edit(shared: tuple[str, str | None]) -> None:
    workers, edits = _scale()
    database = _open(shared)
    item = _items(database)[0]
    lanes = LaneService(database.sessions, actor="Helle Kragh")
    lane = next(lane for lane in lanes.lanes(item).lanes if lane.discipline == "health")
    after = lanes.add_point(lane.lane_id, "Kan gå 1 km.")
    point = next(lane_row for lane_row in after.lanes if lane_row.lane_id == lane.lane_id).points[-1]
    with _pool(workers) as pool, multiprocessing.get_context("spawn").Manager() as manager:
        barrier = manager.Barrier(workers)
        jobs = [
            (shared[0], shared[1], lane.lane_id, point.point_id, f"laptop {k}", edits, barrier) for k in range(workers)
        ]
        results = pool.map(edit_point_many, jobs)

    assert [e for r in results for e in r.errors] == []
    acks = [a for r in results for a in r.acks]
    assert len(acks) == workers * edits
    revisions = [a.revision for a in acks]
    assert len(set(revisions)) == len(revisions), "an edit revision was handed out twice"
    final = next(p for lane_row in lanes.lanes(item).lanes for p in lane_row.points if p.point_id == point.point_id)
    assert final.revision == point.revision + len(acks)  # every acknowledged edit counted once
    assert final.text == max(acks, key=lambda a: a.revision).value  # the last acknowledged edit stands
    if workers > 1:
        assert sum(r.clashes for r in results) > 0  # they did race (and were asked, not overwritten)
    print(f"{len(acks)} acknowledged point edits, {sum(r.clashes for r in results)} refused as stale")  # -rP
    database.close()


@dataclass(frozen=True)
class _Case:
    item: int
    rows: list[int]
    lane: int
    rounds: int = 15


def _attendance(db: Database, case: _Case) -> None:
    service = AttendanceService(db.sessions, actor="Helle Kragh")
    for n in range(case.rounds):
        service.update(case.item, case.rows[n % len(case.rows)], present=n % 2 == 0)


def _points(db: Database, case: _Case) -> None:
    service = LaneService(db.sessions, actor="Jonas Bech")
    for n in range(case.rounds):
        service.add_point(case.lane, f"punkt {n}")


def _indstilling(db: Database, case: _Case) -> None:
    service = IndstillingService(db.sessions, actor="Jonas Bech")
    for n in range(case.rounds):
        current = service.draft(case.item)
        service.save(
            case.item, current.content.with_changes(prospects=f"udkast {n}"), expected_revision=current.revision
        )


def _notes(db: Database, case: _Case) -> None:
    service = AttendanceService(db.sessions, actor="Helle Kragh")
    for n in range(case.rounds):
        service.save_note(case.item, f"noter {n}")


def _finalise_and_decide(db: Database, case: _Case) -> None:
    service = IndstillingService(db.sessions, actor="Helle Kragh")
    decisions = DecisionService(db.sessions, actor="Helle Kragh")
    for n in range(3):
        checklist = service.draft(case.item).checklist
        service.finalise(case.item, {i.rule_id: "test" for i in checklist if i.blocks})
        base = decisions.decision(case.item).draft
        decisions.save(case.item, replace(base, reasons=f"begrundelse {n}"), base=base)
        service.reopen(case.item, f"runde {n}")


def test_every_kind_of_write_at_once_on_one_case_ends_without_an_error(shared: tuple[str, str | None]) -> None:
    works = (_attendance, _points, _indstilling, _notes, _finalise_and_decide)
    laptops = [_open(shared) for _ in works]
    item = _items(laptops[0])[0]
    setup = IndstillingService(laptops[0].sessions, actor="leader")
    view = setup.draft(item)
    setup.save(item, view.content.with_changes(outcome="fleksjob"), expected_revision=view.revision)
    rows = [r.row_id for r in AttendanceService(laptops[0].sessions, actor="t").attendance(item).rows]
    lane = LaneService(laptops[0].sessions, actor="t").lanes(item).lanes[0].lane_id
    case = _Case(item, rows, lane)
    errors: list[str] = []
    barrier = threading.Barrier(len(laptops))

    def run(work: Callable[[Database, _Case], None], db: Database) -> None:
        try:
            barrier.wait(30)
            work(db, case)
        except Exception as exc:  # reported below
            errors.append(f"{work.__name__}: {type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=run, args=(w, db)) for w, db in zip(works, laptops, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(180)
    # The indstilling writer may meet a finalised indstilling (refused with a clear message); nothing else.
    assert [e for e in errors if "finalised; reopen it" not in e] == []
    assert AttendanceService(laptops[0].sessions, actor="t").note(item).startswith("noter ")
    for database in laptops:
        database.close()


def test_start_pressed_on_two_laptops_at_once_starts_the_timer_once(shared: tuple[str, str | None]) -> None:
    from rehabmeet.errors import UserFacingError
    from rehabmeet.meeting.clock import FakeClock
    from rehabmeet.meeting.timer import TimerCommand
    from rehabmeet.models import Event
    from rehabmeet.services.meeting_run import MeetingRunService

    laptops = [_open(shared) for _ in range(4)]
    meetings = MeetingService(laptops[0].sessions, actor="t")
    (meeting,) = meetings.list_meetings()
    item = meetings.agenda(meeting.meeting_id).rows[0].item_id
    clock = FakeClock()
    barrier = threading.Barrier(len(laptops))
    outcomes: list[str] = []

    def press(db: Database) -> None:
        service = MeetingRunService(db.sessions, actor="Helle Kragh", clock=clock)
        barrier.wait(30)
        try:
            service.command(meeting.meeting_id, item, TimerCommand.START, override_reason="test")
            outcomes.append("started")
        except UserFacingError:
            outcomes.append("refused")
        except Exception as exc:  # reported below
            outcomes.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=press, args=(db,)) for db in laptops]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(outcomes) == ["refused", "refused", "refused", "started"]
    with laptops[0].sessions.begin() as session:
        starts = session.scalar(select(func.count()).select_from(Event).where(Event.action == "timer.start"))
    assert starts == 1
    for database in laptops:
        database.close()


def test_running_notes_typed_on_two_laptops_keep_both(shared: tuple[str, str | None]) -> None:
    from rehabmeet.services.attendance import merge_notes

    database = _open(shared)
    item = _items(database)[0]
    leader, secretary = (
        AttendanceService(database.sessions, actor="Helle Kragh"),
        AttendanceService(database.sessions, actor="Jonas Bech"),
    )
    assert leader.save_note(item, "Borgeren kom kl. 9.", base="") == "Borgeren kom kl. 9."
    base = "Borgeren kom kl. 9."
    secretary.save_note(item, base + "\nMentor nævnt.", base=base)
    merged = leader.save_note(item, base + "\nHar ondt i ryggen.", base=base)
    assert merged == "Borgeren kom kl. 9.\nMentor nævnt.\nHar ondt i ryggen."
    assert leader.note(item) == merged
    assert merge_notes("a\nb", "a\nB", "a\nb\nc") == "a\nB\nc"  # not both at the end: theirs, then my new lines
    database.close()
