"""The event log anchored outside the database: a rewrite with recomputed hashes, or a cut, is caught
by `log verify --against` a checkpoint or a signed letter (issue 16, finding 4)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from rehabmeet.audit.anchor import check_anchors, read_anchors, write_checkpoint
from rehabmeet.audit.chain import verify_chain
from rehabmeet.audit.events import record_event
from rehabmeet.cli import main
from rehabmeet.errors import UserFacingError
from rehabmeet.storage.database import Database
from tests.helpers.db import open_home_database
from tests.helpers.indstilling import finalise_demo_fleksjob
from tests.helpers.rewrite_log import cut_log, rewrite_entry


@pytest.fixture
def database(isolated_environment: Path) -> Iterator[Database]:
    database = open_home_database(isolated_environment)
    with database.sessions.begin() as session:
        for n in range(250):
            record_event(session, "tester", f"step.{n}", n=n, outcome="fleksjob")
    yield database
    database.close()


def test_a_rewritten_log_passes_the_chain_but_not_the_checkpoint(database: Database, tmp_path: Path) -> None:
    checkpoint = tmp_path / "checkpoint.json"
    written = write_checkpoint(database.sessions, checkpoint)
    assert written["head"]["id"] == 250 and [m[0] for m in written["marks"]] == [100, 200]
    assert check_anchors(database.sessions, read_anchors(checkpoint)) == []

    rewrite_entry(database, 150, outcome="ressourceforloeb")
    assert verify_chain(database.sessions).intact  # what the issue found: the chain alone passes
    (finding,) = check_anchors(database.sessions, read_anchors(checkpoint))
    assert (finding.problem, finding.anchor.entry_id, finding.last_good) == ("rewritten", 200, 100)


def test_a_cut_log_is_missing_the_recorded_head(database: Database, tmp_path: Path) -> None:
    checkpoint = tmp_path / "checkpoint.json"
    write_checkpoint(database.sessions, checkpoint)
    cut_log(database, keep=240)
    assert verify_chain(database.sessions).intact
    (finding,) = check_anchors(database.sessions, read_anchors(checkpoint))
    assert (finding.problem, finding.anchor.entry_id, finding.last_good) == ("missing", 250, 200)


def test_a_foreign_file_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text(json.dumps({"format": "other"}), encoding="utf-8")
    with pytest.raises(UserFacingError, match="neither a RehabMeet log checkpoint nor a PDF"):
        read_anchors(tmp_path / "x.json")


def test_a_signed_letter_anchors_the_log_and_log_verify_against_it_fails_after_a_rewrite(
    demo_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_home_database(demo_home)
    finalise_demo_fleksjob(db.sessions)
    db.close()
    assert main(["certificate", "create", "--name", "Anna Leder", "--role", "Mødeleder"]) == 0
    letter = tmp_path / "indstilling.pdf"
    assert main(["document", "DEMO-2026-003", "--kind", "indstilling", "--sign", "-o", str(letter)]) == 0
    checkpoint = tmp_path / "day.json"
    assert main(["log", "checkpoint", "-o", str(checkpoint)]) == 0
    assert main(["log", "verify", "--against", str(letter), str(checkpoint)]) == 0
    assert "recorded heads in 2 file(s) are in the log" in capsys.readouterr().out
    (anchor,) = read_anchors(letter)

    db = open_home_database(demo_home)
    rewrite_entry(db, anchor.entry_id - 3, outcome="ressourceforloeb")
    db.close()
    assert main(["log", "verify"]) == 1  # the chain was recomputed, but the kept checkpoint copy remembers
    assert "checkpoints/checkpoint-" in capsys.readouterr().out
    assert main(["log", "verify", "--against", str(letter)]) == 1
    printed = capsys.readouterr().out
    assert f"broken against {letter}: entry {anchor.entry_id} has another hash than it recorded" in printed
    assert main(["log", "verify", "--against", str(checkpoint), "--json"]) == 1
    assert "the log was rewritten" in capsys.readouterr().out


def test_a_signed_checkpoint_verifies_and_an_edited_one_is_refused(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rehabmeet.audit.anchor import AnchorError
    from rehabmeet.signing.certificates import CertificateStore

    store = CertificateStore(tmp_path / "certs")
    info = store.create_self_made("Anna Leder", role="Mødeleder")
    checkpoint = tmp_path / "signed.json"
    document = write_checkpoint(database.sessions, checkpoint, store.load_signer(info.id), info.name)
    assert document["signed_by"] == "Anna Leder" and document["signature"]
    assert read_anchors(checkpoint, store.registered_roots())[-1].entry_id == 250

    forged = json.loads(checkpoint.read_text(encoding="utf-8"))
    forged["head"]["hash"] = "0" * 64  # a forger "moves" the recorded head to match a rewritten log
    checkpoint.write_text(json.dumps(forged), encoding="utf-8")
    with pytest.raises(AnchorError, match="changed after it was signed"):
        read_anchors(checkpoint, store.registered_roots())
    with pytest.raises(AnchorError, match="not trusted here"):
        write_checkpoint(database.sessions, checkpoint, store.load_signer(info.id), info.name)
        read_anchors(checkpoint, [])


def test_log_checkpoint_signs_with_the_only_certificate_and_verify_fails_on_an_edited_checkpoint(
    demo_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["certificate", "create", "--name", "Anna Leder", "--role", "Mødeleder"]) == 0
    checkpoint = tmp_path / "day.json"
    assert main(["log", "checkpoint", "-o", str(checkpoint)]) == 0
    assert "signed by Anna Leder" in capsys.readouterr().out
    assert main(["log", "verify", "--against", str(checkpoint)]) == 0
    forged = json.loads(checkpoint.read_text(encoding="utf-8"))
    forged["entries"] += 1
    checkpoint.write_text(json.dumps(forged), encoding="utf-8")
    assert main(["log", "verify", "--against", str(checkpoint)]) == 1
    assert "the checkpoint was changed after it was signed" in capsys.readouterr().out


def test_a_checkpoint_of_another_installation_is_named_as_such_not_as_a_rewrite(
    database: Database, tmp_path: Path
) -> None:
    from rehabmeet.audit.anchor import finding_line

    other = open_home_database(tmp_path / "other-installation")
    try:
        with other.sessions.begin() as session:
            for n in range(260):
                record_event(session, "someone else", f"other.{n}")
        checkpoint = tmp_path / "elsewhere.json"
        write_checkpoint(other.sessions, checkpoint)
    finally:
        other.close()
    (finding,) = check_anchors(database.sessions, read_anchors(checkpoint))
    assert finding.problem == "foreign"
    line = finding_line(finding)
    assert "is from another database/installation" in line and "rewritten" not in line


def test_an_unsigned_letter_or_checkpoint_is_not_counted_as_an_anchor(
    demo_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_home_database(demo_home)
    finalise_demo_fleksjob(db.sessions)
    db.close()
    unsigned = tmp_path / "unsigned.pdf"
    assert main(["document", "DEMO-2026-003", "--kind", "indstilling", "-o", str(unsigned)]) == 0
    checkpoint = tmp_path / "unsigned.json"
    assert main(["log", "checkpoint", "-o", str(checkpoint)]) == 0  # no certificate: not signed
    capsys.readouterr()
    assert main(["log", "verify", "--against", str(unsigned)]) == 1
    assert "is not signed: the head it records is not counted as an anchor" in capsys.readouterr().out
    assert main(["log", "verify", "--against", str(checkpoint)]) == 1
    assert "is not signed: anyone could have written it" in capsys.readouterr().out
