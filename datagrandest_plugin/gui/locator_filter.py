"""QGIS locator ("dge ..." in the search bar at the bottom left): catalogue
records and favourite layers; choosing a result adds its layer.

QGIS runs ``fetchResults`` in a worker thread and cancels it through
``feedback`` when the user types on.
"""

import json
from dataclasses import asdict

from qgis.core import QgsLocatorFilter, QgsLocatorResult

from ..core.catalog.models import SearchQuery
from ..core.catalog.service import CatalogService
from ..core.errors import DgeError
from ..core.favourites import FavouritesStore
from ..core.i18n import tr
from ..core.layer_spec import LayerSpec
from ..core.parsing import clean_text
from ..core.transport import default_transport
from ..toolbelt.log import PlgLogger
from ..toolbelt.settings import PlgOptionsManager
from .layer_loader import add_layer

PREFIX = "dge"
MAX_RESULTS = 15


def normalise(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


class DgeLocatorFilter(QgsLocatorFilter):
    def __init__(self, layer_sources=None):
        super().__init__()
        # network searches only when asked for with "dge ", not on every keystroke of the locator
        self.setUseWithoutPrefix(False)
        # callables(text) -> [(title, description, LayerSpec)], e.g. the service tree
        self.layer_sources = list(layer_sources or [])

    def clone(self):
        return DgeLocatorFilter(self.layer_sources)

    def name(self):
        return "datagrandest"

    def displayName(self):  # noqa: N802
        return tr("DataGrandEst catalogue and layers")

    def prefix(self):
        return PREFIX

    def fetchResults(self, string, context, feedback):  # noqa: N802
        text = (string or "").strip()
        if len(text) < 2:
            return
        settings = PlgOptionsManager.get_plg_settings()
        wanted = normalise(text)
        for favourite in FavouritesStore(settings.favourites_path()).items:
            if favourite.layer is not None and wanted in normalise(favourite.title):
                self._emit(favourite.title, tr("Favourite"), favourite.layer)
        for source in self.layer_sources:
            for title, description, spec in source(text)[:MAX_RESULTS]:
                self._emit(title, description, spec)
        if feedback.isCanceled():
            return
        transport = default_transport(timeout=settings.timeout, offline=settings.offline,
                                      max_bytes=settings.max_download_bytes)
        service = CatalogService(transport, settings)
        try:
            result = service.search(SearchQuery(text=text, page_size=MAX_RESULTS), feedback)
        except DgeError as error:
            PlgLogger.log(error.message, level=1)
            return
        for message in result.errors.values():
            PlgLogger.log(message, level=1)
        for record, spec in service.quick_layers(result.records, feedback):
            self._emit(record.title, record.organisation or tr("Catalogue"), spec)

    def _emit(self, title, description, spec: LayerSpec):
        # a JSON string, not a Python object: the result crosses threads inside a QVariant
        result = QgsLocatorResult(self, clean_text(title, 200), json.dumps(asdict(spec)))
        result.description = clean_text(description, 200)
        self.resultFetched.emit(result)

    def triggerResult(self, result):  # noqa: N802
        try:
            spec = LayerSpec(**json.loads(result.userData))
        except (TypeError, ValueError):
            return
        add_layer(spec)
