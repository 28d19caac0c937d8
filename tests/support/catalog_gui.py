"""Driving the catalogue's facets and place filter as a user does, in whichever widget hosts the
catalogue panel (the dock's tab, the Data Source Manager's page). Expected values come from the
data generator's records (``generated``: id -> csw_records.Record), never from the plugin."""

from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from support.qt import wait_for

from datagrandest_plugin.gui.catalog.facets import PLACE_CANVAS, PLACE_LAYER, PLACE_TERRITORY
from datagrandest_plugin.gui.catalog.result_tree import RECORD_ROLE

OCS_D51_2021 = "FR-200052264-GGE-OCS-GRAND-EST-D51-2021"
OCS_D54_2021 = "FR-200052264-GGE-OCS-GRAND-EST-D54-2021"
REIMS = (3.9, 49.1, 4.1, 49.3)
NANCY = (6.18, 48.69)


def shown(panel) -> set:
    return {panel.results.topLevelItem(i).data(0, RECORD_ROLE).identifier
            for i in range(panel.results.topLevelItemCount())}


def facet_groups(panel) -> dict:
    tree = panel.facets.tree
    return {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}


def facet_item(panel, group_title, starts_with):
    group = facet_groups(panel).get(group_title)
    for j in range(group.childCount() if group else 0):
        if group.child(j).text(0).startswith(starts_with):
            return group.child(j)
    raise AssertionError(f"no facet {group_title} / {starts_with}")


def searched(panel, text=""):
    panel.search(text)
    assert wait_for(panel.search_finished)


def check(item, on=True):
    item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def drive_every_facet(panel, generated, org: str):
    """Each facet group filters the list (AND between groups), shows its counts, clears in one click."""
    searched(panel, "ocs")
    everything = shown(panel)
    assert OCS_D51_2021 in everything

    vector = facet_item(panel, "Type de ressource", "Données vecteur (WFS)")
    expected = {i for i in everything if any(link.protocol == "OGC:WFS" for link in generated[i].links)}
    assert vector.text(0).endswith(f"({len(expected)})")
    check(vector)
    assert shown(panel) == expected and panel.facets.clear_button.isEnabled()
    check(facet_item(panel, "Année des données", "2023"))  # AND: vector data of 2023
    assert shown(panel) == {i for i in expected if generated[i].revised.startswith("2023")}
    assert "résultats" in panel.facets.summary.text()
    check(facet_item(panel, "Licence", "Licence ouverte"))  # every generated record is open
    assert shown(panel) == {i for i in expected if generated[i].revised.startswith("2023")}
    panel.facets.clear_button.click()
    assert shown(panel) == everything and not panel.facets.clear_button.isEnabled()

    producer = facet_item(panel, "Producteur", org)
    assert producer.text(0).endswith(f"({len(everything)})")  # one producer for every record
    check(producer)
    assert shown(panel) == everything
    panel.facets.clear_button.click()

    def having(keyword):
        return {i for i in everything if keyword.casefold() in {k.casefold() for k in generated[i].keywords}}

    keyword = min(generated[OCS_D51_2021].keywords, key=lambda k: len(having(k)))  # the most selective one
    assert OCS_D51_2021 in having(keyword) < everything
    check(facet_item(panel, "Mot-clé", f"{keyword} ({len(having(keyword))})"))
    assert shown(panel) == having(keyword)
    panel.facets.clear_button.click()
    assert shown(panel) == everything
    # no reference system group: search results (pycsw's Dublin Core and JSON, D4C's datasets) name
    # none; that facet counts full records (tests/e2e/test_search_facets.py)
    assert "Système de référence" not in facet_groups(panel)
    return everything


def _meets(a, b):
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def drive_the_three_places(panel, generated, iface):
    """The map canvas, the selected layer's extent (a point: an empty extent), a territory."""
    searched(panel, "")  # every record, then only those of the place
    canvas = iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    canvas.resize(400, 400)
    canvas.setExtent(QgsRectangle(*REIMS))
    panel.facets.set_place(PLACE_CANVAS)
    assert wait_for(panel.search_finished)
    box = panel.facets.box()
    assert shown(panel) == {i for i, r in generated.items() if _meets(r.bbox, box)}
    assert OCS_D51_2021 in shown(panel) and OCS_D54_2021 not in shown(panel)

    point = QgsVectorLayer("Point?crs=EPSG:4326", "un point à Nancy", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*NANCY)))
    point.dataProvider().addFeatures([feature])
    point.updateExtents()
    iface.active_layer = point
    panel.facets.set_place(PLACE_LAYER)
    assert wait_for(panel.search_finished)
    assert shown(panel) == {i for i, r in generated.items() if _meets(r.bbox, NANCY * 2)}
    assert OCS_D54_2021 in shown(panel)

    panel.facets.set_place(PLACE_TERRITORY)
    panel.facets.territory_edit.setText("departement:51")
    panel.facets.territory_edit.returnPressed.emit()
    assert wait_for(panel.search_finished)
    assert panel.facets.territory().code == "51"
    found = shown(panel)
    assert OCS_D51_2021 in found and OCS_D54_2021 not in found
    return point
