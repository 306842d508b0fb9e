"""``rehabmeet decision show|set|make CASE_REF``: the decision at the table without the GUI, same rules.

* ``show [--json]``: status, content (``outcome``, reasons, facts, legal basis, heard_at, effective_date,
  months) and the outcomes the municipality may decide at the table.
* ``set --from FILE.json``: the fields given are merged into the draft (dates ISO 8601).
* ``make``: make the decision; exit 2 with the reason when refused (e.g. it departs from the indstilling
  and the team has not been heard again, § 11 stk. 2).
"""

from __future__ import annotations

import argparse
from dataclasses import asdict, fields, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rehabmeet.context import AppContext
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("decision", help="show, change or make the decision at the table (JSON in and out)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="the decision (or its draft) and the outcomes allowed")
    show.add_argument("case_ref", metavar="CASE_REF")
    change = actions.add_parser("set", help="merge the fields in a JSON file into the draft decision")
    change.add_argument("case_ref", metavar="CASE_REF")
    change.add_argument("--from", dest="source", required=True, type=Path, metavar="FILE.json", help="- for stdin")
    make = actions.add_parser("make", help="make the decision final")
    make.add_argument("case_ref", metavar="CASE_REF")
    for action in (show, change, make):
        action.add_argument("--json", action="store_true", help="print JSON")
        action.set_defaults(handler=run)


def run(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    from rehabmeet.commands.headless import newest_item

    service = context.services().decisions
    item = newest_item(context.database().sessions, args.case_ref)
    if args.action == "show":
        view = service.decision(item)
    elif args.action == "set":
        view = service.save(item, _merged(service.decision(item).draft, args.source))
    else:
        view = service.finalise(item)
    _print(view, args.json)
    return 0


def _merged(draft: Any, source: Path) -> Any:
    from rehabmeet.commands.headless import read_object, unknown_keys

    data = read_object(source)
    unknown_keys(data, {f.name for f in fields(draft)})
    changes: dict[str, Any] = {}
    for name, value in data.items():
        if name == "heard_at":
            changes[name] = _parse(name, value, datetime)
        elif name == "effective_date":
            changes[name] = _parse(name, value, date)
        elif name == "months":
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                raise UserFacingError(
                    error_text("field months must be a whole number of months, not {value!r}", value=value)
                )
            changes[name] = value
        elif not isinstance(value, str):
            raise UserFacingError(error_text("field {field} must be text, not {value!r}", field=name, value=value))
        else:
            changes[name] = value
    return replace(draft, **changes)


def _parse(name: str, value: Any, kind: type) -> Any:
    if value is None:
        return None
    try:
        parsed = kind.fromisoformat(str(value))  # type: ignore[attr-defined]
    except ValueError as exc:
        raise UserFacingError(
            error_text("field {field} must be an ISO 8601 date or time, not {value!r}", field=name, value=value)
        ) from exc
    if isinstance(parsed, datetime) and parsed.tzinfo is None:
        parsed = parsed.astimezone()
    return parsed


def view_json(view: Any) -> dict[str, Any]:
    content = asdict(view.draft)
    content["last_day"] = view.draft.last_day
    return {
        "status": view.status,
        "version": view.version,
        "content": content,
        "outcomes": list(view.allowed_outcomes),
        "indstilling_outcome": view.indstilling_outcome,
        "follows_indstilling": view.follows_indstilling,
        "missing": list(view.missing),
        "default_basis": view.default_basis,
    }


def _print(view: Any, as_json: bool) -> None:
    from rehabmeet.commands.output import print_json

    if as_json:
        print_json(view_json(view))
        return
    follows = "follows" if view.follows_indstilling else "departs from"
    missing = f"; missing: {', '.join(view.missing)}" if view.missing and not view.final else ""
    print(f"{view.status}, version {view.version}, {view.draft.outcome or '-'} ({follows} the indstilling){missing}")
