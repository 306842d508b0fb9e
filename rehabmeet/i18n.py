"""Translation for the headless core, from the same Qt ``.ts`` catalogue the UI compiles to ``.qm``.

Source strings are English. The core marks them with :func:`QT_TRANSLATE_NOOP` (a no-op that
``pyside6-lupdate`` recognises) so one catalogue serves the CLI and the GUI. The UI translates
the same (context, text) pairs through ``QCoreApplication.translate``; the CLI uses
:func:`translate`, which reads the ``.ts`` XML directly so the core never imports Qt.
"""

from __future__ import annotations

import os
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from rehabmeet.resources import resource_path

LANG_ENV = "REHABMEET_LANG"
SUPPORTED_LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"

_state = {"language": ""}
_thread = threading.local()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it unchanged."""
    return text


def system_language() -> str:
    """Return the language the user asked for: ``$REHABMEET_LANG``, else the system's (Windows: its display language).

    Danish is the app's home language, so a system language other than Danish or English
    (including the bare ``C`` locale) gives Danish.
    """
    chosen = os.environ.get(LANG_ENV, "").strip().lower()
    if chosen in SUPPORTED_LANGUAGES:
        return chosen
    if sys.platform == "win32":  # Windows sets no LANG: ask for the user's display language
        return _windows_ui_language()
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        code = value.split("_")[0].split(".")[0].split(":")[0].lower()
        if code in SUPPORTED_LANGUAGES:
            return code
        if value:
            break
    return DEFAULT_LANGUAGE


def _windows_ui_language() -> str:
    """Return ``da`` or ``en`` from Windows' user interface language (primary language id 0x06, 0x09)."""
    import ctypes

    primary = ctypes.windll.kernel32.GetUserDefaultUILanguage() & 0x3FF  # type: ignore[attr-defined]
    return {0x06: "da", 0x09: "en"}.get(primary, DEFAULT_LANGUAGE)


def set_language(language: str | None) -> str:
    """Choose the language for :func:`translate`; ``None`` follows the system. Returns the choice."""
    if language is not None and language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; choose one of {', '.join(SUPPORTED_LANGUAGES)}")
    _state["language"] = language or system_language()
    return _state["language"]


def current_language() -> str:
    """Return the language in use, resolving it from the system on first call."""
    return _state["language"] or set_language(None)


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    """Read ``resources/translations/rehabmeet_<language>.ts`` into {(context, source): translation}."""
    try:
        tree = ET.parse(resource_path("translations", f"rehabmeet_{language}.ts"))
    except (FileNotFoundError, ET.ParseError):
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            if translation is None or not (translation.text or "").strip():
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, source)] = translation.text or ""
    return table


@contextmanager
def language_in_this_thread(language: str) -> Iterator[None]:
    """Translate in ``language`` on this thread only, for the duration (letters are always Danish)."""
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    previous = getattr(_thread, "language", None)
    _thread.language = language
    try:
        yield
    finally:
        _thread.language = previous


def translate(context: str, text: str) -> str:
    """Return ``text`` in the current language (the English source when English or untranslated)."""
    return _translate_in(getattr(_thread, "language", None) or current_language(), context, text)


def _translate_in(language: str, context: str, text: str) -> str:
    if language == "en":
        return text
    return _catalogue(language).get((context, text), text)


def error_text(template: str, /, **values: object) -> str:
    """Return a user-facing message in the current language, with ``values`` filled into its ``{names}``.

    ``template`` is the literal English message; ``scripts/update_translations.py`` collects every
    ``error_text("…")`` call into the catalogue (``lupdate -tr-function-alias tr+=error_text``, which
    files them under the empty context). Without values the template is used as it is.
    Messages are for the user, so they follow the user's language even while a letter is
    being written in Danish (:func:`language_in_this_thread`).
    """
    text = _translate_in(current_language(), "", template)
    return text.format(**values) if values else text


def os_reason(exc: OSError) -> str:
    """The reason of a failed file operation in the user's language ("the file does not exist"),
    instead of the system's English ``strerror`` ("No such file or directory"); unknown ones as the
    system says them."""
    import errno

    reasons = {
        errno.ENOENT: error_text("the file or folder does not exist"),
        errno.EACCES: error_text("you do not have permission"),
        errno.EPERM: error_text("you do not have permission"),
        errno.ENOSPC: error_text("the disk is full"),
        errno.EISDIR: error_text("it is a folder, not a file"),
        errno.ENOTDIR: error_text("part of the path is not a folder"),
        errno.EROFS: error_text("the disk is read-only"),
        errno.EEXIST: error_text("it exists already"),
    }
    return reasons.get(exc.errno or -1) or exc.strerror or str(exc)
