"""Panel "Couches": the layers of the DataGrandEst services and the historical tree.

Nothing is downloaded before the panel is first shown; each capabilities
document and the historical tree then load in their own task (a second
opening reads the parsed trees from the cache). The filter box and the
"only in the map extent" switch hide rows without rebuilding anything.
Layers are added by double-click, the Add button, the context menu or by
dragging them onto the map or the layer panel.
"""

import heapq

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle
from qgis.gui import QgsFilterLineEdit
from qgis.PyQt.QtCore import QModelIndex, Qt, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices, QGuiApplication, QPixmap
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core.net.cache import DiskCache
from ...core.net.credentials import image_request
from ...core.ocs.products import with_nomenclature_style
from ...core.ocs.nomenclature import style_title
from ...core.i18n import tr
from ...core.layers.resolver import resolve
from ...core.trees.legacy import fetch_gdal_config, load_legacy_tree, source_label
from ...core.trees.platform_project import load_platform_project
from ...core.ogc.service_loader import endpoints, load_service
from ...core.ogc.service_model import filter_layers
from ...context import transport_for
from ...toolbelt.plain_text import plain_label
from ...toolbelt.settings import PlgOptionsManager
from ...toolbelt.tasks import CoreTask, TaskSet
from ..common.formats import saved_copy
from .items import LayerItemModel
from ..common.link_labels import menu_text
from .service_tree_model import ServiceTreeModel
from ..common.layer_loader import add_layer
from ..common.retry_timer import RetryTimer


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


def prepare_for(spec):
    """What must run in the worker before ``spec`` can be loaded (a remote GDAL file), or None."""
    if spec.kind != "gdal" or not spec.url.startswith(("http://", "https://")):
        return None

    def prepare(task):
        settings = PlgOptionsManager.get_plg_settings()
        return fetch_gdal_config(spec, transport_for(settings), settings.cache_directory() / "gdal", task)

    return prepare


def map_extent_wgs84(canvas):
    """The canvas extent in degrees, or None when it cannot be known."""
    if canvas is None:
        return None
    extent = canvas.extent()
    if extent.isEmpty():
        return None
    source = canvas.mapSettings().destinationCrs()
    try:
        transform = QgsCoordinateTransform(source, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
        box = transform.transformBoundingBox(extent)
    except Exception:  # noqa: BLE001 - QgsCsException: an extent outside the CRS's domain
        return None
    return (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())


def service_check(endpoint, spec):
    """A worker step asking ``endpoint`` for its capabilities before its layer is added: a service
    that does not answer gives one sentence instead of a blank layer."""

    def check(task):
        from ...core.errors import Cancelled, DgeError, ServiceUnreachable
        from ...core.net.transport import check_status

        settings = PlgOptionsManager.get_plg_settings()
        try:
            check_status(transport_for(settings).fetch(endpoint.request(), task))
        except Cancelled:
            raise
        except DgeError as error:
            raise ServiceUnreachable(tr("The {service} service does not answer: “{title}” was not added ({reason})").format(
                service=endpoint.label, title=spec.display_name, reason=error.message)) from error
        return spec

    return check


def payload_spec(payload, settings=None):
    """The LayerSpec an item stands for, or None (workspace, folder, unusable node)."""
    if not payload:
        return None
    settings = settings or PlgOptionsManager.get_plg_settings()
    if payload[0] == "service":
        _, layer, style = payload
        return with_nomenclature_style(resolve(layer, settings, style=style))
    if payload[0] == "legacy" and payload[1].spec is not None:
        return with_nomenclature_style(resolve(payload[1].spec, settings))
    return None


class LayersPanel(QWidget):
    services_loaded = pyqtSignal()  # every endpoint answered (or failed)
    legacy_loaded = pyqtSignal()
    project_loaded = pyqtSignal()  # the platform project was read (or could not be)
    layer_requested = pyqtSignal(object)  # the task adding a layer
    legend_shown = pyqtSignal(str)  # the legend URL now shown
    layer_failed = pyqtSignal(str)  # why a layer asked for was not added

    def __init__(self, iface=None, parent=None):
        super().__init__(parent)
        self.setObjectName("DataGrandEstLayersPanel")
        self.iface = iface
        self._started = False
        self._closed = False
        self._tasks = TaskSet()
        self._pending = 0
        self._services_pending = 0
        self.service_layers = []
        self.legacy_tree = None
        self._layer_items = []  # (layer, item) of the rows made so far (a closed workspace has none)
        self._visible = None  # ids of the layers the filter shows (None: every layer)
        # ids of the layers and workspace items hidden in the service view: a
        # keystroke only touches the rows whose state changes (2,000 Qt calls
        # per keystroke cost several ms)
        self._hidden_rows = set()
        self._auto_expanded = set()  # names of the workspaces the filter opened (not the user)
        self._legacy_items = []  # (node, item)
        self.project_tree = None  # the platform's curated QGIS project, as a tree
        self._project_items = []  # (node, item)
        self._legend_url = ""
        self._stale = {}  # service kind -> (endpoint, when the copy shown was saved, why the service failed)
        self._retry = RetryTimer(self, self._retry_loading)  # a service that just failed, later

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)  # a narrow dock keeps its room for the rows
        top = QHBoxLayout()
        self.filter_edit = QgsFilterLineEdit(self)
        self.filter_edit.setPlaceholderText(tr("Filter: name, title, abstract…"))
        self.filter_edit.setShowSearchIcon(True)
        self.filter_edit.textChanged.connect(self.apply_filter)
        top.addWidget(self.filter_edit, 1)
        self.reload_button = QPushButton(tr("Reload"), self)
        self.reload_button.setToolTip(tr("Ask the services again (only what changed is downloaded)."))
        self.reload_button.clicked.connect(lambda: self.start_loading(force=True))
        top.addWidget(self.reload_button)
        layout.addLayout(top)
        self.extent_check = QCheckBox(tr("Only layers in the map extent"), self)
        self.extent_check.toggled.connect(self._extent_toggled)
        layout.addWidget(self.extent_check)

        self.tabs = QTabWidget(self)
        self.service_model = ServiceTreeModel(payload_spec, self)
        self.service_model.setHorizontalHeaderLabels([tr("Layer"), tr("Type"), tr("Name")])
        self.service_model.rows_created.connect(self._rows_created)
        self.service_view = self._view(self.service_model)
        # a hidden view lays nothing out, so asks for no rows: an opened workspace asks itself
        self.service_view.expanded.connect(self._workspace_opened)
        self.tabs.addTab(self.service_view, tr("DataGrandEst services"))
        self.legacy_model = LayerItemModel(payload_spec, self)
        self.legacy_model.setHorizontalHeaderLabels([tr("Layer"), tr("Type")])
        self.legacy_view = self._view(self.legacy_model)
        self.tabs.addTab(self.legacy_view, tr("Historical tree"))
        # the platform project's tab comes first, once the project has been read
        self.project_model = LayerItemModel(payload_spec, self)
        self.project_model.setHorizontalHeaderLabels([tr("Layer"), tr("Type")])
        self.project_view = self._view(self.project_model)
        self.project_view.hide()
        layout.addWidget(self.tabs, 1)

        style_row = QHBoxLayout()
        style_row.addWidget(QLabel(tr("Style:"), self))
        self.style_combo = QComboBox(self)
        self.style_combo.setToolTip(tr("Style drawn by the server for WMS and WMTS layers"))
        style_row.addWidget(self.style_combo, 1)
        self.add_button = QPushButton(tr("&Add to map"), self)
        self.add_button.clicked.connect(self.add_current)
        style_row.addWidget(self.add_button)
        layout.addLayout(style_row)
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # remote text: never rich text
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.legend = QLabel(self)
        self.legend.setToolTip(tr("Legend of the chosen style, drawn by the server"))
        layout.addWidget(self.legend)
        self.style_combo.currentIndexChanged.connect(self._style_changed)
        self.status = plain_label(tr("The layers are loaded when this panel is first shown."), self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self._extent_timer = QTimer(self)
        self._extent_timer.setSingleShot(True)
        self._extent_timer.setInterval(250)
        self._extent_timer.timeout.connect(self.apply_filter)
        self._update_selection(QModelIndex())

    def _view(self, model):
        view = QTreeView(self)
        view.setModel(model)
        view.setUniformRowHeights(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos, v=view: self._show_menu(v, pos))
        view.doubleClicked.connect(self._double_clicked)
        view.selectionModel().currentChanged.connect(lambda current, _previous: self._update_selection(current))
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # titles get the room
        # sized to their contents once per load (_fit_columns), not live: live
        # ResizeToContents measured the rows again at every keystroke (2-6 ms)
        for column in range(1, model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        return view

    @staticmethod
    def _fit_columns(view, texts_by_column):
        """Widen the small columns to their longest text in the whole tree, open or not
        (measuring the longest strings only: asking the model for 4,000 cells took 100 ms),
        each to a third of the view at most: the titles keep the room."""
        metrics, header = view.fontMetrics(), view.header()
        most = min(240, max(80, view.viewport().width() // 3))
        for column, texts in texts_by_column.items():
            longest = heapq.nlargest(20, set(texts), key=len)
            width = max([header.sectionSizeHint(column)] + [metrics.horizontalAdvance(t) + 16 for t in longest])
            header.resizeSection(column, min(width, most))

    def _fit_service_columns(self):
        layers = self.service_layers
        # the longest short names are among the longest full names: measure those only (20,000 layers)
        longest = heapq.nlargest(200, layers, key=lambda layer: len(layer.name))
        self._fit_columns(self.service_view, {
            1: sorted({layer.kind.upper() for layer in layers}),
            2: [layer.short_name for layer in longest] + [style.name for layer in longest for style in layer.styles]})

    # -- loading ------------------------------------------------------------
    def showEvent(self, event):
        super().showEvent(event)
        if not self._started:
            self.start_loading()

    def start_loading(self, force=False):
        if self._pending:
            return
        self._started = True
        settings = PlgOptionsManager.get_plg_settings()
        cache = DiskCache(settings.cache_directory())
        self.status.setText(tr("Loading the layers…"))
        self.reload_button.setEnabled(False)
        service_endpoints = endpoints(settings)
        self._services_pending = len(service_endpoints)
        for endpoint in service_endpoints:
            self._start(CoreTask(
                tr("DataGrandEst: reading the {service} layers").format(service=endpoint.label),
                lambda task, e=endpoint: load_service(transport_for(settings), cache, e,
                                                      settings.cache_lifetime_seconds, force, task),
                self._service_loaded, lambda error, e=endpoint: self._service_failed(e, error),
                failure_of=lambda loaded: loaded.error.message if loaded.stale and loaded.error else ""))
        self._start(CoreTask(
            tr("DataGrandEst: reading the historical layer tree"),
            lambda task: load_legacy_tree(transport_for(settings), cache, settings, force, task),
            self._legacy_done, self._legacy_failed))
        self._start(CoreTask(
            tr("DataGrandEst: reading the platform project"),
            lambda task: load_platform_project(transport_for(settings), cache, settings, force, task),
            self._project_done, self._project_failed))

    def _start(self, task, loading=True):
        """Run a task of this panel; ``loading`` ones (the trees) keep "Reload" disabled until done."""
        self._pending += loading
        self._tasks.run(task, lambda _task: self._task_over(loading))

    def _task_over(self, loading):
        self._pending = max(0, self._pending - loading)
        if not self._pending and not self._closed:
            self.reload_button.setEnabled(True)

    def _service_loaded(self, loaded):
        if self._closed:
            return
        self.show_service_layers(loaded.endpoint.kind, loaded.layers)
        notes = list(loaded.document.problems)
        self._stale.pop(loaded.endpoint.kind, None)
        if loaded.stale and loaded.error is not None:
            self._stale[loaded.endpoint.kind] = (loaded.endpoint, loaded.fetched_at, loaded.error.message)
            notes.insert(0, tr("{service}: last good copy shown ({error})").format(
                service=loaded.endpoint.label, error=loaded.error.message))
            self._retry.schedule(loaded.endpoint.url)
        self._note(notes)
        self._service_step()

    def _service_failed(self, endpoint, error):
        if self._closed:
            return
        self._note([tr("{service} ({url}): {error}").format(service=endpoint.label, url=endpoint.url,
                                                           error=error.message)], level=1)
        self._retry.schedule(endpoint.url)
        self._service_step()

    def _retry_loading(self):
        if self._closed:
            return
        if self._pending:
            self._retry.start(1000)
            return
        self.start_loading()

    def _service_step(self):
        self._services_pending = max(0, self._services_pending - 1)
        self.status.setText(self._summary())
        self.apply_filter()
        if not self._services_pending:
            self.services_loaded.emit()

    def _summary(self):
        """How many layers, and which services show a saved copy (they did not answer)."""
        parts = [tr("{count} layers from the services.").format(count=len(self.service_layers))]
        for endpoint, saved_at, _why in self._stale.values():
            parts.append(tr("{service}: {copy}, the service does not answer.").format(
                service=endpoint.label, copy=saved_copy(saved_at)))
        return " ".join(parts)

    @property
    def _workspaces(self):
        """workspace name -> its row item."""
        return self.service_model.workspace_items

    def show_service_layers(self, kind, layers):
        """Show ``layers`` in place of what service ``kind`` showed (a reload replaces, never doubles).
        Only the workspace rows are made here: a workspace's rows when it opens."""
        ids = {id(layer) for layer in self.service_layers if layer.kind == kind}
        self._hidden_rows -= ids
        self._layer_items = [(layer, item) for layer, item in self._layer_items if layer.kind != kind]
        self.service_layers = [layer for layer in self.service_layers if layer.kind != kind] + list(layers)
        self.service_model.set_layers(kind, layers)
        self._fit_service_columns()

    def _workspace_opened(self, index):
        if self.service_model.canFetchMore(index):
            self.service_model.fetchMore(index)

    def _rows_created(self, made):
        self._layer_items.extend(made)
        if self._visible is None:
            return
        view, visible, hidden_rows = self.service_view, self._visible, self._hidden_rows
        for layer, item in made:
            if id(layer) not in visible:
                view.setRowHidden(item.row(), item.parent().index(), True)
                hidden_rows.add(id(layer))

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
                items.append((model.item_payload(child)[1], child))
                index(child)

        index(model.invisibleRootItem())
        self._fit_columns(view, {1: [node.type for node, _item in items if not node.is_folder]})
        return items

    def _index_legacy(self, item):
        for row in range(item.rowCount()):
            child = item.child(row, 0)
            self._legacy_items.append((self.legacy_model.item_payload(child)[1], child))
            self._index_legacy(child)

    def _legacy_failed(self, error):
        if not self._closed:
            self._note([error.message], level=1)
            self.legacy_loaded.emit()

    def _note(self, messages, level=0):
        from ...toolbelt.log import PlgLogger

        for message in messages:
            PlgLogger.log(message, level=level, push=level > 0)
        if messages:
            self.details.setText("\n".join(messages[:3]))

    # -- filtering ----------------------------------------------------------
    def _extent_toggled(self, checked):
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is not None:
            if checked:
                canvas.extentsChanged.connect(self._extent_timer.start)
            else:
                try:
                    canvas.extentsChanged.disconnect(self._extent_timer.start)
                except TypeError:
                    pass
        self.apply_filter()

    def current_extent(self):
        if not self.extent_check.isChecked() or self.iface is None:
            return None
        return map_extent_wgs84(self.iface.mapCanvas())

    def apply_filter(self):
        text = self.filter_edit.text()
        extent = self.current_extent()
        shown_layers = filter_layers(self.service_layers, text, extent) if text.strip() or extent is not None \
            else self.service_layers
        visible = self._visible = {id(layer) for layer in shown_layers}
        shown_workspaces = {layer.workspace for layer in shown_layers}
        view = self.service_view
        hidden_rows = self._hidden_rows
        for layer, item in self._layer_items:
            hidden = id(layer) not in visible
            if hidden != (id(layer) in hidden_rows):
                view.setRowHidden(item.row(), item.parent().index(), hidden)
                (hidden_rows.add if hidden else hidden_rows.discard)(id(layer))
        root = QModelIndex()
        workspaces = self._workspaces
        for name, item in workspaces.items():
            hidden = name not in shown_workspaces
            if hidden != (id(item) in hidden_rows):
                view.setRowHidden(item.row(), root, hidden)
                (hidden_rows.add if hidden else hidden_rows.discard)(id(item))
        filtered = bool(text) or extent is not None
        if filtered and len(visible) <= 300:
            self._auto_expanded.update(_expand(view, [(name, workspaces[name]) for name in shown_workspaces]))
        elif self._auto_expanded and len(visible) > 300:
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

    # -- selection, adding ----------------------------------------------------
    def _current_view(self):
        return self.tabs.currentWidget()

    def _update_selection(self, index):
        payload = index.model().payload(index) if index.isValid() else None
        self.style_combo.clear()
        spec = payload_spec(payload) if payload else None
        self.add_button.setEnabled(spec is not None)
        self.style_combo.setEnabled(False)
        if not payload:
            self.details.setText("")
            return
        if payload[0] == "service":
            _, layer, style = payload
            if layer.kind in ("wms", "wmts") and layer.styles:
                for info in layer.styles:
                    self.style_combo.addItem(style_title(info.name, info.title), info.name)
                self.style_combo.setCurrentIndex(max(0, self.style_combo.findData(style or layer.default_style())))
                self.style_combo.setEnabled(len(layer.styles) > 1)
            crs = ", ".join(layer.crs[:6]) + ("…" if len(layer.crs) > 6 else "")
            self.details.setText("\n".join(t for t in (layer.name, crs, layer.abstract[:400]) if t))
        elif payload[0] == "legacy":
            node = payload[1]
            if spec is not None and spec.style:
                self.style_combo.addItem(style_title(spec.style), spec.style)
            self.details.setText("\n".join(t for t in (node.problem, node.description[:400]) if t))

    def _style_changed(self):
        index = self.service_view.currentIndex() if self._current_view() is self.service_view else QModelIndex()
        payload = self.service_model.payload(index) if index.isValid() else None
        url = ""
        if payload and payload[0] == "service":
            wanted = self.style_combo.currentData()
            url = next((s.legend_url for s in payload[1].styles if s.name == wanted), "")
        self.show_legend(url)

    def show_legend(self, url):
        """Fetch the legend image in a task (through the plugin's transport and cache) and show it."""
        self.legend.clear()
        self._legend_url = url
        settings = PlgOptionsManager.get_plg_settings()
        # the credentials of the legend's own service only; another host only if the user allows it
        request = image_request(settings, url)
        if request is None:
            return
        cache = DiskCache(settings.cache_directory())

        def work(task):
            from ...core.net.cache import fetch_cached

            return fetch_cached(transport_for(settings), cache, request, settings.cache_lifetime_seconds,
                                feedback=task).body

        def done(body, url=url):
            if self._closed or url != self._legend_url:
                return
            pixmap = QPixmap()
            if pixmap.loadFromData(body):
                self.legend.setPixmap(pixmap)
                self.legend_shown.emit(url)

        self._start(CoreTask(tr("DataGrandEst: legend"), work, done, lambda error: None), loading=False)

    def selected_spec(self, index=None, style=None):
        view = self._current_view()
        index = index if index is not None else view.currentIndex()
        payload = index.model().payload(index) if index.isValid() else None
        if payload and payload[0] == "service" and style is None and view is self.service_view \
                and index == view.currentIndex() and self.style_combo.isEnabled():
            style = self.style_combo.currentData()
            payload = ("service", payload[1], style)
        elif payload and payload[0] == "service" and style is not None:
            payload = ("service", payload[1], style)
        return payload_spec(payload)

    def add_current(self):
        self.add_index(self._current_view().currentIndex())

    def _double_clicked(self, index):
        payload = index.model().payload(index)
        if payload and payload[0] in ("service", "legacy") and payload_spec(payload) is not None:
            self.add_index(index)

    def add_index(self, index, style=None):
        spec = self.selected_spec(index, style)
        if spec is None:
            return None
        prepare = prepare_for(spec)
        stale = self._stale.get(spec.kind)
        if stale is not None and prepare is None:
            prepare = service_check(stale[0], spec)  # shown from a saved copy: is the service back?
        task = add_layer(spec, prepare=prepare, on_failed=self._add_failed)
        self.layer_requested.emit(task)
        return task

    def _add_failed(self, error):
        if not self._closed:
            self.status.setText(error.message)
            self.layer_failed.emit(error.message)

    def context_menu(self, view, index):
        """The menu of an item (built apart from showing it, so that it can be tested)."""
        menu = QMenu(self)
        payload = index.model().payload(index) if index.isValid() else None
        spec = payload_spec(payload) if payload else None
        if spec is None:
            return menu
        menu.addAction(tr("Add to map"), lambda: self.add_index(index))
        if payload[0] == "service" and payload[1].kind in ("wms", "wmts") and len(payload[1].styles) > 1:
            styles = menu.addMenu(tr("Add with the style"))
            for info in payload[1].styles:
                styles.addAction(menu_text(style_title(info.name, info.title)),
                                 lambda name=info.name: self.add_index(index, name))
        menu.addSeparator()
        menu.addAction(tr("Copy the layer name"), lambda: QGuiApplication.clipboard().setText(spec.name))
        menu.addAction(tr("Copy the service address"), lambda: QGuiApplication.clipboard().setText(spec.url))
        if spec.metadata_url.startswith(("http://", "https://")):
            menu.addAction(tr("Open the metadata record"),
                           lambda: QDesktopServices.openUrl(QUrl(spec.metadata_url)))
        if spec.bbox and self.iface is not None:
            menu.addAction(tr("Zoom to the layer extent"), lambda: self.zoom_to(spec))
        return menu

    def _show_menu(self, view, pos):
        menu = self.context_menu(view, view.indexAt(pos))
        if not menu.isEmpty():
            run = getattr(menu, "exec", None) or getattr(menu, "exec_")  # noqa: B009 - exec_ only on old PyQt5 (Qt 6 check)
            run(view.viewport().mapToGlobal(pos))

    def zoom_to(self, spec):
        canvas = self.iface.mapCanvas()
        source = QgsCoordinateReferenceSystem(spec.bbox_crs or "EPSG:4326")
        transform = QgsCoordinateTransform(source, canvas.mapSettings().destinationCrs(), QgsProject.instance())
        canvas.setExtent(transform.transformBoundingBox(QgsRectangle(*spec.bbox)))
        canvas.refresh()

    def cancel(self):
        self._closed = True
        self._retry.stop()
        self._tasks.cancel()
