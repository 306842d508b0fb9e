"""The management information's exports, opened as a user would: the CSV in a Danish spreadsheet's
dialect, the XLSX with openpyxl, the PDF's text."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from rehabmeet.i18n import language_in_this_thread
from rehabmeet.services.stats import StatsService
from rehabmeet.storage.database import Database
from tests.helpers.db import open_home_database
from tests.helpers.history import write_known_history
from tests.integration.test_kpis import DAY, FIVE_CASES, PERIOD

ARGS = ["stats", "--from", str(PERIOD[0]), "--to", str(PERIOD[1])]


@pytest.fixture
def database(demo_home: Path) -> Iterator[Database]:
    database = open_home_database(demo_home)
    write_known_history(database, DAY, FIVE_CASES)
    yield database
    database.close()


def _rows(data: bytes, delimiter: str = ";") -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))


def test_one_table_is_one_real_csv_in_danish(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rehabmeet.cli import main

    out = tmp_path / "ventetid.csv"
    assert main([*ARGS, "--format", "csv", "--table", "waits_over", "-o", str(out)]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    data = out.read_bytes()
    assert not zipfile.is_zipfile(out) and data.startswith(b"\xef\xbb\xbf")
    heading, four, six = _rows(data)
    assert heading == ["Grænse", "Dage", "Sager", "Over grænsen", "Andel over (%)", "Fokusgennemgang (%)"]
    assert four == ["Underskrevet forberedende del → møde over 4 måneder", "122", "5", "2", "40", "50"]
    assert six[4:] == ["20", "18"]


def test_decimal_commas_and_rounded_figures(database: Database, tmp_path: Path) -> None:
    stats = StatsService(database.sessions, actor="manager")
    target = stats.export(*PERIOD, "csv", tmp_path / "fremmøde.csv", tables=["attendance"])
    rows = {r[0]: r[1:] for r in _rows(target.read_bytes())[1:]}
    # the health coordinator was present in 4 of 5 cases: 80 %; no figure has more than one decimal
    assert rows["Sundhedskoordinator"][:4] == ["5", "4", "1", "80"]
    target = stats.export(*PERIOD, "csv", tmp_path / "tid.csv", tables=["meeting_minutes"])
    minutes = _rows(target.read_bytes())[1:]
    assert [row[1:] for row in minutes] == [["3", "45", "50"], ["2", "45", "50"]]


def test_several_tables_are_an_honest_zip(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rehabmeet.cli import main

    asked = tmp_path / "stats.csv"
    assert main([*ARGS, "--format", "csv", "-o", str(asked)]) == 0
    written = tmp_path / "stats.zip"
    assert not asked.exists() and zipfile.is_zipfile(written) and f"wrote {written}" in capsys.readouterr().out
    names = zipfile.ZipFile(written).namelist()
    assert (
        len(names) == 13
        and "waits_over.csv" in names
        and "trends.csv" in names
        and all(n.endswith(".csv") for n in names)
    )


def test_the_plain_style_is_for_programs(database: Database, tmp_path: Path) -> None:
    stats = StatsService(database.sessions, actor="manager")
    target = stats.export(*PERIOD, "csv", tmp_path / "w.csv", tables=["waits_over"], csv_style="plain")
    assert _rows(target.read_bytes(), ",")[1] == ["over_4_months", "122", "5", "2", "0.4", "0.5"]


def test_an_unknown_table_is_refused_and_nothing_written(database: Database, tmp_path: Path) -> None:
    from rehabmeet.errors import UserFacingError

    with pytest.raises(UserFacingError, match="unknown table 'wait'"):
        StatsService(database.sessions, actor="m").export(*PERIOD, "csv", tmp_path / "x.csv", tables=["wait"])
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "x.zip").exists()


def test_control_points_with_titles_in_natural_order_in_xlsx_and_pdf(database: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    stats = StatsService(database.sessions, actor="manager")
    with language_in_this_thread("da"):
        stats.export(*PERIOD, "xlsx", tmp_path / "mi.xlsx")
        stats.export(*PERIOD, "pdf", tmp_path / "mi.pdf")
    sheet = load_workbook(tmp_path / "mi.xlsx")["completeness"]
    points = [(row[0].value, row[1].value) for row in sheet.iter_rows(min_row=3)]
    assert [p for p, _ in points] == ["C1", "C2", "C10"]
    assert points[2][1] == "Arbejdsevne i timer pr. uge (1–37)"
    share = sheet.cell(row=3, column=5)
    assert share.value == 0.5 and share.number_format == "0.0%"
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "mi.pdf").pages)
    assert text.index("C2") < text.index("C10") and "Arbejdsevne i timer" in text
    assert "Kilde: control point A17; 004 L147–157" in text  # each KPI's source line under its table
