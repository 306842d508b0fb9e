"""Facts derived from a citizen's data: age, masked CPR, and whether the education member must attend."""

from __future__ import annotations

from datetime import date


def age_on(birth_date: date, on: date) -> int:
    """Return the age in whole years on the given day."""
    before_birthday = (on.month, on.day) < (birth_date.month, birth_date.day)
    return on.year - birth_date.year - (1 if before_birthday else 0)


def masked_cpr(cpr: str) -> str:
    """Return the CPR with its last four digits hidden: ``010190-xxxx``."""
    digits = cpr.replace("-", "")
    return f"{digits[:6]}-xxxx"
