"""DataGrandEst plugin for QGIS.

QGIS calls ``classFactory`` at start: it only builds the plugin object; the
network and every parse wait until the user opens a panel.
"""


def classFactory(iface):  # noqa: N802 - QGIS's name
    from .plugin import DataGrandEstPlugin

    return DataGrandEstPlugin(iface)
