"""Layers dragged from the plugin's trees and dropped on the map or the layer panel.

QGIS hands URIs of layer type ``custom`` to the drop handler registered for
their provider key; the layer is then built in a task, with its style.
"""

from qgis.gui import QgsCustomDropHandler

# The provider key of the URIs the plugin's trees drag (see layer_items). This
# module is loaded at QGIS start; the layer code it calls, on the first drop.
DROP_PROVIDER_KEY = "datagrandest"


class DataGrandEstDropHandler(QgsCustomDropHandler):
    def __init__(self, add=None):
        super().__init__()
        self._add = add

    def customUriProviderKey(self):
        return DROP_PROVIDER_KEY

    def handleCustomUriDrop(self, uri):  # noqa: N802 - QGIS's name
        from ...core.layers.resolver import resolve
        from ...toolbelt.settings import PlgOptionsManager
        from .items import spec_from_uri
        from ..common.layer_loader import add_layer
        from .specs import prepare_for

        spec = resolve(spec_from_uri(uri), PlgOptionsManager.get_plg_settings())
        (self._add or add_layer)(spec, prepare=prepare_for(spec))
