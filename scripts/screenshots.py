"""Developer tool: take screenshots of RehabMeet's windows on the demo day, for looking at the UI.

Usage: python scripts/screenshots.py OUTDIR [--lang da|en] [--size 1280x800] [--large-text] [--only SCENE ...]

File names end in ``-<lang>-<width>x<height>[-large].png``. The whole matrix of the layout checks:
``for size in 1280x800 1366x768; do for lang in da en; do for large in "" --large-text; do
xvfb-run -a -s "-screen 0 1400x900x24" python scripts/screenshots.py shots --lang $lang --size $size $large;
done; done; done``.

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
    parser.add_argument("--size", default="1280x800", help="window size WIDTHxHEIGHT")
    parser.add_argument("--large-text", action="store_true", help="View → Large text on")
    parser.add_argument("--only", nargs="*", default=None, help="scene names (default: all)")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    scratch = Path(tempfile.mkdtemp(prefix="rehabmeet-shots-"))
    os.environ.update(
        REHABMEET_HOME=str(scratch / "home"),
        REHABMEET_TEST_KEYRING_FILE=str(scratch / "keyring.json"),
        PYTHON_KEYRING_BACKEND="tests.helpers.file_keyring.FileKeyring",
        REHABMEET_LANG=args.lang,
    )
    import scenes

    scenes.SHOT = scenes.Shot(width, height, args.large_text)
    suffix = f"{args.lang}-{width}x{height}" + ("-large" if args.large_text else "")
    args.outdir.mkdir(parents=True, exist_ok=True)
    for name, scene in scenes.SCENES.items():
        if args.only is not None and name not in args.only:
            continue
        scene(args.outdir / f"{name}-{suffix}.png", args.lang)
        print(args.outdir / f"{name}-{suffix}.png")


if __name__ == "__main__":
    main()
