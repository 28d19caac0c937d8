"""The resolver's choices, without QGIS: authcfg by origin, CRS, names."""

from dataclasses import replace

from datagrandest_plugin.core.net.credentials import authcfg_for
from datagrandest_plugin.core.layers.resolver import choose_crs, resolve, unique_title
from datagrandest_plugin.core.layers.spec import LayerSpec
from datagrandest_plugin.core.ogc.service_model import ServiceLayer, StyleInfo
from datagrandest_plugin.toolbelt.settings import PlgSettings

SETTINGS = replace(PlgSettings(), ows_url="https://geo.example.test/geoserver/ows", authcfg_ows="ows0001",
                   d4c_url="https://d4c.example.test/data4citizen", authcfg_d4c="d4c0001")


def test_authcfg_goes_to_its_own_origin_only():
    assert authcfg_for(SETTINGS, "https://geo.example.test/geoserver/ws/wms?x=1") == "ows0001"
    assert authcfg_for(SETTINGS, "https://geo.example.test:443/geoserver/wfs") == "ows0001"
    assert authcfg_for(SETTINGS, "http://geo.example.test/geoserver/wfs") == ""  # another scheme: another origin
    assert authcfg_for(SETTINGS, "https://geo.example.test.evil.org/geoserver/wfs") == ""
    assert authcfg_for(SETTINGS, "https://d4c.example.test/data4citizen/api") == "d4c0001"
    assert authcfg_for(SETTINGS, "https://data.geopf.fr/wms-r") == ""


def test_crs_choice_follows_the_default_crs_setting():
    assert choose_crs(["EPSG:4326", "EPSG:3857", "EPSG:2154"], "EPSG:3857") == "EPSG:3857"
    assert choose_crs(["CRS:84", "EPSG:3857"], "EPSG:27572") == "EPSG:3857"
    assert choose_crs(["CRS:84"], "EPSG:2154") == "EPSG:4326"
    assert choose_crs([], "EPSG:3857") == "EPSG:3857"


def test_a_spec_without_crs_gets_the_default_one_and_a_foreign_authcfg_is_dropped():
    spec = resolve(LayerSpec(kind="wfs", url="https://other.example.org/wfs", name="a", authcfg="ows0001"),
                   replace(SETTINGS, default_crs="EPSG:3857"))
    assert (spec.crs, spec.authcfg) == ("EPSG:3857", "")


def test_names_say_type_and_style_only_when_two_would_look_the_same():
    layer = ServiceLayer(kind="wms", url="https://geo.example.test/geoserver/ows", name="ws:communes", title="Communes",
                         crs=("EPSG:2154",), styles=[StyleInfo("a", "Contours"), StyleInfo("b", "Étiquettes")])
    assert resolve(layer, SETTINGS).title == "Communes"
    assert resolve(layer, SETTINGS, style="b", taken={"Communes"}).title == "Communes (WMS, Étiquettes)"
    wmts = LayerSpec(kind="wmts", url="https://geo.example.test/gwc", name="ws:communes", title="Communes")
    assert unique_title(wmts, {"Communes"}) == "Communes (WMTS)"
    assert unique_title(wmts, {"Communes", "Communes (WMTS)"}) == "Communes (WMTS) 2"


def test_one_host_for_services_and_d4c_each_path_its_own_authcfg():
    shared = replace(SETTINGS, d4c_url="https://geo.example.test/data4citizen")
    assert authcfg_for(shared, "https://geo.example.test/data4citizen/d4c/api/records/1.0/download?x=1") == "d4c0001"
    assert authcfg_for(shared, "https://geo.example.test/geoserver/region/ows") == "ows0001"
