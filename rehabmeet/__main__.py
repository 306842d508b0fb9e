"""Entry point: the CLI decides; the GUI is only imported when a window is wanted."""

from __future__ import annotations

import os
import sys

from rehabmeet.i18n import error_text

OPTIONS_WITH_A_VALUE = frozenset({"--home", "--db", "--lang", "--passphrase-file"})


def _launch_gui(argv: list[str], context: object) -> int:
    _require_display()
    from rehabmeet.ui.app import run_gui

    return int(run_gui(argv, context))


def _launch_window(argv: list[str], options: object) -> int:
    _require_display()
    from rehabmeet.ui.app import run_window

    return int(run_window(argv, options))


def _require_display() -> None:
    """Refuse clearly, instead of letting Qt abort, when Linux has no screen to draw on."""
    if _has_a_screen():
        return
    from rehabmeet.errors import UserFacingError

    raise UserFacingError(
        error_text(
            "there is no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY "
            "is set); run it in a desktop session, or add --no-gui where the command has it"
        )
    )


def _has_a_screen() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def opens_a_window(argv: list[str]) -> bool:
    """True when the command line opens the main window at once: no sub-command, no ``--help``/``--version``.

    Decided without argparse or the command modules, so the splash can show before anything heavy loads;
    the real parse follows and has the last word (the parser takes no abbreviated options, so the two agree).
    ``demo`` also opens the window, but only after building the demo day, which can take seconds: a splash
    that cannot repaint meanwhile would look hung, so it gets none.
    """
    after_option = False
    for token in argv:
        if after_option:
            after_option = False
        elif token in ("-h", "--help", "--version"):
            return False
        elif token in OPTIONS_WITH_A_VALUE:
            after_option = True
        elif not token.startswith("-"):
            return False
    return True


def _show_splash(argv: list[str]) -> bool:
    if not _has_a_screen():
        return False
    from rehabmeet.ui.shell.splash import show_splash

    show_splash(argv)
    return True


def _exit_cleanly_on_sigterm() -> None:
    """A terminated RehabMeet (logout, ``kill``) unwinds like an interrupted one: scratch folders with a
    case's plain text are removed and converters killed (``rehabmeet.scratch``), as on a normal exit."""
    import signal

    if hasattr(signal, "SIGTERM") and signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(128 + signal.SIGTERM))


def _register_passphrase_prompt(arguments: list[str]) -> None:
    """Where the key file needs a passphrase and none is in a file: a dialog if a window opens, else the terminal."""
    from rehabmeet import secrets

    window = opens_a_window(arguments) or ("demo" in arguments and "--no-gui" not in arguments)
    if window and _has_a_screen():
        from rehabmeet.ui.shell.key_prompt import ask_key_passphrase

        secrets.set_passphrase_prompt(ask_key_passphrase)
    elif sys.stdin is not None and sys.stdin.isatty():
        secrets.set_passphrase_prompt(secrets.terminal_prompt)


def main(argv: list[str] | None = None) -> int:
    """Run the `rehabmeet` command and return its exit status."""
    if getattr(sys, "frozen", False):  # a frozen build starts the document reader worker through itself
        import multiprocessing

        multiprocessing.freeze_support()
    for name in ("stdout", "stderr"):  # a windowed build (rehabmeet-gui.exe) has no console to write to
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process
    arguments = sys.argv[1:] if argv is None else argv
    if not opens_a_window(arguments):  # the window quits its event loop instead (ui/app.py)
        _exit_cleanly_on_sigterm()
    splash = opens_a_window(arguments) and _show_splash(arguments)
    _register_passphrase_prompt(arguments)
    try:
        if opens_a_window(arguments):  # the window with the day before the database libraries load
            from rehabmeet.cli import open_window

            return open_window(arguments, _launch_window)
        from rehabmeet.cli import main as cli_main

        return cli_main(arguments, gui_launcher=_launch_gui)
    finally:
        if splash:  # start-up failed before the window (the message is on stderr); never leave it behind
            from rehabmeet.ui.shell.splash import close_splash

            close_splash()


if __name__ == "__main__":
    sys.exit(main())
