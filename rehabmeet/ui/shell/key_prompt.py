"""The GUI's passphrase prompt for the key file, asked at start before the database opens.

Registered by the entry point (``rehabmeet.__main__``) when a window will open; see
:mod:`rehabmeet.secrets` for when a key file is used instead of the keyring.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from rehabmeet.keyvault import MIN_PASSPHRASE


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
    """Type the key file's passphrase."""

    def __init__(self, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock RehabMeet"))
        label = QLabel(self.tr("Passphrase of the key file %1:").replace("%1", where))
        label.setWordWrap(True)
        self.field = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)


def ask_key_passphrase(purpose: str, where: str) -> str | None:
    """Ask for the key file's passphrase (``purpose`` "unlock" or "create"); ``None`` when cancelled."""
    from rehabmeet import i18n

    from rehabmeet.ui.shell.application import named_application
    from rehabmeet.ui.shell.splash import close_splash
    from rehabmeet.ui.shell.translations import install_translators

    app = named_application([])
    if not app.property("rehabmeetTranslated"):
        install_translators(app, i18n.current_language())
        app.setProperty("rehabmeetTranslated", True)
    close_splash()
    if purpose == "create":
        dialog: QDialog = NewPassphraseDialog(where)
        field = dialog.first  # type: ignore[attr-defined]
    else:
        dialog = UnlockDialog(where)
        field = dialog.field  # type: ignore[attr-defined]
    QCoreApplication.processEvents()
    return str(field.text()) if dialog.exec() == QDialog.DialogCode.Accepted else None
