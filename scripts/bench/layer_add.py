"""Time from "Add" to a valid layer, for WMS, WMTS and WFS from the local
QGIS Server: the plugin's path (capabilities read, spec resolved, layer made),
beside QGIS making the same layer from a ready URI."""

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
        "wms": Link("OGC:WMS", f"{base}/geoserver/geograndest/wms", "ocs_grand_est_2021_d51"),
        "wmts": Link("OGC:WMTS", f"{base}/geoserver/gwc/service/wmts", "geograndest:ocs_grand_est_2021_d51"),
        "wfs": Link("OGC:WFS", f"{base}/geoserver/geograndest/wfs", "ocs_grand_est_2021_d51"),
    }
    record = CatalogRecord("bench", "bench", ["csw"])
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
    return results
