"""``rehabmeet summary CASE_REF -o OUT.pdf [--page-cap N]``: the printable, page-capped case summary."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rehabmeet.atomic import write_atomically
from rehabmeet.context import AppContext


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("summary", help="write a case's summary sheet and meeting-set pages as one PDF")
    parser.add_argument("case_ref", metavar="CASE_REF")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
    parser.add_argument("--page-cap", type=int, metavar="N", help="cap for this PDF (default: the case's cap)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:

    services = context.services()
    case_id = services.cases.find(args.case_ref)
    pdf = services.meeting_sets.summary_pdf(case_id, page_cap=args.page_cap)
    write_atomically(args.output, pdf)
    print(f"wrote {args.output} ({len(pdf) // 1024} KiB)")
    return 0
