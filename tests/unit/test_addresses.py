"""Addresses that do what they say: WMS and WFS derive from ``ows_url``; doctor, `layers`
and the panels read the same ones; the offline catalogue answers only for its own catalogue."""

from dataclasses import replace

from datagrandest_plugin.core.catalog.local_index import LocalCatalog
from datagrandest_plugin.core.catalog.models import CatalogRecord, SearchQuery
from datagrandest_plugin.core.catalog.service import CatalogService
from datagrandest_plugin.core.checks import planned_checks
from datagrandest_plugin.core.errors import ServiceUnreachable
from datagrandest_plugin.core.ogc.service_loader import endpoints
from datagrandest_plugin.toolbelt.settings import PlgSettings

OWS = "http://127.0.0.1:8080/geoserver/ows"


def test_wms_and_wfs_derive_from_ows_unless_set_on_their_own():
    public = PlgSettings()
    assert public.service_url("wms") == public.wms_url and public.service_url("wfs") == public.wfs_url
    local = replace(public, ows_url=OWS)
    assert local.service_url("wms") == local.service_url("wfs") == local.service_url("wcs") == OWS
    own = replace(local, wfs_url="http://127.0.0.1:8081/wfs")
    assert own.service_url("wfs") == "http://127.0.0.1:8081/wfs" and own.service_url("wms") == OWS


def test_doctor_checks_the_addresses_the_layers_are_read_from():
    for settings in (PlgSettings(), replace(PlgSettings(), ows_url=OWS),
                     replace(PlgSettings(), ows_url=OWS, wms_url="http://127.0.0.1:9/wms")):
        checked = {plan[0]: plan[1] for plan in planned_checks(settings)}
        read = {endpoint.label: endpoint.url for endpoint in endpoints(settings)}
        assert {kind: checked[kind] for kind in ("WMS", "WFS", "WMTS")} == read


class Down:
    def fetch(self, request, feedback=None):
        raise ServiceUnreachable("connexion refusée")


def test_the_offline_catalogue_answers_only_for_the_catalogue_it_saved(tmp_path):
    local = LocalCatalog(tmp_path / "records.json")
    first = replace(PlgSettings(), csw_url="http://127.0.0.1:1/first/csw", cache_dir=str(tmp_path))
    service = CatalogService(Down(), first, local)
    local.remember(service.bucket("csw"), [CatalogRecord(identifier="A", title="Forêts", sources=["csw"])])
    query = SearchQuery(text="forêts", sources=("csw",))
    saved = service.search(query)
    assert [r.identifier for r in saved.records] == ["A"] and saved.pages["csw"].stale
    other = CatalogService(Down(), replace(first, csw_url="http://127.0.0.1:1/other/csw"), local)
    result = other.search(query)
    assert result.records == [] and "csw" in result.errors and "csw" not in result.pages


def test_the_offline_copy_of_d4c_is_kept_by_address_too(tmp_path):
    local = LocalCatalog(tmp_path / "records.json")
    settings = replace(PlgSettings(), d4c_url="http://127.0.0.1:1/first/data4citizen", cache_dir=str(tmp_path))
    service = CatalogService(Down(), settings, local)
    local.remember(service.bucket("d4c"), [CatalogRecord(identifier="B", title="Forêts", sources=["d4c"])])
    query = SearchQuery(text="forêts", sources=("d4c",))
    assert [r.identifier for r in service.search(query).records] == ["B"]
    other = CatalogService(Down(), replace(settings, d4c_url="http://127.0.0.1:1/other/data4citizen"), local)
    assert other.search(query).records == []
