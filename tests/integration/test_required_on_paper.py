"""Nothing required disappears from paper: a fleksjob indstilling finalised with C2, C4 and C5 overridden
prints each point with the team's reason (004 L1496–1507), and C5 is stated even when § 116 stk. 2 is not used."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from rehabmeet.services.attendance import AttendanceService
from rehabmeet.services.meetings import MeetingService
from rehabmeet.services.registry import Services, build_services
from rehabmeet.storage.database import Database
from tests.helpers.db import open_home_database
from tests.helpers.indstilling import COMPLETE_FLEKSJOB

REASONS = {
    "C2": "Lægeerklæringen kommer først i januar",
    "C4": "Praktikken er ikke afsluttet",
    "C5": "Speciallægens vurdering mangler",
}


@pytest.fixture
def database(demo_home: Path) -> Iterator[Database]:
    database = open_home_database(demo_home)
    yield database
    database.close()


@pytest.fixture
def services(database: Database, tmp_path: Path) -> Services:
    return build_services(
        database, actor="secretary", certificates_dir=tmp_path / "certs", templates_dir=tmp_path / "templates"
    )


def _item(services: Services, database: Database) -> int:
    meetings = MeetingService(database.sessions, actor="t")
    (meeting,) = meetings.list_meetings()
    item = next(r.item_id for r in meetings.agenda(meeting.meeting_id).rows if r.case_ref == "DEMO-2026-003")
    AttendanceService(database.sessions, actor="leader").attendance(item)
    return item


def _words(services: Services, item: int) -> str:
    pdf = services.documents.content(services.documents.issue(item, "indstilling", "pdf").id)[1]
    return " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_overridden_c2_c4_c5_are_printed_with_the_teams_reason(services: Services, database: Database) -> None:
    item = _item(services, database)
    content = COMPLETE_FLEKSJOB.with_changes(
        afklaret_justification="",
        transition_support="Der er / er ikke behov for støtte fra kommunen i en overgangsperiode: …",
        very_limited_capacity=True,
        lab116_justification="",
    )
    draft = services.indstilling.save(item, content, expected_revision=services.indstilling.draft(item).revision)
    blocking = {i.rule_id for i in draft.checklist if i.blocks}
    assert {"C2", "C4", "C5"} <= blocking
    services.indstilling.finalise(item, {**REASONS, **{i: "Se noten" for i in blocking - set(REASONS)}})
    words = _words(services, item)
    for reason in REASONS.values():
        assert f"Ikke oplyst. Teamets begrundelse: {reason}" in words, reason
    assert "Afklaring, og hvorfor ikke på ordinære vilkår" in words
    assert "Meget begrænset arbejdsevne (LAB § 116, stk. 2): Ikke oplyst." in words
    assert "er / er ikke" not in words and "…" not in words  # a template slot is never printed


def test_c5_is_stated_for_every_fleksjob_even_without_116(services: Services, database: Database) -> None:
    item = _item(services, database)
    services.indstilling.save(item, COMPLETE_FLEKSJOB, expected_revision=services.indstilling.draft(item).revision)
    services.indstilling.finalise(item)
    words = _words(services, item)
    assert "ikke meget begrænset" in words and "§ 116, stk. 2" in words
    assert "Ikke oplyst" not in words
