"""Community page "Trainings": modules filterable by level, audience and
topic; each opens its material, and the ones about the plugin open the
matching panel."""

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.community.scenario import panel_label
from ...core.i18n import tr
from .widgets import SafeTextView, html_block, open_url
from ...toolbelt.plain_text import tooltip
from ..common.flow_layout import FlowLayout

FILTERS = ("level", "audience", "topic")


class TrainingsPage(QWidget):
    panel_requested = pyqtSignal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("DataGrandEstTrainingsPage")
        self.trainings, self.shown = [], []
        self.filters = {}
        form = QFormLayout()
        for key, label in zip(FILTERS, (tr("&Level"), tr("&Audience"), tr("&Topic"))):
            combo = QComboBox()
            combo.setObjectName(f"DataGrandEstTrainingFilter_{key}")
            combo.currentIndexChanged.connect(self._apply_filters)
            self.filters[key] = combo
            form.addRow(label, combo)
        self.list = QListWidget()
        self.list.setObjectName("DataGrandEstTrainings")
        self.list.setAccessibleName(tr("Training modules"))
        self.detail = SafeTextView()
        self.material_button = QPushButton(tr("Open the &material"))
        self.panel_button = QPushButton(tr("Open the matching &panel"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        buttons = FlowLayout()
        buttons.addWidget(self.material_button)
        buttons.addWidget(self.panel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)  # a narrow dock keeps its room for the rows
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._select)
        self.material_button.clicked.connect(self.open_material)
        self.panel_button.clicked.connect(lambda: self.current and self.panel_requested.emit(self.current.plugin_panel))
        self.current = None
        self._update_buttons()

    def show_content(self, content, now=None):
        self.trainings = list(content.trainings)
        for key, combo in self.filters.items():
            chosen = combo.currentData()
            values = sorted({getattr(t, key) for t in self.trainings if getattr(t, key)}, key=str.casefold)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("All"), None)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)
        self._apply_filters()

    def set_filter(self, key: str, value):
        combo = self.filters[key]
        combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)

    def _apply_filters(self):
        wanted = {key: combo.currentData() for key, combo in self.filters.items()}
        self.shown = [t for t in self.trainings if all(v is None or getattr(t, k) == v for k, v in wanted.items())]
        self.list.blockSignals(True)
        self.list.clear()
        for training in self.shown:
            level = tr("level {level}").format(level=training.level) if training.level else ""
            label = " — ".join(p for p in (training.title, level) if p)
            item = QListWidgetItem(label)
            item.setToolTip(tooltip(training.audience))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.current = None
        self.detail.setHtml(html_block(tr("{count} module(s)").format(count=len(self.shown))))
        if self.shown:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _select(self, row):
        if not 0 <= row < len(self.shown):
            return
        self.current = training = self.shown[row]
        lines = [
            tr("Level: {value}").format(value=training.level) if training.level else "",
            tr("Audience: {value}").format(value=training.audience) if training.audience else "",
            tr("Topic: {value}").format(value=training.topic) if training.topic else "",
            tr("Duration: {value}").format(value=training.duration) if training.duration else "",
            tr("Format: {value}").format(value=training.format) if training.format else "",
        ]
        if training.plugin_panel:
            lines.append(tr("In the plugin: the {panel} panel.").format(panel=panel_label(training.plugin_panel)))
        links = [(link.title, link.url) for link in training.links]
        self.detail.setHtml(html_block(training.title, lines, training.description, links))
        self._update_buttons()

    def _update_buttons(self):
        training = self.current
        self.material_button.setEnabled(bool(training and training.links))
        self.panel_button.setEnabled(bool(training and training.plugin_panel))
        if training and training.plugin_panel:
            self.panel_button.setText(tr("Open the {panel} &panel").format(panel=panel_label(training.plugin_panel)))
        else:
            self.panel_button.setText(tr("Open the matching &panel"))

    def open_material(self):
        if self.current and self.current.links:
            open_url(self.current.links[0].url)
