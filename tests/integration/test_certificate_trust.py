"""Trust that is honest: being in RehabMeet's store does not make a certificate the municipality's.

The cold review of issue 16: a self-made certificate created in another person's name ("Karen
Holm, afdelingsleder") and registered for a role was reported "trusted" by `rehabmeet verify`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from rehabmeet.cli import main
from rehabmeet.models import Event
from tests.helpers.db import open_home_database
from tests.helpers.indstilling import finalise_demo_fleksjob

KAREN = "Karen Holm, afdelingsleder"


@pytest.fixture
def signed_by_karen(demo_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """An indstilling signed with a self-made certificate in Karen Holm's name, as anyone could make it."""
    database = open_home_database(demo_home)
    finalise_demo_fleksjob(database.sessions)
    database.close()
    assert main(["certificate", "create", "--name", KAREN, "--role", "Mødeleder"]) == 0
    out = tmp_path / "indstilling.pdf"
    assert main(["document", "DEMO-2026-003", "--kind", "indstilling", "--sign", "-o", str(out)]) == 0
    capsys.readouterr()
    return out


def _certificate_id(capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["certificate", "list"]) == 0
    return capsys.readouterr().out.splitlines()[1].split()[0]


def test_a_self_made_certificate_in_someone_elses_name_is_not_trusted(
    signed_by_karen: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify", str(signed_by_karen)]) == 1
    printed = capsys.readouterr().out
    assert "self-made certificate (demo/trial)" in printed and "NOT VERIFIED" in printed
    assert f"by {KAREN}: certificate not trusted (self-made certificate (demo/trial)" in printed
    assert main(["verify", str(signed_by_karen), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    signature = report["signatures"][0]
    assert not report["ok"] and not signature["trusted_certificate"]
    assert signature["certificate_trust"] == "self_made"


def test_a_leaders_acceptance_is_logged_and_then_the_signature_is_trusted(
    signed_by_karen: Path, demo_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    certificate = _certificate_id(capsys)
    assert main(["certificate", "accept", certificate, "--by", "Helle Kragh, mødeleder"]) == 0
    assert "accepted" in capsys.readouterr().out
    assert main(["verify", str(signed_by_karen), "--json"]) == 0
    signature = json.loads(capsys.readouterr().out)["signatures"][0]
    assert signature["certificate_trust"] == "accepted" and signature["accepted_by"] == "Helle Kragh, mødeleder"
    assert main(["verify", str(signed_by_karen)]) == 0
    assert "trusted: accepted by Helle Kragh, mødeleder" in capsys.readouterr().out
    database = open_home_database(demo_home)
    with database.sessions() as session:
        event = session.scalars(select(Event).where(Event.action == "certificate.accepted")).one()
    database.close()
    assert event.details["certificate"] == certificate and event.details["accepted_by"] == "Helle Kragh, mødeleder"
    assert event.details["name"] == KAREN and event.details["self_made"] is True


def test_a_second_certificate_in_the_same_name_is_refused(
    signed_by_karen: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["certificate", "create", "--name", "karen holm, AFDELINGSLEDER", "--role", "For kommunen"]) == 2
    error = capsys.readouterr().err
    assert "already registered" in error and error.count("\n") == 1
    assert main(["certificate", "list"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2  # the heading and Karen's one certificate


def test_accepting_needs_a_name_and_a_known_certificate(
    signed_by_karen: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    certificate = _certificate_id(capsys)
    assert main(["certificate", "accept", certificate, "--by", "  "]) == 2
    assert "--by NAME" in capsys.readouterr().err
    assert main(["certificate", "accept", "ffff0000", "--by", "Helle Kragh"]) == 2
    assert "no signing certificate" in capsys.readouterr().err


def test_verify_in_danish_names_the_self_made_certificate(
    signed_by_karen: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "da", "verify", str(signed_by_karen)]) == 1
    printed = capsys.readouterr().out
    assert "selvlavet certifikat (demo/afprøvning)" in printed and "IKKE BETROET" in printed
