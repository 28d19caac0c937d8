"""The historical config.json: every node type, boxes in the right order and CRS, URIs QGIS parses back."""

import copy
import json

import pytest
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsDataSourceUri, QgsPointXY,
                       QgsProject, QgsProviderRegistry)

from datagrandest_plugin.core.errors import BadAnswer
from datagrandest_plugin.core.geo_boxes import lambert93_to_wgs84, wgs84_to_lambert93
from datagrandest_plugin.core.trees.legacy import BUNDLED_CONFIG, bundled_tree, read_legacy_config
from datagrandest_plugin.core.ogc.ows_urls import service_base_url
from datagrandest_plugin.core.geo_boxes import normalise_crs


def walk(data):
    yield data
    for child in data.get("children") or ():
        yield from walk(child)


def test_bundled_copy_yields_the_same_tree_as_the_reference():
    tree = bundled_tree()
    assert tree.problems == []
    assert (len(tree.nodes()), len(tree.folders()), len(tree.layers())) == (410, 52, 358)
    kinds = [n.type for n in tree.layers()]
    assert (kinds.count("wms_layer"), kinds.count("wmts_layer"), kinds.count("wfs_feature_type")) == (101, 188, 69)
    raw = json.loads(BUNDLED_CONFIG.read_text(encoding="utf-8"))
    assert [n["title"] for n in walk(raw)] == [n.title for n in tree.nodes()]  # same order, same titles


def test_every_layer_becomes_a_uri_qgis_parses_back(qgis_app):
    registry = QgsProviderRegistry.instance()
    tree = bundled_tree()
    checked = 0
    for node in tree.layers():
        params, spec = node.params, node.spec
        assert spec is not None, node.title
        uri = spec.uri()
        crs = normalise_crs(params["srs"])
        if node.type in ("wms_layer", "wmts_layer"):
            decoded = registry.decodeUri("wms", uri)
            assert service_base_url(decoded["url"]) == service_base_url(params["url"]), node.title
            assert decoded["layers"] == params["name"]
            assert decoded["styles"] == (params.get("style") or ("default" if node.type == "wmts_layer" else ""))
            assert decoded["crs"] == crs
            if node.type == "wmts_layer":
                assert decoded["tileMatrixSet"] == params["tilematrixset_name"]
        else:
            # QGIS 3.22's WFS provider has no decodeUri: it reads its URI with QgsDataSourceUri, as here
            decoded = QgsDataSourceUri(uri)
            assert decoded.param("url") == service_base_url(params["url"])  # a trailing "?" is no part of it
            assert decoded.param("typename") == params["name"]
            assert decoded.param("srsname") == crs
            assert decoded.param("version") == (params.get("version") or "auto")
        checked += 1
    assert checked == 358


def test_boxes_are_read_in_order_and_in_the_crs_they_really_use(qgis_app):
    tree = bundled_tree()
    by_title = {n.title: n for n in tree.nodes()}
    # declared EPSG:3857 but written in Lambert-93: lands on Nancy, not in the North Sea
    nancy = by_title["Grand Nancy - 2022"]
    assert nancy.boxes[0][0] == "EPSG:2154"
    lon_min, lat_min, lon_max, lat_max = nancy.wgs84
    assert 6.0 < lon_min < 6.2 < lon_max < 6.4 and 48.5 < lat_min < 48.7 < lat_max < 48.8
    haguenau = by_title["Agglomération de Haguenau - 2023"]
    assert haguenau.boxes[0][0] == "EPSG:3857" and 7.4 < haguenau.wgs84[0] < 7.8 and 48.6 < haguenau.wgs84[1] < 48.9
    ans = by_title["ANS - Annuaire de santé régionale"]
    assert ans.boxes[0][0] == "EPSG:4326"
    # the closed-form Lambert-93 agrees with PROJ
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:2154"),
                                       QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    for x, y in [(933000, 6848000), (1050000, 6840000), (780000, 7000000), (150000, 6800000)]:
        point = transform.transform(QgsPointXY(x, y))
        lon, lat = lambert93_to_wgs84(x, y)
        assert lon == pytest.approx(point.x(), abs=1e-6) and lat == pytest.approx(point.y(), abs=1e-6)
        assert wgs84_to_lambert93(lon, lat) == pytest.approx((x, y), abs=0.01)
    # extent filter: a map window around Nancy keeps Nancy's layers and drops the Ardennes'
    shown = tree.visible("", (6.1, 48.6, 6.3, 48.75))
    titles = {n.title for n in tree.nodes() if id(n) in shown}
    assert "Grand Nancy - 2022" in titles and "Vue aérienne des Ardennes 08 - 2022" not in titles
    assert "Agglomération de Haguenau - 2023" not in titles


CONFIG = {
    "title": "Plateforme voisine", "type": "folder", "children": [
        {"title": "Fonds", "type": "folder", "description": "Fonds de plan", "children": [
            {"title": "Orthophoto", "type": "wms_layer", "status": "warn",
             "params": {"url": "https://geo.example/wms?map=ortho&", "name": "ortho", "format": "image/jpeg",
                        "srs": "EPSG:3857"},
             "bounding_boxes": [[6.2, 48.6, 6.1, 48.7]],
             "children": [{"title": "Ortho en noir et blanc", "type": "wms_layer_style", "params": {"name": "gris"}}]},
            {"title": "Tuiles vectorielles", "type": "xyzvectortiles_layer", "params": {"url": "https://x"}},
            {"title": "Sans URL", "type": "wms_layer", "params": {"name": "x"}},
            {"title": "Boîte fausse", "type": "wms_layer", "params": {"url": "https://geo.example/wms", "name": "b"},
             "bounding_boxes": [["a", 1, 2, 3], [1, 2, 3], [6.0, 48.0, 6.5, 48.5], [0, 0, 1, 1]]},
            "not a node",
        ]},
        {"title": "Bâtiments", "type": "wfs_feature_type", "params": {
            "url": "https://geo.example/wfs", "name": "ws:batiments", "srs": "epsg:2154", "version": "1.1.0"},
         "children": [{"title": "Bâtiments de Nancy", "type": "wfs_feature_type_filter",
                       "params": {"filter": "\"insee_com\" = '54395'"}}]},
        {"title": "Fond GDAL", "type": "gdal_wms_config_file", "params": {"file_path": "gdal/fond.xml"}},
        {"title": "Filtre orphelin", "type": "wfs_feature_type_filter", "params": {"filter": "a = 1"}},
    ]}


def test_other_platforms_files_every_node_type_and_faults(qgis_app):
    tree = read_legacy_config(copy.deepcopy(CONFIG), "https://geo.example/config/config.json")
    by_title = {n.title: n for n in tree.nodes()}
    assert "Tuiles vectorielles" not in by_title  # unknown type: left out, reported
    problems = "\n".join(tree.problems)
    assert "xyzvectortiles_layer" in problems and "Sans URL" in problems and "url" in problems
    assert "Boîte fausse" in problems and "not a node" in problems
    assert "Filtre orphelin" in problems
    ortho = by_title["Orthophoto"]
    assert ortho.status == "warn" and ortho.boxes[0][1] == (6.1, 48.6, 6.2, 48.7)  # swapped min/max put right
    style = by_title["Ortho en noir et blanc"].spec
    decoded = QgsProviderRegistry.instance().decodeUri("wms", style.uri())
    assert (decoded["layers"], decoded["styles"], decoded["crs"], decoded["format"]) == ("ortho", "gris", "EPSG:3857",
                                                                                           "image/jpeg")
    assert decoded["url"] == "https://geo.example/wms?map=ortho"
    filtered = by_title["Bâtiments de Nancy"].spec
    decoded = QgsDataSourceUri(filtered.uri())
    assert (decoded.param("typename"), decoded.param("version"), decoded.param("filter")) == (
        "ws:batiments", "1.1.0", "\"insee_com\" = '54395'")
    gdal = by_title["Fond GDAL"].spec
    assert (gdal.kind, gdal.provider, gdal.url) == ("gdal", "gdal", "https://geo.example/config/gdal/fond.xml")
    assert by_title["Sans URL"].spec is None and by_title["Sans URL"].problem
    assert len(by_title["Boîte fausse"].boxes) == 1
    # the text filter works on every node type, folders included
    def shown(text):
        ids = tree.visible(text)
        return {n.title for n in tree.nodes() if id(n) in ids}
    assert shown("nancy") == {"Plateforme voisine", "Bâtiments", "Bâtiments de Nancy"}
    assert shown("NOIR blanc") == {"Plateforme voisine", "Fonds", "Orthophoto", "Ortho en noir et blanc"}
    assert "Orthophoto" in shown("fonds de plan")  # a matching folder shows its content
    assert shown("gdal") == {"Plateforme voisine", "Fond GDAL"}


def test_a_file_that_is_not_a_tree_is_one_sentence():
    with pytest.raises(BadAnswer):
        read_legacy_config({"title": "x", "type": "wms_layer"})
    with pytest.raises(BadAnswer):
        read_legacy_config("nonsense")
