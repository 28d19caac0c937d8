"""Item models of the layer trees (services, historical tree), with drag and drop.

Dragged items carry a QGIS layer URI of the custom kind ``datagrandest``
whose text is the layer spec as JSON: the plugin's drop handler
(``drop_handler.py``) adds it in a background task with its style, where a
plain WMS/WFS URI would be loaded by QGIS on its main thread without style.
"""

import json
from dataclasses import asdict

from qgis.core import QgsApplication, QgsMimeDataUtils
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QStandardItem, QStandardItemModel

from ...core.i18n import tr
from ...core.layers.spec import LayerSpec
from ...core.ocs.nomenclature import style_title
from .drop_handler import DROP_PROVIDER_KEY
from .payloads import NodePayload, ServicePayload, WorkspacePayload
from ...toolbelt.plain_text import tooltip as plain_tooltip

# Items hold an int key; the payload itself stays on the Python side (``LayerItemModel.payload``):
# Python objects stored in Qt items may outlive the interpreter and crash QGIS when it quits.
ROLE_PAYLOAD = Qt.ItemDataRole.UserRole + 1

_ICONS = {"wms": "/mIconWms.svg", "wmts": "/mIconWms.svg", "wfs": "/mIconWfs.svg", "folder": "/mIconFolder.svg",
          "style": "/propertyicons/symbology.svg", "gdal": "/mIconRaster.svg", "warn": "/mIconWarning.svg"}
LEGACY_KINDS = {"wms_layer": "wms", "wms_layer_style": "style", "wmts_layer": "wmts", "wfs_feature_type": "wfs",
                "wfs_feature_type_filter": "wfs", "gdal_wms_config_file": "gdal", "folder": "folder"}


_ICON_CACHE = {}


def icon(kind):
    if kind not in _ICON_CACHE:
        _ICON_CACHE[kind] = QgsApplication.getThemeIcon(_ICONS.get(kind, "/mIconLayer.png"))
    return _ICON_CACHE[kind]


def spec_to_uri(spec: LayerSpec) -> "QgsMimeDataUtils.Uri":
    uri = QgsMimeDataUtils.Uri()
    uri.layerType = "custom"
    uri.providerKey = DROP_PROVIDER_KEY
    uri.name = spec.display_name
    uri.uri = json.dumps(asdict(spec), ensure_ascii=False)
    return uri


def spec_from_uri(uri) -> LayerSpec:
    data = json.loads(uri.uri)
    if data.get("bbox"):
        data["bbox"] = tuple(data["bbox"])
    return LayerSpec(**data)


class LayerItemModel(QStandardItemModel):
    """A QStandardItemModel whose layer items can be dragged onto the map or the layer panel.

    Payloads: ``ServicePayload``, ``NodePayload``, ``WorkspacePayload`` (``payloads.py``).
    """

    def __init__(self, spec_of, parent=None):
        super().__init__(parent)
        self._spec_of = spec_of  # payload -> LayerSpec or None
        self._payloads = {}

    def clear_payloads(self):
        self.removeRows(0, self.rowCount())
        self._payloads = {}

    def payload(self, index):
        key = index.data(ROLE_PAYLOAD) if index is not None and index.isValid() else None
        return self._payloads.get(key)

    def item_payload(self, item):
        return self._payloads.get(item.data(ROLE_PAYLOAD))

    def mimeTypes(self):
        return ["application/x-vnd.qgis.qgis.uri"]

    def mimeData(self, indexes):
        uris = []
        for index in indexes:
            if index.column() != 0:
                continue
            spec = self._spec_of(self.payload(index))
            if spec is not None:
                uris.append(spec_to_uri(spec))
        return QgsMimeDataUtils.encodeUriList(uris)

    def _item(self, text, kind, payload, tooltip="", draggable=False):
        key = len(self._payloads) + 1
        while key in self._payloads:
            key += 1
        self._payloads[key] = payload
        item = QStandardItem(icon(kind), text)
        item.setData(key, ROLE_PAYLOAD)
        item.setEditable(False)
        item.setDragEnabled(draggable)
        if tooltip:
            item.setToolTip(plain_tooltip(tooltip))
        return item

    def service_layer_row(self, layer):
        tooltip = "\n".join(t for t in (layer.name, layer.abstract[:500]) if t)
        row = [self._item(layer.display_title, layer.kind, ServicePayload(layer=layer), tooltip, True),
               _plain(layer.kind.upper()), _plain(layer.short_name)]
        if layer.kind in ("wms", "wmts") and len(layer.styles) > 1:
            for style in layer.styles:
                label = tr("Style: {name}").format(name=style_title(style.name, style.title))
                row[0].appendRow([self._item(label, "style", ServicePayload(layer=layer, style=style.name), style.name, True),
                                  _plain(""), _plain(style.name)])
        return row

    def workspace_row(self, name):
        return [self._item(name or tr("(no workspace)"), "folder", WorkspacePayload(name=name)), _plain(""), _plain("")]

    def legacy_row(self, node):
        kind = LEGACY_KINDS.get(node.type, "folder")
        if node.status == "warn" or node.problem:
            kind = "warn"
        tips = [t for t in (node.description[:500], node.problem, node.params.get("name", "")) if t]
        item = self._item(node.title, kind, NodePayload(node=node), "\n".join(tips), node.spec is not None)
        if not node.is_folder and node.spec is None:
            item.setForeground(Qt.GlobalColor.gray)
        row = [item, _plain("" if node.is_folder else node.type)]
        for child in node.children:
            item.appendRow(self.legacy_row(child))
        return row


def _plain(text):
    item = QStandardItem(text)
    item.setEditable(False)
    item.setDragEnabled(False)
    return item
