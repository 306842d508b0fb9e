"""Printing helpers shared by the sub-commands: JSON and aligned text tables."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

from rehabmeet.bundles.readiness import Finding
from rehabmeet.i18n import error_text


def print_json(value: Any) -> None:
    """Print ``value`` as indented JSON (dates and other objects as strings)."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Print rows as left-aligned columns under ``headers``."""
    cells = [[str(h) for h in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def findings_json(findings: Sequence[Finding]) -> list[dict[str, str]]:
    """Return readiness findings as JSON objects."""
    return [
        {"id": f.check_id, "severity": f.severity.value, "message": f.message, "source": f.source} for f in findings
    ]


def read_passphrase(variable: str | None, file_name: str) -> str:
    """Return the passphrase from environment ``variable``, or ask for it without echo."""
    import getpass
    import os

    from rehabmeet.errors import UserFacingError

    if variable:
        value = os.environ.get(variable)
        if value is None:
            raise UserFacingError(error_text("the environment variable {variable} is not set", variable=variable))
        return value
    return getpass.getpass(f"Passphrase for {file_name}: ")
