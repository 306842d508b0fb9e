"""The document, certificate, verify and log commands, end to end on the demo day."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from rehabmeet.cli import main
from tests.helpers import forgery
from tests.helpers.db import open_home_database
from tests.helpers.indstilling import finalise_demo_fleksjob
from tests.helpers.trust import accept_all


@pytest.fixture
def finalised(demo_home: Path) -> Path:
    database = open_home_database(demo_home)
    finalise_demo_fleksjob(database.sessions)
    database.close()
    return demo_home


def _p12(path: Path, name: str, passphrase: str) -> Path:
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    encryption = serialization.BestAvailableEncryption(passphrase.encode())
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"x", key, cert, None, encryption))
    return path


def test_document_signed_by_an_imported_certificate_verifies_and_a_flipped_byte_fails(
    finalised: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("P12_PASS", "hemmelig-æøå")
    p12 = _p12(tmp_path / "leder.p12", "Anna Leder", "hemmelig-æøå")
    assert main(["certificate", "import", str(p12), "--role", "Mødeleder", "--passphrase-env", "P12_PASS"]) == 0
    assert main(["certificate", "list"]) == 0
    assert "Anna Leder" in capsys.readouterr().out
    out = tmp_path / "indstilling.pdf"
    assert main(["document", "DEMO-2026-003", "--kind", "indstilling", "--sign", "-o", str(out)]) == 0
    assert main(["verify", str(out), "--json"]) == 1  # imported, but neither from the CA bundle nor accepted
    assert '"certificate_trust": "registered"' in capsys.readouterr().out
    accept_all()
    assert main(["verify", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["signatures"][0]["signer"] == "Anna Leder"
    assert report["signatures"][0]["covers_document"] and report["signatures"][0]["trusted_certificate"]

    out.write_bytes(forgery.flipped_byte(out.read_bytes(), 0x20))  # inside the letter's content
    assert main(["verify", str(out)]) == 1
    assert "BROKEN" in capsys.readouterr().out


def test_a_wrong_passphrase_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("P12_PASS", "forkert")
    p12 = _p12(tmp_path / "leder.p12", "Anna Leder", "rigtig")
    assert main(["certificate", "import", str(p12), "--passphrase-env", "P12_PASS"]) == 2
    assert "wrong passphrase" in capsys.readouterr().err
    assert not list((tmp_path / "home").rglob("*.p12"))


def test_an_unsigned_pdf_does_not_verify(finalised: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "haandud.docx"
    assert main(["document", "DEMO-2026-003", "--kind", "haandud", "--format", "docx", "-o", str(out)]) == 0
    assert out.read_bytes()[:2] == b"PK"
    unsigned = tmp_path / "u.pdf"
    assert main(["document", "DEMO-2026-003", "--kind", "indstilling", "-o", str(unsigned)]) == 0
    assert main(["verify", str(unsigned)]) == 1
    assert "no signatures" in capsys.readouterr().out
    (tmp_path / "junk.pdf").write_bytes(b"not a pdf at all")
    assert main(["verify", str(tmp_path / "junk.pdf")]) == 2
    assert "not a readable PDF" in capsys.readouterr().err


def test_a_document_for_a_draft_indstilling_is_refused(demo_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["document", "DEMO-2026-003", "--kind", "indstilling", "-o", "/tmp/never.pdf"]) == 2
    assert "not finalised" in capsys.readouterr().err
    assert not Path("/tmp/never.pdf").exists()


def test_log_verify_names_the_edited_entry(demo_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", "verify"]) == 0
    assert "chain intact" in capsys.readouterr().out
    database = open_home_database(demo_home)
    with database.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER event_log_no_update"))
        victim = connection.execute(text("SELECT id FROM event_log ORDER BY id LIMIT 1 OFFSET 4")).scalar_one()
        connection.execute(text("UPDATE event_log SET actor = 'mallory' WHERE id = :id"), {"id": victim})
    database.close()
    assert main(["log", "verify", "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["broken_entry"] == victim and result["problem"] == "edited" and not result["intact"]


def test_pack_commands_round_trip(
    demo_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["pack", "export", "--out", str(tmp_path / "packs")]) == 0
    table = capsys.readouterr().out.splitlines()
    row = next(line for line in table if line.startswith("Morten Lund"))
    file_name, passphrase = row.split()[2], row.split()[-1]
    monkeypatch.setenv("PACK_PASS", passphrase)
    member_home = tmp_path / "member"
    packed = str(tmp_path / "packs" / file_name)
    assert main(["--home", str(member_home), "pack", "open", packed, "--passphrase-env", "PACK_PASS"]) == 0
    pack_id = capsys.readouterr().out.split()[2]
    database = open_home_database(member_home)
    from rehabmeet.services.preparation import PreparationService

    member = PreparationService(database.sessions, actor="Morten Lund")
    member.add(member.packs()[0].cases[0].id, "point", "Et punkt til mødet", shared=True)
    database.close()
    notes = tmp_path / "noter.rmpack"
    assert main(["--home", str(member_home), "pack", "notes", pack_id[:8], "-o", str(notes)]) == 0
    assert main(["pack", "import", str(notes)]) == 0
    assert "1 new" in capsys.readouterr().out
    assert main(["pack", "import", str(notes)]) == 0
    assert "already imported" in capsys.readouterr().out
    assert main(["pack", "open", str(notes), "--passphrase-env", "PACK_PASS"]) == 2
    assert "not an agenda pack" in capsys.readouterr().err
