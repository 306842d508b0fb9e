"""``rehabmeet import PATH... [--json] [--new-version]``: import case bundles."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rehabmeet.context import AppContext

if TYPE_CHECKING:
    from rehabmeet.bundles.outcome import ImportOutcome

OK_STATUSES = ("imported", "unchanged")


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("import", help="import case bundles (.rmb.zip files or unpacked folders)")
    parser.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    parser.add_argument("--json", action="store_true", help="print a JSON list of outcomes")
    parser.add_argument("--new-version", action="store_true", help="import changed bundles as new case versions")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    """Import every path and print one line (or one JSON object) per bundle.

    With ``--json`` the output is JSON even when nothing could be imported at all (the database
    cannot be opened): ``{"error": "…"}``, besides the usual ``error:`` line on stderr.
    Exit status 0 when every bundle was imported or unchanged, else 2.
    """
    from rehabmeet.bundles.importer import BundleImporter
    from rehabmeet.commands.output import print_json
    from rehabmeet.errors import UserFacingError
    from rehabmeet.storage.failures import explain

    try:
        config = context.config()
        importer = BundleImporter(
            context.database().sessions,
            actor=context.actor,
            limits=config.import_limits,
            docx_renderer=config.docx_renderer,
        )
    except Exception as exc:
        known = exc if isinstance(exc, UserFacingError) else explain(exc)
        if args.json and known is not None:
            print_json({"error": str(known)})
        raise
    outcomes = importer.import_paths(args.paths, new_version=args.new_version)
    if args.json:
        print_json([_as_json(o) for o in outcomes])
    else:
        for outcome in outcomes:
            print(f"{outcome.status.value}: {outcome.message}")
            for finding in outcome.findings:  # what import found in the documents (repairs, active content)
                if finding.check_id.startswith("DOC-"):
                    print(f"  {finding.severity.value}: {finding.message}")
    return 0 if all(o.status.value in OK_STATUSES for o in outcomes) else 2


def _as_json(outcome: ImportOutcome) -> dict[str, Any]:
    from rehabmeet.commands.output import findings_json

    return {
        "path": outcome.path,
        "case_ref": outcome.case_ref,
        "status": outcome.status.value,
        "version": outcome.version,
        "pages": outcome.pages,
        "message": outcome.message,
        "findings": findings_json(outcome.findings),
    }
