"""Monthly trends of the headline KPIs, with the sources' baselines as a last row to compare against.

Per month of the meeting day: the heard cases, the median days from the signed preparatory part to the
meeting (the reform evaluation's 81 days on average, 001 L699–708), the share waiting over 6 months
(A17; the focus audit's 18 %, 004 L147–157), the share decided within the D1 alert limit and the
share told the indstilling within the D1 warning limit (the audit's 50 % within 4 days, 004 L1783–1801).
The limits are the team's rules (``follow_up.informed_warn_days`` / ``informed_alert_days``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, and_, case, cast, func, select
from sqlalchemy.orm import Session

from rehabmeet.stats.queries import Table
from rehabmeet.stats.sql import histograms, nearest_ranks

# The sources' figures in the trend table's columns (None: the sources give none).
BASELINE = ("baseline", None, 81, 0.18, None, 0.5)
HEADINGS = (
    "month",
    "cases",
    "median_signed_to_meeting",
    "share_over_6_months",
    "share_decided_in_time",
    "share_informed_in_time",
)


def trends(session: Session, heard: Any, *, alert_a17: int, warn_days: int, alert_days: int) -> Table:
    """The monthly trend table (see the module), months in order, then the baseline row."""
    month = heard.c.meeting_month
    waited, decided, informed = heard.c.signed_days, heard.c.decision_days, heard.c.informed_days

    def share_of(condition: Any) -> Any:
        return cast(func.sum(case((condition, 1), else_=0)), Float) / func.count()

    rows = session.execute(
        select(
            month,
            func.count(),
            share_of(waited > alert_a17),
            share_of(and_(heard.c.decision_date.is_not(None), decided <= alert_days)),
            share_of(and_(heard.c.informed_on.is_not(None), informed <= warn_days)),
        )
        .group_by(month)
        .order_by(month)
    ).all()
    medians = {grp: nearest_ranks(counts)[1] for grp, counts in histograms(session, waited, month).items()}
    table = tuple((m, n, medians.get(m), over, in_time, told) for m, n, over, in_time, told in rows)
    return Table("trends", HEADINGS, (*table, BASELINE) if table else ())
