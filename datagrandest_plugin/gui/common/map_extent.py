"""The map canvas as a filter: its extent in degrees, and following it as the map moves."""

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject


def map_extent_wgs84(canvas):
    """The canvas extent in degrees, within the world's bounds, or None when it cannot be known."""
    if canvas is None:
        return None
    extent = canvas.extent()
    if extent.isEmpty():
        return None
    source = canvas.mapSettings().destinationCrs()
    try:
        transform = QgsCoordinateTransform(source, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
        box = transform.transformBoundingBox(extent)
    except Exception:  # noqa: BLE001 - QgsCsException: an extent outside the CRS's domain
        return None
    return (max(box.xMinimum(), -180.0), max(box.yMinimum(), -90.0),
            min(box.xMaximum(), 180.0), min(box.yMaximum(), 90.0))


def follow_map_extent(canvas, slot, follow: bool):
    """Call ``slot`` each time the map moves (``follow``), or no more; a missing canvas does nothing."""
    if canvas is None:
        return
    if follow:
        canvas.extentsChanged.connect(slot)
        return
    try:
        canvas.extentsChanged.disconnect(slot)
    except TypeError:  # it was not following
        pass
