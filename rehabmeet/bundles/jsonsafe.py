"""Parse untrusted JSON: strict UTF-8, bounded size and depth, no duplicate keys, no NaN."""

from __future__ import annotations

import json
from typing import Any


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
            raise UnsafeJsonError(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise UnsafeJsonError(f"{name} is not valid JSON")


def parse_json(data: bytes, *, max_bytes: int, max_nesting: int) -> Any:
    """Return the value encoded in ``data``.

    Raises:
        UnsafeJsonError: too big, not UTF-8, nested deeper than ``max_nesting``, duplicate keys,
            or not JSON at all.
    """
    if len(data) > max_bytes:
        raise UnsafeJsonError(f"is {len(data)} bytes, more than the limit of {max_bytes}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnsafeJsonError(f"is not valid UTF-8 (byte {exc.start})") from exc
    depth = max_depth(text)
    if depth > max_nesting:
        raise UnsafeJsonError(f"is nested {depth} levels deep, more than the limit of {max_nesting}")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise UnsafeJsonError(f"is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from exc
    except RecursionError as exc:  # pragma: no cover - guarded by the depth check above
        raise UnsafeJsonError("is nested too deeply") from exc
