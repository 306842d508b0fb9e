"""Text search across the pages of a case's newest version (case-insensitive, Danish letters included)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from rehabmeet.errors import NotFoundError
from rehabmeet.i18n import error_text
from rehabmeet.models import Case, CaseVersion, Document, DocumentPage
from rehabmeet.storage.database import SessionFactory

SNIPPET_CHARS = 60
MAX_HITS = 500


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A page that contains the search text, with the text around the first match."""

    doc_key: str
    document_title: str
    page: int
    snippet: str
    matches: int


class SearchService:
    """Finds text in a case's documents."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def search(self, case_id: int, text: str) -> list[SearchHit]:
        """Return the pages containing ``text``, in document and page order (at most 500)."""
        needle = " ".join(text.split()).casefold()
        if len(needle) < 2:
            return []
        with self._sessions.begin() as session:
            version_id = session.scalar(
                select(CaseVersion.id)
                .where(CaseVersion.case_id == case_id)
                .order_by(CaseVersion.version_no.desc())
                .limit(1)
            )
            if version_id is None or session.get(Case, case_id) is None:
                raise NotFoundError(error_text("there is no case with id {case_id}", case_id=case_id))
            rows = session.execute(
                select(Document.doc_key, Document.title, DocumentPage.page_no, DocumentPage.text)
                .join(DocumentPage, DocumentPage.document_id == Document.id)
                .where(Document.case_version_id == version_id)
                .order_by(Document.position, DocumentPage.page_no)
            ).all()
        hits = []
        for doc_key, title, page, page_text in rows:
            flat = " ".join(page_text.split())
            folded = flat.casefold()
            at = folded.find(needle)
            if at < 0:
                continue
            start = max(0, at - SNIPPET_CHARS)
            snippet = ("…" if start else "") + flat[start : at + len(needle) + SNIPPET_CHARS] + "…"
            hits.append(SearchHit(doc_key, title, page, snippet, folded.count(needle)))
            if len(hits) >= MAX_HITS:
                break
        return hits
