"""Developer tool: take screenshots of RehabMeet's windows on the demo day, for looking at the UI.

Usage: python scripts/screenshots.py OUTDIR [--lang da|en]

Runs against a throw-away home folder (demo day created first) with the file-based test keyring;
uses the real platform plugin (run under Xvfb on a headless machine: ``xvfb-run -a``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", default="da", choices=("da", "en"))
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="rehabmeet-shots-"))
    os.environ.update(
        REHABMEET_HOME=str(scratch / "home"),
        REHABMEET_TEST_KEYRING_FILE=str(scratch / "keyring.json"),
        PYTHON_KEYRING_BACKEND="tests.helpers.file_keyring.FileKeyring",
        REHABMEET_LANG=args.lang,
    )
    from scenes import SCENES

    args.outdir.mkdir(parents=True, exist_ok=True)
    for name, scene in SCENES.items():
        scene(args.outdir / f"{name}-{args.lang}.png", args.lang)
        print(args.outdir / f"{name}-{args.lang}.png")


if __name__ == "__main__":
    main()
