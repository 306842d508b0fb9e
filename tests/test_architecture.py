"""The architecture holds: the core never imports Qt, layers point one way, lint and types pass."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def test_import_linter_contracts_are_kept() -> None:
    result = _run(str(BIN / "lint-imports"), "--config", "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_whole_core_loads_without_qt() -> None:
    core = [
        "rehabmeet.cli",
        "rehabmeet.commands",
        "rehabmeet.demo.day",
        "rehabmeet.bundles.importer",
        "rehabmeet.services.registry",
        "rehabmeet.storage.database",
    ]
    code = f"import sys; import {', '.join(core)}; sys.exit('PySide6' in sys.modules)"
    assert _run(sys.executable, "-c", code).returncode == 0


def test_ruff_finds_nothing() -> None:
    result = _run(str(BIN / "ruff"), "check", "rehabmeet", "tests", "benchmarks", "scripts")
    assert result.returncode == 0, result.stdout


def test_mypy_strict_on_the_core() -> None:
    result = _run(sys.executable, "-m", "mypy", "--no-incremental")
    assert result.returncode == 0, result.stdout


def test_modules_stay_within_the_size_budget() -> None:
    too_long = {
        str(path.relative_to(ROOT)): lines
        for path in (ROOT / "rehabmeet").rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 500
    }
    assert too_long == {}
