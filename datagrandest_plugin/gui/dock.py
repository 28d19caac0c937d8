"""The plugin's dock. Its objectName is stable so QGIS restores its place."""

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QStackedWidget, QTabWidget

from ..core.i18n import tr
from .catalog_panel import CatalogPanel
from .community_panel import CommunityPanel
from .services_panel import ServicesPanel

DOCK_OBJECT_NAME = "DataGrandEstDock"

# Panel keys (content file, demo scenarios) -> attribute of the dock holding the panel.
PANEL_ATTRIBUTES = {
    "services": "services_panel",
    "catalogue": "catalog_panel",
    "layers": "layers_panel",
    "ocs": "ocs_panel",
    "pcrs": "pcrs_panel",
    "favourites": "favourites_panel",
    "community": "community_panel",
}


class DataGrandEstDock(QgsDockWidget):
    def __init__(self, iface=None, parent=None):
        super().__init__(tr("DataGrandEst"), parent)
        self.setObjectName(DOCK_OBJECT_NAME)
        self.iface = iface
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("DataGrandEstTabs")
        self.catalog_panel = CatalogPanel(iface, self.tabs)
        self.tabs.addTab(self.catalog_panel, tr("Catalogue"))
        self.services_panel = ServicesPanel(self.tabs)
        self.tabs.addTab(self.services_panel, tr("Services"))
        self.community_panel = CommunityPanel(self, self.tabs)
        self.tabs.addTab(self.community_panel, tr("Community"))
        self.setWidget(self.tabs)

    def panel(self, key: str):
        """The widget of a panel key, or None when this version has no such panel."""
        widget = getattr(self, PANEL_ATTRIBUTES.get(key, f"{key}_panel"), None)
        if widget is None and self.community_panel is not None:
            widget = self.community_panel.page(key)
        return widget

    def show_panel(self, key: str) -> bool:
        """Bring a panel to the front, through every tab level above it."""
        widget = self.panel(key)
        if widget is None:
            return False
        child, parent = widget, widget.parentWidget()
        while parent is not None and child is not self:
            if isinstance(parent, QStackedWidget):
                tabs = parent.parentWidget()
                if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
                    tabs.setCurrentWidget(child)
                else:
                    parent.setCurrentWidget(child)
            child, parent = parent, parent.parentWidget()
        self.setUserVisible(True)
        return True

    def tabs_state(self):
        return [(tabs, tabs.currentIndex()) for tabs in self.findChildren(QTabWidget)]

    def restore_tabs(self, state):
        for tabs, index in state:
            try:
                tabs.setCurrentIndex(index)
            except RuntimeError:  # a panel removed meanwhile
                pass

    def shutdown(self):
        self.catalog_panel.shutdown()
        self.services_panel.cancel()
        self.community_panel.shutdown()
