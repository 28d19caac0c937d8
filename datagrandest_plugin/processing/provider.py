"""The "DataGrandEst" Processing provider."""

from qgis.core import QgsProcessingProvider

from ..core.i18n import tr


class DataGrandEstProvider(QgsProcessingProvider):
    def id(self):
        return "datagrandest"

    def name(self):
        return tr("DataGrandEst")

    def longName(self):  # noqa: N802 - QGIS's name
        return tr("DataGrandEst regional data platform")

    def icon(self):
        from ..toolbelt.resources import plugin_icon

        return plugin_icon()

    def loadAlgorithms(self):  # noqa: N802 - QGIS's name
        from .ocs_algorithms import ExtractOcsAlgorithm, OcsStatisticsAlgorithm

        self.addAlgorithm(ExtractOcsAlgorithm())
        self.addAlgorithm(OcsStatisticsAlgorithm())
