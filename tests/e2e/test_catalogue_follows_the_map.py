"""Issue 14, item 6: with "Seulement dans l'emprise de la carte" checked, the catalogue searches
again (debounced) each time the map moves, as the Couches box of the same name does."""

from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest

import sample_layers as sl
from support import platform_environment, wait_for
from support.window import open_tab, plugin_window


def searched(panel):
    for _attempt in range(5):
        if panel.progress.isHidden() and panel.results.topLevelItemCount():
            break
        assert wait_for(panel.search_finished)
    return [panel.results.topLevelItem(i).text(0) for i in range(panel.results.topLevelItemCount())]


def move_map(canvas, box):
    canvas.setExtent(QgsRectangle(*box))
    canvas.refresh()


def test_the_extent_filter_follows_the_map(qgis_app, french, local_platform, tmp_path):
    with platform_environment(local_platform, tmp_path / "cache"), plugin_window() as (iface, plugin):
        canvas = iface.mapCanvas()
        QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
        canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
        move_map(canvas, sl.BBOX_D51)  # Reims
        panel = open_tab(plugin, "catalogue")
        QTest.keyClicks(panel.search_box, "ocs")
        everywhere = searched(panel)
        assert any("Marne" in t for t in everywhere) and any("Meurthe-et-Moselle" in t for t in everywhere)

        box = panel.extent_check
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(8, box.height() // 2))
        assert panel.extent_check.isChecked()
        over_reims = searched(panel)
        assert any("Marne" in t for t in over_reims)
        assert not any("Meurthe-et-Moselle" in t for t in over_reims), over_reims

        move_map(canvas, sl.BBOX_D54)  # the user pans to Nancy: the list follows, without a click
        assert wait_for(panel.search_finished)
        over_nancy = searched(panel)
        assert any("Meurthe-et-Moselle" in t for t in over_nancy)
        assert not any("51 Marne" in t for t in over_nancy), over_nancy
