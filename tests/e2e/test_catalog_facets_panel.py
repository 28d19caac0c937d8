"""The facets and the place filter driven in the catalogue panel, against the local platform."""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt

import csw_records
from support.iface import StandInIface
from support.qt import wait_for

from datagrandest_plugin.core.favourites import FavouritesStore
from datagrandest_plugin.gui.catalog.facets import PLACE_CANVAS, PLACE_LAYER, PLACE_TERRITORY
from datagrandest_plugin.gui.catalog.panel import CatalogPanel
from datagrandest_plugin.gui.catalog.result_tree import RECORD_ROLE


@pytest.fixture
def generated(local_platform):
    return {r.identifier: r for r in csw_records.catalogue(local_platform.urls["base_url"])}


@pytest.fixture
def panel(qgis_app, french, local_platform, monkeypatch, tmp_path):
    for key in ("csw_url", "d4c_url", "wfs_url", "ows_url"):
        monkeypatch.setenv("DGE_" + key.upper(), local_platform.urls[key])
    monkeypatch.setenv("DGE_CACHE_DIR", str(tmp_path / "cache"))
    iface = StandInIface()
    widget = CatalogPanel(iface)
    widget.set_favourites(FavouritesStore(tmp_path / "favourites.json"))
    widget.page_size = 100
    yield widget
    widget.shutdown()
    widget.deleteLater()
    iface.mainWindow().deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def shown(panel):
    return {panel.results.topLevelItem(i).data(0, RECORD_ROLE).identifier
            for i in range(panel.results.topLevelItemCount())}


def facet_item(panel, group_title, starts_with):
    tree = panel.facets.tree
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        if group.text(0) == group_title:
            for j in range(group.childCount()):
                if group.child(j).text(0).startswith(starts_with):
                    return group.child(j)
    raise AssertionError(f"no facet {group_title} / {starts_with}")


def searched(panel, text=""):
    panel.search(text)
    assert wait_for(panel.search_finished)


def test_facets_filter_the_list_with_counts_and_clear_in_one_click(panel, generated):
    searched(panel, "ocs")
    everything = shown(panel)
    vector = facet_item(panel, "Type de ressource", "Données vecteur (WFS)")
    expected = {i for i in everything if any(link.protocol == "OGC:WFS" for link in generated[i].links)}
    assert vector.text(0).endswith(f"({len(expected)})")
    vector.setCheckState(0, Qt.CheckState.Checked)
    assert shown(panel) == expected and panel.facets.clear_button.isEnabled()
    year = facet_item(panel, "Année des données", "2023")
    year.setCheckState(0, Qt.CheckState.Checked)  # AND: vector data of 2023
    assert shown(panel) == {i for i in expected if generated[i].revised.startswith("2023")}
    assert "résultats" in panel.facets.summary.text()
    facet_item(panel, "Licence", "Licence ouverte").setCheckState(0, Qt.CheckState.Checked)
    panel.favourites().save_search({"name": "wfs 2023", "text": "ocs",
                                    "facets": panel.facets.facet_filter().as_dict()})
    saved = panel.favourites().searches[0]
    assert saved["facets"]["kinds"] == ["vector"] and saved["facets"]["years"] == [2023, 2023]
    panel.facets.clear_button.click()
    assert shown(panel) == everything and not panel.facets.clear_button.isEnabled()


def _meets(a, b):
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def test_place_from_the_canvas_a_layer_and_a_territory(panel, generated):
    reims = (3.9, 49.1, 4.1, 49.3)
    canvas = panel.iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    canvas.resize(400, 400)
    canvas.setExtent(QgsRectangle(*reims))
    panel.facets.set_place(PLACE_CANVAS)
    assert wait_for(panel.search_finished)
    box = panel.facets.box()
    assert shown(panel) == {i for i, r in generated.items() if _meets(r.bbox, box)}
    assert "FR-200052264-GGE-OCS-GRAND-EST-D51-2021" in shown(panel)
    assert "FR-200052264-GGE-OCS-GRAND-EST-D54-2021" not in shown(panel)

    point = QgsVectorLayer("Point?crs=EPSG:4326", "un point à Nancy", "memory")  # one point: an empty extent
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(6.18, 48.69)))
    point.dataProvider().addFeatures([feature])
    point.updateExtents()
    panel.iface.active_layer = point
    panel.facets.set_place(PLACE_LAYER)
    assert wait_for(panel.search_finished)
    assert shown(panel) == {i for i, r in generated.items() if _meets(r.bbox, (6.18, 48.69, 6.18, 48.69))}
    assert "FR-200052264-GGE-OCS-GRAND-EST-D54-2021" in shown(panel)

    panel.facets.set_place(PLACE_TERRITORY)
    panel.facets.territory_edit.setText("departement:51")
    panel.facets.territory_edit.returnPressed.emit()
    assert wait_for(panel.search_finished)
    assert panel.facets.territory().code == "51"
    found = shown(panel)
    assert "FR-200052264-GGE-OCS-GRAND-EST-D51-2021" in found and "FR-200052264-GGE-OCS-GRAND-EST-D54-2021" not in found
