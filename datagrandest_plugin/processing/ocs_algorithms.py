"""Processing algorithms on the OCS GE² land cover of a territory.

The territory is a polygon layer (its features merged), a WKT polygon
(Lambert-93 unless prefixed ``EPSG:xxxx;``), or a code (``commune:54395``,
``epci:…``, ``departement:54``). The OCS features are asked of the
DataGrandEst WFS for that territory only, then cut along its outline.
"""

# The algorithms are loaded when QGIS starts: what they need to run is imported
# when they run (the service reader and the OCS code cost ~50 ms to import), and
# the nomenclature when QGIS first shows the statistics algorithm's parameters.
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.errors import DgeError
from ..core.layers.field_types import field_type
from ..core.i18n import tr
from ..core.layers.wfs_lock import wfs_turn


class _Styler(QgsProcessingLayerPostProcessorInterface):
    """Gives a loaded output its name and the nomenclature style (whatever its format)."""

    def __init__(self, qml_path):
        super().__init__()
        self.qml_path = qml_path

    def postProcessLayer(self, layer, context, feedback):
        if layer is not None and self.qml_path:
            layer.loadNamedStyle(self.qml_path)
            layer.triggerRepaint()


# QGIS keeps no reference to a post-processor: they live here until QGIS has loaded the outputs
_POST_PROCESSORS = {}


def _name_output(context, dest, title, qml_path=""):
    """The name (and style) of an output QGIS loads when the algorithm ends; GeoPackage outputs also
    get the style saved in them, so the file reopens styled anywhere."""
    if qml_path and _is_geopackage(dest):
        from ..core.ocs.store import save_style

        save_style(dest, title, qml_path)
    if context.willLoadLayerOnCompletion(dest):
        details = context.layerToLoadOnCompletionDetails(dest)
        details.name = title
        details.forceName = True  # not the file's name, even when QGIS prefers it
        if qml_path:
            while len(_POST_PROCESSORS) >= 20:  # the oldest ones were used long ago
                _POST_PROCESSORS.pop(next(iter(_POST_PROCESSORS)))
            _POST_PROCESSORS[dest] = _Styler(qml_path)
            details.setPostProcessor(_POST_PROCESSORS[dest])


def _is_geopackage(dest) -> bool:
    return isinstance(dest, str) and dest.split("|", 1)[0].lower().endswith(".gpkg")


def _l93():
    # built when an algorithm runs: a CRS from the EPSG database costs ~8 ms at QGIS start
    return QgsCoordinateReferenceSystem("EPSG:2154")


class _OcsAlgorithm(QgsProcessingAlgorithm):
    def group(self):
        return tr("OCS GE² land cover")

    def groupId(self):
        return "ocs"

    def createInstance(self):
        return type(self)()

    def _territory_parameters(self):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "TERRITORY", tr("Territory (polygon layer, its features merged)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString(
            "TERRITORY_WKT", tr("…or territory as WKT (Lambert-93, or prefixed EPSG:xxxx;)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "TERRITORY_CODE", tr("…or territory code (commune:54395, epci:245400676, departement:54)"),
            optional=True))

    def _reading_parameter(self, description, default="NIVEAU_1"):
        from ..core.ocs import nomenclature as ocs_nomenclature
        from ..core.ocs.nomenclature import READINGS, reading_keys

        self.addParameter(QgsProcessingParameterEnum("READING", description, [r.title for r in READINGS], False,
                                                     reading_keys().index(getattr(ocs_nomenclature, default).key)))

    def _environment(self):
        from ..core.net.cache import DiskCache
        from ..core.net.transport import default_transport
        from ..toolbelt.settings import PlgOptionsManager

        settings = PlgOptionsManager.get_plg_settings()
        transport = default_transport(timeout=settings.timeout, offline=settings.offline,
                                      max_bytes=settings.max_download_bytes)
        return settings, transport, DiskCache(settings.cache_directory())

    def territory(self, parameters, context, environment, feedback):
        from ..core.territories import load_territories, territory_geometry

        """(geometry in EPSG:2154, Territory or None, name)."""
        settings, transport, cache = environment
        source = self.parameterAsSource(parameters, "TERRITORY", context)
        wkt = (self.parameterAsString(parameters, "TERRITORY_WKT", context) or "").strip()
        code = (self.parameterAsString(parameters, "TERRITORY_CODE", context) or "").strip()
        given = [bool(source), bool(wkt), bool(code)]
        if sum(given) != 1:
            raise QgsProcessingException(tr("Give the territory once: a layer, a WKT or a code."))
        if source:
            transform = QgsCoordinateTransform(source.sourceCrs(), _l93(), context.transformContext())
            parts = []
            for feature in source.getFeatures():
                geometry = QgsGeometry(feature.geometry())
                geometry.transform(transform)
                parts.append(geometry)
            if not parts:
                raise QgsProcessingException(tr("The territory layer has no feature."))
            return QgsGeometry.unaryUnion(parts), None, source.sourceName()
        if wkt:
            crs = _l93()
            if ";" in wkt and wkt.upper().startswith(("EPSG:", "SRID=")):
                prefix, wkt = wkt.split(";", 1)
                crs = QgsCoordinateReferenceSystem("EPSG:" + prefix.split(":" if ":" in prefix else "=", 1)[1])
            geometry = QgsGeometry.fromWkt(wkt)
            if geometry is None or geometry.isNull() or geometry.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
                raise QgsProcessingException(tr("The territory WKT is not a polygon."))
            if crs.authid() != "EPSG:2154":
                geometry.transform(QgsCoordinateTransform(crs, _l93(), context.transformContext()))
            return geometry, None, tr("territory")
        try:
            territory = load_territories(transport, cache, settings, feedback=feedback).resolve(code)
            return territory_geometry(territory, settings, feedback), territory, territory.name
        except DgeError as error:
            raise QgsProcessingException(error.message) from None

    def products(self, year, geometry, territory, environment, feedback):
        from ..core.geo_boxes import intersects
        from ..core.territories import outline_box
        from ..core.ocs.products import ocs_products, select
        from ..core.ogc.service_loader import endpoints, load_services

        settings, transport, cache = environment
        loaded = load_services(transport, cache, endpoints(settings, ("wfs",)), settings.cache_lifetime_seconds,
                               feedback=feedback)
        if not any(service.document is not None for service in loaded):
            raise QgsProcessingException(loaded[0].error.message)
        products = select(ocs_products([l for s in loaded for l in s.layers]), [year])
        if territory is not None:
            chosen = [p for p in products if p.department in territory.departments]
        else:
            wgs84 = outline_box(geometry)
            chosen = [p for p in products if p.layers.get("wfs") is not None
                      and (p.layers["wfs"].wgs84 is None or intersects(p.layers["wfs"].wgs84, wgs84))]
        if not chosen:
            raise QgsProcessingException(tr("No OCS GE² {year} covers this territory.").format(year=year))
        feedback.pushInfo(tr("OCS GE² products used: {names}.").format(
            names=", ".join(p.layers["wfs"].name for p in chosen if "wfs" in p.layers)))
        return chosen

    def features(self, year, geometry, territory, environment, feedback):
        from ..core.ocs.features import clipped_features, wfs_layer_for
        from ..core.ocs.nomenclature import NIVEAU_1

        settings = environment[0]
        products = self.products(year, geometry, territory, environment, feedback)
        try:
            with wfs_turn(feedback):  # see core.wfs_lock
                layers = [wfs_layer_for(p, geometry, territory, NIVEAU_1, settings) for p in products]
                return list(clipped_features(layers, geometry, feedback))
        except DgeError as error:
            raise QgsProcessingException(error.message) from None


class ExtractOcsAlgorithm(_OcsAlgorithm):
    def name(self):
        return "extract_ocs"

    def displayName(self):
        return tr("Extract OCS GE² for a territory")

    def shortHelpString(self):
        return tr("Features of one millésime of the OCS GE² inside a territory, cut along its outline, "
                  "with the labels of every reading of the nomenclature and their area in hectares. Only the "
                  "territory's features are requested from the DataGrandEst WFS.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterNumber("MILLESIME", tr("Millésime"),
                                                       QgsProcessingParameterNumber.Type.Integer, 2021, False, 2000, 2100))
        self._territory_parameters()
        self._reading_parameter(tr("Reading of the nomenclature shown by the style"), "DEFAULT_READING")
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("OCS GE² of the territory"),
                                                            QgsProcessing.SourceType.TypeVectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):
        from ..core.ocs.features import extract_features
        from ..core.ocs.nomenclature import READINGS
        from ..core.ocs.store import layer_title

        environment = self._environment()
        year = self.parameterAsInt(parameters, "MILLESIME", context)
        shown = READINGS[self.parameterAsEnum(parameters, "READING", context)]
        geometry, territory, name = self.territory(parameters, context, environment, feedback)
        try:
            products = self.products(year, geometry, territory, environment, feedback)
            with wfs_turn(feedback):  # see core.wfs_lock
                layer = extract_features(products, geometry, territory, READINGS, environment[0], feedback)
        except DgeError as error:
            raise QgsProcessingException(error.message) from None
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, layer.fields(), QgsWkbTypes.Type.MultiPolygon, _l93())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        total = max(layer.featureCount(), 1)
        for number, feature in enumerate(layer.getFeatures()):
            if feedback.isCanceled():
                break
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100.0 * number / total)
        del sink  # written and closed: the style can go into the file
        self._report_coverage(feedback, year, layer, geometry)
        try:
            _name_output(context, dest, layer_title(year, name, shown.title), str(shown.qml_path))
        except DgeError as error:
            feedback.reportError(error.message)
        feedback.pushInfo(tr("{count} features for {name}.").format(count=layer.featureCount(), name=name))
        return {"OUTPUT": dest}

    @staticmethod
    def _report_coverage(feedback, year, layer, geometry):
        from ..core.ocs.statistics import uncovered_ha
        from ..toolbelt.locale_format import hectares

        territory_ha = geometry.area() / 10000.0
        missing = uncovered_ha(territory_ha, sum(f["surface_ha"] or 0.0 for f in layer.getFeatures()))
        if missing:
            feedback.pushWarning(tr("The published OCS GE² {year} does not cover {missing} of the territory "
                                    "({whole}).").format(year=year, missing=hectares(missing),
                                                         whole=hectares(territory_ha)))


class OcsStatisticsAlgorithm(_OcsAlgorithm):
    def name(self):
        return "ocs_statistics"

    def displayName(self):
        return tr("OCS GE² statistics for a territory")

    def shortHelpString(self):
        return tr("Area per class of the chosen reading of the nomenclature for one millésime and, with a second "
                  "millésime, the change matrix between them (hectares moving from each class to each class) and "
                  "the agricultural or natural land turned artificial.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterNumber("MILLESIME", tr("Millésime"),
                                                       QgsProcessingParameterNumber.Type.Integer, 2021, False, 2000, 2100))
        self.addParameter(QgsProcessingParameterNumber("MILLESIME_2", tr("Second millésime (change matrix)"),
                                                       QgsProcessingParameterNumber.Type.Integer, None, True, 2000, 2100))
        self._territory_parameters()
        self._reading_parameter(tr("Reading of the nomenclature"))
        self.addParameter(QgsProcessingParameterFeatureSink("AREAS", tr("Areas per class"),
                                                            QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink("CHANGES", tr("Change matrix"), QgsProcessing.SourceType.TypeVector,
                                                            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("TERRITORY_HA", tr("Territory area (ha)")))
        self.addOutput(QgsProcessingOutputNumber("ARTIFICIALISED_HA",
                                                 tr("Agricultural or natural land turned artificial (ha)")))

    def processAlgorithm(self, parameters, context, feedback):
        from ..core.ocs.nomenclature import NIVEAU_1, READINGS
        from ..core.ocs.overlay import overlay
        from ..core.ocs.statistics import artificialised_ha, class_areas
        from ..toolbelt.locale_format import hectares

        environment = self._environment()
        reading = READINGS[self.parameterAsEnum(parameters, "READING", context)]
        first = self.parameterAsInt(parameters, "MILLESIME", context)
        second = parameters.get("MILLESIME_2")
        second = self.parameterAsInt(parameters, "MILLESIME_2", context) if second not in (None, "") else None
        geometry, territory, name = self.territory(parameters, context, environment, feedback)
        years = [first] + ([second] if second and second != first else [])
        features = {}
        for step, year in enumerate(years):
            features[year] = self.features(year, geometry, territory, environment, feedback)
            feedback.setProgress(40.0 * (step + 1))

        fields = QgsFields()
        for field_name, kind in (("millesime", field_type("Int")), ("code", field_type("String")), ("libelle", field_type("String")),
                                 ("surface_ha", field_type("Double")), ("part_pct", field_type("Double"))):
            fields.append(QgsField(field_name, kind))
        sink, areas_dest = self.parameterAsSink(parameters, "AREAS", context, fields, QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "AREAS"))
        territory_ha = geometry.area() / 10000.0
        for year in years:
            for row in class_areas(features[year], reading, territory_ha):
                feature = QgsFeature(fields)
                feature.setAttributes([year, row["code"], row["label"], row["area_ha"], row["share_pct"]])
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        del sink
        spans = ", ".join(str(y) for y in years)
        _name_output(context, areas_dest, tr("Areas per class – {territory} – {years} – {reading}").format(
            territory=name, years=spans, reading=reading.title))
        results = {"AREAS": areas_dest, "TERRITORY_HA": round(territory_ha, 4), "ARTIFICIALISED_HA": None}
        if len(years) == 2:
            # one overlay for the chosen reading and level 1 (the artificialised figure)
            crossing = overlay(features[years[0]], features[years[1]], feedback,
                               progress=lambda done: feedback.setProgress(80.0 + 20.0 * done))
            matrix = crossing.matrix(reading)
            change_fields = QgsFields()
            for field_name, kind in (("de_code", field_type("String")), ("de_libelle", field_type("String")),
                                     ("vers_code", field_type("String")), ("vers_libelle", field_type("String")),
                                     ("surface_ha", field_type("Double"))):
                change_fields.append(QgsField(field_name, kind))
            changes, changes_dest = self.parameterAsSink(parameters, "CHANGES", context, change_fields,
                                                         QgsWkbTypes.Type.NoGeometry)
            if changes is not None:
                for row in matrix:
                    feature = QgsFeature(change_fields)
                    feature.setAttributes([row["from_code"], row["from_label"], row["to_code"], row["to_label"],
                                           row["area_ha"]])
                    changes.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
                del changes
                _name_output(context, changes_dest, tr("Change matrix – {territory} – {first} → {last} – {reading}").format(
                    territory=name, first=years[0], last=years[1], reading=reading.title))
                results["CHANGES"] = changes_dest
            level_1 = matrix if reading is NIVEAU_1 else crossing.matrix(NIVEAU_1)
            results["ARTIFICIALISED_HA"] = artificialised_ha(level_1)
            feedback.pushInfo(tr("Agricultural or natural land turned artificial: {ha}.").format(
                ha=hectares(results["ARTIFICIALISED_HA"], 2)))
        feedback.setProgress(100)
        return results
