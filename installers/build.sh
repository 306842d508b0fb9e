#!/bin/sh
# Build the Linux one-folder bundle: build/dist/rehabmeet/rehabmeet (run from a checkout after scripts/setup.sh).
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
"$PYTHON" -m pip install --quiet "pyinstaller>=6.10"
"$PYTHON" -m PyInstaller installers/rehabmeet.spec --noconfirm --clean --distpath build/dist --workpath build/work
echo "built build/dist/rehabmeet/rehabmeet; check it with installers/smoke_test.sh"
