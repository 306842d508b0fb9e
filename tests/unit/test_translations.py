"""Every user-visible string has a Danish translation, and the shipped .qm matches the .ts."""

from __future__ import annotations

import ast
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


def _refreshed_copy(ts: Path, tmp_path: Path, *options: str) -> Path:
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    command = [
        update_translations.tool("pyside6-lupdate"),
        *update_translations.sources(),
        *update_translations.LUPDATE_OPTIONS,
        *options,
    ]
    subprocess.run([*command, "-ts", str(copy)], cwd=ROOT, check=True, capture_output=True)
    return copy


def test_the_code_has_no_string_missing_from_the_danish_catalogue(tmp_path: Path) -> None:
    assert _unfinished(_refreshed_copy(update_translations.TS, tmp_path)) == []


def test_the_code_has_no_plural_missing_from_the_english_catalogue(tmp_path: Path) -> None:
    assert _unfinished(_refreshed_copy(update_translations.ENGLISH_TS, tmp_path, "-pluralonly")) == []


def test_english_plurals_are_made_from_the_source_text() -> None:
    assert update_translations.english_plural_forms("%n case(s) imported") == ("%n case imported", "%n cases imported")
    assert update_translations.english_plural_forms("%n match(es)") == ("%n match", "%n matches")


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_shipped_qm_is_compiled_from_the_current_ts(tmp_path: Path, language: str) -> None:
    ts = update_translations.TS.with_name(f"rehabmeet_{language}.ts")
    compiled = tmp_path / "check.qm"
    subprocess.run(
        [update_translations.tool("pyside6-lrelease"), str(ts), "-qm", str(compiled)], check=True, capture_output=True
    )
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run scripts/update_translations.py"


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


def test_every_translated_ui_string_is_a_literal_lupdate_can_see() -> None:
    """In the UI, ``self.tr(text)`` with a variable (or a private wrapper) hides the string from the catalogue.

    (The core translates variables on purpose: their strings are marked with ``QT_TRANSLATE_NOOP``.)
    """
    import ast

    hidden = []
    for path in sorted((ROOT / "rehabmeet" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            position = {"tr": 0, "translate": 1}.get(name)
            if position is None or len(node.args) <= position:
                continue
            argument = node.args[position]
            noop = isinstance(argument, ast.Call) and getattr(argument.func, "id", "") == "QT_TRANSLATE_NOOP"
            looked_up = isinstance(argument, ast.Call) and getattr(argument.func, "id", "") in (
                "source_label",
                "short_case_type_source_label",
            )
            if (
                not (isinstance(argument, ast.Constant) and isinstance(argument.value, str))
                and not noop
                and not looked_up
            ):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert hidden == []


def _user_facing_error_classes(trees: list[ast.Module]) -> set[str]:
    bases = {
        node.name: [b.id for b in node.bases if isinstance(b, ast.Name)]
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }

    def user_facing(name: str) -> bool:
        return name == "UserFacingError" or any(user_facing(b) for b in bases.get(name, []))

    return {name for name in [*bases, "UserFacingError"] if user_facing(name)}


# Errors whose text a user-facing error quotes (a bundle refusal says what is wrong with the PDF).
QUOTED_PROBLEMS = {"UnsafeJsonError", "PdfProblem", "DocxProblem"}
# The first arguments of these name the bundle and member, not the problem.
NAMED_ARGUMENTS = {"BundleError": 2, "ChangedContentError": 2}


def _untranslated_text(node: ast.AST) -> bool:
    """True when ``node`` holds English words outside any ``error_text(...)`` call."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "error_text":
        return False
    if isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    ):
        return True
    return any(_untranslated_text(child) for child in ast.iter_child_nodes(node))


def _message_arguments(call: ast.Call, skip: int) -> list[ast.AST]:
    return [*call.args[skip:], *(keyword.value for keyword in call.keywords)]


def _bare_messages(tree: ast.Module, classes: set[str]) -> list[int]:
    """Line numbers where a user-facing error (or its ``super().__init__``) is given English words."""
    lines = []
    for klass in [None, *(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name in classes)]:
        for node in ast.walk(klass or tree):
            if not isinstance(node, ast.Call):
                continue
            if klass is None and isinstance(node.func, ast.Name) and node.func.id in classes:
                arguments = _message_arguments(node, NAMED_ARGUMENTS.get(node.func.id, 0))
            elif klass is not None and _is_super_init(node):
                arguments = _message_arguments(node, NAMED_ARGUMENTS.get(klass.name, 0))
            else:
                continue
            if any(_untranslated_text(argument) for argument in arguments):
                lines.append(node.lineno)
    return lines


def _is_super_init(call: ast.Call) -> bool:
    function = call.func
    return (
        isinstance(function, ast.Attribute)
        and function.attr == "__init__"
        and isinstance(function.value, ast.Call)
        and isinstance(function.value.func, ast.Name)
        and function.value.func.id == "super"
    )


def test_every_error_message_the_user_reads_is_translatable() -> None:
    """Any English words given to a user-facing error in the core sit inside ``error_text`` (so the
    Danish window never shows an English error); UI code translates with ``tr`` and is checked above."""
    files = [f for f in (ROOT / "rehabmeet").rglob("*.py") if "ui" not in f.relative_to(ROOT / "rehabmeet").parts]
    trees = {f: ast.parse(f.read_text(encoding="utf-8")) for f in files}
    classes = _user_facing_error_classes(list(trees.values())) | QUOTED_PROBLEMS
    bare = [
        f"{path.relative_to(ROOT)}:{line}" for path, tree in trees.items() for line in _bare_messages(tree, classes)
    ]
    assert bare == []


@pytest.mark.parametrize(
    ("language", "expected"), [("da", "nowhere.rmb.zip: findes ikke"), ("en", "nowhere.rmb.zip: does not exist")]
)
def test_a_refused_bundle_is_explained_in_the_chosen_language(
    isolated_environment: Path, tmp_path: Path, language: str, expected: str
) -> None:
    from rehabmeet.bundles.importer import BundleImporter
    from tests.helpers.db import open_home_database

    database = open_home_database(isolated_environment)
    try:
        i18n.set_language(language)
        outcome = BundleImporter(database.sessions, actor="t").import_path(tmp_path / "nowhere.rmb.zip")
    finally:
        i18n.set_language("en")
        database.close()
    assert outcome.message == expected


def test_an_error_while_a_danish_letter_is_written_follows_the_users_language() -> None:
    """Letters are always Danish, but a message to the user about a broken template is in the user's language."""
    from rehabmeet.letters.templates import TemplateError, fill

    i18n.set_language("en")
    with i18n.language_in_this_thread("da"), pytest.raises(TemplateError) as refused:
        fill("Dear {name", name="x")
    assert str(refused.value).startswith("the letter template text")


def test_a_file_that_cannot_be_read_is_explained_in_the_users_language(tmp_path: Path) -> None:
    """Issue 21: "No such file or directory" in the Danish window."""
    from rehabmeet.errors import UserFacingError
    from rehabmeet.services.preparation import PreparationService

    missing = tmp_path / "mødepakke.rmpack"
    try:
        i18n.set_language("da")
        with pytest.raises(OSError) as raised:
            missing.read_bytes()
        assert i18n.os_reason(raised.value) == "filen eller mappen findes ikke"
        service = PreparationService.__new__(PreparationService)
        with pytest.raises(UserFacingError, match="filen eller mappen findes ikke") as refused:
            service.open_pack(missing, "x")
        assert "No such file" not in str(refused.value)
    finally:
        i18n.set_language("en")
    assert i18n.os_reason(raised.value) == "the file or folder does not exist"
