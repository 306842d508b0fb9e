"""The CLI's sub-commands, one module each; ``register`` adds them all to the parser.

The modules are imported by ``register``, not with the package: the bare ``rehabmeet`` (the window)
imports ``commands.launch`` without loading every command and the database libraries they use.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add every sub-command to ``sub``."""
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
