"""The project's golden corpus of capabilities documents (tests/data/capabilities).

Each ``NAME.xml`` is a document written for the project in the shape a real
server sends (GeoServer, MapServer, GeoWebCache, ArcGIS, hostile ones); its
``NAME.json`` says what must be read from it. Every document is read by the
one capabilities reader, through both the services tree's entry
(``parse_capabilities``) and the catalogue's (``layer_links.link_layers``).
"""

import json
from pathlib import Path

import pytest

from datagrandest_plugin.core.ogc.capabilities import parse_capabilities
from datagrandest_plugin.core.catalog import link_specs as layer_links
from datagrandest_plugin.core.errors import BadAnswer
from datagrandest_plugin.core.layers.resolver import resolve
from datagrandest_plugin.toolbelt.settings import PlgSettings

CORPUS = Path(__file__).resolve().parents[1] / "data" / "capabilities"
CASES = sorted(p.stem for p in CORPUS.glob("*.json"))


def _expected(name):
    return json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))


def _body(name):
    return (CORPUS / f"{name}.xml").read_bytes()


def test_the_corpus_is_there():
    assert len(CASES) >= 12 and all((CORPUS / f"{name}.xml").exists() for name in CASES)


@pytest.mark.parametrize("name", CASES)
def test_each_document_reads_as_expected(name):
    expected = _expected(name)
    if "refused" in expected:
        with pytest.raises(BadAnswer) as caught:
            parse_capabilities(expected["kind"], _body(name), expected["url"])
        assert expected["refused"] in caught.value.message and "\n" not in caught.value.message
        return
    document = parse_capabilities(expected["kind"], _body(name), expected["url"])
    assert [layer.name for layer in document.layers] == [layer["name"] for layer in expected["layers"]]
    assert document.title == expected["title"]
    assert len(document.problems) == expected["problems"], document.problems
    for layer, wanted in zip(document.layers, expected["layers"]):
        assert layer.kind == expected["kind"]
        assert layer.title == wanted["title"]
        if "crs" in wanted:
            assert list(layer.crs) == wanted["crs"]
        if "wgs84" in wanted:
            assert list(layer.wgs84) == pytest.approx(wanted["wgs84"])
        if "bbox" in wanted:
            assert list(layer.bbox) == pytest.approx(wanted["bbox"]) and layer.bbox_crs == wanted["bbox_crs"]
        if "styles" in wanted:
            assert [[s.name, s.title] for s in layer.styles] == wanted["styles"]
        if wanted.get("legend"):
            assert all(s.legend_url.startswith("https://") for s in layer.styles[:1])
        if "tile_matrix_sets" in wanted:
            assert layer.tile_matrix_sets == wanted["tile_matrix_sets"]
        if "formats" in wanted:
            assert list(layer.formats) == wanted["formats"]
        if "keywords" in wanted:
            assert list(layer.keywords) == wanted["keywords"]
        if "metadata_url" in wanted:
            assert layer.metadata_url == wanted["metadata_url"]
        for key, value in wanted.get("spec", {}).items():
            assert getattr(resolve(layer, PlgSettings()), key) == value, key


@pytest.mark.parametrize("name", [n for n in CASES if "refused" not in _expected(n)])
def test_the_catalogue_path_reads_the_same_layers(name):
    expected = _expected(name)
    layers = layer_links.link_layers(expected["kind"], expected["url"], _body(name))
    assert [layer.name for layer in layers] == [layer["name"] for layer in expected["layers"]]


def test_the_catalogue_path_has_no_capabilities_parser_of_its_own():
    source = Path(layer_links.__file__).read_text(encoding="utf-8")
    assert "owslib" not in source.lower() and "etree" not in source


def test_a_hostile_document_never_reads_the_file_it_names(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    body = (f'<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE WMS_Capabilities [<!ENTITY s SYSTEM "file://{secret}">]>'
            '<WMS_Capabilities><Capability><Layer><Name>x</Name><Title>&s;</Title></Layer></Capability>'
            '</WMS_Capabilities>').encode("utf-16")
    with pytest.raises(BadAnswer) as caught:
        parse_capabilities("wms", body, "https://hostile.example.test/wms")
    assert "TOPSECRET" not in caught.value.message and "entity" in caught.value.message
