"""The items under the "DataGrandEst" Browser node (see ``browser_provider``)."""

from qgis.core import Qgis, QgsApplication, QgsDataCollectionItem, QgsDataItem, QgsLayerItem

from ...context import current_context
from ...core.catalog.facets import filter_from
from ...core.catalog.models import SearchQuery
from ...core.errors import DgeError
from ...core.favourites import FavouritesStore
from ...core.i18n import tr
from ...core.layers.resolver import resolve
from ...toolbelt.log import PlgLogger
from ...toolbelt.plain_text import tooltip
from ...toolbelt.settings import PlgOptionsManager
from .browser_provider import ROOT_PATH, owned_by_qgis


def layer_item(parent, spec, path):
    kind = QgsLayerItem.Raster if spec.is_raster else QgsLayerItem.Vector
    item = QgsLayerItem(parent, spec.display_name, path, spec.uri(), kind, spec.provider)
    item.setToolTip(tooltip(spec.abstract or spec.display_name))
    return item


def _store():
    return FavouritesStore(PlgOptionsManager.get_plg_settings().favourites_path())


class DownloadItem(QgsDataItem):
    """A favourite that is a file to download (GeoJSON, CSV…): a double-click downloads it through the
    plugin (its proxy, authentication and size limit) and adds it to the map."""

    def __init__(self, parent, favourite, path):
        super().__init__(QgsDataItem.Custom, parent, favourite.title, path, "DataGrandEst")
        self.favourite = favourite
        self.setIcon(QgsApplication.getThemeIcon("/mActionFileOpen.svg"))
        self.setToolTip(tooltip(tr("{title} — file to download ({format}); double-click to add it to the map").format(
            title=favourite.title, format=favourite.download_format.upper())))
        self.setState(QgsDataItem.Populated)

    def hasDragEnabled(self):
        return False

    def handleDoubleClick(self):
        self.add_to_map()
        return True

    def add_to_map(self):
        """Start the download and the loading (in tasks); returns the task."""
        from ...core.catalog.models import CatalogRecord, Link
        from ..catalog.actions import add_record_link

        favourite = self.favourite
        record = CatalogRecord(identifier=favourite.identifier, title=favourite.title, sources=list(favourite.sources),
                               links=[Link(protocol="WWW:DOWNLOAD-1.0-http--download", url=favourite.download_url,
                                           format=favourite.download_format)])
        return add_record_link(record, record.links[0], None, ask=False)


class FavouritesItem(QgsDataCollectionItem):
    def __init__(self, parent):
        super().__init__(parent, tr("Favourites"), ROOT_PATH + "/favourites", "DataGrandEst")

    def createChildren(self):
        children = []
        settings = PlgOptionsManager.get_plg_settings()
        for index, favourite in enumerate(_store().items):
            if favourite.layer is not None:
                children.append(layer_item(self, resolve(favourite.layer, settings), f"{self.path()}/{index}"))
            elif favourite.download_url:
                children.append(DownloadItem(self, favourite, f"{self.path()}/{index}"))
        return owned_by_qgis(children, self)


class SavedSearchItem(QgsDataCollectionItem):
    def __init__(self, parent, search):
        super().__init__(parent, search["name"], f"{ROOT_PATH}/searches/{search['name']}", "DataGrandEst")
        self.query = SearchQuery(text=search.get("text", ""), theme=search.get("theme", ""),
                                 organisation=search.get("organisation", ""), page_size=50)
        self.facets = filter_from(search.get("facets"))  # the facets checked when it was saved

    def createChildren(self):
        context = current_context()
        settings, transport = context.settings, context.transport
        from ...core.catalog.service import CatalogService

        service = CatalogService(transport, settings)
        try:
            result = service.search(self.query)
        except DgeError as error:
            PlgLogger.log(error.message, level=Qgis.MessageLevel.Warning)
            return []
        return owned_by_qgis([layer_item(self, spec, f"{self.path()}/{index}")
                              for index, (_record, spec) in enumerate(service.quick_layers(
                                  self.facets.apply(result.records)))], self)


class SavedSearchesItem(QgsDataCollectionItem):
    def __init__(self, parent):
        super().__init__(parent, tr("Saved searches"), ROOT_PATH + "/searches", "DataGrandEst")

    def createChildren(self):
        return owned_by_qgis([SavedSearchItem(self, search) for search in _store().searches], self)


