"""``rehabmeet pack``: agenda packs out to members, their notes back in (offline preparation).

rehabmeet pack export --out DIR [--meeting ID]        leader: one encrypted pack per invited member
rehabmeet pack preview --member NAME [--json]          leader: the texts that member's pack would hold
rehabmeet pack open FILE [--passphrase-env VAR]        member: open a pack to prepare (read-only copy)
rehabmeet pack remove PACK                             member: remove an opened pack from this laptop
rehabmeet pack notes PACK -o FILE                      member: write the shared notes back, encrypted
rehabmeet pack import FILE...                          leader: merge members' notes into the lanes
rehabmeet pack conflicts                               leader: notes changed on both laptops
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rehabmeet.context import AppContext
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("pack", help="offline preparation: agenda packs out, members' notes back")
    actions = parser.add_subparsers(dest="pack_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write one encrypted agenda pack per invited member")
    export.add_argument("--out", required=True, type=Path, metavar="DIR")
    export.add_argument("--meeting", type=int, metavar="ID", help="the meeting day (default: the newest)")
    export.add_argument(
        "--expires-days",
        type=int,
        metavar="N",
        help="the packs expire N days after the meeting day, then are wiped on the members' laptops "
        "(default: the team's rule pack_expiry_days, 7)",
    )
    export.set_defaults(handler=run_export)
    preview = actions.add_parser("preview", help="leader: the texts one member's pack would hold (writes nothing)")
    preview.add_argument("--member", required=True, metavar="NAME", help="the invited member's name")
    preview.add_argument("--meeting", type=int, metavar="ID", help="the meeting day (default: the newest)")
    preview.add_argument("--json", action="store_true", help="every page's text as JSON")
    preview.set_defaults(handler=run_preview)
    opened = actions.add_parser("open", help="open an agenda pack on a member's laptop")
    opened.add_argument("file", type=Path, metavar="FILE")
    opened.add_argument("--passphrase-env", metavar="VAR", help="read the passphrase from this variable")
    opened.set_defaults(handler=run_open)
    notes = actions.add_parser("notes", help="write the shared notes of an opened pack for the leader")
    notes.add_argument("pack", metavar="PACK", help="the pack id (or its first characters; see `pack open`)")
    notes.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    notes.set_defaults(handler=run_notes)
    removed = actions.add_parser("remove", help="member: remove an opened pack (cases, notes) from this laptop")
    removed.add_argument("pack", metavar="PACK", help="the pack id (or its first characters; see `pack open`)")
    removed.set_defaults(handler=run_remove)
    imported = actions.add_parser("import", help="merge members' notes into the lanes")
    imported.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imported.set_defaults(handler=run_import)
    actions.add_parser("conflicts", help="list notes changed on both laptops").set_defaults(handler=run_conflicts)


def run_export(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    from rehabmeet.commands.output import print_table

    services = context.services()
    packs = services.packs.export(_meeting_id(args.meeting, services), args.out, expires_after_days=args.expires_days)
    print_table(
        ("MEMBER", "FILE", "CASES", "PAGES", "EXPIRES", "PASSPHRASE"),
        [(p.member_name, p.path.name, p.cases, p.pages, p.expires_on.isoformat(), p.passphrase) for p in packs],
    )
    print("give each member the file and, separately, the passphrase (in person or by phone)")
    return 0


def run_preview(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    import json
    from dataclasses import asdict

    services = context.services()
    preview = services.packs.preview(_meeting_id(args.meeting, services), args.member)
    if args.json:
        print(json.dumps(asdict(preview), ensure_ascii=False, indent=2))
        return 0
    withheld = ", ".join(preview.withheld_kinds) or "none"
    print(f"{preview.member_name} ({preview.discipline}): withheld document kinds: {withheld}")
    for case in preview.cases:
        left_out = "; ".join((*case.withheld_documents, *case.withheld_pages)) or "nothing"
        print(f"  {case.planned_start}  {case.case_ref}  {len(case.pages)} pages; left out: {left_out}")
    return 0


def _meeting_id(chosen: int | None, services: Any) -> int:
    if chosen is not None:
        return chosen
    meetings = services.meetings.list_meetings()
    if not meetings:
        raise UserFacingError(error_text("there is no meeting day; plan one first"))
    return int(max(meetings, key=lambda m: (m.meeting_date, m.meeting_id)).meeting_id)


def run_open(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    from rehabmeet.commands.output import read_passphrase

    passphrase = read_passphrase(args.passphrase_env, args.file.name)
    pack = context.services().preparation.open_pack(args.file, passphrase)
    print(
        f"opened pack {pack.pack_id} for {pack.member_name}: {pack.meeting_title}, {pack.meeting_date} "
        f"(wiped from this laptop after {pack.expires_on})"
    )
    for case in pack.cases:
        print(f"  {case.planned_start}  {case.case_ref}  {case.pages} pages")
    return 0


def _opened_pack(preparation: Any, prefix: str) -> str:
    matches = [p.pack_id for p in preparation.packs() if p.pack_id.startswith(prefix)]
    if len(matches) != 1 or not prefix:
        raise UserFacingError(error_text("no single opened pack starts with {pack!r}", pack=prefix))
    return str(matches[0])


def run_remove(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    preparation = context.services().preparation
    title = preparation.remove(_opened_pack(preparation, args.pack))
    print(f"removed the pack {title} from this laptop, with its cases and your notes")
    return 0


def run_notes(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    preparation = context.services().preparation
    count = preparation.export_notes(_opened_pack(preparation, args.pack), args.output)
    print(f"wrote {count} shared note(s) to {args.output}")
    return 0


def run_import(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    merge = context.services().note_merge
    for path in args.files:
        result = merge.import_pack(path)
        if result.already_imported:
            print(f"{path.name}: already imported; nothing changed")
        else:
            print(
                f"{path.name} ({result.member_name}): {result.added} new, {result.updated} changed, "
                f"{result.removed} removed, {result.conflicts} conflict(s)"
            )
    conflicts = merge.conflicts()
    if conflicts:
        print(f"{len(conflicts)} note(s) changed on both laptops; resolve them in the app (Meeting → Note conflicts)")
    return 0


def run_conflicts(_args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    for conflict in context.services().note_merge.conflicts():
        print(f"{conflict.case_ref} · {conflict.member_name}")
        print(f"  here:   {conflict.leader_text}\n  theirs: {conflict.member_text}")
    return 0
