"""Entry point: the CLI decides; the GUI is only imported when a window is wanted."""

from __future__ import annotations

import os
import sys

from rehabmeet.i18n import error_text


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
        error_text(
            "there is no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY "
            "is set); run it in a desktop session, or add --no-gui where the command has it"
        )
    )


def main(argv: list[str] | None = None) -> int:
    """Run the `rehabmeet` command and return its exit status."""
    for name in ("stdout", "stderr"):  # a windowed build (rehabmeet-gui.exe) has no console to write to
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process
    from rehabmeet.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv, gui_launcher=_launch_gui)


if __name__ == "__main__":
    sys.exit(main())
