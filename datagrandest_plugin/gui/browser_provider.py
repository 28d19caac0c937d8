"""The "DataGrandEst" node of QGIS's Browser: favourite layers and saved
searches; every layer is draggable to the map like any Browser layer.

QGIS populates items in a worker thread (``createChildren``), so a saved
search runs there, off the GUI thread.
"""

from qgis.core import QgsDataCollectionItem, QgsDataItemProvider, QgsDataProvider, QgsLayerItem
from qgis.PyQt import sip

from ..core.catalog.models import SearchQuery
from ..core.catalog.service import CatalogService
from ..core.errors import DgeError
from ..core.favourites import FavouritesStore
from ..core.i18n import tr
from ..core.transport import default_transport
from ..toolbelt.log import PlgLogger
from ..toolbelt.resources import plugin_icon
from ..toolbelt.settings import PlgOptionsManager

ROOT_PATH = "datagrandest:"


def owned_by_qgis(items, owner):
    """Items handed to the Browser are deleted by QGIS (C++ owns them), but
    their Python side (createChildren) must outlive the list that carried
    them: the Python parent (the provider, for the root) keeps them."""
    for item in items:
        sip.transferto(item, None)
    owner._python_children = list(items)
    return items


def layer_item(parent, spec, path):
    kind = QgsLayerItem.Raster if spec.is_raster else QgsLayerItem.Vector
    item = QgsLayerItem(parent, spec.display_name, path, spec.uri(), kind, spec.provider)
    item.setToolTip(spec.abstract or spec.display_name)
    return item


def _store():
    return FavouritesStore(PlgOptionsManager.get_plg_settings().favourites_path())


class FavouritesItem(QgsDataCollectionItem):
    def __init__(self, parent):
        super().__init__(parent, tr("Favourites"), ROOT_PATH + "/favourites", "DataGrandEst")

    def createChildren(self):  # noqa: N802
        children = []
        for index, favourite in enumerate(_store().items):
            if favourite.layer is not None:
                children.append(layer_item(self, favourite.layer, f"{self.path()}/{index}"))
        return owned_by_qgis(children, self)


class SavedSearchItem(QgsDataCollectionItem):
    def __init__(self, parent, search):
        super().__init__(parent, search["name"], f"{ROOT_PATH}/searches/{search['name']}", "DataGrandEst")
        self.query = SearchQuery(text=search.get("text", ""), theme=search.get("theme", ""),
                                 organisation=search.get("organisation", ""), page_size=50)

    def createChildren(self):  # noqa: N802
        settings = PlgOptionsManager.get_plg_settings()
        transport = default_transport(timeout=settings.timeout, offline=settings.offline,
                                      max_bytes=settings.max_download_bytes)
        service = CatalogService(transport, settings)
        try:
            result = service.search(self.query)
        except DgeError as error:
            PlgLogger.log(error.message, level=1)
            return []
        return owned_by_qgis([layer_item(self, spec, f"{self.path()}/{index}")
                              for index, (_record, spec) in enumerate(service.quick_layers(result.records))], self)


class SavedSearchesItem(QgsDataCollectionItem):
    def __init__(self, parent):
        super().__init__(parent, tr("Saved searches"), ROOT_PATH + "/searches", "DataGrandEst")

    def createChildren(self):  # noqa: N802
        return owned_by_qgis([SavedSearchItem(self, search) for search in _store().searches], self)


class DataGrandEstRootItem(QgsDataCollectionItem):
    def __init__(self):
        super().__init__(None, "DataGrandEst", ROOT_PATH, "DataGrandEst")
        self.setIcon(plugin_icon())

    def createChildren(self):  # noqa: N802
        return owned_by_qgis([FavouritesItem(self), SavedSearchesItem(self)], self)


class DataGrandEstItemProvider(QgsDataItemProvider):
    def name(self):
        return "DataGrandEst"

    def dataProviderKey(self):  # noqa: N802
        return "DataGrandEst"

    def capabilities(self):
        return QgsDataProvider.DataCapability.Net

    def createDataItem(self, path, parent):  # noqa: N802
        if not path:
            return owned_by_qgis([DataGrandEstRootItem()], self)[0]
        return None
