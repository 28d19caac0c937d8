"""OGC API – Records as the GeoNetwork catalogue's backend, against the local platform
(the same records as its pycsw CSW, served as OGC API Records beside it)."""

import json
import re
from collections import Counter
from dataclasses import replace

import pytest
import requests

from support import run_cli

import csw_records
from datagrandest_plugin.core.catalog.backends.csw import CswClient
from datagrandest_plugin.core.catalog.models import SOURCE_CSW, SearchQuery
from datagrandest_plugin.core.catalog.backends.oarec import OarecClient
from datagrandest_plugin.core.catalog.service import CatalogService
from datagrandest_plugin.core.checks import run_doctor
from datagrandest_plugin.core.errors import DgeError
from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport
from datagrandest_plugin.toolbelt.settings import PlgSettings

OCS_D51_2021 = "FR-200052264-GGE-OCS-GRAND-EST-D51-2021"
REIMS_BOX = (3.9, 49.1, 4.1, 49.3)
FRENCH_WORDS = re.compile(r"\b(ne|pas|le|la|les|du|des|une?|est|a|au|cette|répondu|contenu|adresse)\b", re.I)
ENGLISH_WORDS = re.compile(r"\b(the|answered|with|unexpected|not|does)\b", re.I)


@pytest.fixture(scope="module")
def transport():
    return RequestsTransport(timeout=20)


@pytest.fixture(scope="module")
def oarec(transport, local_platform):
    return OarecClient(transport, local_platform.urls["oarec_url"])


@pytest.fixture(scope="module")
def generated(local_platform):
    """The records as the data generator made them (the expected values)."""
    return csw_records.catalogue(local_platform.urls["base_url"])


def ids(page):
    return {r.identifier for r in page.records}


def test_oarec_search_every_record_and_paging(oarec, generated):
    everything = oarec.search(SearchQuery(page_size=100))
    assert everything.total == len(generated) and ids(everything) == {r.identifier for r in generated}
    first = oarec.search(SearchQuery(text="ocs", page_size=4))
    second = oarec.search(SearchQuery(text="ocs", page=2, page_size=4))
    assert first.total == second.total >= 8 and first.has_next
    assert len(first.records) == len(second.records) == 4 and not ids(first) & ids(second)


def test_oarec_answers_as_the_csw_does(oarec, transport, local_platform):
    csw = CswClient(transport, local_platform.urls["csw_url"])
    for query in (SearchQuery(text="pcrs", page_size=50), SearchQuery(text="ocs 2021 marne", page_size=50),
                  SearchQuery(bbox=REIMS_BOX, page_size=100)):
        assert ids(oarec.search(query)) == ids(csw.search(query)), query


def test_oarec_bbox_keeps_what_the_box_touches(oarec, generated):
    found = ids(oarec.search(SearchQuery(bbox=REIMS_BOX, page_size=100)))
    x0, y0, x1, y1 = REIMS_BOX
    expected = {r.identifier for r in generated
                if not (r.bbox[2] < x0 or r.bbox[0] > x1 or r.bbox[3] < y0 or r.bbox[1] > y1)}
    assert found == expected and OCS_D51_2021 in found


def test_oarec_record_links_and_facets(oarec, generated):
    record = oarec.record(OCS_D51_2021)
    source = next(r for r in generated if r.identifier == OCS_D51_2021)
    assert record.detailed and record.title == source.title and record.sources == [SOURCE_CSW]
    assert [link.url for link in record.links] == [link.url for link in source.links]
    assert [link.protocol for link in record.links][:3] == ["OGC:WMS", "OGC:WFS", "OGC:WMTS"]
    assert record.licence == csw_records.LICENSE and record.bbox[0] < 4 < record.bbox[2]
    assert record.thumbnail_url == source.thumbnail and record.organisation == csw_records.ORG
    assert source.revised.startswith(record.date) and record.keywords == source.keywords + [source.theme]
    assert record.abstract == source.abstract
    page = oarec.search(SearchQuery(text="pcrs", page_size=50))
    counted = {f.name: f.count for f in page.facets["keywords"]}
    assert counted["PCRS"] == sum("PCRS" in r.keywords for r in generated if "pcrs" in (
        r.title + r.abstract + " ".join(r.keywords) + r.identifier).lower())
    everything = oarec.search(SearchQuery(page_size=100))
    kinds = {f.name: f.count for f in everything.facets["type"]}  # pycsw's resource type facet
    assert kinds == dict(Counter(r.hierarchy for r in generated))


def test_oarec_missing_record_and_dead_server_are_one_sentence(oarec, transport):
    with pytest.raises(DgeError) as missing:
        oarec.record("no-such-record")
    assert missing.value.message and "\n" not in missing.value.message
    dead = OarecClient(transport, "http://127.0.0.1:9/ogcapi-records")
    with pytest.raises(DgeError) as error:
        dead.search(SearchQuery(text="ocs"))
    assert error.value.message and "\n" not in error.value.message


def test_service_uses_the_protocol_setting(transport, local_platform, tmp_path):
    settings = replace(PlgSettings(), csw_url="http://127.0.0.1:9/csw", oarec_url=local_platform.urls["oarec_url"],
                       catalogue_protocol="oarec", d4c_url=local_platform.urls["d4c_url"], cache_dir=str(tmp_path))
    result = CatalogService(transport, settings).search(SearchQuery(text="pcrs", sources=(SOURCE_CSW,)))
    assert not result.errors and "FR-200052264-GGE-PCRS-GRAND-EST" in {r.identifier for r in result.records}


def test_doctor_reports_the_oarec_catalogue(transport, local_platform):
    settings = replace(PlgSettings(), oarec_url=local_platform.urls["oarec_url"], catalogue_protocol="oarec")
    checks = {c.service: c for c in run_doctor(transport, settings)}
    assert "CSW" not in checks
    # pycsw 3.0 declares the conformance classes of OGC API Records 1.0
    declared = requests.get(local_platform.urls["oarec_url"] + "/conformance", params={"f": "json"}, timeout=20).json()
    assert "http://www.opengis.net/spec/ogcapi-records-1/1.0/conf/core" in declared["conformsTo"]
    assert checks["OGC API Records"].reachable and checks["OGC API Records"].protocol == "OGC API Records 1.0"


def test_cli_search_and_doctor_with_protocol_oarec(local_platform, generated):
    env = {"DGE_CSW_URL": "http://127.0.0.1:9/csw", "DGE_OAREC_URL": local_platform.urls["oarec_url"],
           "DGE_D4C_URL": local_platform.urls["d4c_url"]}
    result = run_cli("search", "pcrs", "--source", "csw", "--protocol", "oarec", "--page-size", "100", "--json", env=env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    expected = {r.identifier for r in generated if "pcrs" in (r.title + r.abstract + " ".join(r.keywords)).lower()}
    assert {r["identifier"] for r in data["records"]} == expected and not data["errors"]
    assert "FR-200052264-GGE-PCRS-GRAND-EST" in expected
    every = json.loads(run_cli("search", "--source", "csw", "--protocol", "oarec", "--page-size", "100", "--json",
                               env=env).stdout)
    assert {r["identifier"] for r in every["records"]} == {r.identifier for r in generated}
    doctor = run_cli("doctor", "--protocol", "oarec", "--json", env=env)
    services = {c["service"]: c for c in json.loads(doctor.stdout)}
    assert services["OGC API Records"]["reachable"] and services["OGC API Records"]["protocol"] == "OGC API Records 1.0"
    bad = run_cli("search", "x", "--protocol", "z39.50", env=env)
    assert bad.returncode == 2


def test_services_panel_reports_the_oarec_catalogue(qgis_app, french, local_platform, monkeypatch):
    from support.qt import wait_for

    from datagrandest_plugin.gui.services.panel import ServicesPanel

    for key in ("csw_url", "ows_url", "wmts_url", "d4c_url", "content_url", "legacy_config_url", "oarec_url"):
        monkeypatch.setenv("DGE_" + key.upper(), local_platform.urls[key])
    monkeypatch.setenv("DGE_CATALOGUE_PROTOCOL", "oarec")
    panel = ServicesPanel()
    panel.start_checks()
    received = wait_for(panel.checks_done)
    assert received, "the checks never finished"
    checks = {c.service: c for c in received[0][0]}
    assert "CSW" not in checks and checks["OGC API Records"].reachable
    rows = {panel.table.item(r, 0).text(): [panel.table.item(r, c).text() for c in range(panel.table.columnCount())
                                            if panel.table.item(r, c)] for r in range(panel.table.rowCount())}
    assert "OGC API Records 1.0" in rows["OGC API Records"]
    panel.deleteLater()


BAD_ANSWERS = ["/html", "/invalid-json", "/truncated", "/404", "/500", "/ok.xml", "/ok.json", "/empty", "/401"]


@pytest.mark.parametrize("path", BAD_ANSWERS)
def test_oarec_bad_answers_are_one_french_sentence(qgis_app, french, fault_server, path):
    """A catalogue that answers HTML, broken or foreign JSON, or an HTTP error: one French sentence,
    for the search, the record and the doctor's check alike."""
    from datagrandest_plugin.core.checks import check_endpoint, field_check

    client = OarecClient(RequestsTransport(timeout=2), fault_server.url(path))
    messages = []
    for call in (lambda: client.search(SearchQuery(text="ocs")), lambda: client.record("x")):
        with pytest.raises(DgeError) as error:
            call()
        messages.append(error.value.message)
    check = check_endpoint(RequestsTransport(timeout=2), *field_check("oarec_url", fault_server.url(path)))
    assert not check.reachable
    messages.append(check.message)
    for message in messages:
        assert message and "\n" not in message and "Traceback" not in message, message
        assert FRENCH_WORDS.search(message) and not ENGLISH_WORDS.search(message), message  # translated


def test_oarec_sort_by_date(oarec, generated):
    records = oarec.search(SearchQuery(sort="date", page_size=100)).records
    dates = [r.date for r in records]
    assert dates == sorted((r.revised[:10] for r in generated), reverse=True) and len(set(dates)) > 3
