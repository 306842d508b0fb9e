"""The user's own preferences (``<config>/preferences.json``): language, large text, colour theme,
and who is at the keyboard (the team member this laptop acts as).

Separate from ``config.json`` (what an IT department sets). A missing or damaged file means the
defaults, so a preference can never stop RehabMeet from starting.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from rehabmeet.atomic import write_atomically

PREFERENCES_FILE = "preferences.json"
LANGUAGES = ("", "da", "en")  # "" follows the system
THEMES = ("system", "light", "dark")
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Preferences:
    language: str = ""
    large_text: bool = False
    theme: str = "system"
    person: str = ""


def load_preferences(config_dir: Path) -> Preferences:
    path = config_dir / PREFERENCES_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError) as exc:
        log.warning("preferences ignored (%s): %s", path, exc)
        return Preferences()
    if not isinstance(data, dict):
        return Preferences()
    language = data.get("language", "")
    theme = data.get("theme", "system")
    return Preferences(
        language=language if language in LANGUAGES else "",
        large_text=data.get("large_text") is True,
        theme=theme if theme in THEMES else "system",
        person=person.strip()[:200] if isinstance(person := data.get("person", ""), str) else "",
    )


def save_preferences(config_dir: Path, preferences: Preferences) -> None:
    config_dir.mkdir(parents=True, exist_ok=True)
    write_atomically(config_dir / PREFERENCES_FILE, json.dumps(asdict(preferences), indent=2).encode("utf-8"))
