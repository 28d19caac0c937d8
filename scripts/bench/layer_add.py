"""Time from "Add" to a valid layer, for WMS, WMTS and WFS from the local
QGIS Server: the plugin's path (capabilities read, spec resolved, layer made),
beside QGIS making the same layer from a ready URI.

And the GetCapabilities each costs, counted by the front server (issue 17): the
plugin reads a service then adds its layer twice through its own path (``add_layer``),
beside a cold QGIS adding the same layer twice from its URI."""

import tempfile
import time

from common import median, qgis_app

RUNS = 5


def run(platform) -> dict:
    qgis_app()
    from qgis.core import QgsRasterLayer, QgsVectorLayer

    from datagrandest_plugin.core.net.cache import DiskCache
    from datagrandest_plugin.core.catalog.link_specs import layer_spec, service_layers
    from datagrandest_plugin.core.catalog.models import CatalogRecord, Link
    from datagrandest_plugin.core.layers.factory import create_layer
    from datagrandest_plugin.core.net.transport.qgis_transport import QgisTransport

    base = platform.urls["base_url"]
    cases = {
        "wms": Link(protocol="OGC:WMS", url=f"{base}/geoserver/geograndest/wms", name="ocs_grand_est_2021_d51"),
        "wmts": Link(protocol="OGC:WMTS", url=f"{base}/geoserver/gwc/service/wmts", name="geograndest:ocs_grand_est_2021_d51"),
        "wfs": Link(protocol="OGC:WFS", url=f"{base}/geoserver/geograndest/wfs", name="ocs_grand_est_2021_d51"),
    }
    record = CatalogRecord(identifier="bench", title="bench", sources=["csw"])
    results = {}
    for kind, link in cases.items():
        ours, direct = [], []
        for _ in range(RUNS):
            started = time.perf_counter()
            options = service_layers(QgisTransport(timeout=30), DiskCache(tempfile.mkdtemp()), link, 0.0)
            spec = layer_spec(record, link, options)  # default settings: Lambert-93
            layer = create_layer(spec)
            if kind == "wfs":
                layer.featureCount()
            ours.append((time.perf_counter() - started) * 1000.0)
            started = time.perf_counter()
            if kind == "wfs":
                reference = QgsVectorLayer(spec.uri(), "ref", "WFS")
                reference.featureCount()
            else:
                reference = QgsRasterLayer(spec.uri(), "ref", "wms")
            direct.append((time.perf_counter() - started) * 1000.0)
            assert layer.isValid() and reference.isValid()
        results[kind] = {"plugin_ms": round(median(ours), 1), "qgis_direct_ms": round(median(direct), 1),
                         "ratio": round(median(ours) / median(direct), 2)}
    for kind, counts in requests_per_add(platform, cases).items():
        results[kind].update(counts)
    return results


def requests_per_add(platform, cases) -> dict:
    """GetCapabilities asked of the server: the plugin's read and two adds, beside a cold QGIS's two adds."""
    from qgis.core import QgsNetworkAccessManager, QgsProject, QgsRasterLayer, QgsVectorLayer
    from support import capabilities_asked, layer_added_by

    from datagrandest_plugin.core.catalog.link_specs import layer_spec, service_layers
    from datagrandest_plugin.core.catalog.models import CatalogRecord
    from datagrandest_plugin.core.net.cache import DiskCache
    from datagrandest_plugin.core.net.transport.qgis_transport import QgisTransport
    from datagrandest_plugin.gui.common.layer_loader import add_layer
    from datagrandest_plugin.toolbelt.settings import PlgOptionsManager

    settings = PlgOptionsManager.get_plg_settings()
    record = CatalogRecord(identifier="bench", title="bench", sources=["csw"])
    project = QgsProject.instance()
    out = {}
    for kind, link in cases.items():
        QgsNetworkAccessManager.instance().cache().clear()  # a QGIS that has read nothing yet
        capabilities_asked(platform, clear=True)
        options = service_layers(QgisTransport(timeout=30), DiskCache(settings.cache_directory()), link, 0.0)
        spec = layer_spec(record, link, options)
        for _twice in range(2):
            layer = layer_added_by(lambda spec=spec: add_layer(spec))
            assert layer.isValid()
        plugin = len(capabilities_asked(platform, clear=True))
        QgsNetworkAccessManager.instance().cache().clear()
        for _twice in range(2):
            reference = (QgsVectorLayer(spec.uri(), "ref", "WFS") if kind == "wfs"
                         else QgsRasterLayer(spec.uri(), "ref", "wms"))
            assert reference.isValid()
        qgis = len(capabilities_asked(platform, clear=True))
        project.removeAllMapLayers()
        out[kind] = {"plugin_getcapabilities": plugin, "qgis_getcapabilities": qgis}
    return out
