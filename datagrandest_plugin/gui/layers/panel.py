"""Panel "Couches": the layers of the DataGrandEst services and the historical tree.

Nothing is downloaded before the panel is first shown; each capabilities
document and the historical tree then load in their own task (a second
opening reads the parsed trees from the cache). The filter box and the
"only in the map extent" switch hide rows without rebuilding anything.
Layers are added by double-click, the Add button, the context menu or by
dragging them onto the map or the layer panel.
"""

from dataclasses import replace

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QModelIndex, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices, QGuiApplication, QPixmap
from qgis.PyQt.QtWidgets import QMenu, QWidget

from ...core.net.credentials import image_request
from ...core.ocs.nomenclature import style_title
from ...core.i18n import tr
from ...context import cache_for, transport_for
from ...toolbelt.settings import PlgOptionsManager
from ...toolbelt.tasks import CoreTask, TaskSet
from .filtering import LayerFilter
from .layout import LayersLayout
from .service_loading import ServiceLoading
from .payloads import NodePayload, ServicePayload
from .specs import payload_spec, prepare_for, service_check
from .trees import LegacyTrees
from ..common.link_labels import menu_text
from ..common.layer_loader import add_layer
from ..common.retry_timer import RetryTimer


class LayersPanel(LayersLayout, ServiceLoading, LegacyTrees, LayerFilter, QWidget):
    services_loaded = pyqtSignal()  # every endpoint answered (or failed)
    legacy_loaded = pyqtSignal()
    project_loaded = pyqtSignal()  # the platform project was read (or could not be)
    layer_requested = pyqtSignal(object)  # the task adding a layer
    legend_shown = pyqtSignal(str)  # the legend URL now shown
    layer_failed = pyqtSignal(str)  # why a layer asked for was not added

    def __init__(self, iface=None, parent=None, load_on_show=True):
        """``load_on_show=False``: the first showing reads nothing, the caller gives the layers
        (``show_service_layers``) or calls ``start_loading``."""
        super().__init__(parent)
        self.setObjectName("DataGrandEstLayersPanel")
        self.iface = iface
        self._load_on_show = load_on_show
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

        self._build()
        self._connect()

    def _connect(self):
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.reload_button.clicked.connect(lambda: self.start_loading(force=True))
        self.extent_check.toggled.connect(self._extent_toggled)
        self.service_model.rows_created.connect(self._rows_created)
        # a hidden view lays nothing out, so asks for no rows: an opened workspace asks itself
        self.service_view.expanded.connect(self._workspace_opened)
        for view in (self.service_view, self.legacy_view, self.project_view):
            view.customContextMenuRequested.connect(lambda pos, v=view: self._show_menu(v, pos))
            view.doubleClicked.connect(self._double_clicked)
            view.selectionModel().currentChanged.connect(lambda current, _previous: self._update_selection(current))
        self.add_button.clicked.connect(self.add_current)
        self.style_combo.currentIndexChanged.connect(self._style_changed)
        self._extent_timer = QTimer(self)
        self._extent_timer.setSingleShot(True)
        self._extent_timer.setInterval(250)
        self._extent_timer.timeout.connect(self.apply_filter)
        self._update_selection(QModelIndex())

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
        if isinstance(payload, ServicePayload):
            layer, style = payload.layer, payload.style
            if layer.kind in ("wms", "wmts") and layer.styles:
                for info in layer.styles:
                    self.style_combo.addItem(style_title(info.name, info.title), info.name)
                self.style_combo.setCurrentIndex(max(0, self.style_combo.findData(style or layer.default_style())))
                self.style_combo.setEnabled(len(layer.styles) > 1)
            crs = ", ".join(layer.crs[:6]) + ("…" if len(layer.crs) > 6 else "")
            self.details.setText("\n".join(t for t in (layer.name, crs, layer.abstract[:400]) if t))
        elif isinstance(payload, NodePayload):
            node = payload.node
            if spec is not None and spec.style:
                self.style_combo.addItem(style_title(spec.style), spec.style)
            self.details.setText("\n".join(t for t in (node.problem, node.description[:400]) if t))

    def _style_changed(self):
        index = self.service_view.currentIndex() if self._current_view() is self.service_view else QModelIndex()
        payload = self.service_model.payload(index) if index.isValid() else None
        url = ""
        if isinstance(payload, ServicePayload):
            wanted = self.style_combo.currentData()
            url = next((s.legend_url for s in payload.layer.styles if s.name == wanted), "")
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
        cache = cache_for(settings)

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
        if isinstance(payload, ServicePayload):
            if style is None and view is self.service_view and index == view.currentIndex() \
                    and self.style_combo.isEnabled():
                style = self.style_combo.currentData()
            if style is not None:
                payload = replace(payload, style=style)
        return payload_spec(payload)

    def add_current(self):
        self.add_index(self._current_view().currentIndex())

    def _double_clicked(self, index):
        payload = index.model().payload(index)
        if payload_spec(payload) is not None:
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
        if isinstance(payload, ServicePayload) and payload.layer.kind in ("wms", "wmts") and len(payload.layer.styles) > 1:
            styles = menu.addMenu(tr("Add with the style"))
            for info in payload.layer.styles:
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
