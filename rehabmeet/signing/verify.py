"""Verifying a PDF's signatures: intact or broken, whole document or not, and by whom.

A signature *covers the document* when it covers the whole file, or covers its revision and
everything added after it is only further signatures or form filling (pyHanko's modification
analysis). ``trusted`` says whether the certificate is one RehabMeet knows (imported or made
here); it is reported but does not decide ``ok``, which is about integrity.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text


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

    @property
    def ok(self) -> bool:
        return self.intact and self.covers_document


@dataclass(frozen=True, slots=True)
class VerifyReport:
    signatures: tuple[SignatureCheck, ...]

    @property
    def ok(self) -> bool:
        """True only when there is at least one signature and every one is intact and covers the document."""
        return bool(self.signatures) and all(s.ok for s in self.signatures)


def verify_pdf(content: bytes, trust_roots: Sequence[Any] = ()) -> VerifyReport:
    """Check every signature in ``content``."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(content), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise VerifyError(error_text("the file is not a readable PDF ({exc})", exc=exc)) from exc
    return VerifyReport(tuple(_check(signature, trust_roots) for signature in embedded))


def _check(signature: Any, trust_roots: Sequence[Any]) -> SignatureCheck:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    field = str(signature.field_name)
    try:
        context = ValidationContext(trust_roots=list(trust_roots), allow_fetching=False)
        with _quiet_pyhanko():
            status = validate_pdf_signature(signature, context)
    except Exception as exc:  # a damaged signature: pyHanko raises many kinds; all mean "broken"
        problem = str(exc) or type(exc).__name__
        return SignatureCheck(field, "?", None, False, False, "unknown", "unknown", False, "", problem)
    coverage, covers = _coverage(status)
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
    )


def _coverage(status: Any) -> tuple[str, bool]:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel as Level

    if status.coverage == Level.ENTIRE_FILE:
        return "whole file", True
    if status.coverage == Level.ENTIRE_REVISION:
        allowed = status.modification_level in (
            ModificationLevel.NONE,
            ModificationLevel.LTA_UPDATES,
            ModificationLevel.FORM_FILLING,
        )
        return "its revision", bool(allowed and status.docmdp_ok is not False)
    return "part of its revision", False


def _modifications(status: Any) -> str:
    from pyhanko.sign.diff_analysis import ModificationLevel

    level = status.modification_level
    return {
        ModificationLevel.NONE: "none",
        ModificationLevel.LTA_UPDATES: "timestamps only",
        ModificationLevel.FORM_FILLING: "signatures or form filling only",
    }.get(level, "other changes" if level is not None else "unknown")


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
