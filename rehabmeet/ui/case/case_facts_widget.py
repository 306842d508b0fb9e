"""CaseFactsWidget: the selected case's facts, readiness findings, documents and summary."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from rehabmeet.bundles.readiness import Severity
from rehabmeet.domain.citizen import masked_cpr
from rehabmeet.domain.vocabulary import SummarySection
from rehabmeet.services.cases import CaseDetail

from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.colours import colour

_SEVERITY_COLOURS = {Severity.BLOCKING: "alert", Severity.WARNING: "warning", Severity.INFO: "accent"}

_STYLE = """
<style>
 h1 { font-size: x-large; margin: 0 0 2px 0; }
 .ref { color: MUTED; font-size: small; }
 .question { background: palette(alternate-base); border-left: 4px solid ACCENT; padding: 8px; margin: 10px 0; }
 h2 { font-size: large; margin: 14px 0 4px 0; }
 td { padding: 2px 10px 2px 0; vertical-align: top; }
 td.k { color: MUTED; white-space: nowrap; }
</style>
"""


def style() -> str:
    """The facts' style sheet in the current theme's colours; sizes follow the text size (large text)."""
    return _STYLE.replace("MUTED", colour("muted")).replace("ACCENT", colour("accent"))


class CaseFactsWidget(QWidget):
    """Read-only view of one case's facts (no editing here)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("caseFacts")
        self.browser.setAccessibleName(self.tr("Case facts"))
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 8, 8)
        layout.addWidget(self.browser)
        self.show_case(None)

    def show_case(self, detail: CaseDetail | None) -> None:
        """Show ``detail``, or a hint when no case is selected."""
        if detail is None:
            hint = self.tr("Select a case on the agenda.")
            self.browser.setHtml(f"<p style='color:gray'>{escape(hint)}</p>")
            return
        self.browser.setHtml(
            style()
            + self._header(detail)
            + self._facts(detail)
            + self._findings(detail)
            + self._documents(detail)
            + self._summary(detail)
        )

    def shown_text(self) -> str:
        """Return the plain text on show (for tests and screen readers)."""
        return self.browser.toPlainText()

    def _header(self, d: CaseDetail) -> str:
        version = self.tr(" · version %1").replace("%1", str(d.row.version)) if d.version_count > 1 else ""
        kind = escape(labels.vocabulary(d.row.case_type))
        question = escape(self.tr("Question to the team"))
        return (
            f"<h1>{escape(d.row.citizen_name)}</h1>"
            f"<div class='ref'>{escape(d.row.case_ref)} · {kind}{version}</div>"
            f"<div class='question'><b>{question}</b><br>{escape(d.question_to_team)}</div>"
        )

    def _facts(self, d: CaseDetail) -> str:
        yes, no = self.tr("yes"), self.tr("no")
        rows = [
            (
                self.tr("Age"),
                self.tr("%1 years (born %2)")
                .replace("%1", str(d.citizen_age))
                .replace("%2", labels.format_date(d.citizen_birth_date)),
            ),
            (self.tr("CPR"), masked_cpr(d.citizen_cpr)),
            (self.tr("Vocational qualification"), yes if d.has_vocational_qualification else no),
            (self.tr("Own job goal"), d.own_job_goal or self.tr("not stated")),
            (self.tr("Interpreter needed"), yes if d.needs_interpreter else no),
            (self.tr("Caseworker"), d.caseworker + (f", {d.caseworker_unit}" if d.caseworker_unit else "")),
            (self.tr("Companion"), d.companion or self.tr("none announced")),
            (
                self.tr("Preparatory part signed"),
                self.tr("%1 (%2 days ago)")
                .replace("%1", labels.format_date(d.preparatory_part_signed_on))
                .replace("%2", str(d.waiting_days)),
            ),
            (
                self.tr("Citizen's consent"),
                labels.format_date(d.citizen_consented_on) if d.citizen_consented_on else self.tr("not recorded"),
            ),
            (
                self.tr("Education member (UU)"),
                self.tr("required") if d.education_member_required else self.tr("not required"),
            ),
        ]
        body = "".join(f"<tr><td class='k'>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in rows)
        return _h2(self.tr("Facts")) + f"<table>{body}</table>"

    def _findings(self, d: CaseDetail) -> str:
        title = _h2(self.tr("Readiness") + ": " + labels.readiness(d.row.readiness))
        if not d.row.findings:
            passed = self.tr("All readiness checks passed.")
            return title + f"<p>{escape(passed)}</p>"
        items = "".join(
            f"<li><span style='color:{colour(_SEVERITY_COLOURS[f.severity])}'>"
            f"{escape(labels.severity(f.severity))}</span> "
            f"{escape(f.message)} <span class='ref'>({escape(f.check_id)}; {escape(f.source)})</span></li>"
            for f in d.row.findings
        )
        return title + f"<ul>{items}</ul>"

    def _documents(self, d: CaseDetail) -> str:
        head = (self.tr("Document"), self.tr("Kind"), self.tr("Date"), self.tr("Pages"))
        rows = []
        for doc in d.documents:
            note = ""
            if doc.media_type == "docx":
                note = (
                    " <span class='ref'>"
                    + escape(self.tr("(Word document; pages from a PDF made by %1)").replace("%1", doc.pages_from))
                    + "</span>"
                )
            rows.append(
                f"<tr><td>{escape(doc.title)}{note}</td><td>{escape(labels.vocabulary(doc.kind))}</td>"
                f"<td style='white-space: nowrap'>{labels.format_date(doc.document_date)}</td>"
                f"<td align='right'>{doc.pages}</td></tr>"
            )
        header = "".join(f"<td class='k'>{escape(h)}</td>" for h in head)
        total = self.tr("%n page(s) in all", "", d.row.pages)
        return (
            _h2(self.tr("Documents")) + f"<table><tr>{header}</tr>{''.join(rows)}</table>"
            f"<p class='ref'>{escape(total)}</p>"
        )

    def _summary(self, d: CaseDetail) -> str:
        items = []
        for section in SummarySection:
            present = section.value in d.summary_sections
            mark = "✔" if present else "✖ " + self.tr("missing")
            items.append(f"<li>{escape(labels.vocabulary(section))}: {escape(mark)}</li>")
        return _h2(self.tr("Caseworker summary")) + f"<ul>{''.join(items)}</ul>"


def _h2(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"
