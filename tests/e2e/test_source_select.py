"""The "DataGrandEst" page of QGIS's Data Source Manager:
searching the local platform with the facets and the place filter, "Add" loading through the resolver."""

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent

import csw_records
from support.catalog_gui import OCS_D51_2021, check, drive_every_facet, drive_the_three_places, facet_item, searched, shown
from support.iface import StandInIface
from support.qt import wait_for

from datagrandest_plugin.gui.catalog.result_tree import RECORD_ROLE
from datagrandest_plugin.gui.integration.source_select import DataGrandEstSourceSelectProvider


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


@pytest.fixture
def widget(provider):
    """The page as the Data Source Manager opens it, its panel showing up to 100 results."""
    page = provider.createDataSourceWidget(None)
    page.panel.page_size = 100
    yield page
    page.panel.shutdown()
    for layer in list(QgsProject.instance().mapLayers().values()):
        QgsProject.instance().removeMapLayer(layer.id())
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def test_search_and_add_through_the_resolver(widget):
    panel = widget.panel
    assert not widget.add_button.isEnabled()
    searched(panel, "ocs")
    check(facet_item(panel, "Type de ressource", "Données vecteur"))
    assert OCS_D51_2021 in shown(panel)
    for i in range(panel.results.topLevelItemCount()):
        if panel.results.topLevelItem(i).data(0, RECORD_ROLE).identifier == OCS_D51_2021:
            panel.results.setCurrentItem(panel.results.topLevelItem(i))
    assert panel.current_record().identifier == OCS_D51_2021 and widget.add_button.isEnabled()
    before = len(QgsProject.instance().mapLayers())
    widget.add_button.click()  # "Ajouter": the record's preferred layer (WMS), through the resolver
    added = wait_for(panel.layer_added)
    assert added and added[0][0].isValid() and len(QgsProject.instance().mapLayers()) == before + 1
    assert "127.0.0.1" in added[0][0].source()


def test_every_facet_and_the_three_places_in_the_data_source_manager(provider, widget, local_platform):
    generated = {r.identifier: r for r in csw_records.catalogue(local_platform.urls["base_url"])}
    drive_every_facet(widget.panel, generated, csw_records.ORG)
    drive_the_three_places(widget.panel, generated, provider.iface)
