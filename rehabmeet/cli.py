"""The ``rehabmeet`` command: the GUI by default, sub-commands for headless work.

Contract (relied on by scripts and tests): errors print one line ``error: …`` on stderr and exit
with status 2, never a traceback unless ``--debug`` is given.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from rehabmeet import __version__
from rehabmeet.commands.launch import GuiLauncher, launch_gui
from rehabmeet.context import AppContext, build_context, configure_logging
from rehabmeet.errors import UserFacingError

EXIT_ERROR = 2
WindowLauncher = Callable[[list[str], argparse.Namespace], int]
log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """argparse with the one-line error contract, and no abbreviated options (``--ver`` is not
    ``--version``), so scripts keep working when options are added and the entry point can tell
    from the words alone whether a window opens."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"error: {message} (see `rehabmeet --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of every sub-command."""
    from rehabmeet import commands

    parser = window_parser()
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    commands.register(sub)
    return parser


def window_parser() -> argparse.ArgumentParser:
    """Return the parser of the options the bare ``rehabmeet`` (the window) takes: no sub-commands."""
    parser = _Parser(prog="rehabmeet", description="Run rehabiliteringsteam meetings.")
    parser.add_argument("--version", action="version", version=f"RehabMeet {__version__}")
    parser.add_argument("--home", metavar="DIR", help="data folder (default: the OS data folder; env REHABMEET_HOME)")
    parser.add_argument("--db", metavar="URL", help="database file or URL (env REHABMEET_DB)")
    parser.add_argument("--lang", choices=("da", "en"), help="language of messages and the UI (env REHABMEET_LANG)")
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="the key file's passphrase, where no secure keyring exists (env REHABMEET_PASSPHRASE_FILE)",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    parser.add_argument(
        "--user", metavar="NAME", help="the person at the keyboard, named in the event log (env REHABMEET_USER)"
    )
    return parser


def open_window(argv: Sequence[str], launcher: WindowLauncher) -> int:
    """Run the bare ``rehabmeet`` (no sub-command): ``launcher`` shows the window with the day before the
    database libraries load (``ui/app.py: run_window``). Same options, errors and exit status as :func:`main`."""
    args = window_parser().parse_args(list(argv))
    return _guarded(args, lambda: launcher(list(argv), args))


def main(argv: Sequence[str], *, gui_launcher: GuiLauncher | None = None) -> int:
    """Run the command line ``argv`` and return the exit status."""
    parser = build_parser()
    args = parser.parse_args(list(argv))
    holder: list[AppContext] = []

    def run() -> int:
        context = build_context(
            home=args.home,
            db=args.db,
            language=args.lang,
            debug=args.debug,
            passphrase_file=args.passphrase_file,
            user=args.user,
        )
        holder.append(context)
        configure_logging(context)
        if args.command is None:
            return launch_gui(gui_launcher, list(argv), context)
        handler: Callable[[argparse.Namespace, AppContext, GuiLauncher | None], int] = args.handler
        return handler(args, context, gui_launcher)

    try:
        return _guarded(args, run)
    finally:
        for context in holder:
            context.close()


def _guarded(args: argparse.Namespace, run: Callable[[], int]) -> int:
    """Run ``run`` with the one-line error contract."""
    try:
        return run()
    except UserFacingError as exc:
        return _fail(str(exc), args.debug)
    except KeyboardInterrupt:
        return _fail("interrupted", args.debug)
    except BrokenPipeError:  # `rehabmeet cases --json | head`: the reader has all it wanted
        _silence_stdout()
        return 0
    except Exception as exc:  # a bug, or a failure of the disk: one line for the user, the traceback in the log
        from rehabmeet.storage.failures import explain

        known = explain(exc)
        if known is not None:
            log.warning("database failure: %s", exc)
            return _fail(str(known), args.debug)
        log.exception("unexpected error")
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        return _fail(f"unexpected {type(exc).__name__}: {first} (run with --debug for details)", args.debug)


def _silence_stdout() -> None:
    """Point stdout at the null device, so that the interpreter's last flush does not fail again
    (the recipe of the Python documentation, "Note on SIGPIPE")."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real stdout (tests, pythonw): nothing to flush
        pass


def _fail(message: str, debug: bool) -> int:
    from rehabmeet.redact import redact

    if debug:
        print(redact(traceback.format_exc()), end="", file=sys.stderr)
    print(f"error: {redact(message)}", file=sys.stderr)
    return EXIT_ERROR
