"""Read untrusted documents in a worker process with limits on memory and time.

PDFium, reportlab and python-docx run in C or in loops no Python check can interrupt, so a hostile
document (a 1 GiB flate stream in a 1 MB PDF, a page of 2 million text operators) could take the
whole application's memory or hang it. Here a separate process reads the documents, one at a time:

- its address space is capped at ``max_reader_memory_mib`` (``RLIMIT_AS`` where the system has it);
  when it runs out it fails or dies, and the document is refused naming the limit;
- each document gets ``max_seconds_per_document``; past that the worker is killed and the document
  refused naming the limit;
- a cancel kills it at once.

One worker serves every bundle of a batch, and is started again after it had to be killed.
Workers are forked from a ``forkserver`` (a clean process with the readers preloaded, started once
per application run; never ``fork`` from the application, which is unsafe with the GUI's
threads), or started by ``spawn`` where there is no forkserver (Windows).
"""

from __future__ import annotations

import logging
import multiprocessing
import sys
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from rehabmeet.bundles.errors import BundleError, ImportCancelled
from rehabmeet.bundles.inspect import InspectedDocument, check_document, read_content
from rehabmeet.bundles.manifest import ManifestDocument
from rehabmeet.i18n import current_language, error_text
from rehabmeet.settings.limits import MIB, ImportLimits

log = logging.getLogger(__name__)
_POLL_S = 0.05
_PRELOAD = ["rehabmeet.bundles.worker", "rehabmeet.documents.pdf_content", "pypdf", "pypdfium2", "pikepdf"]


def _context() -> Any:
    """forkserver where the platform has it; spawn on Windows and in frozen builds (whose
    executable is RehabMeet itself, started again through ``multiprocessing.freeze_support``)."""
    if "forkserver" in multiprocessing.get_all_start_methods() and not getattr(sys, "frozen", False):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


class DocumentReader:
    """Reads documents in a worker process; use as a context manager (the worker is stopped at exit)."""

    def __init__(self, limits: ImportLimits, docx_renderer: str = "auto") -> None:
        self._limits = limits
        self._renderer = docx_renderer
        self._process: Any = None
        self._connection: Connection | None = None
        self.peak_rss_kib = 0  # the largest peak RSS a worker reported (Unix; 0 elsewhere)

    def __enter__(self) -> DocumentReader:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def read(
        self, bundle: str, entry: ManifestDocument, data: bytes, cancelled: Callable[[], bool] | None = None
    ) -> InspectedDocument:
        """Check and read one document; the reading happens in the worker.

        Raises:
            BundleError: the document is refused (also when it passes a memory or time limit).
            ImportCancelled: ``cancelled()`` turned true while it was being read.
        """
        check_document(bundle, entry, data)
        connection = self._started()
        connection.send(entry)
        connection.send_bytes(data)
        *reply, peak = self._wait(bundle, entry, cancelled)
        self.peak_rss_kib = max(self.peak_rss_kib, peak)
        kind = reply[0]
        if kind == "ok":
            _, page_texts, view_pdf, pages_from, flags = reply
            return InspectedDocument(
                entry=entry,
                data=data,
                page_texts=page_texts,
                view_pdf=view_pdf,
                pages_from=pages_from,
                content_flags=flags,
            )
        if kind == "refused":
            raise BundleError(bundle, entry.file, reply[1])
        if kind == "memory":
            raise BundleError(bundle, entry.file, self._memory_problem())
        log.error("the document reader failed on %s %s: %s", bundle, entry.file, reply[1])
        raise BundleError(
            bundle,
            entry.file,
            error_text("could not be read ({kind}); the details are in the log", kind=reply[1].split(":")[0]),
        )

    def _wait(self, bundle: str, entry: ManifestDocument, cancelled: Callable[[], bool] | None) -> tuple[Any, ...]:
        assert self._connection is not None
        deadline = time.monotonic() + self._limits.max_seconds_per_document
        while not self._connection.poll(_POLL_S):
            if cancelled is not None and cancelled():
                self._kill()
                raise ImportCancelled(bundle)
            if time.monotonic() > deadline:
                self._kill()
                raise BundleError(
                    bundle,
                    entry.file,
                    error_text(
                        "reading it took longer than the limit of {seconds:g} seconds; stopped",
                        seconds=self._limits.max_seconds_per_document,
                    ),
                )
            if not self._process.is_alive() and not self._connection.poll(0):
                break
        try:
            return tuple(self._connection.recv())
        except (EOFError, OSError):
            self._kill()
            raise BundleError(bundle, entry.file, self._memory_problem()) from None

    def _memory_problem(self) -> str:
        return error_text(
            "reading it needed more than the memory limit of {value} MiB (or made the document reader fail); stopped",
            value=self._limits.max_reader_memory_mib,
        )

    def _started(self) -> Connection:
        if self._process is not None and self._process.is_alive() and self._connection is not None:
            return self._connection
        self._kill()
        try:
            process, parent = self._launch(_context())
        except OSError:  # the forkserver cannot start (its socket path in a deep temp folder is too long)
            process, parent = self._launch(multiprocessing.get_context("spawn"))
        self._process, self._connection = process, parent
        return parent

    def _launch(self, context: Any) -> tuple[Any, Connection]:
        parent: Connection
        parent, child = context.Pipe()
        process = context.Process(
            target=serve,
            args=(child, current_language(), self._limits, self._renderer),
            name="rehabmeet-document-reader",
            daemon=True,
        )
        try:
            process.start()
        except OSError:
            parent.close()
            raise
        finally:
            child.close()
        return process, parent

    def _kill(self) -> None:
        if self._process is not None:
            killed = self._process.is_alive()
            if killed:
                self._process.kill()
            self._process.join(5)
            self._process.close()
            if killed:  # its scratch folder (plain text) and a converter it ran outlive it: remove them
                from rehabmeet.scratch import sweep_leftovers

                sweep_leftovers()
        if self._connection is not None:
            self._connection.close()
        self._process = self._connection = None

    def close(self) -> None:
        """Tell the worker to stop; it exits on its own (multiprocessing reaps it), or is killed
        if it is still busy."""
        if self._connection is not None and self._process is not None and self._process.is_alive():
            try:
                self._connection.send(None)
                self._connection.close()
                self._process = self._connection = None
                return
            except OSError:
                pass
        self._kill()


def serve(connection: Connection, language: str, limits: ImportLimits, renderer: str) -> None:
    """The worker's loop: receive (entry, bytes), reply with the pages or the refusal."""
    from rehabmeet.i18n import set_language

    # The libraries' warnings about damaged files (pypdf: "EOF marker not found") must not reach the
    # terminal of the command that started the worker: its output is one line per bundle.
    logging.getLogger().addHandler(logging.NullHandler())
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    _limit_memory(limits.max_reader_memory_mib * MIB)
    set_language(language)
    while True:
        try:
            entry = connection.recv()
        except (EOFError, OSError):
            return
        if entry is None:
            return
        data = connection.recv_bytes()
        try:
            document = read_content("", entry, data, limits, renderer)
            reply: tuple[Any, ...] = (
                "ok",
                document.page_texts,
                document.view_pdf,
                document.pages_from,
                document.content_flags,
            )
        except BundleError as exc:
            reply = ("refused", exc.problem)
        except MemoryError:
            reply = ("memory",)
        except Exception as exc:  # reported to the importer, which logs it and refuses the document
            reply = ("error", f"{type(exc).__name__}: {exc}")
        del data
        connection.send((*reply, _peak_rss_kib()))


def _peak_rss_kib() -> int:
    try:
        import resource
    except ImportError:
        return 0
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: only the time limit applies
        return
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):  # the system's hard limit is lower already, or it cannot be set
        log.warning("could not limit the document reader's memory to %d bytes", limit)
