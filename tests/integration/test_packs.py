"""Offline preparation, leader → member → leader: private notes stay home, shared ones reach the
lanes, a note edited on both laptops becomes a conflict shown side by side, and bad packs change nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from rehabmeet.errors import UserFacingError
from rehabmeet.paths import resolve_paths
from rehabmeet.services.lanes import LaneService
from rehabmeet.services.meetings import MeetingService
from rehabmeet.services.note_merge import NoteMergeService
from rehabmeet.services.packs import AgendaPackService, WrittenPack
from rehabmeet.services.preparation import Anchor, PreparationService
from rehabmeet.services.registry import build_services
from rehabmeet.storage.database import Database, open_database
from rehabmeet.storage.target import resolve_target
from tests.helpers.db import open_home_database


@dataclass
class Laptops:
    leader: Database
    member: Database
    packs: tuple[WrittenPack, ...]
    meeting_id: int

    def pack_of(self, name: str) -> WrittenPack:
        return next(p for p in self.packs if p.member_name == name)


@pytest.fixture
def laptops(demo_home: Path, tmp_path: Path) -> Iterator[Laptops]:
    leader = open_home_database(demo_home)
    services = build_services(leader, actor="leader", certificates_dir=tmp_path / "certs")
    (meeting,) = MeetingService(leader.sessions, actor="leader").list_meetings()
    packs = AgendaPackService(leader.sessions, services.meeting_sets, actor="leader").export(
        meeting.meeting_id, tmp_path / "out"
    )
    member = open_database(resolve_target(resolve_paths(tmp_path / "member-laptop").ensure()))
    yield Laptops(leader, member, packs, meeting.meeting_id)
    member.close()
    leader.close()


def _lane_texts(laptops: Laptops, member: str) -> dict[str, list[str]]:
    lanes = LaneService(laptops.leader.sessions, actor="leader")
    agenda = MeetingService(laptops.leader.sessions, actor="leader").agenda(laptops.meeting_id)
    texts: dict[str, list[str]] = {}
    for row in agenda.rows:
        for lane in lanes.lanes(row.item_id).lanes:
            if lane.name == member:
                texts[row.case_ref] = [p.text for p in lane.points]
    return texts


def test_one_pack_per_invited_member_and_medical_documents_only_for_those_who_may_read_them(laptops: Laptops) -> None:
    names = {p.member_name for p in laptops.packs}
    assert {"Morten Lund", "Sofie Krog", "Dr. Anne Vestergaard"} <= names
    assert len({p.passphrase for p in laptops.packs}) == len(laptops.packs)  # one secret per member
    health, education = laptops.pack_of("Morten Lund"), laptops.pack_of("Sofie Krog")
    assert education.pages < health.pages and health.cases == education.cases == 7


def test_the_round_trip_loses_no_note_and_shows_the_conflict(laptops: Laptops, tmp_path: Path) -> None:
    pack = laptops.pack_of("Morten Lund")
    member = PreparationService(laptops.member.sessions, actor="Morten Lund")
    opened = member.open_pack(pack.path, pack.passphrase)
    assert member.open_pack(pack.path, pack.passphrase) == opened  # opening twice adds nothing
    case = next(c for c in opened.cases if c.case_ref == "DEMO-2026-003")
    member.add(case.id, "note", "Kun til mig selv: husk at læse journalen")  # private
    point = member.add(case.id, "point", "Spørg til smerter ved løft", shared=True)
    page_note = member.add(case.id, "page_note", "Uklart om 12 timer", Anchor(page=3, x=0.4, y=0.5), shared=True)
    highlight = member.add(case.id, "highlight", "", Anchor(3, 0.1, 0.2, 0.5, 0.05), shared=True)
    first = tmp_path / "noter-1.rmpack"
    assert member.export_notes(pack.pack_id, first) == 3

    merge = NoteMergeService(
        laptops.leader.sessions, LaneService(laptops.leader.sessions, actor="leader"), actor="leader"
    )
    result = merge.import_pack(first)
    assert (result.added, result.conflicts) == (3, 0)
    lane = _lane_texts(laptops, "Morten Lund")["DEMO-2026-003"]
    assert "Spørg til smerter ved løft" in lane and "s. 3: Uklart om 12 timer" in lane and "s. 3 (markering)" in lane
    assert not any(
        "Kun til mig selv" in text for texts in _lane_texts(laptops, "Morten Lund").values() for text in texts
    )
    assert merge.import_pack(first).already_imported
    assert _lane_texts(laptops, "Morten Lund")["DEMO-2026-003"] == lane

    # Both laptops edit the same point; the member also edits a page note and deletes the highlight.
    lanes = LaneService(laptops.leader.sessions, actor="leader")
    agenda = MeetingService(laptops.leader.sessions, actor="leader").agenda(laptops.meeting_id)
    item = next(r.item_id for r in agenda.rows if r.case_ref == "DEMO-2026-003")
    leader_point = next(
        p for lane_row in lanes.lanes(item).lanes for p in lane_row.points if p.text == "Spørg til smerter ved løft"
    )
    lanes.edit_point(leader_point.point_id, "Spørg til smerter ved løft og ved lange gåture")
    member.edit(point.id, "Spørg til smerter ved løft over 5 kg")
    member.edit(page_note.id, "Uklart om 12 eller 15 timer")
    member.delete(highlight.id)
    second = tmp_path / "noter-2.rmpack"
    member.export_notes(pack.pack_id, second)
    result = merge.import_pack(second)
    assert (result.updated, result.removed, result.conflicts) == (1, 1, 1)
    lane = _lane_texts(laptops, "Morten Lund")["DEMO-2026-003"]
    assert "s. 3: Uklart om 12 eller 15 timer" in lane and "s. 3 (markering)" not in lane
    assert "Spørg til smerter ved løft og ved lange gåture" in lane  # the leader's text stays until resolved

    (conflict,) = merge.conflicts()
    assert conflict.leader_text == "Spørg til smerter ved løft og ved lange gåture"
    assert conflict.member_text == "Spørg til smerter ved løft over 5 kg" and conflict.member_name == "Morten Lund"
    merge.resolve(conflict.id, "both")
    lane = _lane_texts(laptops, "Morten Lund")["DEMO-2026-003"]
    assert "Spørg til smerter ved løft og ved lange gåture" in lane and "Spørg til smerter ved løft over 5 kg" in lane
    assert merge.conflicts() == ()


def test_wrong_passphrase_tampered_and_foreign_packs_are_refused_and_change_nothing(
    laptops: Laptops, tmp_path: Path
) -> None:
    pack = laptops.pack_of("Morten Lund")
    member = PreparationService(laptops.member.sessions, actor="Morten Lund")
    with pytest.raises(UserFacingError, match="passphrase does not open"):
        member.open_pack(pack.path, "AAAA-BBBB-CCCC-DDDD-EEEE")
    tampered = tmp_path / "tampered.rmpack"
    data = bytearray(pack.path.read_bytes())
    data[-100] ^= 0x01
    tampered.write_bytes(bytes(data))
    with pytest.raises(UserFacingError, match="changed after it was written"):
        member.open_pack(tampered, pack.passphrase)
    (tmp_path / "junk.rmpack").write_bytes(b"PK\x03\x04 not a pack")
    with pytest.raises(UserFacingError, match="not a RehabMeet pack"):
        member.open_pack(tmp_path / "junk.rmpack", pack.passphrase)
    assert member.packs() == ()

    opened = member.open_pack(pack.path, pack.passphrase)
    member.add(opened.cases[0].id, "point", "Et delt punkt", shared=True)
    notes = tmp_path / "noter.rmpack"
    member.export_notes(pack.pack_id, notes)
    data = bytearray(notes.read_bytes())
    data[-5] ^= 0x01
    (tmp_path / "noter-tampered.rmpack").write_bytes(bytes(data))
    merge = NoteMergeService(
        laptops.leader.sessions, LaneService(laptops.leader.sessions, actor="leader"), actor="leader"
    )
    with pytest.raises(UserFacingError, match="changed after it was written"):
        merge.import_pack(tmp_path / "noter-tampered.rmpack")
    with pytest.raises(UserFacingError, match="agenda pack, not a member's notes"):
        merge.import_pack(pack.path)

    other_home = tmp_path / "another-municipality"
    other = open_home_database(other_home)  # a different database never issued this pack
    try:
        foreign = NoteMergeService(other.sessions, LaneService(other.sessions, actor="x"), actor="x")
        with pytest.raises(UserFacingError, match="foreign pack"):
            foreign.import_pack(notes)
    finally:
        other.close()
    assert _lane_texts(laptops, "Morten Lund").get(opened.cases[0].case_ref, []) == []


def test_a_note_unshared_after_sending_is_withdrawn_from_the_lane(laptops: Laptops, tmp_path: Path) -> None:
    pack = laptops.pack_of("Birgitte Dam")
    member = PreparationService(laptops.member.sessions, actor="Birgitte Dam")
    case = member.open_pack(pack.path, pack.passphrase).cases[1]
    note = member.add(case.id, "point", "Bolig er ustabil", shared=True)
    merge = NoteMergeService(
        laptops.leader.sessions, LaneService(laptops.leader.sessions, actor="leader"), actor="leader"
    )
    member.export_notes(pack.pack_id, tmp_path / "a.rmpack")
    merge.import_pack(tmp_path / "a.rmpack")
    assert "Bolig er ustabil" in _lane_texts(laptops, "Birgitte Dam")[case.case_ref]
    member.set_shared(note.id, False)
    member.export_notes(pack.pack_id, tmp_path / "b.rmpack")
    assert merge.import_pack(tmp_path / "b.rmpack").removed == 1
    assert "Bolig er ustabil" not in _lane_texts(laptops, "Birgitte Dam")[case.case_ref]
