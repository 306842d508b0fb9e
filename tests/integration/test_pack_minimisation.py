"""Data minimisation in agenda packs: what a member's discipline may not read is in no page of their pack.

The rule (issue 18): documents of the kinds withheld from a discipline stay out (rules
``pack_hidden_kinds``), and so does every summary section citing one of them — the sheet says
"left out" instead. The sweep decrypts every member's real pack and searches all its text.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from rehabmeet.models import Case, CaseVersion
from rehabmeet.services.meetings import MeetingService
from rehabmeet.services.registry import build_services
from rehabmeet.settings.rules import default_pack_hidden_kinds
from rehabmeet.sync.container import unseal
from rehabmeet.sync.payloads import parse_agenda_payload
from tests.helpers.db import open_home_database

HEALTH_HEADING = re.compile(r"^\d+\. Helbred[^\n]*\n(.{80,})", re.MULTILINE | re.DOTALL)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _canaries(demo_home: Path) -> dict[str, dict[str, list[str]]]:
    """Per withheld kind set: per case_ref, the texts that must not reach a member without those kinds."""
    database = open_home_database(demo_home)
    withheld_kinds = set(default_pack_hidden_kinds()["education"])
    canaries: dict[str, list[str]] = {}
    pages: dict[str, list[str]] = {}
    with database.sessions.begin() as session:
        cases = session.scalars(
            select(Case).options(
                selectinload(Case.versions).selectinload(CaseVersion.documents),
                selectinload(Case.versions).selectinload(CaseVersion.summary_sections),
            )
        ).all()
        for case in cases:
            version = case.current
            hidden = {d.doc_key for d in version.documents if d.kind in withheld_kinds}
            texts = [
                s.text
                for s in version.summary_sections
                if s.text and any(src["document"] in hidden for src in s.sources)
            ]
            texts += [p.text for d in version.documents if d.doc_key in hidden for p in d.pages if len(p.text) > 200]
            phrases = [_flat(t)[40:100] for t in texts]
            # page level: the health page of a document that travels (the preparatory part's "5. Helbred …")
            pages[case.case_ref] = [
                _flat(match.group(1))[:60]
                for d in version.documents
                if d.doc_key not in hidden
                for p in d.pages
                if (match := HEALTH_HEADING.search(p.text))
            ]
            canaries[case.case_ref] = phrases + pages[case.case_ref]
    database.close()
    return {"education": canaries, "pages": pages}


def _pack_texts(path: Path, passphrase: str) -> dict[str, str]:
    header, payload = unseal(path.read_bytes(), passphrase)
    pack = parse_agenda_payload(payload, header.pack_id)
    return {
        case.case_ref: _flat(" ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(case.pdf)).pages))
        for case in pack.cases
    }


def test_no_withheld_content_reaches_any_member_who_may_not_read_it(demo_home: Path, tmp_path: Path) -> None:
    canaries = _canaries(demo_home)["education"]
    assert sum(len(v) for v in canaries.values()) > 10, "the demo day should have health texts to withhold"
    assert sum(len(v) for v in _canaries(demo_home)["pages"].values()) >= 7, "a health page in every preparatory part"
    database = open_home_database(demo_home)
    services = build_services(database, actor="leader", certificates_dir=tmp_path / "certs")
    (meeting,) = MeetingService(database.sessions, actor="leader").list_meetings()
    packs = services.packs.export(meeting.meeting_id, tmp_path / "out")
    hidden_disciplines = set(default_pack_hidden_kinds())
    checked_hidden = checked_open = 0
    for pack in packs:
        texts = _pack_texts(pack.path, pack.passphrase)
        for case_ref, phrases in canaries.items():
            if case_ref not in texts:
                continue
            found = [phrase for phrase in phrases if phrase in texts[case_ref]]
            if pack.discipline in hidden_disciplines:
                assert found == [], f"{pack.member_name} ({pack.discipline}) got withheld text in {case_ref}"
                checked_hidden += 1
            elif phrases:
                assert found, f"{pack.member_name} should see the health texts of {case_ref} (the sweep's control)"
                checked_open += 1
    assert checked_hidden and checked_open
    database.close()


def test_the_uu_member_sees_the_health_section_as_left_out(demo_home: Path, tmp_path: Path) -> None:
    database = open_home_database(demo_home)
    services = build_services(database, actor="leader", certificates_dir=tmp_path / "certs")
    (meeting,) = MeetingService(database.sessions, actor="leader").list_meetings()
    preview = services.packs.preview(meeting.meeting_id, "Sofie Krog")
    database.close()
    assert preview.discipline == "education"
    first = _flat(" ".join(preview.cases[0].pages))
    assert "moderat depressiv enkeltepisode" not in first
    assert "Left out: this section draws on documents or pages that are not in your pack." in first
    assert any("LÆ 265" in title for title in preview.cases[0].withheld_documents)


def test_pack_preview_prints_the_texts_as_json_and_writes_nothing(
    demo_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rehabmeet.cli import main

    before = sorted(p.relative_to(demo_home) for p in demo_home.rglob("*") if p.suffix != ".log")
    assert main(["pack", "preview", "--member", "sofie krog", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["member_name"] == "Sofie Krog" and len(data["cases"]) == 7
    assert all(case["pages"] for case in data["cases"])
    assert not list(demo_home.rglob("*.rmpack"))
    after = sorted(p.relative_to(demo_home) for p in demo_home.rglob("*") if p.suffix != ".log")
    assert [p for p in after if p not in before and "logs" not in p.parts] == []
    assert main(["pack", "preview", "--member", "Nobody"]) == 2
    assert "'Nobody' is not an invited member of this meeting" in capsys.readouterr().err


HEALTH_PAGE = "Hun er i behandling med sertralin"  # DEMO-2026-001 d1 p. 5 "Helbred – borgerens egen vurdering"


def test_the_uu_member_gets_no_health_page_of_the_preparatory_part(demo_home: Path, tmp_path: Path) -> None:
    database = open_home_database(demo_home)
    services = build_services(database, actor="leader", certificates_dir=tmp_path / "certs")
    (meeting,) = MeetingService(database.sessions, actor="leader").list_meetings()
    sofie = services.packs.preview(meeting.meeting_id, "Sofie Krog")
    jobcenter = next(m for m, d in services.packs.members(meeting.meeting_id) if d == "jobcenter")
    control = services.packs.preview(meeting.meeting_id, jobcenter)
    database.close()
    case = next(c for c in sofie.cases if c.case_ref == "DEMO-2026-001")
    text = _flat(" ".join(case.pages))
    assert HEALTH_PAGE not in text
    assert "Tinas eget mål er at vende tilbage" in text  # p. 2 of the same document still travels
    assert case.withheld_pages == ("Rehabiliteringsplanens forberedende del, p. 5",)
    assert "Left out: p. 5 (Health)" in text
    assert HEALTH_PAGE in _flat(" ".join(next(c for c in control.cases if c.case_ref == "DEMO-2026-001").pages))
