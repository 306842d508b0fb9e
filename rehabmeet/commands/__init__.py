"""The CLI's sub-commands, one module each; ``register`` adds them all to the parser."""

from __future__ import annotations

import argparse
from typing import Any

from rehabmeet.commands import (
    cases,
    certificate,
    db,
    decision,
    demo,
    document,
    importing,
    indstilling,
    key,
    log,
    pack,
    stats,
    summary,
    verify,
    watch,
)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add every sub-command to ``sub``."""
    for module in (
        demo,
        cases,
        importing,
        summary,
        indstilling,
        decision,
        document,
        certificate,
        verify,
        log,
        pack,
        stats,
        db,
        key,
        watch,
    ):
        module.register(sub)
