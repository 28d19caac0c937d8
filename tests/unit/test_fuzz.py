"""Fuzz suite (hypothesis) over every reader of untrusted input.

Each reader gets valid documents mutated at random (a subtree replaced by a
value of another type, a key removed, an element's text or a slice of bytes
changed) and raw bytes. Whatever it gets, it answers or raises one of the
plugin's own errors (core/errors.py), within the deadline; what it answers
can be used (dates computed, layer specs built, a calendar written).

``make test`` runs a few examples per reader; ``make fuzz`` many more
(FUZZ_PROFILE=fuzz).
"""

import copy
import itertools
import json
import os
import re
import sys
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datagrandest_plugin.core.layers.resolver import resolve
from datagrandest_plugin.core.ogc.capabilities import parse_capabilities
from datagrandest_plugin.core.catalog.backends.csw import CswClient
from datagrandest_plugin.core.catalog.backends.d4c import D4cClient
from datagrandest_plugin.core.catalog.link_specs import record_quick_spec
from datagrandest_plugin.core.catalog.link_kinds import badges
from datagrandest_plugin.core.catalog.models import SOURCE_D4C, SearchQuery
from datagrandest_plugin.core.catalog.service import CatalogService
from datagrandest_plugin.core.community.ics import agenda_calendar
from datagrandest_plugin.core.community.scenario import describe_step, parse_scenario
from datagrandest_plugin.core.community.schedule import agenda, past_replays, sessions, upcoming_sessions
from datagrandest_plugin.core.community.source import BUNDLED_FILE
from datagrandest_plugin.core.community.validation import parse_content
from datagrandest_plugin.core.errors import DgeError
from datagrandest_plugin.core.favourites import FavouritesStore
from datagrandest_plugin.core.trees.legacy import parse_legacy_config
from datagrandest_plugin.core.ogc.service_model import filter_layers
from datagrandest_plugin.core.net.transport.base import HttpResponse
from datagrandest_plugin.toolbelt.settings import LIMITS, PlgSettings

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "scripts" / d) for d in ("platform", "qa", "release", "demo", "bench")]
sys.path.insert(0, str(ROOT / "scripts" / "bench"))
from capabilities_gen import wms_capabilities
from csw_records import catalogue, to_iso19139

settings.register_profile("test", max_examples=25, deadline=timedelta(seconds=5), database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz", max_examples=600, deadline=timedelta(seconds=5), database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("FUZZ_PROFILE", "test"))

URL = "https://example.test/service"
NOW = datetime(2030, 6, 1, 12, tzinfo=timezone.utc)

# -- strategies ---------------------------------------------------------------------------

SPECIAL_TEXT = ["", " ", "9999-12", "9999-12-31", "0001-01-01", "2022-02-30", "1e999", "nan", "-inf", "NaN",
                "<img src='file:///dev/zero'>", "<b>x</b>", "../../../../etc/passwd", "/etc/passwd",
                "file:///etc/passwd", "http://[::1", "https://example.test/a b", "\x1b]0;t\x07\x1b[2J", "\u202e",
                "EPSG:999999", "FREQ=MONTHLY;BYDAY=5TH", "24:00", "folder", "wms_layer", "gdal_wms_config_file"]
SPECIAL_NUMBERS = [float("inf"), float("-inf"), float("nan"), -1, 0, 10 ** 30, 10 ** 400, 2 ** 63, True, 1e-300]
special = st.sampled_from(SPECIAL_TEXT) | st.sampled_from(SPECIAL_NUMBERS)
leaves = st.one_of(special, special, st.none(), st.integers(min_value=-(2 ** 70), max_value=2 ** 70), st.floats(),
                   st.text(max_size=20))
json_values = st.recursive(leaves, lambda children: st.lists(children, max_size=4)
                           | st.dictionaries(st.text(max_size=8) | st.sampled_from(["type", "params", "id"]),
                                             children, max_size=4), max_leaves=8)


def _positions(node, path=()):
    """Every place in a JSON document, as the path of keys and indexes to it."""
    yield path
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        yield from _positions(child, path + (key,))


@st.composite
def mutated_json(draw, document):
    """``document`` with 1 to 5 changes, each at a place drawn evenly among all its places:
    a value replaced (by another type, a special value), a key or item removed, an item repeated."""
    data = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 5))):
        path = draw(st.sampled_from(list(_positions(data))))
        if not path:
            data = draw(json_values)
            continue
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        operation = draw(st.sampled_from(["replace", "replace", "replace", "delete", "repeat"]))
        if operation == "delete":
            del parent[path[-1]]
        elif operation == "repeat" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))
        else:
            parent[path[-1]] = draw(json_values)
    return data


def json_bytes(document):
    """A mutated document as bytes (NaN and Infinity included), or raw bytes now and then."""
    return st.one_of(mutated_json(document).map(lambda d: json.dumps(d, allow_nan=True).encode("utf-8")),
                     st.binary(max_size=200))


FRAGMENTS = [b"<Layer>", b"</Layer>", b"<Name>x</Name>", b"<Title>", b"<Style><Name>s</Name></Style>",
             b"<BoundingBox CRS='EPSG:4326' minx='nan' miny='1e999' maxx='-inf' maxy='a'/>",
             b"<EX_GeographicBoundingBox><westBoundLongitude>inf</westBoundLongitude></EX_GeographicBoundingBox>",
             b"<!ENTITY x 'y'>", b"&amp;", b"&#0;", b"\x00", b"\xff\xfe", b"<![CDATA[<b>]]>", b"<TileMatrixSet>",
             b"<ows:LowerCorner>1e999 nan</ows:LowerCorner>", b"<gco:CharacterString>9999-12</gco:CharacterString>"]


@st.composite
def mutated_xml(draw, documents):
    body = draw(st.sampled_from(documents))
    for _ in range(draw(st.integers(1, 4))):
        operation = draw(st.sampled_from(["text", "text", "delete", "insert", "truncate"]))
        if operation == "text":
            spans = [m.span(1) for m in re.finditer(rb">([^<]*)<", body)]
            if spans:
                start, end = draw(st.sampled_from(spans))
                text = draw(st.text(max_size=20) | st.sampled_from(SPECIAL_TEXT))
                body = body[:start] + escape(text).encode("utf-8", "replace") + body[end:]
        elif operation == "delete":
            start = draw(st.integers(0, len(body)))
            body = body[:start] + body[draw(st.integers(start, min(len(body), start + 300))):]
        elif operation == "insert":
            at = draw(st.integers(0, len(body)))
            body = body[:at] + draw(st.sampled_from(FRAGMENTS) | st.binary(max_size=16)) + body[at:]
        else:
            body = body[:draw(st.integers(0, len(body)))]
    return body


def xml_bytes(documents):
    return st.one_of(mutated_xml(documents), st.binary(max_size=200))


class _NoLocalCopy:
    """No records saved from earlier searches (the fuzz writes nothing to disk)."""

    def search(self, source, query):
        return None

    def remember(self, source, records):
        pass


NO_LOCAL_COPY = _NoLocalCopy()


class OneAnswer:
    """A transport that answers every request with the same body (no network)."""

    plain_threads_ok = True

    def __init__(self, body: bytes):
        self.body = body

    def fetch(self, request, feedback=None):
        return HttpResponse(url=request.full_url(), status=200, headers={}, content=self.body)


def only_plugin_errors(read):
    """Run ``read``: an answer, or one of the plugin's own errors with its sentence."""
    try:
        return read()
    except DgeError as error:
        assert error.message.strip()
        return None


# -- capabilities ----------------------------------------------------------------------------

WFS = b"""<?xml version="1.0"?>
<wfs:WFS_Capabilities version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:ows="http://www.opengis.net/ows/1.1">
<ows:ServiceIdentification><ows:Title>Vecteurs</ows:Title></ows:ServiceIdentification>
<wfs:FeatureTypeList><wfs:FeatureType><wfs:Name>ws:communes</wfs:Name><wfs:Title>Communes</wfs:Title>
<wfs:DefaultCRS>urn:ogc:def:crs:EPSG::2154</wfs:DefaultCRS><wfs:OtherCRS>urn:ogc:def:crs:EPSG::4326</wfs:OtherCRS>
<ows:WGS84BoundingBox><ows:LowerCorner>3.3 47.4</ows:LowerCorner><ows:UpperCorner>8.3 50.2</ows:UpperCorner>
</ows:WGS84BoundingBox></wfs:FeatureType></wfs:FeatureTypeList></wfs:WFS_Capabilities>"""

WMTS = b"""<?xml version="1.0"?>
<Capabilities xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1" version="1.0.0">
<ows:ServiceIdentification><ows:Title>Tuiles</ows:Title></ows:ServiceIdentification>
<Contents><Layer><ows:Title>Ortho</ows:Title><ows:Identifier>ws:ortho</ows:Identifier>
<ows:WGS84BoundingBox><ows:LowerCorner>3.3 47.4</ows:LowerCorner><ows:UpperCorner>8.3 50.2</ows:UpperCorner>
</ows:WGS84BoundingBox><Style isDefault="true"><ows:Identifier>default</ows:Identifier></Style>
<Format>image/png</Format><TileMatrixSetLink><TileMatrixSet>EPSG:2154</TileMatrixSet></TileMatrixSetLink></Layer>
<TileMatrixSet><ows:Identifier>EPSG:2154</ows:Identifier><ows:SupportedCRS>urn:ogc:def:crs:EPSG::2154</ows:SupportedCRS>
<TileMatrix><ows:Identifier>0</ows:Identifier><ScaleDenominator>1000000</ScaleDenominator>
<TopLeftCorner>0 12000000</TopLeftCorner><TileWidth>256</TileWidth><TileHeight>256</TileHeight>
<MatrixWidth>4</MatrixWidth><MatrixHeight>4</MatrixHeight></TileMatrix></TileMatrixSet></Contents></Capabilities>"""

CAPABILITIES = {"wms": [wms_capabilities(3)], "wfs": [WFS], "wmts": [WMTS]}


@given(kind=st.sampled_from(sorted(CAPABILITIES)), data=st.data())
def test_capabilities_reader(kind, data):
    read_capabilities(kind, data.draw(xml_bytes(CAPABILITIES[kind])))


def read_capabilities(kind, body):
    document = only_plugin_errors(lambda: parse_capabilities(kind, body, URL))
    if document is not None:
        filter_layers(document.layers, "a", (3.0, 47.0, 9.0, 51.0))
        for layer in document.layers:
            resolve(layer)
            layer.to_dict()


# -- CSW: Dublin Core (search) and ISO 19139 (record) -------------------------------------------

CSW_NS = 'xmlns:csw="http://www.opengis.net/cat/csw/2.0.2"'
DUBLIN_CORE = f"""<?xml version="1.0"?>
<csw:GetRecordsResponse {CSW_NS} xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dct="http://purl.org/dc/terms/"
 xmlns:ows="http://www.opengis.net/ows" version="2.0.2"><csw:SearchStatus timestamp="2030-01-01T00:00:00Z"/>
<csw:SearchResults numberOfRecordsMatched="2" numberOfRecordsReturned="1" nextRecord="2" elementSet="full">
<csw:Record><dc:identifier>r-1</dc:identifier><dc:title>Fiche</dc:title><dct:abstract>Résumé</dct:abstract>
<dc:subject>ocs</dc:subject><dct:modified>2022-03-01</dct:modified><dc:publisher>Région</dc:publisher>
<dct:references scheme="OGC:WMS">https://example.test/wms?layers=ws:x</dct:references>
<ows:BoundingBox crs="urn:ogc:def:crs:EPSG::4326"><ows:LowerCorner>47.4 3.3</ows:LowerCorner>
<ows:UpperCorner>50.2 8.3</ows:UpperCorner></ows:BoundingBox></csw:Record>
</csw:SearchResults></csw:GetRecordsResponse>""".encode("utf-8")
ISO = (f'<?xml version="1.0"?>\n<csw:GetRecordByIdResponse {CSW_NS}>'
       + to_iso19139(catalogue("https://example.test")[0]) + "</csw:GetRecordByIdResponse>").encode("utf-8")


@given(body=xml_bytes([DUBLIN_CORE]))
def test_csw_dublin_core_reader(body):
    read_dublin_core(body)


def read_dublin_core(body):
    page = only_plugin_errors(lambda: CswClient(OneAnswer(body), URL).search(SearchQuery(text="x")))
    if page is not None:
        assert all(isinstance(r.title, str) for r in page.records)


@given(body=xml_bytes([ISO]))
def test_csw_iso_reader(body):
    read_iso(body)


def read_iso(body):
    record = only_plugin_errors(lambda: CswClient(OneAnswer(body), URL).record("r-1"))
    if record is not None:
        assert isinstance(record.title, str)


# -- D4C -------------------------------------------------------------------------------------

D4C_SEARCH = {"nhits": 2, "datasets": [{"datasetid": "ds-1", "metas": {
    "title": "Jeu", "description": "<p>Texte</p>", "publisher": "Région", "modified": "2022-03-01",
    "keyword": ["a", "b"], "theme": "Environnement", "bbox": {"west": 3.3, "south": 47.4, "east": 8.3, "north": 50.2},
    "resources": [{"url": "https://example.test/wms", "name": "ws:x", "format": "WMS", "description": "d",
                   "resource_locator_protocol": "OGC:WMS"}]}}],
    "facet_groups": [{"name": "theme", "facets": [{"name": "Environnement", "count": 3}]},
                     {"name": "publisher", "facets": [{"name": "Région", "count": 2}]}]}


def read_d4c_search(body):
    service = CatalogService(OneAnswer(body), PlgSettings(d4c_url=URL), local=NO_LOCAL_COPY)
    result = service.search(SearchQuery(text="x", sources=(SOURCE_D4C,)))
    for page in result.pages.values():
        assert page.total >= 0 and isinstance(page.has_next, bool)
        assert all(isinstance(f.count, int) for facets in page.facets.values() for f in facets)
    assert all(message.strip() for message in result.errors.values())
    for record in result.records:  # what the panel does with a result: badges, a layer to add
        badges(record.links)
        spec = record_quick_spec(record)
        if spec is not None:
            spec.uri()


@given(body=json_bytes(D4C_SEARCH))
def test_d4c_search_reader(body):
    read_d4c_search(body)


@given(body=json_bytes(D4C_SEARCH["datasets"][0]))
def test_d4c_record_reader(body):
    only_plugin_errors(lambda: D4cClient(OneAnswer(body), URL).record("ds-1"))


# -- community content and scenarios ----------------------------------------------------------

CONTENT = json.loads(BUNDLED_FILE.read_text(encoding="utf-8"))


@given(body=json_bytes(CONTENT))
def test_content_reader_and_its_date_computations(body):
    read_content(body)


def read_content(body):
    parsed = only_plugin_errors(lambda: parse_content(body))
    if parsed is not None:
        content = parsed.content
        items = agenda(content)
        found = sessions(content, date(1990, 1, 1))
        upcoming_sessions(content, NOW)
        past_replays(content, NOW)
        agenda_calendar(items, found[:20])


SCENARIO = {"schema_version": "1.0", "title": "Démo", "description": "d", "steps": [
    {"action": "search", "text": "ocs", "note": "n"},
    {"action": "add_layer", "layer": {"kind": "wms", "service": "wms", "name": "ws:x", "title": "X"}},
    {"action": "zoom", "bbox": [3.3, 47.4, 8.3, 50.2], "crs": "EPSG:4326", "label": "Grand Est"},
    {"action": "open_panel", "panel": "ocs"}]}


@given(body=json_bytes(SCENARIO))
def test_scenario_reader(body):
    read_scenario(body)


def read_scenario(body):
    scenario = only_plugin_errors(lambda: parse_scenario(body))
    if scenario is not None:
        for step in scenario.steps:
            describe_step(step)
            if step.layer is not None:
                resolve(step.layer, PlgSettings())


# -- legacy tree ------------------------------------------------------------------------------

LEGACY = {"title": "R", "type": "folder", "children": [
    {"title": "Fonds", "type": "folder", "children": [
        {"title": "Ortho", "type": "wms_layer", "status": "warn", "bounding_boxes": [[6.1, 48.6, 6.2, 48.7]],
         "params": {"url": "https://example.test/wms", "name": "ortho", "srs": "EPSG:3857"},
         "children": [{"title": "Gris", "type": "wms_layer_style", "params": {"name": "gris"}}]},
        {"title": "Tuiles", "type": "wmts_layer", "params": {"url": "https://example.test/wmts", "name": "t"}}]},
    {"title": "Bâtiments", "type": "wfs_feature_type", "params": {"url": "https://example.test/wfs", "name": "b"},
     "children": [{"title": "Nancy", "type": "wfs_feature_type_filter", "params": {"filter": "a = 1"}}]},
    {"title": "GDAL", "type": "gdal_wms_config_file", "params": {"file_path": "gdal/fond.xml"}}]}


@given(body=json_bytes(LEGACY), base=st.sampled_from(["", "https://example.test/config/config.json",
                                                      "file:///home/user/config.json"]))
def test_legacy_tree_reader(body, base):
    read_legacy(body, base)


def read_legacy(body, base="https://example.test/config/config.json"):
    tree = only_plugin_errors(lambda: parse_legacy_config(body, base))
    if tree is not None:
        tree.visible("ortho", (3.0, 47.0, 9.0, 51.0))
        tree.root.to_json()
        for node in tree.layers():
            if node.spec is not None:
                node.spec.uri()
                if node.spec.kind == "gdal":  # never a local path outside the plugin's data
                    assert node.spec.url.startswith(("http://", "https://")) or "datagrandest_plugin/data" in \
                        node.spec.url


# -- favourites -------------------------------------------------------------------------------

FAVOURITES = {"format": "datagrandest-favourites", "version": 1, "favourites": [
    {"kind": "record", "identifier": "r-1", "title": "Fiche", "sources": ["csw", "d4c"]},
    {"kind": "layer", "identifier": "l-1", "title": "Couche", "sources": [],
     "layer": {"kind": "wms", "url": "https://example.test/wms", "name": "ws:x", "bbox": [3.3, 47.4, 8.3, 50.2],
               "bbox_crs": "EPSG:4326"}}],
    "searches": [{"name": "OCS", "text": "ocs", "theme": "t"}]}


@given(body=json_bytes(FAVOURITES))
def test_favourites_reader(body):
    read_favourites(body)


def read_favourites(body):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "import.json"
        path.write_bytes(body)
        store = FavouritesStore(Path(folder) / "favourites.json")
        only_plugin_errors(lambda: store.import_file(path))
        for favourite in store.items:
            if favourite.layer is not None:
                favourite.layer.uri()
        assert FavouritesStore(Path(folder) / "favourites.json").items == store.items  # what was saved reads back


# -- every place of each document, every special value -------------------------------------

SPECIAL_VALUES = SPECIAL_TEXT + SPECIAL_NUMBERS + [None, [], {}, [1], {"a": 1}]
SWEEPS = {"d4c": (D4C_SEARCH, read_d4c_search), "content": (CONTENT, read_content),
          "scenario": (SCENARIO, read_scenario), "legacy": (LEGACY, read_legacy),
          "favourites": (FAVOURITES, read_favourites)}


@pytest.mark.parametrize("reader", sorted(SWEEPS))
def test_every_place_of_a_document_takes_every_special_value(reader):
    """Not random: each value of the document replaced in turn by each special value (every
    combination under ``make fuzz``, an even sample of about 300 of them in ``make test``)."""
    document, read = SWEEPS[reader]
    cases = list(itertools.product([path for path in _positions(document) if path], SPECIAL_VALUES))
    step = 1 if settings.default.max_examples >= 600 else max(1, len(cases) // 300)
    for path, value in cases[::step]:
        data = copy.deepcopy(document)
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        parent[path[-1]] = value
        read(json.dumps(data, allow_nan=True).encode("utf-8"))


XML_SWEEPS = {"wms": (CAPABILITIES["wms"][0], lambda body: read_capabilities("wms", body)),
              "wfs": (WFS, lambda body: read_capabilities("wfs", body)),
              "wmts": (WMTS, lambda body: read_capabilities("wmts", body)),
              "csw-dublin-core": (DUBLIN_CORE, read_dublin_core), "csw-iso": (ISO, read_iso)}


@pytest.mark.parametrize("reader", sorted(XML_SWEEPS))
def test_every_text_of_an_xml_answer_takes_every_special_value(reader):
    """Each element text and attribute value of the answer replaced in turn by each special text."""
    document, read = XML_SWEEPS[reader]
    spans = [m.span(1) for m in re.finditer(rb">([^<]*)<|=\"([^\"]*)\"", document) if m.group(1) is not None]
    spans += [m.span(1) for m in re.finditer(rb'="([^"]*)"', document)]
    cases = list(itertools.product(spans, SPECIAL_TEXT))
    step = 1 if settings.default.max_examples >= 600 else max(1, len(cases) // 300)
    for (start, end), text in cases[::step]:
        read(document[:start] + escape(text, {'"': "&quot;"}).encode("utf-8") + document[end:])


# -- settings values --------------------------------------------------------------------------

SETTING_NAMES = [name for name in PlgSettings.__dataclass_fields__]


@given(values=st.dictionaries(st.sampled_from(SETTING_NAMES), st.text(max_size=20) | st.sampled_from(SPECIAL_TEXT),
                              max_size=6))
def test_settings_values(values):
    environ = {PlgSettings.env_name(name): value for name, value in values.items()}
    result = PlgSettings().with_environment(environ)
    for name, default in ((n, f.default) for n, f in PlgSettings.__dataclass_fields__.items()):
        value = getattr(result, name)
        assert type(value) is type(default), name
        if name in LIMITS:
            assert LIMITS[name](value), name
    assert result.max_download_bytes > 0 and result.cache_lifetime_seconds >= 0
