"""A real PostgreSQL server for the shared-database tests, started in a temporary folder.

Uses Debian's ``postgresql`` package (``scripts/setup.sh --test`` installs it). As root, the server
runs as the ``postgres`` user (PostgreSQL refuses to run as root). When no server can be started
the tests that need one are skipped with the reason, so the skip is visible in the report.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server could be started here (the message says why)."""


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a throw-away server; yield its base URL (``postgresql+psycopg://postgres@127.0.0.1:PORT``)."""
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    if not initdb or not pg_ctl:
        raise PostgresUnavailable("PostgreSQL is not installed (Debian: apt install postgresql)")
    run_as: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            raise PostgresUnavailable("running as root without runuser; PostgreSQL refuses to run as root")
        run_as = ["runuser", "-u", "postgres", "--"]
    folder = Path(tempfile.mkdtemp(prefix="rehabmeet-pg-"))
    data = folder / "data"
    if run_as:
        shutil.chown(folder, "postgres", "postgres")
    port = _free_port()
    try:
        _run([*run_as, initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"])
        options = f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off"
        _run([*run_as, pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "-t", "30", "start"])
    except (OSError, subprocess.CalledProcessError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise PostgresUnavailable(f"PostgreSQL could not start: {exc}") from exc
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run([*run_as, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True, check=False)
        time.sleep(0.1)
        shutil.rmtree(folder, ignore_errors=True)


class RestartableServer:
    """A throw-away server a test may stop and start again (the server-stop test of issue 20)."""

    def __init__(self, url: str, stop: list[str], start: list[str]) -> None:
        self.url = url
        self._stop, self._start = stop, start

    def stop(self) -> None:
        subprocess.run(self._stop, capture_output=True, check=True, timeout=60)

    def start(self) -> None:
        subprocess.run(self._start, capture_output=True, check=True, timeout=60)


@contextmanager
def restartable_postgres_server() -> Iterator[RestartableServer]:
    """Like :func:`postgres_server`, but the test can stop and restart it (same port, same data)."""
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    if not initdb or not pg_ctl:
        raise PostgresUnavailable("PostgreSQL is not installed (Debian: apt install postgresql)")
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 and shutil.which("runuser") else []
    if os.geteuid() == 0 and not run_as:
        raise PostgresUnavailable("running as root without runuser; PostgreSQL refuses to run as root")
    folder = Path(tempfile.mkdtemp(prefix="rehabmeet-pg-"))
    data = folder / "data"
    if run_as:
        shutil.chown(folder, "postgres", "postgres")
    port = _free_port()
    options = f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off"
    start = [*run_as, pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "-t", "30", "start"]
    stop = [*run_as, pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"]
    try:
        _run([*run_as, initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"])
        _run(start)
    except (OSError, subprocess.CalledProcessError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise PostgresUnavailable(f"PostgreSQL could not start: {exc}") from exc
    try:
        yield RestartableServer(f"postgresql+psycopg://postgres@127.0.0.1:{port}", stop, start)
    finally:
        subprocess.run([*run_as, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True, check=False)
        time.sleep(0.1)
        shutil.rmtree(folder, ignore_errors=True)


def _run(command: list[str]) -> None:
    subprocess.run(command, check=True, capture_output=True, timeout=120)


def create_database(base_url: str, name: str) -> str:
    """Create database ``name`` on the server and return its URL."""
    import psycopg

    with psycopg.connect(base_url.replace("postgresql+psycopg", "postgresql") + "/postgres", autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    return f"{base_url}/{name}"
