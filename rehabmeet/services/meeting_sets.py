"""The meeting set of a case and its summary: view, include/exclude pages, build the summary PDF.

Rules: the page cap (``Rules.page_cap``, or the case's own) includes the summary sheet; going
over it needs a recorded reason, which is written to the event log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rehabmeet.audit.events import record_event
from rehabmeet.documents.summary_pdf import AppendixDocument
from rehabmeet.errors import NotFoundError, UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.models import Case, CaseVersion, Document, MeetingSet
from rehabmeet.services.cases import CaseService
from rehabmeet.services.summary_facts import sheet_for
from rehabmeet.settings.store import load_rules
from rehabmeet.storage.database import SessionFactory
from rehabmeet.summary import selection as sel
from rehabmeet.summary.minimise import DocumentPages, Withholding, withholding_for
from rehabmeet.summary.sheet import SummarySheet, short_labels


class OverCapError(UserFacingError):
    """The change would take the meeting set over the page cap and no reason was given."""


@dataclass(frozen=True, slots=True)
class SetDocument:
    """A document with its meeting-set pages."""

    document_id: int
    doc_key: str
    short_label: str
    title: str
    kind: str
    document_date: date
    pages: int
    selected: tuple[sel.PageRange, ...]


@dataclass(frozen=True, slots=True)
class MeetingSetView:
    """The meeting set as the budget meter and page list show it.

    Attributes:
        used: selected pages plus the summary sheet's pages.
    """

    case_id: int
    case_ref: str
    documents: tuple[SetDocument, ...]
    sheet_pages: int
    used: int
    cap: int
    over_cap_reason: str | None
    is_default: bool

    def document(self, doc_key: str) -> SetDocument:
        return next(d for d in self.documents if d.doc_key == doc_key)


@dataclass(frozen=True, slots=True)
class _Loaded:
    version: CaseVersion
    infos: list[sel.DocumentInfo]
    stored: MeetingSet | None
    cap: int
    withholding: Withholding | None = None


class MeetingSetService:
    """Meeting sets and summaries of cases."""

    def __init__(
        self, sessions: SessionFactory, cases: CaseService, *, actor: str, today: Callable[[], date] = date.today
    ) -> None:
        self._sessions = sessions
        self._cases = cases
        self._actor = actor
        self._today = today
        self._sheet_pages: dict[tuple[int, int, str], int] = {}

    def view(self, case_id: int) -> MeetingSetView:
        """Return the case's meeting set (the default selection until someone changes it)."""
        with self._sessions.begin() as session:
            loaded = self._load(session, case_id)
            selection = self._selection(session, case_id, loaded)
            return self._view(session, case_id, loaded, selection)

    def change(
        self, case_id: int, doc_key: str, first: int, last: int, *, include: bool, reason: str | None = None
    ) -> MeetingSetView:
        """Include or exclude pages ``first..last`` of a document; refuse to pass the cap without a reason.

        Raises:
            OverCapError: the set would exceed the cap and ``reason`` is empty.
        """
        with self._sessions.begin() as session:
            loaded = self._load(session, case_id)
            doc = next((d for d in loaded.infos if d.doc_key == doc_key), None)
            if doc is None:
                raise NotFoundError(error_text("the case has no document {doc_key!r}", doc_key=doc_key))
            before = self._selection(session, case_id, loaded)
            after = sel.with_change(before, doc, first, last, include)
            used = self._sheet_page_count(session, case_id, loaded, after) + sel.count_pages(after)
            reason = (reason or "").strip() or None
            if used > loaded.cap and reason is None and used > self._used(session, case_id, loaded, before):
                raise OverCapError(
                    error_text(
                        "the meeting set would have {used} pages, over the cap of {cap}; give a reason "
                        "to go over the cap, or leave other pages out first",
                        used=used,
                        cap=loaded.cap,
                    )
                )
            stored = self._store(session, loaded, after, reason if used > loaded.cap else None)
            record_event(
                session,
                self._actor,
                "meeting_set.changed",
                case_id=case_id,
                document=doc_key,
                first_page=first,
                last_page=last,
                included=include,
                pages_used=used,
                cap=loaded.cap,
                over_cap_reason=reason if used > loaded.cap else None,
            )
            return self._view(session, case_id, _Loaded(loaded.version, loaded.infos, stored, loaded.cap), after)

    def reset(self, case_id: int) -> MeetingSetView:
        """Go back to the default selection."""
        with self._sessions.begin() as session:
            loaded = self._load(session, case_id)
            if loaded.stored is not None:
                session.delete(loaded.stored)
                record_event(session, self._actor, "meeting_set.reset", case_id=case_id)
            session.flush()
            loaded = self._load(session, case_id)
            return self._view(session, case_id, loaded, self._selection(session, case_id, loaded))

    def sheet(self, case_id: int) -> SummarySheet:
        """Return the summary sheet as data (for the case view)."""
        with self._sessions.begin() as session:
            loaded = self._load(session, case_id)
            return self._sheet(session, case_id, loaded, self._selection(session, case_id, loaded))

    def summary_pdf(
        self,
        case_id: int,
        page_cap: int | None = None,
        hidden_kinds: frozenset[str] = frozenset(),
        hidden_topics: frozenset[str] = frozenset(),
    ) -> bytes:
        """Return the summary PDF: sheet plus meeting-set pages, never longer than the cap.

        ``hidden_kinds``: document kinds left out entirely, ``hidden_topics``: topics whose pages and
        sections are left out (an agenda pack for a member whose discipline should not read them;
        :mod:`rehabmeet.summary.minimise`). The sheet says what was left out.
        """
        with self._sessions.begin() as session:
            loaded = self._load(session, case_id)
            if page_cap is not None:
                if page_cap < 1:
                    raise UserFacingError(
                        error_text("the page cap must be at least 1, not {page_cap}", page_cap=page_cap)
                    )
                loaded = _Loaded(loaded.version, loaded.infos, loaded.stored, page_cap)
            selection = self._selection(session, case_id, loaded)
            if hidden_kinds or hidden_topics:
                loaded, selection = _withhold(
                    loaded, selection, self._withholding(session, loaded, hidden_kinds, hidden_topics)
                )
            selection = self._trim_to_cap(session, case_id, loaded, selection)
            sheet = self._sheet(session, case_id, loaded, selection)
            sheet_pdf, pages = _render_sheet(sheet)
            if pages > loaded.cap:
                raise UserFacingError(
                    error_text(
                        "the summary sheet alone has {pages} pages, more than the cap of {cap}",
                        pages=pages,
                        cap=loaded.cap,
                    )
                )
            appendix = self._appendix(session, loaded, selection)
            record_event(
                session, self._actor, "summary.built", case_id=case_id, pages=pages + sel.count_pages(selection)
            )
        from rehabmeet.documents.summary_pdf import assemble

        return assemble(sheet_pdf, appendix, case_ref=sheet.case_ref, title=f"{sheet.case_ref} – {sheet.citizen_name}")

    def withholding(self, case_id: int, hidden_kinds: frozenset[str], hidden_topics: frozenset[str]) -> Withholding:
        """Return what a reader who may not read ``hidden_kinds`` / ``hidden_topics`` is not given of the case."""
        with self._sessions.begin() as session:
            return self._withholding(session, self._load(session, case_id), hidden_kinds, hidden_topics)

    def document_pdf(self, document_id: int) -> bytes:
        """Return the PDF to view a document (a Word document's PDF rendering)."""
        with self._sessions.begin() as session:
            document = session.get(Document, document_id)
            if document is None:
                raise NotFoundError(error_text("there is no document with id {document_id}", document_id=document_id))
            return (document.view_blob or document.blob).data

    # --- internals -------------------------------------------------------------------------------

    def _load(self, session: Session, case_id: int) -> _Loaded:
        case = session.scalars(
            select(Case)
            .where(Case.id == case_id)
            .options(
                selectinload(Case.versions).selectinload(CaseVersion.documents),
                selectinload(Case.versions).selectinload(CaseVersion.summary_sections),
            )
        ).one_or_none()
        if case is None:
            raise NotFoundError(error_text("there is no case with id {case_id}", case_id=case_id))
        version = case.current
        infos = sel.reading_order(
            sel.DocumentInfo(d.doc_key, d.kind, d.document_date, d.page_count) for d in version.documents
        )
        stored = session.scalar(select(MeetingSet).where(MeetingSet.case_version_id == version.id))
        cap = stored.page_cap if stored is not None and stored.page_cap else load_rules(session).page_cap
        return _Loaded(version, infos, stored, cap)

    def _withholding(
        self, session: Session, loaded: _Loaded, hidden_kinds: frozenset[str], hidden_topics: frozenset[str]
    ) -> Withholding:
        rules = load_rules(session)
        version = loaded.version
        documents = [DocumentPages(d.doc_key, d.kind, [p.text for p in d.pages]) for d in version.documents]
        sources = {
            s.section: [(str(src["document"]), int(src["page"])) for src in s.sources] for s in version.summary_sections
        }
        return withholding_for(
            documents,
            sources,
            hidden_kinds=hidden_kinds,
            hidden_topics=hidden_topics,
            headings=rules.pack_topic_headings,
        )

    def _selection(self, session: Session, case_id: int, loaded: _Loaded) -> sel.Selection:
        if loaded.stored is not None:
            return sel.from_json(loaded.stored.selection, loaded.infos)
        guess = 2
        for _ in range(4):  # the sheet's length depends a little on the selection it lists
            selection = sel.default_selection(loaded.infos, loaded.cap - guess)
            pages = self._sheet_page_count(session, case_id, loaded, selection)
            if pages == guess:
                break
            guess = pages
        return selection

    def _trim_to_cap(self, session: Session, case_id: int, loaded: _Loaded, selection: sel.Selection) -> sel.Selection:
        pages = sel.selected_pages(selection, loaded.infos)
        while pages and self._sheet_page_count(session, case_id, loaded, selection) + len(pages) > loaded.cap:
            keep = loaded.cap - self._sheet_page_count(session, case_id, loaded, selection)
            pages = pages[: max(0, keep)]
            trimmed: dict[str, list[tuple[int, int]]] = {}
            for key, page in pages:
                trimmed.setdefault(key, []).append((page, page))
            infos = {d.doc_key: d for d in loaded.infos}
            selection = {k: sel.normalise(v, infos[k].pages) for k, v in trimmed.items()}
        return selection

    def _used(self, session: Session, case_id: int, loaded: _Loaded, selection: sel.Selection) -> int:
        return self._sheet_page_count(session, case_id, loaded, selection) + sel.count_pages(selection)

    def _sheet_page_count(self, session: Session, case_id: int, loaded: _Loaded, selection: sel.Selection) -> int:
        withheld = loaded.withholding
        hidden = (sorted(withheld.sections), sorted(withheld.pages or {})) if withheld else ()
        key = (loaded.version.id, len(loaded.infos), repr((sorted(sel.to_json(selection).items()), hidden)))
        if key not in self._sheet_pages:
            self._sheet_pages[key] = _render_sheet(self._sheet(session, case_id, loaded, selection))[1]

        return self._sheet_pages[key]

    def _sheet(self, session: Session, case_id: int, loaded: _Loaded, selection: sel.Selection) -> SummarySheet:
        detail = self._cases.detail_in(session, case_id, on=self._today())
        return sheet_for(detail, loaded.version, loaded.infos, selection, loaded.cap, self._today(), loaded.withholding)

    def _view(self, session: Session, case_id: int, loaded: _Loaded, selection: sel.Selection) -> MeetingSetView:
        short = short_labels(loaded.infos)
        by_key = {d.doc_key: d for d in loaded.version.documents}
        documents = tuple(
            SetDocument(
                document_id=d.id,
                doc_key=d.doc_key,
                short_label=short[d.doc_key],
                title=d.title,
                kind=d.kind,
                document_date=d.document_date,
                pages=d.page_count,
                selected=selection.get(d.doc_key, ()),
            )
            for d in (by_key[info.doc_key] for info in loaded.infos)
        )
        sheet_pages = self._sheet_page_count(session, case_id, loaded, selection)
        return MeetingSetView(
            case_id=case_id,
            case_ref=loaded.version.case.case_ref,
            documents=documents,
            sheet_pages=sheet_pages,
            used=sheet_pages + sel.count_pages(selection),
            cap=loaded.cap,
            over_cap_reason=loaded.stored.over_cap_reason if loaded.stored else None,
            is_default=loaded.stored is None,
        )

    def _store(self, session: Session, loaded: _Loaded, selection: sel.Selection, reason: str | None) -> MeetingSet:
        stored = loaded.stored
        if stored is None:
            stored = MeetingSet(case_version_id=loaded.version.id, selection={}, updated_by=self._actor)
            session.add(stored)
        stored.selection = sel.to_json(selection)
        stored.over_cap_reason = reason
        stored.updated_by = self._actor
        return stored

    def _appendix(self, session: Session, loaded: _Loaded, selection: sel.Selection) -> list[AppendixDocument]:
        short = short_labels(loaded.infos)
        by_key = {d.doc_key: d for d in loaded.version.documents}
        appendix = []
        for info in loaded.infos:
            pages = tuple(p for key, p in sel.selected_pages(selection, [info]) if key == info.doc_key)
            if pages:
                document = by_key[info.doc_key]
                pdf = (document.view_blob or document.blob).data
                appendix.append(AppendixDocument(info.doc_key, f"{short[info.doc_key]}: {document.title}", pdf, pages))
        return appendix


def _withhold(loaded: _Loaded, selection: sel.Selection, withholding: Withholding) -> tuple[_Loaded, sel.Selection]:
    """Return the documents and meeting set this reader gets: withheld documents and pages taken out."""
    infos = [info for info in loaded.infos if info.doc_key not in withholding.documents]
    kept = {k: v for k, v in selection.items() if k in {info.doc_key for info in infos}}
    for info in infos:
        for page in withholding.pages_of(info.doc_key):
            kept = dict(sel.with_change(kept, info, page, page, include=False))
    return _Loaded(loaded.version, infos, loaded.stored, loaded.cap, withholding), kept


def _render_sheet(sheet: SummarySheet) -> tuple[bytes, int]:
    """Render the sheet with reportlab (imported on first use, not at start-up)."""
    from rehabmeet.documents.summary_sheet_pdf import render_sheet

    return render_sheet(sheet)
