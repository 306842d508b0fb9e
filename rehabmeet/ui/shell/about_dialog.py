"""The About box: version, database, licence of the bundled font."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from rehabmeet import __version__
from rehabmeet.errors import UserFacingError
from rehabmeet.secrets import Custody, custody
from rehabmeet.storage.database import Database


def custody_label(custody: Custody | None) -> str:
    """Say in a few words where the database key is kept; an insecure keyring is named as such."""
    translate = QCoreApplication.translate
    if custody is None:
        return translate("About", "key store unavailable")
    if custody.kind == "key-file":
        return translate("About", "key in a passphrase-protected file")
    if not custody.secure:
        return translate("About", "INSECURE: key in %1, chosen explicitly").replace("%1", custody.backend)
    return translate("About", "key in the system keyring")


def about_text(database: Database) -> str:
    """Return the About box's rich text."""
    translate = QCoreApplication.translate
    if database.encrypted:
        try:
            where: Custody | None = custody()
        except UserFacingError:
            where = None
        storage = translate("About", "Encrypted SQLite database (SQLCipher); %1.").replace("%1", custody_label(where))
    else:
        storage = translate("About", "Shared PostgreSQL database.")
    purpose = translate(
        "About", "Runs rehabiliteringsteam meetings: case bundles, timing, the indstilling and signed documents."
    )
    schema = translate("About", "Database schema: %1").replace("%1", database.schema.current or "-")
    font = translate("About", "Includes the DejaVu Sans font (Bitstream Vera licence).")
    return (
        f"<h2>RehabMeet {escape(__version__)}</h2><p>{escape(purpose)}</p>"
        f"<p>{escape(storage)}<br><code>{escape(database.target.display_name)}</code><br>{escape(schema)}</p>"
        f"<p style='font-size:small'>{escape(font)}</p>"
    )


def show_about(parent: QWidget, database: Database) -> QMessageBox:
    """Open the About box (non-modal) and return it."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "About RehabMeet"))
    box.setText(about_text(database))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.open()
    return box
