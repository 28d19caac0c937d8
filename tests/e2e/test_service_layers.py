"""Service tree from the local platform: the CLI, the parsed-tree cache, revalidation, bad servers."""

import json
import time

import pytest

from support import platform_variables, run_cli

from datagrandest_plugin.core.ogc import service_loader
from datagrandest_plugin.core.net.cache import DiskCache
from datagrandest_plugin.core.ogc.service_loader import Endpoint, endpoints, load_service, load_services
from datagrandest_plugin.core.net.transport import Transport
from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport
from datagrandest_plugin.toolbelt.settings import PlgSettings


def platform_settings(platform, tmp_path):
    urls = platform.urls
    return PlgSettings(wms_url=urls["wms_url"], wfs_url=urls["wfs_url"], wmts_url=urls["wmts_url"],
                       ows_url=urls["ows_url"], cache_dir=str(tmp_path / "cache"))


def test_cli_layers_all_types_filter_and_json(local_platform, tmp_path):
    env = platform_variables(local_platform, tmp_path / "cache")
    result = run_cli("layers", "--json", env=env)
    assert result.returncode == 0, result.stderr
    layers = json.loads(result.stdout)
    kinds = {(layer["type"], layer["name"]) for layer in layers}
    assert ("wms", "geograndest:ocs_grand_est_2021_d51") in kinds
    assert ("wfs", "region-grand-est:commune_actuelle") in kinds
    assert ("wmts", "geograndest:ortho_pcrs_2021") in kinds
    ocs = next(l for l in layers if l["type"] == "wms" and l["name"] == "geograndest:ocs_grand_est_2021_d51")
    assert {"default", "ocs_grand_est_niveau_1"} <= {s["name"] for s in ocs["styles"]}
    assert all(s["legend_url"].startswith(local_platform.urls["base_url"]) for s in ocs["styles"])
    assert "EPSG:2154" in ocs["crs"] and ocs["wgs84_bbox"][0] == pytest.approx(3.89, abs=0.01)

    # accents and case ignored, names/titles/abstracts searched, one type, one workspace
    result = run_cli("layers", "--type", "wfs", "--filter", "FACADE", "--json", env=env)
    assert [(l["type"], l["name"]) for l in json.loads(result.stdout)] == [("wfs", "geograndest:pcrs_facade")]
    result = run_cli("layers", "--workspace", "region-grand-est", "--type", "wms", env=env)
    assert result.returncode == 0
    lines = result.stdout.splitlines()[2:]
    assert sorted(line.split()[2] for line in lines) == ["commune_actuelle", "departement", "epci"]
    result = run_cli("layers", "--filter", "intercommunale", "--json", env=env)  # only in the abstract
    assert {l["name"] for l in json.loads(result.stdout)} == {"region-grand-est:epci"}


def test_cli_one_broken_service_is_reported_the_rest_shown(local_platform, fault_server, tmp_path):
    env = platform_variables(local_platform, tmp_path / "cache")
    env["DGE_WMS_URL"] = fault_server.url("/broken-xml")
    result = run_cli("layers", "--json", env=env)
    assert result.returncode == 0
    assert {l["type"] for l in json.loads(result.stdout)} == {"wfs", "wmts"}
    assert "WMS" in result.stderr and "XML" in result.stderr and "Traceback" not in result.stderr
    env["DGE_WFS_URL"] = env["DGE_WMTS_URL"] = fault_server.url("/html")
    result = run_cli("layers", env=env)
    assert result.returncode == 3 and "Traceback" not in result.stderr


def test_second_opening_reads_the_parsed_tree_and_revalidates_by_etag(local_platform, tmp_path, monkeypatch):
    settings = platform_settings(local_platform, tmp_path)
    cache = DiskCache(tmp_path / "cache")
    transport = RequestsTransport(timeout=30)
    endpoint = endpoints(settings, ("wms",))[0]
    parses = []
    real_parse = service_loader.parse_capabilities
    monkeypatch.setattr(service_loader, "parse_capabilities", lambda *a: parses.append(a[0]) or real_parse(*a))

    first = load_service(transport, cache, endpoint, max_age=3600)
    assert not first.from_cache and parses == ["wms"] and len(first.layers) == 11

    before = Transport.request_count
    second = load_service(transport, cache, endpoint, max_age=3600)
    assert Transport.request_count == before, "a fresh cache is read without any request"
    assert parses == ["wms"], "the parsed tree is read from the cache, not parsed again"
    assert [l.to_dict() for l in second.layers] == [l.to_dict() for l in first.layers]

    third = load_service(transport, cache, endpoint, max_age=0)  # stale: revalidated with If-None-Match
    assert Transport.request_count == before + 1
    assert third.from_cache and not third.stale and parses == ["wms"]


def test_failed_download_keeps_the_last_good_copy(local_platform, fault_server, tmp_path):
    cache = DiskCache(tmp_path / "cache")
    transport = RequestsTransport(timeout=30)
    good = Endpoint("wms", local_platform.urls["wms_url"])
    first = load_service(transport, cache, good, max_age=3600)
    broken = Endpoint("wms", fault_server.url("/broken-xml"))
    body = cache.read(good.request().full_url()).body
    cache.write(broken.request().full_url(), body, broken.url, fetched_at=time.time() - 7200)
    loaded = load_services(transport, cache, [broken], max_age=3600)[0]
    assert loaded.stale and "XML" in loaded.error.message
    assert [l.name for l in loaded.layers] == [l.name for l in first.layers]
    assert cache.read(broken.request().full_url()).body == body  # not replaced by the broken answer
    dead = load_services(transport, cache, [Endpoint("wfs", "http://127.0.0.1:1/wfs")], max_age=3600)[0]
    assert dead.document is None and "127.0.0.1:1" in dead.error.message
