#!/bin/sh
# Run every benchmark, one after the other, and print their figures.
# Usage: benchmarks/run_all.sh            (uses .venv/bin/python, or $PYTHON if set)
# Each script measures its own reference in the same run; copy the figures to benchmarks/README.md.
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
status=0
for script in startup import_bundle summary timer editor documents packs stats scale; do
    echo "== benchmarks/$script.py =="
    if ! "$PYTHON" "benchmarks/$script.py"; then
        echo "!! benchmarks/$script.py failed" >&2
        status=1
    fi
    echo
done
exit "$status"
