"""The GUI's passphrase prompt for the key file, asked at start before the database opens.

Registered by the entry point (``rehabmeet.__main__``) when a window will open; see
:mod:`rehabmeet.secrets` for when a key file is used instead of the keyring.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from rehabmeet.keyvault import MIN_PASSPHRASE

from rehabmeet.ui.shared.colours import colour


class NewPassphraseDialog(QDialog):
    """Choose the key file's passphrase: typed twice, at least :data:`MIN_PASSPHRASE` characters."""

    def __init__(self, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect the database key"))
        explanation = QLabel(
            self.tr(
                "No secure keyring was found on this computer. RehabMeet will keep the database key in a "
                "file protected by a passphrase you choose (at least %1 characters): %2. Without the "
                "passphrase nobody, including you, can open the data."
            )
            .replace("%1", str(MIN_PASSPHRASE))
            .replace("%2", where)
        )
        explanation.setWordWrap(True)
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Passphrase again"))
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {colour('alert')}; font-weight: bold")
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _check(self) -> None:
        if len(self.first.text()) < MIN_PASSPHRASE:
            self.problem.setText(
                self.tr("The passphrase is shorter than %1 characters.").replace("%1", str(MIN_PASSPHRASE))
            )
        elif self.first.text() != self.second.text():
            self.problem.setText(self.tr("The two passphrases differ."))
        else:
            self.accept()


class UnlockDialog(QDialog):
    """Type the key file's passphrase; after a wrong one the dialog says so in one line (``wrong_before``)."""

    def __init__(self, where: str, parent: QWidget | None = None, *, wrong_before: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock RehabMeet"))
        width = self.fontMetrics().averageCharWidth() * 60
        explanation = QLabel(
            self.tr("The database key is in a passphrase-protected key file. Type the passphrase to open the data.")
        )
        explanation.setWordWrap(True)
        # a path wraps at arbitrary characters: one line, shortened in the middle, the whole path as tooltip
        path = QLabel(self.fontMetrics().elidedText(where, Qt.TextElideMode.ElideMiddle, width))
        path.setToolTip(where)
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        path.setStyleSheet(f"color: {colour('muted')}")
        self.field = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.problem = QLabel(
            self.tr("The passphrase does not open the key file; nothing was changed. Try again.")
            if wrong_before
            else ""
        )
        self.problem.setVisible(wrong_before)
        self.problem.setStyleSheet(f"color: {colour('alert')}; font-weight: bold")
        self.problem.setAccessibleName(self.problem.text())
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(path)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(width)
        self.field.setFocus()


def ask_key_passphrase(purpose: str, where: str) -> str | None:
    """Ask for the key file's passphrase (``purpose`` "unlock", "retry" after a wrong one, or "create");
    ``None`` when cancelled."""
    from rehabmeet import i18n

    from rehabmeet.ui.shell.application import named_application
    from rehabmeet.ui.shell.splash import close_splash
    from rehabmeet.ui.shell.translations import install_translators

    app = named_application([])
    if not app.property("rehabmeetTranslated"):
        install_translators(app, i18n.current_language())
        app.setProperty("rehabmeetTranslated", True)
    close_splash()
    dialog: QDialog
    if purpose == "create":
        dialog = new = NewPassphraseDialog(where)
        field = new.first
    else:
        dialog = unlock = UnlockDialog(where, wrong_before=purpose == "retry")
        field = unlock.field
    QCoreApplication.processEvents()
    return str(field.text()) if dialog.exec() == QDialog.DialogCode.Accepted else None
