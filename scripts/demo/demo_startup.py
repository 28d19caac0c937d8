# Run by QGIS (`qgis --code`) in the demo profile: show the plugin's dock, add
# sample layers from the local DataGrandEst, and with DGE_DEMO_SCREENSHOT set,
# save the window once the service check has answered, then quit.
import os

import qgis.utils
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication

from demo_map import add_sample_layers  # scripts/ is on PYTHONPATH (demo.py)

_iface = qgis.utils.iface
_plugin = qgis.utils.plugins.get("datagrandest_plugin")
_shot = os.environ.get("DGE_DEMO_SCREENSHOT")
_ows = os.environ.get("DGE_DEMO_WMS_URL", "")
_done = []


def _save_and_quit(*_args):
    if _done:
        return
    _done.append(True)
    QApplication.processEvents()
    _iface.mainWindow().grab().save(_shot, "PNG")
    QgsProject.instance().setDirty(False)  # nothing to save: quit without asking
    QTimer.singleShot(0, _iface.actionExit().trigger)


def _when_map_drawn(*_args):
    canvas = _iface.mapCanvas()
    if canvas.isDrawing():
        canvas.mapCanvasRefreshed.connect(_save_and_quit)
    else:
        _save_and_quit()


def _start():
    _iface.mainWindow().resize(1600, 1000)
    _iface.mainWindow().showMaximized()
    add_sample_layers(_iface, _ows)
    if _plugin is not None:
        if _shot:
            _plugin.dock.services_panel.checks_done.connect(_when_map_drawn)
        _plugin.show_services()
        _iface.mainWindow().resizeDocks([_plugin.dock], [560], Qt.Orientation.Horizontal)
    if _shot:
        QTimer.singleShot(90000, _save_and_quit)  # bound, should the check never answer


QTimer.singleShot(0, _start)
