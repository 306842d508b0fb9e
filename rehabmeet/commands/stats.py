"""``rehabmeet stats --from DATE --to DATE --format csv|xlsx|pdf -o OUT [--table NAME …] [--csv-style danish|plain]
[--team ID] [--caseworker NAME] [--case-type TYPE] [--include-citizens]``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from rehabmeet.context import AppContext
from rehabmeet.errors import NotFoundError, UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.stats.kpis import CSV_STYLES, KPIS  # light: no SQLAlchemy before the splash


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("stats", help="management information for a period (CSV, XLSX or PDF)")
    parser.add_argument("--from", dest="start", required=True, type=_date, metavar="DATE")
    parser.add_argument("--to", dest="end", required=True, type=_date, metavar="DATE")
    parser.add_argument("--format", required=True, choices=("csv", "xlsx", "pdf"))
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="OUT")
    parser.add_argument(
        "--table",
        dest="tables",
        action="append",
        default=[],
        metavar="NAME",
        help=f"only this table (repeatable; one table gives one CSV file, several a .zip): {', '.join(KPIS)}",
    )
    parser.add_argument(
        "--csv-style",
        choices=CSV_STYLES,
        default="danish",
        help="danish: ';', decimal commas, percentages, Danish headings (default); plain: ',', dots, codes",
    )
    parser.add_argument("--team", type=int, metavar="ID", help="only the cases of this team's meetings")
    parser.add_argument("--caseworker", metavar="NAME", help="only this caseworker's cases")
    parser.add_argument("--case-type", metavar="TYPE", help="only cases of this type (fleksjob, ressourceforloeb …)")
    parser.add_argument(
        "--include-citizens", action="store_true", help="put citizens' names and CPR numbers in the review sample"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    if args.end < args.start:
        raise UserFacingError(error_text("the period ends before it starts"))
    from rehabmeet.stats.filters import CaseFilter

    where = CaseFilter(team_id=args.team, caseworker=args.caseworker, case_type=args.case_type)
    services = context.services()
    if args.team is not None and not services.team.exists(args.team):
        raise NotFoundError(error_text("there is no team with id {team_id}", team_id=args.team))
    stats = services.stats
    dashboard = stats.dashboard(args.start, args.end, where=where)
    written = stats.export(
        args.start,
        args.end,
        args.format,
        args.output,
        include_citizens=args.include_citizens,
        tables=args.tables,
        csv_style=args.csv_style,
        where=where,
    )
    head = dashboard.headline
    print(
        error_text(
            "wrote {file}: {cases} cases heard {start} – {end}; median days signed → meeting {signed_to_meeting}, "
            "meeting → decision {meeting_to_decision}",
            file=written,
            cases=head.cases,
            start=args.start,
            end=args.end,
            signed_to_meeting=_days(head.median_signed_to_meeting),
            meeting_to_decision=_days(head.median_meeting_to_decision),
        )
    )
    return 0


def _days(value: object) -> str:
    """A median number of days, or "–" when there were no cases to take it of (never "None")."""
    return "–" if value is None else str(value)
