"""The afgørelse says what each fact shows and, for a ressourceforløb, its start, length and last day."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from rehabmeet.errors import UserFacingError
from rehabmeet.models import Indstilling
from rehabmeet.services.decisions import add_months
from rehabmeet.services.registry import Services, build_services
from rehabmeet.storage.database import Database
from tests.helpers.db import open_home_database
from tests.helpers.indstilling import finalise_demo_fleksjob
from tests.integration.test_return_to_team import DEPARTING


@pytest.fixture
def database(demo_home: Path) -> Iterator[Database]:
    database = open_home_database(demo_home)
    yield database
    database.close()


@pytest.fixture
def services(database: Database, tmp_path: Path) -> Services:
    return build_services(
        database, actor="afdelingsleder", certificates_dir=tmp_path / "certs", templates_dir=tmp_path / "templates"
    )


def _ressourceforloeb_item(database: Database) -> int:
    item = finalise_demo_fleksjob(database.sessions)
    with database.sessions.begin() as session:
        row = session.query(Indstilling).filter_by(agenda_item_id=item).one()
        session.execute(
            update(Indstilling)
            .where(Indstilling.id == row.id)
            .values(content={**row.content, "outcome": "ressourceforloeb"})
        )
    return item


def test_a_fact_that_only_names_a_document_is_refused(services: Services, database: Database) -> None:
    item = _ressourceforloeb_item(database)
    services.decisions.save(item, replace(DEPARTING, facts="Praktikrapport: 12 timer om ugen.\nLægeerklæring"))
    with pytest.raises(UserFacingError, match=r"not explained: Lægeerklæring$"):
        services.decisions.finalise(item)
    assert not services.decisions.decision(item).final


def test_a_ressourceforloeb_needs_its_length_and_the_letter_gives_start_and_last_day(
    services: Services, database: Database
) -> None:
    item = _ressourceforloeb_item(database)
    services.decisions.save(item, replace(DEPARTING, months=None))
    with pytest.raises(UserFacingError, match="12–60 months"):
        services.decisions.finalise(item)
    services.decisions.save(item, replace(DEPARTING, months=70))
    with pytest.raises(UserFacingError, match="12–60 months"):
        services.decisions.finalise(item)
    services.decisions.save(item, replace(DEPARTING, months=18))
    assert services.decisions.finalise(item).draft.last_day == date(2028, 5, 31)
    pdf = services.documents.content(services.documents.issue(item, "afgoerelse", "pdf").id)[1]
    words = " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert (
        "Ressourceforløbet begynder den 1. december 2026 og varer 18 måneder. Den sidste dag er den 31. maj 2028."
        in words
    )
    assert "Praktikrapport: 12 timer om ugen." in words and "§ 112" in words


def test_months_are_calendar_months() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 12, 1), 18) == date(2028, 6, 1)


def test_the_afgoerelse_names_who_holds_the_decision_makers_role_in_pdf_and_docx(
    services: Services, database: Database, tmp_path: Path
) -> None:
    from docx import Document

    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "letterhead.toml").write_text(
        '[signatures.holders]\n"For kommunen" = "Karen Holm, afdelingsleder"\n', encoding="utf-8"
    )
    item = _ressourceforloeb_item(database)
    services.decisions.save(item, replace(DEPARTING, months=18))
    services.decisions.finalise(item)
    pdf = services.documents.content(services.documents.issue(item, "afgoerelse", "pdf").id)[1]
    words = " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Karen Holm, afdelingsleder · For kommunen" in words
    docx = services.documents.content(services.documents.issue(item, "afgoerelse", "docx").id)[1]
    captions = [p.text for p in Document(io.BytesIO(docx)).paragraphs]
    assert "Karen Holm, afdelingsleder · For kommunen (underskrevet digitalt i PDF-udgaven)" in captions
