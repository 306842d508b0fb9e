"""PackPreviewDialog: before the packs are written, exactly the texts one member's pack will hold.

The same content as ``rehabmeet pack preview --member NAME`` (data minimisation, issue 18): the
documents left out for the member's discipline and every page's text, built off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rehabmeet.services.packs import AgendaPackService, PackPreview

from rehabmeet.ui.shared.tasks import TaskRunner


class PackPreviewDialog(QDialog):
    """Choose a member to read what their pack will hold; "Write the packs" goes on with the export."""

    def __init__(
        self, packs: AgendaPackService, meeting_id: int, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What the packs will hold"))
        self.setObjectName("packPreviewDialog")
        self.resize(820, 640)
        self._packs = packs
        self._meeting_id = meeting_id
        self._tasks = tasks
        self.member = QComboBox(self)
        self.member.setAccessibleName(self.tr("Member"))
        for name, discipline in packs.members(meeting_id):
            self.member.addItem(f"{name} ({discipline})", name)
        self.left_out = QLabel(self)
        self.left_out.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("The texts of the member's pack"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.write = buttons.addButton(self.tr("&Write the packs"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Member:"), self.member)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.left_out)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.member.currentIndexChanged.connect(lambda _index: self._load())
        self._load()

    def _load(self) -> None:
        name = self.member.currentData()
        if name is None:
            return
        self.left_out.setText(self.tr("Building the pack of %1…").replace("%1", str(name)))
        self.text.clear()
        handle = self._tasks.start(lambda _progress, _cancelled: self._packs.preview(self._meeting_id, str(name)))
        handle.succeeded.connect(self._show)
        handle.failed.connect(lambda error: self.left_out.setText(str(error)))

    def _show(self, preview: object) -> None:
        assert isinstance(preview, PackPreview)
        if preview.member_name != self.member.currentData():
            return  # an older answer for another member
        kinds = ", ".join(preview.withheld_kinds) or self.tr("none")
        self.left_out.setText(
            self.tr("Document kinds left out for %1: %2").replace("%1", preview.discipline).replace("%2", kinds)
        )
        case_line = self.tr("=== %1 %2 · left out: %3")
        page_line = self.tr("--- page %1")
        parts = []
        for case in preview.cases:
            left = "; ".join((*case.withheld_documents, *case.withheld_pages)) or "-"
            parts.append(case_line.replace("%1", case.planned_start).replace("%2", case.case_ref).replace("%3", left))
            for number, page in enumerate(case.pages, start=1):
                parts.append(page_line.replace("%1", str(number)) + "\n" + page)
        self.text.setPlainText("\n".join(parts))
