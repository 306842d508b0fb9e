"""Limits that keep a hostile bundle from exhausting memory, disk or time. All configurable."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ImportLimits:
    """Hard limits applied while reading a bundle; reading stops as soon as one is passed.

    Attributes:
        max_bundle_bytes: size of the zip file (or of all files of a folder bundle).
        max_members: entries in a zip.
        max_member_bytes: uncompressed size of any one file.
        max_total_bytes: uncompressed size of all files read.
        max_compression_ratio: uncompressed/compressed size of a zip member larger than
            ``ratio_floor_bytes`` (a zip bomb compresses far beyond real PDFs).
        max_manifest_bytes: size of ``manifest.json``.
        max_json_depth: nesting depth of the manifest's JSON.
        max_pages_per_document: pages of one document.
        max_text_chars_per_page: characters of text on one page (a dense real page holds ~10,000).
        max_operators_per_page: drawing operators in one page's content, counted before the page
            is laid out (a scanned page has ~5, a dense text page a few thousand).
        max_annotations_per_page: annotations (links, notes, form fields) on one page; pypdf, which
            assembles summaries and packs, needs about 7 KiB and 0.3 ms for each.
        max_reader_memory_mib: memory of the worker process that reads a bundle's documents
            (address space, on systems that can limit it); a document that needs more is refused.
        max_seconds_per_document: time the worker may spend reading one document.
        max_central_directory_bytes: size of a zip's central directory, checked from its
            end-of-central-directory record before the directory is parsed.
    """

    max_bundle_bytes: int = 1024 * MIB
    max_members: int = 2000
    max_member_bytes: int = 256 * MIB
    max_total_bytes: int = 1024 * MIB
    max_compression_ratio: float = 100.0
    ratio_floor_bytes: int = 1 * MIB
    max_manifest_bytes: int = 4 * MIB
    max_json_depth: int = 32
    max_pages_per_document: int = 5000
    max_text_chars_per_page: int = 200_000
    max_operators_per_page: int = 1_000_000
    max_annotations_per_page: int = 10_000
    max_reader_memory_mib: int = 1024
    max_seconds_per_document: float = 180.0
    max_central_directory_bytes: int = 8 * MIB
