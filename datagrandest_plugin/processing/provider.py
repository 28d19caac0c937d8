"""The "DataGrandEst" Processing provider."""

from qgis.core import QgsProcessingProvider

from ..core.i18n import tr


class DataGrandEstProvider(QgsProcessingProvider):
    def id(self):
        return "datagrandest"

    def name(self):
        return tr("DataGrandEst")

    def longName(self):
        return tr("DataGrandEst regional data platform")

    def icon(self):
        from ..toolbelt.resources import plugin_icon

        return plugin_icon()

    def loadAlgorithms(self):
        from .ocs_algorithms import ExtractOcsAlgorithm, OcsStatisticsAlgorithm

        self.addAlgorithm(ExtractOcsAlgorithm())
        self.addAlgorithm(OcsStatisticsAlgorithm())
