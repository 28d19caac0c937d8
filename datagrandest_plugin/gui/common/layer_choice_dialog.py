"""Choose the layer of a service (when the link names none) and its style."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout

from ...core.i18n import tr
from ...core.ocs.nomenclature import style_title
from ...toolbelt.plain_text import plain_label, tooltip


class LayerChoiceDialog(QDialog):
    def __init__(self, title, options, current_name="", parent=None):
        super().__init__(parent)
        self.setObjectName("DataGrandEstLayerChoice")
        self.setWindowTitle(tr("Add to map"))
        self.options = options
        layout = QFormLayout(self)
        heading = plain_label(title)
        heading.setWordWrap(True)
        layout.addRow(heading)
        self.layer_combo = QComboBox(self)
        for option in options:
            self.layer_combo.addItem(option.title or option.name, option.name)
            self.layer_combo.setItemData(self.layer_combo.count() - 1, tooltip(option.name), Qt.ItemDataRole.ToolTipRole)
        self.style_combo = QComboBox(self)
        layout.addRow(tr("&Layer"), self.layer_combo)
        layout.addRow(tr("&Style"), self.style_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.layer_combo.currentIndexChanged.connect(self._fill_styles)
        names = [o.name for o in options]
        if current_name in names:
            self.layer_combo.setCurrentIndex(names.index(current_name))
        self._fill_styles()

    def _fill_styles(self):
        self.style_combo.clear()
        option = self.options[self.layer_combo.currentIndex()] if self.options else None
        styles = option.styles if option else []
        for style in styles:
            self.style_combo.addItem(style_title(style.name, style.title), style.name)
            self.style_combo.setItemData(self.style_combo.count() - 1, tooltip(style.name), Qt.ItemDataRole.ToolTipRole)
        if not styles:
            self.style_combo.addItem(tr("Default style"), "")
        self.style_combo.setEnabled(len(styles) > 1)

    @property
    def layer_name(self) -> str:
        return self.layer_combo.currentData() or ""

    @property
    def style(self) -> str:
        return self.style_combo.currentData() or ""

    def needs_asking(self) -> bool:
        """Worth showing: more than one layer, or a choice of styles."""
        return len(self.options) > 1 or self.style_combo.count() > 1
