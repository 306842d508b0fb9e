"""Certificates that must not sign are refused with one line before anything is signed (issue 16, bad input)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from rehabmeet.cli import main


def _p12(path: Path, *, days: tuple[int, int] = (-1, 30), signing: bool = True) -> Path:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Anna Leder")])
    now = datetime.now(UTC)
    usage = x509.KeyUsage(signing, False, not signing, False, False, False, False, False, False)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now + timedelta(days=days[0]))
        .not_valid_after(now + timedelta(days=days[1]))
        .add_extension(usage, critical=True)
        .sign(key, hashes.SHA256())
    )
    encryption = serialization.BestAvailableEncryption(b"hemmelig")
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"x", key, cert, None, encryption))
    return path


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"days": (-30, -1)}, "the certificate expired on"),
        ({"days": (2, 30)}, "the certificate is not valid before"),
        ({"signing": False}, "key usage does not allow signing"),
    ],
    ids=["expired", "not-yet-valid", "no-signing-usage"],
)
def test_an_unusable_certificate_is_refused_at_import_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, options: dict, message: str
) -> None:
    monkeypatch.setenv("P12_PASS", "hemmelig")
    p12 = _p12(tmp_path / "leder.p12", **options)
    assert main(["certificate", "import", str(p12), "--passphrase-env", "P12_PASS"]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not list((tmp_path / "home").rglob("*.p12"))
