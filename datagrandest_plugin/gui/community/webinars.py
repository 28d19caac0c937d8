"""Community page "Webinars": the next sessions (content file, then the
monthly series rule), past webinars with their replays, and for trainers the
demo scenario player."""

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.community.ics import calendar_text, session_event, session_file_name, session_summary
from ...core.community.schedule import past_replays, upcoming_sessions
from ...core.errors import DgeError
from ...core.i18n import tr
from ...toolbelt.log import PlgLogger
from ...toolbelt.settings import PlgOptionsManager
from .widgets import SafeTextView, ask_and_write_ics, format_compact, format_session_time, html_block, open_url
from ..common.flow_layout import FlowLayout

UPCOMING_COUNT = 6


class WebinarsPage(QWidget):
    play_requested = pyqtSignal(object)  # a Scenario

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("DataGrandEstWebinarsPage")
        self.sessions, self.replays = [], []
        self.now = None
        self.series_label = QLabel("")
        self.series_label.setWordWrap(True)
        self.series_label.setTextFormat(Qt.TextFormat.PlainText)
        self.upcoming = QListWidget()
        self.upcoming.setObjectName("DataGrandEstUpcomingWebinars")
        self.upcoming.setAccessibleName(tr("Upcoming webinars"))
        self.replay_list = QListWidget()
        self.replay_list.setObjectName("DataGrandEstReplays")
        self.replay_list.setAccessibleName(tr("Replays"))
        self.detail = SafeTextView()
        self.register_button = QPushButton(tr("&Register"))
        self.replay_button = QPushButton(tr("&Watch the replay"))
        self.calendar_button = QPushButton(tr("Add to my &calendar"))
        self.demo_button = QPushButton(tr("Play the &demo"))
        self.demo_button.setToolTip(tr("For trainers: play this webinar's demo scenario step by step."))
        self.load_demo_button = QPushButton(tr("Load a &scenario…"))
        self.load_demo_button.setToolTip(tr("For trainers: play a demo scenario from a local JSON file."))

        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addWidget(QLabel(tr("Upcoming webinars")))
        lists_layout.addWidget(self.upcoming, 2)
        lists_layout.addWidget(QLabel(tr("Past webinars with a replay")))
        lists_layout.addWidget(self.replay_list, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(lists)
        splitter.addWidget(self.detail)
        buttons = FlowLayout()  # wraps in a narrow dock
        for button in (self.register_button, self.replay_button, self.calendar_button, self.demo_button,
                       self.load_demo_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)  # a narrow dock keeps its room for the rows
        layout.addWidget(self.series_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.upcoming.currentRowChanged.connect(lambda row: self._select(self.upcoming, row))
        self.replay_list.currentRowChanged.connect(lambda row: self._select(self.replay_list, row))
        self.register_button.clicked.connect(lambda: self.current and open_url(self.current.registration_url))
        self.replay_button.clicked.connect(lambda: self.current and open_url(self.current.replay_url))
        self.calendar_button.clicked.connect(self.add_to_calendar)
        self.demo_button.clicked.connect(lambda: self.current and self.play_requested.emit(self.current.scenario))
        self.load_demo_button.clicked.connect(self.load_scenario)
        self.current = None
        self._update_buttons()

    def show_content(self, content, now):
        self.now = now
        series = content.series
        self.series_label.setText(
            f"{series.title} — {series.description}" if series else "")
        self.sessions = upcoming_sessions(content, now, UPCOMING_COUNT)
        self.replays = past_replays(content, now)
        self._fill(self.upcoming, self.sessions, bold_first=True)
        self._fill(self.replay_list, self.replays)
        if self.sessions:
            self.upcoming.setCurrentRow(0)
        else:
            self.current = None
            self.detail.setHtml(html_block(tr("No upcoming webinar is announced.")))
            self._update_buttons()

    def _fill(self, widget, sessions, bold_first=False):
        widget.blockSignals(True)
        widget.clear()
        for index, session in enumerate(sessions):
            label = f"{format_compact(session.start, session.end)} — {session.title}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.ToolTipRole, format_session_time(session.start, session.end))
            if bold_first and index == 0:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setText(tr("Next: {label}").format(label=label))
            widget.addItem(item)
        widget.blockSignals(False)

    def _select(self, widget, row):
        sessions = self.sessions if widget is self.upcoming else self.replays
        if not 0 <= row < len(sessions):
            return
        other = self.replay_list if widget is self.upcoming else self.upcoming
        other.blockSignals(True)
        other.setCurrentRow(-1)
        other.blockSignals(False)
        self.current = session = sessions[row]
        lines = [format_session_time(session.start, session.end)]
        if session.speakers:
            lines.append(tr("Speakers: {names}").format(names=", ".join(session.speakers)))
        if session.from_series:
            lines.append(tr("Date from the monthly series: the topic is not announced yet."))
        if session.scenario is not None:
            lines.append(tr("Demo scenario: {title} ({count} steps)").format(
                title=session.scenario.title, count=len(session.scenario.steps)))
        links = [(tr("Registration"), session.registration_url), (tr("Replay"), session.replay_url)]
        self.detail.setHtml(html_block(session.title, lines, session.description, links))
        self._update_buttons()

    def _update_buttons(self):
        session = self.current
        self.register_button.setEnabled(bool(session and session.registration_url))
        self.replay_button.setEnabled(bool(session and session.replay_url))
        # a calendar entry for what is still to come, not for a replay
        self.calendar_button.setEnabled(session is not None and (self.now is None or session.end > self.now))
        self.demo_button.setEnabled(bool(session and session.scenario))

    def calendar_text(self, session) -> str:
        portal = PlgOptionsManager.get_plg_settings().portal_url
        return calendar_text([session_event(session, portal)], session_summary(session))

    def add_to_calendar(self):
        if self.current is not None:
            ask_and_write_ics(self, self.calendar_text(self.current), session_file_name(self.current))

    def load_scenario(self):
        from ...core.community.scenario import load_scenario_file

        from ..integration.help_viewer import help_folder

        try:  # the example scenario ships with the guide: the dialog opens there
            folder = str(help_folder())
        except FileNotFoundError:
            folder = ""
        path, _filter = QFileDialog.getOpenFileName(self, tr("Load a demo scenario"), folder,
                                                    tr("Scenarios (*.json)"))
        if not path:
            return
        try:
            scenario = load_scenario_file(path)
        except DgeError as error:
            PlgLogger.log(error.message, level=Qgis.MessageLevel.Warning, push=True)
            return
        self.play_requested.emit(scenario)
