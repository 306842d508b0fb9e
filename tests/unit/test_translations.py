"""Every user-visible string has a Danish translation, and the shipped .qm matches the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rehabmeet import i18n
from rehabmeet.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations  # noqa: E402


def _unfinished(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    return [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]


def test_the_code_has_no_string_missing_from_the_danish_catalogue(tmp_path: Path) -> None:
    copy = tmp_path / "rehabmeet_da.ts"
    shutil.copy(update_translations.TS, copy)
    subprocess.run(
        [update_translations.tool("pyside6-lupdate"), *update_translations.sources(), "-no-obsolete", "-ts", str(copy)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert _unfinished(copy) == []


def test_the_shipped_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "check.qm"
    subprocess.run(
        [update_translations.tool("pyside6-lrelease"), str(update_translations.TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == update_translations.QM.read_bytes(), "run scripts/update_translations.py"


def test_core_messages_follow_the_chosen_language(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "{document} is missing."
    i18n.set_language("da")
    assert i18n.translate("Readiness", text) == "{document} mangler."
    i18n.set_language("en")
    assert i18n.translate("Readiness", text) == text


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "da_DK.UTF-8"}, "da"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C"}, "da"),
        ({"LANG": "de_DE.UTF-8"}, "da"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "da_DK.UTF-8"}, "en"),
    ],
)
def test_language_follows_the_system(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], expected: str
) -> None:
    for name in ("REHABMEET_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert i18n.system_language() == expected


def test_the_catalogue_is_shipped_as_a_resource() -> None:
    assert resource_path("translations", "rehabmeet_da.qm").stat().st_size > 1000


def _hidden_translation_calls(path: Path) -> list[int]:
    """Return lines where tr()/translate() sits inside an f-string, which lupdate cannot see."""
    import ast

    names = {"tr", "translate", "QT_TRANSLATE_NOOP"}
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    func = inner.func
                    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                    if name in names:
                        lines.append(inner.lineno)
    return lines


def test_no_translatable_string_hides_inside_an_f_string() -> None:
    hidden = {
        str(path.relative_to(ROOT)): lines
        for path in sorted((ROOT / "rehabmeet").rglob("*.py"))
        if (lines := _hidden_translation_calls(path))
    }
    assert hidden == {}, "lupdate cannot extract these; assign the tr() result to a variable first"
