"""Message boxes and pickers go through here, so tests can replace them (style rule 22)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def show_error(parent: QWidget | None, message: str) -> None:
    """Tell the user about a problem they can act on (modal; one sentence).

    A raw exception's text (a database error quoting its SQL) is cut to its first line and CPR
    numbers are masked: no case data in a message box (issue 18).
    """
    from rehabmeet.redact import redact

    lines = message.strip().splitlines() or [message]
    QMessageBox.critical(parent, QCoreApplication.translate("Dialogs", "RehabMeet"), _sentence(redact(lines[0])))


def _sentence(text: str) -> str:
    """A core message ("the passphrase does not open …", written for ``error: …`` on the terminal) as a
    sentence in a box: capital first letter, full stop."""
    text = text.strip()
    if not text:
        return text
    return text[:1].upper() + text[1:] + ("" if text[-1] in ".!?)" else ".")


def ask_bundle_files(parent: QWidget | None) -> list[Path]:
    """Let the user pick zipped case bundles; an empty list when they cancel."""
    title = QCoreApplication.translate("Dialogs", "Import case bundles")
    kinds = QCoreApplication.translate("Dialogs", "Case bundles (*.rmb.zip *.zip);;All files (*)")
    files, _ = QFileDialog.getOpenFileNames(parent, title, "", kinds)
    return [Path(f) for f in files]


def ask_bundle_folder(parent: QWidget | None) -> list[Path]:
    """Let the user pick an unpacked bundle folder; an empty list when they cancel."""
    title = QCoreApplication.translate("Dialogs", "Import an unpacked case bundle")
    folder = QFileDialog.getExistingDirectory(parent, title)
    return [Path(folder)] if folder else []


def ask_text(parent: QWidget | None, title: str, prompt: str, text: str = "") -> str | None:
    """Ask for one line of text (e.g. a reason that will be logged); ``None`` when cancelled or empty."""
    text, accepted = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Normal, text)
    return text.strip() if accepted and text.strip() else None


def ask_save_pdf(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to save a PDF; ``None`` when cancelled."""
    title = QCoreApplication.translate("Dialogs", "Save PDF")
    kinds = QCoreApplication.translate("Dialogs", "PDF documents (*.pdf)")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
    if not path:
        return None
    return Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")


def ask_yes_no(parent: QWidget | None, title: str, question: str) -> bool:
    """Ask a yes/no question; ``True`` for yes."""
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


def ask_save_document(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to save a PDF or Word document (the suggestion's suffix decides); ``None`` when cancelled."""
    suffix = Path(suggested).suffix.lower() or ".pdf"
    kinds = {
        ".pdf": QCoreApplication.translate("Dialogs", "PDF documents (*.pdf)"),
        ".docx": QCoreApplication.translate("Dialogs", "Word documents (*.docx)"),
        ".rmpack": QCoreApplication.translate("Dialogs", "RehabMeet packs (*.rmpack)"),
    }
    title = QCoreApplication.translate("Dialogs", "Save as")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, kinds.get(suffix, ""))
    if not path:
        return None
    return Path(path) if path.lower().endswith(suffix) else Path(path + suffix)


def ask_certificate_file(parent: QWidget | None) -> Path | None:
    """Let the user pick a PKCS#12 certificate file; ``None`` when cancelled."""
    title = QCoreApplication.translate("Dialogs", "Import a signing certificate")
    kinds = QCoreApplication.translate("Dialogs", "Certificates (*.p12 *.pfx);;All files (*)")
    path, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return Path(path) if path else None


def ask_passphrase(parent: QWidget | None, file_name: str) -> str | None:
    """Ask for a certificate's passphrase (hidden while typed); ``None`` when cancelled."""
    title = QCoreApplication.translate("Dialogs", "Passphrase")
    prompt = QCoreApplication.translate("Dialogs", "Passphrase for %1:").replace("%1", file_name)
    text, accepted = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Password)
    return text if accepted else None


def ask_pack_files(parent: QWidget | None) -> list[Path]:
    """Let the user pick RehabMeet pack files; an empty list when they cancel."""
    title = QCoreApplication.translate("Dialogs", "Choose pack files")
    kinds = QCoreApplication.translate("Dialogs", "RehabMeet packs (*.rmpack);;All files (*)")
    files, _ = QFileDialog.getOpenFileNames(parent, title, "", kinds)
    return [Path(f) for f in files]


def ask_folder(parent: QWidget | None, title: str) -> Path | None:
    """Let the user pick a folder; ``None`` when cancelled."""
    folder = QFileDialog.getExistingDirectory(parent, title)
    return Path(folder) if folder else None


def ask_choice(parent: QWidget | None, title: str, prompt: str, options: list[str], current: str) -> str | None:
    """Ask for one of ``options`` or a name typed in; ``None`` when cancelled or empty."""
    index = options.index(current) if current in options else 0
    text, accepted = QInputDialog.getItem(parent, title, prompt, options or [current], index, True)
    return text.strip() if accepted and text.strip() else None
