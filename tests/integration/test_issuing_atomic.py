"""A correction of a signed letter becomes current only once it is signed (issue 16, item 6).

Kill points: the process dies (an exception that nothing catches, as after kill -9 the open
transaction is rolled back) after the corrected version is stored, during signing, and while the
signature is being stored. Each time the signed version stays the current one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rehabmeet.cli import main
from rehabmeet.services import issued_documents
from rehabmeet.services.registry import Services, build_services
from rehabmeet.storage.database import Database
from tests.helpers.db import open_home_database
from tests.helpers.indstilling import finalise_demo_fleksjob
from tests.helpers.trust import accepted


class Killed(BaseException):
    """The process dying at a kill point (BaseException: no `except Exception` swallows it)."""


@pytest.fixture
def database(demo_home: Path) -> Iterator[Database]:
    db = open_home_database(demo_home)
    yield db
    db.close()


@pytest.fixture
def services(database: Database, tmp_path: Path) -> Services:
    return build_services(database, actor="secretary", certificates_dir=tmp_path / "certs")


def _states(services: Services, item: int) -> list[tuple[int, str]]:
    return sorted((d.version, d.status) for d in services.documents.documents(item) if d.format == "pdf")


def _kill(*_args: object, **_kwargs: object) -> None:
    raise Killed


@pytest.mark.parametrize("kill_point", ["sign_pdf_at_level", "record_item_event"])
def test_a_crash_while_signing_a_correction_leaves_the_signed_version_current(
    services: Services, database: Database, monkeypatch: pytest.MonkeyPatch, kill_point: str
) -> None:
    item = finalise_demo_fleksjob(database.sessions)
    leader = accepted(services.certificates, "Anna Leder", role="Mødeleder")
    first = services.documents.sign(services.documents.issue(item, "indstilling", "pdf").id, leader.id)
    correction = services.documents.issue(item, "indstilling", "pdf", reason="Stavefejl")
    assert _states(services, item) == [(1, "signed"), (2, "draft")]  # killed here: the signed one is current

    with monkeypatch.context() as patch:
        original = issued_documents.record_item_event
        if kill_point == "record_item_event":
            patch.setattr(
                issued_documents,
                "record_item_event",
                lambda session, actor, action, *a, **k: (
                    _kill() if action == "document.signed" else original(session, actor, action, *a, **k)
                ),
            )
        else:
            patch.setattr(issued_documents, kill_point, _kill)
        with pytest.raises(Killed):
            services.documents.sign(correction.id, leader.id)
    assert _states(services, item) == [(1, "signed"), (2, "draft")]
    assert services.documents.verify(first.id).ok

    services.documents.sign(correction.id, leader.id)
    assert _states(services, item) == [(1, "superseded"), (2, "signed")]


def test_a_second_correction_replaces_the_pending_draft_and_still_needs_a_reason(
    services: Services, database: Database
) -> None:
    from rehabmeet.errors import UserFacingError

    item = finalise_demo_fleksjob(database.sessions)
    leader = accepted(services.certificates, "Anna Leder", role="Mødeleder")
    services.documents.sign(services.documents.issue(item, "indstilling", "pdf").id, leader.id)
    services.documents.issue(item, "indstilling", "pdf", reason="Stavefejl")
    with pytest.raises(UserFacingError, match="give a reason"):
        services.documents.issue(item, "indstilling", "pdf")
    services.documents.issue(item, "indstilling", "pdf", reason="Stavefejl igen")
    assert _states(services, item) == [(1, "signed"), (2, "superseded"), (3, "draft")]


def test_document_sign_reason_killed_midway_keeps_the_signed_letter_current(
    demo_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_home_database(demo_home)
    item = finalise_demo_fleksjob(db.sessions)
    db.close()
    assert main(["certificate", "create", "--name", "Anna Leder", "--role", "Mødeleder"]) == 0
    out = tmp_path / "v1.pdf"
    assert main(["document", "DEMO-2026-003", "--kind", "indstilling", "--sign", "-o", str(out)]) == 0
    with monkeypatch.context() as patch:
        patch.setattr(issued_documents, "sign_pdf_at_level", _kill)
        with pytest.raises(Killed):
            main(["document", "DEMO-2026-003", "--kind", "indstilling", "--sign", "--reason", "Ret", "-o", str(out)])
    db = open_home_database(demo_home)
    services = build_services(db, actor="x")
    assert _states(services, item) == [(1, "signed"), (2, "draft")]
    db.close()
    assert (
        main(["document", "DEMO-2026-003", "--kind", "indstilling", "--sign", "--reason", "Ret", "-o", str(out)]) == 0
    )
    db = open_home_database(demo_home)
    assert _states(build_services(db, actor="x"), item) == [(1, "superseded"), (2, "superseded"), (3, "signed")]
    db.close()
