"""Exports of the dashboard: CSV (one file per table, a ``.zip`` of them when several), XLSX (one sheet
per table, real number formats), a PDF report.

CSV comes in two styles. ``danish`` (the default) is for a Danish spreadsheet: ``;`` between fields,
decimal commas, shares as percentages with one decimal, other figures rounded to one decimal, Danish
headings and words for the codes, a BOM so Excel reads UTF-8. ``plain`` is for programs: ``,``, dots,
the machine names of tables, columns and codes, shares as fractions to four decimals.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from datetime import date
from typing import Any

from rehabmeet.domain.vocabulary import label
from rehabmeet.i18n import language_in_this_thread
from rehabmeet.stats.dashboard import Dashboard
from rehabmeet.stats.labels import point_title, stat_label
from rehabmeet.stats.queries import Table

CODE_COLUMNS = {"case_type", "outcome", "discipline", "measure", "intervention", "when", "limit", "month"}


def is_share(heading: str) -> bool:
    """Whether a column holds a fraction 0–1 (shown as a percentage to people)."""
    return heading.startswith("share_") or heading == "audit_share"


def to_csv(table: Table, style: str = "danish") -> bytes:
    """One table as a CSV file in ``style`` (see the module)."""
    text = io.StringIO()
    if style == "plain":
        writer = csv.writer(text, delimiter=",", lineterminator="\r\n")
        writer.writerow(table.headings)
        writer.writerows([_plain(c) for c in row] for row in table.rows)
        return text.getvalue().encode("utf-8")
    with language_in_this_thread("da"):
        headings = [stat_label(h) + (" (%)" if is_share(h) else "") for h in table.headings]
        rows = readable_rows(table, rounded=False)
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(headings)
    writer.writerows([_danish(c, is_share(h)) for c, h in zip(row, table.headings, strict=True)] for row in rows)
    return ("\ufeff" + text.getvalue()).encode("utf-8")


def to_csv_zip(tables: Sequence[Table], style: str = "danish") -> bytes:
    """One CSV per table (named ``<table>.csv``), zipped."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for table in tables:
            archive.writestr(f"{table.name}.csv", to_csv(table, style))
    return buffer.getvalue()


def _plain(value: Any) -> Any:
    if isinstance(value, float):
        return f"{round(value, 4):g}"
    if isinstance(value, bool):
        return int(value)
    return "" if value is None else value


def _danish(value: Any, share: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, float):
        number = value * 100 if share else value
        text = f"{number:.1f}"
        return (text[:-2] if text.endswith(".0") else text).replace(".", ",")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value)


def to_xlsx(tables: Sequence[Table], title: str) -> bytes:
    """One sheet per table with readable headings and labels; numbers stay numbers with a number format
    (shares as ``0.0 %``, averages ``0.0``, counts ``0``, dates ``dd-mm-yyyy``)."""
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
        for row in readable_rows(table, rounded=False):
            sheet.append(list(row))
            for cell, heading in zip(sheet[sheet.max_row], table.headings, strict=True):
                cell.number_format = _number_format(cell.value, heading)
        for column in sheet.columns:
            width = max(len(str(c.value)) for c in column[1:] if c.value is not None) if sheet.max_row > 1 else 10
            sheet.column_dimensions[column[0].column_letter].width = min(60, max(10, width + 2))
        sheet.freeze_panes = "A3"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _number_format(value: Any, heading: str) -> str:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return "General"
    if isinstance(value, date):
        return "dd-mm-yyyy"
    if is_share(heading):
        return "0.0%"
    return "0.0" if isinstance(value, float) else "0"


def readable_rows(table: Table, *, rounded: bool = True) -> list[tuple[Any, ...]]:
    """Rows with codes as words (case types, outcomes, measures), control points' titles translated, and
    (``rounded``) shares to three decimals."""
    code_columns = [n for n, h in enumerate(table.headings) if h in CODE_COLUMNS]
    title_columns = [n for n, h in enumerate(table.headings) if h == "title"]
    point = table.headings.index("control_point") if title_columns else 0
    rows = []
    for row in table.rows:
        cells = list(row)
        for n in code_columns:
            cells[n] = _word(cells[n])
        for n in title_columns:
            cells[n] = point_title(str(row[point]), cells[n] or "")
        rows.append(tuple(round(c, 3) if rounded and isinstance(c, float) else c for c in cells))
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
