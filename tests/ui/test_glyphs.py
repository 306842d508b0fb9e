"""Every symbol the UI shows is in the font shipped with it (issue 21: "▯ paus", "▯ Færdiggjort")."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication

from rehabmeet.resources import resource_path

from rehabmeet.ui.shell.application import add_shipped_fonts

ROOT = Path(__file__).resolve().parents[2]


def _symbols() -> dict[str, str]:
    """Every non-letter, non-ASCII character of the UI's code and catalogues, with where it is."""
    found: dict[str, str] = {}
    files = [
        *sorted((ROOT / "rehabmeet" / "ui").rglob("*.py")),
        *sorted((ROOT / "resources" / "translations").glob("*.ts")),
    ]
    files += [ROOT / "rehabmeet" / "bundles" / "readiness.py", ROOT / "rehabmeet" / "i18n.py"]
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for char in line:
                if ord(char) > 0x7F and not unicodedata.category(char).startswith(("L", "M")):
                    found.setdefault(char, f"{path.relative_to(ROOT)}:{number}")
    return found


def test_every_symbol_of_the_ui_is_in_the_shipped_font(qapp: QApplication) -> None:
    font = QRawFont(resource_path("fonts", "DejaVuSans.ttf").read_bytes(), 12)
    assert font.isValid()
    symbols = _symbols()
    assert "❚" in symbols and "✔" in symbols  # the scan sees the symbols it should
    missing = {f"U+{ord(c):04X} {c}": where for c, where in symbols.items() if not font.supportsCharacter(ord(c))}
    assert missing == {}


def test_the_shipped_fonts_are_there_for_qt_to_fall_back_on(qapp: QApplication) -> None:
    add_shipped_fonts()
    assert "DejaVu Sans" in QFontDatabase.families()


def test_qts_own_dialogs_speak_danish_in_the_danish_interface(qapp: QApplication) -> None:
    """Issue 21: the file dialog said "Look in" and "Files of type" in the Danish window."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

    from rehabmeet.ui.shell.translations import install_translators

    installed = install_translators(qapp, "da")
    try:
        dialog = QFileDialog(None, "Importér", "", "Sagsbundter (*.rmb.zip)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        texts = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Kig i:", "&Filnavn:", "Filer af &typen:"} <= texts, texts
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuller"
        dialog.deleteLater()
        buttons.deleteLater()
        from PySide6.QtCore import QCoreApplication

        uu = "The education member (UU) must attend: the citizen is {age} without a vocational qualification."
        assert QCoreApplication.translate("Readiness", uu).startswith(
            "Uddannelsesmedlemmet (UU) skal deltage"
        )  # no English sentence
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")
