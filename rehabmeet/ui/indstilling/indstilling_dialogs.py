"""Dialogs of the indstilling: reasons to finalise over unmet law points, the history, reading aloud."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rehabmeet.recommendation.checklist import ChecklistItem
from rehabmeet.recommendation.content import IndstillingContent
from rehabmeet.recommendation.wording import indstilling_sections
from rehabmeet.services.indstilling import HistoryRow

from rehabmeet.ui.indstilling.checklist_widget import rule_title
from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.appearance import ScaledFont


def indstilling_html(content: IndstillingContent) -> str:
    """Return the indstilling as simple HTML, sections in the law's order, in the viewer's own font size
    (so it grows with large text)."""
    parts = ["<div>"]
    for section in indstilling_sections(content):
        parts.append(f"<h3>{escape(section.heading)}</h3>")
        if section.bullets:
            parts.append("<ul>" + "".join(f"<li>{escape(line)}</li>" for line in section.lines) + "</ul>")
        else:
            parts.extend(f"<p>{escape(line)}</p>" for line in section.lines)
    parts.append("</div>")
    return "".join(parts)


class FinaliseDialog(QDialog):
    """Asks for a reason for each unmet law point; OK only when every one has a reason."""

    def __init__(self, missing: tuple[ChecklistItem, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Finalise with unmet law points"))
        self.reasons: dict[str, QLineEdit] = {}
        intro = QLabel(
            self.tr(
                "These points are required by law and are not met. Complete them, or give a reason "
                "for each; the reasons are kept with the indstilling and in the audit log."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        for item in missing:
            edit = QLineEdit(self)
            edit.setAccessibleName(item.rule_id)
            edit.textChanged.connect(self._update)
            self.reasons[item.rule_id] = edit
            form.addRow(f"{item.rule_id}: {rule_title(item.rule_id, item.title)}", edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        complete = all(edit.text().strip() for edit in self.reasons.values())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(complete)

    def values(self) -> dict[str, str]:
        return {rule: edit.text().strip() for rule, edit in self.reasons.items()}

    @classmethod
    def ask(cls, parent: QWidget | None, missing: tuple[ChecklistItem, ...]) -> dict[str, str] | None:
        dialog = cls(missing, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class HistoryDialog(QDialog):
    """The saved states of the indstilling; choosing one shows its text."""

    def __init__(self, rows: tuple[HistoryRow, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Versions of the indstilling"))
        self.resize(900, 560)
        self._rows = rows
        self.list = QListWidget(self)
        kinds = {
            "snapshot": self.tr("saved while writing"),
            "finalised": self.tr("finalised"),
            "reopened": self.tr("reopened"),
        }
        for row in rows:
            saved = row.saved_at.astimezone()
            when = f"{labels.format_date(saved.date())} {saved.strftime('%H:%M:%S')}"
            text = f"{when} · {kinds.get(row.kind, row.kind)} · {row.saved_by}"
            if row.version:
                text += " · " + self.tr("version %1").replace("%1", str(row.version))
            if row.reason:
                text += f" · {row.reason}"
            self.list.addItem(text)
        self.preview = QTextBrowser(self)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        if rows:
            self.list.setCurrentRow(len(rows) - 1)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.preview.setHtml(indstilling_html(self._rows[row].content))


class ReadAloudWindow(QWidget):
    """The indstilling in large type for the leader to read out (F11: full screen, Esc: close)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Read aloud"))
        self.browser = QTextBrowser(self)
        ScaledFont(self.browser, 20)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        QShortcut(QKeySequence("F11"), self, self._toggle_full_screen)
        QShortcut(QKeySequence("Esc"), self, self.close)
        self.resize(1000, 760)

    def show_content(self, content: IndstillingContent, citizen: str) -> None:
        heading = self.tr("Indstilling")
        title = f"<h1>{escape(heading)}: {escape(citizen)}</h1>"

        outcome = (
            f"<p style='font-size:large'><b>{escape(labels.vocabulary(content.outcome))}</b></p>"
            if content.outcome
            else ""
        )
        self.browser.setHtml(title + outcome + indstilling_html(content))

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()
