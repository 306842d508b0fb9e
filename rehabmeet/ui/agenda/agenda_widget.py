"""AgendaWidget: the meeting day's header and its agenda table."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QItemSelection, QMimeData, QSize, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from rehabmeet.meeting.plan import DayWarnings
from rehabmeet.services.agenda_rows import Agenda

from rehabmeet.ui.agenda.agenda_table_model import AgendaTableModel, Column
from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.colours import colour

#: The agenda never takes more than this, so the case beside it keeps room (pixels).
MAX_AGENDA_WIDTH = 560


class AgendaWidget(QWidget):
    """Shows one meeting day's agenda; the user picks a case, or drops bundles on it to import them.

    Signals:
        case_selected(int): the case id of the row the user selected.
        bundles_dropped(list): local paths (as str) of files or folders dropped on the agenda.
    """

    case_selected = Signal(int)
    bundles_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wanted_width = 0
        self._header = QLabel(self)
        self._header.setObjectName("agendaHeader")
        self._header.setWordWrap(True)
        self._header.setTextFormat(Qt.TextFormat.RichText)
        self.model = AgendaTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("agendaTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Agenda"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("agendaWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {colour('warning')};")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.CASE, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._on_header_section_resized)
        self._empty = QLabel(self.tr("No meeting day yet. Import case bundles, or run `rehabmeet demo`."), self)
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self._header)
        layout.addWidget(self.warnings)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._empty, 1)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.setAcceptDrops(True)
        self.show_agenda(None)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.bundles_dropped.emit(paths)

    def show_agenda(self, agenda: Agenda | None) -> None:
        """Show ``agenda`` (or the empty state), keeping no selection."""
        self.model.set_rows(agenda.rows if agenda else ())
        self._header.setText(self._header_html(agenda) if agenda else "")
        self._header.setVisible(agenda is not None)
        self.table.setVisible(agenda is not None)
        self._empty.setVisible(agenda is None)
        self._keep_names_whole()
        self.table.resizeRowsToContents()

    def _keep_names_whole(self) -> None:
        """Make the pane wide enough that no citizen's name or case number is cut off (1280×800 laptops):
        it starts as wide as the case column's longest line needs (at most ``MAX_AGENDA_WIDTH``), and is
        never narrower than the longest word of the case and type columns (names and case types then
        wrap onto more lines, large text, English — but no word is cut)."""
        metrics = self.table.fontMetrics()
        padding = 3 * metrics.averageCharWidth()
        case_lines, case_words = self._column_text(Column.CASE)
        _type_lines, type_words = self._column_text(Column.TYPE)
        case_width = max((metrics.horizontalAdvance(t) for t in case_lines), default=0) + padding
        word_width = max((metrics.horizontalAdvance(t) for t in case_words), default=0) + padding
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.TYPE, QHeaderView.ResizeMode.ResizeToContents)
        others = {}
        for column in Column:
            if column is not Column.CASE:
                self.table.resizeColumnToContents(column)
                others[column] = max(header.sectionSize(column), header.sectionSizeHint(column))
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        margins = self.layout().contentsMargins()
        chrome = sum(others.values()) + frame + margins.left() + margins.right()
        if case_width + chrome > MAX_AGENDA_WIDTH and type_words:  # too wide: case types wrap at their words
            type_width = max(
                max(metrics.horizontalAdvance(t) for t in type_words) + padding, header.sectionSizeHint(Column.TYPE)
            )
            header.setSectionResizeMode(Column.TYPE, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(Column.TYPE, type_width)
            chrome += type_width - others[Column.TYPE]
        self._wanted_width = max(min(case_width + chrome, MAX_AGENDA_WIDTH), word_width + chrome)
        self._widen_to(word_width + chrome if case_lines else 0)
        self.updateGeometry()

    def _widen_to(self, width: int) -> None:
        """Take ``width`` from the pane beside the agenda if it has it to spare (large text switched on)."""
        splitter = self.parentWidget()
        if not isinstance(splitter, QSplitter) or self.width() >= width or not splitter.isVisible():
            return
        sizes = splitter.sizes()
        mine = splitter.indexOf(self)
        spare = sum(sizes) - width
        other = splitter.widget(1 - mine) if mine in (0, 1) and len(sizes) == 2 else None
        if other is None or spare < other.minimumSizeHint().width():
            return
        sizes[mine], sizes[1 - mine] = width, spare
        splitter.setSizes(sizes)

    def _column_text(self, column: Column) -> tuple[list[str], list[str]]:
        """The lines and the words shown in ``column``."""
        lines = [
            line for r in range(self.model.rowCount()) for line in str(self.model.index(r, column).data()).split("\n")
        ]
        return lines, [word for line in lines for word in line.split()]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # large text switched on or off
            self._keep_names_whole()
            self.table.resizeRowsToContents()

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == Column.CASE:  # names wrap anew when the pane is narrowed or widened
            self.table.resizeRowsToContents()

    def sizeHint(self) -> QSize:
        """As wide as the names need (the splitter starts there; a small window may still squeeze it)."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._wanted_width), hint.height())

    def show_warnings(self, warnings: DayWarnings | None) -> None:
        """Warn when the day holds too many cases or runs past the end of the day."""
        parts = []
        if warnings is not None and warnings.too_many_cases:
            parts.append(
                self.tr("⚠ Too many cases for one day: %1 % of the capacity for these case types").replace(
                    "%1", str(round(warnings.capacity_used * 100))
                )
            )
        if warnings is not None and warnings.over_end_by:
            parts.append(self.tr("⚠ The plan ends %n minute(s) after the end of the day", "", warnings.over_end_by))
        self.warnings.setText("\n".join(parts))
        self.warnings.setVisible(bool(parts))

    def selected_item_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).item_id if rows else None

    def select_case(self, case_id: int | None) -> bool:
        """Select the row of ``case_id`` (or the first row); return whether a row is selected."""
        row = self.model.row_of_case(case_id) if case_id is not None else None
        if row is None and self.model.rowCount() > 0:
            row = 0
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def selected_case_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).case_id if rows else None

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.case_selected.emit(case_id)

    def _header_html(self, agenda: Agenda) -> str:
        meeting = agenda.meeting
        end = agenda.rows[-1].planned_end if agenda.rows else meeting.starts_at
        people = []
        if meeting.leader:
            people.append(self.tr("Leader: %1").replace("%1", meeting.leader))
        if meeting.secretary:
            people.append(self.tr("Secretary: %1").replace("%1", meeting.secretary))
        day = escape(labels.format_long_date(meeting.meeting_date))
        lines = [
            f"<span style='font-size:x-large; font-weight:600'>{day}</span>",
            f"{labels.format_time(meeting.starts_at)}–{labels.format_time(end)} · {escape(meeting.location or '')}",
            self.tr("%n case(s)", "", len(agenda.rows))
            + (" · " + " · ".join(escape(p) for p in people) if people else ""),
        ]
        return "<br>".join(lines)


def _local_paths(mime: QMimeData) -> list[str]:
    """Return the local files and folders in a drag, ignoring web links."""
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
