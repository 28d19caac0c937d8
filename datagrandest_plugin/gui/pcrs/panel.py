"""Panel "PCRS": the street-plan layers found in the services and the catalogue.

Listed by territory and date; a typed territory keeps the layers over it.
Each loads as an image (WMTS, else WMS) or as vectors (WFS, only what the map
shows is fetched). Loading the list and the layers runs in tasks.
"""

from qgis.core import Qgis
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import DgeError
from ...core.i18n import tr
from ...core.pcrs.entries import load_pcrs, within
from ...core.territories import TerritoryAmbiguous, load_territories, territory_box
from ...toolbelt.log import PlgLogger
from ...toolbelt.settings import PlgOptionsManager
from ...toolbelt.tasks import CoreTask, TaskSet
from ..common.layer_loader import add_layer
from ...context import current_context
from ...toolbelt.plain_text import plain_label, tooltip
from ..common.territory_input import offer_candidates, popup_open, set_territories


class PcrsPanel(QWidget):
    listed = pyqtSignal()  # the table shows a (new) list
    layer_requested = pyqtSignal(object)
    territories_known = pyqtSignal()  # the territory box completes from now on

    def __init__(self, iface=None, parent=None):
        super().__init__(parent)
        self.setObjectName("DataGrandEstPcrsPanel")
        self.iface = iface
        self.entries = []
        self.shown_entries = []
        self.territories = None  # known once read (in a task): the box then completes on them
        self._started = False
        self._closed = False
        self._tasks = TaskSet()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)  # a narrow dock keeps its room for the rows
        intro = QLabel(tr("Plan Corps de Rue Simplifié layers published on DataGrandEst, by territory and date."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.territory_edit = QLineEdit(self)
        self.territory_edit.setPlaceholderText(tr("Territory: commune, EPCI or department (name or code)"))
        self.territory_edit.returnPressed.connect(self._return_pressed)
        row.addWidget(self.territory_edit, 1)
        self.filter_button = QPushButton(tr("Filter"), self)
        self.filter_button.clicked.connect(self.apply_territory)
        row.addWidget(self.filter_button)
        layout.addLayout(row)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([tr("Territory"), tr("Date"), tr("Kind"), tr("Title"), tr("Services")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda index: self.add_selected("image"))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.image_button = QPushButton(tr("Add as &image"), self)
        self.image_button.clicked.connect(lambda: self.add_selected("image"))
        self.vector_button = QPushButton(tr("Add as &vectors"), self)
        self.vector_button.clicked.connect(lambda: self.add_selected("vector"))
        buttons.addWidget(self.image_button)
        buttons.addWidget(self.vector_button)
        layout.addLayout(buttons)
        self.status = plain_label(tr("The PCRS layers are searched when this panel is first shown."), self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._selection_changed()

    def showEvent(self, event):
        super().showEvent(event)
        if not self._started:
            self.start()

    def _run(self, task):
        return self._tasks.run(task)

    def start(self):
        self._started = True
        context = current_context()
        settings, transport, cache = context.settings, context.transport, context.cache
        self.status.setText(tr("Searching the PCRS layers…"))
        self._run(CoreTask(tr("DataGrandEst: searching the PCRS layers"),
                           lambda task: load_pcrs(transport, cache, settings, task),
                           self._found, self._failed))
        self._run(CoreTask(tr("DataGrandEst: territories"),
                           lambda task: load_territories(transport, cache, settings, False, task),
                           self._territories_known, lambda error: PlgLogger.log(error.message, level=Qgis.MessageLevel.Warning)))

    def _territories_known(self, territories):
        if not self._closed:
            self.territories = territories
            set_territories(self.territory_edit, territories)
            self.territories_known.emit()

    def _found(self, result):
        if self._closed:
            return
        self.entries, notes = result
        for note in notes:
            PlgLogger.log(note, level=Qgis.MessageLevel.Warning)
        self._show(self.entries)
        self.status.setText(tr("{count} PCRS layer(s) found.").format(count=len(self.entries))
                            + ("\n" + "\n".join(notes) if notes else ""))

    def _failed(self, error):
        if not self._closed:
            self.status.setText(error.message)
            self.listed.emit()

    def _show(self, entries):
        self.shown_entries = list(entries)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = [entry.territory or "–", entry.date or "–", entry.nature, entry.title,
                     ", ".join(k.upper() for k in entry.kinds)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tooltip(entry.key if column == 3 else text))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._selection_changed()
        self.listed.emit()

    def _return_pressed(self):
        if not popup_open(self.territory_edit):  # Enter on the list picks a territory first
            self.apply_territory()

    def apply_territory(self):
        """Keep the layers over the typed territory (its outline is read in a task); empty text shows all."""
        text = self.territory_edit.text().strip()
        if not text:
            self._show(self.entries)
            self.status.setText(tr("{count} PCRS layer(s) found.").format(count=len(self.entries)))
            return
        context = current_context()
        settings = context.settings

        known = self.territories
        if known is not None:
            try:
                known.resolve(text)
            except TerritoryAmbiguous as error:
                self.status.setText(error.message)
                offer_candidates(self.territory_edit, known, error.candidates, self.apply_territory)
                return
            except DgeError as error:
                self.status.setText(error.message)
                return

        def work(task):
            territories = known or load_territories(context.transport, context.cache, settings, feedback=task)
            territory = territories.resolve(text)
            return territory, territory_box(territory, settings, task)

        def done(result):
            territory, wgs84 = result
            kept = within(self.entries, wgs84)
            self._show(kept)
            self.status.setText(tr("{count} PCRS layer(s) over {territory}.").format(count=len(kept),
                                                                                     territory=territory.label))

        self.status.setText(tr("Reading the territory…"))
        self._run(CoreTask(tr("DataGrandEst: PCRS layers of {text}").format(text=text), work, done, self._failed))

    def selected_entry(self):
        rows = self.table.selectionModel().selectedRows()
        return self.shown_entries[rows[0].row()] if rows else None

    def _selection_changed(self):
        entry = self.selected_entry()
        self.image_button.setEnabled(entry is not None and any(k in entry.kinds for k in ("wms", "wmts")))
        self.vector_button.setEnabled(entry is not None and entry.is_vector)

    def add_selected(self, nature):
        entry = self.selected_entry()
        if entry is None:
            return None
        settings = PlgOptionsManager.get_plg_settings()
        try:
            spec = entry.image_spec(settings) if nature == "image" else entry.vector_spec(settings)
        except DgeError as error:
            self.status.setText(error.message)
            return None
        task = add_layer(spec)
        self.layer_requested.emit(task)
        return task

    def cancel(self):
        self._closed = True
        self._tasks.cancel()
