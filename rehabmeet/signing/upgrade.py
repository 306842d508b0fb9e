"""``document upgrade``: add validation data (B-LT) and a document timestamp (B-LTA) once online.

A signature made offline is B-B (or B-T with a timestamp). Upgrading fetches, for every signature
and its timestamp, the certificates, OCSP responses and CRLs that prove the certificates were
valid, puts them in the document security store (DSS, one incremental update) — B-LT — and then,
when a timestamp authority is configured, adds a document timestamp over everything — B-LTA.

The DSS revision is written without touching the document information or XMP (pyHanko would
update their dates), so the strict revision check (:mod:`rehabmeet.signing.revisions`) accepts it
as validation data only.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text


class UpgradeError(UserFacingError):
    """A document cannot be upgraded."""


@dataclass(frozen=True, slots=True)
class Upgraded:
    content: bytes
    level: str
    note: str = ""


def upgrade_pdf(
    content: bytes, trust_roots: Sequence[Any], timestamp_url: str = "", registered: Sequence[Any] | None = None
) -> Upgraded:
    """Return ``content`` with a DSS for every signature, and a document timestamp when ``timestamp_url`` is set.

    ``registered``: this computer's certificates, so a refusal says why a signer is not trusted.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(content), strict=False)
        signatures = [s for s in reader.embedded_signatures if s.sig_object_type == "/Sig"]
    except Exception as exc:  # damaged input: one line
        raise UpgradeError(error_text("the file is not a readable PDF ({exc})", exc=exc)) from exc
    if not signatures:
        raise UpgradeError(error_text("the document has no signatures to upgrade"))
    from rehabmeet.signing.verify import _quiet_pyhanko, verify_pdf

    report = verify_pdf(content, trust_roots, None, registered)
    if not report.ok:  # validation data and a timestamp must never seal a forgery
        problems = [*report.problems, *(s.problem for s in report.signatures if not s.ok and s.problem)]
        raise UpgradeError(
            error_text(
                "the document does not verify, so it is not upgraded: {value}",
                value="; ".join(dict.fromkeys(problems)) or error_text("a signature is not intact or not trusted"),
            )
        )
    with _quiet_pyhanko():  # pyHanko logs soft-fail revocation notes as warnings; the result says the level
        upgraded = asyncio.run(_upgrade(content, trust_roots, timestamp_url))
    if any(s.level == "B-B" for s in report.signatures):  # B-LT builds on B-T: a signature timestamp
        level = "B-B + validation data" + (" + document timestamp" if upgraded.level == "B-LTA" else "")
        note = error_text("the signatures have no signature timestamp, so the document is not PAdES B-LT or B-LTA")
        return Upgraded(upgraded.content, level, note)
    return upgraded


async def _upgrade(content: bytes, trust_roots: Sequence[Any], timestamp_url: str) -> Upgraded:
    """One event loop and one HTTP session for every OCSP, CRL and timestamp request."""
    import aiohttp
    from pyhanko_certvalidator import ValidationContext
    from pyhanko_certvalidator.fetchers.aiohttp_fetchers import AIOHttpFetcherBackend

    # the store's self-signed certificates are the anchors; a municipality's signer certificate is
    # then validated up to its CA, which is what makes its OCSP response or CRL worth keeping
    anchors = [c for c in trust_roots if c.self_signed != "no"]
    others = [c for c in trust_roots if c.self_signed == "no"]
    async with aiohttp.ClientSession() as session:
        context = ValidationContext(
            trust_roots=anchors,
            other_certs=others,
            allow_fetching=True,
            fetcher_backend=AIOHttpFetcherBackend(session),
        )
        try:
            content = await _with_dss(content, context)
        except Exception as exc:  # unreachable OCSP/CRL or an unknown chain: say which, change nothing
            raise UpgradeError(
                error_text("the validation data cannot be fetched ({exc}); nothing was changed", exc=exc)
            ) from exc
        if not timestamp_url:
            return Upgraded(content, "B-LT", error_text("no timestamp authority is configured; B-LT, not B-LTA"))
        return Upgraded(await _with_document_timestamp(content, timestamp_url, context, session), "B-LTA")


async def _with_dss(content: bytes, context: Any) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.dss import DocumentSecurityStore, collect_validation_info

    reader = PdfFileReader(io.BytesIO(content), strict=False)
    writer = IncrementalPdfFileWriter.from_reader(reader)
    writer._update_meta = lambda: None  # type: ignore[method-assign]  # validation data only: no info/XMP dates
    for signature in reader.embedded_signatures:
        if signature.sig_object_type != "/Sig":
            continue
        paths = await collect_validation_info(signature, context)
        DocumentSecurityStore.supply_dss_in_writer(
            writer,
            signature.pkcs7_content.hex().encode("ascii"),
            validation_context=context,
            paths=paths,
            embed_roots=True,
        )
    output = io.BytesIO()
    writer.write(output)  # type: ignore[no-untyped-call]
    return output.getvalue()


async def _with_document_timestamp(content: bytes, url: str, context: Any, session: Any) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import enumerate_sig_fields
    from pyhanko.sign.signers.pdf_signer import PdfTimeStamper, TimestampDSSContentSettings
    from pyhanko.sign.timestamps import HTTPTimeStamper

    writer = IncrementalPdfFileWriter(io.BytesIO(content), strict=False)
    taken = {name for name, *_ in enumerate_sig_fields(writer)}
    name = next(f"Tidsstempel {n}" for n in range(1, len(taken) + 2) if f"Tidsstempel {n}" not in taken)
    stamper = PdfTimeStamper(HTTPTimeStamper(url, timeout=10, session=session), field_name=name)
    output = io.BytesIO()
    try:
        # the TSA's own validation data goes into the timestamp's revision (before it, covered by it), not into
        # a further unsigned revision whose info/XMP dates the strict check would rightly refuse
        settings = TimestampDSSContentSettings(update_before_ts=True, include_vri=False)
        await stamper.async_timestamp_pdf(
            writer, "sha256", validation_context=context, output=output, dss_settings=settings
        )
    except OSError as exc:
        raise UpgradeError(
            error_text("the timestamp authority did not answer ({exc}); nothing was changed", exc=exc)
        ) from exc
    return output.getvalue()
