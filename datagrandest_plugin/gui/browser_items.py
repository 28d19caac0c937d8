"""The items under the "DataGrandEst" Browser node (see ``browser_provider``)."""

from qgis.core import QgsDataCollectionItem, QgsLayerItem

from ..core.catalog.models import SearchQuery
from ..core.errors import DgeError
from ..core.favourites import FavouritesStore
from ..core.i18n import tr
from ..core.layer_resolver import resolve
from ..core.transport import default_transport
from ..toolbelt.log import PlgLogger
from ..toolbelt.settings import PlgOptionsManager
from .browser_provider import ROOT_PATH, owned_by_qgis
from ..toolbelt.plain_text import tooltip


def layer_item(parent, spec, path):
    kind = QgsLayerItem.Raster if spec.is_raster else QgsLayerItem.Vector
    item = QgsLayerItem(parent, spec.display_name, path, spec.uri(), kind, spec.provider)
    item.setToolTip(tooltip(spec.abstract or spec.display_name))
    return item


def _store():
    return FavouritesStore(PlgOptionsManager.get_plg_settings().favourites_path())


class FavouritesItem(QgsDataCollectionItem):
    def __init__(self, parent):
        super().__init__(parent, tr("Favourites"), ROOT_PATH + "/favourites", "DataGrandEst")

    def createChildren(self):  # noqa: N802
        children = []
        settings = PlgOptionsManager.get_plg_settings()
        for index, favourite in enumerate(_store().items):
            if favourite.layer is not None:
                children.append(layer_item(self, resolve(favourite.layer, settings), f"{self.path()}/{index}"))
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
        from ..core.catalog.service import CatalogService

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


