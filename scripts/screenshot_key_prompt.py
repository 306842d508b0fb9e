"""Screenshots of the key-file passphrase prompt on a real X display (issue 18).

Starts RehabMeet through its entry point, types a wrong passphrase, then the right one, and saves the
whole screen at each step: the prompt, the one-line "wrong passphrase" message, the main window.

    HOME=… PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \\
        REHABMEET_PASSPHRASE_FILE=pass.txt rehabmeet --home H demo --no-gui      # a home with a key file
    GOOD="$(cat pass.txt)" xvfb-run -a -s "-screen 0 1280x800x24" \\
        python scripts/screenshot_key_prompt.py OUT_FOLDER H
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from rehabmeet.__main__ import main

from rehabmeet.ui.shell.application import named_application

NAMES = ("1-prompt.png", "2-wrong-passphrase.png")


def drive(out: Path, home: str, good: str) -> int:
    app = named_application([])
    state: dict[str, object] = {"step": 0, "seen": None, "started": time.monotonic()}

    def shot(name: str) -> None:
        QGuiApplication.primaryScreen().grabWindow(0).save(str(out / name))

    def tick() -> None:
        step = int(str(state["step"]))
        if time.monotonic() - float(str(state["started"])) > 120:
            os._exit(3)
        modal = QApplication.activeModalWidget()
        if step < len(NAMES) and isinstance(modal, QDialog) and modal is not state["seen"] and modal.isVisible():
            state["seen"] = modal
            QTest.qWait(600)
            shot(NAMES[step])
            field = modal.focusWidget()
            QTest.keyClicks(field, "forkert passphrase" if step == 0 else good)
            QTest.keyClick(field, Qt.Key.Key_Return)
            state["step"] = step + 1
        elif step == len(NAMES):
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
            if windows:
                QTest.qWait(2500)
                shot("3-main-window.png")
                state["step"] = step + 1
                windows[0].close()
                QTimer.singleShot(500, app.quit)

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(300)
    return main(["--home", home])


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    sys.exit(drive(folder, sys.argv[2], os.environ["GOOD"]))
