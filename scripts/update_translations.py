"""Developer tool: refresh the .ts catalogue from the code and compile the .qm the app loads.

Usage: python scripts/update_translations.py

Runs ``pyside6-lupdate`` over every Python file of the package (the core marks its strings
with ``QT_TRANSLATE_NOOP``), keeps existing translations, drops vanished ones, then runs
``pyside6-lrelease``. Translate new strings in ``resources/translations/rehabmeet_da.ts``
(Qt Linguist, or by hand) and run this again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "rehabmeet_da.ts"
QM = TS.with_suffix(".qm")


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
    return [str(f.relative_to(ROOT)) for f in files if "demo_content" not in f.parts and "migrations" not in f.parts]


def main() -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            "da",
            "-ts",
            str(TS.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
