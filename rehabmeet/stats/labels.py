"""Human names for the dashboard's tables and columns (CSV keeps the machine names)."""

from __future__ import annotations

from rehabmeet.i18n import QT_TRANSLATE_NOOP, translate

_NAMES = {
    "outcomes": QT_TRANSLATE_NOOP("Stats", "Cases by type and recommended outcome"),
    "cases_per_month": QT_TRANSLATE_NOOP("Stats", "Cases heard per month"),
    "waiting_days": QT_TRANSLATE_NOOP("Stats", "Waiting times in days"),
    "waiting_buckets": QT_TRANSLATE_NOOP("Stats", "Distribution of waiting times"),
    "decisions": QT_TRANSLATE_NOOP("Stats", "Decisions"),
    "meeting_minutes": QT_TRANSLATE_NOOP("Stats", "Meeting time per case, planned and actual (minutes)"),
    "completeness": QT_TRANSLATE_NOOP("Stats", "Completeness of the indstilling per control point"),
    "attendance": QT_TRANSLATE_NOOP("Stats", "Attendance per discipline"),
    "measures": QT_TRANSLATE_NOOP("Stats", "Recommended and started measures"),
    "citizen_informed": QT_TRANSLATE_NOOP("Stats", "Citizen told the indstilling (control point D1)"),
    "review_sample": QT_TRANSLATE_NOOP("Stats", "Review sample (stratified by caseworker)"),
    "waits_over": QT_TRANSLATE_NOOP("Stats", "Waits over 4 and 6 months (control point A17)"),
    "limit": QT_TRANSLATE_NOOP("Stats", "Limit"),
    "cases_behind": QT_TRANSLATE_NOOP("Stats", "Cases behind the figure"),
    "trends": QT_TRANSLATE_NOOP("Stats", "Monthly trends against the sources' baselines"),
    "baseline": QT_TRANSLATE_NOOP("Stats", "Baseline (sources)"),
    "median_signed_to_meeting": QT_TRANSLATE_NOOP("Stats", "Median days signed → meeting"),
    "share_over_6_months": QT_TRANSLATE_NOOP("Stats", "Share over 6 months"),
    "share_decided_in_time": QT_TRANSLATE_NOOP("Stats", "Share decided in time"),
    "share_informed_in_time": QT_TRANSLATE_NOOP("Stats", "Share told in time"),
    "over": QT_TRANSLATE_NOOP("Stats", "Over the limit"),
    "share_over": QT_TRANSLATE_NOOP("Stats", "Share over"),
    "audit_share": QT_TRANSLATE_NOOP("Stats", "Focus audit"),
    "over_4_months": QT_TRANSLATE_NOOP("Stats", "Signed preparatory part → meeting over 4 months"),
    "over_6_months": QT_TRANSLATE_NOOP("Stats", "Signed preparatory part → meeting over 6 months"),
    "required": QT_TRANSLATE_NOOP("Stats", "Required"),
    "present_not_required": QT_TRANSLATE_NOOP("Stats", "Present, not required"),
    "case_type": QT_TRANSLATE_NOOP("Stats", "Case type"),
    "outcome": QT_TRANSLATE_NOOP("Stats", "Outcome"),
    "cases": QT_TRANSLATE_NOOP("Stats", "Cases"),
    "month": QT_TRANSLATE_NOOP("Stats", "Month"),
    "measure": QT_TRANSLATE_NOOP("Stats", "Measure"),
    "median": QT_TRANSLATE_NOOP("Stats", "Median"),
    "p90": QT_TRANSLATE_NOOP("Stats", "90th percentile"),
    "days": QT_TRANSLATE_NOOP("Stats", "Days"),
    "decided": QT_TRANSLATE_NOOP("Stats", "Decided"),
    "decided_at_table": QT_TRANSLATE_NOOP("Stats", "Decided at the table"),
    "share_at_table": QT_TRANSLATE_NOOP("Stats", "Share at the table"),
    "planned_avg": QT_TRANSLATE_NOOP("Stats", "Planned (avg.)"),
    "actual_avg": QT_TRANSLATE_NOOP("Stats", "Actual (avg.)"),
    "control_point": QT_TRANSLATE_NOOP("Stats", "Control point"),
    "title": QT_TRANSLATE_NOOP("Stats", "Description"),
    "applies": QT_TRANSLATE_NOOP("Stats", "Applies"),
    "met": QT_TRANSLATE_NOOP("Stats", "Met"),
    "share_met": QT_TRANSLATE_NOOP("Stats", "Share met"),
    "discipline": QT_TRANSLATE_NOOP("Stats", "Discipline"),
    "expected": QT_TRANSLATE_NOOP("Stats", "Expected"),
    "present": QT_TRANSLATE_NOOP("Stats", "Present"),
    "written_assessment": QT_TRANSLATE_NOOP("Stats", "Written assessment"),
    "share_present": QT_TRANSLATE_NOOP("Stats", "Share present"),
    "intervention": QT_TRANSLATE_NOOP("Stats", "Intervention"),
    "recommended": QT_TRANSLATE_NOOP("Stats", "Recommended"),
    "started": QT_TRANSLATE_NOOP("Stats", "Started"),
    "dropped": QT_TRANSLATE_NOOP("Stats", "Dropped"),
    "share_started": QT_TRANSLATE_NOOP("Stats", "Share started"),
    "when": QT_TRANSLATE_NOOP("Stats", "When"),
    "signed_to_meeting": QT_TRANSLATE_NOOP("Stats", "Signed preparatory part → meeting"),
    "meeting_to_decision": QT_TRANSLATE_NOOP("Stats", "Meeting → decision"),
    "meeting_to_first_measure": QT_TRANSLATE_NOOP("Stats", "Meeting → first measure started"),
    "not_recorded": QT_TRANSLATE_NOOP("Stats", "not recorded"),
    "pseudonym": QT_TRANSLATE_NOOP("Stats", "Pseudonym"),
    "case_ref": QT_TRANSLATE_NOOP("Stats", "Case"),
    "caseworker": QT_TRANSLATE_NOOP("Stats", "Caseworker"),
    "meeting_date": QT_TRANSLATE_NOOP("Stats", "Meeting"),
    "citizen": QT_TRANSLATE_NOOP("Stats", "Citizen"),
    "cpr": QT_TRANSLATE_NOOP("Stats", "CPR"),
}


# Control points' short titles as the dashboard shows them (the same wording as the editor's checklist).
_POINT_TITLES = {
    "§11-1": QT_TRANSLATE_NOOP("Stats", "The recommended outcome is chosen"),
    "§9": QT_TRANSLATE_NOOP("Stats", "The team's assessment of the prospects for work or education"),
    "§11-3": QT_TRANSLATE_NOOP("Stats", "How follow-up is organised, including mentor support"),
    "C1": QT_TRANSLATE_NOOP("Stats", "The employment, social and health factors emphasised"),
    "C2": QT_TRANSLATE_NOOP("Stats", "Why the citizen is afklaret and cannot work on ordinary terms"),
    "C3": QT_TRANSLATE_NOOP("Stats", "The types of flex job or job functions"),
    "C4": QT_TRANSLATE_NOOP("Stats", "Special considerations and support in a transition period"),
    "C5": QT_TRANSLATE_NOOP("Stats", "LAB § 116, stk. 2: why the very limited capacity can develop"),
    "C5-deadline": QT_TRANSLATE_NOOP("Stats", "The expected development has a deadline"),
    "C6": QT_TRANSLATE_NOOP("Stats", "The measures to start, or 'no measures' with the assessment"),
    "FP": QT_TRANSLATE_NOOP("Stats", "The professional explanation for førtidspension"),
    "C7": QT_TRANSLATE_NOOP("Stats", "Skånehensyn in concrete, job-search-usable terms"),
    "C8": QT_TRANSLATE_NOOP("Stats", "A position on special help and support"),
    "C9": QT_TRANSLATE_NOOP("Stats", "Without a concrete job: can the citizen find one alone?"),
    "C10": QT_TRANSLATE_NOOP("Stats", "Work capacity in hours per week (1–37)"),
    "C11": QT_TRANSLATE_NOOP("Stats", "Expected development of work capacity with a deadline"),
    "C12": QT_TRANSLATE_NOOP("Stats", "Progression considerations are written down"),
    "C13": QT_TRANSLATE_NOOP("Stats", "The citizen's perspective from the meeting"),
    "C14": QT_TRANSLATE_NOOP("Stats", "A concrete job goal"),
    "C15": QT_TRANSLATE_NOOP("Stats", "Each measure has its type"),
    "C16": QT_TRANSLATE_NOOP("Stats", "No case leaves the meeting without an indstilling"),
    "B1": QT_TRANSLATE_NOOP("Stats", "Treated with the citizen present; attendees recorded"),
    "B2": QT_TRANSLATE_NOOP("Stats", "Whether a virksomhedskonsulent attended"),
    "B3": QT_TRANSLATE_NOOP("Stats", "A concrete flex job only with the company's agreement"),
}


def point_title(rule_id: str, fallback: str = "") -> str:
    """Return a control point's title in the user's language (a municipality's own rule keeps its title)."""
    if rule_id in _POINT_TITLES:
        return translate("Stats", _POINT_TITLES[rule_id])
    return translate("Checklist", fallback) if fallback else fallback


def stat_label(name: str) -> str:
    """Return the translated name of a table, column or measure (the name itself when unknown)."""
    if name.startswith(("within_", "over_")) and name.endswith("_days"):
        kind, days, _unit = name.split("_")
        text = (
            QT_TRANSLATE_NOOP("Stats", "within {days} days")
            if kind == "within"
            else QT_TRANSLATE_NOOP("Stats", "over {days} days")
        )
        return translate("Stats", text).format(days=days)
    return translate("Stats", _NAMES[name]) if name in _NAMES else name
