"""Every KPI of the management information, defined once: what it counts and where the rule comes from.

The dashboard, the PDF report and the exports read the definitions from here; each table's query in
:mod:`rehabmeet.stats.queries` names its entry. Sources are the seeds in ``../shared/seeds/`` (``004`` is
the STAR/Deloitte focus audit, ``001`` the reform evaluation, ``002``/``003`` the guidance) by line, and
the control points of ``../shared/domain/control-points.md``.
"""

from __future__ import annotations

from dataclasses import dataclass

from rehabmeet.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True, slots=True)
class Kpi:
    """One KPI (one dashboard table).

    Attributes:
        name: the table's machine name (CSV file, XLSX sheet).
        definition: what is counted, in English (translated in context ``Stats``).
        source: where the rule or the baseline comes from.
    """

    name: str
    definition: str
    source: str

    def text(self) -> str:
        """The definition in the user's language."""
        return translate("Stats", self.definition)


KPIS: dict[str, Kpi] = {
    k.name: k
    for k in (
        Kpi(
            "outcomes",
            QT_TRANSLATE_NOOP("Stats", "Heard cases by case type and the indstilling's recommended outcome."),
            "004 §F (L2700–2732); domain README “After the meeting”",
        ),
        Kpi(
            "cases_per_month",
            QT_TRANSLATE_NOOP("Stats", "Heard cases per calendar month of the meeting day, by case type."),
            "004 §F (L2700–2732)",
        ),
        Kpi(
            "waiting_days",
            QT_TRANSLATE_NOOP(
                "Stats",
                "Median and 90th percentile (nearest rank) in days: signed preparatory part → meeting, "
                "meeting → decision, meeting → first measure started.",
            ),
            "001 L699–708 (81 and 92 days on average)",
        ),
        Kpi(
            "waiting_buckets",
            QT_TRANSLATE_NOOP("Stats", "The same waiting times counted in bands of days."),
            "001 L699–708",
        ),
        Kpi(
            "waits_over",
            QT_TRANSLATE_NOOP(
                "Stats",
                "Share of heard cases whose preparatory part was signed more than 4 and more than 6 months "
                "before the meeting (the limits of readiness check A17), beside the focus audit's figures.",
            ),
            "control point A17; 004 L147–157, L715–716 (more than half within 4 months, 18 % over 6)",
        ),
        Kpi(
            "decisions",
            QT_TRANSLATE_NOOP("Stats", "Heard cases with a decision date, and the share decided at the table."),
            "control point D2; 004 L787–788, L993–995",
        ),
        Kpi(
            "meeting_minutes",
            QT_TRANSLATE_NOOP(
                "Stats", "Planned minutes per case on the agenda against the minutes the timer measured."
            ),
            "004 §F (time per case)",
        ),
        Kpi(
            "completeness",
            QT_TRANSLATE_NOOP(
                "Stats", "Per control point: the final indstillinger it applied to and the share that met it."
            ),
            "control points C1–C16; 004 L229–451",
        ),
        Kpi(
            "attendance",
            QT_TRANSLATE_NOOP(
                "Stats",
                "Per discipline: the heard cases where it was required (the quorum; the education member only "
                "when the citizen is under the age limit without a vocational qualification), present among "
                "those, a written assessment instead, and present where not required.",
            ),
            "003 L563–587 (quorum); 002 L8452–8458 (education member)",
        ),
        Kpi(
            "measures",
            QT_TRANSLATE_NOOP("Stats", "Measures recommended in the indstilling, how many started and dropped."),
            "001 L589–595; control points C15, D6",
        ),
        Kpi(
            "citizen_informed",
            QT_TRANSLATE_NOOP(
                "Stats", "Days from the meeting until the citizen was told the indstilling, in the D1 bands."
            ),
            "control point D1; 004 L1783–1801 (50 % within 4 days, 18 % over 2 weeks)",
        ),
        Kpi(
            "trends",
            QT_TRANSLATE_NOOP(
                "Stats",
                "Per month: heard cases, median days signed preparatory part → meeting, the share waiting "
                "over 6 months, decided within and told within the team's D1 limits; the sources' "
                "figures in the last row.",
            ),
            "001 L699–708 (81 days); 004 L147–157 (18 % over 6 months); 004 L1783–1801 (50 % within 4 days)",
        ),
        Kpi(
            "review_sample",
            QT_TRANSLATE_NOOP("Stats", "A random sample of heard cases per caseworker for internal review."),
            "control point F3; 004 L2700–2732",
        ),
    )
}

# The CSV styles of the exports (rehabmeet.stats.export).
CSV_STYLES = ("danish", "plain")

# The focus audit's figures beside ours (004 L147–157): at most half over 4 months, 18 % over 6 months.
AUDIT_SHARE_OVER = {"over_4_months": 0.5, "over_6_months": 0.18}


def kpi(name: str) -> Kpi:
    """Return the KPI of table ``name``."""
    return KPIS[name]
