"""Packs on a shared database: a second leader's laptop, whose keyring never saw the pack, imports a
member's notes with the passphrase typed in; passphrases are accepted in any case, with or without
spaces and dashes."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from sqlalchemy import select, update

from rehabmeet.errors import UserFacingError
from rehabmeet.models import PackIssue
from rehabmeet.paths import resolve_paths
from rehabmeet.secrets import SERVICE
from rehabmeet.services.lanes import LaneService
from rehabmeet.services.meetings import MeetingService
from rehabmeet.services.note_merge import NoteMergeService
from rehabmeet.services.packs import AgendaPackService, PassphraseNeeded, pack_secret_name
from rehabmeet.services.preparation import PreparationService
from rehabmeet.services.registry import build_services
from rehabmeet.storage.database import open_database
from rehabmeet.storage.target import resolve_target
from rehabmeet.sync.container import canonical_passphrase
from tests.helpers.db import open_home_database


def test_passphrases_are_read_in_any_case_with_or_without_spaces_and_dashes() -> None:
    assert canonical_passphrase("abcd efgh-jkmn pqrs-tuvw") == "ABCD-EFGH-JKMN-PQRS-TUVW"
    assert canonical_passphrase(" ABCDEFGHJKMNPQRSTUVW ") == "ABCD-EFGH-JKMN-PQRS-TUVW"
    assert canonical_passphrase("my own secret") == "my own secret"  # not a generated one: as typed


def test_a_second_leader_laptop_imports_notes_with_the_passphrase_typed_in(demo_home: Path, tmp_path: Path) -> None:
    leader = open_home_database(demo_home)
    services = build_services(leader, actor="leader", certificates_dir=tmp_path / "certs")
    (meeting,) = MeetingService(leader.sessions, actor="leader").list_meetings()
    packs = AgendaPackService(leader.sessions, services.meeting_sets, actor="leader").export(
        meeting.meeting_id, tmp_path / "out"
    )
    pack = next(p for p in packs if p.member_name == "Morten Lund")
    sloppy = pack.passphrase.lower().replace("-", " ")  # as read out over the phone and typed
    member_db = open_database(resolve_target(resolve_paths(tmp_path / "member-laptop").ensure()))
    member = PreparationService(member_db.sessions, actor="Morten Lund")
    case = next(c for c in member.open_pack(pack.path, sloppy).cases if c.case_ref == "DEMO-2026-003")
    member.add(case.id, "point", "Spørg til smerter ved løft", shared=True)
    notes = tmp_path / "noter.rmpack"
    member.export_notes(pack.pack_id, notes)

    keyring.get_keyring().delete_password(SERVICE, pack_secret_name(pack.pack_id))  # the other leader's laptop
    with leader.sessions.begin() as session:  # a pack written before the database kept passphrases
        session.execute(update(PackIssue).values(sealed_passphrase=None))
    merge = NoteMergeService(leader.sessions, LaneService(leader.sessions, actor="leader"), actor="leader")
    with pytest.raises(PassphraseNeeded, match="not in this computer's keyring"):
        merge.import_pack(notes)
    with pytest.raises(UserFacingError, match="passphrase does not open"):
        merge.import_pack(notes, "AAAA-BBBB-CCCC-DDDD-EEEE")
    assert merge.import_pack(notes, sloppy.upper()).added == 1
    assert merge.import_pack(notes).already_imported  # kept in this keyring once it opened the pack
    keyring.get_keyring().delete_password(SERVICE, pack_secret_name(pack.pack_id))
    assert merge.import_pack(notes).already_imported  # and in the database, for the other leaders
    member_db.close()
    leader.close()


def test_notes_for_a_case_taken_off_the_agenda_are_kept_aside_and_the_rest_imported(
    demo_home: Path, tmp_path: Path
) -> None:
    from sqlalchemy import select

    from rehabmeet.models import Event
    from rehabmeet.services.planning import MeetingPlanService

    leader = open_home_database(demo_home)
    services = build_services(leader, actor="leader", certificates_dir=tmp_path / "certs")
    (meeting,) = MeetingService(leader.sessions, actor="leader").list_meetings()
    packs = AgendaPackService(leader.sessions, services.meeting_sets, actor="leader").export(
        meeting.meeting_id, tmp_path / "out"
    )
    pack = next(p for p in packs if p.member_name == "Morten Lund")
    member_db = open_database(resolve_target(resolve_paths(tmp_path / "member-laptop").ensure()))
    member = PreparationService(member_db.sessions, actor="Morten Lund")
    cases = {c.case_ref: c for c in member.open_pack(pack.path, pack.passphrase).cases}
    member.add(cases["DEMO-2026-003"].id, "point", "Spørg til smerter ved løft", shared=True)
    member.add(cases["DEMO-2026-001"].id, "point", "Sagen om Anders", shared=True)
    notes = tmp_path / "noter.rmpack"
    member.export_notes(pack.pack_id, notes)
    removed = next(
        r.item_id
        for r in MeetingService(leader.sessions, actor="l").agenda(meeting.meeting_id).rows
        if r.case_ref == "DEMO-2026-001"
    )
    MeetingPlanService(leader.sessions, actor="leader").remove(meeting.meeting_id, removed)

    merge = NoteMergeService(leader.sessions, LaneService(leader.sessions, actor="leader"), actor="leader")
    result = merge.import_pack(notes)
    assert (result.added, result.set_aside) == (1, ("DEMO-2026-001",))
    with leader.sessions.begin() as session:
        kept = session.scalars(select(Event).where(Event.action == "pack.notes_set_aside")).one().details
    assert kept["cases"] == ["DEMO-2026-001"] and kept["notes"][0]["text"] == "Sagen om Anders"
    member_db.close()
    leader.close()


def test_any_leader_laptop_opens_the_notes_with_the_passphrase_the_database_keeps(
    demo_home: Path, tmp_path: Path
) -> None:
    leader = open_home_database(demo_home)
    services = build_services(leader, actor="leader", certificates_dir=tmp_path / "certs")
    (meeting,) = MeetingService(leader.sessions, actor="leader").list_meetings()
    packs = AgendaPackService(leader.sessions, services.meeting_sets, actor="leader").export(
        meeting.meeting_id, tmp_path / "out"
    )
    pack = next(p for p in packs if p.member_name == "Morten Lund")
    with leader.sessions.begin() as session:
        sealed = session.scalars(select(PackIssue.sealed_passphrase).where(PackIssue.pack_id == pack.pack_id)).one()
    assert sealed and pack.passphrase not in sealed  # kept encrypted, not in plain text
    member_db = open_database(resolve_target(resolve_paths(tmp_path / "member-laptop").ensure()))
    member = PreparationService(member_db.sessions, actor="Morten Lund")
    case = next(c for c in member.open_pack(pack.path, pack.passphrase).cases if c.case_ref == "DEMO-2026-003")
    member.add(case.id, "point", "Spørg til smerter ved løft", shared=True)
    notes = tmp_path / "noter.rmpack"
    member.export_notes(pack.pack_id, notes)

    keyring.get_keyring().delete_password(SERVICE, pack_secret_name(pack.pack_id))  # another leader's laptop
    merge = NoteMergeService(leader.sessions, LaneService(leader.sessions, actor="Jonas Bech"), actor="Jonas Bech")
    assert merge.import_pack(notes).added == 1  # nothing typed
    member_db.close()
    leader.close()
