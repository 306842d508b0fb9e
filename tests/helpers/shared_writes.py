"""Worker processes for the shared-database stress tests: several "laptops" saving at once.

Each worker opens its own engine (its own connection pool, its own process) on the same database,
like a second laptop does, and reports every save the database acknowledged, so the test can
check that none was lost and no revision was handed out twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rehabmeet.paths import resolve_paths
from rehabmeet.services.indstilling import IndstillingService, StaleDraftError
from rehabmeet.services.lanes import Lanes, LaneService, PointRow, StalePointError
from rehabmeet.storage.database import Database, open_database
from rehabmeet.storage.target import resolve_target

# Laptops writing the same field keep clashing while they all hammer it; each retry is a real clash
# (someone else saved that field in between), so the bound only guards against a hang.
MAX_ATTEMPTS = 2000


@dataclass(frozen=True)
class Ack:
    """One acknowledged save: the revision it got and the value it wrote to its field."""

    who: str
    field: str
    revision: int
    value: str


@dataclass(frozen=True)
class WorkerResult:
    acks: list[Ack]
    clashes: int
    errors: list[str]


def _open(home: str, db: str | None) -> Database:
    return open_database(resolve_target(resolve_paths(Path(home)), db), upgrade=False, create=False)


def save_many(job: tuple[str, str | None, int, str, str, int, Any]) -> WorkerResult:
    """Save ``field`` of item ``item_id`` ``count`` times as ``who``, the way the editor does:
    from its last view, with that view as the merge base; a clash on the same field is resolved
    keeping mine (the other fields stay theirs)."""
    home, db, item_id, who, field, count, barrier = job
    database = _open(home, db)
    service = IndstillingService(database.sessions, actor=who)
    acks: list[Ack] = []
    errors: list[str] = []
    clashes = 0
    try:
        view = service.draft(item_id)
        barrier.wait(60)
        for n in range(count):
            value = f"{who} {n}"
            mine = view.content.with_changes(**{field: value})
            content, base, expected = mine, view.content, view.revision
            for _attempt in range(MAX_ATTEMPTS):
                try:
                    view = service.save(item_id, content, expected_revision=expected, base=base)
                    break
                except StaleDraftError as conflict:
                    clashes += 1
                    content, base, expected = conflict.resolved(mine, view.content, keep_mine=[field])
            else:
                errors.append(f"{who}: save {n} never got through in {MAX_ATTEMPTS} attempts")
                continue
            if getattr(view.content, field) != value:
                errors.append(f"{who}: save {n} acknowledged but returned {getattr(view.content, field)!r}")
            acks.append(Ack(who, field, view.revision, value))
    except Exception as exc:  # reported to the test, which fails naming it
        errors.append(f"{who}: {type(exc).__name__}: {exc}")
    finally:
        database.close()
    return WorkerResult(acks, clashes, errors)


def add_points(job: tuple[str, str | None, int, str, int, Any]) -> list[str]:
    """Add ``count`` points to lane ``lane_id`` as ``who``; return the error messages (none expected)."""
    home, db, lane_id, who, count, barrier = job
    database = _open(home, db)
    lanes = LaneService(database.sessions, actor=who)
    errors: list[str] = []
    try:
        barrier.wait(60)
        for n in range(count):
            lanes.add_point(lane_id, f"{who} point {n}")
    except Exception as exc:
        errors.append(f"{who}: {type(exc).__name__}: {exc}")
    finally:
        database.close()
    return errors


def edit_point_many(job: tuple[str, str | None, int, int, str, int, Any]) -> WorkerResult:
    """Edit one lane point ``count`` times as ``who``, the way the lanes view does: from the revision it
    last showed; when someone else edited the point meanwhile, keep mine (the dialog's "keep mine")."""
    home, db, lane_id, point_id, who, count, barrier = job
    database = _open(home, db)
    lanes = LaneService(database.sessions, actor=who)
    acks: list[Ack] = []
    errors: list[str] = []
    clashes = 0
    try:
        item_id = _item_of_lane(database, lane_id)
        revision = _point_row(lanes.lanes(item_id), point_id).revision
        barrier.wait(60)
        for n in range(count):
            value = f"{who} {n}"
            for _attempt in range(MAX_ATTEMPTS):
                try:
                    shown = lanes.edit_point(point_id, value, expected_revision=revision)
                    break
                except StalePointError as stale:
                    clashes += 1
                    revision = stale.revision
            else:
                errors.append(f"{who}: edit {n} never got through in {MAX_ATTEMPTS} attempts")
                continue
            point = _point_row(shown, point_id)
            if point.text != value:
                errors.append(f"{who}: edit {n} acknowledged but returned {point.text!r}")
            revision = point.revision
            acks.append(Ack(who, "point", point.revision, value))
    except Exception as exc:  # reported to the test, which fails naming it
        errors.append(f"{who}: {type(exc).__name__}: {exc}")
    finally:
        database.close()
    return WorkerResult(acks, clashes, errors)


def _item_of_lane(database: Database, lane_id: int) -> int:
    from rehabmeet.models import InputLane

    with database.sessions.begin() as session:
        lane = session.get(InputLane, lane_id)
        assert lane is not None
        return lane.agenda_item_id


def _point_row(lanes: Lanes, point_id: int) -> PointRow:
    return next(p for lane in lanes.lanes for p in lane.points if p.point_id == point_id)
