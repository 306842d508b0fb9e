"""``rehabmeet demo [--no-gui] [--history N]``: create the demo meeting day (idempotent) and open it."""

from __future__ import annotations

import argparse
from typing import Any

from rehabmeet.commands.launch import GuiLauncher, launch_gui
from rehabmeet.context import AppContext


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("demo", help="create a demo meeting day (three of its seven cases heard) and open it")
    parser.add_argument("--no-gui", action="store_true", help="only create the demo; do not open the window")
    parser.add_argument(
        "--history",
        type=_count,
        default=300,
        metavar="N",
        help="past heard cases to invent for the dashboard, once (default 300; 0 for none)",
    )
    parser.set_defaults(handler=run)


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of cases (0 or more)")
    return int(text)


def _progress(done: int, total: int) -> None:
    end = "\n" if done >= total else ""
    print(f"\rinventing past cases for the dashboard: {done:,} of {total:,}", end=end, flush=True)


def run(args: argparse.Namespace, context: AppContext, gui: GuiLauncher | None) -> int:
    from rehabmeet.demo.day import DemoService
    from rehabmeet.demo.finished import DemoFinisher
    from rehabmeet.demo.history import HistoryGenerator, HistorySize

    print("preparing the demo meeting day (some seconds the first time)…", flush=True)
    services = context.services()
    finisher = DemoFinisher(services.database.sessions, services.documents, services.certificates, context.actor)
    history = HistoryGenerator(services.database.sessions) if args.history else None
    size = HistorySize(cases=args.history)
    result = DemoService(services.database.sessions, actor=context.actor, finisher=finisher, history=history).create(
        history_size=size, progress=_progress if args.history >= 1000 else None
    )
    if result.created_anything:
        print(
            f"demo meeting day ready: {result.cases_imported} cases imported, {result.cases_finished} heard and "
            f"signed, {result.history_cases} past cases for the dashboard ({context.target.display_name})"
        )
    else:
        print(f"demo meeting day already present; nothing added ({context.target.display_name})")
    if args.no_gui:
        return 0
    context.select_meeting_id = result.meeting_id
    return launch_gui(gui, [], context)
