"""The facets and the geographic filter of the catalogue search, as one widget.

Facets (``core/catalog/facets.py``) are checkable values with their counts: AND
across facets, any of the checked values within one, cleared by one button. The
years checked make a range (2019 and 2021 checked: 2019 to 2021). The place is
anywhere, the map canvas, the selected layer's extent or a territory (commune,
EPCI, department, its outline read in a task); the panel sends its box to the
catalogues and ``boxes_intersect`` checks what they answer.
"""

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...context import current_context
from ...core.catalog.facets import FACET_NAMES, FacetFilter, count_facets
from ...core.errors import DgeError
from ...core.i18n import tr
from ...core.territories import load_territories, territory_box
from ...toolbelt.plain_text import set_plain, tooltip
from ...toolbelt.tasks import CoreTask, TaskSet

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
PLACE_ANYWHERE, PLACE_CANVAS, PLACE_LAYER, PLACE_TERRITORY = "anywhere", "canvas", "layer", "territory"


def _titles() -> dict:
    return {"kind": tr("Kind of resource"), "licence": tr("Licence"), "producer": tr("Producer"),
            "keyword": tr("Keyword"), "year": tr("Year of the data"), "crs": tr("Reference system")}


def _value_labels() -> dict:
    return {("kind", "map"): tr("Map image (WMS, WMTS)"), ("kind", "vector"): tr("Vector data (WFS)"),
            ("kind", "download"): tr("Download"), ("kind", "table"): tr("Table"),
            ("licence", "open"): tr("Open licence"), ("licence", "other"): tr("Other licence"),
            ("licence", "unknown"): tr("Licence not stated")}


def wgs84_box(rectangle, crs):
    """A ``QgsRectangle`` in ``crs`` as a lon/lat box, clamped to the world."""
    transform = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    box = transform.transformBoundingBox(rectangle)
    return (max(box.xMinimum(), -180.0), max(box.yMinimum(), -90.0), min(box.xMaximum(), 180.0),
            min(box.yMaximum(), 90.0))


class CatalogFacets(QWidget):
    changed = pyqtSignal()  # the checked facets changed: the list is filtered again (no new search)
    place_changed = pyqtSignal()  # the geographic filter changed: a new search

    def __init__(self, iface=None, parent=None):
        super().__init__(parent)
        self.setObjectName("DataGrandEstCatalogFacets")
        self.iface = iface
        self._filling = False
        self._territory = None  # (territory, box) once read
        self._tasks = TaskSet()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        place = QHBoxLayout()
        self.place_combo = QComboBox(self)
        for label, value in ((tr("Anywhere"), PLACE_ANYWHERE), (tr("In the map canvas"), PLACE_CANVAS),
                             (tr("In the selected layer's extent"), PLACE_LAYER), (tr("In a territory"), PLACE_TERRITORY)):
            self.place_combo.addItem(label, value)
        # its longest choice must not set the dock's narrowest width (360 px)
        self.place_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.place_combo.setMinimumContentsLength(14)
        self.territory_edit = QLineEdit(self)
        self.territory_edit.setPlaceholderText(tr("Commune, EPCI or department (e.g. departement:54)"))
        self.territory_edit.setVisible(False)
        place.addWidget(self.place_combo)
        place.addWidget(self.territory_edit, 1)
        layout.addLayout(place)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("DataGrandEstFacetTree")
        self.tree.setHeaderHidden(True)
        self.tree.setMaximumHeight(180)
        layout.addWidget(self.tree)
        buttons = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.clear_button = QPushButton(tr("Clear the filters"), self)
        self.clear_button.setEnabled(False)
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.clear_button)
        layout.addLayout(buttons)

        self.tree.itemChanged.connect(self._item_changed)
        self.clear_button.clicked.connect(self.clear)
        self.place_combo.currentIndexChanged.connect(self._place_changed)
        self.territory_edit.returnPressed.connect(self.apply_territory)

    # -- facets ------------------------------------------------------------
    def set_records(self, records, server_facets=None):
        """Counts for these records; what was checked stays checked."""
        checked = self._checked()
        counts = count_facets(records, server_facets)
        labels, titles = _value_labels(), _titles()
        self._filling = True
        self.tree.clear()
        for name in FACET_NAMES:
            values = counts.groups.get(name) or []
            if not values:
                continue
            group = QTreeWidgetItem([titles[name]])
            group.setData(0, VALUE_ROLE, name)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for facet in values[:30]:
                text = f"{labels.get((name, facet.name), facet.name)} ({facet.count})"
                item = QTreeWidgetItem(group, [text])  # item views show their text as plain text
                item.setToolTip(0, tooltip(text))
                item.setData(0, VALUE_ROLE, facet.name)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if facet.name in checked.get(name, ())
                                   else Qt.CheckState.Unchecked)
            group.setExpanded(any(v in checked.get(name, ()) for v in (f.name for f in values)) or name == "kind")
        self._filling = False
        self._show_summary()

    def _checked(self) -> dict:
        checked = {}
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for row in range(group.childCount()):
                item = group.child(row)
                if item.checkState(0) == Qt.CheckState.Checked:
                    checked.setdefault(group.data(0, VALUE_ROLE), []).append(item.data(0, VALUE_ROLE))
        return checked

    def facet_filter(self) -> FacetFilter:
        checked = self._checked()
        years = sorted(int(y) for y in checked.get("year", []) if y.isdigit())
        licences = checked.get("licence", [])
        return FacetFilter(kinds=tuple(checked.get("kind", ())), licence=licences[0] if len(licences) == 1 else "",
                           producers=tuple(checked.get("producer", ())), keywords=tuple(checked.get("keyword", ())),
                           years=(years[0], years[-1]) if years else None, crs=tuple(checked.get("crs", ())))

    def set_filter(self, chosen: FacetFilter):
        """Check the values of a saved search (those the current results have)."""
        wanted = {"kind": chosen.kinds, "licence": (chosen.licence,) if chosen.licence else (),
                  "producer": chosen.producers, "keyword": chosen.keywords, "crs": chosen.crs}
        self._filling = True
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            name = group.data(0, VALUE_ROLE)
            for row in range(group.childCount()):
                item = group.child(row)
                value = item.data(0, VALUE_ROLE)
                on = value in wanted.get(name, ()) or (name == "year" and chosen.years is not None and
                                                        value.isdigit() and chosen.years[0] <= int(value) <= chosen.years[1])
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._filling = False
        self._show_summary()
        self.changed.emit()

    def apply(self, records):
        return self.facet_filter().apply(records)

    def clear(self):
        self.set_filter(FacetFilter())

    def _item_changed(self, _item, _column):
        if not self._filling:
            self._show_summary()
            self.changed.emit()

    def _show_summary(self):
        active = not self.facet_filter().empty
        self.clear_button.setEnabled(active)
        if not active:
            self.summary.clear()

    def show_counts(self, shown: int, total: int):
        set_plain(self.summary, tr("{shown} of {total} results match the filters.").format(shown=shown, total=total)
                  if not self.facet_filter().empty else "")

    # -- place -------------------------------------------------------------
    def place(self) -> str:
        return self.place_combo.currentData()

    def _place_changed(self, _index):
        self.territory_edit.setVisible(self.place() == PLACE_TERRITORY)
        if self.place() != PLACE_TERRITORY:
            self.place_changed.emit()
        elif self._territory is not None:
            self.place_changed.emit()

    def set_place(self, place: str):
        self.place_combo.setCurrentIndex(max(self.place_combo.findData(place), 0))

    def box(self):
        """The lon/lat box of the geographic filter, or None (anywhere, no layer, territory not read yet)."""
        place = self.place()
        if place == PLACE_TERRITORY:
            return self._territory[1] if self._territory else None
        if self.iface is None or place == PLACE_ANYWHERE:
            return None
        if place == PLACE_CANVAS:
            canvas = self.iface.mapCanvas()
            return wgs84_box(canvas.extent(), canvas.mapSettings().destinationCrs())
        layer = self.iface.activeLayer()
        if layer is None or not layer.isValid() or layer.extent().isNull():
            return None  # a layer of one point has an empty extent, which is still a place
        return wgs84_box(layer.extent(), layer.crs())

    def territory(self):
        return self._territory[0] if self._territory else None

    def apply_territory(self):
        text = self.territory_edit.text().strip()
        if not text:
            return
        context = current_context()
        settings = context.settings

        def work(task):
            territory = load_territories(context.transport, context.cache, settings, feedback=task).resolve(text)
            return territory, territory_box(territory, settings, task)

        def done(result):
            self._territory = result
            self.territory_edit.setToolTip(tooltip(result[0].label))
            set_plain(self.summary, result[0].label)
            self.place_changed.emit()

        def failed(error: DgeError):
            set_plain(self.summary, error.message)

        self._tasks.run(CoreTask(tr("DataGrandEst: reading the territory {text}").format(text=text), work, done,
                                 failed))

    def shutdown(self):
        self._tasks.cancel()
