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
from ..core.geo_boxes import LAMBERT_93


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
    return QgsCoordinateReferenceSystem(LAMBERT_93)


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
        from ..context import cache_for, transport_for
        from ..toolbelt.settings import PlgOptionsManager

        settings = PlgOptionsManager.get_plg_settings()
        return settings, transport_for(settings), cache_for(settings)

    def territory(self, parameters, context, environment, feedback):
        """(Territory or None, geometry in EPSG:2154 or None, name): a named territory's outline is
        read by the workflow."""
        from ..core.territories import load_territories

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
            return None, QgsGeometry.unaryUnion(parts), source.sourceName()
        if wkt:
            crs = _l93()
            if ";" in wkt and wkt.upper().startswith(("EPSG:", "SRID=")):
                prefix, wkt = wkt.split(";", 1)
                crs = QgsCoordinateReferenceSystem("EPSG:" + prefix.split(":" if ":" in prefix else "=", 1)[1])
            geometry = QgsGeometry.fromWkt(wkt)
            if geometry is None or geometry.isNull() or geometry.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
                raise QgsProcessingException(tr("The territory WKT is not a polygon."))
            if crs.authid() != LAMBERT_93:
                geometry.transform(QgsCoordinateTransform(crs, _l93(), context.transformContext()))
            return None, geometry, tr("territory")
        try:
            territory = load_territories(transport, cache, settings, feedback=feedback).resolve(code)
        except DgeError as error:
            raise QgsProcessingException(error.message) from None
        return territory, None, territory.name

    def run_workflow(self, parameters, context, feedback, years, readings=(), layers=False):
        """The OCS workflow for the algorithm's territory; (result, territory name)."""
        from ..core.ocs.workflow import OcsRequest, run_workflow

        settings, transport, cache = environment = self._environment()
        territory, geometry, name = self.territory(parameters, context, environment, feedback)
        request = OcsRequest(millesimes=years, settings=settings, territory=territory, geometry=geometry,
                             readings=readings, layers=layers, transport=transport, cache=cache)
        try:
            result = run_workflow(request, feedback)
        except DgeError as error:
            raise QgsProcessingException(error.message) from None
        for millesime in result.millesimes.values():
            feedback.pushInfo(tr("OCS GE² products used: {names}.").format(
                names=", ".join(p.layers["wfs"].name for p in millesime.products if "wfs" in p.layers)))
        return result, name


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
        from ..core.ocs.nomenclature import READINGS
        from ..core.ocs.store import layer_title

        year = self.parameterAsInt(parameters, "MILLESIME", context)
        shown = READINGS[self.parameterAsEnum(parameters, "READING", context)]
        result, name = self.run_workflow(parameters, context, feedback, [year], layers=True)
        layer = result.millesimes[year].layer
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
        self._report_coverage(feedback, year, result.millesimes[year].covered_ha, result.territory_ha)
        try:
            _name_output(context, dest, layer_title(year, name, shown.title), str(shown.qml_path))
        except DgeError as error:
            feedback.reportError(error.message)
        feedback.pushInfo(tr("{count} features for {name}.").format(count=layer.featureCount(), name=name))
        return {"OUTPUT": dest}

    @staticmethod
    def _report_coverage(feedback, year, covered_ha, territory_ha):
        from ..core.ocs.statistics import uncovered_ha
        from ..toolbelt.locale_format import hectares

        missing = uncovered_ha(territory_ha, covered_ha)
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
        from ..core.ocs.nomenclature import READINGS
        from ..toolbelt.locale_format import hectares

        reading = READINGS[self.parameterAsEnum(parameters, "READING", context)]
        first = self.parameterAsInt(parameters, "MILLESIME", context)
        second = parameters.get("MILLESIME_2")
        second = self.parameterAsInt(parameters, "MILLESIME_2", context) if second not in (None, "") else None
        years = [first] + ([second] if second and second != first else [])
        result, name = self.run_workflow(parameters, context, feedback, years, readings=[reading])

        fields = QgsFields()
        for field_name, kind in (("millesime", field_type("Int")), ("code", field_type("String")), ("libelle", field_type("String")),
                                 ("surface_ha", field_type("Double")), ("part_pct", field_type("Double"))):
            fields.append(QgsField(field_name, kind))
        sink, areas_dest = self.parameterAsSink(parameters, "AREAS", context, fields, QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "AREAS"))
        for year in years:
            for row in result.areas[reading.key][year]:
                feature = QgsFeature(fields)
                feature.setAttributes([year, row["code"], row["label"], row["area_ha"], row["share_pct"]])
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        del sink
        spans = ", ".join(str(y) for y in years)
        _name_output(context, areas_dest, tr("Areas per class – {territory} – {years} – {reading}").format(
            territory=name, years=spans, reading=reading.title))
        results = {"AREAS": areas_dest, "TERRITORY_HA": round(result.territory_ha, 4), "ARTIFICIALISED_HA": None}
        if len(years) == 2:
            change_fields = QgsFields()
            for field_name, kind in (("de_code", field_type("String")), ("de_libelle", field_type("String")),
                                     ("vers_code", field_type("String")), ("vers_libelle", field_type("String")),
                                     ("surface_ha", field_type("Double"))):
                change_fields.append(QgsField(field_name, kind))
            changes, changes_dest = self.parameterAsSink(parameters, "CHANGES", context, change_fields,
                                                         QgsWkbTypes.Type.NoGeometry)
            if changes is not None:
                for row in result.changes[reading.key]:
                    feature = QgsFeature(change_fields)
                    feature.setAttributes([row["from_code"], row["from_label"], row["to_code"], row["to_label"],
                                           row["area_ha"]])
                    changes.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
                del changes
                _name_output(context, changes_dest, tr("Change matrix – {territory} – {first} → {last} – {reading}").format(
                    territory=name, first=years[0], last=years[1], reading=reading.title))
                results["CHANGES"] = changes_dest
            results["ARTIFICIALISED_HA"] = result.artificialised_ha
            feedback.pushInfo(tr("Agricultural or natural land turned artificial: {ha}.").format(
                ha=hectares(results["ARTIFICIALISED_HA"], 2)))
        feedback.setProgress(100)
        return results
