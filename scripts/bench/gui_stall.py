"""GUI thread stall against servers that answer after 2 s: the longest gap
between two main-loop turns while the plugin searches the catalogue, reads
capabilities and refreshes the community content; beside the same work done
on the main thread, as QGIS's MetaSearch does with OWSLib."""

import os
import time

from common import MainLoopWatch, median, qgis_app, spin, wait_signal

RUNS = 3
DELAY = 2.0


def _blocking(function):
    """The reference: the work runs in the GUI thread, between two ticks."""
    with MainLoopWatch() as watch:
        spin(0.05)
        function()
        spin(0.05)
    return watch.longest_gap_ms


def run(fault_server, canned) -> dict:
    qgis_app()
    from qgis.core import QgsProject  # noqa: F401 - QGIS is up
    from support.iface import StandInIface

    from datagrandest_plugin.core.net.cache import DiskCache
    from datagrandest_plugin.core.catalog.link_specs import service_layers
    from datagrandest_plugin.core.catalog.models import Link
    from datagrandest_plugin.core.net.transport import default_transport
    from datagrandest_plugin.gui.catalog.panel import CatalogPanel
    from datagrandest_plugin.gui.community.panel import CommunityPanel
    from datagrandest_plugin.toolbelt.tasks import CoreTask, start_task

    import tempfile

    csw = fault_server.switch("bench-csw", "good", *canned["catalogue"], delay=DELAY)
    wms = fault_server.switch("bench-wms", "good", *canned["capabilities"], delay=DELAY)
    content = fault_server.switch("bench-content", "good", *canned["content"], delay=DELAY)
    os.environ["DGE_CSW_URL"] = csw
    os.environ["DGE_D4C_URL"] = "http://127.0.0.1:1/d4c"
    os.environ["DGE_CONTENT_URL"] = content
    os.environ["DGE_TIMEOUT"] = "10"

    results = {}

    def ours_search():
        os.environ["DGE_CACHE_DIR"] = tempfile.mkdtemp()
        panel = CatalogPanel(StandInIface())
        panel.source_combo.setCurrentIndex(1)  # GeoNetwork
        with MainLoopWatch() as watch:
            started = time.perf_counter()
            panel.search("ocs")
            wait_signal(panel.search_finished)
            elapsed = time.perf_counter() - started
        assert elapsed >= DELAY * 0.9 and panel.results.topLevelItemCount() > 0, "the search did not run"
        panel.shutdown()
        return watch.longest_gap_ms

    def metasearch_search():
        from owslib import fes
        from owslib.csw import CatalogueServiceWeb

        def work():
            catalogue = CatalogueServiceWeb(csw, skip_caps=True, timeout=10)
            catalogue.getrecords2(constraints=[fes.PropertyIsLike("csw:AnyText", "%ocs%")], esn="full")
        return _blocking(work)

    def ours_capabilities():
        done = []

        def work(task):
            return service_layers(default_transport(timeout=10), DiskCache(tempfile.mkdtemp()),
                                  Link(protocol="OGC:WMS", url=wms, name="epci"), 0.0, task)

        with MainLoopWatch() as watch:
            task = start_task(CoreTask("bench", work, done.append, done.append))
            wait_signal(task.taskCompleted)
        assert done and done[0], "no layers read"
        return watch.longest_gap_ms

    def owslib_capabilities():
        from owslib.wms import WebMapService

        return _blocking(lambda: WebMapService(wms + "?SERVICE=WMS&REQUEST=GetCapabilities", version="1.3.0",
                                               timeout=10))

    def ours_content():
        os.environ["DGE_CACHE_DIR"] = tempfile.mkdtemp()
        panel = CommunityPanel()
        with MainLoopWatch() as watch:
            panel.start()
            while not (panel.load and panel.load.origin == "network"):
                if not wait_signal(panel.content_shown, 20000):
                    break
        assert panel.load.origin == "network", "content not downloaded"
        panel.shutdown()
        return watch.longest_gap_ms

    def blocking_content():
        import requests

        return _blocking(lambda: requests.get(content, timeout=10).json())

    for name, ours, reference in (("catalogue_search", ours_search, metasearch_search),
                                  ("capabilities_load", ours_capabilities, owslib_capabilities),
                                  ("content_refresh", ours_content, blocking_content)):
        plugin = median([ours() for _ in range(RUNS)])
        blocked = median([reference() for _ in range(RUNS)])
        results[name] = {"plugin_longest_gap_ms": round(plugin, 1), "reference_longest_gap_ms": round(blocked, 1),
                         "ratio": round(blocked / plugin, 1) if plugin else None, "met": plugin < 50}
    results["goal"] = "longest gap under 50 ms while a 2 s server answers"
    return results
