"""Community page "Agenda": every event of the content file in date order,
with kind, place and remote or on site; the next one highlighted; the whole
agenda exportable as .ics."""

from qgis.PyQt.QtCore import QLocale, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.community.ics import agenda_calendar
from ...core.community.model import DAY, MONTH
from ...core.community.schedule import agenda, event_kind_label, next_index
from ...core.i18n import tr
from .widgets import (
    SafeTextView,
    ask_and_write_ics,
    format_compact,
    format_compact_day,
    format_day,
    format_session_time,
    html_block,
)
from ...toolbelt.plain_text import tooltip
from ..common.flow_layout import FlowLayout

NEXT_BACKGROUND = QColor(255, 236, 179)


def format_fuzzy(fuzzy, compact=False) -> str:
    if fuzzy.precision == DAY:
        return format_compact_day(fuzzy.first_day) if compact else format_day(fuzzy.first_day)
    if fuzzy.precision == MONTH:
        month = QLocale().standaloneMonthName(fuzzy.first_day.month, QLocale.FormatType.LongFormat)
        return f"{month} {fuzzy.first_day.year}"
    return str(fuzzy.first_day.year)


def format_when(item, compact=False) -> str:
    """When an agenda item takes place; ``compact`` for the table, else a full sentence."""
    if item.timed and item.end_date is None:
        return format_compact(item.start, item.end) if compact else format_session_time(item.start, item.end)
    text = format_fuzzy(item.date, compact)
    if item.end_date is not None:
        text = tr("{start} to {end}").format(start=text, end=format_fuzzy(item.end_date, compact))
    if item.date.precision != DAY:
        text += " " + tr("(date to be confirmed)")
    return text


def remote_label(remote) -> str:
    return tr("not said") if remote is None else tr("Remote") if remote else tr("On site")


class AgendaPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("DataGrandEstAgendaPage")
        self.items, self.next_row = [], None
        self.next_label = QLabel("")
        self.next_label.setWordWrap(True)
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("DataGrandEstAgenda")
        self.table.setAccessibleName(tr("Agenda"))
        self.table.setHorizontalHeaderLabels([tr("Date"), tr("Kind"), tr("Title"), tr("Place"), tr("Remote or on site")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = SafeTextView()
        self.event_button = QPushButton(tr("Add this event to my &calendar"))
        self.export_button = QPushButton(tr("&Export the agenda (.ics)…"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        buttons = FlowLayout()
        buttons.addWidget(self.event_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)  # a narrow dock keeps its room for the rows
        layout.addWidget(self.next_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))
        self.event_button.clicked.connect(self.add_event_to_calendar)
        self.export_button.clicked.connect(self.export)
        self.current = None

    def show_content(self, content, now):
        self.items = agenda(content)
        self.next_row = next_index(self.items, now)
        self.table.setRowCount(len(self.items))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, item in enumerate(self.items):
            cells = [format_when(item, compact=True), event_kind_label(item.kind), item.title,
                     item.place or (tr("Online") if item.remote else ""), remote_label(item.remote)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(tooltip(text))
                if row == self.next_row:
                    cell.setFont(bold)
                    cell.setBackground(QBrush(NEXT_BACKGROUND))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        if self.next_row is not None:
            upcoming = self.items[self.next_row]
            self.next_label.setText(tr("Next event: {title}, {when}.").format(title=upcoming.title, when=format_when(upcoming)))
            self.table.setCurrentCell(self.next_row, 0)
            self.table.scrollToItem(self.table.item(self.next_row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        else:
            self.next_label.setText(tr("No upcoming event in the agenda."))
            if self.items:
                self.table.setCurrentCell(len(self.items) - 1, 0)
        self.export_button.setEnabled(bool(self.items))
        self._select(self.table.currentRow())

    def _select(self, row):
        self.current = self.items[row] if 0 <= row < len(self.items) else None
        self.event_button.setEnabled(self.current is not None and self.current.date.precision != "year")
        if self.current is None:
            return
        item = self.current
        lines = [format_when(item), event_kind_label(item.kind), item.place, remote_label(item.remote)]
        links = [(tr("Registration"), item.registration_url), (tr("Replay"), item.replay_url), (tr("Page"), item.url)]
        self.detail.setHtml(html_block(item.title, lines, item.description, links))

    def calendar_text(self, items=None) -> str:
        text, _count, _skipped = agenda_calendar(self.items if items is None else items, name=tr("DataGrandEst agenda"))
        return text

    def export(self):
        if self.items:
            ask_and_write_ics(self, self.calendar_text(), "agenda-datagrandest.ics")

    def add_event_to_calendar(self):
        if self.current is not None:
            ask_and_write_ics(self, self.calendar_text([self.current]), f"{self.current.id}.ics")
