"""Dates written the way Danish letters and case files write them."""

from __future__ import annotations

from datetime import date

MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)


def danish_date(day: date) -> str:
    """Return ``day`` in running Danish text: ``9. maj 2026``."""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"
