"""The historical tree and the platform project's tree of the "Couches" panel."""

from qgis.core import Qgis
from qgis.PyQt.QtCore import QModelIndex

from ...core.i18n import tr
from ...core.trees.legacy import source_label


class LegacyTrees:
    """The two trees of LegacyNode in LayersPanel (mixed into it)."""

    def _legacy_done(self, tree):
        if self._closed:
            return
        self.legacy_tree = tree
        self._legacy_items = self._fill_tree(self.legacy_model, self.legacy_view, tree)
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
            self._note([tr("The platform project could not be read: {error}").format(error=error.message)], level=Qgis.MessageLevel.Warning)
            self.project_loaded.emit()

    def _fill_tree(self, model, view, tree):
        """The rows of a tree of ``LegacyNode`` (historical tree, platform project); returns its
        (node, item) pairs."""
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

    def _legacy_failed(self, error):
        if not self._closed:
            self._note([error.message], level=Qgis.MessageLevel.Warning)
            self.legacy_loaded.emit()

    def visible_project_nodes(self):
        return _visible_nodes(self.project_view, self._project_items)

    def visible_legacy_nodes(self):
        return _visible_nodes(self.legacy_view, self._legacy_items)


def _visible_nodes(view, items):
    """The nodes of ``(node, item)`` pairs whose rows the filter leaves shown in ``view``."""
    return [node for node, item in items
            if not view.isRowHidden(item.row(), item.parent().index() if item.parent() is not None else QModelIndex())]
