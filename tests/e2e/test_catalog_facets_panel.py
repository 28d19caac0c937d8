"""The facets and the place filter driven in the catalogue panel, against the local platform
(its pycsw asked in CSW 2.0.2 and in OGC API Records, and the D4C stand-in)."""

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QEvent

import csw_records
from support.catalog_gui import check, drive_every_facet, drive_the_three_places, facet_item
from support.iface import StandInIface

from datagrandest_plugin.core.favourites import FavouritesStore
from datagrandest_plugin.gui.catalog.panel import CatalogPanel


@pytest.fixture
def generated(local_platform):
    return {r.identifier: r for r in csw_records.catalogue(local_platform.urls["base_url"])}


@pytest.fixture(params=["csw", "oarec"])
def panel(request, qgis_app, french, local_platform, monkeypatch, tmp_path):
    for key in ("csw_url", "oarec_url", "d4c_url", "wfs_url", "ows_url"):
        monkeypatch.setenv("DGE_" + key.upper(), local_platform.urls[key])
    monkeypatch.setenv("DGE_CATALOGUE_PROTOCOL", request.param)  # GeoNetwork asked in CSW or OGC API Records
    if request.param == "oarec":  # nothing can come from the CSW
        monkeypatch.setenv("DGE_CSW_URL", "http://127.0.0.1:9/csw")
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


def test_facets_filter_the_list_with_counts_and_clear_in_one_click(panel, generated):
    drive_every_facet(panel, generated, csw_records.ORG)
    check(facet_item(panel, "Type de ressource", "Données vecteur (WFS)"))
    check(facet_item(panel, "Année des données", "2023"))
    panel.favourites().save_search({"name": "wfs 2023", "text": "ocs",
                                    "facets": panel.facets.facet_filter().as_dict()})
    saved = panel.favourites().searches[0]
    assert saved["facets"]["kinds"] == ["vector"] and saved["facets"]["years"] == [2023, 2023]


def test_place_from_the_canvas_a_layer_and_a_territory(panel, generated):
    drive_the_three_places(panel, generated, panel.iface)
