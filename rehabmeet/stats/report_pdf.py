"""The management report as PDF: headline figures, two charts, then every table (reportlab, embedded font)."""

from __future__ import annotations

import io
from datetime import date
from html import escape
from typing import Any

from rehabmeet.documents.fonts import register_fonts
from rehabmeet.domain.danish import danish_date
from rehabmeet.i18n import QT_TRANSLATE_NOOP, current_language, translate
from rehabmeet.stats.dashboard import Dashboard, Headline
from rehabmeet.stats.export import readable_rows
from rehabmeet.stats.kpis import KPIS
from rehabmeet.stats.labels import stat_label


def _t(text: str) -> str:
    return translate("Stats", text)


def render_report(dashboard: Dashboard, title: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold, _ = register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=title,
        author="RehabMeet",
        lang="da-DK",
    )
    big = ParagraphStyle("big", fontName=bold, fontSize=16, leading=20, spaceAfter=4)
    heading = ParagraphStyle("heading", fontName=bold, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4)
    body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12)
    small = ParagraphStyle("small", fontName=regular, fontSize=7.5, leading=10, textColor="#505a66", spaceAfter=3)
    period = f"{danish_date(dashboard.start)} – {danish_date(dashboard.end)}"
    story: list[Any] = [Paragraph(escape(title), big), Paragraph(escape(period), body)]
    if dashboard.where.any:
        story.append(Paragraph(escape(_filter_line(dashboard)), body))
    story.append(Spacer(1, 4 * mm))
    story.append(_headline_table(dashboard.headline, regular, bold))
    story.append(_month_chart(dashboard, regular))
    for table in dashboard.tables:
        cells = [[Paragraph(f"<b>{escape(stat_label(h))}</b>", body) for h in table.headings]]
        cells += [[Paragraph(escape(_format(c)), body) for c in row] for row in readable_rows(table)]
        grid = Table(cells, repeatRows=1, hAlign="LEFT")
        grid.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), regular),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.7, "#505a66"),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, "#c9d1db"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        about = _about(table.name)
        parts = [Paragraph(escape(stat_label(table.name)), heading), *([Paragraph(about, small)] if about else [])]
        story.append(KeepTogether([*parts, grid]))
    document.build(story)
    return buffer.getvalue()


def _filter_line(dashboard: Dashboard) -> str:
    """“Only: caseworker Anne Holm, case type Fleksjob” (the team by its id)."""
    from rehabmeet.domain.vocabulary import label

    where = dashboard.where
    parts = []
    if where.team_id is not None:
        parts.append(_t(QT_TRANSLATE_NOOP("Stats", "team {id}")).format(id=where.team_id))
    if where.caseworker is not None:
        parts.append(_t(QT_TRANSLATE_NOOP("Stats", "caseworker {name}")).format(name=where.caseworker))
    if where.case_type is not None:
        parts.append(_t(QT_TRANSLATE_NOOP("Stats", "case type {type}")).format(type=label(where.case_type)))
    return _t(QT_TRANSLATE_NOOP("Stats", "Only: {filters}")).format(filters=", ".join(parts))


def _about(name: str) -> str:
    """The KPI's definition and its source line, for under the table's heading."""
    kpi = KPIS.get(name)
    if kpi is None:
        return ""
    source = _t(QT_TRANSLATE_NOOP("Stats", "Source: {source}")).format(source=kpi.source)
    return f"{escape(kpi.text())} <i>{escape(source)}</i>"


def _format(value: Any) -> str:
    if value is None:
        return "–"
    danish = current_language() == "da"
    if isinstance(value, float) and 0 <= value <= 1:
        return f"{round(value * 100)} %" if danish else f"{round(value * 100)}%"
    if isinstance(value, float):
        text = f"{value:.0f}" if value.is_integer() else f"{value:.1f}"
        return text.replace(".", ",") if danish else text
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y") if danish else value.isoformat()
    return str(value)


def _headline_table(headline: Headline, regular: str, bold: str) -> Any:
    from reportlab.platypus import Table, TableStyle

    def days(value: int | None) -> str:
        return "–" if value is None else _t(QT_TRANSLATE_NOOP("Stats", "{days} days")).format(days=value)

    tiles = [
        (_t(QT_TRANSLATE_NOOP("Stats", "Cases heard")), str(headline.cases)),
        (stat_label("signed_to_meeting"), days(headline.median_signed_to_meeting)),
        (stat_label("meeting_to_decision"), days(headline.median_meeting_to_decision)),
        (stat_label("meeting_to_first_measure"), days(headline.median_meeting_to_first_measure)),
        (stat_label("share_at_table"), _format(headline.share_decided_at_table)),
        (stat_label("share_started"), _format(headline.share_measures_started)),
        (stat_label("share_met"), _format(headline.share_checks_met)),
        (stat_label("over_6_months"), _format(headline.share_over_6_months)),
    ]
    table = Table(
        [
            [name for name, _ in tiles[:4]],
            [v for _, v in tiles[:4]],
            [n for n, _ in tiles[4:]],
            [v for _, v in tiles[4:]],
        ],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), regular),
                ("FONTSIZE", (0, 0), (-1, -1), 7.5),
                ("FONTNAME", (0, 1), (-1, 1), bold),
                ("FONTNAME", (0, 3), (-1, 3), bold),
                ("FONTSIZE", (0, 1), (-1, 1), 14),
                ("FONTSIZE", (0, 3), (-1, 3), 14),
                ("LEADING", (0, 1), (-1, 1), 18),
                ("LEADING", (0, 3), (-1, 3), 18),
                ("BACKGROUND", (0, 0), (-1, -1), "#f1f4f8"),
            ]
        )
    )
    return table


def _month_chart(dashboard: Dashboard, regular: str) -> Any:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib.colors import HexColor

    totals: dict[str, int] = {}
    for month, _case_type, count in dashboard.table("cases_per_month").rows:
        totals[month] = totals.get(month, 0) + int(count)
    drawing = Drawing(480, 170)
    drawing.add(String(0, 158, stat_label("cases_per_month"), fontName=regular, fontSize=10))
    if not totals:
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 20, 440, 125
    chart.data = [list(totals.values())]
    chart.categoryAxis.categoryNames = [m[2:] for m in totals]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = HexColor("#1f5fa8")
    drawing.add(chart)
    return drawing
