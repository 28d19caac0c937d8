"""The services tree of the "Couches" panel, filled lazily: workspace → layers → styles.

A GeoServer publishes thousands of layers: building every row at once held the
GUI thread for seconds. Only the workspace rows are made when a service has
been read; a workspace's layer rows are made when it is opened (Qt's
``canFetchMore``/``fetchMore``, which ``QTreeView`` calls on expanding), in
batches between events, each bounded in time, so that no batch holds the GUI
thread for more than a few milliseconds. The layers themselves stay plain Python data until then: the
panel's filter searches them, not the rows.
"""

import heapq
import time
from dataclasses import dataclass, field
from operator import attrgetter

from qgis.PyQt.QtCore import QModelIndex, QTimer, pyqtSignal

from .items import ROLE_PAYLOAD, LayerItemModel
from .payloads import ServicePayload

BATCH_SECONDS = 0.004  # rows made per turn of the event loop: a quarter of a frame, however loaded the machine
_ORDER = attrgetter("display_title")
_MEASURED = 200  # layers whose names size the "Name" column: the longest names


@dataclass
class TreeContent:
    """One service's layers as the tree shows them, arranged off the GUI thread
    (``arrange``, in the task that read them): grouped by workspace, each group in
    display order, and the longest texts of the small columns. Handing the GUI
    thread this instead of the bare list keeps 20,000 layers' grouping, sorting
    and measuring (tens of ms) out of the frame."""

    kind: str
    groups: dict = field(default_factory=dict)  # workspace -> layers in display order
    column_texts: dict = field(default_factory=dict)  # column -> the texts that size it


def arrange(kind, layers) -> TreeContent:
    """Pure Python, no Qt object: runs in a worker thread."""
    groups = {}
    for layer in layers:
        groups.setdefault(layer.workspace, []).append(layer)
    for members in groups.values():
        members.sort(key=_ORDER)
    # the longest short names are among the longest full names: measure those only
    longest = heapq.nlargest(_MEASURED, layers, key=lambda layer: len(layer.name))
    texts = {1: sorted({layer.kind.upper() for layer in layers}),
             2: [layer.short_name for layer in longest] + [style.name for layer in longest for style in layer.styles]}
    return TreeContent(kind=kind, groups=groups, column_texts=texts)


def with_tree_content(loaded):
    """``(loaded, its TreeContent)`` for a service just read (``service_loader.LoadedService``):
    what the panel's task hands the GUI thread."""
    return loaded, arrange(loaded.endpoint.kind, loaded.layers)


class _Workspace:
    __slots__ = ("item", "runs", "pending", "started", "resort")

    def __init__(self, item):
        self.item = item  # the workspace's row item (column 0)
        self.runs = {}  # kind -> its layers in display order, before the workspace is first opened
        self.pending = []  # layers whose rows are not made yet, in display order (once opened)
        self.started = False  # opened once: its rows are made (or being made)
        self.resort = False  # a reload adds rows among rows already made: sort once all are made

    def has_more(self):
        return bool(self.pending) or any(self.runs.values())

    def start(self):
        """First opening: the services' runs merged into one display order (one workspace's
        layers, a few ms at most, where merging every workspace at each load cost the frame)."""
        if not self.started:
            self.started = True
            runs = [run for run in self.runs.values() if run]
            if len(runs) == 1:
                self.pending = runs[0]
            elif runs:
                self.pending = sorted((layer for run in runs for layer in run), key=_ORDER)
            self.runs = {}


class ServiceTreeModel(LayerItemModel):
    """``LayerItemModel`` whose workspace rows are made at once and layer rows on demand."""

    rows_created = pyqtSignal(list)  # [(ServiceLayer, its row item)] just made

    def __init__(self, spec_of, parent=None):
        super().__init__(spec_of, parent)
        self._spaces = {}  # workspace name -> _Workspace
        self._by_key = {}  # payload key of a workspace item -> _Workspace
        self._filling = []  # workspaces with rows still to make, in the order they were opened
        self._column_texts = {}  # kind -> column -> texts (TreeContent.column_texts)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fill_batch)

    # -- content --------------------------------------------------------------
    @property
    def workspace_items(self):
        """workspace name -> its row item (column 0)."""
        return {name: space.item for name, space in self._spaces.items()}

    def column_texts(self):
        """column -> the texts that size it, every service's together."""
        out = {}
        for texts in self._column_texts.values():
            for column, values in texts.items():
                out.setdefault(column, []).extend(values)
        return out

    def set_layers(self, kind, layers):
        """Show ``layers`` (a list, or a ``TreeContent`` arranged in a worker) for service
        ``kind`` in place of what that service showed before."""
        content = layers if isinstance(layers, TreeContent) else arrange(kind, layers)
        self._column_texts[kind] = content.column_texts
        for space in self._spaces.values():
            space.runs.pop(kind, None)
            if not space.started:
                continue
            space.pending = [layer for layer in space.pending if layer.kind != kind]
            item = space.item
            for row in range(item.rowCount() - 1, -1, -1):
                payload = self.item_payload(item.child(row, 0))
                if isinstance(payload, ServicePayload) and payload.layer.kind == kind:
                    item.removeRow(row)
        for name in sorted(content.groups):
            space = self._space(name)
            run = content.groups[name]
            if space.started:
                space.pending = sorted(space.pending + run, key=_ORDER)
                space.resort = space.item.rowCount() > 0
                self._schedule(space)
            else:
                space.runs[kind] = run

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
        if space is not None and space.has_more():
            return True
        return super().hasChildren(parent)

    def canFetchMore(self, parent):
        space = self._space_of(parent)
        return bool(space is not None and space.has_more())

    def fetchMore(self, parent):
        space = self._space_of(parent)
        if space is None or not space.has_more():
            return
        space.start()
        if not self._timer.isActive():  # QTreeView asks again in the same event until its viewport
            self._make_rows(space)      # is full: one batch per turn of the event loop, not one per call
        self._schedule(space)

    def fill(self, name):
        """Make every row of workspace ``name`` now (tests, and a workspace the filter opens)."""
        space = self._spaces.get(name)
        if space is not None:
            space.start()
        while space is not None and space.pending:
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
        deadline = time.perf_counter() + BATCH_SECONDS  # ~100 µs a row: ~40 rows, fewer on a busy machine
        pending, made, item = space.pending, [], space.item
        for layer in pending:
            row = self.service_layer_row(layer)
            item.appendRow(row)
            made.append((layer, row[0]))
            if time.perf_counter() >= deadline:
                break
        space.pending = pending[len(made):]
        if space.resort and not space.pending:
            space.resort = False
            item.sortChildren(0)
        if made:
            self.rows_created.emit(made)

    def clear_payloads(self):
        super().clear_payloads()
        self._spaces, self._by_key, self._filling, self._column_texts = {}, {}, [], {}
