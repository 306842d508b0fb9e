"""What happened to an imported bundle: light enough for the UI to import at start-up."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rehabmeet.bundles.readiness import Finding


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    UNCHANGED = "unchanged"
    REFUSED = "refused"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What happened to one bundle.

    Attributes:
        message: one line for the user: what was imported, or why not.
        changed_content: refused only because the case exists with other content; importing
            it again as a new version would succeed.
    """

    path: str
    status: ImportStatus
    message: str
    case_ref: str | None = None
    case_id: int | None = None
    version: int | None = None
    pages: int = 0
    findings: tuple[Finding, ...] = ()
    changed_content: bool = False
