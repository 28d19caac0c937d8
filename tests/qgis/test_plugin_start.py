"""QGIS's start with the plugin: classFactory + initGui register entries only. What a panel, a
catalogue client or the network library needs is imported when the user first opens it, the
plumbing (log handler, network, Processing, the cache's leftover files) on QGIS's first turn (the
start of every QGIS session pays for what initGui imports; see scripts/bench/start_cost.py)."""

import json
import subprocess
import sys

from support import ROOT

START = r"""
import json, sys
sys.path[:0] = [sys.argv[1], sys.argv[1] + "/tests"]
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
import qgis.gui, qgis.utils  # what QGIS has loaded before any plugin
before = set(sys.modules)
from support.iface import StandInIface
import datagrandest_plugin
plugin = datagrandest_plugin.classFactory(StandInIface())
plugin.initGui()
by_init_gui = sorted(set(sys.modules) - before)
from support import plugin_running
assert plugin_running()
print(json.dumps([by_init_gui, sorted(set(sys.modules) - before)]))
plugin.unload()
"""

HEAVY = ("owslib", "requests", "urllib3", "datagrandest_plugin.gui.catalog.panel", "datagrandest_plugin.core.catalog.service",
         "datagrandest_plugin.gui.layers.panel")
FIRST_TURN = ("datagrandest_plugin.toolbelt.log", "datagrandest_plugin.core.net.transport.qgis_transport",
              "datagrandest_plugin.processing.provider", "datagrandest_plugin.toolbelt.settings",
              "datagrandest_plugin.toolbelt.tasks")


def test_init_gui_imports_no_panel_no_catalogue_client_no_network_library():
    run = subprocess.run([sys.executable, "-c", START, str(ROOT)], capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(ROOT / "build")})
    assert run.returncode == 0, run.stderr[-2000:]
    loaded, after_first_turn = json.loads(run.stdout.strip().splitlines()[-1])
    assert [name for name in loaded if name.startswith(HEAVY)] == []
    assert "datagrandest_plugin.plugin" in loaded  # the check sees the plugin's own imports
    assert [name for name in loaded if name.startswith(FIRST_TURN + ("datagrandest_plugin.core.net",))] == []
    assert set(FIRST_TURN) <= set(after_first_turn)  # deferred, not forgotten
    assert [name for name in after_first_turn if name.startswith(HEAVY)] == []
