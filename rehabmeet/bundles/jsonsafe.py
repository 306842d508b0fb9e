"""Parse untrusted JSON: strict UTF-8, bounded size and depth, no duplicate keys, no NaN."""

from __future__ import annotations

import json
from typing import Any

from rehabmeet.i18n import error_text


class UnsafeJsonError(ValueError):
    """The JSON text is malformed or exceeds a limit; the message says which."""


def max_depth(text: str) -> int:
    """Return the deepest nesting of arrays/objects in ``text``, ignoring brackets inside strings."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise UnsafeJsonError(error_text("the key {key!r} appears twice in one object", key=key))
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise UnsafeJsonError(error_text("{name} is not valid JSON", name=name))


def parse_json(data: bytes, *, max_bytes: int, max_nesting: int) -> Any:
    """Return the value encoded in ``data``.

    Raises:
        UnsafeJsonError: too big, not UTF-8, nested deeper than ``max_nesting``, duplicate keys,
            or not JSON at all.
    """
    if len(data) > max_bytes:
        raise UnsafeJsonError(
            error_text("is {size} bytes, more than the limit of {max_bytes}", size=len(data), max_bytes=max_bytes)
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnsafeJsonError(error_text("is not valid UTF-8 (byte {start})", start=exc.start)) from exc
    depth = max_depth(text)
    if depth > max_nesting:
        raise UnsafeJsonError(
            error_text(
                "is nested {depth} levels deep, more than the limit of {max_nesting}",
                depth=depth,
                max_nesting=max_nesting,
            )
        )
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise UnsafeJsonError(
            error_text(
                "is not valid JSON ({msg} at line {line}, column {column})",
                msg=exc.msg,
                line=exc.lineno,
                column=exc.colno,
            )
        ) from exc
    except RecursionError as exc:  # pragma: no cover - guarded by the depth check above
        raise UnsafeJsonError(error_text("is nested too deeply")) from exc
