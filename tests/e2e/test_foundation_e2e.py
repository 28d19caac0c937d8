"""Foundation, end to end: QGIS's own providers load layers from the local
QGIS Server, the plugin's transport reads the local pycsw, and the doctor
command reports every local service reachable."""

import json

import pytest
from lxml import etree
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from support import run_cli

from datagrandest_plugin.core.net.transport import HttpRequest, check_status
from datagrandest_plugin.core.net.transport.qgis_transport import QgisTransport

CSW_NS = {"csw": "http://www.opengis.net/cat/csw/2.0.2", "dc": "http://purl.org/dc/elements/1.1/"}
# the sample communes of the Marne and Meurthe-et-Moselle lie within this box (Lambert 93)
GRAND_EST_BOX = QgsRectangle(700000, 6750000, 1100000, 7000000)


def render(layer, extent):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    settings.setExtent(extent)
    settings.setOutputSize(QSize(256, 256))
    settings.setBackgroundColor(QColor(255, 255, 255, 0))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def painted_pixels(image):
    return sum(1 for x in range(0, image.width(), 8) for y in range(0, image.height(), 8)
               if QColor(image.pixel(x, y)).alpha() > 0)


def test_wfs_layer_loads_with_its_features(qgis_app, local_platform):
    uri = QgsDataSourceUri()
    uri.setParam("url", local_platform.urls["wfs_url"])
    uri.setParam("typename", "region-grand-est:commune_actuelle")
    uri.setParam("version", "1.1.0")
    uri.setParam("srsname", "EPSG:2154")
    layer = QgsVectorLayer(uri.uri(False), "communes", "WFS")
    assert layer.isValid(), layer.error().summary()
    assert layer.featureCount() == 8
    names = sorted(f["nom_com"] for f in layer.getFeatures())
    assert "Reims" in names and "Nancy" in names
    assert GRAND_EST_BOX.contains(layer.extent())


def test_wfs_ocs_layer_has_nomenclature_codes(qgis_app, local_platform):
    url = local_platform.urls["base_url"] + "/geoserver/geograndest/wfs"
    layer = QgsVectorLayer(f"url='{url}' typename='geograndest:ocs_grand_est_2021_d51' version='1.1.0'", "ocs", "WFS")
    assert layer.isValid()
    features = list(layer.getFeatures())
    assert len(features) == layer.featureCount() > 50
    assert {str(f["code_niv4"])[0] for f in features} >= {"1", "2"}


def test_wms_layer_loads_and_draws(qgis_app, local_platform):
    uri = QgsDataSourceUri()
    uri.setParam("url", local_platform.urls["wms_url"])
    uri.setParam("layers", "geograndest:ocs_grand_est_2021_d51")
    uri.setParam("styles", "ocs_grand_est_niveau_1_a_5")
    uri.setParam("format", "image/png")
    uri.setParam("crs", "EPSG:2154")
    layer = QgsRasterLayer(bytes(uri.encodedUri()).decode(), "ocs wms", "wms")
    assert layer.isValid(), layer.error().summary()
    assert layer.crs().authid() == "EPSG:2154"
    assert GRAND_EST_BOX.contains(layer.extent())
    assert painted_pixels(render(layer, layer.extent())) > 0


def test_wmts_layer_loads_and_draws_a_tile(qgis_app, local_platform):
    capabilities = local_platform.urls["wmts_url"] + "?SERVICE=WMTS&REQUEST=GetCapabilities"
    uri = QgsDataSourceUri()
    uri.setParam("url", capabilities)
    uri.setParam("layers", "geograndest:ocs_grand_est_2021_d51")
    uri.setParam("styles", "default")
    uri.setParam("format", "image/png")
    uri.setParam("tileMatrixSet", "EPSG:2154")
    uri.setParam("crs", "EPSG:2154")
    layer = QgsRasterLayer(bytes(uri.encodedUri()).decode(), "ocs wmts", "wms")
    assert layer.isValid()  # never read error() of a failed WMTS layer: it crashed QGIS 3.22
    assert layer.extent().intersects(GRAND_EST_BOX)
    assert painted_pixels(render(layer, layer.extent())) > 0


def test_csw_getrecords_through_the_plugin_transport(qgis_app, local_platform):
    params = {"SERVICE": "CSW", "VERSION": "2.0.2", "REQUEST": "GetRecords", "resultType": "results",
              "typeNames": "csw:Record", "elementSetName": "brief", "maxRecords": "50"}
    response = check_status(QgisTransport(timeout=20).fetch(HttpRequest(local_platform.urls["csw_url"], params)))
    root = etree.fromstring(response.content)
    results = root.find("csw:SearchResults", CSW_NS)
    identifiers = {e.text for e in root.iterfind(".//dc:identifier", CSW_NS)}
    assert int(results.get("numberOfRecordsMatched")) == len(identifiers) >= 15
    assert "FR-200052264-GGE-OCS-GRAND-EST-D51-2021" in identifiers
    assert "FR-200052264-GGE-PCRS-GRAND-EST" in identifiers


def platform_options(urls):
    return ["--csw-url", urls["csw_url"], "--ows-url", urls["ows_url"], "--wmts-url", urls["wmts_url"],
            "--d4c-url", urls["d4c_url"], "--content-url", urls["content_url"]]


def test_doctor_reports_every_local_service_reachable(local_platform):
    urls = local_platform.urls
    result = run_cli("doctor", *platform_options(urls), "--json", env={"DGE_LEGACY_CONFIG_URL": urls["legacy_config_url"]})
    assert result.returncode == 0, result.stdout + result.stderr
    checks = {c["service"]: c for c in json.loads(result.stdout)}
    assert all(c["reachable"] for c in checks.values())
    assert checks["CSW"]["protocol"] == "CSW 2.0.2"
    assert checks["WMS"]["protocol"].startswith("WMS 1.")
    assert checks["WMTS"]["protocol"] == "WMTS 1.0.0"
    assert checks["D4C"]["protocol"].startswith("API D4C")
    assert all(c["latency_ms"] >= 0 for c in checks.values())


def test_doctor_table_in_french(local_platform):
    urls = local_platform.urls
    result = run_cli("doctor", *platform_options(urls), env={"DGE_LEGACY_CONFIG_URL": urls["legacy_config_url"]})
    assert result.returncode == 0
    header = result.stdout.splitlines()[0]
    assert "Accessible" in header and "Protocole" in header and "Latence" in header
    assert result.stdout.count(" oui ") >= 7 and result.stderr == ""


@pytest.mark.parametrize("closed", ["csw_url", "ows_url"])
def test_doctor_with_one_closed_port_exits_3(local_platform, closed):
    urls = dict(local_platform.urls)
    urls[closed] = "http://127.0.0.1:1/closed"
    result = run_cli("doctor", *platform_options(urls), env={"DGE_LEGACY_CONFIG_URL": urls["legacy_config_url"]})
    assert result.returncode == 3
    assert len(result.stderr.strip().splitlines()) == 1
    assert "connexion refusée" in result.stdout
