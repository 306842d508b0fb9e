"""Per-installation settings in ``<config>/config.json``: import limits and the DOCX renderer.

Team rules (shared, in the database) live in :mod:`rehabmeet.settings.rules`; this file is for
what an IT department sets per laptop. A missing file means the defaults. Example::

    {"schema_version": 1, "docx_renderer": "reportlab",
     "import_limits": {"max_member_bytes": 104857600, "max_compression_ratio": 50}}
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.settings.limits import ImportLimits

CONFIG_FILE = "config.json"
CONFIG_SCHEMA_VERSION = 1
DOCX_RENDERERS = ("auto", "libreoffice", "reportlab")


@dataclass(frozen=True, slots=True)
class AppConfig:
    """Settings of this installation.

    Attributes:
        docx_renderer: ``auto`` (LibreOffice when installed, else reportlab), ``libreoffice`` or
            ``reportlab``; the UI says which one made a document's pages.
        timestamp_url: an RFC 3161 timestamp authority (``http://…``); signatures are then PAdES B-T,
            without it (or when it does not answer) B-B, and the document says so.
        trust_bundle: a PEM file of CA certificates the municipality trusts (e.g. its signing CA);
            signatures chaining to them are trusted (besides certificates a leader accepted).
        checkpoint_folder: where RehabMeet keeps the signed checkpoints of the event log's head
            (written at the end of each meeting day); empty: ``checkpoints`` in the data folder.
            Plain ``log verify`` and ``db check`` compare the log with the newest one there.
    """

    import_limits: ImportLimits = field(default_factory=ImportLimits)
    docx_renderer: str = "auto"
    timestamp_url: str = ""
    trust_bundle: str = ""
    checkpoint_folder: str = ""


def load_app_config(config_dir: Path) -> AppConfig:
    """Return the settings in ``config_dir/config.json`` (defaults when there is no file).

    Raises:
        UserFacingError: the file is unreadable or a value is wrong, naming the file and the key.
    """
    path = config_dir / CONFIG_FILE
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return AppConfig()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserFacingError(
            error_text("the settings file {path} cannot be read ({exc})", path=path, exc=exc)
        ) from exc
    if not isinstance(document, dict):
        raise UserFacingError(error_text("the settings file {path} must hold a JSON object", path=path))
    return _parse(path, document)


def _parse(path: Path, document: dict[str, Any]) -> AppConfig:
    version = document.get("schema_version", CONFIG_SCHEMA_VERSION)
    if version != CONFIG_SCHEMA_VERSION:
        raise UserFacingError(
            error_text(
                "the settings file {path} has schema_version {version!r}; this RehabMeet reads 1",
                path=path,
                version=version,
            )
        )
    renderer = document.get("docx_renderer", "auto")
    if renderer not in DOCX_RENDERERS:
        raise UserFacingError(
            error_text(
                "{path}: docx_renderer must be one of {value}, not {renderer!r}",
                path=path,
                value=", ".join(DOCX_RENDERERS),
                renderer=renderer,
            )
        )
    timestamp_url = document.get("timestamp_url", "")
    if not isinstance(timestamp_url, str) or (timestamp_url and not timestamp_url.startswith(("http://", "https://"))):
        raise UserFacingError(error_text("{path}: timestamp_url must be an http:// or https:// address", path=path))
    bundle = document.get("trust_bundle", "")
    if not isinstance(bundle, str):
        raise UserFacingError(error_text("{path}: trust_bundle must be the path of a PEM file", path=path))
    folder = document.get("checkpoint_folder", "")
    if not isinstance(folder, str):
        raise UserFacingError(error_text("{path}: checkpoint_folder must be the path of a folder", path=path))
    return AppConfig(
        import_limits=_limits(path, document.get("import_limits", {})),
        docx_renderer=renderer,
        timestamp_url=timestamp_url,
        trust_bundle=bundle,
        checkpoint_folder=folder,
    )


def _limits(path: Path, values: Any) -> ImportLimits:
    if not isinstance(values, dict):
        raise UserFacingError(error_text("{path}: import_limits must be a JSON object", path=path))
    known = {f.name: f.type for f in dataclasses.fields(ImportLimits)}
    changes: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise UserFacingError(error_text("{path}: import_limits has no setting {key!r}", path=path, key=key))
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise UserFacingError(
                error_text(
                    "{path}: import_limits.{key} must be a positive number, not {value!r}",
                    path=path,
                    key=key,
                    value=value,
                )
            )
        changes[key] = float(value) if known[key] == "float" else int(value)
    return dataclasses.replace(ImportLimits(), **changes)
