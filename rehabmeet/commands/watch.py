"""``rehabmeet watch``: print every change to the shared records as it happens (a big screen, scripts, tests)."""

from __future__ import annotations

import argparse
import json
import queue
import sys
from typing import Any

from rehabmeet.context import AppContext


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser(
        "watch", help="print each change made on any laptop (agenda, timer, attendance, lanes, indstilling, decision)"
    )
    parser.add_argument("--meeting", type=int, metavar="ID", help="only changes to this meeting")
    parser.add_argument("--json", action="store_true", help="one JSON object per line: time, person, what, case_ref")
    parser.add_argument("--count", type=int, metavar="N", help="stop after N changes (default: until Ctrl+C)")
    parser.set_defaults(handler=run_watch)


def run_watch(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    from rehabmeet.services.live import PRESENCE, ChangeListener, describe
    from rehabmeet.storage.changes import Change

    database = context.database(upgrade=False, create=False)
    arrived: queue.Queue[Change] = queue.Queue()
    listener = ChangeListener(database, arrived.put)
    listener.start()
    listener.ready.wait(10)
    print("watching", file=sys.stderr, flush=True)  # scripts wait for this line before they change anything
    shown = 0
    try:
        while args.count is None or shown < args.count:
            change = arrived.get()
            if change.what == PRESENCE or (args.meeting is not None and change.meeting_id != args.meeting):
                continue
            shown += 1
            if args.json:
                line = {
                    "time": change.at,
                    "person": change.person,
                    "what": change.what,
                    "case_ref": change.case_ref or None,
                    "meeting_id": change.meeting_id,
                    "item_id": change.item_id,
                    "fields": list(change.fields),
                    "said": describe(change),
                }
                print(json.dumps(line, ensure_ascii=False), flush=True)
            else:
                print(describe(change), flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        listener.stop()
    return 0
