"""``rehabmeet summary CASE_REF -o OUT.pdf [--page-cap N]``: the printable, page-capped case summary."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rehabmeet.context import AppContext
from rehabmeet.errors import UserFacingError


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("summary", help="write a case's summary sheet and meeting-set pages as one PDF")
    parser.add_argument("case_ref", metavar="CASE_REF")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
    parser.add_argument("--page-cap", type=int, metavar="N", help="cap for this PDF (default: the case's cap)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    from rehabmeet.services.registry import build_services

    services = build_services(context.database(), actor=context.actor, config=context.config())
    case_id = services.cases.find(args.case_ref)
    pdf = services.meeting_sets.summary_pdf(case_id, page_cap=args.page_cap)
    write_atomically(args.output, pdf)
    print(f"wrote {args.output} ({len(pdf) // 1024} KiB)")
    return 0


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file, so a failure leaves no half-written file."""
    temporary = path.with_name(f".{path.name}.part")
    try:
        temporary.write_bytes(data)
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise UserFacingError(f"cannot write {path}: {exc.strerror}") from exc
