"""Offline packs: export an 8-case, 400-page agenda pack; import and merge 8 members' notes, 1,000 each.

Run: .venv/bin/python benchmarks/packs.py [--runs 3]

- Set-up (not timed): 8 cases of 260 pages imported, one meeting day with them and 8 invited
  members; each case's meeting set is capped at 50 pages, so a pack holds 8 × 50 = 400 pages.
- Export: ``AgendaPackService.export`` for one member (summary PDFs built, packed, encrypted with
  scrypt + AES-256-GCM, written), and for all 8 members (the PDFs are built once per discipline).
- Merge: 8 annotation packs of 1,000 shared notes each (written by ``PreparationService`` on a
  member database), imported on the leader's database with ``NoteMergeService.import_pack``
  (decrypt, check, merge into the lanes), timed over all 8 files.
- Reference, same run: the bare scrypt key derivation (paid once per pack) and AES-GCM over the
  same payload size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from datetime import time as clock_time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine_line  # noqa: E402

sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.helpers.file_keyring.FileKeyring")

from rehabmeet.bundles.importer import BundleImporter  # noqa: E402
from rehabmeet.bundles.writer import write_bundle_zip  # noqa: E402
from rehabmeet.demo.day import DemoService  # noqa: E402
from rehabmeet.models import Team, TeamMember  # noqa: E402
from rehabmeet.paths import resolve_paths  # noqa: E402
from rehabmeet.services.planning import MeetingDraft, MeetingPlanService  # noqa: E402
from rehabmeet.services.preparation import Anchor, PreparationService  # noqa: E402
from rehabmeet.services.registry import build_services  # noqa: E402
from rehabmeet.storage.database import Database, open_database  # noqa: E402
from rehabmeet.storage.target import resolve_target  # noqa: E402
from tests.helpers.bundles import big_spec  # noqa: E402

CASES, MEMBERS, NOTES = 8, 8, 1000


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def _open(folder: Path) -> Database:
    return open_database(resolve_target(resolve_paths(folder).ensure()))


def _meeting(database: Database, scratch: Path) -> int:
    DemoService(database.sessions, actor="bench").create()  # the team and its members
    importer = BundleImporter(database.sessions, actor="bench")
    ids = []
    for n in range(CASES):
        outcome = importer.import_path(write_bundle_zip(big_spec(f"BENCH-{n + 1:02d}"), scratch))
        assert outcome.case_id is not None, outcome.message
        ids.append(outcome.case_id)
    with database.sessions.begin() as session:
        team = session.query(Team).one()
        for name in ("Extra Medlem 1", "Extra Medlem 2"):
            session.add(TeamMember(team_id=team.id, name=name, discipline="social", sort_order=99))
    with database.sessions.begin() as session:
        members = [m.id for m in session.query(TeamMember).filter(TeamMember.discipline != "ad_hoc")][:MEMBERS]
    plan = MeetingPlanService(database.sessions, actor="bench")
    meeting_id = plan.create_meeting(
        MeetingDraft(date(2026, 12, 3), clock_time(9, 0), "Benchmark", None, None, None, tuple(members))
    )
    plan.add_cases(meeting_id, ids)
    return meeting_id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="rehabmeet-bench-packs-"))
    os.environ["REHABMEET_TEST_KEYRING_FILE"] = str(scratch / "keyring.json")
    leader = _open(scratch / "leader")
    meeting_id = _meeting(leader, scratch)
    services = build_services(leader, actor="bench", certificates_dir=scratch / "certs")

    one, everyone = [], []
    for run in range(args.runs):
        first_member = {next(iter(_invited(leader, meeting_id)))}
        start = time.perf_counter()
        (pack,) = services.packs.export(meeting_id, scratch / f"one-{run}", member_ids=first_member)
        one.append(time.perf_counter() - start)
        start = time.perf_counter()
        packs = services.packs.export(meeting_id, scratch / f"all-{run}")
        everyone.append(time.perf_counter() - start)
    assert pack.cases == CASES and pack.pages >= 400, (pack.cases, pack.pages)

    member_db = _open(scratch / "member")
    member = PreparationService(member_db.sessions, actor="bench")
    note_files = []
    for n, written in enumerate(packs[:MEMBERS]):
        opened = member.open_pack(written.path, written.passphrase)
        for k in range(NOTES):
            case = opened.cases[k % len(opened.cases)]
            anchor = Anchor(1 + k % case.pages, 0.2, 0.3) if k % 2 else None
            member.add(
                case.id, "page_note" if anchor else "point", f"Note {k} fra {written.member_name}", anchor, shared=True
            )
        note_files.append(scratch / f"notes-{n}.rmpack")
        member.export_notes(opened.pack_id, note_files[-1])
    start = time.perf_counter()
    if os.environ.get("BENCH_PROFILE"):
        import cProfile

        profile = cProfile.Profile()
        results = profile.runcall(lambda: [services.note_merge.import_pack(path) for path in note_files])
        profile.dump_stats(os.environ["BENCH_PROFILE"])
    else:
        results = [services.note_merge.import_pack(path) for path in note_files]
    merge = time.perf_counter() - start
    assert sum(r.added for r in results) == MEMBERS * NOTES

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from rehabmeet.sync.container import _keys

    start = time.perf_counter()
    _keys("AAAA-BBBB-CCCC-DDDD-EEEE", os.urandom(16), {"n": 2**14, "r": 8, "p": 1})
    kdf = time.perf_counter() - start
    size = pack.path.stat().st_size
    start = time.perf_counter()
    AESGCM(os.urandom(32)).encrypt(os.urandom(12), os.urandom(size), b"")
    aes = time.perf_counter() - start
    member_db.close()
    leader.close()

    print(machine_line())
    print(
        f"export one member's pack ({pack.cases} cases, {pack.pages} pages, {size / 2**20:.1f} MiB): "
        f"median {_ms(statistics.median(one))}, max {_ms(max(one))} (goal ≤ 5,000 ms)"
    )
    print(f"export all {len(packs)} members' packs: median {_ms(statistics.median(everyone))}")
    print(f"import + merge {MEMBERS} annotation packs × {NOTES} notes: {_ms(merge)} (goal ≤ 2,000 ms)")
    print(f"reference: scrypt key derivation {_ms(kdf)}; AES-256-GCM over {size / 2**20:.1f} MiB {_ms(aes)}")


def _invited(database: Database, meeting_id: int) -> list[int]:
    from rehabmeet.models import MeetingMember

    with database.sessions.begin() as session:
        return [m.member_id for m in session.query(MeetingMember).filter(MeetingMember.meeting_id == meeting_id)]


if __name__ == "__main__":
    main()
