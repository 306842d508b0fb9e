"""Parse untrusted JSON: strict UTF-8, bounded size, depth and numbers, no duplicate keys, no NaN,
no lone surrogates, control or bidi-override characters."""

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


# Digits of a JSON integer; nothing in a manifest needs more than a date or a page number
MAX_INT_DIGITS = 40


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise UnsafeJsonError(
            error_text(
                "holds a number of {digits} digits, more than the limit of {max_digits}",
                digits=len(text.lstrip("-")),
                max_digits=MAX_INT_DIGITS,
            )
        )
    return int(text)


def check_text(value: Any, where: str = "") -> None:
    """Refuse strings (keys too) that cannot be stored or shown honestly.

    A lone surrogate (``\\ud800``) cannot be written as UTF-8; NUL and other control
    characters, and the bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069),
    make a name display as something it is not.

    Raises:
        UnsafeJsonError: naming the field and the character.
    """
    if isinstance(value, dict):
        for key, item in value.items():
            check_text(key, where)
            shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in key)[:80]
            check_text(item, f"{where}/{shown}" if where else shown)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            check_text(item, f"{where}/{index}" if where else str(index))
    elif isinstance(value, str):
        for char in value:
            if _forbidden(char):
                raise UnsafeJsonError(
                    error_text(
                        "{where}: holds the character U+{code:04X}, which is not allowed in text "
                        "(an invalid, control or direction-changing character)",
                        where=where or "(top level)",
                        code=ord(char),
                    )
                )


def _forbidden(char: str) -> bool:
    code = ord(char)
    if code < 0x20:
        return char not in "\t\n\r"
    return 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069


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
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant, parse_int=_bounded_int)
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
    except UnsafeJsonError:
        raise
    except ValueError as exc:  # a float too long for the interpreter's limit, and the like
        raise UnsafeJsonError(error_text("is not valid JSON ({exc})", exc=type(exc).__name__)) from exc
    check_text(value)
    return value
