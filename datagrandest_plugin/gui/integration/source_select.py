"""A "DataGrandEst" page in QGIS's Data Source Manager (Ctrl+L), where QGIS users look for data.

The page is the catalogue panel itself (search as you type, facets, place, record
view); the Data Source Manager's "Ajouter" button adds the selected record's layer
through the one resolver (``catalog_actions.add_record_link``), as the panel's does.
"""

from qgis.gui import QgsAbstractDataSourceWidget, QgsSourceSelectProvider
from qgis.PyQt.QtWidgets import QDialogButtonBox, QVBoxLayout

from ...core.i18n import tr
from ...toolbelt.resources import plugin_icon

PROVIDER_KEY = "datagrandest"


class DataGrandEstSourceSelect(QgsAbstractDataSourceWidget):
    def __init__(self, iface=None, parent=None, fl=None, widget_mode=None):
        args = [parent] + ([fl] if fl is not None else []) + ([widget_mode] if widget_mode is not None else [])
        super().__init__(*args)
        self.setObjectName("DataGrandEstSourceSelect")
        layout = QVBoxLayout(self)
        from ..catalog.panel import CatalogPanel  # here, not at QGIS's start: registering the page costs nothing

        self.panel = CatalogPanel(iface, self)
        layout.addWidget(self.panel)
        # QGIS's own Close / Add buttons: setupButtons adds "Add" (QGIS's word, "Ajouter" in French),
        # wires it to addButtonClicked and hides Close when the page is embedded in the Data Source Manager
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout.addWidget(self.buttons)
        self.setupButtons(self.buttons)
        self.add_button = self.addButton()
        self.add_button.setObjectName("DataGrandEstSourceSelectAdd")
        self.add_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self.panel.results.currentItemChanged.connect(self._selection_changed)

    def _selection_changed(self, *_args):
        enabled = self.panel.current_record() is not None
        self.add_button.setEnabled(enabled)
        self.enableButtons.emit(enabled)

    def addButtonClicked(self):
        self.panel.add_current(ask=False)

    def refresh(self):
        self.panel.start_search()

    def closeEvent(self, event):
        self.panel.shutdown()
        super().closeEvent(event)


class DataGrandEstSourceSelectProvider(QgsSourceSelectProvider):
    def __init__(self, iface=None):
        super().__init__()
        self.iface = iface

    def providerKey(self):
        return PROVIDER_KEY

    def name(self):
        return PROVIDER_KEY

    def text(self):
        return "DataGrandEst"

    def toolTip(self):
        return tr("Search the DataGrandEst catalogues and add their layers")

    def icon(self):
        return plugin_icon()

    def ordering(self):
        return QgsSourceSelectProvider.Ordering.OrderOtherProvider

    def createDataSourceWidget(self, parent=None, fl=None, widgetMode=None):
        return DataGrandEstSourceSelect(self.iface, parent, fl, widgetMode)
