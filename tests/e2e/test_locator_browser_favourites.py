"""Locator filter, Browser node and favourites, in headless QGIS."""

import json

import pytest
from qgis.core import QgsLocatorContext, QgsLocatorResult, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer

from support.iface import StandInIface

from datagrandest_plugin.core.errors import BadAnswer
from datagrandest_plugin.core.favourites import Favourite, FavouritesStore
from datagrandest_plugin.core.layers.spec import LayerSpec
from datagrandest_plugin.gui.integration.browser_provider import DataGrandEstItemProvider
from datagrandest_plugin.gui.integration.locator_filter import DgeLocatorFilter


@pytest.fixture
def env(local_platform, monkeypatch, tmp_path):
    monkeypatch.setenv("DGE_CSW_URL", local_platform.urls["csw_url"])
    monkeypatch.setenv("DGE_D4C_URL", local_platform.urls["d4c_url"])
    for key in ("ows_url", "wms_url", "wfs_url", "wmts_url"):
        monkeypatch.setenv("DGE_" + key.upper(), local_platform.urls[key])
    monkeypatch.setenv("DGE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("DGE_DATA_DIR", str(tmp_path / "data"))
    return local_platform


def communes_spec(platform):
    return LayerSpec(kind="wfs", url=platform.urls["base_url"] + "/geoserver/region-grand-est/wfs", name="commune_actuelle",
                     title="Communes favorites")


def locate(iface, text):
    results = []
    loop = QEventLoop()

    def found(result):
        # the signal's object dies with the call: keep plain values
        results.append((result.displayString, result.description, result.userData))

    iface.locator.foundResult.connect(found)
    iface.locator.finished.connect(loop.quit)
    iface.locator.fetchResults(text, QgsLocatorContext())
    QTimer.singleShot(30000, loop.quit)  # bound only
    loop.exec_()
    iface.locator.foundResult.disconnect(found)
    iface.locator.finished.disconnect(loop.quit)
    return results


def test_locator_finds_catalogue_records_and_favourites_and_adds_the_layer(qgis_app, env):
    iface = StandInIface()
    from datagrandest_plugin.toolbelt.settings import PlgOptionsManager

    FavouritesStore(PlgOptionsManager.get_plg_settings().favourites_path()).add(
        Favourite(kind="layer", identifier="communes", title="Communes favorites", sources=[], layer=communes_spec(env)))
    locator_filter = DgeLocatorFilter()
    iface.registerLocatorFilter(locator_filter)
    results = locate(iface, "dge commune")
    names = [r[0] for r in results]
    assert "Communes favorites" in names
    assert "DONNEE - Commune du Grand Est (petite échelle)" in names
    descriptions = [r[1] for r in results]
    assert "WFS · region-grand-est:commune_actuelle" in descriptions  # a layer of the service tree
    iface.locator.fetchResults("commune", QgsLocatorContext())  # without the "dge" prefix
    assert not iface.locator.isRunning()  # no network search started
    title, _description, data = next(r for r in results if r[0] == "Communes favorites")
    chosen = QgsLocatorResult(locator_filter, title, data)
    loop = QEventLoop()
    QgsProject.instance().layerWasAdded.connect(loop.quit)
    locator_filter.triggerResult(chosen)  # what QGIS does when the user picks the result
    QTimer.singleShot(30000, loop.quit)
    loop.exec_()
    QgsProject.instance().layerWasAdded.disconnect(loop.quit)
    added = QgsProject.instance().mapLayersByName("Communes favorites")
    assert added and added[0].featureCount() == 8
    QgsProject.instance().removeMapLayer(added[0].id())
    iface.deregisterLocatorFilter(locator_filter)  # the locator deletes it, as in QGIS
    iface.mainWindow().deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def populated(model, item):
    """Children of a Browser item, built as QGIS's Browser builds them.

    Read through the model: PyQGIS 3.22's ``QgsDataItem.children()`` hands
    out wrappers that Python then deletes under the model's feet."""
    item.populate(True)  # foreground: createChildren, then the item adopts the children
    index = model.findItem(item)
    return [model.dataItem(model.index(row, 0, index)) for row in range(model.rowCount(index))]


def test_browser_node_lists_favourites_and_saved_searches_as_draggable_layers(qgis_app, french, env):
    from qgis.core import QgsApplication, QgsBrowserModel

    from datagrandest_plugin.toolbelt.settings import PlgOptionsManager

    store = FavouritesStore(PlgOptionsManager.get_plg_settings().favourites_path())
    store.add(Favourite(kind="layer", identifier="communes", title="Communes favorites", sources=[], layer=communes_spec(env)))
    store.save_search({"name": "PCRS", "text": "pcrs"})
    provider = DataGrandEstItemProvider()
    QgsApplication.dataItemProviderRegistry().addProvider(provider)
    model = QgsBrowserModel()
    try:
        model.initialize()
        items = [model.dataItem(model.index(row, 0)) for row in range(model.rowCount())]
        roots = [item for item in items if item.name() == "DataGrandEst"]
        assert len(roots) == 1
        favourites, searches = populated(model, roots[0])
        assert [favourites.name(), searches.name()] == ["Favoris", "Recherches enregistrées"]
        (favourite,) = populated(model, favourites)
        uri = favourite.mimeUris()[0]
        assert uri.providerKey == "WFS" and uri.layerType == "vector"
        layer = QgsVectorLayer(uri.uri, uri.name, uri.providerKey)
        assert layer.isValid() and layer.featureCount() == 8
        (saved,) = populated(model, searches)
        assert saved.name() == "PCRS"
        layers = populated(model, saved)
        assert layers and all("PCRS" in item.name() or "Ortho" in item.name() for item in layers)
        raster = next(item for item in layers if item.mimeUris()[0].layerType == "raster")
        assert QgsRasterLayer(raster.mimeUris()[0].uri, "pcrs", raster.mimeUris()[0].providerKey).isValid()
    finally:
        # as when the plugin unloads with the Browser open: the model drops the node first
        QgsApplication.dataItemProviderRegistry().removeProvider(provider)
        assert not [model.dataItem(model.index(r, 0)).name() for r in range(model.rowCount())
                    if model.dataItem(model.index(r, 0)).name() == "DataGrandEst"]


def test_favourites_export_import_roundtrip_and_hostile_files(tmp_path, env):
    trainer = FavouritesStore(tmp_path / "trainer.json")
    trainer.add(Favourite(kind="layer", identifier="communes", title="Communes favorites", sources=[], layer=communes_spec(env)))
    trainer.add(Favourite(kind="record", identifier="FR-200052264-GGE-PCRS-GRAND-EST", title="PCRS", sources=["csw"]))
    trainer.save_search({"name": "OCS 2021", "text": "ocs 2021"})
    exported = tmp_path / "set.json"
    assert trainer.export(exported) == 2
    participant = FavouritesStore(tmp_path / "participant.json")
    participant.add(Favourite(kind="record", identifier="FR-200052264-GGE-PCRS-GRAND-EST", title="old title", sources=["csw"]))
    assert participant.import_file(exported) == 3
    again = FavouritesStore(tmp_path / "participant.json")
    assert sorted(f.title for f in again.items) == ["Communes favorites", "PCRS"]
    assert [s["name"] for s in again.searches] == ["OCS 2021"]
    assert again.items[[f.title for f in again.items].index("Communes favorites")].layer.name == "commune_actuelle"

    hostile = tmp_path / "hostile.json"
    hostile.write_text(json.dumps({"format": "datagrandest-favourites", "favourites": [
        {"kind": "layer", "identifier": "a", "title": "file", "layer": {"kind": "file", "url": "/etc/passwd", "name": "x"}},
        {"kind": "layer", "identifier": "b", "title": "js", "layer": {"kind": "wms", "url": "javascript:alert(1)", "name": "x"}},
        {"kind": "layer", "identifier": "c", "title": "bad field", "layer": {"kind": "wms", "url": "https://x/wms",
                                                                            "name": "x", "evil": "y"}},
        {"kind": "nonsense"}, "text", 42]}))
    count = participant.import_file(hostile)
    assert count == 1  # only the WMS entry with an unknown field ignored survives
    assert all(f.layer is None or f.layer.url.startswith("http") for f in participant.items)
    for bad in ("not json", json.dumps({"favourites": []}), json.dumps([1, 2])):
        hostile.write_text(bad)
        with pytest.raises(BadAnswer):
            participant.import_file(hostile)
    assert len(FavouritesStore(tmp_path / "participant.json").items) == 3  # nothing lost
