"""Signing certificates: a PKCS#12 file the municipality issues, or a self-made one for trials.

The PKCS#12 files are copied into RehabMeet's certificates folder (they are encrypted with
their passphrase); the passphrase goes to the OS keyring and nowhere else.
"""

from __future__ import annotations

import json
import secrets as _random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from rehabmeet.atomic import write_atomically
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text, os_reason
from rehabmeet.secrets import get_secret, set_secret

SELF_MADE_YEARS = 3


class CertificateError(UserFacingError):
    """A certificate cannot be imported, created or used."""


@dataclass(frozen=True, slots=True)
class CertificateInfo:
    """One signer's certificate as the app shows it.

    Attributes:
        id: the first 16 hex digits of the certificate's SHA-256 fingerprint.
        role: the role the holder signs as by default (``Mødeleder`` …), chosen at import.
        self_made: created by RehabMeet for trials (not issued by the municipality).
        accepted_by: the leader who accepted this certificate for signing on the municipality's behalf
            (``rehabmeet certificate accept``), empty when nobody did; ``accepted_at`` when.
    """

    id: str
    name: str
    organisation: str
    role: str
    not_before: datetime
    not_after: datetime
    self_made: bool
    accepted_by: str = ""
    accepted_at: datetime | None = None

    def valid_on(self, moment: datetime) -> bool:
        return self.not_before <= moment <= self.not_after


class CertificateStore:
    """The certificates in one folder; their passphrases in the keyring."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def import_p12(self, source: Path, passphrase: str, role: str = "") -> CertificateInfo:
        """Copy a PKCS#12 file in, after checking the passphrase opens it and it holds a key."""
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise CertificateError(
                error_text(
                    "the certificate file {source} cannot be read ({value})", source=source, value=os_reason(exc)
                )
            ) from exc
        _key, cert = _open_p12(data, passphrase, source.name)
        _check_usable(cert, source.name)
        return self._store(data, cert, passphrase, role, self_made=False)

    def create_self_made(self, name: str, organisation: str = "", role: str = "") -> CertificateInfo:
        """Create a key and a self-signed certificate for trials (not a municipality's certificate)."""
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.hazmat.primitives.serialization import pkcs12
        from cryptography.x509.oid import NameOID

        if not name.strip():
            raise CertificateError(error_text("a certificate needs the signer's name"))
        key = ec.generate_private_key(ec.SECP256R1())
        attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name.strip())]
        if organisation.strip():
            attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()))
        subject = x509.Name(attributes)
        now = datetime.now(UTC)
        usage = x509.KeyUsage(
            digital_signature=True,
            content_commitment=True,
            key_encipherment=False,
            data_encipherment=False,
            key_agreement=False,
            key_cert_sign=False,
            crl_sign=False,
            encipher_only=False,
            decipher_only=False,
        )
        cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=365 * SELF_MADE_YEARS))
            .add_extension(usage, critical=True)
            .sign(key, hashes.SHA256())
        )
        passphrase = _random.token_urlsafe(24)
        data = pkcs12.serialize_key_and_certificates(
            name.encode("utf-8"), key, cert, None, serialization.BestAvailableEncryption(passphrase.encode())
        )
        return self._store(data, cert, passphrase, role, self_made=True)

    def all(self) -> tuple[CertificateInfo, ...]:
        """Return the stored certificates, newest first."""
        if not self.folder.is_dir():
            return ()
        infos = [self._info(path) for path in sorted(self.folder.glob("*.json"))]
        return tuple(sorted((i for i in infos if i is not None), key=lambda i: i.not_before, reverse=True))

    def get(self, certificate_id: str) -> CertificateInfo:
        for info in self.all():
            if info.id == certificate_id or info.id.startswith(certificate_id):
                return info
        raise CertificateError(
            error_text(
                "no signing certificate {certificate_id!r}; see `rehabmeet certificate list`",
                certificate_id=certificate_id,
            )
        )

    def load_signer(self, certificate_id: str) -> Any:
        """Return a pyHanko signer for the certificate, its passphrase fetched from the keyring."""
        from pyhanko.sign.signers import SimpleSigner

        info = self.get(certificate_id)
        now = datetime.now(UTC)
        if now < info.not_before or now > info.not_after:
            raise CertificateError(
                error_text(
                    "{name}'s certificate is valid {start} to {end}, not now; nothing was signed",
                    name=info.name,
                    start=f"{info.not_before:%Y-%m-%d}",
                    end=f"{info.not_after:%Y-%m-%d}",
                )
            )
        passphrase = get_secret(secret_name(info.id))
        if passphrase is None:
            raise CertificateError(
                error_text(
                    "the passphrase of {name}'s certificate is not in this computer's keyring; import it again",
                    name=info.name,
                )
            )
        path = str(self.folder / f"{info.id}.p12")
        signer = SimpleSigner.load_pkcs12(path, passphrase=passphrase.encode())  # type: ignore[no-untyped-call]
        if signer is None:
            raise CertificateError(
                error_text("{name}'s certificate cannot be opened with the stored passphrase", name=info.name)
            )
        return signer

    def roles(self) -> dict[str, str]:
        """Return each stored certificate's id and the role it is registered for."""
        return {info.id: info.role for info in self.all()}

    def trust_roots(self, bundle: str | Path = "") -> list[Any]:
        """Return what the municipality trusts: ``bundle``'s CAs (a PEM file) and the accepted certificates.

        A certificate being in this folder proves nothing: anyone can make one in another person's
        name. Self-made and imported certificates are trusted only once a leader accepted them.
        """
        from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped]

        accepted = [self.certificate_der(info.id) for info in self.all() if info.accepted_by]
        roots = [asn1_x509.Certificate.load(der) for der in accepted if der is not None]
        return roots + load_bundle(Path(bundle)) if bundle else roots

    def registered_roots(self, bundle: str | Path = "") -> list[Any]:
        """Return every stored certificate (and its issuers), and ``bundle``'s: made on this installation.

        For checkpoints, which say "written by this installation", not "signed for the municipality".
        """
        from asn1crypto import x509 as asn1_x509
        from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

        roots = []
        for info in self.all():
            passphrase = get_secret(secret_name(info.id))
            if passphrase is None:
                continue
            data = (self.folder / f"{info.id}.p12").read_bytes()
            _key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase.encode())
            for item in [cert, *(extra or [])]:
                if item is not None:
                    roots.append(asn1_x509.Certificate.load(item.public_bytes(Encoding.DER)))
        return roots + load_bundle(Path(bundle)) if bundle else roots

    def _store(self, data: bytes, cert: Any, passphrase: str, role: str, *, self_made: bool) -> CertificateInfo:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.serialization import Encoding

        info = CertificateInfo(
            id=cert.fingerprint(hashes.SHA256()).hex()[:16],
            name=_attribute(cert, "COMMON_NAME") or "?",
            organisation=_attribute(cert, "ORGANIZATION_NAME"),
            role=role.strip(),
            not_before=cert.not_valid_before_utc,
            not_after=cert.not_valid_after_utc,
            self_made=self_made,
        )
        self._refuse_same_name(info)
        set_secret(secret_name(info.id), passphrase)
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(self.folder / f"{info.id}.p12", data)
        write_atomically(self.folder / f"{info.id}.pem", cert.public_bytes(Encoding.PEM))
        record = {
            "name": info.name,
            "organisation": info.organisation,
            "role": info.role,
            "not_before": info.not_before.isoformat(),
            "not_after": info.not_after.isoformat(),
            "self_made": self_made,
        }
        self._write_record(info.id, record)
        return info

    def accept(self, certificate_id: str, accepted_by: str) -> CertificateInfo:
        """Record that ``accepted_by`` (a leader) accepts the certificate for signing for the municipality.

        A certificate the municipality's CA bundle does not issue (a self-made or an imported one) is
        trusted by ``verify`` only after this. The caller logs the acceptance in the event log.
        """
        info = self.get(certificate_id)
        if not accepted_by.strip():
            raise CertificateError(error_text("say who accepts the certificate: --by NAME (a leader)"))
        path = self.folder / f"{info.id}.json"
        record = json.loads(path.read_text("utf-8"))
        record["accepted_by"] = accepted_by.strip()
        record["accepted_at"] = datetime.now(UTC).isoformat(timespec="seconds")
        self._write_record(info.id, record)
        return self.get(info.id)

    def certificate_der(self, certificate_id: str) -> bytes | None:
        """The certificate itself (public, DER), without opening the PKCS#12; ``None`` when it cannot be read."""
        from asn1crypto import pem

        try:
            data = (self.folder / f"{certificate_id}.pem").read_bytes()
        except OSError:
            return self._der_from_p12(certificate_id)
        return bytes(pem.unarmor(data)[2]) if pem.detect(data) else None

    def _der_from_p12(self, certificate_id: str) -> bytes | None:
        from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

        passphrase = get_secret(secret_name(certificate_id))
        if passphrase is None:
            return None
        data = (self.folder / f"{certificate_id}.p12").read_bytes()
        _key, cert, _extra = pkcs12.load_key_and_certificates(data, passphrase.encode())
        return cert.public_bytes(Encoding.DER) if cert is not None else None

    def _refuse_same_name(self, new: CertificateInfo) -> None:
        """A second certificate in another certificate's name is refused (someone posing as that person)."""
        for other in self.all():
            if other.id != new.id and other.name.casefold() == new.name.casefold():
                raise CertificateError(
                    error_text(
                        "a certificate in the name {name} is already registered ({certificate_id}); "
                        "a second certificate in the same name is refused",
                        name=new.name,
                        certificate_id=other.id,
                    )
                )

    def _write_record(self, certificate_id: str, record: dict[str, Any]) -> None:
        text = json.dumps(record, ensure_ascii=False, indent=2)
        write_atomically(self.folder / f"{certificate_id}.json", text.encode("utf-8"))

    @staticmethod
    def _info(path: Path) -> CertificateInfo | None:
        try:
            record = json.loads(path.read_text("utf-8"))
            return CertificateInfo(
                id=path.stem,
                name=str(record["name"]),
                organisation=str(record.get("organisation", "")),
                role=str(record.get("role", "")),
                not_before=datetime.fromisoformat(record["not_before"]),
                not_after=datetime.fromisoformat(record["not_after"]),
                self_made=bool(record.get("self_made", False)),
                accepted_by=str(record.get("accepted_by", "")),
                accepted_at=datetime.fromisoformat(record["accepted_at"]) if record.get("accepted_at") else None,
            )
        except (OSError, ValueError, KeyError):
            return None


def secret_name(certificate_id: str) -> str:
    """The keyring name of a certificate's passphrase."""
    return f"signing-passphrase:{certificate_id}"


def _open_p12(data: bytes, passphrase: str, name: str) -> tuple[Any, Any]:
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        key, cert, _extra = pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8"))
    except ValueError as exc:
        raise CertificateError(
            error_text("{name} cannot be opened: wrong passphrase, or not a PKCS#12 (.p12/.pfx) file", name=name)
        ) from exc
    if key is None or cert is None:
        raise CertificateError(error_text("{name} holds no private key and certificate to sign with", name=name))
    return key, cert


def _check_usable(cert: Any, name: str) -> None:
    """Refuse a certificate that is expired, not yet valid, or whose key usage does not allow signing."""
    from cryptography import x509

    now = datetime.now(UTC)
    if now < cert.not_valid_before_utc:
        raise CertificateError(
            error_text(
                "{name}: the certificate is not valid before {start}",
                name=name,
                start=f"{cert.not_valid_before_utc:%Y-%m-%d}",
            )
        )
    if now > cert.not_valid_after_utc:
        raise CertificateError(
            error_text(
                "{name}: the certificate expired on {end}", name=name, end=f"{cert.not_valid_after_utc:%Y-%m-%d}"
            )
        )
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return  # no key-usage extension: not restricted (RFC 5280 § 4.2.1.3)
    if not (usage.digital_signature or usage.content_commitment):
        raise CertificateError(
            error_text("{name}: the certificate's key usage does not allow signing documents", name=name)
        )


def _attribute(cert: Any, oid_name: str) -> str:
    from cryptography.x509.oid import NameOID

    values = cert.subject.get_attributes_for_oid(getattr(NameOID, oid_name))
    return str(values[0].value) if values else ""


def load_bundle(path: Path) -> list[Any]:
    """Return the certificates of a PEM bundle; one line naming the file when it cannot be read."""
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509

    try:
        data = path.expanduser().read_bytes()
        certificates = [asn1_x509.Certificate.load(der) for _kind, _headers, der in pem.unarmor(data, multiple=True)]
    except (OSError, ValueError) as exc:
        raise CertificateError(
            error_text("the trust bundle {path} cannot be read as PEM certificates ({exc})", path=path, exc=exc)
        ) from exc
    if not certificates:
        raise CertificateError(error_text("the trust bundle {path} holds no certificates", path=path))
    return certificates
