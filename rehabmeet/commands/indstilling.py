"""``rehabmeet indstilling show|set|finalise CASE_REF``: the indstilling without the GUI, same rules.

* ``show [--json]``: status, revision, content (field → value), the checklist (id, strength, met, applies,
  fields, and the law it rests on for the meeting day) and the outcomes allowed for the case.
* ``set --from FILE.json``: the fields given are merged into the draft; the others are kept.
* ``finalise [--override ID=REASON]...``: exit 2 naming the law points that block.
"""

from __future__ import annotations

import argparse
from dataclasses import fields
from pathlib import Path
from typing import Any

from rehabmeet.context import AppContext
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("indstilling", help="show, change or finalise a case's indstilling (JSON in and out)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="the draft, its checklist and the outcomes allowed")
    show.add_argument("case_ref", metavar="CASE_REF")
    show.add_argument("--json", action="store_true", help="print JSON")
    change = actions.add_parser("set", help="merge the fields in a JSON file into the draft")
    change.add_argument("case_ref", metavar="CASE_REF")
    change.add_argument("--from", dest="source", required=True, type=Path, metavar="FILE.json", help="- for stdin")
    change.add_argument("--json", action="store_true", help="print the result as JSON")
    final = actions.add_parser("finalise", help="finalise the draft; unmet law points need --override ID=REASON")
    final.add_argument("case_ref", metavar="CASE_REF")
    final.add_argument("--override", action="append", default=[], metavar="ID=REASON")
    final.add_argument("--json", action="store_true", help="print the result as JSON")
    for action in (show, change, final):
        action.set_defaults(handler=run)


def run(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    from rehabmeet.commands.headless import newest_item

    services = context.services()
    item = newest_item(context.database().sessions, args.case_ref)
    service = services.indstilling
    if args.action == "show":
        view = service.draft(item)
    elif args.action == "set":
        view = _set(service, item, args.source)
    else:
        view = service.finalise(item, _overrides(args.override))
    _print(view, args.json, args.action)
    return 0


def _set(service: Any, item: int, source: Path) -> Any:
    from rehabmeet.commands.headless import read_object, unknown_keys
    from rehabmeet.recommendation.content import IndstillingContent, content_from_json, content_to_json

    data = read_object(source)
    unknown_keys(data, {f.name for f in fields(IndstillingContent)})
    view = service.draft(item)
    if view.final:
        raise UserFacingError(error_text("the indstilling is finalised; reopen it with a reason to change it"))
    _check_types(data)
    merged = content_from_json({**content_to_json(view.content), **data})
    return service.save(item, merged, expected_revision=view.revision)


def _check_types(data: dict[str, Any]) -> None:
    from datetime import date

    from rehabmeet.recommendation.content import IndstillingContent

    for f in fields(IndstillingContent):
        if f.name not in data or data[f.name] is None:
            continue
        value, kind = data[f.name], str(f.type)
        ok = (
            (kind == "str" and isinstance(value, str))
            or (kind == "bool" and isinstance(value, bool))
            or (kind == "int | None" and isinstance(value, int) and not isinstance(value, bool))
            or (kind.startswith("tuple") and isinstance(value, list) and all(isinstance(v, dict) for v in value))
            or (kind == "date | None" and isinstance(value, str) and _is_date(value, date))
        )
        if not ok:
            raise UserFacingError(
                error_text(
                    "field {field} has a wrong value {value!r} ({kind} expected)", field=f.name, value=value, kind=kind
                )
            )


def _is_date(value: str, kind: type) -> bool:
    try:
        kind.fromisoformat(value)  # type: ignore[attr-defined]
    except ValueError:
        return False
    return True


def _overrides(items: list[str]) -> dict[str, str]:
    reasons = {}
    for item in items:
        rule, sep, reason = item.partition("=")
        if not sep or not rule.strip() or not reason.strip():
            raise UserFacingError(error_text("--override needs ID=REASON, not {value!r}", value=item))
        reasons[rule.strip()] = reason.strip()
    return reasons


def view_json(view: Any) -> dict[str, Any]:
    """The draft as the headless face shows it."""
    from rehabmeet.recommendation.checklist import ItemState
    from rehabmeet.recommendation.content import content_to_json

    rules = {r.id: r for r in view.rules}
    return {
        "status": view.status,
        "revision": view.revision,
        "version": view.version,
        "outcome": view.content.outcome,
        "content": content_to_json(view.content),
        "checklist": [
            {
                "id": i.rule_id,
                "strength": i.strength,
                "met": i.state is ItemState.MET,
                "applies": i.state is not ItemState.NOT_APPLICABLE,
                "fields": list(rules[i.rule_id].fields) if i.rule_id in rules else [],
                "title": i.title,
                "source": i.source,
                "law": i.law,
                "overridden": view.overrides.get(i.rule_id),
            }
            for i in view.checklist
        ],
        "outcomes": list(view.outcomes),
        "overrides": dict(view.overrides),
    }


def _print(view: Any, as_json: bool, action: str) -> None:
    from rehabmeet.commands.output import print_json, print_table
    from rehabmeet.recommendation.checklist import ItemState

    if as_json:
        print_json(view_json(view))
        return
    warnings = [i.rule_id for i in view.checklist if i.state is ItemState.MISSING and i.strength == "practice"]
    if action == "finalise":
        print(f"finalised version {view.version}" + (f"; warnings: {', '.join(warnings)}" if warnings else ""))
        return
    outcome = view.content.outcome or "-"
    print(f"{view.status}, revision {view.revision}, version {view.version}, outcome {outcome}")
    print_table(
        ("ID", "STRENGTH", "STATE", "FIELD"),
        [(i.rule_id, i.strength, i.state.value, i.field or "") for i in view.checklist if i.state is not ItemState.MET],
    )
