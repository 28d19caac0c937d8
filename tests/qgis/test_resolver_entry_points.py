"""Every way of adding a layer goes through the one resolver: a test per entry point.

The settings name DataGrandEst's OGC services on https://geo.example.test with
an ``authcfg`` and Web Mercator as the default CRS. Each entry point is driven
as the user does (a drop, a locator result, a Browser item, a group's "load",
a scenario step, the services and historical trees, a catalogue link, the OCS
and PCRS panels); the spec that reaches the layer factory (or the Browser
item's URI) must carry the ``authcfg`` of its origin only, the default CRS when
the source has no say, and the chosen layer's title as its name. The layer
factory is replaced by one that makes a memory layer, so no server is needed.
"""

import json
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from support import environment, wait_for

from datagrandest_plugin.core.ogc.capabilities import parse_capabilities
from datagrandest_plugin.core.catalog.link_specs import layer_spec, record_quick_spec
from datagrandest_plugin.core.catalog.models import CatalogRecord, Link
from datagrandest_plugin.core.community.model import LayerRef, Scenario, ScenarioStep
from datagrandest_plugin.core.favourites import Favourite, FavouritesStore
from datagrandest_plugin.core.layers.spec import LayerSpec
from datagrandest_plugin.core.trees.legacy import read_legacy_config
from datagrandest_plugin.core.ocs.products import OcsProduct, vector_spec
from datagrandest_plugin.core.pcrs.entries import PcrsEntry
from datagrandest_plugin.toolbelt.settings import PlgOptionsManager

CORPUS = Path(__file__).resolve().parents[1] / "data" / "capabilities"
OWS = "https://geo.example.test/geoserver/ows"
AUTHCFG = "dge0001"
FOREIGN = "https://other.example.org/geoserver/wms"


@pytest.fixture
def settings(qgis_app, tmp_path):
    values = dict(DGE_OWS_URL=OWS, DGE_WMS_URL="https://geo.example.test/geoserver/wms",
                  DGE_WFS_URL="https://geo.example.test/geoserver/wfs",
                  DGE_WMTS_URL="https://geo.example.test/geoserver/gwc/service/wmts",
                  DGE_AUTHCFG_OWS=AUTHCFG, DGE_DEFAULT_CRS="EPSG:3857", DGE_DATA_DIR=str(tmp_path / "data"),
                  DGE_CACHE_DIR=str(tmp_path / "cache"), DGE_OFFLINE="1")
    with environment(**values):
        yield PlgOptionsManager.get_plg_settings()


@pytest.fixture
def factory(monkeypatch, settings):
    """The layer factory, replaced: records each spec, makes a memory layer of its name."""
    from datagrandest_plugin.gui.common import layer_loader

    specs = []

    def create(spec):
        specs.append(spec)
        return QgsVectorLayer("Point?crs=EPSG:2154", spec.display_name, "memory")

    monkeypatch.setattr(layer_loader, "create_layer", create)
    project = QgsProject.instance()
    yield specs
    project.removeAllMapLayers()


def added(count):
    project = QgsProject.instance()
    while len(project.mapLayers()) < count:
        assert wait_for(project.layersAdded), "no layer was added"
    return project


def wms_layers(name="geoserver_wms_130_layer_group"):
    body = (CORPUS / f"{name}.xml").read_bytes()
    return parse_capabilities("wms", body, OWS).layers


def wmts_layer():
    body = (CORPUS / "geowebcache_wmts.xml").read_bytes()
    return parse_capabilities("wmts", body, "https://geo.example.test/geoserver/gwc/service/wmts").layers[0]


def test_services_tree(factory, settings):
    from datagrandest_plugin.gui.common.layer_loader import add_layer
    from datagrandest_plugin.gui.layers.specs import payload_spec
    from datagrandest_plugin.gui.layers.payloads import ServicePayload

    communes = wms_layers()[1]
    spec = payload_spec(ServicePayload(layer=communes), settings)
    assert (spec.authcfg, spec.crs, spec.title) == (AUTHCFG, "EPSG:3857", "Communes")
    add_layer(spec)
    project = added(1)
    assert [layer.name() for layer in project.mapLayers().values()] == ["Communes"]


def test_historical_tree_keeps_its_crs_and_gets_the_authcfg_of_its_origin(factory, settings):
    from datagrandest_plugin.gui.layers.specs import payload_spec
    from datagrandest_plugin.gui.layers.payloads import NodePayload

    tree = read_legacy_config({"title": "Racine", "type": "folder", "children": [
        {"title": "Communes (arbre historique)", "type": "wms_layer",
         "params": {"url": "https://geo.example.test/geoserver/wms", "name": "commune_actuelle", "srs": "EPSG:2154"}},
        {"title": "Ailleurs", "type": "wms_layer", "params": {"url": FOREIGN, "name": "x"}}]})
    mine, foreign = [payload_spec(NodePayload(node=node), settings) for node in tree.layers()]
    assert (mine.authcfg, mine.crs, mine.title) == (AUTHCFG, "EPSG:2154", "Communes (arbre historique)")
    assert foreign.authcfg == ""  # never sent to another origin


def test_catalogue_link_names_the_chosen_layer_not_the_record(settings):
    record = CatalogRecord(identifier="lim", title="Limites administratives du Grand Est (communes, EPCI…)",
                           sources=["csw"], links=[Link("OGC:WMS", OWS)])
    layers = wms_layers()
    communes = layer_spec(record, record.links[0], layers, settings, layer_name="region-grand-est:commune_actuelle")
    epci = layer_spec(record, record.links[0], layers, settings, layer_name="region-grand-est:epci")
    assert (communes.title, epci.title) == ("Communes", "EPCI")
    assert communes.authcfg == epci.authcfg == AUTHCFG and communes.crs == epci.crs == "EPSG:3857"
    foreign = CatalogRecord(identifier="f", title="Ailleurs", sources=["csw"], links=[Link(protocol="OGC:WMS", url=FOREIGN, name="x")])
    assert record_quick_spec(foreign, settings).authcfg == ""


def test_a_wms_and_a_wmts_of_the_same_layer_get_distinct_names(factory, settings):
    from datagrandest_plugin.gui.common.layer_loader import add_layer
    from datagrandest_plugin.gui.layers.specs import payload_spec
    from datagrandest_plugin.gui.layers.payloads import ServicePayload

    wmts = wmts_layer()
    wms = payload_spec(ServicePayload(layer=wms_layers("geoserver_wms_130_virtual_layer")[0]), settings)
    wms.title = wmts.title  # the same layer published by both services
    add_layer(wms)
    add_layer(payload_spec(ServicePayload(layer=wmts), settings))
    project = added(2)
    names = sorted(layer.name() for layer in project.mapLayers().values())
    assert names == ["Orthophotographie 2021", "Orthophotographie 2021 (WMTS, Image)"]


def test_locator_result(factory, settings):
    from datagrandest_plugin.gui.integration.locator_search import add_result_layer

    spec = LayerSpec(kind="wfs", url="https://geo.example.test/geoserver/wfs", name="region-grand-est:epci",
                     title="EPCI", authcfg="someone-elses")
    add_result_layer(json.dumps(spec.__dict__))
    added(1)
    (reached,) = factory
    assert (reached.authcfg, reached.crs, reached.display_name) == (AUTHCFG, "EPSG:3857", "EPCI")


def test_drag_and_drop(factory, settings):
    from datagrandest_plugin.gui.layers.drop_handler import DataGrandEstDropHandler
    from datagrandest_plugin.gui.layers.items import spec_to_uri

    spec = LayerSpec(kind="wms", url=FOREIGN, name="x", title="Ailleurs", authcfg=AUTHCFG)
    DataGrandEstDropHandler().handleCustomUriDrop(spec_to_uri(spec))
    added(1)
    (reached,) = factory
    assert (reached.authcfg, reached.crs, reached.display_name) == ("", "EPSG:3857", "Ailleurs")


def test_browser_favourites(settings):
    from datagrandest_plugin.gui.integration.browser_items import FavouritesItem

    store = FavouritesStore(settings.favourites_path())
    store.add(Favourite(kind="layer", identifier="communes", title="Communes", sources=[], layer=LayerSpec(
        kind="wms", url="https://geo.example.test/geoserver/wms", name="commune_actuelle", title="Communes")))
    children = FavouritesItem(None).createChildren()
    assert [item.name() for item in children] == ["Communes"]
    uri = children[0].uri()
    assert f"authcfg={AUTHCFG}" in uri and "crs=EPSG:3857" in uri


def test_community_group(factory, settings, french):
    from support.community import close_dock, make_dock

    from datagrandest_plugin.core.community.model import Group

    iface, dock = make_dock()
    try:
        group = Group(id="g", kind="project", title="Groupe", layers=(LayerRef(kind="wms", name="commune_actuelle", service="wms",
                                                                title="Communes"),))
        dock.community_panel.load_group_layers(group)
        added(1)
    finally:
        close_dock(iface, dock)
    (reached,) = factory
    assert reached.url == "https://geo.example.test/geoserver/wms"
    assert (reached.authcfg, reached.crs, reached.display_name) == (AUTHCFG, "EPSG:3857", "Communes")


def test_scenario_step(factory, settings):
    from datagrandest_plugin.gui.community.scenario_player import ScenarioPlayer

    step = ScenarioStep(action="add_layer", layer=LayerRef(kind="wfs", name="region-grand-est:epci", service="wfs",
                                                           title="EPCI"))
    player = ScenarioPlayer(Scenario(title="Démo", steps=(step,)), None, None, settings, QgsProject.instance())
    player.next()
    added(1)
    (reached,) = factory
    assert (reached.authcfg, reached.crs, reached.display_name) == (AUTHCFG, "EPSG:3857", "EPCI")


def test_ocs_panel_spec(settings):
    body = (CORPUS / "geoserver_wfs_200.xml").read_bytes()
    layer = parse_capabilities("wfs", body, "https://geo.example.test/geoserver/wfs").layers[0]
    spec = vector_spec(OcsProduct(year=2021, department="51", layers={"wfs": layer}), settings=settings)
    assert spec.authcfg == AUTHCFG and spec.crs == "EPSG:2154"  # the nomenclature's areas are in Lambert-93
    assert "2021" in spec.title and "51" in spec.title


def test_pcrs_panel_spec_from_a_record(settings):
    entry = PcrsEntry(key="pcrs_facade", title="PCRS - Façades - Nancy", specs={"wms": LayerSpec(
        kind="wms", url="https://geo.example.test/geoserver/geograndest/ows", name="pcrs_facade")})
    spec = entry.image_spec(settings)
    assert (spec.authcfg, spec.crs, spec.title) == (AUTHCFG, "EPSG:3857", "PCRS - Façades - Nancy")
