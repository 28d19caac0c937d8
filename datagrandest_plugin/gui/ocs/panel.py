"""Panel "OCS GE²": land cover of a territory, for one or two millésimes, in the chosen reading.

Image mode adds the server's tiles (WMTS, else WMS) drawn with the reading's
server style; vector mode asks the WFS for the territory only, cuts the
features along its outline and saves them in a GeoPackage with the plugin's
QML as their style (see core.ocs_store), so that they come back with the
project. Everything that talks to a server runs in tasks.
"""

from pathlib import Path

from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QIcon, QPixmap
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core.ocs import store as ocs_store
from ...core.ocs.products import extraction_colours, millesimes, ocs_products, raster_spec, select
from ...core.ocs.statistics import uncovered_ha
from ...core.ocs.workflow import OcsRequest, run_workflow
from ...core.errors import DgeError
from ...core.i18n import tr
from ...core.ocs.nomenclature import READINGS
from ...core.ogc.server_styles import mark_style_source
from ...core.ogc.service_loader import endpoints, load_services
from ...core.territories import TerritoryAmbiguous, load_territories, territory_geometry
from ...toolbelt.locale_format import hectares
from ...toolbelt.log import PlgLogger
from ...toolbelt.settings import PlgOptionsManager
from ...toolbelt.tasks import CoreTask, TaskSet
from ..common.layer_loader import add_layer
from ...context import cache_for, transport_for
from ...toolbelt.plain_text import plain_label
from ..common.territory_input import offer_candidates, popup_open, set_territories
from ...core.geo_boxes import LAMBERT_93


class OcsPanel(QWidget):
    ready = pyqtSignal()  # products and territories known
    loaded = pyqtSignal(list)  # the layers added by one "Load"
    failed = pyqtSignal(str)

    def __init__(self, iface=None, parent=None):
        super().__init__(parent)
        self.setObjectName("DataGrandEstOcsPanel")
        self.iface = iface
        self.products = []
        self.territories = None
        self._started = False
        self._closed = False
        self._tasks = TaskSet()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)  # a narrow dock keeps its room for the rows
        intro = QLabel(tr("Land cover (OCS GE²) of a territory, as tiles to look at or as features to analyse."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above the fields: the dock can be narrow
        self.years = QListWidget(self)
        self.years.setMaximumHeight(90)
        form.addRow(tr("Millésimes:"), self.years)
        where = QHBoxLayout()
        self.kind = QComboBox(self)
        for key, label in (("commune", tr("Commune")), ("epci", "EPCI"), ("departement", tr("Department"))):
            self.kind.addItem(label, key)
        self.kind.currentIndexChanged.connect(self._refresh_completer)
        where.addWidget(self.kind)
        self.territory_edit = QLineEdit(self)
        self.territory_edit.setPlaceholderText(tr("Name or code (INSEE, SIREN)"))
        self.territory_edit.returnPressed.connect(self._return_pressed)
        where.addWidget(self.territory_edit, 1)
        form.addRow(tr("Territory:"), where)
        self.reading = QComboBox(self)
        self.reading.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reading.setMinimumContentsLength(16)  # long readings are elided: the dock can be narrow
        for item in READINGS:
            self.reading.addItem(item.title, item.key)
        self.reading.currentIndexChanged.connect(self._show_legend)
        form.addRow(tr("Reading:"), self.reading)
        modes = QVBoxLayout()  # one above the other: the dock can be narrow
        self.raster_mode = QRadioButton(tr("Image (tiles)"), self)
        self.vector_mode = QRadioButton(tr("Features cut to the territory"), self)
        self.raster_mode.setChecked(True)
        modes.addWidget(self.raster_mode)
        modes.addWidget(self.vector_mode)
        form.addRow(tr("Load as:"), modes)
        self.geopackage = QgsFileWidget(self)
        self.geopackage.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.geopackage.setFilter(tr("GeoPackage (*.gpkg)"))
        self.geopackage.setConfirmOverwrite(False)  # tables are added to it, never replaced
        self.geopackage.setDialogTitle(tr("GeoPackage for the extracted features"))
        self.geopackage.setToolTip(tr("The features are saved in this GeoPackage with their style. Empty: "
                                      "ocs_ge2.gpkg next to the project, or in the QGIS profile while the "
                                      "project is not saved."))
        self.geopackage.setEnabled(False)
        self.vector_mode.toggled.connect(self.geopackage.setEnabled)
        self.vector_mode.toggled.connect(self._show_default_geopackage)
        form.addRow(tr("Save in:"), self.geopackage)
        for signal in self._project_signals():  # saved, saved elsewhere, opened, closed
            signal.connect(self._show_default_geopackage)
        layout.addLayout(form)
        self.load_button = QPushButton(tr("&Load"), self)
        self.load_button.clicked.connect(self.load)
        layout.addWidget(self.load_button)
        self.legend = QListWidget(self)
        layout.addWidget(self.legend, 1)
        self.status = plain_label(tr("The OCS GE² products are listed when this panel is first shown."), self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._show_legend()

    # -- first show: what is published, and the territories ------------------
    def showEvent(self, event):
        super().showEvent(event)
        self._show_default_geopackage()
        if not self._started:
            self.start()

    def start(self):
        self._started = True
        settings = PlgOptionsManager.get_plg_settings()
        cache = cache_for(settings)
        self.status.setText(tr("Reading what the services publish…"))
        self.load_button.setEnabled(False)

        def work(task):
            transport = transport_for(settings)
            loaded = load_services(transport, cache, endpoints(settings), settings.cache_lifetime_seconds, False, task)
            products = ocs_products([layer for service in loaded for layer in service.layers])
            errors = [s.error.message for s in loaded if s.document is None and s.error is not None]
            return products, load_territories(transport, cache, settings, False, task), errors

        self._run(CoreTask(tr("DataGrandEst: OCS GE² products and territories"), work, self._ready, self._failed))

    def _run(self, task):
        return self._tasks.run(task)

    def _ready(self, result):
        if self._closed:
            return
        self.products, self.territories, errors = result
        published = {p.year for p in self.products}
        self.years.clear()
        for year in millesimes(self.products):
            item = QListWidgetItem(str(year))
            item.setData(Qt.ItemDataRole.UserRole, year)
            if year in published:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if year == max(published) else Qt.CheckState.Unchecked)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setToolTip(tr("Not published by the configured services."))
            self.years.addItem(item)
        self._refresh_completer()
        self.load_button.setEnabled(bool(self.products))
        departments = sorted({p.department for p in self.products})
        self.status.setText(tr("{count} OCS GE² products ({years}; departments {deps}).").format(
            count=len(self.products), years=", ".join(str(y) for y in sorted(published)) or "–",
            deps=", ".join(departments) or "–") + ("\n" + "\n".join(errors) if errors else ""))
        self.ready.emit()

    def _failed(self, error):
        if not self._closed:
            self.status.setText(error.message)
            self.failed.emit(error.message)

    def _refresh_completer(self):
        if self.territories is not None:
            set_territories(self.territory_edit, self.territories, self.kind.currentData())

    def _return_pressed(self):
        if not popup_open(self.territory_edit):  # Enter on the list picks; the pick answers
            self.load()

    def _show_legend(self):
        from ...core.ocs.nomenclature import reading

        self.legend.clear()
        for cls in reading(self.reading.currentData()).classes:
            pixmap = QPixmap(14, 14)
            pixmap.fill(QColor(cls.color))
            self.legend.addItem(QListWidgetItem(QIcon(pixmap), cls.label))

    # -- loading -----------------------------------------------------------
    def checked_years(self):
        return [self.years.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.years.count())
                if self.years.item(i).checkState() == Qt.CheckState.Checked and self.years.item(i).flags() & Qt.ItemFlag.ItemIsEnabled]

    def load(self):
        """Load the checked millésimes for the typed territory; returns the started tasks."""
        from ...core.ocs.nomenclature import reading

        try:
            if self.territories is None:
                raise DgeError(tr("The territories are not known yet."))
            territory = self.territories.resolve(self.territory_edit.text(), self.kind.currentData())
            years = self.checked_years()
            if not years:
                raise DgeError(tr("Check at least one millésime."))
        except DgeError as error:
            self.status.setText(error.message)
            if isinstance(error, TerritoryAmbiguous):
                offer_candidates(self.territory_edit, self.territories, error.candidates, self.load)
            self.failed.emit(error.message)
            return []
        chosen = reading(self.reading.currentData())
        settings = PlgOptionsManager.get_plg_settings()
        project = QgsProject.instance()
        group = project.layerTreeRoot().insertGroup(0, tr("OCS GE² – {name}").format(name=territory.name))
        tasks, added, jobs = [], [], []
        expected = _Counter(0)
        for year in sorted(years):
            products = select(self.products, [year], territory.departments)
            if not products:
                self.status.setText(tr("No OCS GE² {year} covers {territory}.").format(year=year, territory=territory.label))
                continue
            if self.raster_mode.isChecked():
                for product in products:
                    try:
                        spec, note = raster_spec(product, chosen, settings)
                    except DgeError as error:
                        self._one_failed(error)
                        continue
                    if note:
                        PlgLogger.log(note, level=Qgis.MessageLevel.Warning, push=True)
                    expected.value += 1
                    tasks.append(add_layer(spec, lambda layer: self._one_added(layer, added, expected),
                                           self._one_failed, group=group))
            else:
                expected.value += 1
                jobs.append(year)
        if jobs:
            tasks.append(self._extract(jobs, territory, chosen, settings, group, added, expected))
        if not expected.value:
            project.layerTreeRoot().removeChildNode(group)
            return tasks
        if not jobs:  # an extraction zooms once it has the outline (read once per load)
            self._read_outline_and_zoom(territory, settings)
        self.status.setText(tr("Loading {count} layer(s) for {territory}…").format(count=expected.value,
                                                                                  territory=territory.label))
        return tasks

    def geopackage_path(self):
        """The GeoPackage the features go to: the one given, else the default (see core.ocs_store)."""
        given = self.geopackage.filePath().strip()
        if given:
            return Path(given if given.lower().endswith(".gpkg") else given + ".gpkg")
        return ocs_store.default_geopackage(QgsProject.instance().absolutePath(),
                                            PlgOptionsManager.get_plg_settings().data_directory())

    def _show_default_geopackage(self, *_args):
        self.geopackage.lineEdit().setPlaceholderText(str(self.geopackage_path()))

    def _extract(self, years, territory, chosen, settings, group, added, expected):
        """One task for every millésime: the features are cut (``core.ocs.workflow``), then written with
        their style into the GeoPackage; the layers are opened from it here, in the main thread."""
        target = self.geopackage_path()
        request = OcsRequest(millesimes=years, settings=settings, territory=territory, layers=True,
                             products=list(self.products))

        def work(task):
            transport = transport_for(settings)
            result = run_workflow(request, task)
            written = []
            taken = ocs_store.existing_tables(target)
            for year, millesime in result.millesimes.items():
                title = ocs_store.layer_title(year, territory.name, chosen.title)
                table = ocs_store.table_name(year, territory.name, chosen.key, taken)
                taken.add(table)
                # the platform's colours for this reading when it publishes them, else the bundled ones
                colours, note = extraction_colours(millesime.products, chosen, year, transport, settings, task)
                uri = ocs_store.write_layer(millesime.layer, target, table, title, str(chosen.qml_path),
                                            tr("OCS GE² {year} of {territory}, cut along its outline").format(
                                                year=year, territory=territory.label), colours)
                written.append((uri, title, year, millesime.covered_ha, bool(colours), note))
            return written, result.territory_ha, result.geometry

        def done(result):
            written, territory_ha, geometry = result
            self._zoom_to(geometry)
            for uri, title, year, covered, server, note in written:
                layer = QgsVectorLayer(uri, title, "ogr")  # its style: the default one saved in the GeoPackage
                if not layer.isValid():
                    self._one_failed(DgeError(tr("The layer “{title}” could not be read from {path}.").format(
                        title=title, path=target)))
                    continue
                mark_style_source(layer, "server" if server else "bundled")
                if note:
                    PlgLogger.log(note, level=Qgis.MessageLevel.Warning)
                QgsProject.instance().addMapLayer(layer, False)
                group.addLayer(layer)
                expected.notes.append(coverage_note(year, covered, territory_ha))
                self._one_added(layer, added, expected)

        task = CoreTask(tr("DataGrandEst: OCS GE² {years} for {territory}").format(
            years=", ".join(str(year) for year in years), territory=territory.name), work, done,
            lambda error: self._extraction_failed(error, group))
        expected.notes.append(tr("Saved in {path}.").format(path=target))
        self._run(task)
        return task

    def _one_added(self, layer, added, expected):
        added.append(layer)
        if len(added) >= expected.value:
            self.status.setText("\n".join([tr("{count} layer(s) added.").format(count=len(added))] + expected.notes))
            self.loaded.emit(list(added))

    def _extraction_failed(self, error, group):
        if not group.children():  # nothing came: no empty group left in the layer tree
            parent = group.parent()
            if parent is not None:
                parent.removeChildNode(group)
        self._one_failed(error)

    def _one_failed(self, error):
        PlgLogger.log(error.message, level=Qgis.MessageLevel.Warning, push=True)
        self.status.setText(error.message)
        self.failed.emit(error.message)

    def _read_outline_and_zoom(self, territory, settings):
        if self.iface is not None:
            self._run(CoreTask(tr("DataGrandEst: outline of {territory}").format(territory=territory.name),
                               lambda task: territory_geometry(territory, settings, task), self._zoom_to,
                               lambda error: None))

    def _zoom_to(self, geometry):
        """Zoom to an outline in EPSG:2154."""
        if self.iface is None or self._closed:
            return
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

        canvas = self.iface.mapCanvas()
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem(LAMBERT_93),
                                           canvas.mapSettings().destinationCrs(), QgsProject.instance())
        box = transform.transformBoundingBox(geometry.boundingBox())
        box.scale(1.1)
        canvas.setExtent(box)
        canvas.refresh()

    def cancel(self):
        self._closed = True
        self._tasks.cancel()
        for signal in self._project_signals():
            try:
                signal.disconnect(self._show_default_geopackage)
            except TypeError:
                pass

    @staticmethod
    def _project_signals():
        project = QgsProject.instance()
        return (project.fileNameChanged, project.projectSaved, project.readProject, project.cleared)


def coverage_note(year, covered_ha, territory_ha) -> str:
    """What the millésime covers of the territory, in hectares, and what it does not."""
    missing = uncovered_ha(territory_ha, covered_ha)
    if missing:
        return tr("{year}: {covered} covered of {whole}; not covered by the published OCS GE²: {missing}.").format(
            year=year, covered=hectares(covered_ha), whole=hectares(territory_ha), missing=hectares(missing))
    return tr("{year}: {covered}, the whole territory.").format(year=year, covered=hectares(covered_ha))


class _Counter:
    """How many layers one "Load" waits for (known once every task is started), and what to tell then."""

    def __init__(self, value):
        self.value = value
        self.notes = []
