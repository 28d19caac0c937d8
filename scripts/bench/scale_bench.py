#!/usr/bin/env python3
"""Real sizes (issue 17): GeoServer WMS 1.1.1 capabilities whose root lists 6,773
coordinate systems, as GeoServer writes them (``capabilities_gen.geoserver_wms111``):
a real-shaped 1,017-layer document and generated 2,000 / 8,000 / 20,000-layer ones.

- the reader beside lxml's raw streaming parse (``iterparse`` of every element) of the
  same bytes, each in a fresh process (time, peak memory);
- the parsed-tree cache: its size beside the document's, reopening from it beside parsing;
- the Couches open-and-show path in a fresh QGIS (download in a task, tree shown, the
  largest workspace opened and filled): longest GUI-thread gap, peak memory, cold and
  from the cache; beside QGIS's own WMS provider reading the same bytes (the capabilities
  parse QGIS's WMS dialog and provider run, on the GUI thread).

``python3 scripts/bench/scale_bench.py [--quick]`` prints JSON; ``run(quick)`` returns it.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for extra in (HERE, ROOT, ROOT / "tests"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from capabilities_gen import geoserver_wms111

SIZES = (1017, 2000, 8000, 20000)
URL = "https://www.datagrandest.fr/geoserver/ows"

_HWM = """
def hwm():  # peak RSS of this process in kB
    for line in open('/proc/self/status'):
        if line.startswith('VmHWM:'):
            return int(line.split()[1])
"""

_PARSE = _HWM + r"""
import io, json, sys, time
sys.path.insert(0, sys.argv[1])
which, path, runs = sys.argv[2], sys.argv[3], int(sys.argv[4])
body = open(path, 'rb').read()
if which == 'ours':
    from datagrandest_plugin.core.ogc.capabilities import parse_capabilities
    run = lambda: len(parse_capabilities('wms', body, %r).layers)
else:
    from lxml import etree
    def run():
        count = 0
        for _event, element in etree.iterparse(io.BytesIO(body)):
            count += 1
        return count
before = hwm()
times = []
for _ in range(runs):
    started = time.perf_counter()
    count = run()
    times.append(time.perf_counter() - started)
    if len(times) == 1:
        peak = hwm()
print(json.dumps({"seconds": sorted(times)[len(times) // 2], "peak_mb": (peak - before) / 1024.0, "count": count}))
""" % URL

_COUCHES = _HWM + r"""
import json, os, sys, time
root, mode, url, name, cache_dir = sys.argv[1:6]
sys.path[:0] = [root, root + '/scripts/bench', root + '/tests']
import common
app = common.qgis_app()
from qgis.PyQt.QtCore import QCoreApplication
before = hwm()
started = time.perf_counter()
if mode == 'qgis':  # the provider and its libraries are loaded by QGIS at start: measured from there
    from qgis.core import QgsRasterLayer
    with common.MainLoopWatch() as watch:
        layer = QgsRasterLayer(f'url={url}&layers={name}&styles=&format=image/png&crs=EPSG:2154', 'ref', 'wms')
    assert layer.isValid(), layer.error().summary()
    shown = 1
else:
    from datagrandest_plugin.core.net.cache import DiskCache
    from datagrandest_plugin.core.ogc.service_loader import Endpoint, load_service
    from datagrandest_plugin.core.net.transport.qgis_transport import install
    install()  # the main-thread side of the plugin's network, as initGui does
    from datagrandest_plugin.context import transport_for
    from datagrandest_plugin.gui.layers.panel import LayersPanel
    from datagrandest_plugin.toolbelt.settings import PlgOptionsManager
    from datagrandest_plugin.toolbelt.tasks import CoreTask
    from support.qt import wait_for
    settings = PlgOptionsManager.get_plg_settings()
    before = hwm()  # the plugin's modules are loaded by QGIS at start: measured from here
    started = time.perf_counter()
    panel = LayersPanel(None, load_on_show=False)  # this run gives it one service
    panel.resize(420, 800)
    with common.MainLoopWatch() as watch:
        panel.show()
        endpoint = Endpoint('wms', url)
        cache = DiskCache(cache_dir)
        done = []
        task = CoreTask('bench', lambda task: load_service(transport_for(settings), cache, endpoint, 3600,
                                                            feedback=task),
                        lambda loaded: (panel.show_service_layers('wms', loaded.layers), panel.apply_filter(),
                                        done.append(loaded)),
                        lambda error: done.append(error))
        from qgis.core import QgsApplication
        QgsApplication.taskManager().addTask(task)
        while not done:
            QCoreApplication.processEvents()
            time.sleep(0.0005)
        loaded = done[0]
        assert not isinstance(loaded, Exception), loaded
        model = panel.service_model
        biggest = max(model.workspace_items, key=lambda n: sum(1 for l in loaded.layers if l.workspace == n))
        index = model.workspace_items[biggest].index()
        panel.service_view.expand(index)
        while model.canFetchMore(index):
            wait_for(model.rows_created, 10000)
        common.spin(0.1)
    shown = model.workspace_items[biggest].rowCount()
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "gap_ms": watch.longest_gap_ms, "peak_mb": (hwm() - before) / 1024.0,
                  "rows": shown}))
"""


def _python(code: str, *args) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True,
                         env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "QT_QPA_PLATFORM": "offscreen"})
    if out.returncode:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def _median(rows, key):
    return statistics.median(r[key] for r in rows)


def reader_vs_lxml(path: Path, layers: int, runs: int) -> dict:
    ours = [_python(_PARSE, ROOT, "ours", path, 3) for _ in range(runs)]
    lxml = [_python(_PARSE, ROOT, "lxml", path, 3) for _ in range(runs)]
    ours_s, lxml_s = _median(ours, "seconds"), _median(lxml, "seconds")
    return {"ours_s": round(ours_s, 4), "lxml_s": round(lxml_s, 4), "ratio": round(ours_s / lxml_s, 2),
            "us_per_layer": round(ours_s / layers * 1e6, 1),
            "ours_peak_mb": round(_median(ours, "peak_mb"), 1), "lxml_peak_mb": round(_median(lxml, "peak_mb"), 1)}


def cache_figures(body: bytes, runs: int) -> dict:
    import time

    from datagrandest_plugin.core.net.cache import DiskCache
    from datagrandest_plugin.core.ogc.capabilities import parse_capabilities
    from datagrandest_plugin.core.ogc.service_loader import Endpoint, load_service
    from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport
    from support.content_server import ContentServer

    parse = []
    for _ in range(runs):
        started = time.perf_counter()
        parse_capabilities("wms", body, URL)
        parse.append(time.perf_counter() - started)
    with ContentServer(body, "text/xml") as server, tempfile.TemporaryDirectory() as directory:
        endpoint = Endpoint("wms", f"http://127.0.0.1:{server.httpd.server_port}/geoserver/ows")
        transport, cache = RequestsTransport(timeout=120), DiskCache(directory)
        load_service(transport, cache, endpoint, 3600)
        reopen = []
        for _ in range(runs):
            started = time.perf_counter()
            load_service(transport, cache, endpoint, 3600)
            reopen.append(time.perf_counter() - started)
        files = [p for p in Path(directory).rglob("*") if p.is_file()]
        total = sum(p.stat().st_size for p in files)
    parse_s, reopen_s = statistics.median(parse), statistics.median(reopen)
    cached_mb = (total - len(body)) / 1e6  # beside the document itself, which the cache keeps for revalidation
    return {"document_mb": round(len(body) / 1e6, 2), "parsed_cache_mb": round(cached_mb, 2),
            "size_ratio": round(cached_mb * 1e6 / len(body), 2), "parse_ms": round(parse_s * 1000, 1),
            "reopen_ms": round(reopen_s * 1000, 1), "reopen_over_parse": round(reopen_s / parse_s, 2)}


def couches(body: bytes, runs: int) -> dict:
    from support.content_server import ContentServer

    from datagrandest_plugin.core.ogc.capabilities import parse_capabilities

    first = parse_capabilities("wms", body, URL).layers[0].name
    out = {}
    with ContentServer(body, "text/xml") as server:
        port = server.httpd.server_port
        rows = {"cold": [], "cache": [], "qgis": []}
        for run in range(runs):
            url = f"http://127.0.0.1:{port}/run{run}/geoserver/ows"  # QGIS's own network cache: a new address
            with tempfile.TemporaryDirectory() as directory:
                rows["cold"].append(_python(_COUCHES, ROOT, "plugin", url, first, directory))
                rows["cache"].append(_python(_COUCHES, ROOT, "plugin", url, first, directory))
            rows["qgis"].append(_python(_COUCHES, ROOT, "qgis", url, first, tempfile.gettempdir()))
    for key, values in rows.items():
        out[key] = {"seconds": round(_median(values, "seconds"), 3), "gap_ms": round(_median(values, "gap_ms"), 1),
                    "peak_mb": round(_median(values, "peak_mb"), 1)}
    out["document_mb"] = round(len(body) / 1e6, 2)
    out["peak_over_document"] = round(out["cold"]["peak_mb"] * 1e6 / len(body), 2)
    out["gap_ratio_plugin_over_qgis"] = round(out["cold"]["gap_ms"] / max(out["qgis"]["gap_ms"], 0.1), 3)
    return out


def run(quick: bool = False) -> dict:
    runs = 1 if quick else 3
    results = {"sizes": {}}
    with tempfile.TemporaryDirectory() as directory:
        for size in SIZES:
            body = geoserver_wms111(size)
            path = Path(directory) / f"wms-{size}.xml"
            path.write_bytes(body)
            print(f"  … {size} layers", file=sys.stderr, flush=True)
            results["sizes"][str(size)] = {
                "document_mb": round(len(body) / 1e6, 2),
                "reader": reader_vs_lxml(path, size, runs),
                "cache": cache_figures(body, runs),
                "couches": couches(body, runs if size <= 8000 else 1),
            }
    per_layer = [results["sizes"][str(s)]["reader"]["us_per_layer"] for s in SIZES]
    results["linear"] = {"us_per_layer": per_layer, "largest_over_smallest": round(max(per_layer) / min(per_layer), 2)}
    results["runs"] = runs
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("DGE_ALLOWED_HOSTS", "127.0.0.1,localhost")
    os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
    print(json.dumps(run(args.quick), indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
