"""PAdES baseline levels: B-T with the configured timestamp authority, B-B (and why) without (issue 16, item 1)."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from rehabmeet.services.registry import build_services
from rehabmeet.settings.app_config import AppConfig
from rehabmeet.signing.verify import verify_pdf
from rehabmeet.storage.database import Database
from tests.helpers.db import open_home_database
from tests.helpers.indstilling import finalise_demo_fleksjob
from tests.helpers.trust import accepted
from tests.helpers.tsa import local_tsa


@pytest.fixture
def database(demo_home: Path) -> Iterator[Database]:
    db = open_home_database(demo_home)
    yield db
    db.close()


def _sign(database: Database, tmp_path: Path, timestamp_url: str) -> tuple[bytes, dict[str, str], list[object]]:
    services = build_services(
        database, actor="secretary", certificates_dir=tmp_path / "certs", config=AppConfig(timestamp_url=timestamp_url)
    )
    item = finalise_demo_fleksjob(database.sessions)
    leader = accepted(services.certificates, "Anna Leder", role="Mødeleder")
    view = services.documents.sign(services.documents.issue(item, "indstilling", "pdf").id, leader.id)
    return services.documents.content(view.id)[1], view.signatures[-1], services.certificates.trust_roots()


def test_with_a_timestamp_authority_the_signature_is_b_t(database: Database, tmp_path: Path) -> None:
    with local_tsa() as tsa:
        content, entry, roots = _sign(database, tmp_path, tsa.url)
    assert entry["level"] == "B-T" and not entry["note"]
    report = verify_pdf(content, [*roots, tsa.root])
    assert report.ok, report.problems
    signature = report.signatures[0]
    assert signature.level == "B-T" and signature.timestamped_at is not None
    assert signature.subfilter == "ETSI.CAdES.detached"


def test_an_unreachable_timestamp_authority_falls_back_to_b_b_and_says_so(database: Database, tmp_path: Path) -> None:
    content, entry, roots = _sign(database, tmp_path, "http://127.0.0.1:9/tsa")
    assert entry["level"] == "B-B" and "did not answer" in entry["note"] and "signed B-B" in entry["note"]
    report = verify_pdf(content, roots)
    assert report.ok and report.signatures[0].level == "B-B"


def test_the_cms_is_pades_signing_certificate_v2_and_no_signing_time(database: Database, tmp_path: Path) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    content, _entry, _roots = _sign(database, tmp_path, "")
    signature = PdfFileReader(io.BytesIO(content)).embedded_signatures[0]
    attributes = {a["type"].native for a in signature.signer_info["signed_attrs"]}
    assert "signing_certificate_v2" in attributes and "signing_time" not in attributes
    assert str(signature.sig_object["/SubFilter"]) == "/ETSI.CAdES.detached"
    methods = {str(ref.get_object()["/TransformMethod"]) for ref in signature.sig_object["/Reference"]}
    assert methods == {"/DocMDP", "/FieldMDP"}, methods  # certification, and the field locks itself
    assert signature.docmdp_level is not None and signature.docmdp_level.value == 2
    if shutil.which("pdfsig") is not None:
        path = tmp_path / "signed.pdf"
        path.write_bytes(content)
        listing = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False).stdout
        assert "Signature Type: ETSI.CAdES.detached" in listing, listing


def test_b_t_then_upgrade_to_b_lta_against_a_local_pki_with_tsa_ocsp_and_crl(
    demo_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    from rehabmeet.cli import main
    from rehabmeet.paths import resolve_paths
    from tests.helpers.pki import local_pki

    db = open_home_database(demo_home)
    finalise_demo_fleksjob(db.sessions)
    db.close()
    with local_pki(tmp_path / "pki") as pki:
        config_dir = resolve_paths().config_dir
        config_dir.mkdir(parents=True, exist_ok=True)
        bundle = str(pki.root_bundle(tmp_path / "ca.pem"))  # the municipality's CA issued the signer
        settings = {"timestamp_url": pki.tsa_url, "trust_bundle": bundle}
        (config_dir / "config.json").write_text(json.dumps(settings), encoding="utf-8")
        monkeypatch.setenv("P12_PASS", "hemmelig")
        p12 = pki.signer_p12(tmp_path / "anna.p12", "hemmelig")
        assert main(["certificate", "import", str(p12), "--role", "Mødeleder", "--passphrase-env", "P12_PASS"]) == 0
        letter = tmp_path / "indstilling.pdf"
        assert main(["document", "DEMO-2026-003", "--kind", "indstilling", "--sign", "-o", str(letter)]) == 0
        assert "PAdES B-T" in capsys.readouterr().err
        assert main(["verify", str(letter), "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["signatures"][0]["level"] == "B-T"

        assert main(["document", "upgrade", str(letter)]) == 0
        assert "PAdES B-LTA" in capsys.readouterr().out
    reader = PdfFileReader(io.BytesIO(letter.read_bytes()))
    dss = DocumentSecurityStore.read_dss(reader)
    assert dss.ocsps and dss.crls, "the DSS holds the OCSP responses and CRLs fetched from 127.0.0.1"
    assert main(["verify", str(letter), "--json"]) == 0, capsys.readouterr().out
    report = json.loads(capsys.readouterr().out)
    assert [s["level"] for s in report["signatures"]] == ["B-LTA", "document timestamp"]
    assert all(r["allowed"] for r in report["revisions"])
    # signature, DSS, document timestamp (with the TSA's own validation data inside it): nothing unsigned after it
    assert [r["signature"] for r in report["revisions"]] == ["Underskrift Mødeleder", None, "Tidsstempel 1"]
