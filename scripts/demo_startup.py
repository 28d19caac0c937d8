# Run by QGIS (`qgis --code`) in the demo profile: show the plugin's dock, add
# sample layers from the local DataGrandEst, and with DGE_DEMO_SCREENSHOT set,
# save the window once the service check has answered, then quit.
import os

import qgis.utils
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication

_iface = qgis.utils.iface
_plugin = qgis.utils.plugins.get("datagrandest_plugin")
_shot = os.environ.get("DGE_DEMO_SCREENSHOT")
_ows = os.environ.get("DGE_DEMO_WMS_URL", "")
_done = []


def _add_sample_layers():
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    wms = QgsRasterLayer(
        f"crs=EPSG:2154&format=image/png&layers=geograndest:ocs_grand_est_2021_d51&styles=&url={_ows}",
        "OCS GE2 2021 - Marne", "wms")
    if wms.isValid():
        project.addMapLayer(wms)
    wfs = QgsVectorLayer(
        f"url='{_ows}' typename='region-grand-est:commune_actuelle' version='2.0.0' srsname='EPSG:2154'",
        "Communes", "WFS")
    if wfs.isValid():
        project.addMapLayer(wfs)
    layers = [layer for layer in (wms, wfs) if layer.isValid()]
    if layers:
        _iface.mapCanvas().setExtent(layers[0].extent())
        _iface.mapCanvas().refresh()


def _save_and_quit(*_args):
    if _done:
        return
    _done.append(True)
    QApplication.processEvents()
    _iface.mainWindow().grab().save(_shot, "PNG")
    QTimer.singleShot(0, _iface.mainWindow().close)


def _when_map_drawn(*_args):
    canvas = _iface.mapCanvas()
    if canvas.isDrawing():
        canvas.mapCanvasRefreshed.connect(_save_and_quit)
    else:
        _save_and_quit()


def _start():
    _iface.mainWindow().showMaximized()
    _add_sample_layers()
    if _plugin is not None:
        if _shot:
            _plugin.dock.services_panel.checks_done.connect(_when_map_drawn)
        _plugin.show_services()
    if _shot:
        QTimer.singleShot(90000, _save_and_quit)  # bound, should the check never answer


QTimer.singleShot(0, _start)
