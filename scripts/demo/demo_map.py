"""The sample map of the demo and of the guide's pictures, inside a running QGIS:
land cover of the Marne (WMS) under the communes' outlines (WFS), around Reims.
Imported by demo_startup.py and screenshots_startup.py (scripts/ is on PYTHONPATH)."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt, QTimer


def add_sample_layers(iface, ows_url: str):
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    wms = QgsRasterLayer(
        f"crs=EPSG:2154&format=image/png&layers=geograndest:ocs_grand_est_2021_d51&styles=&url={ows_url}",
        "OCS GE2 2021 - Marne", "wms")
    if wms.isValid():
        project.addMapLayer(wms)
    wfs = QgsVectorLayer(
        f"url='{ows_url}' typename='region-grand-est:commune_actuelle' version='2.0.0' srsname='EPSG:2154'",
        "Communes", "WFS")
    if not wfs.isValid():
        return
    project.addMapLayer(wfs)
    wfs.renderer().symbol().symbolLayer(0).setBrushStyle(Qt.BrushStyle.NoBrush)  # the land cover shows through
    extent = QgsRectangle()
    extent.setMinimal()
    for feature in wfs.getFeatures(QgsFeatureRequest().setFilterExpression("\"insee_dep\" = '51'")):
        extent.combineExtentWith(feature.geometry().boundingBox())
    if not extent.isEmpty():
        # after QGIS's own zoom to the first layer added, which comes on the next turn of the loop
        QTimer.singleShot(0, lambda: _zoom(iface, extent.buffered(extent.width() * 0.05)))


def _zoom(iface, extent):
    iface.mapCanvas().setExtent(extent)
    iface.mapCanvas().refresh()
