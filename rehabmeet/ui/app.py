"""The one composition root: QApplication, translators, database, services, main window — in order."""

from __future__ import annotations

import logging
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtWidgets import QApplication

from rehabmeet.context import AppContext
from rehabmeet.errors import UserFacingError
from rehabmeet.meeting.clock import Clock
from rehabmeet.settings.preferences import load_preferences
from rehabmeet.storage.failures import explain, read_only_folder

from rehabmeet.ui.shared.appearance import apply_appearance
from rehabmeet.ui.shared.dialogs import show_error
from rehabmeet.ui.shell.application import named_application
from rehabmeet.ui.shell.live_updates import LiveUpdates
from rehabmeet.ui.shell.main_window import MainWindow
from rehabmeet.ui.shell.splash import STARTUP_PROBE_ENV, close_splash
from rehabmeet.ui.shell.translations import install_translators
from rehabmeet.ui.shell.who_am_i import ask_at_start
from rehabmeet.ui.shell.window_state import WindowState

log = logging.getLogger(__name__)
EXIT_ERROR = 2


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
    database = context.database()
    log.info("database open: %s, schema %s", context.target.display_name, database.schema.current)
    if ask_person:
        ask_at_start(context)
    services = context.services(clock)
    services.preparation.wipe_expired()  # an expired agenda pack leaves this laptop at the next start
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_appearance(app, load_preferences(context.paths.config_dir))
    window = MainWindow(services, WindowState(context.paths.config_dir))
    window.load(context.select_meeting_id)
    window.live = LiveUpdates(window, database, services.actor)  # changes made on other laptops, shown as they happen
    window.live.start()
    return window


def claim_instance(context: AppContext) -> QLockFile:
    """Lock the data folder for this window, or refuse: two RehabMeet windows on one data folder could
    overwrite each other's unsaved work (the command line may still run beside one window)."""
    context.paths.ensure()
    lock = QLockFile(str(context.paths.data_dir / "rehabmeet.lock"))
    lock.setStaleLockTime(0)  # a lock left by a crashed RehabMeet (its process is gone) is taken over
    if lock.tryLock(200):
        return lock
    if lock.error() == QLockFile.LockError.PermissionError:
        raise read_only_folder()
    if lock.error() == QLockFile.LockError.UnknownError:  # e.g. a full disk refused the lock file
        raise UserFacingError(
            QCoreApplication.translate(
                "Startup", "RehabMeet cannot write in its data folder {folder}: is the disk full or removed?"
            ).format(folder=context.paths.data_dir)
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
    except UserFacingError as exc:
        return _refuse(app, str(exc))
    except Exception as exc:  # a disk or database failure explained in one sentence; else a bug, logged by the CLI
        known = explain(exc)
        if known is None:
            _tell(
                app,
                QCoreApplication.translate(
                    "Startup", "RehabMeet could not start ({error}); see the log in {folder}"
                ).format(error=type(exc).__name__, folder=context.paths.log_dir),
            )
            raise
        return _refuse(app, str(known))
    window.setProperty("instanceLock", lock is not None)
    app.aboutToQuit.connect(lambda: lock.unlock() if lock is not None else None)
    window.show()
    close_splash()
    _quit_on_sigterm(app)
    if os.environ.get(STARTUP_PROBE_ENV):
        QTimer.singleShot(0, lambda: _report_started(app))
    return app.exec()


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


def _report_started(app: QApplication) -> None:
    """Benchmark hook: print the wall-clock time and peak RSS once the window is up, then quit."""
    import resource  # Unix only, like the benchmark that sets the probe

    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{STARTUP_PROBE_ENV} shown_at={time.time():.6f} maxrss_kib={rss_kib}", flush=True)
    app.quit()
