"""MeetingSelector: a combo box of meeting days."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from rehabmeet.services.agenda_rows import MeetingRow

from rehabmeet.ui.shared import labels


class MeetingSelector(QComboBox):
    """Lists meeting days; choosing one emits its id.

    Signals:
        meeting_chosen(int): the id of the meeting the user picked.
    """

    meeting_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingSelector")
        self.setAccessibleName(self.tr("Meeting day"))
        self.setMinimumContentsLength(36)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._on_current_index_changed)

    def set_meetings(self, meetings: list[MeetingRow], selected: int | None) -> None:
        """Fill the list and select ``selected`` (or the first) without emitting."""
        self.blockSignals(True)
        self.clear()
        for meeting in meetings:
            cases = self.tr("%n case(s)", "", meeting.case_count)
            text = f"{labels.format_date(meeting.meeting_date)} · {meeting.title} ({cases})"
            self.addItem(text, meeting.meeting_id)
        index = self.findData(selected) if selected is not None else -1
        self.setCurrentIndex(index if index >= 0 else (0 if meetings else -1))
        self.blockSignals(False)

    def current_meeting_id(self) -> int | None:
        value = self.currentData()
        return int(value) if value is not None else None

    @Slot(int)
    def _on_current_index_changed(self, _index: int) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is not None:
            self.meeting_chosen.emit(meeting_id)
