"""OCS GE² features of a territory: the WFS asked for the territory only (a BBOX and, when the
layer carries ``insee_com``, the communes' codes, both sent to the server), then cut along
the territory's outline."""

from typing import Sequence

from ..errors import BadAnswer, Cancelled
from ..i18n import tr
from ..layers.field_types import field_type
from ..layers.wfs_lock import wfs_layer
from .nomenclature import DEFAULT_READING, READINGS, Reading, label_fields
from .products import OcsProduct, vector_spec


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


def labelled_layer(features, source_fields, year: int, title: str, readings: Sequence[Reading] = READINGS):
    """A memory layer in EPSG:2154 of clipped features ``(attributes, geometry)`` of one millésime:
    the fields of the source, ``millesime``, ``surface_ha``, and for each reading a class code
    ``cl_<reading>`` and label ``lib_<reading>``."""
    from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry, QgsVectorLayer

    fields = QgsFields()
    for item in source_fields:
        if item.name() != "gml_id":
            fields.append(QgsField(item))
    extra = [("surface_ha", field_type("Double"))] + [(name, field_type("String")) for code, label, _r in label_fields(readings)
                                                   for name in (code, label)]
    for name, kind in extra:
        if fields.indexOf(name) < 0:
            fields.append(QgsField(name, kind))
    out = QgsVectorLayer("MultiPolygon?crs=EPSG:2154", title, "memory")
    provider = out.dataProvider()
    provider.addAttributes(fields.toList())
    out.updateFields()
    batch = []
    for attributes, part in features:
        values = dict(attributes)
        values.setdefault("millesime", year)
        values["surface_ha"] = round(part.area() / 10000.0, 6)
        for code_field, label_field, item in label_fields(readings):
            code = item.class_of(values)
            values[code_field], values[label_field] = code, item.label(code)
        feature = QgsFeature(out.fields())
        feature.setAttributes([_plain(values.get(name)) for name in out.fields().names()])
        shape = QgsGeometry(part)  # the statistics keep the clipped geometry as it is
        shape.convertToMultiType()
        feature.setGeometry(shape)
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


def _polygon_type():
    """QGIS 3.30+ takes ``Qgis.GeometryType`` (3.40 refuses a plain int); 3.22 has ``QgsWkbTypes``."""
    from qgis.core import Qgis, QgsWkbTypes

    return Qgis.GeometryType.Polygon if hasattr(Qgis, "GeometryType") else QgsWkbTypes.GeometryType.PolygonGeometry
