"""The plugin's page in Settings › Options: registered at QGIS start, built
(options_page, with its service checks) only when the dialog opens."""

from qgis.gui import QgsOptionsWidgetFactory

from ...core.i18n import tr
from ...toolbelt.resources import plugin_icon

PAGE_OBJECT_NAME = "DataGrandEstOptionsPage"


class OptionsPageFactory(QgsOptionsWidgetFactory):
    """Registered by the plugin: QGIS creates the page when its Options dialog opens."""

    def __init__(self):
        super().__init__(tr("DataGrandEst"), plugin_icon())
        if hasattr(self, "setKey"):  # newer QGIS: the key its Options dialog knows the page by
            self.setKey("DataGrandEst")

    def icon(self):
        return plugin_icon()

    def createWidget(self, parent=None):
        from .options_page import OptionsPage

        return OptionsPage(parent)
