"""QGIS locator ("dge ..." in the search bar at the bottom left): catalogue
records and favourite layers; choosing a result adds its layer.

QGIS runs ``fetchResults`` in a worker thread and cancels it through
``feedback`` when the user types on. This module stays light: it is
imported at QGIS start; the search itself lives in ``locator_search``.
"""

from qgis.core import QgsLocatorFilter, QgsLocatorResult

from ...core.i18n import tr

PREFIX = "dge"


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

    def displayName(self):
        return tr("DataGrandEst catalogue and layers")

    def prefix(self):
        return PREFIX

    def fetchResults(self, string, context, feedback):
        from .locator_search import search

        for title, description, data in search(string, feedback, self.layer_sources):
            result = QgsLocatorResult(self, title, data)
            result.description = description
            self.resultFetched.emit(result)

    def triggerResult(self, result):
        from .locator_search import add_result_layer

        add_result_layer(result.userData)
