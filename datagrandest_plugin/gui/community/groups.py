"""Community page "Groups": the OCS and PCRS project groups and the four
working groups, with their page, contacts, and buttons to open their panel,
load their layers or run their catalogue query."""

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...core.community.scenario import panel_label
from ...core.i18n import tr
from .widgets import SafeTextView, html_block, open_url
from ..common.flow_layout import FlowLayout


def kind_label(kind: str) -> str:
    return tr("Project group") if kind == "project_group" else tr("Working group")


class GroupsPage(QWidget):
    panel_requested = pyqtSignal(str)
    layers_requested = pyqtSignal(object)  # a Group
    search_requested = pyqtSignal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("DataGrandEstGroupsPage")
        self.groups = []
        self.list = QListWidget()
        self.list.setObjectName("DataGrandEstGroups")
        self.list.setAccessibleName(tr("Project and working groups"))
        self.detail = SafeTextView()
        self.page_button = QPushButton(tr("Open the group's &page"))
        self.panel_button = QPushButton(tr("Open the &panel"))
        self.layers_button = QPushButton(tr("&Load the group's layers"))
        self.search_button = QPushButton(tr("&Search the catalogue"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        buttons = FlowLayout()  # wraps in a narrow dock
        for button in (self.page_button, self.panel_button, self.layers_button, self.search_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)  # a narrow dock keeps its room for the rows
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._select)
        self.page_button.clicked.connect(lambda: self.current and open_url(self.current.page_url))
        self.panel_button.clicked.connect(lambda: self.current and self.panel_requested.emit(self.current.plugin_panel))
        self.layers_button.clicked.connect(lambda: self.current and self.layers_requested.emit(self.current))
        self.search_button.clicked.connect(lambda: self.current and self.search_requested.emit(self.current.catalogue_query))
        self.current = None
        self._update_buttons()

    def show_content(self, content, now=None):
        chosen = self.current.id if self.current else None
        self.groups = list(content.groups)
        self.list.blockSignals(True)
        self.list.clear()
        for group in self.groups:
            item = QListWidgetItem(group.title)
            item.setToolTip(kind_label(group.kind))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.current = None
        ids = [g.id for g in self.groups]
        if self.groups:
            self.list.setCurrentRow(ids.index(chosen) if chosen in ids else 0)
        self._update_buttons()

    def select_group(self, group_id: str) -> bool:
        ids = [g.id for g in self.groups]
        if group_id not in ids:
            return False
        self.list.setCurrentRow(ids.index(group_id))
        return True

    def _select(self, row):
        if not 0 <= row < len(self.groups):
            return
        self.current = group = self.groups[row]
        lines = [kind_label(group.kind)]
        for contact in group.contacts:
            who = ", ".join(p for p in (contact.name, contact.role, contact.organisation, contact.email) if p)
            lines.append(tr("Contact: {who}").format(who=who))
        if group.layers:
            lines.append(tr("Layers: {names}").format(names=", ".join(l.title or l.name for l in group.layers)))
        if group.catalogue_query:
            lines.append(tr("Catalogue query: {query}").format(query=group.catalogue_query))
        links = [(tr("Group page"), group.page_url)] + [(c.name, c.url) for c in group.contacts if c.url]
        self.detail.setHtml(html_block(group.title, lines, group.summary, links))
        self._update_buttons()

    def _update_buttons(self):
        group = self.current
        self.page_button.setEnabled(bool(group and group.page_url))
        self.panel_button.setEnabled(bool(group and group.plugin_panel))
        self.panel_button.setText(tr("Open the {panel} &panel").format(panel=panel_label(group.plugin_panel))
                                  if group and group.plugin_panel else tr("Open the &panel"))
        self.layers_button.setEnabled(bool(group and group.layers))
        self.search_button.setEnabled(bool(group and group.catalogue_query))
