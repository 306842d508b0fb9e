"""Entry point: the CLI decides; the GUI is only imported when a window is wanted."""

from __future__ import annotations

import os
import sys


def _launch_gui(argv: list[str], context: object) -> int:
    _require_display()
    from rehabmeet.ui.app import run_gui

    return int(run_gui(argv, context))


def _require_display() -> None:
    """Refuse clearly, instead of letting Qt abort, when Linux has no screen to draw on."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    from rehabmeet.errors import UserFacingError

    raise UserFacingError(
        "there is no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        "run it in a desktop session, or add --no-gui where the command has it"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the `rehabmeet` command and return its exit status."""
    from rehabmeet.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv, gui_launcher=_launch_gui)


if __name__ == "__main__":
    sys.exit(main())
