"""Check a bundle's manifest: the JSON Schema, then the format README's cross-rules.

Rules that need the documents' page counts (summary sources) are checked by the importer
once the documents have been read.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from itertools import pairwise
from typing import Any

from rehabmeet.bundles.errors import BundleError
from rehabmeet.bundles.jsonsafe import UnsafeJsonError, parse_json
from rehabmeet.bundles.plausible import check_birth_date, check_case_date, check_case_ref, name_key, normalised
from rehabmeet.bundles.source import check_member_path
from rehabmeet.domain.vocabulary import SummarySection
from rehabmeet.i18n import error_text
from rehabmeet.resources import resource_path
from rehabmeet.settings.limits import ImportLimits

MANIFEST = "manifest.json"
FORMAT = "rehabmeet.case-bundle"
SUPPORTED_VERSIONS = (1,)
DOCUMENT_SUFFIXES = (".pdf", ".docx")
SECTION_ORDER = tuple(SummarySection)


@dataclass(frozen=True, slots=True)
class ManifestDocument:
    """A document entry of the manifest, checked."""

    doc_id: str
    file: str
    kind: str
    title: str
    date: date
    author: str | None
    sha256: str

    @property
    def media_type(self) -> str:
        return "docx" if self.file.lower().endswith(".docx") else "pdf"


@dataclass(frozen=True, slots=True)
class Manifest:
    """A manifest that passed the schema and every cross-rule that needs no document content.

    Attributes:
        raw: the whole parsed manifest, unknown fields included (kept, per the format README).
        fingerprint: sha256 of the canonical JSON; equal fingerprints mean identical bundles,
            since the manifest carries every document's sha256.
    """

    raw: dict[str, Any]
    fingerprint: str
    case_ref: str
    case_type: str
    citizen_birth_date: date
    preparatory_part_signed_on: date
    citizen_consented_on: date | None
    exported_at: datetime | None
    documents: tuple[ManifestDocument, ...]


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator, FormatChecker

    schema = json.loads(resource_path("schemas", "case-bundle-v1.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=FormatChecker())


def parse_manifest(bundle: str, data: bytes, limits: ImportLimits, *, today: date | None = None) -> Manifest:
    """Parse and check ``manifest.json``'s bytes; texts are kept in Unicode NFC.

    ``today`` (default: the system date) bounds the birth, consent and preparatory-part dates.

    Raises:
        BundleError: naming the first problem found.
    """
    try:
        raw = parse_json(data, max_bytes=limits.max_manifest_bytes, max_nesting=limits.max_json_depth)
    except UnsafeJsonError as exc:
        raise BundleError(bundle, MANIFEST, str(exc)) from exc
    if not isinstance(raw, dict):
        raise BundleError(bundle, MANIFEST, error_text("is not a JSON object"))
    raw = normalised(raw)
    _check_format(bundle, raw)
    _check_schema(bundle, raw)
    return _checked_manifest(bundle, raw, today or date.today())


def _check_format(bundle: str, raw: dict[str, Any]) -> None:
    if raw.get("format") != FORMAT:
        raise BundleError(
            bundle, MANIFEST, error_text("format is {value!r}, not {format!r}", value=raw.get("format"), format=FORMAT)
        )
    version = raw.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > max(SUPPORTED_VERSIONS):
        raise BundleError(
            bundle,
            MANIFEST,
            error_text(
                "format_version {version} is newer than this RehabMeet supports (up to {supported_versions})",
                version=version,
                supported_versions=max(SUPPORTED_VERSIONS),
            ),
        )
    if version not in SUPPORTED_VERSIONS or isinstance(version, bool):
        raise BundleError(bundle, MANIFEST, error_text("format_version {version!r} is not supported", version=version))


def _check_schema(bundle: str, raw: dict[str, Any]) -> None:
    errors = sorted(
        _validator().iter_errors(raw), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path)))
    )
    if errors:
        error = errors[0]
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        message = error.message if len(error.message) <= 160 else error.message[:157] + "…"
        raise BundleError(bundle, MANIFEST, error_text("{where}: {message}", where=where, message=message))


def _checked_manifest(bundle: str, raw: dict[str, Any], today: date) -> Manifest:
    case = raw["case"]
    citizen = case["citizen"]
    check_case_ref(bundle, case["case_ref"])
    birth_date = _date(bundle, "case/citizen/birth_date", citizen["birth_date"])
    _check_cpr(bundle, citizen["cpr"], birth_date)
    check_birth_date(bundle, citizen["cpr"], birth_date, today)
    documents = _checked_documents(bundle, raw["documents"])
    _check_summary(bundle, raw.get("summary", []), {d.doc_id for d in documents})
    prepared = _date(bundle, "case/preparatory_part_signed_on", case["preparatory_part_signed_on"])
    check_case_date(bundle, "case/preparatory_part_signed_on", prepared, birth_date, today)
    consented_on = case.get("citizen_consented_on")
    consented = _date(bundle, "case/citizen_consented_on", consented_on) if consented_on else None
    if consented is not None:
        check_case_date(bundle, "case/citizen_consented_on", consented, birth_date, today)
    exported = raw.get("exported_at")
    return Manifest(
        raw=raw,
        fingerprint=hashlib.sha256(
            json.dumps(raw, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        ).hexdigest(),
        case_ref=case["case_ref"],
        case_type=case["case_type"],
        citizen_birth_date=birth_date,
        preparatory_part_signed_on=prepared,
        citizen_consented_on=consented,
        exported_at=_datetime(bundle, exported) if exported else None,
        documents=documents,
    )


def _checked_documents(bundle: str, entries: list[dict[str, Any]]) -> tuple[ManifestDocument, ...]:
    seen_ids: set[str] = set()
    seen_files: set[str] = set()
    documents = []
    for index, entry in enumerate(entries):
        doc_id = entry["id"]
        if doc_id in seen_ids:
            raise BundleError(
                bundle,
                MANIFEST,
                error_text("documents/{index}: the document id {doc_id!r} is used twice", index=index, doc_id=doc_id),
            )
        file = check_member_path(bundle, entry["file"])
        if name_key(file) in seen_files:
            raise BundleError(
                bundle,
                file,
                error_text("is named by two documents (names that differ only in letter case or accents count as one)"),
            )
        if not file.lower().endswith(DOCUMENT_SUFFIXES):
            raise BundleError(bundle, file, error_text("is neither a PDF nor a DOCX document; only those are accepted"))
        seen_ids.add(doc_id)
        seen_files.add(name_key(file))
        documents.append(
            ManifestDocument(
                doc_id=doc_id,
                file=file,
                kind=entry["kind"],
                title=entry.get("title") or file.rsplit("/", 1)[-1],
                date=_date(bundle, f"documents/{index}/date", entry["date"]),
                author=entry.get("author"),
                sha256=entry["sha256"],
            )
        )
    return tuple(documents)


def _check_summary(bundle: str, summary: list[dict[str, Any]], doc_ids: set[str]) -> None:
    positions = [SECTION_ORDER.index(SummarySection(item["section"])) for item in summary]
    for index, (earlier, later) in enumerate(pairwise(positions), start=1):
        if later <= earlier:
            section = summary[index]["section"]
            raise BundleError(
                bundle,
                MANIFEST,
                error_text(
                    "summary/{index}: section {section!r} is repeated or out of the recommended order",
                    index=index,
                    section=section,
                ),
            )
    for index, item in enumerate(summary):
        for source in item.get("sources", []):
            if source["document"] not in doc_ids:
                raise BundleError(
                    bundle,
                    MANIFEST,
                    error_text(
                        "summary/{index}: a source points at document {document!r}, which is not in the bundle",
                        index=index,
                        document=source["document"],
                    ),
                )


def _check_cpr(bundle: str, cpr: str, birth_date: date) -> None:
    if cpr[:6] != birth_date.strftime("%d%m%y"):
        raise BundleError(
            bundle, MANIFEST, error_text("case/citizen: the CPR number does not agree with the birth date")
        )


def _date(bundle: str, where: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise BundleError(
            bundle, MANIFEST, error_text("{where}: {value!r} is not a date (YYYY-MM-DD)", where=where, value=value)
        ) from None


def _datetime(bundle: str, value: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise BundleError(
            bundle, MANIFEST, error_text("exported_at: {value!r} is not a date and time", value=value)
        ) from None
    if parsed.tzinfo is None:
        raise BundleError(bundle, MANIFEST, error_text("exported_at: {value!r} has no time zone", value=value))
    return parsed
