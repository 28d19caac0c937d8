"""The widgets of the "Couches" panel: filter row, the tabs of trees, style row, details, legend."""

import heapq

from qgis.gui import QgsFilterLineEdit
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
)

from ...core.i18n import tr
from ...toolbelt.plain_text import plain_label
from .items import LayerItemModel
from .service_tree_model import ServiceTreeModel
from .specs import payload_spec


class LayersLayout:
    """The widgets of LayersPanel (mixed into it: it owns them); what they do is wired in the panel."""

    def _build(self):
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)  # a narrow dock keeps its room for the rows
        top = QHBoxLayout()
        self.filter_edit = QgsFilterLineEdit(self)
        self.filter_edit.setPlaceholderText(tr("Filter: name, title, abstract…"))
        self.filter_edit.setShowSearchIcon(True)
        top.addWidget(self.filter_edit, 1)
        self.reload_button = QPushButton(tr("Reload"), self)
        self.reload_button.setToolTip(tr("Ask the services again (only what changed is downloaded)."))
        top.addWidget(self.reload_button)
        layout.addLayout(top)
        self.extent_check = QCheckBox(tr("Only layers in the map extent"), self)
        layout.addWidget(self.extent_check)

        self.tabs = QTabWidget(self)
        self.service_model = ServiceTreeModel(payload_spec, self)
        self.service_model.setHorizontalHeaderLabels([tr("Layer"), tr("Type"), tr("Name")])
        self.service_view = self._view(self.service_model)
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
        style_row.addWidget(self.add_button)
        layout.addLayout(style_row)
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # remote text: never rich text
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.legend = QLabel(self)
        self.legend.setToolTip(tr("Legend of the chosen style, drawn by the server"))
        layout.addWidget(self.legend)
        self.status = plain_label(tr("The layers are loaded when this panel is first shown."), self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def _view(self, model):
        view = QTreeView(self)
        view.setModel(model)
        view.setUniformRowHeights(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
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
        # the texts were picked in the task that read the services (service_tree_model.arrange)
        self._fit_columns(self.service_view, self.service_model.column_texts())
