"""Opening the GUI from the command line: the launcher type and the one place that calls it.

It lives with the sub-commands (not in ``cli``) so that ``cli`` imports the commands and no command
imports ``cli``.
"""

from __future__ import annotations

from collections.abc import Callable

from rehabmeet.context import AppContext
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text

GuiLauncher = Callable[[list[str], AppContext], int]


def launch_gui(gui_launcher: GuiLauncher | None, argv: list[str], context: AppContext) -> int:
    """Open the GUI (the bare command does; ``demo`` does after creating the demo day)."""
    if gui_launcher is None:
        raise UserFacingError(error_text("this entry point has no GUI; run a sub-command (see `rehabmeet --help`)"))
    return gui_launcher(argv, context)
