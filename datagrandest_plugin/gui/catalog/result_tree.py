"""The catalogue's result list: rows that drag onto the map as layers, titles wrapped whole."""

from qgis.core import QgsMimeDataUtils
from qgis.PyQt.QtCore import QRect, QSize, Qt
from qgis.PyQt.QtWidgets import QStyle, QStyledItemDelegate, QTreeWidget

from ...core.catalog.link_specs import record_quick_spec
from ...toolbelt.settings import PlgOptionsManager

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


def mime_uri(spec):
    uri = QgsMimeDataUtils.Uri()
    uri.layerType = "raster" if spec.is_raster else "vector"
    uri.providerKey = spec.provider
    uri.name = spec.display_name
    uri.uri = spec.uri()
    return uri


class WrappedTitleDelegate(QStyledItemDelegate):
    """Rows as tall as their title wrapped in the title column (QTreeView measures a wrapped
    row without knowing its column's width, so it stays one line high)."""

    def sizeHint(self, option, index):
        hint = super().sizeHint(option, index)
        view = self.parent()
        # the text's room: the cell less the style's text margins, with some slack so no line is cut
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        width = view.columnWidth(index.column()) - 2 * margin - 8
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if width <= 0 or not text:
            return hint
        needed = view.fontMetrics().boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text).height()
        return QSize(hint.width(), max(hint.height(), needed + 4))


class ResultTree(QTreeWidget):
    """Result list whose items drag onto the map or the layer tree as layers."""

    def mimeData(self, items):
        uris = []
        for item in items:
            record = item.data(0, RECORD_ROLE)
            spec = record_quick_spec(record, PlgOptionsManager.get_plg_settings()) if record else None
            if spec is not None:
                uris.append(mime_uri(spec))
        return QgsMimeDataUtils.encodeUriList(uris)

    def mimeTypes(self):
        return ["application/x-vnd.qgis.qgis.uri"]
