"""TimingReportDialog: planned against actual time per case and phase; save as CSV or PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabmeet.i18n import os_reason
from rehabmeet.services.timing_report import TimingReport, report_csv, report_pdf, report_table

from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.dialogs import show_error
from rehabmeet.ui.shared.string_table_model import StringTableModel


class TimingReportDialog(QDialog):
    """Shows the report; the buttons save it."""

    def __init__(self, report: TimingReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Timing report"))
        self.resize(900, 560)
        heading, rows = report_table(report)
        self.model = StringTableModel(heading, rows, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Timing report"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        planned, actual = report.planned_minutes, round(report.actual_seconds / 60)
        self.summary = QLabel(
            self.tr("Planned %1 min · used %2 min · the day: %3")
            .replace("%1", str(planned))
            .replace("%2", str(actual))
            .replace("%3", labels.drift(report.drift_seconds)),
            self,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.csv_button = QPushButton(self.tr("Save as CSV…"), self)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        buttons.addButton(self.csv_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def save(self, kind: str, target: Path | None = None) -> Path | None:
        """Write the report as ``csv`` or ``pdf`` (asking where, unless ``target`` is given)."""
        if target is None:
            kinds = (
                QCoreApplication.translate("Dialogs", "CSV files (*.csv)")
                if kind == "csv"
                else QCoreApplication.translate("Dialogs", "PDF documents (*.pdf)")
            )
            name, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), f"tidsrapport.{kind}", kinds)
            if not name:
                return None
            target = Path(name)
        data = report_csv(self.report).encode("utf-8-sig") if kind == "csv" else report_pdf(self.report)
        try:
            target.write_bytes(data)
        except OSError as exc:
            show_error(self, self.tr("Cannot write %1: %2").replace("%1", str(target)).replace("%2", os_reason(exc)))
            return None
        return target
