"""Import bundles into the database: one transaction per bundle, all or nothing, idempotent.

Reading and checking happen before the transaction opens (see :mod:`rehabmeet.bundles.reader`),
so a refused bundle never writes a row; the transaction itself inserts the case version, its
documents, pages, summary and one ``case.imported`` event, or nothing.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from rehabmeet.bundles.errors import BundleError, ChangedContentError, ImportCancelled
from rehabmeet.bundles.facts import readiness_facts_from_manifest
from rehabmeet.bundles.outcome import ImportOutcome, ImportStatus
from rehabmeet.bundles.persist import add_case_version
from rehabmeet.bundles.reader import Progress, ReadBundle, read_bundle
from rehabmeet.bundles.readiness import evaluate
from rehabmeet.bundles.worker import DocumentReader
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.models import Case, CaseVersion
from rehabmeet.settings.limits import ImportLimits
from rehabmeet.settings.store import load_rules
from rehabmeet.storage.database import SessionFactory
from rehabmeet.storage.failures import explain

log = logging.getLogger(__name__)


class BundleImporter:
    """Imports bundles through a session factory; safe to run off the GUI thread."""

    def __init__(
        self,
        sessions: SessionFactory,
        *,
        actor: str,
        limits: ImportLimits | None = None,
        docx_renderer: str = "auto",
        today: Callable[[], date] = date.today,
    ) -> None:
        self._sessions = sessions
        self._actor = actor
        self._limits = limits or ImportLimits()
        self._docx_renderer = docx_renderer
        self._today = today

    def import_paths(
        self,
        paths: Iterable[Path],
        *,
        new_version: bool = False,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[ImportOutcome]:
        """Import each path in its own transaction; a refused one does not stop the others.

        ``progress`` gets the fraction of all bundles; after a cancel, the bundle being read is
        not written and the remaining ones are not started.
        """
        todo = list(paths)
        outcomes: list[ImportOutcome] = []
        with DocumentReader(self._limits, self._docx_renderer) as documents:
            for index, path in enumerate(todo):
                if cancelled is not None and cancelled():
                    break
                step = _scaled(progress, index, len(todo), path.name) if progress is not None else None
                outcome = self.import_path(
                    path, new_version=new_version, progress=step, cancelled=cancelled, documents=documents
                )
                outcomes.append(outcome)
                if outcome.status is ImportStatus.CANCELLED:
                    break
        return outcomes

    def import_path(
        self,
        path: Path,
        *,
        new_version: bool = False,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        documents: DocumentReader | None = None,
    ) -> ImportOutcome:
        """Import one bundle and say what happened; never raises for a bad bundle.

        ``documents`` is the worker that reads the documents (one of its own if not given).

        Whatever goes wrong with one bundle, even a bug, becomes a refusal of that bundle in one
        line (the traceback goes to the log), so a batch always reports every bundle.
        """
        outcome = self._import_path(path, new_version, progress, cancelled, documents)
        return dataclasses.replace(outcome, message=printable(outcome.message), path=printable(outcome.path))

    def _import_path(
        self,
        path: Path,
        new_version: bool,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
        documents: DocumentReader | None,
    ) -> ImportOutcome:
        shown = str(path)
        try:
            bundle = read_bundle(
                path,
                self._limits,
                docx_renderer=self._docx_renderer,
                progress=progress,
                cancelled=cancelled,
                today=self._today(),
                documents=documents,
            )
            return self._store(shown, bundle, new_version)
        except ChangedContentError as exc:
            return ImportOutcome(path=shown, status=ImportStatus.REFUSED, message=str(exc), changed_content=True)
        except ImportCancelled:
            return ImportOutcome(path=shown, status=ImportStatus.CANCELLED, message=f"{path.name}: import cancelled")
        except UserFacingError as exc:
            if cancelled is not None and cancelled():  # the cancel stopped the converter (issue 18)
                return ImportOutcome(
                    path=shown, status=ImportStatus.CANCELLED, message=f"{path.name}: import cancelled"
                )
            return ImportOutcome(path=shown, status=ImportStatus.REFUSED, message=str(exc))
        except MemoryError:
            return ImportOutcome(
                path=shown,
                status=ImportStatus.REFUSED,
                message=error_text("{name}: too large to import", name=path.name),
            )
        except Exception as exc:  # a bug or a library's surprise: this bundle is refused, the batch goes on
            known = explain(exc)
            if known is not None:
                return ImportOutcome(path=shown, status=ImportStatus.REFUSED, message=f"{path.name}: {known}")
            log.exception("unexpected failure while importing %s", path)
            return ImportOutcome(
                path=shown,
                status=ImportStatus.REFUSED,
                message=error_text(
                    "{name}: could not be checked ({kind}), so nothing of it was imported; the details are in the log",
                    name=path.name,
                    kind=type(exc).__name__,
                ),
            )

    def _store(self, shown: str, bundle: ReadBundle, new_version: bool) -> ImportOutcome:
        manifest = bundle.manifest
        try:
            with self._sessions.begin() as session:
                case = session.scalar(select(Case).where(Case.case_ref == manifest.case_ref))
                same = self._same_version(session, case, manifest.fingerprint)
                if same is not None:
                    return self._outcome(session, shown, bundle, ImportStatus.UNCHANGED, same)
                if case is not None and not new_version:
                    raise ChangedContentError(
                        bundle.name,
                        None,
                        error_text(
                            "case {case_ref} already exists with other content; import it as a new version "
                            "to keep both",
                            case_ref=manifest.case_ref,
                        ),
                    )
                if case is not None:
                    _check_same_citizen(session, case, bundle)
                version = add_case_version(session, case, bundle, actor=self._actor)
                return self._outcome(session, shown, bundle, ImportStatus.IMPORTED, version)
        except IntegrityError as exc:
            raise BundleError(
                bundle.name, None, error_text("was imported by someone else at the same moment; try again")
            ) from exc
        except OperationalError as exc:
            known = explain(exc)
            if known is not None:
                raise BundleError(bundle.name, None, str(known)) from exc
            raise UserFacingError(
                error_text("{name}: the database refused the import ({orig})", name=bundle.name, orig=exc.orig)
            ) from exc

    @staticmethod
    def _same_version(session: Session, case: Case | None, fingerprint: str) -> int | None:
        if case is None:
            return None
        return session.scalar(
            select(func.min(CaseVersion.version_no)).where(
                CaseVersion.case_id == case.id, CaseVersion.content_sha256 == fingerprint
            )
        )

    def _outcome(
        self, session: Session, shown: str, bundle: ReadBundle, status: ImportStatus, version: int
    ) -> ImportOutcome:
        findings = evaluate(readiness_facts_from_manifest(bundle), load_rules(session), self._today())
        ref = bundle.manifest.case_ref
        case_id = session.scalar(select(Case.id).where(Case.case_ref == ref))
        if status is ImportStatus.UNCHANGED:
            message = f"{bundle.name}: {ref} is already imported (version {version}); nothing changed"
        else:
            message = f"{bundle.name}: imported {ref} version {version}, {bundle.page_count} pages"
        return ImportOutcome(
            path=shown,
            status=status,
            message=message,
            case_ref=ref,
            case_id=case_id,
            version=version,
            pages=bundle.page_count,
            findings=findings,
        )


def printable(text: str) -> str:
    """Return ``text`` with anything that cannot be printed as UTF-8 (a lone surrogate) escaped."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _scaled(progress: Progress, index: int, count: int, name: str) -> Progress:
    """Map one bundle's progress (0..1) onto its share of a batch of ``count`` bundles."""

    def step(fraction: float, what: str) -> None:
        progress((index + fraction) / count, f"{name}: {what}")

    return step


def _check_same_citizen(session: Session, case: Case, bundle: ReadBundle) -> None:
    """A new version is the same citizen's case: another CPR number under the case_ref would put this
    citizen's name above the first citizen's indstilling and decision (a swapped or mistyped case_ref)."""
    stored = session.scalar(
        select(CaseVersion.citizen_cpr).where(CaseVersion.case_id == case.id).order_by(CaseVersion.version_no.desc())
    )
    given = str(bundle.manifest.raw["case"]["citizen"]["cpr"]).replace("-", "")
    if stored is not None and stored.replace("-", "") != given:
        raise ChangedContentError(
            bundle.name,
            None,
            error_text(
                "case {case_ref} belongs to another citizen (the CPR number differs); "
                "a new version must be the same citizen's case",
                case_ref=case.case_ref,
            ),
        )
