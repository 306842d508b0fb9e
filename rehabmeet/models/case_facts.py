"""One summary row per heard case for the management information, kept up to date by database triggers.

A case is heard when its agenda item has a final indstilling. Triggers (migration 0014) put the agenda
item of every changed row of the tables the KPIs read into ``case_fact_dirty``; the dashboard refreshes
those rows first (:func:`rehabmeet.stats.facts.refresh_facts`), then every KPI is one scan of
``case_fact``. Attendance and checklist results are bit sets: a discipline's bit is its place in
:class:`~rehabmeet.domain.vocabulary.Discipline`, a control point's bit is given once in ``case_fact_rule``.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Boolean, Date, Float, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from rehabmeet.models.base import Base


class CaseFact(Base):
    """What every KPI needs of one heard case (one agenda item with a final indstilling)."""

    __tablename__ = "case_fact"
    __table_args__ = (Index("ix_case_fact_team_date", "team_id", "meeting_date"),)

    item_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    case_id: Mapped[int] = mapped_column(Integer, index=True)
    team_id: Mapped[int] = mapped_column(Integer)
    meeting_date: Mapped[date] = mapped_column(Date, index=True)
    case_type: Mapped[str] = mapped_column(String(32))
    caseworker_name: Mapped[str | None] = mapped_column(String(200))
    signed_on: Mapped[date | None] = mapped_column(Date)
    planned_minutes: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str | None] = mapped_column(String(64))
    decision_date: Mapped[date | None] = mapped_column(Date)
    at_table: Mapped[bool] = mapped_column(Boolean)
    informed_on: Mapped[date | None] = mapped_column(Date)
    first_start: Mapped[date | None] = mapped_column(Date)
    birth_date: Mapped[date | None] = mapped_column(Date)
    has_qualification: Mapped[bool | None] = mapped_column(Boolean)
    actual_minutes: Mapped[float | None] = mapped_column(Float)
    meeting_month: Mapped[str] = mapped_column(String(7))
    signed_days: Mapped[int | None] = mapped_column(Integer)
    decision_days: Mapped[int | None] = mapped_column(Integer)
    measure_days: Mapped[int | None] = mapped_column(Integer)
    informed_days: Mapped[int | None] = mapped_column(Integer)
    member_mask: Mapped[int] = mapped_column(BigInteger)
    present_mask: Mapped[int] = mapped_column(BigInteger)
    written_mask: Mapped[int] = mapped_column(BigInteger)
    check_seen_mask: Mapped[int] = mapped_column(BigInteger)
    check_applies_mask: Mapped[int] = mapped_column(BigInteger)
    check_met_mask: Mapped[int] = mapped_column(BigInteger)


class CaseFactDirty(Base):
    """An agenda item whose summary row must be recomputed (written by the triggers).

    Not unique by item: on PostgreSQL a unique key would make two writers marking the same items in
    another order wait for each other (a deadlock); the triggers skip an item already marked and
    visible, and the refresh takes what it deletes.
    """

    __tablename__ = "case_fact_dirty"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(Integer, index=True)


class CaseFactRule(Base):
    """A control point's bit in the checklist bit sets of ``case_fact`` (given once, never reused)."""

    __tablename__ = "case_fact_rule"

    rule_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    bit: Mapped[int] = mapped_column(Integer, unique=True)
    flag: Mapped[int] = mapped_column(BigInteger)
