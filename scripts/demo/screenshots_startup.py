# Run by QGIS (`qgis --code`, from scripts/demo/screenshots.py) in a throw-away profile:
# add the sample map, then take each picture of $DGE_SHOTS (scripts/demo/screenshot_list.py)
# into $DGE_SHOTS_DIR once no background task runs and the map is drawn; write what
# was done to $DGE_SHOTS_REPORT and quit. Waits are on signals, each bounded by a timer.
import json
import os
import traceback

import qgis.utils
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QObject, Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QDialog, QPushButton, QStackedWidget

from demo_map import add_sample_layers  # scripts/ is on PYTHONPATH (screenshots.py)

BOUND_MS = 90000  # per picture, should something never finish
DOCK_WIDTH = 420  # px: the narrowest comfortable dock at 1280×720 (it works down to 360)


class ShotRunner(QObject):
    def __init__(self, iface, plugin, shots, out_dir, report_path):
        super().__init__()
        self.iface, self.plugin, self.shots = iface, plugin, list(shots)
        self.out_dir, self.report_path = out_dir, report_path
        self.report = {"done": [], "failed": {}}
        self._waiting = None  # (callback, bound timer)
        manager = QgsApplication.taskManager()
        manager.countActiveTasksChanged.connect(lambda _count: self._check_idle())
        iface.mapCanvas().mapCanvasRefreshed.connect(self._check_idle)

    # -- waiting for quiet -------------------------------------------------
    def when_idle(self, callback, what, on_timeout=None):
        bound = QTimer(self)
        bound.setSingleShot(True)
        bound.timeout.connect(lambda: self._timed_out(what, on_timeout))
        bound.start(BOUND_MS)
        self._waiting = (callback, bound)
        QTimer.singleShot(0, self._check_idle)  # tasks just added are counted on the next turn

    def _idle(self):
        return QgsApplication.taskManager().countActiveTasks() == 0 and not self.iface.mapCanvas().isDrawing()

    def _check_idle(self):
        if self._waiting is None or not self._idle():
            return
        callback, bound = self._waiting
        self._waiting = None
        bound.stop()
        QTimer.singleShot(0, callback)  # one more turn: widgets repaint with what just arrived

    def _timed_out(self, what, on_timeout):
        if self._waiting is None:
            return
        self._waiting = None
        if on_timeout is not None:
            return on_timeout()
        self.fail(what, "still busy after the bound")

    # -- the pictures ----------------------------------------------------------
    def start(self):
        window = self.iface.mainWindow()
        window.setGeometry(QApplication.primaryScreen().availableGeometry())  # no window manager under Xvfb
        window.show()
        add_sample_layers(self.iface, os.environ.get("DGE_DEMO_WMS_URL", ""))
        dock = self.plugin.dock
        dock.setUserVisible(True)
        # a 1280×720 laptop: the dock at 420 px leaves the map most of the window, every tab usable
        window.resizeDocks([dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        self.when_idle(self.next, "start")

    def next(self):
        if not self.shots:
            return self.finish()
        shot = self.shots.pop(0)
        try:
            steps = self.preparation(shot)
        except Exception:  # noqa: BLE001 - reported, then the next picture
            return self.fail(shot["image"], traceback.format_exc())
        self.run_steps(shot, steps)

    def run_steps(self, shot, steps):
        if not steps:
            return self.when_idle(lambda: self.take(shot), shot["image"])
        step = steps.pop(0)

        def after():
            try:
                step()
            except Exception:  # noqa: BLE001 - a picture that fails must not stop the others
                return self.fail(shot["image"], traceback.format_exc())
            self.when_idle(lambda: self.run_steps(shot, steps), shot["image"])

        after()

    def preparation(self, shot):
        """The steps before the picture, each followed by a wait for quiet."""
        dock = self.plugin.dock
        target = shot["target"]
        steps = []
        if target not in ("window", "options", "scenario"):
            if dock.panel(target) is None:
                raise LookupError(f"no panel {target!r} in this version of the plugin")
            steps.append(lambda: dock.show_panel(target))
        elif target == "window" and shot.get("panel_for_window"):
            steps.append(lambda: dock.show_panel(shot["panel_for_window"]))
        prepare = shot.get("prepare", "")
        if prepare == "check":
            steps.append(dock.services_panel.start_checks)
        elif prepare.startswith("reading:"):  # the OCS panel on one reading of the nomenclature
            key = prepare.split(":", 1)[1]
            steps.append(lambda: dock.ocs_panel.reading.setCurrentIndex(dock.ocs_panel.reading.findData(key)))
        elif prepare.startswith("search:"):
            text = prepare.split(":", 1)[1]
            steps.append(lambda: dock.catalog_panel.search(text))
            steps.append(self._select_first_result)
        if target == "scenario":
            steps.append(lambda: dock.show_panel("webinars"))
            steps.append(self._open_player)
            count = int(prepare.split(":", 1)[1]) if prepare.startswith("play:") else 0
            steps.extend([self._play_step] * count)
        return steps

    def _select_first_result(self):
        results = self.plugin.dock.catalog_panel.results
        if results.topLevelItemCount():
            results.setCurrentItem(results.topLevelItem(0))

    def _open_player(self):
        from datagrandest_plugin.core.community.scenario import load_scenario_file

        panel = self.plugin.dock.community_panel
        # what a trainer's "Load a scenario…" does with the guide's example file
        panel.play_scenario(load_scenario_file(os.environ["DGE_SHOTS_SCENARIO"]))  # opens large, beside the map

    def _play_step(self):
        self.plugin.dock.community_panel.player_dialog.forward()

    def take(self, shot):
        target = shot["target"]
        path = os.path.join(self.out_dir, shot["image"])
        QApplication.processEvents()
        if target == "window":
            picture = self.iface.mainWindow().grab()
        elif target == "scenario":
            picture = QApplication.primaryScreen().grabWindow(0)  # the map and the player window over it
            self.plugin.dock.community_panel.player_dialog.close()
        elif target == "options":
            return self.take_options(shot, path)
        else:
            picture = self.plugin.dock.grab()
        self.saved(shot, picture, path)

    def take_options(self, shot, path):
        from datagrandest_plugin.gui.settings.options_page import PAGE_OBJECT_NAME

        def in_dialog():
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QDialog):
                return self.fail(shot["image"], "QGIS's Options dialog did not open", next_shot=False)
            screen = QApplication.primaryScreen().availableGeometry()
            dialog.resize(min(1180, screen.width()), min(860, screen.height()))
            page = dialog.findChild(QObject, PAGE_OBJECT_NAME)
            if page is None:
                dialog.reject()
                return self.fail(shot["image"], "the DataGrandEst page is not in QGIS's Options dialog",
                                 next_shot=False)
            _bring_forward(page)
            if shot.get("prepare") == "test":
                for button in page.findChildren(QPushButton):
                    if button.objectName().startswith("dge_test_"):
                        button.click()
            self.when_idle(lambda: (self.saved(shot, dialog.grab(), path, next_shot=False), dialog.reject()),
                           shot["image"], on_timeout=lambda: (self.fail(shot["image"], "still busy after the bound",
                                                                        next_shot=False), dialog.reject()))

        QTimer.singleShot(0, in_dialog)
        self.iface.showOptionsDialog(self.iface.mainWindow(), currentPage=PAGE_OBJECT_NAME)  # modal: returns on close
        QTimer.singleShot(0, self.next)

    def saved(self, shot, picture, path, next_shot=True):
        if picture.isNull() or not picture.save(path, "PNG"):
            self.fail(shot["image"], f"could not save {path}", next_shot)
            return
        self.report["done"].append(shot["image"])
        if next_shot:
            QTimer.singleShot(0, self.next)

    def fail(self, what, why, next_shot=True):
        self.report["failed"][what] = why
        if next_shot:
            QTimer.singleShot(0, self.next)

    def finish(self):
        with open(self.report_path, "w", encoding="utf-8") as stream:
            json.dump(self.report, stream, indent=1)
        QgsProject.instance().setDirty(False)  # nothing to save: quit without asking
        QTimer.singleShot(0, self.iface.actionExit().trigger)


def _bring_forward(widget):
    """Show ``widget`` in every stacked widget above it (the page of an Options dialog)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


_runner = ShotRunner(qgis.utils.iface, qgis.utils.plugins["datagrandest_plugin"], json.loads(os.environ["DGE_SHOTS"]),
                     os.environ["DGE_SHOTS_DIR"], os.environ["DGE_SHOTS_REPORT"])
QTimer.singleShot(0, _runner.start)
