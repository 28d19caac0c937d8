"""Panel "Community": webinars, trainings, groups and agenda from the content file.

Nothing is read at QGIS start: the first time the panel is shown it displays
the last good copy (cache, else the copy bundled with the plugin) at once,
then revalidates the content file in a background task. A failed or invalid
download leaves the last good content on screen, with one message.
"""

from datetime import datetime, timezone

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from ...context import current_context
from ...core.community.scenario import panel_label
from ...core.community.source import BUNDLED, CACHE, ContentLoad, bundled_content, last_good, load_content
from ...core.i18n import tr
from ...core.layers.resolver import resolve
from ...toolbelt.log import PlgLogger
from ...toolbelt.settings import PlgOptionsManager
from ...toolbelt.tasks import CoreTask, start_task
from ..common import layer_loader
from .agenda import AgendaPage
from .groups import GroupsPage
from .trainings import TrainingsPage
from .webinars import WebinarsPage
from ..common.retry_timer import RetryTimer
from .scenario_player import ScenarioPlayer, ScenarioPlayerDialog, search_catalogue
from ..common.formats import date_text


class CommunityPanel(QWidget):
    content_shown = pyqtSignal(object)  # the ContentLoad now on screen
    group_layers_loaded = pyqtSignal(int, int)  # layers added, layers asked for

    def __init__(self, host=None, parent=None):
        super().__init__(parent)
        self.setObjectName("DataGrandEstCommunityPanel")
        self.host = host  # the dock: other panels, iface
        self.clock = lambda: datetime.now(timezone.utc)
        self.load = None
        self.player_dialog = None
        self._task = None
        self._started = False
        self._closed = False

        self.status = QLabel(tr("The community content is read when this panel is first shown."))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.refresh_button = QPushButton(tr("&Update"))
        self.refresh_button.setToolTip(tr("Download the community content again, in the background."))
        self.refresh_button.clicked.connect(lambda: self.refresh(force=True))
        self._retry = RetryTimer(self, self._retry_refresh)
        self.webinars_page = WebinarsPage()
        self.trainings_page = TrainingsPage()
        self.groups_page = GroupsPage()
        self.agenda_page = AgendaPage()
        self.pages = QTabWidget(self)
        self.pages.setObjectName("DataGrandEstCommunityTabs")
        self.pages.addTab(self.webinars_page, tr("Webinars"))
        self.pages.addTab(self.trainings_page, tr("Trainings"))
        self.pages.addTab(self.groups_page, tr("Groups"))
        self.pages.addTab(self.agenda_page, tr("Agenda"))
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)  # a narrow dock keeps its room for the rows
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

        self.webinars_page.play_requested.connect(self.play_scenario)
        self.trainings_page.panel_requested.connect(self.open_panel)
        self.groups_page.panel_requested.connect(self.open_panel)
        self.groups_page.layers_requested.connect(self.load_group_layers)
        self.groups_page.search_requested.connect(self.run_catalogue_query)

    def page(self, key: str):
        return {"webinars": self.webinars_page, "trainings": self.trainings_page,
                "groups": self.groups_page, "agenda": self.agenda_page}.get(key)

    # -- loading -----------------------------------------------------------
    def showEvent(self, event):
        super().showEvent(event)
        if not self._started:
            self.start()

    def start(self):
        """Show the last good copy now, then revalidate in the background."""
        self._started = True
        context = current_context()
        try:
            content, origin, fetched_at = last_good(context.cache, context.settings.content_url)
        except Exception as error:  # noqa: BLE001 - whatever the saved copy holds, the panel opens
            PlgLogger.log(tr("The saved community content cannot be read ({kind}).").format(kind=type(error).__name__),
                          level=Qgis.MessageLevel.Warning)
            content, origin, fetched_at = bundled_content(), BUNDLED, 0.0
        shown = self.apply(ContentLoad(content=content, origin=origin, message="", details=[], fetched_at=fetched_at), log=False)
        # a saved copy that could not be shown is not trusted: download again, whatever its age
        self.refresh(force=not shown)

    def refresh(self, force: bool = True):
        if self._task is not None or self._closed:
            return
        context = current_context()
        settings, transport, cache = context.settings, context.transport, context.cache
        self.refresh_button.setEnabled(False)
        self.status.setText(tr("Updating the community content…"))
        task = CoreTask(tr("DataGrandEst: community content"),
                        lambda task: load_content(transport, cache, settings, task, force), self._loaded, self._failed,
                        failure_of=lambda load: load.message if load.failed else "")
        task.taskCompleted.connect(self._task_ended)
        task.taskTerminated.connect(self._task_ended)
        self._task = start_task(task)

    def _task_ended(self):
        self._task = None
        if not self._closed:
            self.refresh_button.setEnabled(True)

    def _loaded(self, load):
        if not self._closed:
            self.apply(load)
            if load.failed:  # tried again in the background once the server may be contacted again
                self._retry.schedule(PlgOptionsManager.get_plg_settings().content_url)

    def _failed(self, error):
        if self._closed:
            return
        self.status.setText(error.message)
        PlgLogger.log(error.message, level=Qgis.MessageLevel.Warning)

    def apply(self, load: ContentLoad, log: bool = True) -> bool:
        """Show ``load``; a copy that fails to show is replaced by the bundled one (returns False)."""
        try:
            self._show_pages(load.content)
        except Exception as error:  # noqa: BLE001 - an exception here would leave the panel on "Updating…"
            reason = tr("The community content could not be shown ({kind}).").format(kind=type(error).__name__)
            PlgLogger.log(reason, level=Qgis.MessageLevel.Critical)
            if load.origin == BUNDLED:
                self.status.setText(reason)
                return False
            self.apply(ContentLoad(content=bundled_content(), origin=BUNDLED, message=tr("{reason} Shown: {copy}.").format(
                reason=reason, copy=tr("the copy bundled with the plugin")), details=[], fetched_at=0.0))
            return False
        self.load = load
        self.status.setText(load.message or self._summary(load))
        if log and (load.message or load.details):
            level = Qgis.MessageLevel.Warning if load.message else Qgis.MessageLevel.Info
            PlgLogger.log("\n".join([load.message or self._summary(load)] + load.details), level=level)
        self.content_shown.emit(load)
        return True

    def _show_pages(self, content):
        now = self.clock()
        for page in (self.webinars_page, self.trainings_page, self.groups_page, self.agenda_page):
            page.show_content(content, now)

    @staticmethod
    def _summary(load: ContentLoad) -> str:
        updated = date_text(load.content.updated.isoformat()) if load.content.updated else "?"
        if load.origin == BUNDLED:
            return tr("Community content of {date}, bundled with the plugin.").format(date=updated)
        if load.origin == CACHE:
            return tr("Community content of {date} (saved copy).").format(date=updated)
        return tr("Community content of {date}, up to date.").format(date=updated)

    # -- actions -----------------------------------------------------------
    def open_panel(self, key: str) -> bool:
        if self.host is not None and self.host.show_panel(key):
            return True
        PlgLogger.log(tr("The {panel} panel is not available in this version of the plugin.").format(
            panel=panel_label(key)), level=Qgis.MessageLevel.Warning, push=True)
        return False

    def load_group_layers(self, group):
        settings = PlgOptionsManager.get_plg_settings()
        total = len(group.layers)
        outcome = {"added": 0, "failed": []}

        def over(error=None):
            if error is None:
                outcome["added"] += 1
            else:
                outcome["failed"].append(error.message)
            if self._closed or outcome["added"] + len(outcome["failed"]) < total:
                return
            text = tr("{added} of {total} layer(s) of “{group}” loaded.").format(
                added=outcome["added"], total=total, group=group.title)
            self.status.setText(" ".join([text] + outcome["failed"][:2]))
            self.group_layers_loaded.emit(outcome["added"], total)

        for layer in group.layers:
            layer_loader.add_layer(resolve(layer, settings), on_added=lambda _layer: over(),
                                   on_failed=lambda error: over(error))
        self.status.setText(tr("Loading {count} layer(s) of “{group}”…").format(count=total, group=group.title))

    def run_catalogue_query(self, query: str):
        ok, message, _undo = search_catalogue(self.host, query)
        if not ok:
            PlgLogger.log(message, level=Qgis.MessageLevel.Warning, push=True)

    def play_scenario(self, scenario):
        if scenario is None:
            return None
        if self.player_dialog is not None:
            self.player_dialog.close()
        iface = getattr(self.host, "iface", None)
        player = ScenarioPlayer(scenario, self.host, iface)
        dialog = self.player_dialog = ScenarioPlayerDialog(player, self)
        dialog.finished.connect(lambda _result: self._player_closed(dialog))
        dialog.present()
        return dialog

    def _player_closed(self, dialog):
        if self.player_dialog is dialog:
            self.player_dialog = None

    def _retry_refresh(self):
        if self._closed:
            return
        if self._task is not None:
            self._retry.start(1000)
            return
        self.refresh(force=False)

    def shutdown(self):
        self._closed = True
        self._retry.stop()
        if self._task is not None:
            self._task.cancel()
        if self.player_dialog is not None:
            self.player_dialog.close()
