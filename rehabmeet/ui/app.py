"""The one composition root: QApplication, translators, database, services, main window — in order."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtWidgets import QApplication

from rehabmeet.context import AppContext, configure_logging_in, finish_context, first_choices, resolve_person
from rehabmeet.errors import UserFacingError
from rehabmeet.paths import AppPaths
from rehabmeet.settings.preferences import load_preferences
from rehabmeet.storage.failures import explain, read_only_folder

from rehabmeet.ui.first_paint import FirstFrame, StagedStart, show_first_frame
from rehabmeet.ui.shared.appearance import apply_appearance
from rehabmeet.ui.shared.dialogs import show_error
from rehabmeet.ui.shell.application import named_application
from rehabmeet.ui.shell.splash import STARTUP_PROBE_ENV, close_splash
from rehabmeet.ui.shell.startup_probe import StartupProbe
from rehabmeet.ui.shell.translations import install_translators
from rehabmeet.ui.shell.who_am_i import ask_at_start
from rehabmeet.ui.shell.window_state import WindowState

if TYPE_CHECKING:  # imported when used: the window with the day comes before these load
    from rehabmeet.meeting.clock import Clock
    from rehabmeet.services.registry import Services

    from rehabmeet.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)
EXIT_ERROR = 2
DB_ENV = "REHABMEET_DB"  # storage.target.DB_ENV (that module loads SQLAlchemy)


def create_application(argv: list[str], language: str) -> QApplication:
    """Return the QApplication (creating it once), named, iconed and translated."""
    app = named_application(argv)
    if not app.property("rehabmeetTranslated"):  # the key file's passphrase prompt may have come first
        install_translators(app, language)
        app.setProperty("rehabmeetTranslated", True)
    return app


def build_main_window(context: AppContext, clock: Clock | None = None, *, ask_person: bool = False) -> MainWindow:
    """Open the database and build the main window for it (raises UserFacingError on problems).

    Args:
        clock: the meeting clock (tests pass a fake one); the real one by default.
        ask_person: ask who works at this laptop when nobody was chosen (the real start does).
    """
    if ask_person:
        ask_at_start(context)  # before the services: they name the person who acts
    services = open_services(context, clock)
    _apply_appearance(context.paths.config_dir)
    window = new_main_window(context, services)
    for step in window_steps(context, window, services):
        step()
    return window


def open_services(context: AppContext, clock: Clock | None = None) -> Services:
    """Open the database and the services on it (no Qt: the staged start runs it on a worker thread)."""
    database = context.database()
    log.info("database open: %s, schema %s", context.target.display_name, database.schema.current)
    services = context.services(clock)
    services.preparation.wipe_expired()  # an expired agenda pack leaves this laptop at the next start
    return services


def new_main_window(context: AppContext, services: Services) -> MainWindow:
    """The main window, not yet filled (:func:`window_steps` fill it)."""
    from rehabmeet.ui.shell.main_window import MainWindow

    return MainWindow(services, WindowState(context.paths.config_dir))


def window_steps(context: AppContext, window: MainWindow, services: Services) -> list[Callable[[], None]]:
    """Fill the window from the database, then follow changes made on other laptops as they happen."""

    def live() -> None:
        from rehabmeet.ui.shell.live_updates import LiveUpdates

        window.live = LiveUpdates(window, context.database(), services.actor)
        window.live.start()

    return [lambda: window.load(context.select_meeting_id), live]


def _apply_appearance(config_dir: Path) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_appearance(app, load_preferences(config_dir))


def claim_instance(context: AppContext) -> QLockFile:
    """Lock the data folder for this window, or refuse: two RehabMeet windows on one data folder could
    overwrite each other's unsaved work (the command line may still run beside one window)."""
    return claim_folder(context.paths)


def claim_folder(paths: AppPaths) -> QLockFile:
    """:func:`claim_instance` before the context is complete (the staged start)."""
    paths.ensure()
    lock = QLockFile(str(paths.data_dir / "rehabmeet.lock"))
    lock.setStaleLockTime(0)  # a lock left by a crashed RehabMeet (its process is gone) is taken over
    if lock.tryLock(200):
        return lock
    if lock.error() == QLockFile.LockError.PermissionError:
        raise read_only_folder()
    if lock.error() == QLockFile.LockError.UnknownError:  # e.g. a full disk refused the lock file
        raise UserFacingError(
            QCoreApplication.translate(
                "Startup", "RehabMeet cannot write in its data folder {folder}: is the disk full or removed?"
            ).format(folder=paths.data_dir)
        )
    info = lock.getLockInfo()  # (pid, host, application) in PySide6
    pid, host = (info[-3], info[-2]) if len(info) >= 3 else ("?", "?")
    message = QCoreApplication.translate(
        "Startup",
        "RehabMeet is already open with this data folder (process {pid} on {host}); "
        "switch to that window, or close it first",
    )
    raise UserFacingError(message.format(pid=pid, host=host))


def run_gui(argv: list[str], context: AppContext) -> int:
    """Start the GUI and return its exit status; problems the user can act on end in a message box."""
    app = create_application(argv, context.language)
    try:
        lock = claim_instance(context) if context.target.is_sqlite else None
        window = build_main_window(context, ask_person=_someone_to_ask(app))
    except Exception as exc:
        return _start_failed(app, context.paths, exc)
    return _run_shown(app, window, lock, _probe())


def run_window(argv: list[str], options: argparse.Namespace) -> int:
    """The bare ``rehabmeet``: the window with the day first, the rest loaded behind it (``ui/first_paint.py``).

    ``options`` are the command line's (``cli.window_parser``). Every refusal is the one ``run_gui`` gives.
    """
    paths, language = first_choices(home=options.home, language=options.lang, passphrase_file=options.passphrase_file)
    configure_logging_in(paths, debug=options.debug)
    app = create_application(argv, language)

    def make_context() -> AppContext:
        context = finish_context(paths, language, db=options.db, debug=options.debug, user=options.user)
        context.database_key = first.key
        return context

    if options.db is not None or os.environ.get(DB_ENV):  # PostgreSQL or another file: the usual path
        context = finish_context(paths, language, db=options.db, debug=options.debug, user=options.user)
        try:
            return run_gui(argv, context)
        finally:
            context.close()
    try:
        lock = claim_folder(paths)
        _apply_appearance(paths.config_dir)  # before the first frame: a dark theme is dark from the start
        first = show_first_frame(paths.database_file.expanduser().resolve(), paths.config_dir)
    except Exception as exc:
        return _start_failed(app, paths, exc)
    if first.window is None or (_someone_to_ask(app) and resolve_person(options.user, paths.config_dir)[1] == "system"):
        # no day to show first, or nobody chose who works here: the usual path, which asks (Who am I)
        if first.window is not None:
            first.window.close()
        context = make_context()
        try:
            try:
                window = build_main_window(context, ask_person=_someone_to_ask(app))
            except Exception as exc:
                return _start_failed(app, paths, exc)
            return _run_shown(app, window, lock, _probe())
        finally:
            context.close()
    return _run_staged(app, first, make_context, lock, paths)


def _run_staged(
    app: QApplication, frame: FirstFrame, make_context: Callable[[], AppContext], lock: QLockFile, paths: AppPaths
) -> int:
    """Show the first frame, build the main window behind it, swap; exit status as :func:`run_gui`."""
    first = frame.window
    assert first is not None
    probe = _probe()
    outcome: dict[str, Any] = {}
    app.aboutToQuit.connect(lock.unlock)
    close_splash()
    _quit_on_sigterm(app)
    if probe is not None:
        probe.shown()

    def finished(window: MainWindow) -> None:
        window.setProperty("instanceLock", True)
        if not (first.isMaximized() or first.isFullScreen()):  # where the user may have moved it meanwhile
            window.setGeometry(first.geometry())
        window.show()
        first.close()
        first.deleteLater()
        if probe is not None:
            probe.ready()

    def failed(exc: BaseException) -> None:
        app.setQuitOnLastWindowClosed(False)  # the exit status is the refusal's, not that of a closed window
        first.close()
        try:
            status = _start_failed(app, paths, exc)
        except BaseException as unexplained:  # a bug: re-raised after the loop, so the CLI logs it
            outcome["error"] = unexplained
            status = EXIT_ERROR
        app.exit(status)

    def build(context: AppContext, services: Services) -> MainWindow:
        window = new_main_window(context, services)
        outcome["window"] = window  # kept alive until the loop ends
        return window

    staged = StagedStart(frame, make_context, open_services, build, window_steps, finished, failed)
    staged.start()
    try:
        status = app.exec()
    finally:
        staged.stop()
        if staged.context is not None:
            staged.context.close()
    if "error" in outcome:
        raise outcome["error"]
    return status


def _start_failed(app: QApplication, paths: AppPaths, exc: BaseException) -> int:
    """Explain a failed start as one sentence (message box and stderr); re-raise a bug for the CLI to log."""
    if isinstance(exc, UserFacingError):
        return _refuse(app, str(exc))
    known = explain(exc) if isinstance(exc, Exception) else None
    if known is None:
        _tell(
            app,
            QCoreApplication.translate(
                "Startup", "RehabMeet could not start ({error}); see the log in {folder}"
            ).format(error=type(exc).__name__, folder=paths.log_dir),
        )
        raise exc
    return _refuse(app, str(known))


def _run_shown(app: QApplication, window: MainWindow, lock: QLockFile | None, probe: StartupProbe | None) -> int:
    window.setProperty("instanceLock", lock is not None)
    app.aboutToQuit.connect(lambda: lock.unlock() if lock is not None else None)
    window.show()
    close_splash()
    _quit_on_sigterm(app)
    if probe is not None:
        probe.shown()
        probe.ready()
    return app.exec()


def _probe() -> StartupProbe | None:
    app = QApplication.instance()
    return StartupProbe(app) if os.environ.get(STARTUP_PROBE_ENV) and isinstance(app, QApplication) else None


def _someone_to_ask(app: QApplication) -> bool:
    """A person can answer a question at start: a real screen, and not the start-up benchmark."""
    return app.platformName() != "offscreen" and not os.environ.get(STARTUP_PROBE_ENV)


def _quit_on_sigterm(app: QApplication) -> None:
    """SIGTERM (logout, ``kill``) closes the window like File → Quit, so exit handlers remove scratch
    folders and kill converters (``rehabmeet.scratch``); a timer lets Python see the signal in Qt's loop."""
    import signal

    if not hasattr(signal, "SIGTERM") or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        return
    signal.signal(signal.SIGTERM, lambda _signum, _frame: app.quit())
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)
    ticker.start(500)


def _refuse(app: QApplication, message: str) -> int:
    log.warning("start-up refused: %s", message)
    print(f"error: {message}", file=sys.stderr)
    _tell(app, message)
    return EXIT_ERROR


def _tell(app: QApplication, message: str) -> None:
    """Say why the window will not open: the splash goes first, then a message box (none offscreen)."""
    close_splash()
    if app.platformName() != "offscreen":
        show_error(None, message)
