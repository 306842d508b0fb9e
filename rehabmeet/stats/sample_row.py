"""One case of a review sample (F3), light to import: the service names it before any query runs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class SampleRow:
    """One sampled case; ``citizen`` and ``cpr`` are empty unless the user asked for them."""

    pseudonym: str
    case_ref: str
    case_type: str
    caseworker: str
    meeting_date: date
    outcome: str
    citizen: str = ""
    cpr: str = ""
