"""Capabilities → service tree: the three services, inheritance, faults kept local, filtering."""

import sys
from pathlib import Path

import pytest

from datagrandest_plugin.core.ogc.capabilities import parse_capabilities
from datagrandest_plugin.core.errors import BadAnswer
from datagrandest_plugin.core.layers.resolver import resolve
from datagrandest_plugin.toolbelt.settings import PlgSettings
from datagrandest_plugin.core.ogc.service_model import ServiceDocument, by_workspace, filter_layers
from datagrandest_plugin.core.text_search import normalise, search_key

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts" / "bench"))
from capabilities_gen import ROOT_CRS, geoserver_wms111, wms_capabilities

URL = "https://example.test/geoserver/ows"

WMS_111 = b"""<?xml version="1.0"?>
<WMT_MS_Capabilities version="1.1.1"><Service><Name>OGC:WMS</Name><Title>Old</Title></Service>
<Capability><Request><GetMap><Format>image/png</Format></GetMap></Request>
<Layer><Title>Root</Title><SRS>EPSG:2154 EPSG:4326</SRS>
 <LatLonBoundingBox minx="3.5" miny="47.5" maxx="8" maxy="50"/>
 <Style><Name>inherited</Name><Title>Inherited</Title></Style>
 <Layer><Title>Group without name</Title><SRS>EPSG:3857</SRS>
  <Layer queryable="1"><Name>ws:child</Name><Title>Enfant</Title><SRS>IGNF:LAMB93 FOO:1</SRS>
   <Style><Name>own</Name><Title>Own</Title><LegendURL><OnlineResource xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="http://legend/own.png"/></LegendURL></Style>
  </Layer>
  <Layer><Title>No name here</Title></Layer>
  <Layer><Name>ws:child</Name><Title>Duplicate</Title></Layer>
  <Layer><Name>ws:nostyle</Name><Title>Sans style</Title><LatLonBoundingBox minx="a" miny="1" maxx="2" maxy="3"/></Layer>
 </Layer>
</Layer></Capability></WMT_MS_Capabilities>"""

WFS_100 = b"""<?xml version="1.0"?>
<WFS_Capabilities version="1.0.0" xmlns="http://www.opengis.net/wfs"><Service><Name>WFS</Name><Title>Vecteurs</Title></Service>
<FeatureTypeList><FeatureType><Name>region-grand-est:commune_actuelle</Name><Title>Communes</Title>
<SRS>EPSG:2154</SRS><LatLongBoundingBox minx="3.3" miny="47.4" maxx="8.3" maxy="50.2"/></FeatureType>
<FeatureType><Title>Sans nom</Title></FeatureType></FeatureTypeList></WFS_Capabilities>"""

WMTS = b"""<?xml version="1.0"?>
<Capabilities xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1" version="1.0.0">
<ows:ServiceIdentification><ows:Title>Tuiles</ows:Title></ows:ServiceIdentification>
<Contents><Layer><ows:Title>Ortho</ows:Title><ows:Identifier>geograndest:ortho</ows:Identifier>
<Style><ows:Identifier>other</ows:Identifier></Style><Style isDefault="true"><ows:Identifier>default</ows:Identifier></Style>
<Format>image/jpeg</Format><TileMatrixSetLink><TileMatrixSet>PM</TileMatrixSet></TileMatrixSetLink>
<TileMatrixSetLink><TileMatrixSet>EPSG:2154</TileMatrixSet></TileMatrixSetLink></Layer>
<TileMatrixSet><ows:Identifier>PM</ows:Identifier><ows:SupportedCRS>urn:ogc:def:crs:EPSG::3857</ows:SupportedCRS></TileMatrixSet>
<TileMatrixSet><ows:Identifier>EPSG:2154</ows:Identifier><ows:SupportedCRS>urn:ogc:def:crs:EPSG::2154</ows:SupportedCRS></TileMatrixSet>
</Contents></Capabilities>"""


def test_wms_111_inheritance_and_faults_reported_rest_kept():
    document = parse_capabilities("wms", WMS_111, URL + "?SERVICE=WMS&REQUEST=GetCapabilities")
    assert document.url == URL
    names = [layer.name for layer in document.layers]
    assert names == ["ws:child", "ws:nostyle"]
    child = document.layers[0]
    assert child.title == "Enfant"  # the first of the duplicated names is kept
    assert child.crs == ("EPSG:2154", "EPSG:4326", "EPSG:3857")  # inherited, unknown ones left out
    assert [s.name for s in child.styles] == ["inherited", "own"]
    assert child.styles[1].legend_url == "http://legend/own.png"
    assert child.wgs84 == (3.5, 47.5, 8.0, 50.0)
    assert child.workspace == "ws" and child.formats == ("image/png",)
    problems = " ".join(document.problems)
    assert "2 layer(s) without a name" in problems
    assert "ws:child" in problems and "only the first" in problems
    assert "IGNF:LAMB93" in problems and "FOO:1" in problems
    assert "1 unreadable bounding box" in problems
    spec = resolve(document.layers[1])
    assert (spec.kind, spec.style, spec.crs) == ("wms", "inherited", "EPSG:2154")


def test_wfs_10_and_wmts_matrix_sets():
    wfs = parse_capabilities("wfs", WFS_100, URL)
    assert [layer.name for layer in wfs.layers] == ["region-grand-est:commune_actuelle"]
    assert wfs.title == "Vecteurs" and wfs.layers[0].wgs84 == (3.3, 47.4, 8.3, 50.2)
    assert "1 layer(s) without a name" in wfs.problems[0]
    wmts = parse_capabilities("wmts", WMTS, "https://example.test/geoserver/gwc/service/wmts")
    layer = wmts.layers[0]
    assert layer.style_names() == ["default", "other"]
    assert layer.tile_matrix_sets == {"PM": "EPSG:3857", "EPSG:2154": "EPSG:2154"}
    spec = resolve(layer)
    assert (spec.tile_matrix_set, spec.crs, spec.style, spec.format) == ("EPSG:2154", "EPSG:2154", "default", "image/jpeg")
    assert resolve(layer, PlgSettings(default_crs="EPSG:3857")).tile_matrix_set == "PM"


@pytest.mark.parametrize("body, words", [
    (b"<WMS_Capabilities><Capability><Layer><Name>a</Name>", "unreadable"),
    (b"<html><body>login</body></html>", "web page"),
    (b"", "empty"),
    (b"<?xml version='1.0'?><ServiceExceptionReport><ServiceException>Boom</ServiceException></ServiceExceptionReport>",
     "Boom"),
    (WFS_100, "capabilities document"),
    (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><WMS_Capabilities/>', "entity"),
])
def test_bad_documents_are_one_sentence(body, words):
    with pytest.raises(BadAnswer) as caught:
        parse_capabilities("wms", body, URL)
    assert words in caught.value.message and "\n" not in caught.value.message


def test_generated_document_round_trips_and_filters_without_accents_or_case():
    document = parse_capabilities("wms", wms_capabilities(300), URL)
    assert len(document.layers) == 300 and document.problems == []
    again = ServiceDocument.from_dict(document.to_dict())
    assert [a == b for a, b in zip(document.layers, again.layers)] == [True] * 300  # every field
    layers = again.layers
    hits = filter_layers(layers, "ECOLES meurthe")
    expected = [l for l in layers if "Écoles" in l.title and "Meurthe" in l.title]
    assert hits == expected and hits
    assert filter_layers(layers, "ecoles") == filter_layers(layers, "Écoles")
    # abstracts are searched too
    assert len(filter_layers(layers, "partenaires")) == 300
    assert filter_layers(layers, "zzz-nothing") == []
    groups = by_workspace(layers)
    assert "geograndest" in groups and sum(len(v) for v in groups.values()) == 300
    inside = filter_layers(layers, extent_wgs84=(3.0, 47.0, 4.5, 48.5))
    assert inside and all(l.wgs84[0] <= 4.5 and l.wgs84[1] <= 48.5 for l in inside) and len(inside) < 300


def test_normalise():
    assert normalise("  Vandœuvre-lès-NANCY  Façade ") == "vandoeuvre-les-nancy facade"


@pytest.mark.parametrize("parts", [
    ("ws:écoles_2020", "Écoles  publiques\n", "", "Straße Œuvre", 12),
    ("e\u0301cole", "\u0301début par un accent", "ﬁn ligature ＡＢＣ", "  "),
    ("a\x00b", "séparateur dans une partie"),  # the separator the key is folded with, inside a part
    (), ("",), ("ascii only", "Two  Parts"),
])
def test_a_search_key_folds_its_parts_at_once_as_one_at_a_time(parts):
    expected = "\n".join(normalise(p) for p in parts if p)  # the definition: each part folded alone
    assert search_key(*parts) == expected


def test_geoserver_root_systems_are_shared_by_every_layer_not_copied():
    """GeoServer lists thousands of systems on its root layer: each layer carries the root's list
    plus its own, deduplicated, and layers adding nothing new hold the very same tuple."""
    document = parse_capabilities("wms", geoserver_wms111(50), URL)
    expected = tuple(dict.fromkeys(f"EPSG:{code}" for code in ROOT_CRS))  # the generator's list, in order, once each
    assert len(document.layers) == 50
    for layer in document.layers:
        assert layer.crs == expected  # each layer's own EPSG:2154 is already on the root
    assert all(layer.crs is document.layers[0].crs for layer in document.layers)


def test_cached_form_of_a_geoserver_document_is_smaller_than_the_document_and_keeps_sharing():
    import json

    body = geoserver_wms111(200)
    document = parse_capabilities("wms", body, URL)
    payload = json.dumps(document.to_dict(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    assert len(payload) < len(body)
    again = ServiceDocument.from_dict(json.loads(payload))
    assert [layer.to_dict() for layer in again.layers] == [layer.to_dict() for layer in document.layers]
    assert all(layer.crs is again.layers[0].crs for layer in again.layers)


def _cut(body: bytes, seed: int):
    """``body`` as an answer arrives: pieces of any size, cut anywhere (inside a tag, a text, a character)."""
    import random

    rng = random.Random(seed)
    pieces, start = [], 0
    while start < len(body):
        size = rng.choice((1, 3, 17, 500, 4096, 70000))
        pieces.append(body[start:start + size])
        start += size
    return pieces


@pytest.mark.parametrize("seed", range(4))
def test_a_document_given_as_the_pieces_it_came_in_reads_as_the_whole(seed):
    """The reader parses the pieces of an answer as they came (never joined): cut anywhere, even in the
    middle of the root's thousands of systems, which are read and dropped between two pieces."""
    body = geoserver_wms111(40)
    document = parse_capabilities("wms", _cut(body, seed), URL)
    expected = tuple(dict.fromkeys(f"EPSG:{code}" for code in ROOT_CRS))  # the generator's list, once each
    assert len(document.layers) == 40
    assert all(layer.crs == expected for layer in document.layers)
    whole = parse_capabilities("wms", body, URL)
    assert [layer.to_dict() for layer in document.layers] == [layer.to_dict() for layer in whole.layers]
    assert document.title == whole.title == "DataGrandEst - Web Map Service"


@pytest.mark.parametrize("seed", range(3))
def test_wms_130_root_systems_in_its_namespace_are_read_from_pieces_too(seed):
    codes = [5000 + i for i in range(400)]  # more than a root's few: read and dropped as they stream
    body = wms_capabilities(12).replace(
        b"<CRS>EPSG:2154</CRS>", b"".join(b"<CRS>EPSG:%d</CRS>" % code for code in codes) + b"<CRS>EPSG:2154</CRS>", 1)
    document = parse_capabilities("wms", _cut(body, seed), URL)
    assert len(document.layers) == 12
    for layer in document.layers:
        assert layer.crs[:len(codes) + 1] == tuple(f"EPSG:{code}" for code in codes) + ("EPSG:2154",)
        assert layer.wgs84 is not None  # the root's EX_GeographicBoundingBox, after its systems, inherited


def test_an_answer_in_pieces_that_is_blank_or_a_web_page_is_one_sentence():
    with pytest.raises(BadAnswer, match="empty"):
        parse_capabilities("wms", [b"  ", b"\n", b""], URL)
    with pytest.raises(BadAnswer, match="web page"):
        parse_capabilities("wms", [b"  <!DOC", b"TYPE html><html><body>Connexion</body></html>"], URL)
