"""OCS GE² (land cover) layers: what the services publish, loading for a territory, statistics.

Products are recognised in the capabilities by their names
(``ocs_grand_est_<year>_d<dep>``, and the older ``ocsge2_d<dep>_<year>``),
so a new millésime appears as soon as it is published. For viewing, the
raster (WMTS, else WMS) is asked with the server style of the chosen reading;
for analysis, the WFS features are requested for the territory only (a BBOX
and, when the layer carries ``insee_com``, the communes' codes, both sent to
the server) and cut along the territory's outline.
"""

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from ..errors import BadAnswer, Cancelled
from ..layers.field_types import field_type
from ..i18n import tr
from ..layers.resolver import resolve
from ..layers.spec import LayerSpec
from .overlay import overlay
from .nomenclature import (
    AGRI_NATURAL,
    ARTIFICIAL,
    DEFAULT_READING,
    NIVEAU_1,
    READINGS,
    Reading,
    label_fields,
)
from ..ogc.server_styles import SERVER_STYLE_KEY
from ..layers.wfs_lock import wfs_layer

KNOWN_MILLESIMES = (2010, 2019, 2021)
DEPARTMENTS = ("08", "10", "51", "52", "54", "55", "57", "67", "68", "88")
_NAME = re.compile(r"(?:^|:)ocs_grand_est_(?P<year>\d{4})_d(?P<dep>\d{2}[ab]?)$", re.IGNORECASE)
_OLD_NAME = re.compile(r"(?:^|:)ocsge2_d(?P<dep>\d{2}[ab]?)_(?P<year>\d{4})$", re.IGNORECASE)


@dataclass
class OcsProduct:
    year: int
    department: str
    layers: Dict[str, object] = field(default_factory=dict)  # kind -> ServiceLayer

    @property
    def title(self) -> str:
        return tr("OCS GE² {year} – department {dep}").format(year=self.year, dep=self.department)


def product_key(name: str) -> Optional[Tuple[int, str]]:
    for pattern in (_NAME, _OLD_NAME):
        match = pattern.search(name)
        if match:
            return int(match.group("year")), match.group("dep").upper()
    return None


def ocs_products(service_layers) -> List[OcsProduct]:
    """The OCS products published, one per (millésime, department), with the services offering each."""
    products: Dict[Tuple[int, str], OcsProduct] = {}
    for layer in service_layers:
        key = product_key(layer.name)
        if key is None:
            continue
        product = products.setdefault(key, OcsProduct(*key))
        product.layers.setdefault(layer.kind, layer)  # the first endpoint read wins (global before workspace)
    return [products[k] for k in sorted(products)]


def with_nomenclature_style(spec: LayerSpec) -> LayerSpec:
    """An OCS GE² WFS layer, wherever it was found, gets the nomenclature style rather than a random one."""
    if spec is not None and spec.kind == "wfs" and not spec.qml and product_key(spec.name) is not None:
        spec.qml = str(DEFAULT_READING.qml_path)
        # the platform's own style of that reading wins when the server has it
        spec.extra.setdefault(SERVER_STYLE_KEY, DEFAULT_READING.server_style)
    return spec


def millesimes(products) -> List[int]:
    return sorted({p.year for p in products} | set(KNOWN_MILLESIMES))


def select(products, years=None, departments=None) -> List[OcsProduct]:
    years = {int(y) for y in years} if years else None
    departments = {d.upper() for d in departments} if departments else None
    return [p for p in products if (years is None or p.year in years)
            and (departments is None or p.department in departments)]


def raster_spec(product: OcsProduct, reading: Reading = DEFAULT_READING, settings=None) -> Tuple[LayerSpec, str]:
    """The image layer drawn with the reading's server style: WMTS if it offers the style, else WMS.

    Returns the spec and a note ('' when the wished style is used)."""
    wanted = reading.style_for_year(product.year)
    note = ""
    for kind in ("wmts", "wms"):
        layer = product.layers.get(kind)
        if layer is not None and _has_style(layer, wanted):
            return _spec(layer, _style_name(layer, wanted), reading, product, settings), note
    layer = product.layers.get("wms") or product.layers.get("wmts")
    if layer is None:
        raise BadAnswer(tr("No image service publishes {product}.").format(product=product.title))
    note = tr("The services have no style “{style}” for {product}: its default style is shown.").format(
        style=wanted, product=product.title)
    return _spec(layer, None, reading, product, settings), note


def _has_style(layer, wanted: str) -> bool:
    return _style_name(layer, wanted) is not None


def _style_name(layer, wanted: str) -> Optional[str]:
    for name in layer.style_names():
        if name == wanted or name.split(":", 1)[-1] == wanted:
            return name
    return None


def _spec(layer, style, reading, product, settings):
    spec = resolve(layer, settings, style=style)
    spec.title = f"OCS GE² {product.year} – {product.department} – {reading.title}"
    return spec


def extraction_colours(products, reading: Reading, year: int, transport, settings, feedback=None):
    """Worker thread: the platform's colour of each class of ``reading`` for the cut features of
    ``year`` (``{code: "#rrggbb"}``, empty when the option is off or nothing publishes that style),
    and a sentence for the log. Colours only: the bundled classes (and their "other" class) stay."""
    from ..layers.factory import server_style_for
    from ..ogc.server_styles import class_colours

    product = next((p for p in products if "wfs" in p.layers), None)
    if product is None or not reading.server_style:
        return {}, ""
    spec = vector_spec(product, reading, settings)
    spec.extra[SERVER_STYLE_KEY] = reading.server_style.format(year=year)
    style, note = server_style_for(spec, transport, settings, feedback)
    return (class_colours(style) if style is not None else {}), note


def vector_spec(product: OcsProduct, reading: Reading = DEFAULT_READING, settings=None, expression: str = "") -> LayerSpec:
    layer = product.layers.get("wfs")
    if layer is None:
        raise BadAnswer(tr("No WFS service publishes {product}.").format(product=product.title))
    spec = resolve(layer, settings)
    spec.crs = "EPSG:2154"
    spec.qml = str(reading.qml_path)
    spec.ogc_filter = expression
    spec.title = f"OCS GE² {product.year} – {product.department} – {reading.title}"
    return spec


def territory_filter(geometry, territory=None, fields=()) -> str:
    """The QGIS expression the WFS provider sends to the server: the territory's box and,
    when the layer has ``insee_com``, the codes of its communes."""
    box = geometry.boundingBox()
    wkt = (f"POLYGON(({box.xMinimum():.2f} {box.yMinimum():.2f}, {box.xMaximum():.2f} {box.yMinimum():.2f}, "
           f"{box.xMaximum():.2f} {box.yMaximum():.2f}, {box.xMinimum():.2f} {box.yMaximum():.2f}, "
           f"{box.xMinimum():.2f} {box.yMinimum():.2f}))")
    expression = f"intersects_bbox($geometry, geom_from_wkt('{wkt}'))"
    if territory is not None and territory.communes and "insee_com" in fields and territory.kind != "departement":
        # equalities, not IN: QGIS 3.22 translates a one-value IN into a bare literal
        codes = " OR ".join(f"\"insee_com\" = '{c}'" for c in territory.communes if c.isalnum())
        expression += f" AND ({codes})"
    return expression


def wfs_layer_for(product: OcsProduct, geometry, territory=None, reading: Reading = DEFAULT_READING, settings=None):
    """The product's WFS layer restricted, at the server, to the territory."""
    spec = vector_spec(product, reading, settings, territory_filter(geometry))
    layer = wfs_layer(spec.uri(), spec.title)
    if not layer.isValid():
        raise BadAnswer(tr("The layer “{title}” could not be loaded.").format(title=spec.title))
    names = layer.fields().names()
    if territory is not None and "insee_com" in names and territory.kind != "departement":
        spec = vector_spec(product, reading, settings, territory_filter(geometry, territory, names))
        layer = wfs_layer(spec.uri(), spec.title)
        if not layer.isValid():
            raise BadAnswer(tr("The layer “{title}” could not be loaded.").format(title=spec.title))
    return layer


def clipped_features(layers, geometry, feedback=None):
    """(attributes as dict, clipped geometry) of the features of ``layers`` inside ``geometry``."""
    from qgis.core import QgsFeatureRequest, QgsGeometry

    engine = QgsGeometry.createGeometryEngine(geometry.constGet())
    engine.prepareGeometry()
    box = geometry.boundingBox()
    for layer in layers:
        names = layer.fields().names()
        for feature in layer.getFeatures(QgsFeatureRequest().setFilterRect(box)):
            if feedback is not None and feedback.isCanceled():
                raise Cancelled()
            shape = feature.geometry()
            if shape is None or shape.isEmpty() or not engine.intersects(shape.constGet()):
                continue
            if engine.contains(shape.constGet()):
                part = QgsGeometry(shape)
            else:
                part = shape.intersection(geometry)
                polygon = _polygon_type()
                part = part.convertToType(polygon, True) if part.type() != polygon else part  # polygons only
                if part is None or part.isEmpty():
                    continue
            yield dict(zip(names, feature.attributes())), part


def extract_features(products, geometry, territory=None, readings: Sequence[Reading] = READINGS, settings=None,
                     feedback=None):
    """Clipped OCS features of ``products`` (one millésime, any departments) with nomenclature labels.

    Returns a memory layer in EPSG:2154 (fields of the source, ``millesime``, ``surface_ha``,
    and for each reading a class code ``cl_<reading>`` and label ``lib_<reading>``)."""
    from qgis.core import QgsFeature, QgsField, QgsFields, QgsVectorLayer

    sources = [wfs_layer_for(p, geometry, territory, DEFAULT_READING, settings) for p in products]
    if not sources:
        raise BadAnswer(tr("No OCS GE² product covers this territory for this millésime."))
    fields = QgsFields()
    for item in sources[0].fields():
        if item.name() != "gml_id":
            fields.append(QgsField(item))
    extra = [("surface_ha", field_type("Double"))] + [(name, field_type("String")) for code, label, _r in label_fields(readings)
                                                   for name in (code, label)]
    for name, kind in extra:
        if fields.indexOf(name) < 0:
            fields.append(QgsField(name, kind))
    year = products[0].year
    title = tr("OCS GE² {year}").format(year=year) + (f" – {territory.name}" if territory is not None else "")
    out = QgsVectorLayer("MultiPolygon?crs=EPSG:2154", title, "memory")
    provider = out.dataProvider()
    provider.addAttributes(fields.toList())
    out.updateFields()
    batch = []
    for attributes, part in clipped_features(sources, geometry, feedback):
        values = dict(attributes)
        values.setdefault("millesime", year)
        values["surface_ha"] = round(part.area() / 10000.0, 6)
        for code_field, label_field, item in label_fields(readings):
            code = item.class_of(values)
            values[code_field], values[label_field] = code, item.label(code)
        feature = QgsFeature(out.fields())
        feature.setAttributes([_plain(values.get(name)) for name in out.fields().names()])
        part.convertToMultiType()
        feature.setGeometry(part)
        batch.append(feature)
        if len(batch) >= 500:
            provider.addFeatures(batch)
            batch = []
    provider.addFeatures(batch)
    out.updateExtents()
    return out


def _plain(value):
    try:
        from qgis.PyQt.QtCore import QVariant

        if isinstance(value, QVariant) and value.isNull():
            return None
    except ImportError:
        pass
    return value


def uncovered_ha(territory_ha: float, covered_ha: float) -> float:
    """Hectares of the territory the published product does not cover (0 below rounding noise)."""
    missing = territory_ha - covered_ha
    return round(missing, 4) if missing > max(0.01, territory_ha * 1e-5) else 0.0


UNCOVERED = "non_couvert"  # the class-areas row of what the published product does not cover


def class_areas(features, reading: Reading = NIVEAU_1, territory_ha: Optional[float] = None) -> List[dict]:
    """Area (ha) per class of ``reading`` over clipped features ``(attributes, geometry)``.

    With the territory's area, shares are of the territory and a last row ``non_couvert`` holds
    what the product does not cover, so that the rows add up to the territory."""
    totals: Dict[str, float] = {}
    for attributes, geometry in features:
        code = reading.class_of(attributes)
        totals[code] = totals.get(code, 0.0) + geometry.area() / 10000.0
    covered = sum(totals.values())
    missing = uncovered_ha(territory_ha, covered) if territory_ha is not None else 0.0
    whole = (covered + missing) or 1.0
    order = {c.code: i for i, c in enumerate(reading.classes)}
    rows = [{"code": code, "label": reading.label(code), "area_ha": round(area, 4),
             "share_pct": round(100.0 * area / whole, 2)}
            for code, area in sorted(totals.items(), key=lambda kv: (order.get(kv[0], 999), kv[0]))]
    if missing:
        rows.append({"code": UNCOVERED, "label": tr("Not covered by the published OCS GE²"),
                     "area_ha": round(missing, 4), "share_pct": round(100.0 * missing / whole, 2)})
    return rows


def change_matrix(features_a, features_b, reading: Reading = NIVEAU_1, feedback=None) -> List[dict]:
    """Area (ha) moving from each class (first millésime) to each class (second), by overlay.
    For several readings, call ``ocs_overlay.overlay`` once and ``.matrix`` per reading."""
    return overlay(features_a, features_b, feedback).matrix(reading)


def artificialised_ha(matrix_niveau_1: List[dict]) -> float:
    """Hectares that moved from agricultural or natural classes (level 1) to artificial ones."""
    return round(sum(row["area_ha"] for row in matrix_niveau_1
                     if row["from_code"] in AGRI_NATURAL and row["to_code"] in ARTIFICIAL), 4)


def _polygon_type():
    """QGIS 3.30+ takes ``Qgis.GeometryType`` (3.40 refuses a plain int); 3.22 has ``QgsWkbTypes``."""
    from qgis.core import Qgis, QgsWkbTypes

    return Qgis.GeometryType.Polygon if hasattr(Qgis, "GeometryType") else QgsWkbTypes.GeometryType.PolygonGeometry
