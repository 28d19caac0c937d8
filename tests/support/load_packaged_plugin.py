"""Run in a fresh QGIS Python: do what QGIS's "Install from ZIP" does with the
plugin zip (find the plugin folder from metadata.txt, extract it with QGIS's own
``pyplugin_installer.unzip`` into the profile's plugins folder, check the declared
version range with QGIS's own ``isCompatible``), then load and start the plugin
with a stand-in iface, and unload it. Prints one JSON line with what was observed.
Usage: ZIP PROFILE_DIR"""

import json
import os
import sys
import zipfile

zip_path, profile_dir = sys.argv[1], sys.argv[2]
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QGIS_CUSTOM_CONFIG_PATH"] = profile_dir  # QGIS 3.40+ reads the profile folder here
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))  # tests/, for support.iface

from qgis.core import Qgis, QgsApplication, QgsSettings

app = QgsApplication([b"load"], True, profile_dir)
QgsApplication.setPrefixPath("/usr", True)
app.initQgis()
QgsSettings().setValue("locale/userLocale", "fr_FR")
QgsSettings().setValue("locale/overrideFlag", True)

# QGIS's own Python (the plugin installer) sits in its data folder, as in the desktop app
sys.path.insert(0, os.path.join(QgsApplication.pkgDataPath(), "python"))

import qgis.utils
from pyplugin_installer.unzip import unzip
from pyplugin_installer.version_compare import isCompatible
from qgis.PyQt.QtWidgets import QAction

from support.iface import StandInIface

observed = {"qgis_version": Qgis.QGIS_VERSION}
with zipfile.ZipFile(zip_path) as archive:
    metadata_files = sorted(name for name in archive.namelist() if name.endswith("metadata.txt"))
plugin_name = os.path.split(metadata_files[0])[0] if metadata_files else None
observed["plugin_folder"] = plugin_name
plugins_dir = os.path.join(QgsApplication.qgisSettingsDirPath(), "python", "plugins")
unzip(zip_path, plugins_dir)

iface = StandInIface()
qgis.utils.iface = iface
sys.path.insert(0, plugins_dir)
qgis.utils.plugin_paths = [plugins_dir]
qgis.utils.updateAvailablePlugins()
observed["available"] = plugin_name in qgis.utils.available_plugins
minimum = qgis.utils.pluginMetadata(plugin_name, "qgisMinimumVersion")
maximum = qgis.utils.pluginMetadata(plugin_name, "qgisMaximumVersion")
observed["compatible"] = isCompatible(Qgis.QGIS_VERSION.split("-")[0], minimum, maximum)
observed["loaded"] = qgis.utils.loadPlugin(plugin_name)
observed["started"] = qgis.utils.startPlugin(plugin_name)
module = sys.modules.get(plugin_name)
observed["module_file"] = getattr(module, "__file__", "")
observed["plugins_dir"] = plugins_dir
observed["action_texts"] = sorted(
    a.text() for a in iface.mainWindow().findChildren(QAction) if a.objectName().startswith("DataGrandEst")
)
observed["name"] = qgis.utils.pluginMetadata(plugin_name, "name")
# the user guide, as the Help menu opens it from the installed plugin
import re

from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QTextDocument

plugin = qgis.utils.plugins[plugin_name]
plugin.action_help.trigger()
browser = plugin.help_dialog.browser
observed["help_page"] = browser.source().toLocalFile()
observed["help_title"] = browser.toPlainText().splitlines()[0]
images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", open(observed["help_page"], encoding="utf-8").read())
observed["help_images"] = len(images)
observed["help_images_missing"] = [
    image for image in images
    if not browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(image))]
observed["unloaded"] = qgis.utils.unloadPlugin(plugin_name)
print(json.dumps(observed))
app.exitQgis()
