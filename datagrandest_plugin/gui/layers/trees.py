"""The historical tree and the platform project's tree of the "Couches" panel."""

from qgis.PyQt.QtCore import QModelIndex

from ...core.i18n import tr
from ...core.trees.legacy import source_label


class LegacyTrees:
    """The two trees of LegacyNode in LayersPanel (mixed into it)."""

    def _legacy_done(self, tree):
        if self._closed:
            return
        self.legacy_tree = tree
        self.legacy_model.clear_payloads()
        for child in tree.root.children:
            self.legacy_model.appendRow(self.legacy_model.legacy_row(child))
        self._legacy_items = []
        self._index_legacy(self.legacy_model.invisibleRootItem())
        self._fit_columns(self.legacy_view, {1: [node.type for node, _item in self._legacy_items if not node.is_folder]})
        notes = list(tree.problems)
        if tree.error is not None:
            notes.insert(0, tr("The live layer tree could not be read ({error}); the {source} copy is shown.").format(
                error=tree.error.message, source=source_label(tree.source)))
        self._note(notes)
        self.apply_filter()
        self.legacy_loaded.emit()

    def _project_done(self, tree):
        if self._closed:
            return
        self.project_tree = tree
        self._project_items = self._fill_tree(self.project_model, self.project_view, tree)
        if self.tabs.indexOf(self.project_view) < 0:
            self.tabs.insertTab(0, self.project_view, tr("Platform project"))
        notes = list(tree.problems)
        if tree.error is not None:
            notes.insert(0, tr("The platform project could not be read ({error}); the last good copy is shown.").format(
                error=tree.error.message))
        self._note(notes)
        self.apply_filter()
        self.project_loaded.emit()

    def _project_failed(self, error):
        if not self._closed:
            self._note([tr("The platform project could not be read: {error}").format(error=error.message)], level=1)
            self.project_loaded.emit()

    def _fill_tree(self, model, view, tree):
        """The rows of a tree of ``LegacyNode`` (platform project); returns its (node, item) pairs."""
        model.clear_payloads()
        for child in tree.root.children:
            model.appendRow(model.legacy_row(child))
        items = []

        def index(item):
            for row in range(item.rowCount()):
                child = item.child(row, 0)
                items.append((model.item_payload(child).node, child))
                index(child)

        index(model.invisibleRootItem())
        self._fit_columns(view, {1: [node.type for node, _item in items if not node.is_folder]})
        return items

    def _index_legacy(self, item):
        for row in range(item.rowCount()):
            child = item.child(row, 0)
            self._legacy_items.append((self.legacy_model.item_payload(child).node, child))
            self._index_legacy(child)

    def _legacy_failed(self, error):
        if not self._closed:
            self._note([error.message], level=1)
            self.legacy_loaded.emit()

    def visible_project_nodes(self):
        return [node for node, item in self._project_items
                if not self.project_view.isRowHidden(item.row(), item.parent().index() if item.parent() is not None
                                                     else QModelIndex())]

    def visible_legacy_nodes(self):
        out = []
        for node, item in self._legacy_items:
            parent = item.parent().index() if item.parent() is not None else QModelIndex()
            if not self.legacy_view.isRowHidden(item.row(), parent):
                out.append(node)
        return out
