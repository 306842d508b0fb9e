"""``rehabmeet log verify``: check the event log's hash chain and name the first broken entry."""

from __future__ import annotations

import argparse
from typing import Any

from rehabmeet.context import AppContext

EXIT_BROKEN = 1


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("log", help="the tamper-evident event log")
    actions = parser.add_subparsers(dest="log_action", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify", help="recompute the hash chain; exit 0 when whole, 1 naming the first broken entry"
    )
    verify.add_argument("--json", action="store_true", help="print the result as JSON")
    verify.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    from rehabmeet.audit.chain import verify_chain
    from rehabmeet.commands.output import print_json

    database = context.database(upgrade=False, create=False, allow_read_only=True)
    report = verify_chain(database.sessions)
    if args.json:
        print_json(
            {
                "intact": report.intact,
                "checked": report.checked,
                "broken_entry": report.broken_id,
                "problem": report.problem or None,
                "head": report.head,
            }
        )
    elif report.intact:
        print(f"ok: {report.checked} entries, chain intact; head {report.head}")
    else:
        why = {
            "edited": "its content no longer matches its hash (edited)",
            "unlinked": "it does not follow the entry before it (an entry was removed or inserted)",
        }[report.problem]
        print(f"broken: entry {report.broken_id}: {why}; {report.checked - 1} entries before it verify")
    return 0 if report.intact else EXIT_BROKEN
