"""Catalogue against the local pycsw and D4C stand-in: search, detail, links to layers."""

import json
from dataclasses import replace

import pytest

from support import run_cli

from datagrandest_plugin.core.net.cache import DiskCache
from datagrandest_plugin.core.catalog.backends.csw import CswClient
from datagrandest_plugin.core.catalog.backends.d4c import D4cClient
from datagrandest_plugin.core.catalog.link_specs import (
    LayerChoiceNeeded,
    download_spec,
    layer_spec,
    service_layers,
)
from datagrandest_plugin.core.catalog.link_kinds import badges, link_action
from datagrandest_plugin.core.catalog.models import SearchQuery
from datagrandest_plugin.core.catalog.service import CatalogService
from datagrandest_plugin.core.errors import BadAnswer, DgeError
from datagrandest_plugin.core.layers.factory import create_layer
from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport
from datagrandest_plugin.toolbelt.settings import PlgSettings
from sample_layers import layer as sample_layer

OCS_D51_2021 = "FR-200052264-GGE-OCS-GRAND-EST-D51-2021"
REIMS_BOX = (3.9, 49.1, 4.1, 49.3)


@pytest.fixture(scope="module")
def transport():
    return RequestsTransport(timeout=20)


@pytest.fixture(scope="module")
def settings(local_platform):
    urls = local_platform.urls
    return replace(PlgSettings(), csw_url=urls["csw_url"], d4c_url=urls["d4c_url"])


@pytest.fixture(scope="module")
def csw(transport, settings):
    return CswClient(transport, settings.csw_url)


@pytest.fixture(scope="module")
def d4c(transport, settings):
    return D4cClient(transport, settings.d4c_url)


@pytest.fixture(scope="module")
def service(transport, settings):
    return CatalogService(transport, settings)


def ids(page):
    return {r.identifier for r in page.records}


def test_csw_full_text_and_paging(csw):
    first = csw.search(SearchQuery(text="ocs", page_size=4))
    second = csw.search(SearchQuery(text="ocs", page=2, page_size=4))
    assert first.total == second.total >= 8
    assert len(first.records) == len(second.records) == 4
    assert not ids(first) & ids(second)
    assert first.has_next
    everything = csw.search(SearchQuery(page_size=100))
    assert everything.total == len(everything.records) == 18
    assert all(r.title and r.links for r in everything.records if "OCS-GRAND-EST-D" in r.identifier)


def test_csw_keyword_title_organisation_and_combined(csw):
    pcrs = csw.search(SearchQuery(keyword="PCRS", page_size=50))
    assert ids(pcrs) == {"FR-200052264-GGE-PCRS-GRAND-EST", "FR-200052264-GGE-PCRS-RASTER-NANCY-2021",
                         "FR-200052264-GGE-PCRS-VECTEUR-NANCY"}
    titled = csw.search(SearchQuery(title="Département 54", page_size=50))
    assert titled.records and all("54" in r.title for r in titled.records)
    combined = csw.search(SearchQuery(text="ocs", keyword="2021", title="Marne", page_size=50))
    assert OCS_D51_2021 in ids(combined) and "FR-200052264-GGE-OCS-GRAND-EST-D51-2019" not in ids(combined)
    organisation = csw.search(SearchQuery(organisation="DataGrandEst", page_size=50))
    assert organisation.total == 18
    assert csw.search(SearchQuery(organisation="Nobody at all", page_size=50)).total == 0


def test_csw_bbox_filter_keeps_what_the_extent_touches(csw):
    around_reims = ids(csw.search(SearchQuery(bbox=REIMS_BOX, page_size=100)))
    assert OCS_D51_2021 in around_reims
    assert "FR-200052264-GGE-OCS-GRAND-EST-D54-2021" not in around_reims
    assert "FR-200052264-GGE-PCRS-VECTEUR-NANCY" not in around_reims


def test_csw_sort_by_date(csw):
    records = csw.search(SearchQuery(sort="date", page_size=100)).records
    dates = [r.date for r in records]
    assert dates == sorted(dates, reverse=True) and len(set(dates)) > 3


def test_csw_record_detail_has_every_field(csw, transport):
    record = csw.record(OCS_D51_2021)
    assert record.detailed and record.title.startswith("Occupation du sol 2021")
    assert record.organisation == "Région Grand Est - DataGrandEst" and "@" in record.contact
    assert record.licence.startswith("Licence Ouverte") and record.lineage and record.date == "2023-06-30"
    assert "OCS" in record.keywords and "Occupation du sol" in record.themes
    assert record.bbox[0] < 4 < record.bbox[2]
    assert [link_action(link) for link in record.links][:3] == ["wms", "wfs", "wmts"]
    from datagrandest_plugin.core.net.transport import HttpRequest

    thumbnail = transport.fetch(HttpRequest(record.thumbnail_url))
    assert thumbnail.content.startswith(b"\x89PNG")


def test_d4c_search_facets_refine_and_paging(d4c):
    page = d4c.search(SearchQuery(text="ocs", page_size=3))
    assert page.total >= 8 and len(page.records) == 3
    themes = {f.name: f.count for f in page.facets["theme"]}
    assert themes and "publisher" in page.facets
    theme, count = next(iter(themes.items()))
    refined = d4c.search(SearchQuery(text="ocs", theme=theme, page_size=50))
    assert refined.total == count and all(theme in r.themes for r in refined.records)
    second = d4c.search(SearchQuery(text="ocs", page=2, page_size=3))
    assert not ids(page) & ids(second)


def test_d4c_dataset_detail_and_resources(d4c):
    record = d4c.record(OCS_D51_2021)
    assert record.detailed and record.identifier == OCS_D51_2021
    assert set(badges(record.links)) >= {"WMS", "WFS", "WMTS", "download"}
    assert "visualisation/information" in record.page_url


def test_both_sources_in_one_list_with_duplicates_merged(service):
    result = service.search(SearchQuery(text="commune", page_size=50))
    assert set(result.pages) == {"csw", "d4c"} and not result.errors
    keys = [r.key for r in result.records]
    assert len(keys) == len(set(keys))
    commune = next(r for r in result.records if r.key == "fr-200052264-commune_grand_est")
    assert commune.sources == ["csw", "d4c"]
    assert len(result.records) < result.pages["csw"].total + result.pages["d4c"].total


def test_one_dead_source_still_gives_the_other(transport, settings, tmp_path):
    fresh = replace(settings, csw_url="http://127.0.0.1:1/csw", cache_dir=str(tmp_path))
    result = CatalogService(transport, fresh).search(SearchQuery(text="ocs"))
    assert result.records and "csw" in result.errors and "refused" in result.errors["csw"]
    assert all(r.sources == ["d4c"] for r in result.records)


def test_offline_search_answers_from_the_records_seen_before(transport, settings, tmp_path):
    with_cache = replace(settings, cache_dir=str(tmp_path))
    online = CatalogService(transport, with_cache).search(SearchQuery(text="ocs", page_size=50))
    assert not any(page.stale for page in online.pages.values())
    down = RequestsTransport(timeout=20, offline=True)  # the same catalogues, which no longer answer
    result = CatalogService(down, with_cache).search(SearchQuery(text="OCS marne", page_size=50))
    assert not result.errors and all(page.stale for page in result.pages.values())
    assert "not contacted" in result.pages["csw"].error
    assert {r.identifier for r in result.records} >= {OCS_D51_2021}
    assert all("Marne" in r.title for r in result.records)
    nothing = CatalogService(down, with_cache).search(SearchQuery(text="pcrs"))
    assert nothing.records == [] and nothing.pages["csw"].total == 0
    # other catalogues that are down: the records saved from these ones do not answer for them
    others = replace(with_cache, csw_url="http://127.0.0.1:1/csw", d4c_url="http://127.0.0.1:1/d4c")
    elsewhere = CatalogService(transport, others).search(SearchQuery(text="OCS marne", page_size=50))
    assert elsewhere.records == [] and set(elsewhere.errors) == {"csw", "d4c"}


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return DiskCache(tmp_path_factory.mktemp("cache"))


def load(record, link, transport, cache, **kwargs):
    options = service_layers(transport, cache, link, max_age=3600)
    return create_layer(layer_spec(record, link, options, PlgSettings(), **kwargs))


def test_every_link_type_of_a_record_loads_as_a_valid_layer(qgis_app, service, transport, cache, tmp_path):
    record = service.record(OCS_D51_2021)
    by_action = {}
    for link in record.links:
        by_action.setdefault(link_action(link), link)
    wms = load(record, by_action["wms"], transport, cache, style="ocs_grand_est_niveau_1")
    # named after the layer chosen in the service, not after the record
    assert wms.isValid() and wms.name() == sample_layer("ocs_grand_est_2021_d51").title
    assert wms.crs().authid() == "EPSG:2154"
    assert "styles=ocs_grand_est_niveau_1" in wms.source()
    assert wms.metadata().abstract() == record.abstract
    wfs = load(record, by_action["wfs"], transport, cache)  # name without the workspace prefix
    assert wfs.featureCount() == 86 and "geograndest:ocs_grand_est_2021_d51" in wfs.source()
    wmts = load(record, by_action["wmts"], transport, cache)
    assert wmts.isValid() and wmts.crs().authid() == "EPSG:2154"
    downloads = [link for link in record.links if link_action(link) == "download"]
    geojson = create_layer(download_spec(record, downloads[0], transport, tmp_path))
    assert geojson.featureCount() == 86
    table = create_layer(download_spec(record, downloads[1], transport, tmp_path))
    assert table.featureCount() == 86 and not table.isSpatial()


def test_wcs_link_loads_the_coverage_with_the_values_of_the_image(qgis_app, service, transport, cache, local_platform):
    from qgis.core import QgsPointXY, QgsRasterLayer

    record = service.record("FR-200052264-GGE-PCRS-RASTER-NANCY-2021")
    assert "WCS" in badges(record.links)
    link = next(link for link in record.links if link_action(link) == "wcs")
    coverage = load(record, link, transport, cache)  # bare name on the workspace endpoint
    assert coverage.isValid() and coverage.providerType() == "wcs" and coverage.crs().authid() == "EPSG:2154"
    assert "identifier=ortho_pcrs_2021" in coverage.source()
    assert coverage.name() == sample_layer("ortho_pcrs_2021").title
    image = QgsRasterLayer(str(local_platform.workdir / "data" / "ortho_pcrs_2021.tif"), "file", "gdal")
    box = image.extent()
    assert coverage.extent().toRectF().intersected(box.toRectF()).width() > 0.99 * box.width()
    # the served values are the image's, band by band, at pixel centres here and there
    size_x, size_y = box.width() / image.width(), box.height() / image.height()
    for column, row in ((128, 128), (256, 256), (409, 358), (30, 480)):
        point = QgsPointXY(box.xMinimum() + (column + 0.5) * size_x, box.yMaximum() - (row + 0.5) * size_y)
        for band in (1, 2, 3):
            expected, ok = image.dataProvider().sample(point, band)
            served, served_ok = coverage.dataProvider().sample(point, band)
            assert ok and served_ok and served == expected, (column, row, band)


def test_link_with_getcapabilities_suffix_and_project_crs(qgis_app, service, transport, cache):
    record = service.record("FR-200052264-GGE-OCS-GRAND-EST-D51-2019")
    link = next(link for link in record.links if "REQUEST=GetCapabilities" in link.url)
    options = service_layers(transport, cache, link, max_age=3600)
    spec = layer_spec(record, link, options, replace(PlgSettings(), default_crs="EPSG:3857"))
    assert spec.crs == "EPSG:3857" and "REQUEST" not in spec.uri()
    assert create_layer(spec).isValid()
    not_offered = replace(PlgSettings(), default_crs="EPSG:27572")
    assert layer_spec(record, link, options, not_offered).crs == "EPSG:2154"  # not offered: Lambert 93


def test_link_without_name_offers_the_service_layers(qgis_app, service, transport, cache):
    record = service.record("FR-200052264-REGION-GRAND-EST-LIMITES-ADMINISTRATIVES")
    link = next(link for link in record.links if link_action(link) == "wfs")
    options = service_layers(transport, cache, link, max_age=3600)
    with pytest.raises(LayerChoiceNeeded) as need:
        layer_spec(record, link, options, PlgSettings())
    names = [o.name for o in need.value.options]
    assert "region-grand-est:departement" in names
    layer = create_layer(layer_spec(record, link, options, PlgSettings(), layer_name="departement"))
    assert layer.featureCount() == 2
    # named after the chosen layer, not after the "Limites administratives" record
    assert layer.name() == sample_layer("departement").title != record.title
    epci = layer_spec(record, link, options, PlgSettings(), layer_name="epci")
    assert epci.title == sample_layer("epci").title


def test_unknown_style_is_refused(service, transport, cache):
    record = service.record(OCS_D51_2021)
    link = record.links[0]
    with pytest.raises(BadAnswer, match="style"):
        layer_spec(record, link, service_layers(transport, cache, link, 3600), PlgSettings(), style="nope")


@pytest.mark.parametrize("path", ["/html", "/broken-xml", "/truncated", "/exception", "/bomb", "/xxe", "/500",
                                  "/401", "/302-login", "/empty", "/ok.json", "/drip"])
def test_csw_bad_answers_are_one_sentence(fault_server, path):
    client = CswClient(RequestsTransport(timeout=2), fault_server.url(path))
    with pytest.raises(DgeError) as error:
        client.search(SearchQuery(text="ocs"))
    assert error.value.message and "\n" not in error.value.message and "Traceback" not in error.value.message


@pytest.mark.parametrize("path", ["/html", "/invalid-json", "/truncated", "/500", "/401", "/ok.xml", "/empty"])
def test_d4c_bad_answers_are_one_sentence(fault_server, path):
    client = D4cClient(RequestsTransport(timeout=2), fault_server.url(path))
    with pytest.raises(DgeError) as error:
        client.search(SearchQuery(text="ocs"))
    assert error.value.message and "\n" not in error.value.message


def cli_env(local_platform):
    return {"DGE_CSW_URL": local_platform.urls["csw_url"], "DGE_D4C_URL": local_platform.urls["d4c_url"]}


def test_cli_search_json_and_text(local_platform):
    result = run_cli("search", "ocs", "--source", "csw", "--bbox", "3.9,49.1,4.1,49.3", "--json",
                     env=cli_env(local_platform))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["totals"]["csw"] >= 3 and OCS_D51_2021 in [r["identifier"] for r in data["records"]]
    text = run_cli("--json", "search", "pcrs", "--page", "1", env=cli_env(local_platform))
    assert text.returncode == 0 and json.loads(text.stdout)["records"]
    bad = run_cli("search", "x", "--bbox", "4,49", env=cli_env(local_platform))
    assert bad.returncode == 2 and "--bbox" in bad.stderr


def test_cli_record_and_load(local_platform):
    env = cli_env(local_platform)
    record = run_cli("record", OCS_D51_2021, "--json", env=env)
    assert record.returncode == 0 and json.loads(record.stdout)["lineage"]
    vector = run_cli("load", "--record", OCS_D51_2021, "--link", "1", "--json", env=env)
    assert vector.returncode == 0, vector.stderr
    data = json.loads(vector.stdout)
    assert data["valid"] and data["crs"] == "EPSG:2154" and data["feature_count"] == 86 and len(data["extent"]) == 4
    assert data["style_source"] == "server"  # the OCS reading's style as QGIS Server publishes it
    raster = run_cli("load", "--record", OCS_D51_2021, "--link", "0", "--json", env=env)
    assert raster.returncode == 0 and json.loads(raster.stdout)["tile_bytes"] > 1000
    assert json.loads(raster.stdout)["style_source"] == "default"
    page_only = run_cli("load", "--record", OCS_D51_2021, "--link", "5", env=env)
    assert page_only.returncode == 3 and len(page_only.stderr.strip().splitlines()) == 1


def test_cli_record_without_loadable_link_exits_3(local_platform):
    result = run_cli("load", "--record", "FR-200052264-DGE-WEBINAIRE-PLUGIN-QGIS", env=cli_env(local_platform))
    assert result.returncode == 3
    assert len(result.stderr.strip().splitlines()) == 1 and "FR-200052264-DGE-WEBINAIRE-PLUGIN-QGIS" in result.stderr
