"""The widgets of the "Catalogue" panel: search box, filters, result list, record view, buttons."""

from qgis.gui import QgsFilterLineEdit
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.catalog.models import SOURCE_CSW, SOURCE_D4C
from ...core.i18n import tr
from .facets import CatalogFacets
from .result_tree import ResultTree, WrappedTitleDelegate
from ..common.flow_layout import FlowLayout

NARROW_PX = 560  # below this width the result list shows only the titles


class CatalogLayout:
    """The widgets of CatalogPanel (mixed into it: it owns them); what they do is in the controllers."""

    def _build(self):
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)  # a narrow dock keeps its room for the rows
        self.search_box = QgsFilterLineEdit(self)
        self.search_box.setShowSearchIcon(True)
        self.search_box.setPlaceholderText(tr("Search the DataGrandEst catalogues (e.g. OCS, PCRS, communes)…"))
        layout.addWidget(self.search_box)

        filters = FlowLayout()  # the rows wrap in a narrow dock
        self.source_combo = QComboBox(self)
        self.source_combo.addItem(tr("All sources"), "all")
        self.source_combo.addItem("GeoNetwork", SOURCE_CSW)
        self.source_combo.addItem("D4C", SOURCE_D4C)
        self.theme_combo = QComboBox(self)
        self.theme_combo.addItem(tr("All themes"), "")
        self.organisation_combo = QComboBox(self)
        self.organisation_combo.addItem(tr("All organisations"), "")
        self.sort_combo = QComboBox(self)
        self.sort_combo.addItem(tr("Relevance"), "relevance")
        self.sort_combo.addItem(tr("Most recent"), "date")
        for combo in (self.source_combo, self.theme_combo, self.organisation_combo, self.sort_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            filters.addWidget(combo)
        layout.addLayout(filters)
        self.extent_check = QCheckBox(tr("Only in the map &extent"), self)
        layout.addWidget(self.extent_check)
        self.facets = CatalogFacets(self.iface, self)  # facets and the place (issue 16)
        layout.addWidget(self.facets)

        status = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(10)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel("", self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # remote text inside: never rich text
        self.status.setWordWrap(True)
        status.addWidget(self.status, 1)
        status.addWidget(self.progress)
        layout.addLayout(status)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.results = ResultTree(splitter)
        self.results.setObjectName("DataGrandEstCatalogResults")
        self.results.setColumnCount(5)
        self.results.setHeaderLabels([tr("Title"), tr("Organisation"), tr("Date"), tr("Services"), tr("Source")])
        self.results.setRootIsDecorated(False)
        # whole titles, on two or three lines in a narrow dock: "Occupation du sol 2019 … - Département
        # 51 Marne" and its 2021 twin differ by the year and the territory, inside and at the end
        self.results.setWordWrap(True)
        self.results.setUniformRowHeights(False)
        self.results.setItemDelegateForColumn(0, WrappedTitleDelegate(self.results))
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setDragEnabled(True)
        self.results.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        header = self.results.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the title gets the room
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 130)
        for column in (2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 120)
        # wrapped rows: their heights follow the title column's width
        header.sectionResized.connect(lambda column, _old, _new: column == 0 and self.results.scheduleDelayedItemsLayout())
        detail = QWidget(splitter)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.thumbnail = QLabel(detail)
        self.thumbnail.setFixedSize(64, 64)
        self.thumbnail.setScaledContents(True)
        top.addWidget(self.thumbnail)
        self.detail = QTextBrowser(detail)
        self.detail.setOpenLinks(False)
        self.detail.setOpenExternalLinks(False)
        top.addWidget(self.detail, 1)
        detail_layout.addLayout(top)
        layout.addWidget(splitter, 1)

        buttons = FlowLayout()
        self.more_button = QPushButton(tr("More &results"), self)
        self.more_button.setEnabled(False)  # until a search has more pages
        self.add_button = QToolButton(self)
        self.add_button.setText(tr("&Add to map"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.add_menu = QMenu(self.add_button)
        self.add_button.setMenu(self.add_menu)
        self.page_button = QPushButton(tr("Open the record &page"), self)
        self.copy_button = QPushButton(tr("&Copy the service URL"), self)
        self.favourite_button = QToolButton(self)
        self.favourite_button.setText("☆")
        self.favourite_button.setToolTip(tr("Add to or remove from the favourites"))
        self.favourite_button.setCheckable(True)
        self.favourites_button = QToolButton(self)
        self.favourites_button.setText(tr("Favourites"))
        self.favourites_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.favourites_button)
        self.save_search_action = menu.addAction(tr("Save this search…"))
        menu.addSeparator()
        self.export_action = menu.addAction(tr("Export the favourites…"))
        self.import_action = menu.addAction(tr("Import favourites…"))
        self.favourites_button.setMenu(menu)
        for widget in (self.more_button, self.add_button, self.page_button, self.copy_button, self.favourite_button,
                       self.favourites_button):
            buttons.addWidget(widget)
        layout.addLayout(buttons)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        # a narrow dock: the titles get the whole row (organisation, date, services and source
        # are in the record shown below)
        narrow = self.width() < NARROW_PX
        for column in (1, 2, 3, 4):
            self.results.setColumnHidden(column, narrow)
