"""Every released schema upgrades to this version with its data intact (qutebrowser/Anki style fixtures).

Each ``tests/data/db/release-<version>.sql.xz`` is the demo day (seven cases, two heard with finalised
indstillinger, a decision and signed letters; no history) as the released RehabMeet wrote it, dumped as SQL
(``tests/data/db/README.md`` says how). The test loads it into a fresh SQLCipher database, opens it with this
RehabMeet — which migrates it — and checks what a user would notice: the cases, the meeting day, the
indstillinger, the signed letters byte for byte, and the event log's chain.
"""

from __future__ import annotations

import hashlib
import json
import lzma
from pathlib import Path

import pytest
from sqlalchemy import text

from rehabmeet.cli import main
from rehabmeet.paths import resolve_paths
from rehabmeet.storage.engine import create_sqlcipher_engine
from rehabmeet.storage.keys import load_or_create_key
from rehabmeet.storage.schema import head_revision
from rehabmeet.storage.target import resolve_target
from tests.helpers.db import open_home_database

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "data" / "db").glob("release-*.sql.xz"))
DEMO_REFS = [f"DEMO-2026-00{n}" for n in range(1, 8)]


def _load_release(home: Path, fixture: Path) -> dict[int, str]:
    """Write the released database under ``home``; return its signed letters' hashes by id."""
    paths = resolve_paths(home).ensure()
    target = resolve_target(paths)
    engine = create_sqlcipher_engine(target, load_or_create_key(paths.database_file))
    raw = engine.raw_connection()
    try:  # the dump lists tables by name, not by their foreign keys: check those once all are in
        raw.driver_connection.execute("PRAGMA foreign_keys=OFF")
        raw.driver_connection.executescript(lzma.decompress(fixture.read_bytes()).decode("utf-8"))
        assert raw.driver_connection.execute("PRAGMA foreign_key_check").fetchall() == []
        raw.driver_connection.execute("PRAGMA foreign_keys=ON")
    finally:
        raw.close()
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT id, content FROM issued_document")).all()
    engine.dispose()
    return {row.id: hashlib.sha256(row.content).hexdigest() for row in rows}


def test_there_is_a_fixture_for_the_first_release() -> None:
    assert [f.name for f in FIXTURES][:1] == ["release-0.1.0.sql.xz"]


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.name.removesuffix(".sql.xz") for f in FIXTURES])
def test_a_released_database_opens_migrated_with_its_data(
    isolated_environment: Path, fixture: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed_before = _load_release(isolated_environment, fixture)
    assert signed_before, "the fixture holds signed letters"

    database = open_home_database(isolated_environment)
    assert database.schema.current == head_revision()
    with database.engine.connect() as connection:
        agenda = connection.execute(text("SELECT count(*) FROM agenda_item")).scalar_one()
        finalised = connection.execute(text("SELECT count(*) FROM indstilling WHERE status = 'final'")).scalar_one()
        letters = connection.execute(text("SELECT id, content FROM issued_document")).all()
    database.close()
    assert agenda == len(DEMO_REFS)
    assert finalised == 2
    assert {row.id: hashlib.sha256(row.content).hexdigest() for row in letters} == signed_before

    assert main(["cases", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted(case["case_ref"] for case in listed) == DEMO_REFS

    assert main(["log", "verify"]) == 0, capsys.readouterr().err
