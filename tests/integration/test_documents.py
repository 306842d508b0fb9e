"""The meeting's documents: rendered from the finalised indstilling and decision, signed by two,
verified, tamper-evident, corrected only as new versions, and every step in the hash chain."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from rehabmeet.audit.chain import verify_chain
from rehabmeet.errors import UserFacingError
from rehabmeet.services.decisions import DecisionDraft
from rehabmeet.services.registry import Services, build_services
from rehabmeet.storage.database import Database
from tests.helpers import forgery
from tests.helpers.db import open_home_database
from tests.helpers.indstilling import finalise_demo_fleksjob
from tests.helpers.trust import accepted

HEARD = datetime(2026, 11, 26, 10, 40, tzinfo=UTC)


@pytest.fixture
def database(demo_home: Path) -> Iterator[Database]:
    db = open_home_database(demo_home)
    yield db
    db.close()


@pytest.fixture
def services(database: Database, tmp_path: Path) -> Services:
    return build_services(
        database, actor="secretary", certificates_dir=tmp_path / "certs", templates_dir=tmp_path / "templates"
    )


@pytest.fixture
def item(database: Database) -> int:
    return finalise_demo_fleksjob(database.sessions)


def _decide(services: Services, item_id: int, outcome: str = "fleksjob") -> None:
    services.decisions.save(
        item_id,
        DecisionDraft(
            outcome=outcome,
            reasons="Din arbejdsevne er varigt og væsentligt nedsat.",
            facts="Praktikrapport: stabilt fremmøde 12 timer om ugen.\nLægeerklæring: varige skånehensyn ved løft.",
            heard_at=HEARD,
            hearing_note="Du var enig i afgørelsen.",
            effective_date=date(2026, 12, 1),
            months=24 if outcome == "ressourceforloeb" else None,
        ),
    )
    services.decisions.finalise(item_id)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_indstilling_pdf_holds_the_case_the_fields_and_the_signature_boxes(services: Services, item: int) -> None:
    view = services.documents.issue(item, "indstilling", "pdf")
    words = _text(services.documents.content(view.id)[1])
    expected_texts = (
        "Rehabiliteringsteamets indstilling",
        "CPR-nummer",
        "Deltagere i mødet",
        "Borgerens egen",
        "Afvigende opfattelser",
        "Mentor de første tre måneder",
        "Mødeleder",
        "Sundhedskoordinator",
    )
    for expected in expected_texts:
        assert expected in words, expected
    assert [slot for slot in view.free_slots] == ["Mødeleder", "Sundhedskoordinator"]


def test_two_signers_verify_and_one_changed_byte_is_reported_broken(services: Services, item: int) -> None:
    leader = accepted(services.certificates, "Anna Leder", "Aalborg Kommune", role="Mødeleder")
    coordinator = accepted(services.certificates, "Bo Læge", "Region", role="Sundhedskoordinator")
    view = services.documents.issue(item, "indstilling", "pdf")
    services.documents.sign(view.id, leader.id)
    signed = services.documents.sign(view.id, coordinator.id)
    assert [s["signer"] for s in signed.signatures] == ["Anna Leder", "Bo Læge"] and signed.status == "signed"
    checked = services.documents.verify(view.id)
    assert checked.ok and [s.signer for s in checked.report.signatures] == ["Anna Leder", "Bo Læge"]
    assert all(s.intact and s.covers_document and s.trusted for s in checked.report.signatures)
    signed_copy = PdfReader(io.BytesIO(services.documents.content(view.id)[1]))
    assert signed_copy.xmp_metadata is not None and signed_copy.xmp_metadata.pdfaid_part == "2"

    from rehabmeet.signing.verify import verify_pdf

    tampered = verify_pdf(forgery.flipped_byte(services.documents.content(view.id)[1]))
    assert not tampered.ok and not any(s.intact for s in tampered.signatures)


def test_a_signed_document_is_corrected_only_as_a_new_version_with_a_reason(services: Services, item: int) -> None:
    leader = accepted(services.certificates, "Anna Leder", role="Mødeleder")
    first = services.documents.sign(services.documents.issue(item, "indstilling", "pdf").id, leader.id)
    with pytest.raises(UserFacingError, match=r"^the indstilling is signed and cannot be changed; give a reason"):
        services.documents.issue(item, "indstilling", "pdf")
    second = services.documents.issue(item, "indstilling", "pdf", reason="Stavefejl i borgerens navn")
    statuses = {d.id: (d.status, d.version) for d in services.documents.documents(item)}
    assert statuses[first.id] == ("signed", 1) and statuses[second.id] == ("draft", 2)  # current once signed
    services.documents.sign(second.id, leader.id)
    statuses = {d.id: (d.status, d.version) for d in services.documents.documents(item)}
    assert statuses[first.id] == ("superseded", 1) and statuses[second.id] == ("signed", 2)
    with pytest.raises(UserFacingError, match="current PDF"):
        services.documents.sign(first.id, leader.id)


def test_every_document_step_is_in_the_hash_chain_with_the_signed_hash(
    services: Services, item: int, database: Database
) -> None:
    leader = accepted(services.certificates, "Anna Leder", role="Mødeleder")
    signed = services.documents.sign(services.documents.issue(item, "indstilling", "pdf").id, leader.id)
    services.documents.record(signed.id, "document.printed", copies=1)
    with database.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT action, details FROM event_log WHERE action LIKE 'document.%' ORDER BY id")
        ).all()
    assert [r.action for r in rows] == ["document.issued", "document.signed", "document.printed"]
    assert signed.sha256 in rows[1].details
    assert verify_chain(database.sessions).intact


def test_the_decision_letter_refers_to_the_indstilling_and_explains_the_appeal(services: Services, item: int) -> None:
    with pytest.raises(UserFacingError, match="no decision"):
        services.documents.issue(item, "afgoerelse", "pdf")
    _decide(services, item)
    words = _text(services.documents.content(services.documents.issue(item, "afgoerelse", "pdf").id)[1])
    expected_texts = (
        "Du er visiteret til fleksjob",
        "følger rehabiliteringsteamets indstilling",
        "Begrundelse",
        "§ 116",
        "hørt mundtligt",
        "Klagevejledning",
        "Ankestyrelsen",
        "1. december 2026",
    )
    for expected in expected_texts:
        assert expected in words, expected


def test_a_decision_departing_from_the_indstilling_is_made_only_after_the_team_was_heard_again(
    services: Services, item: int, database: Database
) -> None:
    with pytest.raises(UserFacingError, match=r"§ 11 stk\. 2"):
        _decide(services, item, outcome="ressourceforloeb")
    services.indstilling.reopen(item, "Kommunen vil ikke følge indstillingen; teamet hører sagen igen")
    services.indstilling.finalise(item)
    services.decisions.save(item, services.decisions.decision(item).draft)
    services.decisions.finalise(item)
    view = services.decisions.decision(item)
    assert view.final and not view.follows_indstilling
    words = _text(services.documents.content(services.documents.issue(item, "afgoerelse", "pdf").id)[1])
    assert "følger ikke rehabiliteringsteamets indstilling" in words
    assert "været forelagt rehabiliteringsteamet igen, før kommunen traf afgørelsen" in " ".join(words.split())
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM event_log WHERE action = 'case.reheard'")).scalar()


def test_a_decision_needs_the_finalised_indstilling_and_every_required_field(
    services: Services, database: Database, item: int
) -> None:
    services.decisions.save(item, DecisionDraft(outcome="fleksjob", reasons="Begrundet."))
    with pytest.raises(UserFacingError, match="missing: facts, heard_at, effective_date"):
        services.decisions.finalise(item)
    services.indstilling.reopen(item, "Ny oplysning")
    with pytest.raises(UserFacingError, match="finalise the indstilling first"):
        services.decisions.save(item, DecisionDraft(outcome="fleksjob"))


def test_the_hand_out_is_one_page_also_in_large_type(services: Services, item: int) -> None:
    _decide(services, item)
    for large in (False, True):
        view = services.documents.issue(item, "haandud", "pdf", large_type=large)
        content = services.documents.content(view.id)[1]
        assert len(PdfReader(io.BytesIO(content)).pages) == 1
        assert "Hvis du ikke er enig" in _text(content) and "Ankestyrelsen" in _text(content)


def test_the_docx_uses_word_headings_and_carries_the_same_text(services: Services, item: int) -> None:
    import docx

    view = services.documents.issue(item, "indstilling", "docx")
    document = docx.Document(io.BytesIO(services.documents.content(view.id)[1]))
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "List Bullet"} <= styles
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "Borgerens egen vurdering" in headings and document.core_properties.language == "da-DK"
    with pytest.raises(UserFacingError, match="current PDF"):
        services.documents.sign(view.id, services.certificates.create_self_made("X").id)


def test_the_pdf_carries_pdfa_identification_an_output_intent_and_embedded_fonts(services: Services, item: int) -> None:
    view = services.documents.issue(item, "indstilling", "pdf")
    reader = PdfReader(io.BytesIO(services.documents.content(view.id)[1]))
    assert reader.xmp_metadata is not None and reader.xmp_metadata.pdfaid_part == "2"
    assert reader.trailer["/Root"]["/OutputIntents"][0]["/S"] == "/GTS_PDFA1"
    fonts = [f.get_object() for page in reader.pages for f in page["/Resources"]["/Font"].values()]
    assert fonts and all(_embedded(font) for font in fonts), [f["/BaseFont"] for f in fonts if not _embedded(f)]
    assert reader.metadata.title == "Rehabiliteringsteamets indstilling"


def _embedded(font: Any) -> bool:
    if "/DescendantFonts" in font:
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(
        k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
    )


def test_the_municipality_edits_its_letterhead_without_code(services: Services, item: int, tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "letterhead.toml").write_text(
        'municipality = "Nordby Kommune"\nphone = "99 99 99 99"\n', encoding="utf-8"
    )
    words = _text(services.documents.content(services.documents.issue(item, "indstilling", "pdf").id)[1])
    assert "Nordby Kommune" in words and "Tlf. 99 99 99 99" in words and "Aalborg Kommune" not in words.split("\n")[0]


def test_a_broken_template_is_named(services: Services, item: int, tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "haandud.toml").write_text('title = "unterminated\n', encoding="utf-8")
    with pytest.raises(UserFacingError, match=r"haandud\.toml is not valid TOML"):
        services.documents.issue(item, "haandud", "pdf")
    assert services.documents.documents(item) == ()
