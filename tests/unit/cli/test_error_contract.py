"""The CLI's contract: errors are one line `error: …` on stderr with exit status 2, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import text

from rehabmeet.cli import main
from tests.helpers.db import open_home_database


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the real `rehabmeet` entry point in a subprocess with the test's environment."""
    return subprocess.run(
        [sys.executable, "-m", "rehabmeet", *args], capture_output=True, text=True, timeout=120, check=False
    )


def _assert_one_error_line(stderr: str, expected: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("error: ")
    assert expected in lines[0]
    assert "Traceback" not in stderr


def test_unknown_sub_command_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["no-such-command"])
    assert exited.value.code == 2
    _assert_one_error_line(capsys.readouterr().err, "invalid choice: 'no-such-command'")


def test_newer_database_is_refused_by_the_real_command(isolated_environment: Path) -> None:
    database = open_home_database(isolated_environment)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.close()
    result = run_cli("cases")
    assert result.returncode == 2
    _assert_one_error_line(result.stderr, "written by a newer RehabMeet")


def test_debug_shows_the_traceback(isolated_environment: Path) -> None:
    database = open_home_database(isolated_environment)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.close()
    result = run_cli("--debug", "cases")
    assert result.returncode == 2
    assert "Traceback" in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("error: ")


def test_unsupported_database_url(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "mysql://localhost/x", "cases"]) == 2
    _assert_one_error_line(capsys.readouterr().err, "the database kind 'mysql' is not supported")


def test_key_in_url_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "sqlite://:secret@/tmp/x.db", "cases"]) == 2
    _assert_one_error_line(capsys.readouterr().err, "do not put a database key in the URL")


def test_no_keyring_is_one_sentence_with_what_to_do(capsys: pytest.CaptureFixture[str]) -> None:
    keyring.set_keyring(fail.Keyring())
    assert main(["cases"]) == 2
    _assert_one_error_line(capsys.readouterr().err, "no secure keyring was found")


def test_db_check_without_a_database_changes_nothing(
    isolated_environment: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "check"]) == 2
    _assert_one_error_line(capsys.readouterr().err, "there is no database at")
    assert not (isolated_environment / "data" / "rehabmeet.db").exists()


def test_db_upgrade_then_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade"]) == 0
    assert "upgraded from schema none to" in capsys.readouterr().out
    assert main(["db", "upgrade"]) == 0
    assert "already up to date" in capsys.readouterr().out
    assert main(["db", "check"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ok: ") and "SQLCipher-encrypted" in out and "integrity ok" in out


def test_home_option_overrides_the_environment(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "elsewhere"
    assert main(["--home", str(other), "db", "upgrade"]) == 0
    assert (other / "data" / "rehabmeet.db").is_file()


def test_a_reader_that_stops_early_is_no_error(demo_home: Path) -> None:
    """Issue 21: `rehabmeet cases --json | head -c 100` printed "error: unexpected BrokenPipeError", exit 2.
    The reader here goes away before the command writes anything (it is still starting up)."""
    with subprocess.Popen(
        [sys.executable, "-m", "rehabmeet", "cases", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        stderr = process.stderr.read().decode()
        assert process.wait(timeout=120) == 0, stderr
    assert stderr == ""
