"""``rehabmeet cases [--json]``: list cases with type, citizen, pages and readiness."""

from __future__ import annotations

import argparse
from typing import Any

from rehabmeet.context import AppContext


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("cases", help="list the cases in the database")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    from rehabmeet.commands.output import findings_json, print_json, print_table
    from rehabmeet.services.cases import CaseService

    rows = CaseService(context.database(allow_read_only=True).sessions).list_cases()
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
    else:
        print("no cases yet: `rehabmeet import BUNDLE` or `rehabmeet demo` adds some")
    return 0
