"""The cache never costs an answer: unwritable folders, damaged entries,
leftover temporary files, and requests copied whole."""

import dataclasses
import logging
import os
import time

import pytest

from datagrandest_plugin.core.net.cache import DiskCache, fetch_cached
from datagrandest_plugin.core.catalog.local_index import LocalCatalog
from datagrandest_plugin.core.catalog.models import CatalogRecord
from datagrandest_plugin.core.net.transport import HttpRequest, HttpResponse, Transport
from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport


class Recorder(Transport):
    """Records the request fetch_cached hands to the transport."""

    def __init__(self, body=b"<a/>"):
        super().__init__()
        self.seen = []
        self.body = body

    def fetch(self, request, feedback=None):
        self.seen.append(request)
        return HttpResponse(url=request.full_url(), status=200, headers={}, content=self.body)


SAMPLES = {  # a value unlike the default for each field of HttpRequest
    "url": "http://127.0.0.1:9/a", "params": {"q": "1"}, "method": "POST", "data": b"<q/>",
    "headers": {"X-One": "1"}, "authcfg": "abc1234", "timeout": 7.5, "max_bytes": 4096,
    "auth_origin": "http://127.0.0.1:9",
    "body_sink": None,  # fetch_cached's own: its entry writer when asked for pieces (see below)
}


def test_every_field_of_the_request_survives_fetch_cached(tmp_path):
    names = {f.name for f in dataclasses.fields(HttpRequest)}
    assert names == set(SAMPLES), f"give a sample value to the new field(s) {names - set(SAMPLES)}"
    values = dict(SAMPLES)
    request = HttpRequest(**values)
    transport = Recorder()
    fetch_cached(transport, DiskCache(tmp_path), request, max_age=0)
    sent = transport.seen[0]
    for name, value in values.items():
        if name == "headers":
            assert sent.headers["X-One"] == "1"
        else:
            assert getattr(sent, name) == value, name


def test_content_file_bound_reaches_the_transport(fault_server, tmp_path):
    request = HttpRequest(fault_server.url("/huge"), max_bytes=1024 * 1024)
    from datagrandest_plugin.core.errors import ResponseTooLarge

    with pytest.raises(ResponseTooLarge):
        fetch_cached(RequestsTransport(timeout=10, max_bytes=512 * 1024 * 1024), DiskCache(tmp_path), request, 0)


def test_a_damaged_entry_is_refetched_not_served(tmp_path):
    cache = DiskCache(tmp_path)
    request = HttpRequest("http://127.0.0.1:9/doc")
    fetch_cached(Recorder(b"<good/>"), cache, request, max_age=3600)
    path = next(tmp_path.glob("*.cache"))
    raw = path.read_bytes()
    path.write_bytes(raw.replace(b"<good/>", b"<evil/>"))  # same size, other bytes
    fresh = Recorder(b"<good/>")
    result = fetch_cached(fresh, cache, request, max_age=3600)
    assert len(fresh.seen) == 1 and result.body == b"<good/>" and not result.from_cache


def test_a_folder_that_cannot_be_written_keeps_the_answer_and_is_logged_once(tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    cache = DiskCache(blocker / "cache")
    with caplog.at_level(logging.WARNING, logger="datagrandest"):
        first = fetch_cached(Recorder(b"<one/>"), cache, HttpRequest("http://127.0.0.1:9/1"), max_age=0)
        second = fetch_cached(Recorder(b"<two/>"), cache, HttpRequest("http://127.0.0.1:9/2"), max_age=0)
    assert (first.body, second.body) == (b"<one/>", b"<two/>")
    assert len([r for r in caplog.records if "not-a-folder" in r.getMessage()]) == 1


def test_the_records_index_survives_an_unwritable_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    local = LocalCatalog(blocker / "records.json")
    local.remember("csw", [CatalogRecord(identifier="id-1", title="Un", sources=["csw"])])
    assert local.count("csw") == 1


def test_orphaned_temporary_files_are_removed_by_clear_and_at_start(tmp_path):
    cache = DiskCache(tmp_path)
    cache.write("k", b"x", "http://x")
    old = tmp_path / "abc123.tmp"
    old.write_bytes(b"half a write")
    past = time.time() - 3600
    os.utime(old, (past, past))
    recent = tmp_path / "def456.tmp"
    recent.write_bytes(b"a write in progress")
    assert cache.remove_orphans() == 1  # what start does: only files no running write can own
    assert not old.exists() and recent.exists()
    assert cache.clear() == 1
    assert list(tmp_path.iterdir()) == []


def test_the_leftover_walk_touches_only_old_temporary_files_and_stops_when_cancelled(tmp_path):
    from datagrandest_plugin.core.net.cache_files import remove_orphans
    from datagrandest_plugin.core.net.transport import CancelToken

    past = time.time() - 3600
    leftovers = [tmp_path / f"tmp{n}.tmp" for n in range(3)]
    for path in leftovers:
        path.write_bytes(b"half a write")
        os.utime(path, (past, past))
    folder = tmp_path / "named.tmp"  # not a file: left alone, whatever its name and age
    folder.mkdir()
    os.utime(folder, (past, past))
    entry = tmp_path / "0123abcd.cache"
    entry.write_bytes(b"{}\nbody")
    os.utime(entry, (past, past))
    stopped = CancelToken()
    stopped.cancel()
    assert remove_orphans(tmp_path, feedback=stopped) == 0 and all(path.exists() for path in leftovers)
    assert remove_orphans(tmp_path, feedback=CancelToken()) == 3
    assert sorted(path.name for path in tmp_path.iterdir()) == ["0123abcd.cache", "named.tmp"]
    assert remove_orphans(tmp_path / "missing") == 0
