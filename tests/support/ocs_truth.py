"""Areas of the sample OCS computed directly with OGR on the platform's files: the tests' truth."""

from collections import Counter


def _ogr():
    from osgeo import ogr

    ogr.DontUseExceptions()  # the bindings' historical behaviour, said explicitly (GDAL 3.9+ warns otherwise)
    return ogr


def commune_wkt(platform, insee):
    ogr = _ogr()
    boundaries = ogr.Open(str(platform.workdir / "data" / "limites_administratives.gpkg"))
    communes = boundaries.GetLayerByName("commune_actuelle")
    communes.SetAttributeFilter(f"insee_com = '{insee}'")
    feature = communes.GetNextFeature()  # kept alive: its geometry belongs to it
    return feature.GetGeometryRef().ExportToWkt()


def direct_areas(platform, year, department, territory_wkt, field="code_niv1"):
    """(hectares per value of ``field``, number of pieces) of the OCS inside a territory."""
    ogr = _ogr()
    territory = ogr.CreateGeometryFromWkt(territory_wkt)
    source = ogr.Open(str(platform.workdir / "data" / "ocs_grand_est.gpkg"))
    totals, count = Counter(), 0
    for feature in source.GetLayerByName(f"ocs_grand_est_{year}_d{department}"):
        shape = feature.GetGeometryRef()
        part = shape.Intersection(territory)
        if part is not None and not part.IsEmpty() and part.GetArea() > 0:
            totals[feature.GetField(field)] += part.GetArea() / 10000.0
            count += 1
    return totals, count


def rendered_like_the_nomenclature(layer, chosen):
    """The classes of ``chosen`` drawn by ``layer``'s style, each asserted to be in its nomenclature colour."""
    from qgis.core import QgsRenderContext

    from datagrandest_plugin.core.ocs.nomenclature import hex_to_rgb

    renderer = layer.renderer().clone()
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    seen = set()
    for feature in layer.getFeatures():
        code = chosen.class_of(feature.attributeMap())
        symbol = renderer.symbolForFeature(feature, context)
        assert symbol is not None, code
        color = symbol.color()
        assert (color.red(), color.green(), color.blue()) == hex_to_rgb(chosen.by_code()[code].color)
        seen.add(code)
    renderer.stopRender(context)
    return seen
