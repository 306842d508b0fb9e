"""Import works when the temp folder is deep: the document reader's forkserver cannot put its socket
there (AF_UNIX paths are at most 107 bytes), so the reader is spawned instead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rehabmeet.bundles.writer import write_bundle_zip
from tests.helpers.bundles import small_spec


def test_an_import_with_a_temp_folder_too_deep_for_a_unix_socket_succeeds(
    isolated_environment: Path, tmp_path: Path
) -> None:
    deep = tmp_path / ("t" * 60) / ("e" * 60)
    deep.mkdir(parents=True)
    bundle = write_bundle_zip(small_spec(), tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "rehabmeet", "import", str(bundle)],
        env={**os.environ, "TMPDIR": str(deep)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "imported" in result.stdout
