"""``rehabmeet cases [--json] [--meeting ID] [--from DATE] [--to DATE]``: list cases with type, citizen, pages
and readiness (all of them, or those on one meeting day's agenda or on the agendas of a period)."""

from __future__ import annotations

import argparse
from typing import Any

from rehabmeet.commands.stats import _date
from rehabmeet.context import AppContext
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("cases", help="list the cases in the database")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--meeting", type=int, metavar="ID", help="only the cases on this meeting day's agenda")
    parser.add_argument("--from", dest="start", type=_date, metavar="DATE", help="only cases on agendas from DATE")
    parser.add_argument("--to", dest="end", type=_date, metavar="DATE", help="only cases on agendas until DATE")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    from rehabmeet.commands.output import findings_json, print_json, print_table
    from rehabmeet.services.cases import CaseService

    if args.start is not None and args.end is not None and args.end < args.start:
        raise UserFacingError(error_text("the period ends before it starts"))
    rows = CaseService(context.database(allow_read_only=True).sessions).list_cases(
        meeting_id=args.meeting, start=args.start, end=args.end
    )
    if args.json:
        print_json(
            [
                {
                    "case_ref": r.case_ref,
                    "case_type": r.case_type,
                    "citizen": r.citizen_name,
                    "version": r.version,
                    "pages": r.pages,
                    "readiness": r.readiness.value,
                    "findings": findings_json(r.findings),
                }
                for r in rows
            ]
        )
    elif rows:
        print_table(
            ("CASE_REF", "TYPE", "CITIZEN", "PAGES", "READINESS"),
            [(r.case_ref, r.case_type, r.citizen_name, r.pages, r.readiness.value) for r in rows],
        )
    elif args.meeting is not None or args.start is not None or args.end is not None:
        print("no cases on those agendas")
    else:
        print("no cases yet: `rehabmeet import BUNDLE` or `rehabmeet demo` adds some")
    return 0
