"""SummarySheetView: the summary sheet on screen; each source reference opens its page."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtWidgets import QTextBrowser, QWidget

from rehabmeet.summary.sheet import SheetReference, SheetSection, SummarySheet

from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.colours import colour

PAGE_SCHEME = "page"
_STYLE = """<style>
 h1 { font-size: x-large; margin: 0; } h2 { font-size: large; margin: 10px 0 2px 0; }
 .ref { color: MUTED; } .missing { color: ALERT; font-style: italic; }
 .question { background: QUOTE; border-left: 4px solid LINK; padding: 6px; margin: 8px 0; }
 a { color: LINK; } td { padding: 1px 8px 1px 0; vertical-align: top; } td.k { color: MUTED; }
</style>"""


def style() -> str:
    """The sheet's style sheet in the current theme's colours; sizes follow the text size (large text)."""
    names = {"MUTED": "muted", "ALERT": "alert", "QUOTE": "quote", "LINK": "link"}
    text = _STYLE
    for placeholder, name in names.items():
        text = text.replace(placeholder, colour(name))
    return text


def page_link(doc_key: str, page: int) -> str:
    """Return the in-app link to a document page."""
    return f"{PAGE_SCHEME}:{doc_key}/{page}"


class SummarySheetView(QTextBrowser):
    """Read-only sheet; clicking "LÆ 265, s. 2" emits ``source_clicked("d2", 2)``.

    Signals:
        source_clicked(str, int): document key and 1-based page.
    """

    source_clicked = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summarySheet")
        self.setAccessibleName(self.tr("Summary sheet"))
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def show_sheet(self, sheet: SummarySheet | None) -> None:
        if sheet is None:
            self.clear()
            return
        facts = "".join(f"<tr><td class='k'>{escape(f.label)}</td><td>{escape(f.value)}</td></tr>" for f in sheet.facts)
        findings = "".join(f"<li>{escape(text)}</li>" for text in sheet.findings)
        question = escape(self.tr("Question to the team"))
        heading = f"<h1>{escape(sheet.citizen_name)}</h1>"
        subtitle = f"<div class='ref'>{escape(sheet.case_ref)} · {escape(sheet.case_type)}</div>"
        parts = [
            style(),
            heading + subtitle,
            f"<div class='question'><b>{question}</b><br>{escape(sheet.question)}</div>",
            f"<table>{facts}</table>",
            f"<ul>{findings}</ul>" if findings else "",
            *(self._section(section) for section in sheet.sections),
            self._documents(sheet),
        ]
        self.setHtml("".join(parts))

    def _section(self, section: SheetSection) -> str:
        title = f"<h2>{escape(section.title)}</h2>"
        if section.text is None:
            missing = self.tr("Missing: the caseworker's summary has no such section.")
            return title + f"<p class='missing'>{escape(missing)}</p>"
        body = "".join(f"<p>{escape(part)}</p>" for part in section.text.split("\n") if part.strip())
        if section.references:
            sources = escape(self.tr("Sources"))
            body += f"<p class='ref'>{sources}: " + "; ".join(self._reference(r) for r in section.references) + "</p>"
        return title + body

    def _reference(self, reference: SheetReference) -> str:
        link = f"<a href='{page_link(reference.doc_key, reference.page)}'>{escape(reference.text)}</a>"
        if reference.target is None:
            link += " " + escape(self.tr("(not in the meeting set)"))
        return link

    def _documents(self, sheet: SummarySheet) -> str:
        rows = []
        for d in sheet.documents:
            pages = self.tr("%n page(s)", "", d.pages)
            rows.append(
                f"<tr><td><a href='{page_link(d.doc_key, 1)}'>{escape(d.short_label)}</a></td>"
                f"<td>{labels.format_date(d.document_date)}</td><td>{escape(pages)}</td>"
                f"<td class='k'>{escape(d.selected or '—')}</td></tr>"
            )
        title = escape(self.tr("Documents (pages in the meeting set)"))
        return f"<h2>{title}</h2><table>{''.join(rows)}</table>"

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() != PAGE_SCHEME:
            return
        doc_key, _, page = url.path().rpartition("/")
        if doc_key and page.isdigit():
            self.source_clicked.emit(doc_key, int(page))
