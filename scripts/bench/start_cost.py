"""QGIS start cost: classFactory + initGui with the network unreachable, and
the requests made; beside a plugin that downloads its tree at start, as the
historical DataGrandEst plugin did (a few lines below reproduce that). And the
command line's start (``--version``, ``--help``) beside a bare Python start.

Each run is a fresh process, as a QGIS start is: the plugin's own imports are
counted, QGIS's (qgis.core, qgis.gui, qgis.utils which loads the plugins, PyQt)
are already loaded by QGIS and are loaded here before the clock starts. The first start, which compiles the
plugin's bytecode, is left out, as it happens once after an install. What the plugin leaves to QGIS's first
event-loop turn (log handler, network, Processing provider; the cache's leftover files in a task) still costs
the GUI thread once QGIS runs: it is timed on its own, and the requests are counted once it is done.
"""

import json
import os
import subprocess
import sys
import tempfile

from common import ROOT, median

RUNS = 7

ONE_START = r"""
import json, os, sys, time
sys.path[:0] = [sys.argv[1], sys.argv[1] + "/scripts/bench", sys.argv[1] + "/tests"]
import common
common.qgis_app()
import qgis.core, qgis.gui, qgis.utils  # loaded by QGIS before any plugin (qgis.utils loads the plugins)
from qgis.core import QgsNetworkAccessManager
from support.iface import StandInIface
requests_seen = []
def record(request):
    requests_seen.append(request.requestId())
QgsNetworkAccessManager.instance().requestAboutToBeCreated.connect(record)
iface = StandInIface()
kind, url = sys.argv[2], sys.argv[3]
started = time.perf_counter()
if kind == "plugin":
    import datagrandest_plugin
    plugin = datagrandest_plugin.classFactory(iface)
    plugin.initGui()
else:  # the historical behaviour: the tree downloaded in initGui, synchronously
    import requests
    try:
        requests.get(url, timeout=2)
    except Exception:
        pass
    requests_seen.append("requests.get")
elapsed = (time.perf_counter() - started) * 1000.0
first_turn = None
if kind == "plugin":
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QEventLoop, QTimer
    registry, manager = QgsApplication.processingRegistry(), QgsApplication.taskManager()
    loop = QEventLoop()
    registry.providerAdded.connect(lambda _id: loop.quit())  # the last step of the first turn but its task
    QTimer.singleShot(10000, loop.quit)
    turn_started = time.perf_counter()
    loop.exec_()
    first_turn = (time.perf_counter() - turn_started) * 1000.0
    while manager.countActiveTasks():  # the leftover-files task, before the count and the exit
        QgsApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
from datagrandest_plugin.core.net.transport import Transport
print(json.dumps({"ms": elapsed, "first_turn_ms": first_turn, "requests": len(requests_seen) + Transport.request_count}))
"""


_PYCACHE = tempfile.mkdtemp(prefix="dge-bench-pycache-")


def _start(kind, url):
    env = dict(os.environ)
    # bytecode compiled once and reused, as from a user's second QGIS start on (the
    # Makefile's PYTHONDONTWRITEBYTECODE would otherwise make every start compile)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = _PYCACHE
    for name in ("CSW", "OWS", "WMS", "WFS", "WMTS", "D4C", "CONTENT", "LEGACY_CONFIG"):
        env[f"DGE_{name}_URL"] = f"http://127.0.0.1:1/{name.lower()}"  # nothing answers there
    out = subprocess.run([sys.executable, "-c", ONE_START, str(ROOT), kind, url], env=env, capture_output=True,
                         text=True, timeout=120)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(fault_server) -> dict:
    _start("plugin", "")  # first start: compiles the bytecode, not counted
    ours = [_start("plugin", "") for _ in range(RUNS)]
    refused = [_start("reference", "http://127.0.0.1:1/config.json") for _ in range(3)]
    hanging = [_start("reference", fault_server.url("/hang")) for _ in range(3)]
    plugin_ms = median([o["ms"] for o in ours])
    requests = max(o["requests"] for o in ours)
    unreachable_ms = median([o["ms"] for o in hanging])
    return {
        "plugin_ms": round(plugin_ms, 1),
        "plugin_first_turn_ms": round(median([o["first_turn_ms"] for o in ours]), 1),
        "plugin_requests": requests,
        "reference_refused_ms": round(median([o["ms"] for o in refused]), 1),
        "reference_unreachable_ms": round(unreachable_ms, 1),
        "ratio_unreachable": round(unreachable_ms / plugin_ms, 1) if plugin_ms else None,
        "goal": "plugin under 30 ms, 0 requests",
        "met": plugin_ms < 30 and requests == 0,
    }


def cli_start(runs: int = RUNS) -> dict:
    """Wall time of a command-line run that does nothing (``--version``, ``--help``), French locale, bytecode
    compiled (a first run not counted), beside a bare Python start and an import of QGIS's Python package
    (what ``core/i18n`` used to pull in)."""
    import time

    cases = {"version": ["-m", "datagrandest_plugin", "--version"], "help": ["-m", "datagrandest_plugin", "--help"],
             "bare_python": ["-c", "pass"], "import_qgis_pyqt": ["-c", "import qgis.PyQt.QtCore"]}
    env = {**os.environ, "PYTHONPYCACHEPREFIX": _PYCACHE, "LANG": "fr_FR.UTF-8", "LC_ALL": ""}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times = {name: [] for name in cases}
    for turn in range(runs + 1):
        for name, args in cases.items():  # interleaved: a busy moment of the machine falls on every case
            started = time.perf_counter()
            subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, check=True, env=env)
            if turn:
                times[name].append(time.perf_counter() - started)
    out = {name + "_ms": round(median(values) * 1000, 1) for name, values in times.items()}
    out.update(goal="--version under 100 ms, --help under 200 ms",
               met=out["version_ms"] < 100 and out["help_ms"] < 200)
    return out
