"""Case data kept out of messages and logs: CPR numbers masked, SQL parameters dropped.

The first line of defence is that nothing prints case data (SQLAlchemy engines are built with
``hide_parameters=True``); this module is the second: every log line and every error the CLI prints
passes :func:`redact` (issue 18).
"""

from __future__ import annotations

import logging
import re

CPR = re.compile(r"(?<![\d])(\d{6})-?(\d{4})(?![\d])")
_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(\(Background on|$))", re.DOTALL)
_QUOTED = re.compile(r"\"[^\"\n]*\"|'[^'\n]*'")


def redact(text: str) -> str:
    """Return ``text`` with CPR numbers masked and any SQL parameter list removed."""
    text = _PARAMETERS.sub("[parameters hidden]", text)
    return CPR.sub("XXXXXX-XXXX", text)


def without_values(text: str) -> str:
    """Return ``text`` with every quoted value replaced by "…" (a database error may quote the data)."""
    return _QUOTED.sub('"…"', text)


class RedactingFormatter(logging.Formatter):
    """A log formatter whose output (message, arguments and traceback) passes :func:`redact`."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))
