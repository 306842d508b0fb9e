"""Management information for a period: the dashboard, its exports, and review samples.

Exports carry no citizen name or CPR number unless the user explicitly asks (``include_citizens``);
sampled cases are named by a pseudonym that is stable within this database.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import fields, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rehabmeet.atomic import write_atomically
from rehabmeet.audit.events import record_event
from rehabmeet.domain.vocabulary import CaseType
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import QT_TRANSLATE_NOOP, error_text, translate
from rehabmeet.secrets import get_secret, set_secret
from rehabmeet.settings.store import load_rules
from rehabmeet.stats.filters import EVERYTHING, CaseFilter, FilterChoices
from rehabmeet.stats.kpis import CSV_STYLES
from rehabmeet.stats.sample_row import SampleRow
from rehabmeet.storage.database import SessionFactory

if TYPE_CHECKING:  # the queries and exports are imported when the dashboard is first computed
    from rehabmeet.stats.dashboard import Dashboard
    from rehabmeet.stats.queries import Table

FORMATS = ("csv", "xlsx", "pdf")
SALT_NAME = "stats-pseudonym-salt"


class StatsService:
    def __init__(self, sessions: SessionFactory, *, actor: str) -> None:
        self._sessions = sessions
        self._actor = actor

    def refresh(self) -> int:
        """Bring the heard cases' summary rows up to date (in a short transaction of its own, before the
        reads); return how many agenda items were recomputed."""
        from rehabmeet.stats.facts import refresh_facts

        with self._sessions.begin() as session:
            return refresh_facts(session)

    def dashboard(
        self, start: date, end: date, team_id: int | None = None, *, where: CaseFilter = EVERYTHING
    ) -> Dashboard:
        """Compute the dashboard for the cases heard from ``start`` to ``end`` (inclusive) that ``where``
        selects (a team, a caseworker, a case type); the limits come from that team's rules."""
        from rehabmeet.stats.dashboard import build_dashboard

        if end < start:
            raise UserFacingError(error_text("the period ends before it starts"))
        if team_id is not None:
            where = replace(where, team_id=team_id)
        _check_case_type(where.case_type)
        self.refresh()
        with self._sessions.begin() as session:
            rules = load_rules(session, where.team_id)
            return build_dashboard(session, start, end, rules=rules, where=where)

    def cases_behind(
        self,
        start: date,
        end: date,
        kind: str,
        key: str,
        *,
        where: CaseFilter = EVERYTHING,
        include_citizens: bool = False,
    ) -> Table:
        """The heard cases behind one figure (see :mod:`rehabmeet.stats.drill`), pseudonymised unless
        ``include_citizens``; the look is logged like a sample."""
        from rehabmeet.stats.dashboard import waiting_limits
        from rehabmeet.stats.drill import cases_behind

        if end < start:
            raise UserFacingError(error_text("the period ends before it starts"))
        self.refresh()
        with self._sessions.begin() as session:
            rules = load_rules(session, where.team_id)
            table = cases_behind(
                session,
                start,
                end,
                kind,
                key,
                rules=rules,
                limits=waiting_limits(rules),
                salt=_salt(),
                where=where,
                include_citizens=include_citizens,
            )
            record_event(
                session,
                self._actor,
                "stats.drill",
                kind=kind,
                key=key,
                cases=len(table.rows),
                include_citizens=include_citizens,
            )
            return table

    def choices(self, start: date, end: date) -> FilterChoices:
        """The teams, caseworkers and case types of the cases heard in the period, to filter by."""
        from rehabmeet.stats.queries import filter_choices

        self.refresh()
        with self._sessions.begin() as session:
            return filter_choices(session, start, end)

    def sample(
        self,
        start: date,
        end: date,
        *,
        per_caseworker: int = 2,
        seed: int | None = None,
        include_citizens: bool = False,
        where: CaseFilter = EVERYTHING,
    ) -> tuple[SampleRow, ...]:
        """A review sample, ``per_caseworker`` cases for each caseworker (F3)."""
        from rehabmeet.stats.sample import review_sample

        if per_caseworker < 1:
            raise UserFacingError(error_text("the sample needs at least one case per caseworker"))
        self.refresh()
        with self._sessions.begin() as session:
            rows = review_sample(
                session,
                start,
                end,
                per_caseworker=per_caseworker,
                seed=seed if seed is not None else secrets.randbits(32),
                salt=_salt(),
                include_citizens=include_citizens,
                where=where,
            )
            record_event(session, self._actor, "stats.sample", cases=len(rows), include_citizens=include_citizens)
            return rows

    def export(
        self,
        start: date,
        end: date,
        fmt: str,
        target: Path,
        *,
        include_citizens: bool = False,
        sample_size: int = 2,
        tables: Sequence[str] = (),
        csv_style: str = "danish",
        where: CaseFilter = EVERYTHING,
    ) -> Path:
        """Write the dashboard's tables (and a review sample) as ``csv``, ``xlsx`` or ``pdf``; return the path.

        ``tables`` picks tables by name (all when empty). CSV is one file for one table; several tables
        go in a ``.zip`` of CSV files, and the target's extension is made to say so (``stats.csv`` for
        eleven tables becomes ``stats.zip``). Nothing is written when a name or a style is unknown.
        """
        from rehabmeet.stats.export import to_csv, to_csv_zip, to_pdf, to_xlsx

        if fmt not in FORMATS:
            raise UserFacingError(
                error_text("unknown export format {fmt!r}; choose {value}", fmt=fmt, value=", ".join(FORMATS))
            )
        if csv_style not in CSV_STYLES:
            raise UserFacingError(
                error_text("unknown CSV style {style!r}; choose {value}", style=csv_style, value=", ".join(CSV_STYLES))
            )
        dashboard = self.dashboard(start, end, where=where)
        sample = self.sample(
            start, end, per_caseworker=sample_size, seed=0, include_citizens=include_citizens, where=where
        )
        chosen = _chosen((*dashboard.tables, sample_table(sample, include_citizens)), tables)
        title = translate("Stats", QT_TRANSLATE_NOOP("Stats", "Management information"))
        if fmt == "csv" and len(chosen) == 1:
            target, data = _with_suffix(target, ".csv"), to_csv(chosen[0], csv_style)
        elif fmt == "csv":
            target, data = _with_suffix(target, ".zip"), to_csv_zip(chosen, csv_style)
        elif fmt == "xlsx":
            target, data = _with_suffix(target, ".xlsx"), to_xlsx(chosen, title)
        else:
            target, data = _with_suffix(target, ".pdf"), to_pdf(dashboard, title)
        write_atomically(target, data)
        with self._sessions.begin() as session:
            record_event(
                session,
                self._actor,
                "stats.exported",
                format=fmt,
                start=start.isoformat(),
                end=end.isoformat(),
                include_citizens=include_citizens,
                tables=[t.name for t in chosen],
                team_id=where.team_id,
                caseworker=where.caseworker,
                case_type=where.case_type,
            )
        return target


def _chosen(tables: tuple[Table, ...], names: Sequence[str]) -> tuple[Table, ...]:
    if not names:
        return tables
    by_name = {t.name: t for t in tables}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise UserFacingError(
            error_text("unknown table {name!r}; choose from {value}", name=unknown[0], value=", ".join(by_name))
        )
    return tuple(by_name[n] for n in dict.fromkeys(names))


def _check_case_type(case_type: str | None) -> None:
    known = [t.value for t in CaseType]
    if case_type is not None and case_type not in known:
        raise UserFacingError(
            error_text("unknown case type {value!r}; choose {choices}", value=case_type, choices=", ".join(known))
        )


def _with_suffix(target: Path, suffix: str) -> Path:
    """``target`` with the extension that says what the file is (kept when it already does)."""
    return target if target.suffix.lower() == suffix else target.with_suffix(suffix)


def sample_table(rows: tuple[SampleRow, ...], include_citizens: bool) -> Table:
    from rehabmeet.stats.queries import Table

    names = [f.name for f in fields(SampleRow)]
    if not include_citizens:
        names = [n for n in names if n not in ("case_ref", "citizen", "cpr")]
    return Table("review_sample", tuple(names), tuple(tuple(getattr(r, n) for n in names) for r in rows))


def _salt() -> str:
    salt = get_secret(SALT_NAME)
    if salt is None:
        salt = secrets.token_hex(16)
        set_secret(SALT_NAME, salt)
    return salt
