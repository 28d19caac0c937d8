"""The plugin's dock. Its objectName is stable so QGIS restores its place."""

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QTabWidget

from ..core.i18n import tr
from .layers_panel import LayersPanel
from .ocs_panel import OcsPanel
from .pcrs_panel import PcrsPanel
from .services_panel import ServicesPanel

DOCK_OBJECT_NAME = "DataGrandEstDock"


class DataGrandEstDock(QgsDockWidget):
    def __init__(self, parent=None, iface=None):
        super().__init__(tr("DataGrandEst"), parent)
        self.setObjectName(DOCK_OBJECT_NAME)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("DataGrandEstTabs")
        # panels load their content when first shown, never at QGIS start
        self.layers_panel = LayersPanel(iface, self.tabs)
        self.tabs.addTab(self.layers_panel, tr("Layers"))
        self.ocs_panel = OcsPanel(iface, self.tabs)
        self.tabs.addTab(self.ocs_panel, tr("OCS GE"))
        self.pcrs_panel = PcrsPanel(iface, self.tabs)
        self.tabs.addTab(self.pcrs_panel, tr("PCRS"))
        self.services_panel = ServicesPanel(self.tabs)
        self.tabs.addTab(self.services_panel, tr("Services"))
        self.setWidget(self.tabs)

    def shutdown(self):
        self.services_panel.cancel()
        self.layers_panel.cancel()
        self.ocs_panel.cancel()
        self.pcrs_panel.cancel()
