"""What travels inside the packs: the agenda pack's meeting day and PDFs, the annotation pack's notes.

Both are parsed defensively (a pack is input from outside): every field is checked and a bad
one is named; sizes are limited before anything is unpacked.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import asdict, dataclass
from typing import Any

from rehabmeet.i18n import error_text
from rehabmeet.sync.container import PackError

PAYLOAD_FORMAT = 1
MAX_CASES = 40
MAX_PDF_BYTES = 200 * 1024 * 1024
MAX_META_BYTES = 10 * 1024 * 1024
MAX_NOTES = 100_000
NOTE_KINDS = ("note", "page_note", "highlight", "point")


@dataclass(frozen=True, slots=True)
class PackCase:
    item_key: str
    case_ref: str
    case_type: str
    citizen_name: str
    question: str
    planned_start: str
    pages: int
    pdf: bytes


@dataclass(frozen=True, slots=True)
class AgendaPack:
    pack_id: str
    team_name: str
    meeting_title: str
    meeting_date: str
    location: str
    member_name: str
    discipline: str
    cases: tuple[PackCase, ...]
    expires_on: str = ""  # ISO date; empty in packs written before issue 18 (then meeting day + 7)


@dataclass(frozen=True, slots=True)
class PackNote:
    """One shared note as it travels back to the leader."""

    id: str
    item_key: str
    case_ref: str
    kind: str
    page: int | None
    x: float | None
    y: float | None
    width: float | None
    height: float | None
    text: str
    revision: int
    deleted: bool


@dataclass(frozen=True, slots=True)
class AnnotationPack:
    pack_id: str
    member_name: str
    discipline: str
    notes: tuple[PackNote, ...]


def agenda_payload(pack: AgendaPack) -> bytes:
    """Return the agenda pack's payload: a zip with ``pack.json`` and one PDF per case."""
    buffer = io.BytesIO()
    meta = asdict(pack)
    meta["format"] = PAYLOAD_FORMAT
    meta["cases"] = []
    with zipfile.ZipFile(buffer, "w") as archive:
        for n, case in enumerate(pack.cases):
            entry = {k: v for k, v in asdict(case).items() if k != "pdf"}
            entry["pdf"] = f"cases/{n + 1}.pdf"
            meta["cases"].append(entry)
            archive.writestr(entry["pdf"], case.pdf, compress_type=zipfile.ZIP_STORED)
        archive.writestr("pack.json", json.dumps(meta, ensure_ascii=False), compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def parse_agenda_payload(payload: bytes, pack_id: str) -> AgendaPack:
    """Return the agenda pack in ``payload`` or raise naming the problem."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(payload))
        if archive.getinfo("pack.json").file_size > MAX_META_BYTES:
            raise PackError(error_text("the agenda pack's table of contents is too large"))
        meta = json.loads(archive.read("pack.json"))
        if meta.get("format") != PAYLOAD_FORMAT or meta.get("pack_id") != pack_id:
            raise PackError(error_text("the agenda pack's contents do not match its header"))
        entries = meta["cases"]
        if not isinstance(entries, list) or len(entries) > MAX_CASES:
            raise PackError(error_text("the agenda pack lists too many cases"))
        cases = []
        for entry in entries:
            info = archive.getinfo(str(entry["pdf"]))
            if info.file_size > MAX_PDF_BYTES:
                raise PackError(
                    error_text("a PDF in the agenda pack is larger than {value} MiB", value=MAX_PDF_BYTES // 2**20)
                )
            cases.append(
                PackCase(
                    item_key=str(entry["item_key"]),
                    case_ref=str(entry["case_ref"]),
                    case_type=str(entry["case_type"]),
                    citizen_name=str(entry["citizen_name"]),
                    question=str(entry["question"]),
                    planned_start=str(entry["planned_start"]),
                    pages=int(entry["pages"]),
                    pdf=archive.read(info),
                )
            )
        return AgendaPack(
            pack_id=pack_id,
            team_name=str(meta["team_name"]),
            meeting_title=str(meta["meeting_title"]),
            meeting_date=str(meta["meeting_date"]),
            location=str(meta.get("location", "")),
            member_name=str(meta["member_name"]),
            discipline=str(meta["discipline"]),
            cases=tuple(cases),
            expires_on=str(meta.get("expires_on", "")),
        )
    except PackError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise PackError(error_text("the agenda pack's contents are damaged ({name})", name=type(exc).__name__)) from exc


def annotation_payload(pack: AnnotationPack) -> bytes:
    data = asdict(pack)
    data["format"] = PAYLOAD_FORMAT
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def parse_annotation_payload(payload: bytes, pack_id: str) -> AnnotationPack:
    """Return the notes in ``payload`` or raise naming the problem."""
    try:
        data = json.loads(payload)
        if data.get("format") != PAYLOAD_FORMAT or data.get("pack_id") != pack_id:
            raise PackError(error_text("the annotation pack's contents do not match its header"))
        notes = data["notes"]
        if not isinstance(notes, list) or len(notes) > MAX_NOTES:
            raise PackError(error_text("the annotation pack holds too many notes"))
        return AnnotationPack(
            pack_id=pack_id,
            member_name=str(data["member_name"]),
            discipline=str(data["discipline"]),
            notes=tuple(_note(n) for n in notes),
        )
    except PackError:
        raise
    except (KeyError, ValueError, TypeError) as exc:
        raise PackError(
            error_text("the annotation pack's contents are damaged ({name}: {exc})", name=type(exc).__name__, exc=exc)
        ) from exc


def _note(data: dict[str, Any]) -> PackNote:
    kind = str(data["kind"])
    if kind not in NOTE_KINDS:
        raise ValueError(f"unknown note kind {kind!r}")
    note_id = str(data["id"])
    if not note_id or len(note_id) > 32 or not note_id.isalnum():
        raise ValueError(f"bad note id {note_id!r}")

    def number(name: str) -> float | None:
        value = data.get(name)
        return None if value is None else float(value)

    page = data.get("page")
    return PackNote(
        id=note_id,
        item_key=str(data["item_key"]),
        case_ref=str(data["case_ref"]),
        kind=kind,
        page=None if page is None else int(page),
        x=number("x"),
        y=number("y"),
        width=number("width"),
        height=number("height"),
        text=str(data["text"])[:20_000],
        revision=int(data["revision"]),
        deleted=bool(data["deleted"]),
    )


def lane_text(note: PackNote) -> str:
    """Return how a shared note reads as a point in the member's lane (page-anchored ones say where)."""
    if note.kind == "page_note" and note.page is not None:
        return f"s. {note.page}: {note.text}"
    if note.kind == "highlight" and note.page is not None:
        return f"s. {note.page} (markering): {note.text}" if note.text else f"s. {note.page} (markering)"
    return note.text
