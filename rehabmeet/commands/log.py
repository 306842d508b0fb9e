"""``rehabmeet log verify [--against FILE...]`` and ``rehabmeet log checkpoint -o FILE``.

``verify`` checks the hash chain and names the first broken entry; with ``--against`` it also
checks that every head recorded outside the database (checkpoints, signed PDFs) is still in the
log as recorded, which a rewrite with recomputed hashes cannot fake (:mod:`rehabmeet.audit.anchor`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rehabmeet.context import AppContext
from rehabmeet.i18n import error_text

EXIT_BROKEN = 1


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("log", help="the tamper-evident event log")
    actions = parser.add_subparsers(dest="log_action", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify", help="recompute the hash chain; exit 0 when whole, 1 naming the first broken entry"
    )
    verify.add_argument("--json", action="store_true", help="print the result as JSON")
    verify.add_argument(
        "--against",
        nargs="+",
        type=Path,
        default=[],
        metavar="FILE",
        help="checkpoints or signed PDFs whose recorded log head must still be in the log",
    )
    verify.set_defaults(handler=run_verify)
    checkpoint = actions.add_parser("checkpoint", help="write the log's head to a file kept outside the database")
    checkpoint.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    checkpoint.add_argument(
        "--certificate", metavar="ID", help="sign it with this certificate (default: the only one, if there is one)"
    )
    checkpoint.set_defaults(handler=run_checkpoint)


def run_checkpoint(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    from rehabmeet.audit.anchor import write_checkpoint
    from rehabmeet.audit.local_anchor import checkpoint_folder, keep_copy
    from rehabmeet.signing.certificates import CertificateStore

    store = CertificateStore(context.paths.certificates_dir)
    chosen = args.certificate or (store.all()[0].id if len(store.all()) == 1 else None)
    signer, signed_by = (store.load_signer(chosen), store.get(chosen).name) if chosen else (None, "")
    database = context.database(upgrade=False, create=False)
    document = write_checkpoint(database.sessions, args.output, signer, signed_by)
    head = document["head"]
    print(
        error_text(
            "wrote {file}: {entries} entries, head entry {entry} {hash}",
            file=args.output,
            entries=document["entries"],
            entry=head["id"],
            hash=head["hash"],
        )
    )
    if signer is None:
        print(error_text("note: the checkpoint is not signed (no --certificate); keep it where it cannot be changed"))
    else:
        print(error_text("signed by {name}", name=signed_by))
        kept = keep_copy(document, checkpoint_folder(context.paths.data_dir, context.config().checkpoint_folder))
        print(error_text("a copy is kept in {file} (plain `log verify` compares the log with it)", file=kept))
    return 0


def guard_lines(database: Any) -> list[str]:
    """The append-only triggers that are missing or altered, one line each."""
    from rehabmeet.audit.guards import guard_problems

    with database.sessions() as session:
        return guard_problems(session)


def local_problems(context: AppContext, database: Any, store: Any) -> tuple[Path | None, list[str]]:
    """Compare the log with the newest signed checkpoint in the checkpoint folder (a cut tail shows)."""
    from rehabmeet.audit.local_anchor import behind_local_checkpoint, checkpoint_folder

    config = context.config()
    folder = checkpoint_folder(context.paths.data_dir, config.checkpoint_folder)
    return behind_local_checkpoint(database.sessions, folder, store.registered_roots(config.trust_bundle))


def run_verify(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    from rehabmeet.audit.anchor import AnchorError, check_anchors, finding_line, read_anchors
    from rehabmeet.audit.chain import verify_chain
    from rehabmeet.commands.output import print_json
    from rehabmeet.signing.certificates import CertificateStore

    store = CertificateStore(context.paths.certificates_dir)
    roots = store.registered_roots(context.config().trust_bundle) if args.against else []
    anchors, broken_files = [], []
    for path in args.against:
        try:
            anchors.extend(read_anchors(path, roots, require_signed=True))
        except AnchorError as exc:
            broken_files.append(str(exc))
    database = context.database(upgrade=False, create=False, allow_read_only=True)
    report = verify_chain(database.sessions)
    findings = check_anchors(database.sessions, anchors)
    local, behind = local_problems(context, database, store)
    lines = [*guard_lines(database), *behind, *broken_files, *(finding_line(f) for f in findings)]
    if args.json:
        print_json(
            {
                "intact": report.intact,
                "checked": report.checked,
                "broken_entry": report.broken_id,
                "problem": report.problem or None,
                "head": report.head,
                "anchors_checked": len(anchors),
                "local_checkpoint": str(local) if local else None,
                "anchor_problems": lines,
            }
        )
    elif report.intact:
        print(error_text("ok: {entries} entries, chain intact; head {head}", entries=report.checked, head=report.head))
        if anchors and not lines:
            print(
                error_text(
                    "ok: all {heads} recorded heads in {files} file(s) are in the log",
                    heads=len(anchors),
                    files=len(args.against),
                )
            )
    else:
        why = {
            "edited": error_text("its content no longer matches its hash (edited)"),
            "unlinked": error_text("it does not follow the entry before it (an entry was removed or inserted)"),
        }[report.problem]
        print(
            error_text(
                "broken: entry {entry}: {why}; {before} entries before it verify",
                entry=report.broken_id,
                why=why,
                before=report.checked - 1,
            )
        )
    if not args.json:
        for line in lines:
            print(line)
    return 0 if report.intact and not lines else EXIT_BROKEN
