"""The "DataGrandEst" page of QGIS's Data Source Manager:
searching the local platform with the facets and the place filter, "Add" loading through the resolver."""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt

import csw_records
from support.catalog_gui import drive_every_facet, drive_the_three_places
from support.iface import StandInIface
from support.qt import wait_for

from datagrandest_plugin.gui.catalog.facets import PLACE_CANVAS
from datagrandest_plugin.gui.catalog.panel import RECORD_ROLE
from datagrandest_plugin.gui.integration.source_select import DataGrandEstSourceSelectProvider

OCS_D51_2021 = "FR-200052264-GGE-OCS-GRAND-EST-D51-2021"


@pytest.fixture
def provider(qgis_app, french, local_platform, monkeypatch, tmp_path):
    """The provider as the plugin registers it (its registration by initGui/unload is tested in
    tests/qgis/test_source_select_registry.py: unloading the plugin here would end the transport
    the next tests of this process use)."""
    for key in ("csw_url", "d4c_url", "wfs_url", "ows_url", "wms_url", "wmts_url"):
        monkeypatch.setenv("DGE_" + key.upper(), local_platform.urls[key])
    monkeypatch.setenv("DGE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("DGE_DATA_DIR", str(tmp_path / "data"))
    iface = StandInIface()
    yield DataGrandEstSourceSelectProvider(iface)
    iface.mainWindow().deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def test_search_facets_place_and_add_through_the_resolver(provider, local_platform):
    generated = {r.identifier: r for r in csw_records.catalogue(local_platform.urls["base_url"])}
    widget = provider.createDataSourceWidget(None)
    panel = widget.panel
    panel.page_size = 100
    try:
        assert not widget.add_button.isEnabled()
        panel.search("ocs")
        assert wait_for(panel.search_finished)
        rows = [panel.results.topLevelItem(i).data(0, RECORD_ROLE) for i in range(panel.results.topLevelItemCount())]
        assert {r.identifier for r in rows} >= {OCS_D51_2021}
        group = next(panel.facets.tree.topLevelItem(i) for i in range(panel.facets.tree.topLevelItemCount())
                     if panel.facets.tree.topLevelItem(i).text(0) == "Type de ressource")
        vector = next(group.child(j) for j in range(group.childCount()) if group.child(j).text(0).startswith("Données vecteur"))
        vector.setCheckState(0, Qt.CheckState.Checked)
        shown = {panel.results.topLevelItem(i).data(0, RECORD_ROLE).identifier
                 for i in range(panel.results.topLevelItemCount())}
        assert shown == {r.identifier for r in rows if any(link.protocol == "OGC:WFS"
                                                            for link in generated[r.identifier].links)}
        canvas = provider.iface.mapCanvas()
        canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        canvas.resize(400, 400)
        canvas.setExtent(QgsRectangle(3.9, 49.1, 4.1, 49.3))  # around Reims
        panel.facets.set_place(PLACE_CANVAS)  # the search runs again, over the canvas
        assert wait_for(panel.search_finished)
        shown = {panel.results.topLevelItem(i).data(0, RECORD_ROLE).identifier
                 for i in range(panel.results.topLevelItemCount())}
        assert OCS_D51_2021 in shown and "FR-200052264-GGE-OCS-GRAND-EST-D54-2021" not in shown

        for i in range(panel.results.topLevelItemCount()):
            if panel.results.topLevelItem(i).data(0, RECORD_ROLE).identifier == OCS_D51_2021:
                panel.results.setCurrentItem(panel.results.topLevelItem(i))
        assert panel.current_record().identifier == OCS_D51_2021 and widget.add_button.isEnabled()
        before = len(QgsProject.instance().mapLayers())
        widget.add_button.click()  # "Ajouter": the record's preferred layer (WMS), through the resolver
        added = wait_for(panel.layer_added)
        assert added and added[0][0].isValid() and len(QgsProject.instance().mapLayers()) == before + 1
        assert "127.0.0.1" in added[0][0].source()
    finally:
        panel.shutdown()
        for layer in list(QgsProject.instance().mapLayers().values()):
            QgsProject.instance().removeMapLayer(layer.id())
        widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def test_every_facet_and_the_three_places_in_the_data_source_manager(provider, local_platform):
    generated = {r.identifier: r for r in csw_records.catalogue(local_platform.urls["base_url"])}
    widget = provider.createDataSourceWidget(None)
    panel = widget.panel
    panel.page_size = 100
    try:
        drive_every_facet(panel, generated, csw_records.ORG)
        drive_the_three_places(panel, generated, provider.iface)
    finally:
        panel.shutdown()
        widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
