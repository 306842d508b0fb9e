"""A forger with the signed file and pyHanko: every change after signing is caught (issue 16, 1–3, 5).

The letters are real: an indstilling rendered from the demo day, signed by the meeting leader
and countersigned by the health coordinator, then changed with pyHanko as an attacker would.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rehabmeet.cli import main
from rehabmeet.errors import UserFacingError
from rehabmeet.services.registry import Services, build_services
from rehabmeet.signing.verify import VerifyReport, verify_pdf
from rehabmeet.storage.database import Database
from tests.helpers import forgery
from tests.helpers.db import open_home_database
from tests.helpers.indstilling import finalise_demo_fleksjob
from tests.helpers.trust import accept_all, accepted


@pytest.fixture
def database(demo_home: Path) -> Iterator[Database]:
    db = open_home_database(demo_home)
    yield db
    db.close()


@pytest.fixture
def services(database: Database, tmp_path: Path) -> Services:
    return build_services(database, actor="secretary", certificates_dir=tmp_path / "certs")


@pytest.fixture
def signed(services: Services, database: Database) -> tuple[bytes, list[Any]]:
    """A countersigned indstilling and the trust roots of the two signers' store."""
    item = finalise_demo_fleksjob(database.sessions)
    leader = accepted(services.certificates, "Anna Leder", "Aalborg Kommune", role="Mødeleder")
    coordinator = accepted(services.certificates, "Bo Læge", "Region", role="Sundhedskoordinator")
    view = services.documents.issue(item, "indstilling", "pdf")
    services.documents.sign(view.id, leader.id)
    services.documents.sign(view.id, coordinator.id)
    return services.documents.content(view.id)[1], services.certificates.trust_roots()


def _problems(report: VerifyReport) -> str:
    return "\n".join(report.problems)


def test_an_untouched_countersigned_letter_verifies_as_pades(signed: tuple[bytes, list[Any]]) -> None:
    content, roots = signed
    report = verify_pdf(content, roots)
    assert report.ok, report.problems
    assert [s.subfilter for s in report.signatures] == ["ETSI.CAdES.detached"] * 2
    assert [s.level for s in report.signatures] == ["B-B", "B-B"]
    assert [r.allowed for r in report.revisions] == [True, True]


def test_finding_1_an_unsigned_field_painting_over_the_decision_is_changed_after_signing(
    signed: tuple[bytes, list[Any]],
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    content, roots = signed
    forged = forgery.overlay_in_unsigned_field(content)
    # what the issue found: pyHanko's default policy calls this "form filling" and the signature valid
    last = PdfFileReader(io.BytesIO(forged)).embedded_signatures[-1]
    status = validate_pdf_signature(last, ValidationContext(trust_roots=roots))
    assert status.bottom_line and status.modification_level == ModificationLevel.FORM_FILLING

    report = verify_pdf(forged, roots)
    assert not report.ok
    assert "changed after signing: revision 5: new signature field 'Overlay' on page 1" in _problems(report)
    assert "new appearance (form XObject)" in _problems(report)
    assert all(s.intact and s.trusted for s in report.signatures)  # the signatures themselves still hold


def test_finding_2_a_self_signed_helle_kragh_in_a_new_field_is_not_trusted_and_changed(
    signed: tuple[bytes, list[Any]],
) -> None:
    content, roots = signed
    forged = forgery.signature_in_new_field(content, forgery.self_signed_signer("Helle Kragh"))
    report = verify_pdf(forged, roots)
    assert not report.ok
    problems = _problems(report)
    assert "signature 'Forfalsket' by Helle Kragh: certificate not trusted" in problems
    assert "changed after signing: revision 5 (with the signature 'Forfalsket')" in problems
    assert "new signature field 'Forfalsket' on page 1" in problems


def test_a_trusted_signer_cannot_add_a_new_visible_field_either(
    signed: tuple[bytes, list[Any]], services: Services
) -> None:
    content, roots = signed
    leader = next(c for c in services.certificates.all() if c.name == "Anna Leder")
    forged = forgery.signature_in_new_field(content, services.certificates.load_signer(leader.id))
    report = verify_pdf(forged, roots)
    assert not report.ok and all(s.trusted for s in report.signatures)
    assert "changed after signing: revision 5 (with the signature 'Forfalsket')" in _problems(report)
    assert "signed twice with the same certificate" in _problems(report)


@pytest.mark.parametrize(
    ("attack", "named"),
    [
        (forgery.overlay_annotation, "new text annotation on page 1"),
        (forgery.added_page_text, "new content stream"),
        (forgery.removed_last_page, "changed page tree"),
        (lambda pdf: forgery.moved_signature_widget(pdf, "Underskrift Mødeleder"), "changed signature field"),
        (forgery.changed_title, "changed document information"),
    ],
    ids=["annotation", "incremental-text", "removed-page", "changed-annotation", "changed-metadata"],
)
def test_every_other_incremental_change_is_named_with_its_revision(
    signed: tuple[bytes, list[Any]], attack: Any, named: str
) -> None:
    content, roots = signed
    report = verify_pdf(attack(content), roots)
    assert not report.ok
    assert "changed after signing: revision 5:" in _problems(report) and named in _problems(report)


def test_one_flipped_byte_breaks_the_signature(signed: tuple[bytes, list[Any]]) -> None:
    content, roots = signed
    report = verify_pdf(forgery.flipped_byte(content), roots)
    assert not report.ok and "is broken" in _problems(report)


def test_a_role_signs_once_in_its_own_field_and_a_signer_signs_once(services: Services, database: Database) -> None:
    item = finalise_demo_fleksjob(database.sessions)
    leader = accepted(services.certificates, "Anna Leder", role="Mødeleder")
    other_leader = accepted(services.certificates, "Carl Leder", role="Mødeleder")
    view = services.documents.issue(item, "indstilling", "pdf")
    assert [s["field"] for s in services.documents.content(view.id)[0].signatures] == []
    signed = services.documents.sign(view.id, leader.id)
    assert signed.signatures[0]["field"] == "Underskrift Mødeleder"
    with pytest.raises(UserFacingError, match="this certificate has already signed"):
        services.documents.sign(view.id, leader.id, "Sundhedskoordinator")
    with pytest.raises(UserFacingError, match="Mødeleder has already signed"):
        services.documents.sign(view.id, other_leader.id)
    with pytest.raises(UserFacingError, match="no signature field for 'Borger'"):
        services.documents.sign(view.id, other_leader.id, "Borger")
    with pytest.raises(UserFacingError, match="registered for the role 'Mødeleder', not 'Sundhedskoordinator'"):
        services.documents.sign(view.id, other_leader.id, "Sundhedskoordinator")
    assert services.documents.verify(view.id).ok


def test_a_signature_in_a_role_field_by_a_certificate_of_another_role_is_reported(
    services: Services, database: Database
) -> None:
    from rehabmeet.signing.sign import SignatureRequest, sign_pdf

    item = finalise_demo_fleksjob(database.sessions)
    leader = accepted(services.certificates, "Anna Leder", role="Mødeleder")
    view = services.documents.sign(services.documents.issue(item, "indstilling", "pdf").id, leader.id)
    content = services.documents.content(view.id)[1]
    slot = {"field": "Underskrift Sundhedskoordinator", "page": 1, "box": [300, 200, 500, 260]}
    other = accepted(services.certificates, "Carl Leder", role="Mødeleder")
    forged = sign_pdf(
        content,
        services.certificates.load_signer(other.id),
        SignatureRequest("Carl Leder", "Sundhedskoordinator", slot),
    )
    report = verify_pdf(forged, services.certificates.trust_roots(), services.certificates.roles())
    assert not report.ok
    assert "the certificate is registered for 'Mødeleder', not 'Sundhedskoordinator'" in _problems(report)


def test_rehabmeet_verify_exits_1_with_the_reason_on_a_forged_letter(
    demo_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_home_database(demo_home)
    finalise_demo_fleksjob(database.sessions)
    database.close()
    assert main(["certificate", "create", "--name", "Anna Leder", "--role", "Mødeleder"]) == 0
    accept_all()
    out = tmp_path / "indstilling.pdf"
    assert main(["document", "DEMO-2026-003", "--kind", "indstilling", "--sign", "-o", str(out)]) == 0
    assert main(["verify", str(out)]) == 0, capsys.readouterr().out
    assert "B-B signatures carry no timestamp" in capsys.readouterr().out
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(forgery.overlay_in_unsigned_field(out.read_bytes()))
    assert main(["verify", str(forged)]) == 1
    printed = capsys.readouterr().out
    assert "changed after signing: revision 4: new signature field 'Overlay'" in printed and "NOT VERIFIED" in printed
    assert "whole document" not in printed  # the signature covers what was signed, not the forger's revision
    assert "revision 3 of 4; later revisions are changes" in printed
    helle = tmp_path / "helle.pdf"
    helle.write_bytes(forgery.signature_in_new_field(out.read_bytes(), forgery.self_signed_signer()))
    assert main(["verify", str(helle), "--json"]) == 1
    assert "certificate not trusted" in capsys.readouterr().out


def test_pdfsig_shows_etsi_cades_detached_for_every_signature(signed: tuple[bytes, list[Any]], tmp_path: Path) -> None:
    import shutil
    import subprocess

    if shutil.which("pdfsig") is None:
        pytest.skip("pdfsig (poppler-utils) is not installed")
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed[0])
    listing = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False).stdout
    assert listing.count("Signature Type: ETSI.CAdES.detached") == 2, listing
    assert "adbe.pkcs7" not in listing


@pytest.mark.parametrize(
    "damage",
    [
        lambda pdf: pdf[: len(pdf) // 2],
        lambda pdf: pdf[:-40],
        lambda pdf: b"",
        lambda pdf: b"%PDF-1.7\n" + bytes(range(256)) * 10,
        lambda pdf: pdf.replace(b"/ByteRange", b"/ByteRangX", 1),
    ],
    ids=["half", "tail-cut", "empty", "garbage", "no-byterange"],
)
def test_a_damaged_letter_is_one_line_never_a_traceback(
    signed: tuple[bytes, list[Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: Any
) -> None:
    path = tmp_path / "damaged.pdf"
    path.write_bytes(damage(signed[0]))
    assert main(["verify", str(path)]) in (1, 2)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    assert captured.err.count("\n") <= 1


def test_a_signer_chaining_to_the_configured_ca_bundle_is_trusted(
    services: Services, database: Database, tmp_path: Path
) -> None:
    from rehabmeet.signing.sign import SignatureRequest, sign_pdf

    item = finalise_demo_fleksjob(database.sessions)
    leader = accepted(services.certificates, "Anna Leder", role="Mødeleder")
    view = services.documents.sign(services.documents.issue(item, "indstilling", "pdf").id, leader.id)
    signer, bundle = forgery.ca_issued_signer(tmp_path)
    slot = {"field": "Underskrift Sundhedskoordinator", "page": 1, "box": [300, 200, 500, 260]}
    content = sign_pdf(
        services.documents.content(view.id)[1], signer, SignatureRequest("Bo Læge", "Sundhedskoordinator", slot)
    )
    without = verify_pdf(content, services.certificates.trust_roots())
    assert "signature 'Underskrift Sundhedskoordinator' by Bo Læge: certificate not trusted" in _problems(without)
    with_bundle = verify_pdf(content, services.certificates.trust_roots(bundle))
    assert with_bundle.ok, with_bundle.problems


def test_a_forged_letter_is_not_upgraded_and_a_b_b_one_is_not_called_b_lt(
    signed: tuple[bytes, list[Any]],
) -> None:
    """Validation data must never seal a forgery, and B-LT needs a signature timestamp (B-T) under it."""
    from rehabmeet.signing.upgrade import UpgradeError, upgrade_pdf

    content, roots = signed
    with pytest.raises(UpgradeError, match="does not verify, so it is not upgraded: changed after signing"):
        upgrade_pdf(forgery.overlay_in_unsigned_field(content), roots)
    upgraded = upgrade_pdf(content, roots)
    assert upgraded.level == "B-B + validation data" and "not PAdES B-LT" in upgraded.note
    assert verify_pdf(upgraded.content, roots).ok
