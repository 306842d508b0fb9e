"""Developer tool: refresh the .ts catalogue from the code and compile the .qm the app loads.

Usage: python scripts/update_translations.py

Runs ``pyside6-lupdate`` over every Python file of the package (the core marks its strings
with ``QT_TRANSLATE_NOOP``), keeps existing translations, drops vanished ones, then runs
``pyside6-lrelease``. Translate new strings in ``resources/translations/rehabmeet_da.ts``
(Qt Linguist, or by hand) and run this again.

English is the source language, so ``rehabmeet_en.ts`` holds only the plural forms
(``lupdate -pluralonly``); they are filled in here from the source text: ``%n case(s)`` gives
``%n case`` and ``%n cases``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "rehabmeet_da.ts"
QM = TS.with_suffix(".qm")
ENGLISH_TS = TS.with_name("rehabmeet_en.ts")
ENGLISH_QM = ENGLISH_TS.with_suffix(".qm")
_PLURAL_SUFFIX = re.compile(r"\((e?s)\)")


def tool(name: str) -> str:
    """Return the path of a PySide6 tool next to this interpreter, or on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6")
    return found


def sources() -> list[str]:
    """Return the package's Python files that may hold user-visible strings."""
    files = sorted((ROOT / "rehabmeet").rglob("*.py"))
    skipped = ("rehabmeet/demo/content/", "rehabmeet/migrations/")
    relative = (f.relative_to(ROOT).as_posix() for f in files)
    return [name for name in relative if not name.startswith(skipped)]


def english_plural_forms(source: str) -> tuple[str, str]:
    """Return the singular and plural of an English source text with ``(s)``/``(es)`` markers."""
    return _PLURAL_SUFFIX.sub("", source), _PLURAL_SUFFIX.sub(r"\1", source)


def fill_english_plurals(ts: Path) -> None:
    """Fill every plural message of the English catalogue from its source text."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        for form in english_plural_forms(message.findtext("source", default="")):
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


#: ``error_text("…")`` in the core is a translation call too (filed under the empty context). No source
#: locations: they change with every edit and would make parallel branches conflict in the catalogue.
LUPDATE_OPTIONS = ("-no-obsolete", "-locations", "none", "-tr-function-alias", "tr+=error_text")


def lupdate(ts: Path, language: str, *options: str) -> None:
    """Refresh ``ts`` from the code for ``language``."""
    command = [tool("pyside6-lupdate"), *sources(), *LUPDATE_OPTIONS, *options]
    command += ["-source-language", "en", "-target-language", language, "-ts", str(ts.relative_to(ROOT))]
    subprocess.run(command, cwd=ROOT, check=True)


def main() -> None:
    lupdate(TS, "da")
    lupdate(ENGLISH_TS, "en", "-pluralonly")
    fill_english_plurals(ENGLISH_TS)
    for ts, qm in ((TS, QM), (ENGLISH_TS, ENGLISH_QM)):
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
