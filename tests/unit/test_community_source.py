"""Where the content comes from, in plain Python: network, cache, bundled copy."""

import json
from dataclasses import replace

import pytest

from support.content_server import ContentServer

from datagrandest_plugin.core.net.cache import DiskCache
from datagrandest_plugin.core.community.source import BUNDLED_FILE, MAX_DETAILS, bundled_content, load_content
from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport
from datagrandest_plugin.toolbelt.settings import PlgSettings


def bundled_document():
    return json.loads(BUNDLED_FILE.read_text(encoding="utf-8"))


@pytest.fixture
def server():
    with ContentServer(json.dumps(bundled_document()).encode()) as running:
        yield running


def load(server, tmp_path, **changes):
    settings = replace(PlgSettings(content_url=server.url, cache_dir=str(tmp_path / "cache"), timeout=10), **changes)
    transport = RequestsTransport(timeout=settings.timeout, offline=settings.offline)
    return load_content(transport, DiskCache(settings.cache_directory()), settings, force=True)


def test_first_download_with_an_invalid_entry_falls_back_on_the_bundled_version(server, tmp_path):
    document = bundled_document()
    document["groups"][0]["page_url"] = "javascript:alert(1)"  # the OCS group, broken
    document["groups"][1]["title"] = "Groupe projet PCRS (nouveau titre)"
    server.serve(json.dumps(document).encode())
    result = load(server, tmp_path)
    groups = {g.id: g for g in result.content.groups}
    assert groups["ocs"] == next(g for g in bundled_content().groups if g.id == "ocs")
    assert groups["pcrs"].title == "Groupe projet PCRS (nouveau titre)"
    assert "the last good version of 1 of them is shown" in result.message
    assert DiskCache(tmp_path / "cache").read(server.url) is None, "nothing invalid is cached"


def test_a_hostile_file_cannot_flood_the_message_log(server, tmp_path):
    document = bundled_document()
    document.update({f"champ_{i}<script>": i for i in range(500)})
    server.serve(json.dumps(document).encode())
    result = load(server, tmp_path)
    assert len(result.details) == MAX_DETAILS + 1
    assert all(len(line) < 200 for line in result.details)
    assert result.content == bundled_content()  # the known fields are read as usual


def test_offline_serves_the_last_good_copy_without_asking(server, tmp_path):
    assert load(server, tmp_path).origin == "network"
    requests = server.requests
    result = load(server, tmp_path, offline=True)
    assert server.requests == requests
    assert result.origin == "cache" and result.content == bundled_content()
    assert result.message.startswith("Content not updated: Offline mode")
