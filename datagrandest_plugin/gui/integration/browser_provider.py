"""The "DataGrandEst" node of QGIS's Browser: favourite layers and saved
searches; every layer is draggable to the map like any Browser layer.

QGIS populates items in a worker thread (``createChildren``), so a saved
search runs there, off the GUI thread. This module is imported at QGIS
start and stays light; the items live in ``browser_items``.
"""

from qgis.core import QgsDataCollectionItem, QgsDataItemProvider, QgsDataProvider
from qgis.PyQt import sip

from ...toolbelt.resources import plugin_icon

ROOT_PATH = "datagrandest:"


def owned_by_qgis(items, owner):
    """Items handed to the Browser are deleted by QGIS (C++ owns them), but
    their Python side (createChildren) must outlive the list that carried
    them: the Python parent (the provider, for the root) keeps them."""
    for item in items:
        sip.transferto(item, None)
    owner._python_children = list(items)
    return items


class DataGrandEstRootItem(QgsDataCollectionItem):
    def __init__(self):
        super().__init__(None, "DataGrandEst", ROOT_PATH, "DataGrandEst")
        self.setIcon(plugin_icon())

    def createChildren(self):
        from .browser_items import FavouritesItem, SavedSearchesItem

        return owned_by_qgis([FavouritesItem(self), SavedSearchesItem(self)], self)


class DataGrandEstItemProvider(QgsDataItemProvider):
    def name(self):
        return "DataGrandEst"

    def dataProviderKey(self):
        return "DataGrandEst"

    def capabilities(self):
        return QgsDataProvider.DataCapability.Net

    def createDataItem(self, path, parent):
        if not path:
            return owned_by_qgis([DataGrandEstRootItem()], self)[0]
        return None
