"""Disk cache: atomic, revalidated, and the last good copy always kept."""

import pytest

from datagrandest_plugin.core.net.cache import DiskCache, fetch_cached
from datagrandest_plugin.core.errors import BadAnswer
from datagrandest_plugin.core.net.parsing import parse_xml
from datagrandest_plugin.core.net.transport import HttpRequest
from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport


@pytest.fixture
def cache(tmp_path):
    return DiskCache(tmp_path / "cache")


@pytest.fixture
def transport():
    return RequestsTransport(timeout=3)


def test_write_is_atomic_and_read_back(cache):
    cache.write("k", b"<a/>", "http://x", etag='"1"')
    entry = cache.read("k")
    assert entry.body == b"<a/>" and entry.etag == '"1"'
    assert not list(cache.directory.glob("*.tmp"))


def test_a_body_given_in_pieces_is_stored_and_checked_as_their_concatenation(cache):
    """Issue 17: a parsed tree's lines are written without being joined (a 20 MB join held the
    interpreter, so QGIS's GUI thread); what is read back is the same bytes, checksum included."""
    pieces = [b"stamp\n"] + [f'{{"n":"layer {i}","t":"Forêt {i}"}}\n'.encode("utf-8") for i in range(500)]
    cache.write("pieces", pieces, "http://x")
    assert cache.read("pieces").body == b"".join(pieces)
    path = next(cache.directory.glob("*.cache"))
    path.write_bytes(path.read_bytes().replace(b"layer 7", b"layer 8"))  # same size, other bytes
    assert cache.read("pieces") is None


def test_incomplete_file_is_never_served(cache):
    cache.write("k", b"0123456789", "http://x")
    path = next(cache.directory.glob("*.cache"))
    path.write_bytes(path.read_bytes()[:-3])
    assert cache.read("k") is None


def test_revalidation_uses_etag_and_does_not_download_again(cache, transport, fault_server):
    request = HttpRequest(fault_server.url("/etag"))
    first = fetch_cached(transport, cache, request, max_age=0, validate=parse_xml)
    assert not first.from_cache and b"WMS_Capabilities" in first.body
    hits = fault_server.hits("/etag")
    second = fetch_cached(transport, cache, request, max_age=0, validate=parse_xml)
    assert second.from_cache and not second.stale and second.body == first.body
    assert fault_server.hits("/etag") == hits + 1  # asked, answered 304


def test_fresh_entry_makes_no_request(cache, transport, fault_server):
    request = HttpRequest(fault_server.url("/ok.xml"))
    fetch_cached(transport, cache, request, max_age=3600, validate=parse_xml)
    hits = fault_server.hits("/ok.xml")
    again = fetch_cached(transport, cache, request, max_age=3600, validate=parse_xml)
    assert again.from_cache and fault_server.hits("/ok.xml") == hits


@pytest.mark.parametrize("bad_path", ["/html", "/broken-xml", "/500", "/empty", "/truncated", "/xxe"])
def test_bad_answer_never_replaces_the_last_good_copy(cache, transport, fault_server, bad_path):
    good = fault_server.url("/ok.xml")
    key = "capabilities"
    fetch_cached(transport, cache, HttpRequest(good), max_age=0, validate=parse_xml, key=key)
    kept = cache.read(key).body
    result = fetch_cached(transport, cache, HttpRequest(fault_server.url(bad_path)), max_age=0,
                          validate=parse_xml, key=key)
    assert result.stale and result.error is not None and result.body == kept
    assert cache.read(key).body == kept


def test_dead_server_serves_cache_marked_stale(cache, transport, fault_server):
    key = "doc"
    fetch_cached(transport, cache, HttpRequest(fault_server.url("/ok.xml")), max_age=0, validate=parse_xml, key=key)
    result = fetch_cached(transport, cache, HttpRequest("http://127.0.0.1:1/"), max_age=0, key=key)
    assert result.stale and "refused" in result.error.message


def test_no_cache_and_bad_answer_raises(cache, transport, fault_server):
    with pytest.raises(BadAnswer):
        fetch_cached(transport, cache, HttpRequest(fault_server.url("/html")), max_age=0, validate=parse_xml)
    assert cache.read(fault_server.url("/html")) is None


def test_an_entry_whose_header_outgrows_its_room_is_still_kept(cache):
    """A body written as it arrives leaves 1 KB for its header: a longer address is written again, header first."""
    url = "http://x/" + "a" * 3000
    writer = cache.writer("long")
    for piece in (b"<a>", b"b" * 100000, b"</a>"):
        writer.write(piece)
    assert writer.commit(url)
    assert b"".join(writer.body()) == b"<a>" + b"b" * 100000 + b"</a>"
    entry = cache.read("long")
    assert entry.url == url and entry.body == b"<a>" + b"b" * 100000 + b"</a>"
    assert not list(cache.directory.glob("*.tmp"))
