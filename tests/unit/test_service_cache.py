"""A service's capabilities through the cache: what is held, shared and read again (issue 17's memory)."""

import hashlib
import json
import sys
from pathlib import Path

from datagrandest_plugin.core.net.cache import DiskCache
from datagrandest_plugin.core.net.transport.body import Body
from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport
from datagrandest_plugin.core.ogc.capabilities import parse_capabilities
from datagrandest_plugin.core.ogc.service_loader import Endpoint, load_service
from support.content_server import ContentServer

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts" / "bench"))
from capabilities_gen import geoserver_wms111

URL = "https://example.test/geoserver/ows"


def test_a_body_handed_over_is_not_kept_by_its_decoder():
    body = Body("", 1024)
    body.feed(b"<a>")
    body.feed(b"</a>")
    body.complete()
    assert b"".join(body.take()) == b"<a></a>"
    assert body.take() == []  # the answer exists once, in the caller's hands


def _rewrite(path: Path, body: bytes):
    """A cache file (a JSON header line, then the body) holding ``body``, its size and checksum right."""
    header = json.loads(path.read_bytes().split(b"\n", 1)[0])
    header.update(size=len(body), sha256=hashlib.sha256(body).hexdigest())
    path.write_bytes(json.dumps(header).encode("utf-8") + b"\n" + body)


def test_a_reopened_tree_shares_what_its_layers_repeat_and_a_damaged_one_is_read_again_without_download(tmp_path):
    document = geoserver_wms111(30)
    expected = [layer.name for layer in parse_capabilities("wms", document, URL).layers]
    with ContentServer(document, "text/xml") as server:
        endpoint = Endpoint("wms", f"http://127.0.0.1:{server.httpd.server_port}/geoserver/ows")
        transport, cache = RequestsTransport(timeout=10), DiskCache(tmp_path)
        assert [layer.name for layer in load_service(transport, cache, endpoint, 3600).layers] == expected
        files = sorted(tmp_path.glob("*.cache"))
        parsed = [p for p in files if b"<?xml" not in p.read_bytes()]
        assert len(files) == 2 and len(parsed) == 1
        stamp = parsed[0].read_bytes().split(b"\n", 2)[1]  # the parsed form's first line: the document's digest
        _rewrite(parsed[0], stamp + b"\n" + b'{"kind": "wms", "url"\n')  # the right stamp, a broken tree
        again = load_service(transport, cache, endpoint, 3600)
        assert again.from_cache and [layer.name for layer in again.layers] == expected
        assert server.requests == 1  # read again from the cached copy, not downloaded again
        reopened = load_service(transport, cache, endpoint, 3600).layers
        assert [layer.name for layer in reopened] == expected
    # what every layer repeats is one object for all, as the reader made it (a reopened tree is no larger)
    first = reopened[0]
    assert first.formats and all(layer.formats is first.formats and layer.url is first.url for layer in reopened)
    assert all(layer.crs is first.crs for layer in reopened)


def test_feature_types_listing_the_same_systems_share_one_tuple():
    types = "".join(
        f"<FeatureType><Name>ws:t{i}</Name><Title>T{i}</Title><DefaultCRS>urn:ogc:def:crs:EPSG::2154</DefaultCRS>"
        f"<OtherCRS>urn:ogc:def:crs:EPSG::4326</OtherCRS><OtherCRS>EPSG:3857</OtherCRS></FeatureType>"
        for i in range(20))
    body = (f'<?xml version="1.0"?><WFS_Capabilities version="2.0.0" xmlns="http://www.opengis.net/wfs/2.0">'
            f"<FeatureTypeList>{types}</FeatureTypeList></WFS_Capabilities>").encode("utf-8")
    layers = parse_capabilities("wfs", body, URL).layers
    assert len(layers) == 20
    assert layers[0].crs == ("EPSG:2154", "EPSG:4326", "EPSG:3857")
    assert all(layer.crs is layers[0].crs for layer in layers)


def test_keywords_and_style_names_every_layer_repeats_are_kept_once():
    layers = parse_capabilities("wms", geoserver_wms111(130), URL).layers  # 60 workspaces: two layers in some
    assert all(layer.keywords[-1] == "features" for layer in layers)  # the generator gives each layer this one
    assert all(layer.keywords[-1] is layers[0].keywords[-1] for layer in layers)
    same_style = [layer for layer in layers if layer.workspace == layers[0].workspace and layer is not layers[0]]
    assert same_style and all(layer.styles[0].name is layers[0].styles[0].name for layer in same_style)


def test_a_capabilities_answer_goes_to_its_cache_file_as_it_arrives_and_is_parsed_from_there(tmp_path):
    """The document is never held whole: written to the entry's file as it comes, parsed back from the
    file piece by piece; the entry is the same document, and no temporary file stays behind."""
    from datagrandest_plugin.core.net.cache import fetch_cached
    from datagrandest_plugin.core.net.cache_files import FilePieces

    body = geoserver_wms111(300)
    with ContentServer(body, "text/xml") as server:
        endpoint = Endpoint("wms", f"http://127.0.0.1:{server.httpd.server_port}/geoserver/ows")
        cache = DiskCache(tmp_path)
        result = fetch_cached(RequestsTransport(timeout=30), cache, endpoint.request(), 3600, as_pieces=True)
        assert isinstance(result.body, FilePieces)  # read back from the entry's file, not held
        assert b"".join(result.body) == body
        assert cache.read(endpoint.request().full_url()).body == body  # size and checksum right
        loaded = load_service(RequestsTransport(timeout=30), DiskCache(tmp_path / "other"), endpoint, 3600)
        assert len(loaded.layers) == 300
    assert not list(tmp_path.rglob("*.tmp"))


def test_an_answer_refused_by_its_reader_leaves_the_kept_entry_and_no_temporary_file(tmp_path):
    from datagrandest_plugin.core.errors import BadAnswer
    from datagrandest_plugin.core.net.cache import fetch_cached

    good = geoserver_wms111(3)
    with ContentServer(good, "text/xml") as server:
        endpoint = Endpoint("wms", f"http://127.0.0.1:{server.httpd.server_port}/geoserver/ows")
        cache = DiskCache(tmp_path)
        load_service(RequestsTransport(timeout=30), cache, endpoint, 3600)
        server.serve(b"<html><body>Maintenance</body></html>")

        def refuse(pieces):
            if b"<html" in b"".join(pieces):
                raise BadAnswer("une page web")

        result = fetch_cached(RequestsTransport(timeout=30), cache, endpoint.request(), 0, refuse, as_pieces=True)
    assert result.stale and result.body == good  # the last good copy, marked
    assert cache.read(endpoint.request().full_url()).body == good
    assert not list(tmp_path.rglob("*.tmp"))


def test_a_cache_folder_that_cannot_be_written_still_gives_the_answer(tmp_path):
    from datagrandest_plugin.core.net.cache import fetch_cached

    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    body = geoserver_wms111(5)
    with ContentServer(body, "text/xml") as server:
        endpoint = Endpoint("wms", f"http://127.0.0.1:{server.httpd.server_port}/geoserver/ows")
        result = fetch_cached(RequestsTransport(timeout=30), DiskCache(blocked / "cache"), endpoint.request(), 0, as_pieces=True)
        assert b"".join(result.body) == body
        assert len(load_service(RequestsTransport(timeout=30), DiskCache(blocked / "cache"), endpoint, 0).layers) == 5


def test_the_requests_transport_gives_a_sink_the_body_and_keeps_none(tmp_path):
    from datagrandest_plugin.core.net.transport import HttpRequest

    body = geoserver_wms111(200)
    got = []

    class Sink:
        def reset(self):
            got.clear()

        def write(self, piece):
            got.append(piece)

    with ContentServer(body, "text/xml") as server:
        response = RequestsTransport(timeout=30).fetch(HttpRequest(server.url, body_sink=Sink()))
    assert response.status == 200 and response.pieces == []
    assert b"".join(got) == body
