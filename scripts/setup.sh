#!/bin/sh
# Set up RehabMeet on Debian/Ubuntu with Python >= 3.11: system libraries Qt needs, a virtual
# environment in .venv, and RehabMeet itself.
#   scripts/setup.sh          the app
#   scripts/setup.sh --test   the app, the test extras and the tools the tests use
set -eu
cd "$(dirname "$0")/.."

mode=${1:-app}
case "$mode" in app|--test) ;; *) echo "usage: scripts/setup.sh [--test]" >&2; exit 2 ;; esac

# Libraries the Qt xcb/offscreen platform plugins load, and a font with every Danish glyph.
packages="python3-venv python3-pip libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core"
if [ "$mode" = "--test" ]; then
  # Xvfb for screenshots, poppler-utils (pdftoppm) to render PDFs, PostgreSQL for the shared-database tests.
  packages="$packages xvfb poppler-utils postgresql"
fi

if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  # shellcheck disable=SC2086 # the package list is meant to split
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $packages >/dev/null
else
  echo "apt-get not found: install the Qt runtime libraries listed in scripts/setup.sh yourself" >&2
fi

python3 - <<'PY'
import sys
if sys.version_info < (3, 11):
    sys.exit(f"RehabMeet needs Python 3.11 or newer; this is {sys.version.split()[0]}")
PY
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$mode" = "--test" ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
