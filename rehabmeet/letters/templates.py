"""The municipality's letter templates: TOML files it can edit without code.

The shipped defaults live in ``resources/templates/default``; a file of the same name in the
user's templates folder (``AppPaths.templates_dir``) overrides them key by key, so a
municipality changes only what it wants (its address, its logo, a sentence). Texts are
``str.format`` templates; a placeholder the template names but the letter does not know is
left visible (``{unknown}``) rather than failing, and attribute or index access is refused.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text, os_reason
from rehabmeet.resources import resource_path

TEMPLATE_NAMES = ("letterhead", "indstilling", "afgoerelse", "haandud")


class TemplateError(UserFacingError):
    """A municipality's template file cannot be read."""


class _SafeFormatter(string.Formatter):
    def get_field(self, field_name: str, args: Any, kwargs: Any) -> tuple[Any, str]:
        if "." in field_name or "[" in field_name:
            return "{" + field_name + "}", field_name
        found: tuple[Any, str] = super().get_field(field_name, args, kwargs)
        return found

    def get_value(self, key: int | str, args: Any, kwargs: Any) -> Any:
        if isinstance(key, str) and key not in kwargs:
            return "{" + key + "}"
        return super().get_value(key, args, kwargs)


_FORMATTER = _SafeFormatter()


def fill(template: str, **values: object) -> str:
    """Return ``template`` with its ``{placeholders}`` filled from ``values`` (unknown ones kept)."""
    try:
        return _FORMATTER.vformat(template, (), values)
    except (ValueError, IndexError) as exc:
        raise TemplateError(
            error_text("the letter template text {value!r} is malformed ({exc})", value=template[:60], exc=exc)
        ) from exc


@dataclass(frozen=True, slots=True)
class Template:
    """One template file's texts (defaults overlaid with the municipality's)."""

    name: str
    texts: Mapping[str, Any]
    folder: Path

    def text(self, key: str, **values: object) -> str:
        """Return the text at ``key`` (dotted for tables: ``next_steps.fleksjob``), filled in."""
        node: Any = self.texts
        for part in key.split("."):
            node = node.get(part, "") if isinstance(node, Mapping) else ""
        return fill(str(node), **values) if node else ""

    def raw(self, key: str, default: Any = None) -> Any:
        return self.texts.get(key, default)


@dataclass(frozen=True, slots=True)
class TemplateSet:
    letterhead: Template
    indstilling: Template
    afgoerelse: Template
    haandud: Template

    def for_kind(self, kind: str) -> Template:
        return {"indstilling": self.indstilling, "afgoerelse": self.afgoerelse, "haandud": self.haandud}[kind]


def load_templates(override_dir: Path | None = None) -> TemplateSet:
    """Return the templates: the shipped defaults, overlaid with ``override_dir``'s files if present."""
    default_dir = resource_path("templates", "default")
    loaded = {}
    for name in TEMPLATE_NAMES:
        texts = _read(default_dir / f"{name}.toml")
        folder = default_dir
        if override_dir is not None and (override_dir / f"{name}.toml").is_file():
            texts = _overlay(texts, _read(override_dir / f"{name}.toml"))
            folder = override_dir
        loaded[name] = Template(name, texts, folder)
    return TemplateSet(**loaded)


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(
            error_text("the letter template {path} is not valid TOML ({exc})", path=path, exc=exc)
        ) from exc
    except OSError as exc:
        raise TemplateError(
            error_text("the letter template {path} cannot be read ({value})", path=path, value=os_reason(exc))
        ) from exc


def _overlay(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _overlay(merged[key], value)
        else:
            merged[key] = value
    return merged
