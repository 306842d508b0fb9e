"""UI text for core codes: vocabulary labels and readiness states, through Qt's translator."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QLocale

from rehabmeet.bundles.readiness import ReadinessState, Severity
from rehabmeet.domain.vocabulary import short_case_type_source_label, source_label


def vocabulary(code: str) -> str:
    """Return the translated label of a vocabulary code (case type, document kind, discipline …)."""
    return QCoreApplication.translate("Vocabulary", source_label(code))


def short_case_type(code: str) -> str:
    """Return the translated short label of a case type."""
    return QCoreApplication.translate("Vocabulary", short_case_type_source_label(code))


def readiness(state: ReadinessState) -> str:
    """Return the readiness state as symbol and words, so it never relies on colour alone."""
    texts = {
        ReadinessState.READY: QCoreApplication.translate("Readiness", "✔ Ready"),
        ReadinessState.WARNINGS: QCoreApplication.translate("Readiness", "⚠ Warnings"),
        ReadinessState.NOT_READY: QCoreApplication.translate("Readiness", "✖ Not ready"),
    }
    return texts[state]


def severity(value: Severity) -> str:
    """Return a finding's severity as symbol and word."""
    texts = {
        Severity.BLOCKING: QCoreApplication.translate("Readiness", "✖ Blocking"),
        Severity.WARNING: QCoreApplication.translate("Readiness", "⚠ Warning"),
        Severity.INFO: QCoreApplication.translate("Readiness", "ℹ Note"),
    }
    return texts[value]


def format_date(value: date) -> str:
    """Return a date in the UI language's short format (Danish: 26.11.2026)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.Danish:
        return value.strftime("%d.%m.%Y")
    return locale.toString(value, QLocale.FormatType.ShortFormat)


def format_number(value: float, decimals: int = 1) -> str:
    """Return a number with the UI language's decimal sign (Danish: 12,5); whole numbers without decimals."""
    if float(value).is_integer():
        decimals = 0
    return QLocale().toString(float(value), "f", decimals)


def format_percent(share: float) -> str:
    """Return a share 0–1 as a whole percentage (Danish: "45 %", English: "45%")."""
    number = QLocale().toString(round(share * 100))
    return f"{number} %" if QLocale().language() == QLocale.Language.Danish else f"{number}%"


def format_long_date(value: date) -> str:
    """Return a date with weekday and month name (Danish: torsdag 26. november 2026)."""
    return QLocale().toString(
        value, "dddd d. MMMM yyyy" if QLocale().language() == QLocale.Language.Danish else "dddd, d MMMM yyyy"
    )


def format_time(value: time) -> str:
    """Return a time as HH:MM (Danish convention: 09.30 is also common; HH:MM is unambiguous)."""
    return value.strftime("%H:%M")


def role(code: str) -> str:
    """Return a non-member attendance role as words."""
    texts = {
        "citizen": QCoreApplication.translate("Roles", "Citizen"),
        "companion": QCoreApplication.translate("Roles", "Companion"),
        "caseworker": QCoreApplication.translate("Roles", "Caseworker"),
        "interpreter": QCoreApplication.translate("Roles", "Interpreter"),
        "employer_liaison": QCoreApplication.translate("Roles", "Employer liaison"),
        "member": QCoreApplication.translate("Roles", "Team member"),
        "other": QCoreApplication.translate("Roles", "Other"),
    }
    return texts.get(code, code)


def drift(seconds: float) -> str:
    """Return a drift as "+12 min", "−3 min" or "on time"."""
    minutes = round(seconds / 60)
    if minutes == 0:
        return QCoreApplication.translate("Drift", "on time")
    return f"+{minutes} min" if minutes > 0 else f"−{abs(minutes)} min"


def format_seconds(seconds: float) -> str:
    """Return m:ss (or h:mm:ss) of the absolute value."""
    total = int(abs(seconds) + 0.5) if seconds >= 0 else int(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
