"""Property tests: damaged or hostile packs never raise anything but a clear refusal, never half-write,
and never write a file outside RehabMeet's data folder.

``REHABMEET_FUZZ_EXAMPLES`` sets the number of examples (CI default 150; the nightly-size run uses more).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from rehabmeet.errors import UserFacingError
from rehabmeet.paths import resolve_paths
from rehabmeet.services.lanes import LaneService
from rehabmeet.services.meetings import MeetingService
from rehabmeet.services.note_merge import NoteMergeService
from rehabmeet.services.packs import AgendaPackService
from rehabmeet.services.preparation import Anchor, PreparationService
from rehabmeet.services.registry import build_services
from rehabmeet.storage.database import Database, open_database
from rehabmeet.storage.target import resolve_target
from rehabmeet.sync.container import read_header, seal, unseal
from tests.helpers.bundles import dump_rows
from tests.helpers.db import open_home_database

EXAMPLES = int(os.environ.get("REHABMEET_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))


@dataclass
class Setting:
    leader: Database
    member: Database
    agenda: bytes
    notes: bytes
    passphrase: str
    pack_id: str
    scratch: Path


_CACHE: dict[Path, Setting] = {}


@pytest.fixture(autouse=True)
def _close_databases() -> Iterator[None]:
    """The databases a test's examples share are closed when the test ends."""
    yield
    for setting in _CACHE.values():
        setting.leader.close()
        setting.member.close()
    _CACHE.clear()


def _setting(home: Path) -> Setting:
    """One leader database with issued packs, one member database, a valid agenda and notes pack (once per test)."""
    if home in _CACHE:
        return _CACHE[home]
    leader = open_home_database(home)
    services = build_services(leader, actor="leader", certificates_dir=home / "certs")
    (meeting,) = MeetingService(leader.sessions, actor="leader").list_meetings()
    pack = next(
        p
        for p in AgendaPackService(leader.sessions, services.meeting_sets, actor="leader").export(
            meeting.meeting_id, home / "packs", member_ids=None
        )
        if p.member_name == "Morten Lund"
    )
    member = open_database(resolve_target(resolve_paths(home / "member").ensure()))
    prep = PreparationService(member.sessions, actor="member")
    case = prep.open_pack(pack.path, pack.passphrase).cases[2]
    prep.add(case.id, "point", "Et punkt", shared=True)
    prep.add(case.id, "page_note", "På siden", Anchor(1, 0.5, 0.5), shared=True)
    prep.export_notes(pack.pack_id, home / "notes.rmpack")
    setting = Setting(
        leader,
        member,
        pack.path.read_bytes(),
        (home / "notes.rmpack").read_bytes(),
        pack.passphrase,
        pack.pack_id,
        home / "fuzz",
    )
    setting.scratch.mkdir()
    _CACHE[home] = setting
    return setting


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


def _mutate_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    action = draw(st.sampled_from(["flip", "truncate", "garbage", "splice"]))
    if action == "flip":
        mutable = bytearray(data)
        for _ in range(draw(st.integers(1, 6))):
            mutable[draw(st.integers(0, len(mutable) - 1))] ^= draw(st.integers(1, 255))
        return bytes(mutable)
    if action == "truncate":
        return data[: draw(st.integers(0, len(data) - 1))]
    if action == "garbage":
        return draw(st.binary(max_size=400))
    cut = draw(st.integers(0, len(data)))
    return data[:cut] + draw(st.binary(max_size=40)) + data[cut:]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)


@st.composite
def resealed_notes(draw: st.DrawFn, plain: dict[str, Any]) -> dict[str, Any]:
    """The notes payload with fields changed, removed or replaced (authentic: sealed with the right passphrase)."""
    data = json.loads(json.dumps(plain))
    for _ in range(draw(st.integers(1, 3))):
        target = draw(st.sampled_from(["top", "note"]))
        notes = data.get("notes")
        holder = draw(st.sampled_from(notes)) if target == "note" and isinstance(notes, list) and notes else data
        if not isinstance(holder, dict) or not holder:
            continue
        key = draw(st.sampled_from(sorted(holder)))
        if draw(st.booleans()):
            holder.pop(key)
        else:
            holder[key] = draw(json_values)
    return data


@FUZZ
@given(data=st.data())
def test_damaged_agenda_packs_are_refused_cleanly(demo_home: Path, data: st.DataObject) -> None:
    setting = _setting(demo_home)
    damaged = data.draw(st.composite(lambda draw: _mutate_bytes(draw, setting.agenda))())
    path = setting.scratch / "agenda.rmpack"
    path.write_bytes(damaged)
    before, files = dump_rows(setting.member.engine), _files(demo_home.parent) - {path}
    try:
        PreparationService(setting.member.sessions, actor="m").open_pack(path, setting.passphrase)
        event("opened")
    except UserFacingError as exc:
        event(type(exc).__name__)
        assert "\n" not in str(exc)
        assert dump_rows(setting.member.engine) == before
    assert _files(demo_home.parent) - {path} <= files | _files(demo_home / "member" / "data")  # only its own folder


@FUZZ
@given(data=st.data())
def test_damaged_and_hostile_note_packs_never_half_merge(demo_home: Path, data: st.DataObject) -> None:
    setting = _setting(demo_home)
    _header, payload = unseal(setting.notes, setting.passphrase)
    if data.draw(st.booleans()):
        damaged = data.draw(st.composite(lambda draw: _mutate_bytes(draw, setting.notes))())
    else:  # authentic but malformed contents: the parser and the merge must refuse them
        changed = data.draw(resealed_notes(json.loads(payload)))
        header = read_header(setting.notes)
        damaged = seal(
            json.dumps(changed).encode(),
            setting.passphrase,
            kind="annotations",
            pack_id=setting.pack_id,
            created=header.created,
            sender=header.sender,
        )
    path = setting.scratch / "notes.rmpack"
    path.write_bytes(damaged)
    before, files = dump_rows(setting.leader.engine), _files(demo_home.parent) - {path}
    merge = NoteMergeService(setting.leader.sessions, LaneService(setting.leader.sessions, actor="l"), actor="l")
    try:
        result = merge.import_pack(path)
        event("merged" if not result.already_imported else "already imported")
    except UserFacingError as exc:
        event(type(exc).__name__)
        assert "\n" not in str(exc)
        changed_tables = {t for t, rows in dump_rows(setting.leader.engine).items() if rows != before.get(t)}
        assert changed_tables <= {"input_lane"}, changed_tables  # lanes may be created up front; no notes land
    assert _files(demo_home.parent) - {path} <= files | _files(demo_home / "data")  # nothing beyond the database


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(damage=st.data())
def test_any_change_to_a_sealed_pack_is_refused_with_a_pack_error(damage: st.DataObject) -> None:
    from rehabmeet.sync.container import PackError

    sealed = seal(b"payload " * 100, "AAAA-BBBB", kind="agenda", pack_id="p1", created="2026-11-26", sender="Team")
    damaged = damage.draw(st.composite(lambda draw: _mutate_bytes(draw, sealed))())
    try:
        _header, payload = unseal(damaged, "AAAA-BBBB")
    except PackError:
        return
    assert damaged == sealed and payload == b"payload " * 100  # only an unchanged file opens
