"""Shared by the benchmark scripts: the machine line every figure is printed with."""

from __future__ import annotations

import os
import platform


def machine_line() -> str:
    """Return "machine: <host> · <arch> · <n> cores · Python <version>"."""
    python = platform.python_version()
    return f"machine: {platform.node()} · {platform.machine()} · {os.cpu_count()} cores · Python {python}"
