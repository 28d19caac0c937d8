"""The filter of the "Couches" panel: text and map extent hide rows, never rebuild them."""

from qgis.PyQt.QtCore import QModelIndex

from ...core.ogc.service_model import filter_layers
from ..common.map_extent import follow_map_extent, map_extent_wgs84


def _expand(view, keyed_items):
    """Open the rows of ``(key, item)`` pairs (not expandAll: it lays out the whole
    tree at every keystroke); returns the keys of the rows this opened."""
    opened = []
    for key, item in keyed_items:
        index = item.index()
        if not view.isExpanded(index):
            view.expand(index)
            opened.append(key)
    return opened


class LayerFilter:
    """The filtering of LayersPanel's trees (mixed into it)."""

    def _extent_toggled(self, checked):
        follow_map_extent(self.iface.mapCanvas() if self.iface is not None else None, self._extent_timer.start, checked)
        self.apply_filter()

    def current_extent(self):
        if not self.extent_check.isChecked() or self.iface is None:
            return None
        return map_extent_wgs84(self.iface.mapCanvas())

    def apply_filter(self):
        text = self.filter_edit.text()
        extent = self.current_extent()
        visible = shown_workspaces = None  # no filter: every layer and workspace, nothing to compute
        if text.strip() or extent is not None:
            shown_layers = filter_layers(self.service_layers, text, extent)
            visible = {id(layer) for layer in shown_layers}
            shown_workspaces = {layer.workspace for layer in shown_layers}
        self._visible = visible
        view = self.service_view
        hidden_rows = self._hidden_rows
        for layer, item in self._layer_items:
            hidden = visible is not None and id(layer) not in visible
            if hidden != (id(layer) in hidden_rows):
                view.setRowHidden(item.row(), item.parent().index(), hidden)
                (hidden_rows.add if hidden else hidden_rows.discard)(id(layer))
        root = QModelIndex()
        workspaces = self.service_model.workspace_items
        for name, item in workspaces.items():
            hidden = shown_workspaces is not None and name not in shown_workspaces
            if hidden != (id(item) in hidden_rows):
                view.setRowHidden(item.row(), root, hidden)
                (hidden_rows.add if hidden else hidden_rows.discard)(id(item))
        filtered = bool(text) or extent is not None
        shown_count = len(self.service_layers) if visible is None else len(visible)
        if filtered and shown_count <= 300:
            self._auto_expanded.update(_expand(view, [(name, workspaces[name]) for name in shown_workspaces or ()]))
        elif self._auto_expanded and shown_count > 300:
            # back to hundreds of layers: the workspaces the filter opened close
            # again (laying out 2,000 open rows took ~40 ms per keystroke)
            for name in self._auto_expanded:
                if name in workspaces:
                    view.collapse(workspaces[name].index())
            self._auto_expanded.clear()
        for tree, items, tree_view in ((self.legacy_tree, self._legacy_items, self.legacy_view),
                                       (self.project_tree, self._project_items, self.project_view)):
            if tree is None:
                continue
            shown = tree.visible(text, extent)
            for node, item in items:
                parent = item.parent().index() if item.parent() is not None else root
                tree_view.setRowHidden(item.row(), parent, id(node) not in shown)
            if filtered:
                _expand(tree_view, [(node, item) for node, item in items if id(node) in shown and item.hasChildren()])

    def visible_service_layers(self):
        """The service layers not hidden by the filters, their rows made or not (tests, status line)."""
        if self._visible is None:
            return list(self.service_layers)
        return [layer for layer in self.service_layers if id(layer) in self._visible]
