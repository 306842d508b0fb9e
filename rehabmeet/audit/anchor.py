"""Anchoring the event log outside the database: checkpoints and signed documents remember its head.

The hash chain alone cannot catch someone holding the database key: they can edit an entry and
recompute every later hash, and the chain verifies again (issue 16, finding 4). What they cannot
change is what was written down *outside* the database before:

* a **checkpoint** (``rehabmeet log checkpoint -o FILE``): a small JSON file with the head (last
  entry id and hash), the entry count and every 100th entry's hash, which the municipality keeps,
  signed (CAdES detached, in the file) with a certificate from the store when one is given;
* every **signed PDF**: when a letter is issued, the head at that moment goes into the document
  information (``/RehabMeetLogHead``) of the revision its first signature covers.

:func:`check_anchors` then looks each recorded entry up in the database: a missing entry means the
log was cut (truncated), a different hash that it was rewritten (or forked) at or before it.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rehabmeet.atomic import write_atomically
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.models import Event

CHECKPOINT_FORMAT = "rehabmeet-log-checkpoint/1"
MARK_EVERY = 100
PDF_HEAD_KEY = "/RehabMeetLogHead"
LOG_ID_MARK = ";log="


@dataclass(frozen=True, slots=True)
class Anchor:
    """One recorded entry: ``entry_id`` had ``entry_hash`` when ``source`` was written."""

    source: str
    entry_id: int
    entry_hash: str
    log_id: str = ""


@dataclass(frozen=True, slots=True)
class AnchorFinding:
    """An anchor the log no longer holds.

    Attributes:
        problem: ``missing`` (the entry is gone: the log was cut), ``rewritten`` (its hash differs) or
            ``foreign`` (the source recorded another log: its first entry differs from this one's).
        last_good: the last recorded entry (from the same source) that still matches, 0 when none.
    """

    anchor: Anchor
    problem: str
    last_good: int


def log_id(session: Session) -> str:
    """The identity of this database's log: its first entry's hash (another installation has another)."""
    first = session.scalar(select(Event.entry_hash).order_by(Event.id).limit(1))
    return str(first or "")


def log_head(session: Session) -> tuple[int, str] | None:
    """Return the last entry's id and hash, or ``None`` for an empty log."""
    row = session.execute(select(Event.id, Event.entry_hash).order_by(Event.id.desc()).limit(1)).first()
    return (int(row.id), str(row.entry_hash)) if row is not None else None


class AnchorError(UserFacingError):
    """A checkpoint whose own signature does not hold: the log cannot be checked against it."""


def _payload(document: dict[str, Any]) -> bytes:
    """The bytes a checkpoint's signature covers: the document without its signature, canonical JSON."""
    unsigned = {k: v for k, v in document.items() if k not in ("signature", "signed_by")}
    return json.dumps(unsigned, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _sign(payload: bytes, signer: Any) -> str:
    import asyncio
    import base64

    content_info = asyncio.run(signer.async_sign_general_data(payload, "sha256", detached=True, use_cades=True))
    return base64.b64encode(content_info.dump()).decode("ascii")


def _check_signature(path: Path, document: dict[str, Any], trust_roots: Sequence[Any]) -> None:
    import asyncio
    import base64

    from asn1crypto import cms  # type: ignore[import-untyped]
    from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
    from pyhanko_certvalidator import ValidationContext

    try:
        signed_data = cms.ContentInfo.load(base64.b64decode(document["signature"]))["content"]
        context = ValidationContext(trust_roots=list(trust_roots), allow_fetching=False)
        status = asyncio.run(async_validate_detached_cms(_payload(document), signed_data, context))
    except Exception as exc:  # a damaged signature is a broken one
        raise AnchorError(error_text("{file}: the checkpoint's signature is damaged", file=path)) from exc
    if not (status.intact and status.valid):
        raise AnchorError(error_text("{file}: the checkpoint was changed after it was signed", file=path))
    if not status.trusted:
        raise AnchorError(error_text("{file}: the checkpoint is signed by a certificate not trusted here", file=path))


def write_checkpoint(
    sessions: Callable[[], Session], target: Path, signer: Any = None, signed_by: str = ""
) -> dict[str, Any]:
    """Write a checkpoint of the log's head (and every 100th entry) to ``target``, signed when ``signer`` is given."""
    with sessions() as session:
        head = log_head(session)
        identity = log_id(session)
        count = int(session.scalar(select(func.count(Event.id))) or 0)
        marks = session.execute(
            select(Event.id, Event.entry_hash).where(Event.id % MARK_EVERY == 0).order_by(Event.id)
        ).all()
    if head is None:
        raise UserFacingError(error_text("the event log is empty; there is nothing to checkpoint"))
    document = {
        "format": CHECKPOINT_FORMAT,
        "written_at": datetime.now(UTC).isoformat(),
        "entries": count,
        "head": {"id": head[0], "hash": head[1]},
        "log_id": identity,
        "marks": [[int(m.id), str(m.entry_hash)] for m in marks],
    }
    if signer is not None:
        document["signature"] = _sign(_payload(document), signer)
        document["signed_by"] = signed_by
    write_atomically(target, (json.dumps(document, indent=1) + "\n").encode("utf-8"))
    return document


def read_anchors(path: Path, trust_roots: Sequence[Any] | None = None, *, require_signed: bool = False) -> list[Anchor]:
    """Return the entries ``path`` (a checkpoint or a signed PDF) recorded, oldest first.

    A signed checkpoint's signature is checked first (with ``trust_roots``; ``None`` skips the check):
    :class:`AnchorError` when it does not hold. With ``require_signed`` an unsigned checkpoint is an
    :class:`AnchorError` too. A PDF counts only when a signature that is intact covers its head.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserFacingError(error_text("cannot read {file} ({value})", file=path, value=exc.strerror or exc)) from exc
    if data.lstrip()[:5] == b"%PDF-":
        return _pdf_anchors(path, data)
    try:
        document = json.loads(data.decode("utf-8"))
        if document.get("format") != CHECKPOINT_FORMAT:
            raise ValueError(document.get("format"))
        pairs = [*document.get("marks", []), [document["head"]["id"], document["head"]["hash"]]]
        identity = str(document.get("log_id", ""))
        anchors = [Anchor(str(path), int(i), str(h), identity) for i, h in pairs]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UserFacingError(error_text("{file} is neither a RehabMeet log checkpoint nor a PDF", file=path)) from exc
    if trust_roots is not None and "signature" in document:
        _check_signature(path, document, trust_roots)
    elif trust_roots is not None and require_signed:
        raise AnchorError(
            error_text(
                "{file} is not signed: anyone could have written it, so it is not counted as an anchor", file=path
            )
        )
    return anchors


def _pdf_anchors(path: Path, data: bytes) -> list[Anchor]:
    """The head recorded in the revision the first signature covers (later revisions cannot move it)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = list(reader.embedded_signatures)
        if not signatures:
            raise AnchorError(
                error_text("{file} is not signed: the head it records is not counted as an anchor", file=path)
            )
        first = min(signatures, key=lambda s: int(s.signed_revision))
        resolver = reader.get_historical_resolver(int(first.signed_revision))
        value = str(resolver.trailer_view["/Info"].get_object().get(PDF_HEAD_KEY, ""))
        intact = _intact(first)
    except AnchorError:
        raise
    except Exception as exc:  # damaged PDFs raise many kinds; the message names the file
        raise UserFacingError(error_text("{file} is not a readable PDF", file=path)) from exc
    if not intact:
        raise AnchorError(
            error_text(
                "{file}: its first signature is broken, so the head it records is not counted as an anchor", file=path
            )
        )
    if not value or ":" not in value:
        raise UserFacingError(error_text("{file} records no event-log head (issued before 0.2?)", file=path))
    head, _, identity = value.partition(LOG_ID_MARK)
    entry_id, entry_hash = head.split(":", 1)
    return [Anchor(str(path), int(entry_id), entry_hash, identity)]


def _intact(signature: Any) -> bool:
    """Whether the signature's bytes are unchanged (trust is not asked: a letter from elsewhere is fine here)."""
    import logging

    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    logger = logging.getLogger("pyhanko")  # an untrusted signer is logged as an error; only intactness counts
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        context = ValidationContext(trust_roots=[], allow_fetching=False)
        status = validate_pdf_signature(signature, context, skip_diff=True)
    finally:
        logger.setLevel(level)
    return bool(status.intact and status.valid)


def check_anchors(sessions: Callable[[], Session], anchors: Sequence[Anchor]) -> list[AnchorFinding]:
    """Return, per source, the first recorded entry the log no longer holds as recorded."""
    findings: list[AnchorFinding] = []
    by_source: dict[str, list[Anchor]] = {}
    for anchor in anchors:
        by_source.setdefault(anchor.source, []).append(anchor)
    with sessions() as session:
        identity = log_id(session)
        for recorded in by_source.values():
            other = next((a for a in recorded if a.log_id and a.log_id != identity), None)
            if other is not None:
                findings.append(AnchorFinding(other, "foreign", 0))
                continue
            finding = _first_mismatch(session, sorted(recorded, key=lambda a: a.entry_id))
            if finding is not None:
                findings.append(finding)
    return findings


def _first_mismatch(session: Session, recorded: Iterable[Anchor]) -> AnchorFinding | None:
    last_good = 0
    for anchor in recorded:
        stored = session.scalar(select(Event.entry_hash).where(Event.id == anchor.entry_id))
        if stored is None:
            return AnchorFinding(anchor, "missing", last_good)
        if stored != anchor.entry_hash:
            return AnchorFinding(anchor, "rewritten", last_good)
        last_good = anchor.entry_id
    return None


def head_value(head: tuple[int, str] | None, identity: str = "") -> str:
    """The document-information value that records ``head``: ``"<id>:<hash>;log=<log id>"`` (``""``: empty log)."""
    if head is None:
        return ""
    return f"{head[0]}:{head[1]}{LOG_ID_MARK}{identity}" if identity else f"{head[0]}:{head[1]}"


def finding_line(finding: AnchorFinding) -> str:
    """The line ``log verify`` prints for a recorded entry the log no longer holds as recorded."""
    anchor = finding.anchor
    after = error_text(" (entry {entry} still matches)", entry=finding.last_good) if finding.last_good else ""
    if finding.problem == "foreign":
        return error_text(
            "{file} is from another database/installation (the log it recorded starts with another entry "
            "than this one's); it cannot anchor this log",
            file=anchor.source,
        )
    if finding.problem == "missing":
        return error_text(
            "broken against {file}: entry {entry} it recorded is missing: the log was cut{after}",
            file=anchor.source,
            entry=anchor.entry_id,
            after=after,
        )
    return error_text(
        "broken against {file}: entry {entry} has another hash than it recorded: "
        "the log was rewritten at or before entry {entry}{after}",
        file=anchor.source,
        entry=anchor.entry_id,
        after=after,
    )
