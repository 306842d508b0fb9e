"""The timing report: per case planned against actual time per phase, overruns, and the day's totals."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from rehabmeet.domain.vocabulary import Phase, label
from rehabmeet.i18n import QT_TRANSLATE_NOOP, translate
from rehabmeet.meeting.timer import TimerStatus
from rehabmeet.services.meeting_run import RunDay


@dataclass(frozen=True, slots=True)
class PhaseTiming:
    phase: Phase
    planned_minutes: int
    actual_seconds: float
    skipped: bool

    @property
    def overrun_seconds(self) -> float:
        return max(0.0, self.actual_seconds - self.planned_minutes * 60)


@dataclass(frozen=True, slots=True)
class CaseTiming:
    """One case: its phases, planned and actual totals. Citizens are named by case ref only."""

    case_ref: str
    case_type: str
    status: TimerStatus
    phases: tuple[PhaseTiming, ...]

    @property
    def planned_minutes(self) -> int:
        return sum(p.planned_minutes for p in self.phases)

    @property
    def actual_seconds(self) -> float:
        return sum(p.actual_seconds for p in self.phases)

    @property
    def overrun_seconds(self) -> float:
        return sum(p.overrun_seconds for p in self.phases)


@dataclass(frozen=True, slots=True)
class TimingReport:
    title: str
    cases: tuple[CaseTiming, ...]
    drift_seconds: float

    @property
    def planned_minutes(self) -> int:
        return sum(c.planned_minutes for c in self.cases)

    @property
    def actual_seconds(self) -> float:
        return sum(c.actual_seconds for c in self.cases)

    @property
    def overrun_seconds(self) -> float:
        return sum(c.overrun_seconds for c in self.cases)


def timing_report(day: RunDay) -> TimingReport:
    """Return the report of the running (or finished) day."""
    cases = tuple(
        CaseTiming(
            case_ref=item.case_ref,
            case_type=item.case_type,
            status=item.timer.status,
            phases=tuple(
                PhaseTiming(record.phase, item.baseline.get(record.phase, 0), record.elapsed, record.skipped)
                for record in item.timer.phases
                if item.baseline.get(record.phase, 0) or record.elapsed
            ),
        )
        for item in day.items
    )
    return TimingReport(title=day.title, cases=cases, drift_seconds=day.prediction.drift.total_seconds())


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.1f}"


def report_table(report: TimingReport) -> tuple[list[str], list[list[str]]]:
    """Return the heading and rows: one row per case and phase, a total per case, and the day's total."""
    heading = [
        translate("TimingReport", t)
        for t in (
            QT_TRANSLATE_NOOP("TimingReport", "case"),
            QT_TRANSLATE_NOOP("TimingReport", "case type"),
            QT_TRANSLATE_NOOP("TimingReport", "phase"),
            QT_TRANSLATE_NOOP("TimingReport", "planned minutes"),
            QT_TRANSLATE_NOOP("TimingReport", "actual minutes"),
            QT_TRANSLATE_NOOP("TimingReport", "overrun minutes"),
            QT_TRANSLATE_NOOP("TimingReport", "skipped"),
        )
    ]
    total = translate("TimingReport", QT_TRANSLATE_NOOP("TimingReport", "total"))
    yes = translate("TimingReport", QT_TRANSLATE_NOOP("TimingReport", "yes"))
    rows: list[list[str]] = []
    for case in report.cases:
        for phase in case.phases:
            rows.append(
                [
                    case.case_ref,
                    label(case.case_type),
                    label(phase.phase.value),
                    str(phase.planned_minutes),
                    _minutes(phase.actual_seconds),
                    _minutes(phase.overrun_seconds),
                    yes if phase.skipped else "",
                ]
            )
        rows.append(
            [
                case.case_ref,
                label(case.case_type),
                total,
                str(case.planned_minutes),
                _minutes(case.actual_seconds),
                _minutes(case.overrun_seconds),
                "",
            ]
        )
    rows.append(
        [
            report.title,
            "",
            total,
            str(report.planned_minutes),
            _minutes(report.actual_seconds),
            _minutes(report.overrun_seconds),
            "",
        ]
    )
    return heading, rows


def report_csv(report: TimingReport) -> str:
    """Return the report as semicolon-separated CSV (Excel's Danish default)."""
    heading, rows = report_table(report)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(heading)
    writer.writerows(rows)
    return buffer.getvalue()


def report_pdf(report: TimingReport) -> bytes:
    """Return the report as a PDF table."""
    from rehabmeet.documents.timing_report_pdf import timing_report_pdf

    heading, rows = report_table(report)
    summary = translate(
        "TimingReport",
        QT_TRANSLATE_NOOP(
            "TimingReport",
            "Planned {planned} min, used {actual} min, over time {over} min; the day's drift {drift} min.",
        ),
    ).format(
        planned=report.planned_minutes,
        actual=_minutes(report.actual_seconds),
        over=_minutes(report.overrun_seconds),
        drift=_minutes(report.drift_seconds),
    )
    return timing_report_pdf(report.title, heading, rows, summary)
