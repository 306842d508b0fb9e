"""Read a whole bundle into memory and check it, without touching the database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rehabmeet.bundles.errors import BundleError, ImportCancelled
from rehabmeet.bundles.inspect import InspectedDocument
from rehabmeet.bundles.manifest import MANIFEST, Manifest, parse_manifest
from rehabmeet.bundles.source import open_bundle
from rehabmeet.bundles.worker import DocumentReader
from rehabmeet.i18n import error_text
from rehabmeet.settings.limits import ImportLimits

#: progress(fraction 0..1, what is being read)
Progress = Callable[[float, str], None]


@dataclass(frozen=True, slots=True)
class ReadBundle:
    """A bundle that passed every check, with its documents' bytes and pages."""

    name: str
    manifest: Manifest
    documents: tuple[InspectedDocument, ...]

    @property
    def page_count(self) -> int:
        return sum(d.page_count for d in self.documents)


def read_bundle(
    path: Path,
    limits: ImportLimits,
    *,
    docx_renderer: str = "auto",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
    documents: DocumentReader | None = None,
) -> ReadBundle:
    """Open, check and read the bundle at ``path`` (``today`` bounds the birth date).

    The documents are read by ``documents`` (a worker process with limits), or by a worker of
    this call's own.

    Raises:
        BundleError: the first problem, naming the bundle and the member.
        ImportCancelled: ``cancelled()`` turned true between documents.
    """
    if documents is None:
        with DocumentReader(limits, docx_renderer) as own:
            return read_bundle(path, limits, progress=progress, cancelled=cancelled, today=today, documents=own)
    source = open_bundle(path, limits)
    try:
        if not source.has(MANIFEST):
            raise BundleError(
                source.name, None, error_text("has no manifest.json at its top level; is it a case bundle?")
            )
        manifest = parse_manifest(
            source.name, source.read(MANIFEST, limit=limits.max_manifest_bytes), limits, today=today
        )
        inspected = []
        total = len(manifest.documents)
        for index, entry in enumerate(manifest.documents):
            if cancelled is not None and cancelled():
                raise ImportCancelled(source.name)
            if progress is not None:
                progress(index / total, entry.file)
            data = source.read(entry.file)
            inspected.append(documents.read(source.name, entry, data, cancelled))
        bundle = ReadBundle(name=source.name, manifest=manifest, documents=tuple(inspected))
        _check_source_pages(bundle)
        if progress is not None:
            progress(1.0, MANIFEST)
        return bundle
    finally:
        source.close()


def _check_source_pages(bundle: ReadBundle) -> None:
    """Every summary source must name a page that exists in its document."""
    pages = {d.entry.doc_id: d.page_count for d in bundle.documents}
    for index, item in enumerate(bundle.manifest.raw.get("summary", [])):
        for source in item.get("sources", []):
            if source["page"] > pages[source["document"]]:
                raise BundleError(
                    bundle.name,
                    MANIFEST,
                    error_text(
                        "summary/{index}: a source points at page {page} of document {document!r}, which "
                        "has {value} pages",
                        index=index,
                        page=source["page"],
                        document=source["document"],
                        value=pages[source["document"]],
                    ),
                )
