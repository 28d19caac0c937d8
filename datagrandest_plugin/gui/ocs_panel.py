"""Panel "OCS GE": land cover of a territory, for one or two millésimes, in the chosen reading.

Image mode adds the server's tiles (WMTS, else WMS) drawn with the reading's
server style; vector mode asks the WFS for the territory only, cuts the
features along its outline and styles them with the plugin's QML (legend in
the layer panel and here). Everything that talks to a server runs in tasks.
"""

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QIcon, QPixmap
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QCompleter,
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

from ..core import ocs
from ..core.cache import DiskCache
from ..core.errors import DgeError
from ..core.i18n import tr
from ..core.ocs_nomenclature import READINGS
from ..core.service_loader import endpoints, load_services
from ..core.territories import load_territories, territory_geometry
from ..core.wfs_lock import wfs_turn
from ..toolbelt.log import PlgLogger
from ..toolbelt.settings import PlgOptionsManager
from ..toolbelt.tasks import CoreTask, TaskSet
from .layer_loader import add_layer
from .layers_panel import settings_transport
from ..toolbelt.plain_text import plain_label


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
        intro = QLabel(tr("Land cover (OCS GE²) of a territory, as tiles to look at or as features to analyse."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
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
        where.addWidget(self.territory_edit, 1)
        form.addRow(tr("Territory:"), where)
        self.reading = QComboBox(self)
        for item in READINGS:
            self.reading.addItem(item.title, item.key)
        self.reading.currentIndexChanged.connect(self._show_legend)
        form.addRow(tr("Reading:"), self.reading)
        modes = QHBoxLayout()
        self.raster_mode = QRadioButton(tr("Image (tiles)"), self)
        self.vector_mode = QRadioButton(tr("Features cut to the territory"), self)
        self.raster_mode.setChecked(True)
        modes.addWidget(self.raster_mode)
        modes.addWidget(self.vector_mode)
        form.addRow(tr("Load as:"), modes)
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
    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if not self._started:
            self.start()

    def start(self):
        self._started = True
        settings = PlgOptionsManager.get_plg_settings()
        cache = DiskCache(settings.cache_directory())
        self.status.setText(tr("Reading what the services publish…"))
        self.load_button.setEnabled(False)

        def work(task):
            transport = settings_transport(settings)
            loaded = load_services(transport, cache, endpoints(settings), settings.cache_lifetime_seconds, False, task)
            products = ocs.ocs_products([layer for service in loaded for layer in service.layers])
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
        for year in ocs.millesimes(self.products):
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
        if self.territories is None:
            return
        kind = self.kind.currentData()
        words = []
        for territory in self.territories.of_kind(kind):
            words += [territory.name, territory.code]
        completer = QCompleter(sorted(set(words)), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.territory_edit.setCompleter(completer)

    def _show_legend(self):
        from ..core.ocs_nomenclature import reading

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
        from ..core.ocs_nomenclature import reading

        try:
            if self.territories is None:
                raise DgeError(tr("The territories are not known yet."))
            territory = self.territories.resolve(self.territory_edit.text(), self.kind.currentData())
            years = self.checked_years()
            if not years:
                raise DgeError(tr("Check at least one millésime."))
        except DgeError as error:
            self.status.setText(error.message)
            self.failed.emit(error.message)
            return []
        chosen = reading(self.reading.currentData())
        settings = PlgOptionsManager.get_plg_settings()
        project = QgsProject.instance()
        group = project.layerTreeRoot().insertGroup(0, tr("OCS GE² – {name}").format(name=territory.name))
        tasks, added = [], []
        expected = _Counter(0)
        for year in sorted(years):
            products = ocs.select(self.products, [year], territory.departments)
            if not products:
                self.status.setText(tr("No OCS GE² {year} covers {territory}.").format(year=year, territory=territory.label))
                continue
            if self.raster_mode.isChecked():
                for product in products:
                    try:
                        spec, note = ocs.raster_spec(product, chosen, settings)
                    except DgeError as error:
                        self._one_failed(error)
                        continue
                    if note:
                        PlgLogger.log(note, level=1, push=True)
                    expected.value += 1
                    tasks.append(add_layer(spec, lambda layer: self._one_added(layer, added, expected),
                                           self._one_failed, group=group))
            else:
                expected.value += 1
                tasks.append(self._extract(products, territory, chosen, settings, group, added, expected))
        if not expected.value:
            project.layerTreeRoot().removeChildNode(group)
            return tasks
        self._zoom_to(territory, settings)
        self.status.setText(tr("Loading {count} layer(s) for {territory}…").format(count=expected.value,
                                                                                  territory=territory.label))
        return tasks

    def _extract(self, products, territory, chosen, settings, group, added, expected):
        main_thread = QgsApplication.instance().thread()

        def work(task):
            with wfs_turn(task):  # the whole extraction: see core.wfs_lock
                geometry = territory_geometry(territory, settings, task)
                layer = ocs.extract_features(products, geometry, territory, settings=settings, feedback=task)
            layer.setName(f"OCS GE² {products[0].year} – {territory.name} – {chosen.title}")
            message, ok = layer.loadNamedStyle(str(chosen.qml_path))
            if not ok:
                raise DgeError(tr("The style of “{title}” could not be applied.").format(title=layer.name()))
            layer.moveToThread(main_thread)
            return layer

        def done(layer):
            QgsProject.instance().addMapLayer(layer, False)
            group.addLayer(layer)
            self._one_added(layer, added, expected)

        task = CoreTask(tr("DataGrandEst: OCS GE² {year} for {territory}").format(
            year=products[0].year, territory=territory.name), work, done, self._one_failed)
        self._run(task)
        return task

    def _one_added(self, layer, added, expected):
        added.append(layer)
        if len(added) >= expected.value:
            self.status.setText(tr("{count} layer(s) added.").format(count=len(added)))
            self.loaded.emit(list(added))

    def _one_failed(self, error):
        PlgLogger.log(error.message, level=1, push=True)
        self.status.setText(error.message)
        self.failed.emit(error.message)

    def _zoom_to(self, territory, settings):
        """Zoom once the outline is known (read in a task)."""
        if self.iface is None:
            return
        canvas = self.iface.mapCanvas()

        def zoom(geometry):
            from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

            transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:2154"),
                                               canvas.mapSettings().destinationCrs(), QgsProject.instance())
            box = transform.transformBoundingBox(geometry.boundingBox())
            box.scale(1.1)
            canvas.setExtent(box)
            canvas.refresh()

        self._run(CoreTask(tr("DataGrandEst: outline of {territory}").format(territory=territory.name),
                           lambda task: territory_geometry(territory, settings, task), zoom, lambda error: None))

    def cancel(self):
        self._closed = True
        self._tasks.cancel()


class _Counter:
    """How many layers one "Load" waits for (known once every task is started)."""

    def __init__(self, value):
        self.value = value
