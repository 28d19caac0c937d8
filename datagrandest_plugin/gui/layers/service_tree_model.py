"""The services tree of the "Couches" panel, filled lazily: workspace → layers → styles.

A GeoServer publishes thousands of layers: building every row at once held the
GUI thread for seconds. Only the workspace rows are made when a service has
been read; a workspace's layer rows are made when it is opened (Qt's
``canFetchMore``/``fetchMore``, which ``QTreeView`` calls on expanding), in
batches between events, so that no batch holds the GUI thread for more than a
few milliseconds. The layers themselves stay plain Python data until then: the
panel's filter searches them, not the rows.
"""

from qgis.PyQt.QtCore import QModelIndex, QTimer, pyqtSignal

from .items import ROLE_PAYLOAD, LayerItemModel
from .payloads import ServicePayload

BATCH = 48  # rows per batch: about 5 ms at ~100 µs a row, well under one frame


class _Workspace:
    __slots__ = ("item", "pending", "started", "resort")

    def __init__(self, item):
        self.item = item  # the workspace's row item (column 0)
        self.pending = []  # layers whose rows are not made yet, in display order
        self.started = False  # opened once: its rows are made (or being made)
        self.resort = False  # a reload adds rows among rows already made: sort once all are made


def _order(layer):
    return layer.display_title


class ServiceTreeModel(LayerItemModel):
    """``LayerItemModel`` whose workspace rows are made at once and layer rows on demand."""

    rows_created = pyqtSignal(list)  # [(ServiceLayer, its row item)] just made

    def __init__(self, spec_of, parent=None):
        super().__init__(spec_of, parent)
        self._spaces = {}  # workspace name -> _Workspace
        self._by_key = {}  # payload key of a workspace item -> _Workspace
        self._filling = []  # workspaces with rows still to make, in the order they were opened
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fill_batch)

    # -- content --------------------------------------------------------------
    @property
    def workspace_items(self):
        """workspace name -> its row item (column 0)."""
        return {name: space.item for name, space in self._spaces.items()}

    def set_layers(self, kind, layers):
        """Show ``layers`` for service ``kind`` in place of what that service showed before."""
        for space in self._spaces.values():
            space.pending = [layer for layer in space.pending if layer.kind != kind]
            item = space.item
            for row in range(item.rowCount() - 1, -1, -1):
                payload = self.item_payload(item.child(row, 0))
                if isinstance(payload, ServicePayload) and payload.layer.kind == kind:
                    item.removeRow(row)
        grouped = {}
        for layer in layers:
            grouped.setdefault(layer.workspace, []).append(layer)
        for name in sorted(grouped):
            space = self._space(name)
            space.pending = sorted(space.pending + grouped[name], key=_order)
            if space.started:
                space.resort = space.item.rowCount() > 0
                self._schedule(space)

    def _space(self, name):
        space = self._spaces.get(name)
        if space is None:
            row = self.workspace_row(name)
            names = sorted(self._spaces)
            position = sum(1 for other in names if other < name)
            self.insertRow(position, row)
            space = self._spaces[name] = _Workspace(row[0])
            self._by_key[row[0].data(ROLE_PAYLOAD)] = space
        return space

    def _space_of(self, index):
        if not index.isValid() or index.parent().isValid() or index.column() != 0:
            return None
        return self._by_key.get(index.data(ROLE_PAYLOAD))

    # -- Qt's lazy population ---------------------------------------------------
    def hasChildren(self, parent=QModelIndex()):
        space = self._space_of(parent)
        if space is not None and space.pending:
            return True
        return super().hasChildren(parent)

    def canFetchMore(self, parent):
        space = self._space_of(parent)
        return bool(space is not None and space.pending)

    def fetchMore(self, parent):
        space = self._space_of(parent)
        if space is None or not space.pending:
            return
        space.started = True
        self._make_rows(space)
        self._schedule(space)

    def fill(self, name):
        """Make every row of workspace ``name`` now (tests, and a workspace the filter opens)."""
        space = self._spaces.get(name)
        while space is not None and space.pending:
            space.started = True
            self._make_rows(space)

    def _schedule(self, space):
        if space.pending and space not in self._filling:
            self._filling.append(space)
        if self._filling and not self._timer.isActive():
            self._timer.start()

    def _fill_batch(self):
        while self._filling and not self._filling[0].pending:
            self._filling.pop(0)
        if not self._filling:
            return
        self._make_rows(self._filling[0])
        self._schedule(self._filling[0])

    def _make_rows(self, space):
        batch, space.pending = space.pending[:BATCH], space.pending[BATCH:]
        made = []
        item = space.item
        for layer in batch:
            row = self.service_layer_row(layer)
            item.appendRow(row)
            made.append((layer, row[0]))
        if space.resort and not space.pending:
            space.resort = False
            item.sortChildren(0)
        if made:
            self.rows_created.emit(made)

    def clear_payloads(self):
        super().clear_payloads()
        self._spaces, self._by_key, self._filling = {}, {}, []
