"""Plausibility of a manifest's data beyond its schema: birth dates, CPR centuries, case refs, names.

A bundle that passes the JSON Schema can still hold data that would mislead at the table (a
citizen aged −64, a case ref of ``..``, two documents that are one file on Windows). These checks
refuse such bundles with a sentence naming the field.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

from rehabmeet.bundles.errors import BundleError
from rehabmeet.i18n import error_text

MANIFEST = "manifest.json"
EARLIEST_BIRTH_DATE = date(1900, 1, 1)
# Letters or digits first, then letters, digits, '.', '_' or '-' (never '..', never only dots).
CASE_REF = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9_-]|\.(?!\.)){0,63}$")
# Fields that name files in the zip: compared as they are, never rewritten.
_PATH_FIELDS = {"file", "sha256"}


def cpr_birth_year(cpr: str) -> int | None:
    """Return the birth year the CPR number says, from its two year digits and its 7th digit.

    The CPR office's rule (CPR-kontoret, "Personnummeret i CPR-systemet"; not among
    ../shared/seeds): 7th digit 0-3 → 1900-1999; 4 and 9 → 2000-2036 for years 00-36, else
    1937-1999; 5-8 → 2000-2057 for years 00-57, else 1858-1899.
    """
    digits = cpr.replace("-", "")
    if len(digits) != 10 or not digits.isdigit():
        return None
    year, seventh = int(digits[4:6]), int(digits[6])
    if seventh <= 3:
        century = 1900
    elif seventh in (4, 9):
        century = 2000 if year <= 36 else 1900
    else:
        century = 2000 if year <= 57 else 1800
    return century + year


def check_birth_date(bundle: str, cpr: str, birth_date: date, today: date) -> None:
    """Refuse a birth date in the future, before 1900, or in another century than the CPR says.

    Raises:
        BundleError: naming ``case/citizen/birth_date``.
    """
    where = "case/citizen/birth_date"
    if birth_date > today:
        raise BundleError(
            bundle,
            MANIFEST,
            error_text("{where}: {value} is in the future", where=where, value=birth_date.isoformat()),
        )
    year = cpr_birth_year(cpr)
    if year is not None and year != birth_date.year:
        raise BundleError(
            bundle,
            MANIFEST,
            error_text(
                "{where}: the CPR number's 7th digit says the citizen was born in {year}, not in {value}",
                where=where,
                year=year,
                value=birth_date.year,
            ),
        )
    if birth_date < EARLIEST_BIRTH_DATE:
        raise BundleError(
            bundle,
            MANIFEST,
            error_text("{where}: {value} is before 1900, which cannot be right", where=where, value=birth_date),
        )


def check_case_date(bundle: str, where: str, value: date, birth_date: date, today: date) -> None:
    """Refuse a case date (consent, preparatory part) in the future, before 1900 or before birth.

    The preparatory part is signed with the citizen and the consent is the citizen's
    (../shared/domain/control-points.md A1, A19), so neither can come before the citizen was born;
    the waiting time (A17) is counted from the preparatory part and would be negative in the future.

    Raises:
        BundleError: naming ``where``.
    """
    if value > today:
        message = error_text("{where}: {value} is in the future", where=where, value=value.isoformat())
    elif value < EARLIEST_BIRTH_DATE:
        message = error_text("{where}: {value} is before 1900, which cannot be right", where=where, value=value)
    elif value < birth_date:
        message = error_text(
            "{where}: {value} is before the citizen's birth date {birth}",
            where=where,
            value=value.isoformat(),
            birth=birth_date.isoformat(),
        )
    else:
        return
    raise BundleError(bundle, MANIFEST, message)


def check_case_ref(bundle: str, case_ref: str) -> None:
    """Refuse a case ref that is not a safe name (``..``, ``.x``, ``-x``)."""
    if not CASE_REF.match(case_ref):
        raise BundleError(
            bundle,
            MANIFEST,
            error_text(
                "case/case_ref: {value!r} must start with a letter or digit and may not contain '..'",
                value=case_ref,
            ),
        )


def normalised(value: Any, key: str = "") -> Any:
    """Return ``value`` with every text (not file paths or hashes) in Unicode NFC, so names that
    look the same are the same (``é`` typed one way or the other)."""
    if isinstance(value, dict):
        return {k: normalised(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [normalised(v, key) for v in value]
    if isinstance(value, str) and key not in _PATH_FIELDS:
        return unicodedata.normalize("NFC", value)
    return value


def name_key(path: str) -> str:
    """The form two file names share when Windows or macOS would store them as one file."""
    return unicodedata.normalize("NFC", path).casefold()
