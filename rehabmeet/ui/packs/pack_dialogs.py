"""Dialogs for agenda packs: the passphrases to hand out, and conflicts to resolve side by side."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabmeet.errors import UserFacingError
from rehabmeet.services.note_merge import ConflictView, NoteMergeService
from rehabmeet.services.packs import WrittenPack

from rehabmeet.ui.shared.dialogs import show_error


class PassphrasesDialog(QDialog):
    """Each member's pack file and passphrase, to be handed over separately (never in the same e-mail)."""

    def __init__(self, packs: tuple[WrittenPack, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agenda packs written"))
        self.setObjectName("passphrasesDialog")
        self._packs = packs
        note = QLabel(
            self.tr(
                "Give each member their file and, separately (in person or by phone), their passphrase. "
                "The passphrases are kept in this computer's keyring to open the notes that come back."
            )
        )
        note.setWordWrap(True)
        headings = [self.tr("Member"), self.tr("File"), self.tr("Cases"), self.tr("Pages"), self.tr("Passphrase")]
        self.table = QTableWidget(len(packs), len(headings), self)
        self.table.setObjectName("passphrases")
        self.table.setHorizontalHeaderLabels(headings)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, pack in enumerate(packs):
            cells = (pack.member_name, pack.path.name, str(pack.cases), str(pack.pages), pack.passphrase)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        copy = QPushButton(self.tr("Copy the list"), self)
        copy.clicked.connect(self._on_copy_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 320)

    @Slot()
    def _on_copy_clicked(self) -> None:
        lines = [f"{p.member_name}\t{p.path.name}\t{p.passphrase}" for p in self._packs]
        QGuiApplication.clipboard().setText("\n".join(lines))


class ConflictsDialog(QDialog):
    """One conflict at a time: the text here and the member's, side by side; keep one, both, or a new text."""

    def __init__(self, service: NoteMergeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note changed on both laptops"))
        self.setObjectName("conflictsDialog")
        self._service = service
        self.current: ConflictView | None = None
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.leader = self._text(read_only=True)
        self.member = self._text(read_only=True)
        self.edited = self._text(read_only=False)
        self.edited.setPlaceholderText(self.tr("Or write the text to keep"))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Here (the lane)")), 0, 0)
        self.member_heading = QLabel(self)
        grid.addWidget(self.member_heading, 0, 1)
        grid.addWidget(self.leader, 1, 0)
        grid.addWidget(self.member, 1, 1)
        grid.addWidget(self.edited, 2, 0, 1, 2)
        self.buttons = QDialogButtonBox(self)
        self.choices = {
            "leader": self.buttons.addButton(self.tr("Keep the text here"), QDialogButtonBox.ButtonRole.ActionRole),
            "member": self.buttons.addButton(self.tr("Keep the member's"), QDialogButtonBox.ButtonRole.ActionRole),
            "both": self.buttons.addButton(self.tr("Keep both"), QDialogButtonBox.ButtonRole.ActionRole),
            "edited": self.buttons.addButton(self.tr("Keep my new text"), QDialogButtonBox.ButtonRole.ActionRole),
        }
        later = self.buttons.addButton(self.tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.clicked.connect(self.reject)
        for choice, button in self.choices.items():
            button.clicked.connect(lambda _checked=False, choice=choice: self.resolve(choice))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.resize(820, 420)
        self._next()

    def _text(self, *, read_only: bool) -> QPlainTextEdit:
        editor = QPlainTextEdit(self)
        editor.setReadOnly(read_only)
        return editor

    def _next(self) -> None:
        conflicts = self._service.conflicts()
        self.current = conflicts[0] if conflicts else None
        if self.current is None:
            self.accept()
            return
        remaining = self.tr("%n conflict(s) left", "", len(conflicts))
        self.title.setText(f"{self.current.case_ref} · {remaining}")
        self.member_heading.setText(self.tr("%1's laptop").replace("%1", self.current.member_name))
        self.leader.setPlainText(self.current.leader_text)
        self.member.setPlainText(self.current.member_text or self.tr("(the member deleted the note)"))
        self.edited.clear()

    def resolve(self, choice: str) -> None:
        """Resolve the shown conflict with ``choice`` and show the next one (or close)."""
        if self.current is None:
            return
        try:
            self._service.resolve(self.current.id, choice, self.edited.toPlainText())
        except UserFacingError as exc:
            show_error(self, str(exc))
            return
        self._next()
