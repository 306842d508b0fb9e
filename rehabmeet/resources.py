"""The one way to reach files under ``resources/`` (fonts, icons, translations, templates).

In a wheel or PyInstaller bundle they live in the package as ``rehabmeet/resources``; in a
source checkout (including editable installs) they live in the top-level ``resources/``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    """Return the folder that holds the shipped resources."""
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("RehabMeet's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"resource not found: {'/'.join(parts)}")
    return path
