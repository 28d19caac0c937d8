"""The local DataGrandEst (scripts/platform/local_platform.py) answers like the real one.

Starts the platform once for the module: qgis_mapserver behind the
GeoServer-like front server, pycsw, the D4C stand-in. Only 127.0.0.1.
"""
import json
import sys
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "scripts" / d) for d in ("platform", "qa", "release", "demo", "bench")]

from local_platform import reuse_or_start_platform, running_platform, start_platform

pytestmark = pytest.mark.filterwarnings("ignore::FutureWarning", "ignore::DeprecationWarning",
                                        "ignore::UserWarning")

OCS = "ocs_grand_est_2021_d51"
WORKSPACE_WMS = {
    "region-grand-est": {"departement", "epci", "commune_actuelle"},
    "geograndest": {"ocs_grand_est_2019_d51", "ocs_grand_est_2021_d51", "ocs_grand_est_2019_d54",
                    "ocs_grand_est_2021_d54", "ortho_pcrs_2021", "GGE_ORTHO_RVB_ACTUELLE",
                    "pcrs_bordure_trottoir", "pcrs_facade"},
}


@pytest.fixture(scope="module")
def platform():
    p = reuse_or_start_platform(ROOT / "build" / "test-platform")
    try:
        yield p
    finally:
        p.stop()


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as resp:
        assert resp.status == 200, url
        return resp.read()


def get_json(url: str):
    return json.loads(get(url).decode("utf-8"))


# ------------------------------------------------------------------ OGC


def test_global_wms_lists_qualified_names_and_front_url(platform):
    from owslib.wms import WebMapService

    wms = WebMapService(platform.urls["wms_url"], version="1.3.0", timeout=30)
    names = set(wms.contents)
    expected = {f"{ws}:{n}" for ws, layer_names in WORKSPACE_WMS.items() for n in layer_names}
    assert expected <= names
    getmap = wms.getOperationByName("GetMap").methods[0]["url"]
    assert getmap.startswith(platform.urls["wms_url"])
    assert platform.urls["qgis_server_url"] not in getmap
    for crs in ("EPSG:2154", "EPSG:3857", "EPSG:4326"):
        assert crs in wms[f"geograndest:{OCS}"].crsOptions


@pytest.mark.parametrize("workspace", sorted(WORKSPACE_WMS))
def test_workspace_wms_lists_bare_names(platform, workspace):
    from owslib.wms import WebMapService

    url = f"{platform.urls['base_url']}/geoserver/{workspace}/wms"
    wms = WebMapService(url, version="1.3.0", timeout=30)
    assert WORKSPACE_WMS[workspace] <= set(wms.contents)
    assert not any(":" in name for name in wms.contents)
    assert wms.getOperationByName("GetMap").methods[0]["url"].startswith(url)
    if workspace == "geograndest":
        assert {"default", "ocs_grand_est_niveau_1_a_5"} <= set(wms[OCS].styles)


def test_wms_getmap_renders_ocs_with_named_style(platform):
    url = (f"{platform.urls['base_url']}/geoserver/geograndest/wms?SERVICE=WMS&VERSION=1.3.0"
           f"&REQUEST=GetMap&LAYERS={OCS}&STYLES=geograndest:ocs_grand_est_niveau_1"
           "&CRS=EPSG:2154&BBOX=765000,6895000,775000,6905000&WIDTH=64&HEIGHT=64&FORMAT=image/png")
    assert get(url)[:8] == b"\x89PNG\r\n\x1a\n"


def test_wfs_counts_communes_on_global_and_workspace_endpoints(platform):
    from owslib.wfs import WebFeatureService

    wfs = WebFeatureService(platform.urls["wfs_url"], version="1.1.0", timeout=30)
    assert {"region-grand-est:commune_actuelle", f"geograndest:{OCS}"} <= set(wfs.contents)
    assert wfs.getOperationByName("GetFeature").methods[0]["url"].startswith(platform.urls["wfs_url"])
    ws_url = f"{platform.urls['base_url']}/geoserver/region-grand-est/wfs"
    for url in (platform.urls["wfs_url"], ws_url):
        doc = get(f"{url}?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature"
                  "&TYPENAME=region-grand-est:commune_actuelle&RESULTTYPE=hits")
        assert b'numberOfFeatures="8"' in doc
        geojson = get_json(f"{url}?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature"
                           "&TYPENAME=region-grand-est:commune_actuelle"
                           f"&OUTPUTFORMAT={quote('application/vnd.geo+json')}")
        assert len(geojson["features"]) == 8
        assert {f["properties"]["insee_com"] for f in geojson["features"]} >= {"51454", "54395"}


def test_wmts_lists_layer_and_tile_matrix_set_and_serves_tiles(platform):
    from owslib.wmts import WebMapTileService

    wmts = WebMapTileService(platform.urls["wmts_url"], timeout=30)
    name = f"geograndest:{OCS}"
    assert name in wmts.contents
    assert "EPSG:2154" in wmts.tilematrixsets
    assert "EPSG:2154" in wmts.contents[name].tilematrixsetlinks
    assert "image/png" in wmts.contents[name].formats
    # level 6 (1:62500, 4480 m tiles from -357823, 7230728) over Reims
    tile = wmts.gettile(layer=name, tilematrixset="EPSG:2154", tilematrix="6", row=73,
                        column=251, format="image/png")
    data = tile.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 1000


def test_wcs_global_and_workspace_names_and_coverages(platform):
    from owslib.wcs import WebCoverageService

    base = platform.urls["base_url"]
    world = WebCoverageService(f"{base}/geoserver/wcs", version="1.0.0", timeout=30)
    workspace = WebCoverageService(f"{base}/geoserver/geograndest/wcs", version="1.0.0", timeout=30)
    assert {"geograndest:ortho_pcrs_2021", "geograndest:GGE_ORTHO_RVB_ACTUELLE"} <= set(world.contents)
    assert "ortho_pcrs_2021" in workspace.contents and not any(":" in name for name in workspace.contents)
    # the workspace endpoint also takes the prefixed name, as GeoServer does
    for name in ("ortho_pcrs_2021", "geograndest:ortho_pcrs_2021"):
        data = get(f"{base}/geoserver/geograndest/wcs?SERVICE=WCS&VERSION=1.0.0&REQUEST=GetCoverage"
                   f"&COVERAGE={name}&CRS=EPSG:2154&BBOX=929200,6842200,931760,6844760"
                   "&WIDTH=32&HEIGHT=32&FORMAT=GeoTIFF")
        assert data[:4] in (b"II*\x00", b"MM\x00*"), data[:200]


# ------------------------------------------------------------------ CSW


def test_csw_returns_records_with_wms_links_to_front(platform):
    from owslib.csw import CatalogueServiceWeb

    csw = CatalogueServiceWeb(platform.urls["csw_url"], timeout=30)
    csw.getrecords2(maxrecords=100, esn="full", outputschema="http://www.isotc211.org/2005/gmd")
    assert csw.results["matches"] >= 15
    assert "FR-200052264-GGE-OCS-GRAND-EST-D51-2021" in csw.records
    record = csw.records["FR-200052264-GGE-OCS-GRAND-EST-D51-2021"]
    wms = [o for o in record.distribution.online if o.protocol == "OGC:WMS"]
    assert wms and wms[0].url == f"{platform.urls['base_url']}/geoserver/geograndest/wms"
    assert wms[0].name == OCS


def test_csw_full_text_search_finds_pcrs(platform):
    from owslib.csw import CatalogueServiceWeb
    from owslib.fes import PropertyIsLike

    csw = CatalogueServiceWeb(platform.urls["csw_url"], timeout=30)
    csw.getrecords2(constraints=[PropertyIsLike("csw:AnyText", "%PCRS%")], maxrecords=50)
    assert "FR-200052264-GGE-PCRS-VECTEUR-NANCY" in csw.records
    assert all("OCS-GRAND-EST-D" not in rid for rid in csw.records)


# ------------------------------------------------------------------ D4C


def test_d4c_search_and_refine(platform):
    api = platform.urls["d4c_url"] + "/d4c/api"
    everything = get_json(f"{api}/datasets/1.0/search/?rows=100&facet=theme")
    assert everything["nhits"] > 0
    themes = {f["name"]: f["count"] for f in everything["facet_groups"][0]["facets"]}
    assert themes["Occupation du sol"] < everything["nhits"]
    refined = get_json(f"{api}/datasets/1.0/search/?rows=100&refine.theme={quote('Occupation du sol')}")
    assert refined["nhits"] == themes["Occupation du sol"]
    assert all(d["metas"]["theme"] == ["Occupation du sol"] for d in refined["datasets"])
    as_segment = get_json(f"{api}/datasets/1.0/search/q=pcrs&rows=10")
    assert 0 < as_segment["nhits"] < everything["nhits"]


def test_d4c_dataset_resources_and_downloads(platform):
    api, base = platform.urls["d4c_url"] + "/d4c/api", platform.urls["base_url"]
    ds = get_json(f"{api}/datasets/1.0/fr-200052264-commune_grand_est/")
    resources = {r["format"]: r for r in ds["metas"]["resources"]}
    assert resources["WMS"]["url"] == f"{base}/geoserver/region-grand-est/wms"
    assert resources["WFS"]["name"] == "commune_actuelle"
    geojson = get_json(resources["GeoJSON"]["url"])
    assert len(geojson["features"]) == 8
    records = get_json(f"{api}/records/1.0/search/?dataset=fr-200052264-commune_grand_est&rows=3")
    assert records["nhits"] == 8 and len(records["records"]) == 3


def test_legacy_config_points_to_local_services(platform):
    tree = get_json(platform.urls["legacy_config_url"])
    nodes, stack = [], [tree]
    while stack:
        node = stack.pop()
        nodes.append(node)
        stack.extend(node.get("children", []))
    layers = [n for n in nodes if n["type"] != "folder"]
    assert {n["type"] for n in layers} == {"wms_layer", "wmts_layer", "wfs_feature_type"}
    assert all(n["params"]["url"].startswith(platform.urls["base_url"]) for n in layers)


# ------------------------------------------------------------------ lifecycle


@pytest.mark.skipif(running_platform() is not None,
                    reason="the platform is served from outside (test-matrix's chroots): its stop runs there")
def test_stop_ends_every_child(platform):
    second = start_platform(ROOT / "build" / "test-platform")
    procs = second.processes()
    assert len(procs) == 3 and all(proc.poll() is None for proc in procs)
    second.stop()
    assert all(proc.poll() is not None for proc in procs)
    with pytest.raises(OSError):
        urllib.request.urlopen(second.urls["base_url"] + "/", timeout=5)
