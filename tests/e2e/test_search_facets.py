"""Facets and geographic filters against the local platform: pycsw (CSW and OGC API Records) and the
D4C stand-in. Expected values come from the data generator (scripts/platform/csw_records.py), the boundary
layers read with OGR, never from the code under test."""

import json
from dataclasses import replace

import pytest
import requests
from osgeo import ogr, osr

import csw_records
from support import platform_variables, run_cli

from datagrandest_plugin.core.catalog.facets import FacetFilter, count_facets
from datagrandest_plugin.core.catalog.models import SOURCE_CSW, SOURCE_D4C, SearchQuery
from datagrandest_plugin.core.catalog.service import CatalogService
from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport
from datagrandest_plugin.toolbelt.settings import PlgSettings


@pytest.fixture(scope="module")
def generated(local_platform):
    return {r.identifier: r for r in csw_records.catalogue(local_platform.urls["base_url"])}


@pytest.fixture(scope="module", params=["csw", "oarec"])
def service(request, local_platform, tmp_path_factory):
    urls = local_platform.urls
    settings = replace(PlgSettings(), csw_url=urls["csw_url"], oarec_url=urls["oarec_url"], d4c_url=urls["d4c_url"],
                       catalogue_protocol=request.param, cache_dir=str(tmp_path_factory.mktemp("facets")))
    return CatalogService(RequestsTransport(timeout=20), settings)


def everything(service, source=SOURCE_CSW):
    return service.search(SearchQuery(page_size=100, sources=(source,))).records


def protocols(rec):
    return {link.protocol for link in rec.links}


def test_kind_facet(service, generated):
    records = everything(service)
    counts = count_facets(records)
    expected_map = {i for i, r in generated.items() if protocols(r) & {"OGC:WMS", "OGC:WMTS"}}
    expected_vector = {i for i, r in generated.items() if "OGC:WFS" in protocols(r)}
    assert counts.count("kind", "map") == len(expected_map) > 0
    assert {r.identifier for r in FacetFilter(kinds=("vector",)).apply(records)} == expected_vector
    downloads = {i for i, r in generated.items() if any(p.startswith("WWW:DOWNLOAD") for p in protocols(r))}
    assert {r.identifier for r in FacetFilter(kinds=("download",)).apply(records)} == downloads
    # a table: a download with no map nor vector service nor geographic file (the OCS nomenclature)
    tables = {r.identifier for r in FacetFilter(kinds=("table",)).apply(records)}
    assert "FR-200052264-GGE-OCS-NOMENCLATURE" in tables and not tables & (expected_map | expected_vector)


def test_licence_producer_keyword_and_years_facets(service, generated):
    # both catalogues merged: pycsw's Dublin Core has no licence, D4C's records complete it
    records = service.search(SearchQuery(page_size=100)).records
    counts = count_facets(records)
    assert csw_records.LICENSE.startswith("Licence Ouverte")
    assert counts.count("licence", "open") == len(generated) == len(records)
    assert counts.count("producer", csw_records.ORG) == len(generated)
    assert counts.count("keyword", "PCRS") == sum("PCRS" in r.keywords for r in generated.values())
    years = {str(int(r.revised[:4])) for r in generated.values()}
    assert {f.name for f in counts.groups["year"]} == years
    kept = FacetFilter(years=(2023, 2023), keywords=("OCS",)).apply(records)
    assert {r.identifier for r in kept} == {i for i, r in generated.items()
                                            if r.revised.startswith("2023") and "OCS" in r.keywords}
    assert FacetFilter(licence="other").apply(records) == []


def test_crs_facet_from_the_full_records(service, local_platform):
    records = everything(service)
    detailed = [service.record(r.identifier, sources=(SOURCE_CSW,)) for r in records[:3]]
    counts = count_facets(detailed)
    if service.settings.catalogue_protocol == "csw":
        assert counts.count("crs", "EPSG:2154") == 3  # every generated ISO record declares EPSG:2154
        return
    # pycsw 3's OGC API Records JSON names no reference system: the facet has what the server says
    said = [requests.get(f"{local_platform.urls['oarec_url']}/collections/metadata:main/items/{r.identifier}",
                         params={"f": "json"}, timeout=20).json()["properties"].get("crs") for r in records[:3]]
    assert counts.count("crs", "EPSG:2154") == sum("EPSG:2154" in (c or []) for c in said) == 0


def test_d4c_facets_from_the_portal(service, generated):
    page = service.search(SearchQuery(text="ocs", page_size=5, sources=(SOURCE_D4C,))).pages[SOURCE_D4C]
    assert page.facets["publisher"] and page.total > len(page.records)
    counts = count_facets(page.records, page.facets)  # the portal counts over every match, not one page
    assert counts.count("producer", csw_records.ORG) == page.total


def _department_box(local_platform, code):
    """The department's box in degrees, read with OGR and converted with OSR (not the plugin's code)."""
    ds = ogr.Open(str(local_platform.workdir / "data" / "limites_administratives.gpkg"))
    layer = ds.GetLayerByName("departement")
    layer.SetAttributeFilter(f"insee_dep = '{code}'")
    feature = layer.GetNextFeature()  # the data source, layer and feature kept alive while read
    xmin, xmax, ymin, ymax = feature.GetGeometryRef().GetEnvelope()
    del feature, layer, ds
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(2154)
    target.ImportFromEPSG(4326)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, target)
    corners = [transform.TransformPoint(x, y)[:2] for x in (xmin, xmax) for y in (ymin, ymax)]
    return (min(c[0] for c in corners), min(c[1] for c in corners), max(c[0] for c in corners),
            max(c[1] for c in corners))


def _meets(a, b):
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


@pytest.mark.parametrize("protocol", ["csw", "oarec"])
def test_cli_territory_and_facet_options(local_platform, generated, tmp_path, protocol):
    env = platform_variables(local_platform, tmp_path / "cache")
    result = run_cli("search", "--source", "csw", "--protocol", protocol, "--territory", "departement:51",
                     "--page-size", "100", "--json", env=env)
    assert result.returncode == 0, result.stderr
    box = _department_box(local_platform, "51")
    expected = {i for i, r in generated.items() if _meets(r.bbox, box)}
    found = {r["identifier"] for r in json.loads(result.stdout)["records"]}
    assert found == expected and "FR-200052264-GGE-OCS-GRAND-EST-D51-2021" in found
    assert "FR-200052264-GGE-OCS-GRAND-EST-D54-2021" not in found

    # both catalogues: the licence is D4C's (pycsw's Dublin Core has none)
    result = run_cli("search", "ocs", "--protocol", protocol, "--kind", "vector", "--years",
                     "2020-2022", "--licence", "open", "--producer", csw_records.ORG, "--facets", "--json", env=env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    expected = {i for i, r in generated.items() if "OGC:WFS" in protocols(r) and 2020 <= int(r.revised[:4]) <= 2022
                and "ocs" in (r.title + r.abstract + " ".join(r.keywords) + i).lower()}
    assert {r["identifier"] for r in data["records"]} == expected and expected
    kinds = {f["value"]: f["count"] for f in data["facets"]["kind"]}
    assert kinds["vector"] == len(expected)

    text = run_cli("search", "pcrs", "--source", "csw", "--protocol", protocol, "--facets", env=env)
    assert text.returncode == 0 and ("Type de ressource" in text.stdout or "Kind of resource" in text.stdout)
    bad = run_cli("search", "x", "--years", "vingt", env=env)
    assert bad.returncode == 2 and "--years" in bad.stderr
    unknown = run_cli("search", "x", "--territory", "commune:99999", env=env)
    assert unknown.returncode == 2 and "99999" in unknown.stderr
