"""The plugin's dock. Its objectName is stable so QGIS restores its place."""

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QTabWidget

from ..core.i18n import tr
from .catalog_panel import CatalogPanel
from .services_panel import ServicesPanel

DOCK_OBJECT_NAME = "DataGrandEstDock"


class DataGrandEstDock(QgsDockWidget):
    def __init__(self, iface=None, parent=None):
        super().__init__(tr("DataGrandEst"), parent)
        self.setObjectName(DOCK_OBJECT_NAME)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("DataGrandEstTabs")
        self.catalog_panel = CatalogPanel(iface, self.tabs)
        self.tabs.addTab(self.catalog_panel, tr("Catalogue"))
        self.services_panel = ServicesPanel(self.tabs)
        self.tabs.addTab(self.services_panel, tr("Services"))
        self.setWidget(self.tabs)

    def shutdown(self):
        self.catalog_panel.shutdown()
        self.services_panel.cancel()
