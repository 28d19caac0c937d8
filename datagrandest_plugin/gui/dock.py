"""The plugin's dock. Its objectName is stable so QGIS restores its place."""

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QStackedWidget, QTabWidget, QWidget

from ..core.i18n import tr

DOCK_OBJECT_NAME = "DataGrandEstDock"


def _catalogue(dock):
    from .catalog.panel import CatalogPanel

    return CatalogPanel(dock.iface)


def _layers(dock):
    from .layers.panel import LayersPanel

    return LayersPanel(dock.iface)


def _ocs(dock):
    from .ocs.panel import OcsPanel

    return OcsPanel(dock.iface)


def _pcrs(dock):
    from .pcrs.panel import PcrsPanel

    return PcrsPanel(dock.iface)


def _services(dock):
    from .services.panel import ServicesPanel

    return ServicesPanel()


def _community(dock):
    from .community.panel import CommunityPanel

    return CommunityPanel(dock)


# (key used by the content file and demo scenarios, tab title, dock attribute, builder), in tab order;
# titles are functions so that they are translated when the dock is made, not at import
PANELS = (
    ("catalogue", lambda: tr("Catalogue"), "catalog_panel", _catalogue),
    ("layers", lambda: tr("Layers"), "layers_panel", _layers),
    ("ocs", lambda: tr("OCS GE²"), "ocs_panel", _ocs),
    ("pcrs", lambda: tr("PCRS"), "pcrs_panel", _pcrs),
    ("community", lambda: tr("Community"), "community_panel", _community),
    ("services", lambda: tr("Services"), "services_panel", _services),
)
PANEL_ATTRIBUTES = {key: attribute for key, _title, attribute, _build in PANELS}


def _panel_property(key):
    def get(self):
        return self.ensure(key)

    def set_(self, widget):  # tests stand in for a panel, or for its absence (None)
        self._built[key] = widget

    def delete(self):
        self._built.pop(key, None)

    return property(get, set_, delete)


class DataGrandEstDock(QgsDockWidget):
    """Tabs are built when first shown: at QGIS start only the dock frame
    exists (QGIS restores its place), nothing is imported or built behind it."""

    panel_created = pyqtSignal(str, object)

    catalog_panel = _panel_property("catalogue")
    layers_panel = _panel_property("layers")
    ocs_panel = _panel_property("ocs")
    pcrs_panel = _panel_property("pcrs")
    services_panel = _panel_property("services")
    community_panel = _panel_property("community")

    def __init__(self, iface=None, parent=None):
        super().__init__(tr("DataGrandEst"), parent)
        self.setObjectName(DOCK_OBJECT_NAME)
        self.iface = iface
        self._built = {}
        self._placeholders = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("DataGrandEstTabs")
        for key, title, _attribute, _build in PANELS:
            placeholder = QWidget(self.tabs)
            self._placeholders[key] = placeholder
            self.tabs.addTab(placeholder, title())
        self.tabs.currentChanged.connect(self._build_current)
        self.visibilityChanged.connect(lambda visible: visible and self._build_current())
        self.setWidget(self.tabs)

    def _build_current(self, *_args):
        widget = self.tabs.currentWidget()
        for key, placeholder in self._placeholders.items():
            if placeholder is widget and key not in self._built:
                self.ensure(key)

    def ensure(self, key: str):
        """The panel of ``key``, built now if it was not yet."""
        if key in self._built:
            return self._built[key]
        build = next(b for k, _t, _a, b in PANELS if k == key)
        widget = build(self)
        placeholder = self._placeholders[key]
        index = self.tabs.indexOf(placeholder)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        title = self.tabs.tabText(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        self._built[key] = widget
        self.panel_created.emit(key, widget)
        return widget

    def panel(self, key: str):
        """The widget of a panel key, or None when this version has no such panel."""
        if key in PANEL_ATTRIBUTES:
            return getattr(self, PANEL_ATTRIBUTES[key])
        if key in ("webinars", "trainings", "groups", "agenda", "favourites"):
            return self.community_panel.page(key) if self.community_panel is not None else None
        return None

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
        for widget in list(self._built.values()):
            stop = getattr(widget, "shutdown", None) or getattr(widget, "cancel", None)
            if stop is not None:
                stop()
