"""Exports of the dashboard: CSV (a zip, one file per table), XLSX (one sheet per table), a PDF report."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from typing import Any

from rehabmeet.domain.vocabulary import label
from rehabmeet.stats.dashboard import Dashboard
from rehabmeet.stats.labels import stat_label
from rehabmeet.stats.queries import Table

CODE_COLUMNS = {"case_type", "outcome", "discipline", "measure", "intervention", "when", "limit"}


def to_csv_zip(tables: Sequence[Table]) -> bytes:
    """One UTF-8 CSV per table (machine names, semicolons for Danish spreadsheets), zipped."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for table in tables:
            text = io.StringIO()
            writer = csv.writer(text, delimiter=";")
            writer.writerow(table.headings)
            writer.writerows(table.rows)
            archive.writestr(f"{table.name}.csv", "\ufeff" + text.getvalue())
    return buffer.getvalue()


def to_xlsx(tables: Sequence[Table], title: str) -> bytes:
    """One sheet per table with readable headings and labels; numbers stay numbers."""
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]

    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.title = title
    for table in tables:
        sheet = workbook.create_sheet(table.name[:31])
        sheet.append([stat_label(table.name)])
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.append([stat_label(h) for h in table.headings])
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for row in readable_rows(table):
            sheet.append(list(row))
        for column in sheet.columns:
            width = max(len(str(c.value)) for c in column[1:] if c.value is not None) if sheet.max_row > 1 else 10
            sheet.column_dimensions[column[0].column_letter].width = min(60, max(10, width + 2))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def readable_rows(table: Table) -> list[tuple[Any, ...]]:
    """Rows with codes as words (case types, outcomes, measures) and shares rounded."""
    code_columns = [n for n, h in enumerate(table.headings) if h in CODE_COLUMNS]
    rows = []
    for row in table.rows:
        cells = list(row)
        for n in code_columns:
            cells[n] = _word(cells[n])
        rows.append(tuple(round(c, 3) if isinstance(c, float) else c for c in cells))
    return rows


def _word(code: Any) -> Any:
    if not isinstance(code, str) or not code:
        return code
    named = stat_label(code)
    return named if named != code else label(code)


def to_pdf(dashboard: Dashboard, title: str) -> bytes:
    """A report of the dashboard: headline figures, then every table."""
    from rehabmeet.stats.report_pdf import render_report

    return render_report(dashboard, title)
