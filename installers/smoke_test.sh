#!/bin/sh
# Check a built bundle: the CLI runs, the demo day is created, a sample bundle imports, the window opens
# offscreen on the demo and closes (from both executables), the event log verifies.
# Uses a throw-away home folder and a private, throw-away GNOME Keyring (never the user's own).
set -eu
cd "$(dirname "$0")/.."
# RehabMeet keeps its database key in the OS keyring: run in a private session bus with an unlocked
# GNOME Keyring of its own (Debian: apt install gnome-keyring dbus) for the duration of the test.
if [ -z "${REHABMEET_SMOKE_BUS:-}" ]; then
    SCRATCH="$(mktemp -d)"
    trap 'rm -rf "$SCRATCH"' EXIT
    export REHABMEET_SMOKE_BUS=1 XDG_DATA_HOME="$SCRATCH/data" XDG_RUNTIME_DIR="$SCRATCH/run"
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    dbus-run-session -- sh -c 'printf "smoke\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "$0" "$@"' "$0" "$@"
    exit $?
fi
BIN="${1:-build/dist/rehabmeet/rehabmeet}"
HOME_DIR="$(mktemp -d)"
trap 'rm -rf "$HOME_DIR"' EXIT
export REHABMEET_HOME="$HOME_DIR/home" QT_QPA_PLATFORM=offscreen
if ! "$BIN" --version >/dev/null 2>&1; then echo "smoke test: $BIN does not start" >&2; exit 1; fi
"$BIN" --version
"$BIN" demo --no-gui
"$BIN" import tests/data/samples/REH-2026-0101.rmb.zip
# The splash is painted first, then the main window is shown (the probe prints a line for each).
REHABMEET_STARTUP_PROBE=1 "$BIN" > "$HOME_DIR/cli.out"
grep -q "REHABMEET_STARTUP_PROBE splash_at=" "$HOME_DIR/cli.out" || { echo "smoke test: no splash" >&2; exit 1; }
grep -q "REHABMEET_STARTUP_PROBE shown_at=" "$HOME_DIR/cli.out" || { echo "smoke test: no window" >&2; exit 1; }
GUI="$(dirname "$BIN")/rehabmeet-gui"
if [ -x "$GUI" ]; then
    # The windowed executable opens the same window (the probe's line goes to a file: it has no console on Windows).
    REHABMEET_STARTUP_PROBE=1 "$GUI" > "$HOME_DIR/gui.out" || { echo "smoke test: $GUI failed" >&2; exit 1; }
    grep -q "REHABMEET_STARTUP_PROBE shown_at=" "$HOME_DIR/gui.out" || { echo "smoke test: no window from $GUI" >&2; exit 1; }
fi
"$BIN" log verify
echo "smoke test passed: $BIN"
