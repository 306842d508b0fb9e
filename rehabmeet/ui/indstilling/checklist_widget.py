"""ChecklistWidget: the legal checklist beside the editor; each item jumps to the field that satisfies it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal, Slot
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from rehabmeet.recommendation.checklist import ChecklistItem, ItemState

from rehabmeet.ui.indstilling.checklist_list_model import ChecklistListModel


def rule_title(rule_id: str, fallback: str) -> str:
    """Return a control point's wording in the UI language (a municipality's own rule keeps its title)."""
    titles = {
        "§11-1": QCoreApplication.translate("Checklist", "The recommended outcome is chosen"),
        "§9": QCoreApplication.translate("Checklist", "The team's assessment of the prospects for work or education"),
        "§11-3": QCoreApplication.translate("Checklist", "How follow-up is organised, including mentor support"),
        "C1": QCoreApplication.translate("Checklist", "The employment, social and health factors emphasised"),
        "C2": QCoreApplication.translate("Checklist", "Why the citizen is afklaret and cannot work on ordinary terms"),
        "C3": QCoreApplication.translate("Checklist", "The types of flex job or job functions"),
        "C4": QCoreApplication.translate("Checklist", "Special considerations and support in a transition period"),
        "C5": QCoreApplication.translate("Checklist", "LAB § 116, stk. 2: why the very limited capacity can develop"),
        "C5-deadline": QCoreApplication.translate("Checklist", "The expected development has a deadline"),
        "C6": QCoreApplication.translate("Checklist", "The measures to start, or 'no measures' with the assessment"),
        "§11-2": QCoreApplication.translate(
            "Checklist", "Employment, social and health measures, or 'no need, because …' for each"
        ),
        "§11-2-edu": QCoreApplication.translate("Checklist", "An education measure, or 'no need, because …'"),
        "§11-2-health": QCoreApplication.translate(
            "Checklist", "The question names treatment: a health measure, or 'no need, because …'"
        ),
        "FP": QCoreApplication.translate("Checklist", "The professional explanation for førtidspension"),
        "C7": QCoreApplication.translate("Checklist", "Skånehensyn in concrete, job-search-usable terms"),
        "C8": QCoreApplication.translate("Checklist", "A position on special help and support"),
        "C9": QCoreApplication.translate("Checklist", "Without a concrete job: can the citizen find one alone?"),
        "C10": QCoreApplication.translate("Checklist", "Work capacity in hours per week (1–37)"),
        "C11": QCoreApplication.translate("Checklist", "Expected development of work capacity with a deadline"),
        "C12": QCoreApplication.translate("Checklist", "Progression considerations are written down"),
        "C13": QCoreApplication.translate("Checklist", "The citizen's perspective from the meeting"),
        "C14": QCoreApplication.translate("Checklist", "A concrete job goal"),
        "C15": QCoreApplication.translate("Checklist", "Each measure has its type"),
        "C16": QCoreApplication.translate("Checklist", "No case leaves the meeting without an indstilling"),
        "B1": QCoreApplication.translate("Checklist", "Treated with the citizen present; attendees recorded"),
        "B2": QCoreApplication.translate(
            "Checklist", "A virksomhedskonsulent attended (one responsible for a measure is recorded present)"
        ),
        "B3": QCoreApplication.translate("Checklist", "A concrete flex job only with the company's agreement"),
    }
    return titles.get(rule_id, fallback)


class ChecklistWidget(QWidget):
    """The checklist, worst first; activating an item asks the editor to show its field.

    Signals:
        field_requested(str): the content field that satisfies the chosen item.
    """

    field_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("checklistSummary")
        self.summary.setWordWrap(True)
        self.model = ChecklistListModel(rule_title, self)
        self.list = QListView(self)
        self.list.setObjectName("checklist")
        self.list.setAccessibleName(self.tr("Legal checklist"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.list.activated.connect(self._on_list_activated)
        self.list.clicked.connect(self._on_list_activated)

    def show_items(self, items: tuple[ChecklistItem, ...]) -> None:
        self.model.set_items(items)
        blocking = sum(1 for i in items if i.blocks)
        warnings = sum(1 for i in items if i.strength == "practice" and i.state is ItemState.MISSING)
        if blocking:
            text = "✖ " + self.tr("%n law point(s) missing: finalising needs them or a reason each", "", blocking)
        else:
            text = "✔ " + self.tr("Every law point is met")
        if warnings:
            text += " · ⚠ " + self.tr("%n good-practice point(s) to consider", "", warnings)
        self.summary.setText(text)

    @Slot(QModelIndex)
    def _on_list_activated(self, index: QModelIndex) -> None:
        item = self.model.item_at(index.row())
        if item.field:
            self.field_requested.emit(item.field)
