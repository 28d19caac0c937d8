# Run by QGIS (`qgis --code`) in the demo profile: show the plugin's dock, add
# sample layers from the local DataGrandEst, and with DGE_DEMO_SCREENSHOT set,
# save the window once the service check has answered, then quit.
import os

import qgis.utils
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt, QTimer
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
    if wfs.isValid():
        wfs.renderer().symbol().symbolLayer(0).setBrushStyle(0)  # outlines only: the land cover shows through
        extent = QgsRectangle()
        extent.setMinimal()
        for feature in wfs.getFeatures(QgsFeatureRequest().setFilterExpression("\"insee_dep\" = '51'")):
            extent.combineExtentWith(feature.geometry().boundingBox())
        if not extent.isEmpty():
            # after QGIS's own zoom to the first layer added, which comes on the next turn of the loop
            QTimer.singleShot(0, lambda: _zoom(extent.buffered(extent.width() * 0.05)))


def _zoom(extent):
    _iface.mapCanvas().setExtent(extent)
    _iface.mapCanvas().refresh()


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
    _add_sample_layers()
    if _plugin is not None:
        if _shot:
            _plugin.dock.services_panel.checks_done.connect(_when_map_drawn)
        _plugin.show_services()
        _iface.mainWindow().resizeDocks([_plugin.dock], [560], Qt.Orientation.Horizontal)
    if _shot:
        QTimer.singleShot(90000, _save_and_quit)  # bound, should the check never answer


QTimer.singleShot(0, _start)
