"""Verifying a PDF's signatures so that a forger cannot pass: intact, unchanged since, trusted.

A document is *verified* only when

* every signature is cryptographically intact (the signed bytes are unchanged);
* every signer's certificate is trusted by the municipality: it chains to the configured CA bundle
  (``trust_bundle`` in ``config.json``), or a leader accepted it (``rehabmeet certificate accept``).
  Being in RehabMeet's store is not enough — anyone can make a certificate in another person's
  name: a self-made one is reported "self-made certificate (demo/trial)" and is not trusted, and a
  self-signed "Helle Kragh" from elsewhere is *not known here* (issue 16, finding 2);
* every revision after the first signature does nothing but fill one of the pre-made signature
  fields with a signature (or add a document timestamp or validation data): see
  :mod:`rehabmeet.signing.revisions`. A new field, annotation or appearance, a changed page,
  content, font or metadata is *changed after signing* (issue 16, finding 1);
* no role signed twice and no certificate signed twice.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.signing.certificates import CertificateInfo, CertificateStore
from rehabmeet.signing.revisions import RevisionCheck, check_revisions


class VerifyError(UserFacingError):
    """The file cannot be read as a PDF."""


@dataclass(frozen=True, slots=True)
class SignatureCheck:
    """One signature's result.

    Attributes:
        intact: the signed bytes are unchanged and the cryptographic signature is valid.
        covers_document: see the module docstring.
        coverage: ``whole file``, ``its revision`` or ``part of its revision``.
        modifications: what was changed after this signature (``none``, ``signatures or form filling only`` …).
    """

    field: str
    signer: str
    signed_at: datetime | None
    intact: bool
    covers_document: bool
    coverage: str
    modifications: str
    trusted: bool
    reason: str
    problem: str = ""
    subfilter: str = ""
    level: str = ""
    timestamped_at: datetime | None = None
    certificate: str = ""
    timestamp_problem: str = ""
    trust: str = ""
    accepted_by: str = ""
    revision: int = 0
    revisions: int = 0

    @property
    def ok(self) -> bool:
        return self.intact and self.covers_document and self.trusted

    @property
    def trust_text(self) -> str:
        """Why the certificate is (not) trusted, in the user's language (see :data:`TRUST_KINDS`)."""
        if self.trust == "accepted":
            return error_text("accepted by {name}", name=self.accepted_by)
        return TRUST_KINDS[self.trust]() if self.trust in TRUST_KINDS else ""


TRUST_KINDS = {
    "municipality_ca": lambda: error_text("issued by the municipality's CA"),
    "self_made": lambda: error_text("self-made certificate (demo/trial), not accepted by a leader"),
    "registered": lambda: error_text("registered here, but not issued by the municipality's CA nor accepted"),
    "unknown": lambda: error_text("not known here"),
}
"""Certificate trust: a code in ``--json`` (``accepted`` besides these) and its sentence."""


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """Every signature and every revision after the first signature.

    Attributes:
        roles: certificate id → the role it is registered for in the store; a signature in a role's
            field by a certificate registered for another role is a problem. Empty: not checked.
    """

    signatures: tuple[SignatureCheck, ...]
    revisions: tuple[RevisionCheck, ...] = ()
    roles: dict[str, str] | None = None
    name_clashes: tuple[str, ...] = ()

    @property
    def problems(self) -> tuple[str, ...]:
        """Why the document is not verified, one line each (empty when it is)."""
        lines: list[str] = []
        if not self.signatures:
            lines.append(error_text("no signatures"))
        for revision in self.revisions:
            if not revision.allowed:
                what = ", ".join(revision.changes) or revision.problem
                if revision.signature:
                    lines.append(
                        error_text(
                            "changed after signing: revision {number} (with the signature {field!r}): {what}",
                            number=revision.number,
                            field=revision.signature,
                            what=what,
                        )
                    )
                else:
                    lines.append(
                        error_text(
                            "changed after signing: revision {number}: {what}", number=revision.number, what=what
                        )
                    )
        for s in self.signatures:
            if not s.intact:
                lines.append(
                    error_text(
                        "signature {field!r} by {signer} is broken: {problem}",
                        field=s.field,
                        signer=s.signer,
                        problem=s.problem or error_text("the signed bytes changed"),
                    )
                )
            elif s.timestamp_problem:
                lines.append(
                    error_text(
                        "signature {field!r} by {signer}: its timestamp {problem}",
                        field=s.field,
                        signer=s.signer,
                        problem=s.timestamp_problem,
                    )
                )
            elif not s.trusted:
                lines.append(
                    error_text(
                        "signature {field!r} by {signer}: certificate not trusted ({why})",
                        field=s.field,
                        signer=s.signer,
                        why=s.trust_text or error_text("not known here"),
                    )
                )
        lines.extend(_duplicates(self.signatures))
        lines.extend(self.name_clashes)
        lines.extend(_wrong_roles(self.signatures, self.roles or {}))
        return tuple(lines)

    def covers(self, check: SignatureCheck) -> str:
        """What the signature really covers: the whole document, or revision N of M and what followed."""
        if not check.intact or not check.covers_document:
            return error_text("NOT the whole document ({coverage})", coverage=check.coverage)
        if check.coverage == "whole file" or not check.revision:
            return error_text("whole document")
        later = [r for r in self.revisions if r.number > check.revision]
        followed = (
            error_text("later only signing")
            if all(r.allowed for r in later)
            else error_text("later revisions are changes")
        )
        return error_text(
            "revision {number} of {total}; {followed}", number=check.revision, total=check.revisions, followed=followed
        )

    @property
    def ok(self) -> bool:
        """True only when there is at least one signature and nothing in :attr:`problems`."""
        return bool(self.signatures) and all(s.ok for s in self.signatures) and not self.problems


def verify_pdf(
    content: bytes,
    trust_roots: Sequence[Any] = (),
    roles: dict[str, str] | None = None,
    registered: Sequence[CertificateInfo] | None = None,
) -> VerifyReport:
    """Check every signature in ``content`` and every revision after the first signature.

    ``trust_roots``: what the municipality trusts (:meth:`CertificateStore.trust_roots`);
    ``registered``: the certificates on this computer, to say why a signer is not trusted (self-made …)
    and to flag a certificate registered in the same name as another.
    """
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    if not content.lstrip()[:5] == b"%PDF-":
        raise VerifyError(error_text("the file is not a readable PDF (it does not start with %PDF-)"))
    try:
        reader = PdfFileReader(io.BytesIO(content), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
        raise VerifyError(error_text("the file is not a readable PDF ({exc})", exc=exc)) from exc
    total = int(reader.xrefs.total_revisions)
    signatures = tuple(
        replace(_with_trust(_check(signature, trust_roots), registered), revision=_number(signature), revisions=total)
        for signature in embedded
    )
    try:
        revisions = check_revisions(reader, embedded)
    except Exception as exc:  # a structure the analysis cannot follow is not a verified document
        revisions = (RevisionCheck(0, "", False, (), f"the revisions cannot be analysed ({exc})"),)
    return VerifyReport(signatures, revisions, roles, _name_clashes(signatures, registered or ()))


def _number(signature: Any) -> int:
    """The 1-based revision a signature covers, as :class:`RevisionCheck` numbers them (0 when unknown)."""
    try:
        return int(signature.signed_revision) + 1
    except Exception:  # a damaged signature may not say which revision it covers
        return 0


def verify_with_store(content: bytes, store: CertificateStore, bundle: str | Path = "") -> VerifyReport:
    """:func:`verify_pdf` with what ``store`` and the configured CA ``bundle`` say about trust and roles."""
    return verify_pdf(content, store.trust_roots(bundle), store.roles(), store.all())


def _with_trust(check: SignatureCheck, registered: Sequence[CertificateInfo] | None) -> SignatureCheck:
    """Say why the signer's certificate is (not) trusted: accepted, the municipality's CA, self-made …"""
    if not check.certificate or check.level == "document timestamp":
        return check
    info = next((i for i in registered or () if i.id == check.certificate), None)
    if check.trusted:
        if info is not None and info.accepted_by:
            return replace(check, trust="accepted", accepted_by=info.accepted_by)
        return replace(check, trust="municipality_ca")
    if info is None:
        return replace(check, trust="unknown")
    return replace(check, trust="self_made" if info.self_made else "registered")


def _name_clashes(signatures: Sequence[SignatureCheck], registered: Sequence[CertificateInfo]) -> tuple[str, ...]:
    """A signer whose name another registered certificate also carries: one of them poses as the other."""
    lines = []
    for s in signatures:
        others = [i.id for i in registered if i.name.casefold() == s.signer.casefold() and i.id != s.certificate]
        if others and s.level != "document timestamp":
            lines.append(
                error_text(
                    "signature {field!r} by {signer}: another certificate in the same name is registered here ({ids})",
                    field=s.field,
                    signer=s.signer,
                    ids=", ".join(others),
                )
            )
    return tuple(lines)


def _check(signature: Any, trust_roots: Sequence[Any]) -> SignatureCheck:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    field = str(signature.field_name)
    subfilter = str(signature.sig_object.get("/SubFilter", "")).lstrip("/")
    if signature.sig_object_type == "/DocTimeStamp":
        return _check_document_timestamp(signature, trust_roots)
    try:
        context = ValidationContext(trust_roots=list(trust_roots), allow_fetching=False)
        with _quiet_pyhanko():
            status = validate_pdf_signature(signature, context, skip_diff=True)
    except Exception as exc:  # a damaged signature: pyHanko raises many kinds; all mean "broken"
        problem = str(exc) or type(exc).__name__
        return SignatureCheck(field, "?", None, False, False, "unknown", "unknown", False, "", problem, subfilter)
    coverage, covers = _coverage(status)
    timestamp = getattr(status, "timestamp_validity", None)
    return SignatureCheck(
        field=field,
        signer=status.signing_cert.subject.native.get("common_name", "?"),
        signed_at=status.signer_reported_dt,
        intact=bool(status.intact and status.valid),
        covers_document=covers,
        coverage=coverage,
        modifications=_modifications(status),
        trusted=bool(status.trusted),
        reason=str(signature.sig_object.get("/Reason", "")),
        subfilter=subfilter,
        level=_level(signature, timestamp is not None),
        timestamped_at=timestamp.timestamp if timestamp is not None else None,
        certificate=status.signing_cert.sha256.hex()[:16],
        timestamp_problem=_timestamp_problem(timestamp),
    )


def _check_document_timestamp(signature: Any, trust_roots: Sequence[Any]) -> SignatureCheck:
    """A document timestamp (B-LTA): intact, and from a timestamp authority the store trusts."""
    from pyhanko.sign.validation import validate_pdf_timestamp
    from pyhanko_certvalidator import ValidationContext

    field = str(signature.field_name)
    try:
        context = ValidationContext(trust_roots=list(trust_roots), allow_fetching=False)
        with _quiet_pyhanko():
            status = validate_pdf_timestamp(signature, validation_context=context)
    except Exception as exc:  # a damaged timestamp: pyHanko raises many kinds; all mean "broken"
        problem = str(exc) or type(exc).__name__
        return SignatureCheck(field, "?", None, False, False, "unknown", "unknown", False, "", problem, "ETSI.RFC3161")
    coverage, covers = _coverage(status)
    return SignatureCheck(
        field=field,
        signer=status.signing_cert.subject.native.get("common_name", "?"),
        signed_at=status.timestamp,
        intact=bool(status.intact and status.valid),
        covers_document=covers,
        coverage=coverage,
        modifications=_modifications(status),
        trusted=bool(status.trusted),
        reason="",
        subfilter="ETSI.RFC3161",
        level="document timestamp",
        timestamped_at=status.timestamp,
        certificate=status.signing_cert.sha256.hex()[:16],
    )


def _timestamp_problem(timestamp: Any) -> str:
    if timestamp is None:
        return ""
    if not (timestamp.intact and timestamp.valid):
        return error_text("is broken")
    if not timestamp.trusted:
        return error_text("is from an authority that is not trusted")
    return ""


def _level(signature: Any, timestamped: bool) -> str:
    """The PAdES baseline level the signature reaches: B-B, B-T (signature timestamp), B-LT/B-LTA (DSS, doc TS)."""
    if str(signature.sig_object.get("/SubFilter", "")) != "/ETSI.CAdES.detached":
        return "not PAdES"
    if signature.sig_object_type == "/DocTimeStamp":
        return "document timestamp"
    if not timestamped:
        return "B-B"
    root = signature.reader.root
    if "/DSS" not in root:
        return "B-T"
    later_doc_ts = any(
        other.sig_object_type == "/DocTimeStamp" and other.signed_revision > signature.signed_revision
        for other in signature.reader.embedded_signatures
    )
    return "B-LTA" if later_doc_ts else "B-LT"


def _wrong_roles(signatures: Sequence[SignatureCheck], roles: dict[str, str]) -> list[str]:
    """A signature in a role's field must be made with a certificate registered for that role."""
    lines: list[str] = []
    for s in signatures:
        role = s.field.removeprefix("Underskrift ").strip() if s.field.startswith("Underskrift ") else ""
        registered = roles.get(s.certificate)
        if not role or registered is None or s.level == "document timestamp":
            continue
        if registered.casefold() != role.casefold():
            lines.append(
                error_text(
                    "signature {field!r} by {signer}: the certificate is registered for {registered!r}, not {role!r}",
                    field=s.field,
                    signer=s.signer,
                    registered=registered or "-",
                    role=role,
                )
            )
    return lines


def _duplicates(signatures: Sequence[SignatureCheck]) -> list[str]:
    """Each role signs at most once, and no certificate signs twice (issue 16, finding 5)."""
    lines: list[str] = []
    seen_roles: dict[str, str] = {}
    seen_certs: dict[str, str] = {}
    for s in signatures:
        if s.level == "document timestamp":
            continue
        role = s.reason.removeprefix("Underskrevet som ").strip()
        if role and role != "Underskrevet" and role in seen_roles:
            lines.append(
                error_text(
                    "the role {role} signed twice ({first!r} and {field!r})",
                    role=role,
                    first=seen_roles[role],
                    field=s.field,
                )
            )
        seen_roles.setdefault(role, s.field)
        if s.certificate and s.certificate in seen_certs:
            lines.append(
                error_text(
                    "{signer} signed twice with the same certificate ({first!r} and {field!r})",
                    signer=s.signer,
                    first=seen_certs[s.certificate],
                    field=s.field,
                )
            )
        seen_certs.setdefault(s.certificate, s.field)
    return lines


def _coverage(status: Any) -> tuple[str, bool]:
    """Whether the signature covers the whole file, or its revision (what follows is judged per revision)."""
    from pyhanko.sign.validation.status import SignatureCoverageLevel as Level

    if status.coverage == Level.ENTIRE_FILE:
        return "whole file", True
    if status.coverage == Level.ENTIRE_REVISION:
        return "its revision", True
    return "part of its revision", False


def _modifications(status: Any) -> str:
    from pyhanko.sign.validation.status import SignatureCoverageLevel as Level

    return "none" if status.coverage == Level.ENTIRE_FILE else "see the revisions"


class _quiet_pyhanko:
    """pyHanko logs an untrusted (self-made) certificate as an error with a traceback; we report it instead."""

    def __enter__(self) -> None:
        self._loggers = [logging.getLogger(n) for n in ("pyhanko", "pyhanko_certvalidator")]
        self._levels = [logger.level for logger in self._loggers]
        for logger in self._loggers:
            logger.setLevel(logging.CRITICAL)

    def __exit__(self, *exc: object) -> None:
        for logger, level in zip(self._loggers, self._levels, strict=True):
            logger.setLevel(level)
