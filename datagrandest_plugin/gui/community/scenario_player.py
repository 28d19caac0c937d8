"""Plays a demo scenario step by step, forward and backward.

``ScenarioPlayer`` holds the position and a dispatcher of step handlers
(search, add_layer, zoom, open_panel). Each handler reports its end with
``finish(ok, message, undo)``; "previous step" calls the undo of the last
played step (remove the layer it added, go back to the extent or the panel
shown before). A step that cannot be played says so in one sentence and the
demo goes on. ``ScenarioPlayerDialog`` is the trainer's small window: it
stays visible while panels change, and PageDown / PageUp (what presentation
remotes send) move forward and back.
"""

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QObject, Qt, pyqtSignal
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ...core.community.scenario import describe_step, panel_label
from ...core.i18n import tr
from ...core.layers.resolver import resolve
from ...toolbelt.qt_compat import QAction
from ...toolbelt.settings import PlgOptionsManager
from ..common import layer_loader
from ...toolbelt.plain_text import tooltip


def _nothing():
    pass


def search_catalogue(host, text: str):
    """Run a search in the catalogue panel, when this version of the plugin has one.

    Returns (ok, message) and, when it searched, what restores the tabs shown before."""
    panel = getattr(host, "catalog_panel", None)
    if panel is None or not hasattr(panel, "search"):
        return False, tr("The catalogue panel is not available in this version of the plugin: "
                         "search “{text}” by hand.").format(text=text), _nothing
    state = host.tabs_state()
    host.show_panel("catalogue")
    panel.search(text)
    return True, "", lambda: host.restore_tabs(state)


class ScenarioPlayer(QObject):
    step_finished = pyqtSignal(int, bool, str)  # index, ok, message
    step_undone = pyqtSignal(int)
    position_changed = pyqtSignal(int)  # number of steps played

    def __init__(self, scenario, host, iface, settings=None, project=None, parent=None):
        super().__init__(parent)
        self.scenario = scenario
        self.host = host  # the dock: panels, show_panel, tabs_state
        self.iface = iface
        self.settings = settings or PlgOptionsManager.get_plg_settings()
        self.project = project or QgsProject.instance()
        self.position = 0
        self.busy = False
        self.messages = {}
        self._undo = []
        self._task = None
        self.handlers = {
            "search": self._search,
            "add_layer": self._add_layer,
            "zoom": self._zoom,
            "open_panel": self._open_panel,
        }

    @property
    def steps(self):
        return self.scenario.steps

    def can_go_forward(self) -> bool:
        return not self.busy and self.position < len(self.steps)

    def can_go_back(self) -> bool:
        return not self.busy and self.position > 0

    def next(self) -> bool:
        if not self.can_go_forward():
            return False
        index = self.position
        step = self.steps[index]
        self.busy = True

        def finish(ok, message="", undo=_nothing):
            if not self.busy:
                return  # stopped meanwhile
            self.busy = False
            self._task = None
            self._undo.append(undo)
            self.messages[index] = message
            self.position = index + 1
            self.step_finished.emit(index, ok, message)
            self.position_changed.emit(self.position)

        self.handlers[step.action](step, finish)
        return True

    def previous(self) -> bool:
        if not self.can_go_back():
            return False
        self.position -= 1
        undo = self._undo.pop()
        undo()
        self.messages.pop(self.position, None)
        self.step_undone.emit(self.position)
        self.position_changed.emit(self.position)
        return True

    def stop(self):
        if self._task is not None:
            self._task.cancel()
        self.busy = False
        self._task = None

    # -- handlers ----------------------------------------------------------
    def _search(self, step, finish):
        finish(*search_catalogue(self.host, step.text))

    def _add_layer(self, step, finish):
        spec = resolve(step.layer, self.settings)
        project = self.project

        def added(layer):
            layer_id = layer.id()

            def undo():
                if project.mapLayer(layer_id) is not None:
                    project.removeMapLayer(layer_id)

            finish(True, tr("Layer “{title}” added.").format(title=spec.display_name), undo)

        self._task = layer_loader.add_layer(spec, on_added=added, on_failed=lambda error: finish(False, error.message),
                                            project=project)

    def _zoom(self, step, finish):
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is None:
            finish(False, tr("There is no map to zoom in."))
            return
        source = QgsCoordinateReferenceSystem(step.crs)
        target = canvas.mapSettings().destinationCrs()
        previous_extent, previous_crs = canvas.extent(), target
        rectangle = QgsRectangle(*step.bbox)
        if not target.isValid():
            canvas.setDestinationCrs(source)
        elif target != source:
            rectangle = QgsCoordinateTransform(source, target, self.project).transformBoundingBox(rectangle)
        canvas.setExtent(rectangle)
        canvas.refresh()

        def undo():
            if previous_crs.isValid():
                canvas.setDestinationCrs(previous_crs)
            if not previous_extent.isEmpty():
                canvas.setExtent(previous_extent)
            canvas.refresh()

        finish(True, "", undo)

    def _open_panel(self, step, finish):
        state = self.host.tabs_state()
        if not self.host.show_panel(step.panel):
            finish(False, tr("The {panel} panel is not available in this version of the plugin.").format(
                panel=panel_label(step.panel)))
            return
        finish(True, "", lambda: self.host.restore_tabs(state))


class ScenarioPlayerDialog(QDialog):
    """The trainer's remote control: list of steps, note of the current one,
    previous / next."""

    def __init__(self, player: ScenarioPlayer, parent=None):
        super().__init__(parent, Qt.WindowType.Tool)
        self.setObjectName("DataGrandEstScenarioPlayer")
        self.setWindowTitle(tr("Demo: {title}").format(title=player.scenario.title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.player = player
        player.setParent(self)
        description = QLabel(player.scenario.description)
        description.setWordWrap(True)
        description.setTextFormat(Qt.TextFormat.PlainText)
        description.setVisible(bool(player.scenario.description))
        self.steps = QListWidget()
        self.steps.setObjectName("DataGrandEstScenarioSteps")
        for index, step in enumerate(player.steps):
            item = QListWidgetItem(f"{index + 1}. {describe_step(step)}")
            item.setToolTip(tooltip(step.note))
            self.steps.addItem(item)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.back_button = QPushButton(tr("◀ &Previous step"))
        self.next_button = QPushButton(tr("&Next step ▶"))
        self.back_button.setToolTip(tr("Undo the last step played (Page Up)"))
        self.next_button.setToolTip(tr("Play the next step (Page Down)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(description)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        # a presentation remote sends Page Down / Page Up (some send → / ←, or Space)
        for keys, slot in (((QKeySequence.StandardKey.MoveToNextPage, Qt.Key.Key_Right, Qt.Key.Key_Space),
                            self.forward),
                           ((QKeySequence.StandardKey.MoveToPreviousPage, Qt.Key.Key_Left), self.backward)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(slot)
            self.addAction(action)
        self.back_button.clicked.connect(self.backward)
        self.next_button.clicked.connect(self.forward)
        player.step_finished.connect(self._finished)
        player.step_undone.connect(lambda index: self.status.setText(
            tr("Step {number} undone.").format(number=index + 1)))
        player.position_changed.connect(lambda _position: self._refresh())
        self._refresh()

    def present(self):
        """Open large beside the map, in front, with the keyboard focus: the remote works at once."""
        main = self.parentWidget().window() if self.parentWidget() is not None else None
        if main is not None:
            area = main.geometry()
            self.resize(max(420, area.width() // 3), max(480, area.height() * 3 // 4))
            self.move(area.left() + 16, area.top() + (area.height() - self.height()) // 2)
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.setActiveWindow(self)  # at once, not when the window manager gets to it
        self.steps.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def forward(self):
        if self.player.next() and self.player.busy:
            self.status.setText(tr("Step {number} in progress…").format(number=self.player.position + 1))
        self._refresh()

    def backward(self):
        self.player.previous()
        self._refresh()

    def _finished(self, index, ok, message):
        self.status.setText(message or tr("Step {number} done.").format(number=index + 1))
        if self.isVisible():  # a step opened a panel or a layer: the remote keeps driving the demo
            self.activateWindow()
            QApplication.setActiveWindow(self)
            self.steps.setFocus(Qt.FocusReason.OtherFocusReason)
        item = self.steps.item(index)
        item.setText(("✓ " if ok else "✗ ") + f"{index + 1}. {describe_step(self.player.steps[index])}")
        self._refresh()

    def _refresh(self):
        position = self.player.position
        for index in range(position, self.steps.count()):
            self.steps.item(index).setText(f"{index + 1}. {describe_step(self.player.steps[index])}")
        upcoming = self.player.steps[position] if position < len(self.player.steps) else None
        self.steps.setCurrentRow(position if upcoming is not None else self.steps.count() - 1)
        self.note.setText(tr("Next: {step}. {note}").format(step=describe_step(upcoming), note=upcoming.note).strip()
                          if upcoming is not None else tr("End of the demo."))
        self.back_button.setEnabled(self.player.can_go_back())
        self.next_button.setEnabled(self.player.can_go_forward())

    def done(self, result):
        self.player.stop()
        super().done(result)
