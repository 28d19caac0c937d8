"""The map canvas as a filter (gui/common/map_extent.py), shared by the catalogue and the layers panel."""

import math

from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle
from qgis.gui import QgsMapCanvas

from datagrandest_plugin.gui.common.map_extent import follow_map_extent, map_extent_wgs84

EARTH_RADIUS = 6378137.0  # the sphere of Web Mercator (EPSG:3857)


def degrees(x, y):
    """Web Mercator metres to degrees, by the projection's inverse formulas."""
    return math.degrees(x / EARTH_RADIUS), math.degrees(2 * math.atan(math.exp(y / EARTH_RADIUS)) - math.pi / 2)


def canvas_over(crs, rectangle):
    canvas = QgsMapCanvas()
    canvas.resize(400, 400)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem(crs))
    canvas.setExtent(rectangle)
    return canvas


def test_the_extent_of_a_web_mercator_map_in_degrees(qgis_app):
    canvas = canvas_over("EPSG:3857", QgsRectangle(433000, 6300000, 449000, 6316000))  # over Reims
    extent = canvas.extent()  # as the canvas fitted it to its size
    west, south = degrees(extent.xMinimum(), extent.yMinimum())
    east, north = degrees(extent.xMaximum(), extent.yMaximum())
    box = map_extent_wgs84(canvas)
    assert [round(v, 6) for v in box] == [round(v, 6) for v in (west, south, east, north)]
    assert 3.8 < west < east < 4.1 and 49.1 < south < north < 49.4


def test_a_map_wider_than_the_world_gives_the_world_and_no_canvas_gives_none(qgis_app):
    canvas = canvas_over("EPSG:4326", QgsRectangle(-400, -400, 400, 400))
    assert map_extent_wgs84(canvas) == (-180.0, -90.0, 180.0, 90.0)
    assert map_extent_wgs84(None) is None


def test_following_the_map_then_letting_it_go(qgis_app):
    canvas = canvas_over("EPSG:4326", QgsRectangle(5, 48, 6, 49))
    moves = []
    follow_map_extent(canvas, lambda: moves.append(1), False)  # not following yet: nothing to let go
    def slot():
        moves.append(canvas.extent().xMinimum())

    follow_map_extent(canvas, slot, True)
    canvas.setExtent(QgsRectangle(6, 48, 7, 49))
    assert moves != []
    seen = len(moves)
    follow_map_extent(canvas, slot, False)
    canvas.setExtent(QgsRectangle(7, 48, 8, 49))
    assert len(moves) == seen
    follow_map_extent(None, slot, True)  # no canvas (no QGIS window): nothing happens
