"""Run in a fresh QGIS Python: load the plugin from a plugins folder the way
QGIS does (qgis.utils), start it with a stand-in iface, then unload it.
Prints one JSON line with what was observed. Usage: PLUGINS_DIR PROFILE_DIR"""

import json
import os
import sys

plugins_dir, profile_dir = sys.argv[1], sys.argv[2]
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))  # tests/, for support.iface

from qgis.core import QgsApplication, QgsSettings  # noqa: E402

app = QgsApplication([b"load"], True, profile_dir)
QgsApplication.setPrefixPath("/usr", True)
app.initQgis()
QgsSettings().setValue("locale/userLocale", "fr_FR")
QgsSettings().setValue("locale/overrideFlag", True)

import qgis.utils  # noqa: E402
from qgis.PyQt.QtWidgets import QAction  # noqa: E402

from support.iface import StandInIface  # noqa: E402

iface = StandInIface()
qgis.utils.iface = iface
sys.path.insert(0, plugins_dir)
qgis.utils.plugin_paths = [plugins_dir]
qgis.utils.updateAvailablePlugins()
observed = {"available": "datagrandest_plugin" in qgis.utils.available_plugins}
observed["loaded"] = qgis.utils.loadPlugin("datagrandest_plugin")
observed["started"] = qgis.utils.startPlugin("datagrandest_plugin")
module = sys.modules.get("datagrandest_plugin")
observed["module_file"] = getattr(module, "__file__", "")
observed["action_texts"] = sorted(
    a.text() for a in iface.mainWindow().findChildren(QAction) if a.objectName().startswith("DataGrandEst")
)
observed["name"] = qgis.utils.pluginMetadata("datagrandest_plugin", "name")
observed["unloaded"] = qgis.utils.unloadPlugin("datagrandest_plugin")
print(json.dumps(observed))
app.exitQgis()
