"""Property test: mutated manifests and zip entries never raise, never half-write, never leave files outside.

``REHABMEET_FUZZ_EXAMPLES`` sets the number of examples (CI default 150; a nightly run uses more).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from rehabmeet.bundles.importer import BundleImporter
from rehabmeet.bundles.outcome import ImportStatus
from tests.helpers.bundles import Members, dump_rows, valid_members, write_zip
from tests.helpers.db import open_home_database

EXAMPLES = int(os.environ.get("REHABMEET_FUZZ_EXAMPLES", "150"))
BASE = valid_members()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


MANIFEST = json.loads(BASE["manifest.json"])
MANIFEST_PATHS = [p for p in _paths(MANIFEST) if p]


@st.composite
def mutated_manifest(draw: st.DrawFn) -> Members:
    manifest = json.loads(BASE["manifest.json"])
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(MANIFEST_PATHS))
        parent: Any = manifest
        try:
            for key in path[:-1]:
                parent = parent[key]
            if draw(st.booleans()) and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = draw(json_values)
        except (KeyError, IndexError, TypeError):
            continue
    return {**BASE, "manifest.json": json.dumps(manifest).encode("utf-8")}


@st.composite
def mutated_entries(draw: st.DrawFn) -> Members:
    members = dict(BASE)
    name = draw(st.sampled_from(sorted(members)))
    data = bytearray(members[name])
    action = draw(st.sampled_from(["flip", "truncate", "rename", "drop", "garbage"]))
    if action == "flip" and data:
        for _ in range(draw(st.integers(1, 8))):
            data[draw(st.integers(0, len(data) - 1))] ^= draw(st.integers(1, 255))
        members[name] = bytes(data)
    elif action == "truncate":
        members[name] = bytes(data[: draw(st.integers(0, len(data)))])
    elif action == "rename":
        members[draw(st.text(min_size=1, max_size=40))] = members.pop(name)
    elif action == "drop":
        members.pop(name)
    else:
        members[name] = draw(st.binary(max_size=300))
    return members


def _files_outside(home: Path, *folders: Path) -> set[Path]:
    """Files in ``folders`` and beside the home folder, not inside RehabMeet's own home folder."""
    roots = [home.parent, *folders]
    return {p for root in roots for p in root.rglob("*") if p.is_file() and home not in p.parents}


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(members=st.one_of(mutated_manifest(), mutated_entries()))
def test_mutated_bundles_never_raise_or_half_write(isolated_environment: Path, members: Members) -> None:
    database = open_home_database(isolated_environment)
    try:
        with tempfile.TemporaryDirectory() as folder:
            try:
                path = write_zip(members, Path(folder) / "fuzz.rmb.zip")
            except (ValueError, UnicodeEncodeError, IndexError):
                return  # a name the zip format itself cannot hold (zipfile's own writer fails on it)
            before = dump_rows(database.engine)
            outside = _files_outside(isolated_environment, Path(folder))
            outcome = BundleImporter(database.sessions, actor="fuzz").import_path(path)
            assert _files_outside(isolated_environment, Path(folder)) == outside  # nothing unpacked next to it
            event(outcome.status.value)
            assert outcome.status in (ImportStatus.IMPORTED, ImportStatus.UNCHANGED, ImportStatus.REFUSED)
            assert "\n" not in outcome.message and outcome.message.startswith("fuzz.rmb.zip")
            assert "could not be checked" not in outcome.message  # a bug the importer caught for the batch
            if outcome.status is not ImportStatus.IMPORTED:
                assert dump_rows(database.engine) == before
    finally:
        database.close()
