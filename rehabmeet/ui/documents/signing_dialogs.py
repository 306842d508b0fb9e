"""Dialogs for signing: choose (or import, or create) a certificate and a role; see a verification result."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabmeet.errors import UserFacingError
from rehabmeet.services.issued_documents import StoredVerification
from rehabmeet.signing.certificates import CertificateStore

from rehabmeet.ui.shared.colours import colour
from rehabmeet.ui.shared.dialogs import ask_certificate_file, ask_passphrase, ask_text, show_error


class SignDialog(QDialog):
    """Pick the certificate to sign with and the role to sign as."""

    def __init__(self, store: CertificateStore, free_roles: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign the document"))
        self.setObjectName("signDialog")
        self._store = store
        self.certificate = QComboBox(self)
        self.certificate.setObjectName("signCertificate")
        self.role = QLineEdit(self)
        self.role.setObjectName("signRole")
        self.role.setText(free_roles[0] if free_roles else "")
        self.role.setToolTip(self.tr("The signature box of this role is used: %1").replace("%1", ", ".join(free_roles)))
        import_button = QPushButton(self.tr("Import certificate…"), self)
        create_button = QPushButton(self.tr("Create a trial certificate…"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_button = self.buttons.addButton(self.tr("Sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        form = QFormLayout()
        form.addRow(self.tr("Certificate"), self.certificate)
        form.addRow(self.tr("Sign as"), self.role)
        more = QHBoxLayout()
        more.addWidget(import_button)
        more.addWidget(create_button)
        more.addStretch(1)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("The passphrase is taken from this computer's keyring; nothing is stored elsewhere."))
        note.setWordWrap(True)
        layout.addLayout(form)
        layout.addLayout(more)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        import_button.clicked.connect(self._on_import_clicked)
        create_button.clicked.connect(self._on_create_clicked)
        self._fill()

    def chosen(self) -> tuple[str, str]:
        """Return (certificate id, role)."""
        return str(self.certificate.currentData() or ""), self.role.text().strip()

    def _fill(self, select: str | None = None) -> None:
        self.certificate.clear()
        for info in self._store.all():
            trial = self.tr(" – trial") if info.self_made else ""
            self.certificate.addItem(f"{info.name}{trial} ({info.not_after:%d.%m.%Y})", info.id)
        if select is not None:
            self.certificate.setCurrentIndex(max(0, self.certificate.findData(select)))
        self.sign_button.setEnabled(self.certificate.count() > 0)

    @Slot()
    def _on_import_clicked(self) -> None:
        path = ask_certificate_file(self)
        if path is None:
            return
        passphrase = ask_passphrase(self, path.name)
        if passphrase is None:
            return
        try:
            info = self._store.import_p12(path, passphrase, role=self.role.text())
        except UserFacingError as exc:
            show_error(self, str(exc))
            return
        self._fill(info.id)

    @Slot()
    def _on_create_clicked(self) -> None:
        name = ask_text(self, self.tr("Trial certificate"), self.tr("The signer's name (for trials, not real cases):"))
        if name is None:
            return
        try:
            info = self._store.create_self_made(name, role=self.role.text())
        except UserFacingError as exc:
            show_error(self, str(exc))
            return
        self._fill(info.id)


class VerifyDialog(QDialog):
    """The signatures of a stored document, one row each, with the verdict on top."""

    def __init__(self, title: str, result: StoredVerification, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signatures: %1").replace("%1", title))
        self.setObjectName("verifyDialog")
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verifyVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setText(self._verdict(result))
        self.verdict.setStyleSheet(f"font-weight: bold; color: {colour('ok' if result.ok else 'alert')}")
        headings = [
            self.tr("Signer"),
            self.tr("Signed"),
            self.tr("Integrity"),
            self.tr("Covers"),
            self.tr("Certificate"),
        ]
        self.table = QTableWidget(len(result.report.signatures), len(headings), self)
        self.table.setObjectName("verifyTable")
        self.table.setHorizontalHeaderLabels(headings)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, check in enumerate(result.report.signatures):
            when = f"{check.signed_at.astimezone():%d.%m.%Y %H.%M}" if check.signed_at else "?"
            cells = (
                check.signer,
                when,
                self.tr("✔ Intact") if check.intact else self.tr("✖ Broken"),
                self._coverage(check, result.report.covers(check)),
                self._trust(check),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 260)

    def _trust(self, check: Any) -> str:
        """Trusted by the municipality and why, or why not (a self-made trial certificate is not)."""
        if check.trust_text:
            return ("✔ " if check.trusted else "✖ ") + str(check.trust_text)
        return self.tr("Known here") if check.trusted else self.tr("Not known on this computer")

    def _coverage(self, check: Any, covers: str) -> str:
        """What the signature really covers ("revision 1 of 2; later revisions are changes")."""
        if not check.covers_document:
            return self.tr("✖ Not the whole document")
        return covers

    def _verdict(self, result: StoredVerification) -> str:
        if not result.stored_hash_ok:
            return self.tr("✖ The stored file differs from the one recorded in the log.")
        if not result.report.signatures:
            return self.tr("The document is not signed.")
        if result.ok:
            return self.tr("✔ Every signature is intact and covers the whole document.")
        lines = "\n".join(f"• {problem}" for problem in result.report.problems)
        return self.tr("✖ Not verified:") + ("\n" + lines if lines else "")
