#!/usr/bin/python3
"""Write the QGIS Server projects of the local platform with PyQGIS.

``qgis_projects.py DATADIR PROJECTDIR`` writes one project per GeoServer
workspace (``geograndest.qgs``, ``region-grand-est.qgs``) and ``global.qgs``
with every layer, plus ``global_wfs.qgs``. Layer short names (the names QGIS
Server publishes):

- workspace projects and ``global_wfs``: the bare name (``ocs_grand_est_2021_d51``);
- ``global``: the qualified name (``geograndest:ocs_grand_est_2021_d51``). QGIS
  Desktop's short-name rule (``^[A-Za-z][A-Za-z0-9._-]*``) has no ':', but QGIS
  Server 3.22 publishes such a short name unchanged in WMS and WMTS. WFS turns
  ':' into '-' (type names must be XML names), hence ``global_wfs``: the front
  server (``ows_front.py``) serves WFS from bare-named projects and adds/strips
  the ``<workspace>:`` prefix itself, as GeoServer names WFS types.

Run it in its own process: it initialises a QgsApplication.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / d) for d in ("platform", "qa", "release", "demo", "bench")]

import platform_project_sample
import sample_layers
from sample_layers import GLOBAL_PROJECT, WORKSPACES, Layer

WMS_CRS = ["EPSG:2154", "EPSG:3857", "EPSG:4326"]
# WMTS tile matrix set "EPSG:2154": top, left, scale of level 0, last level
WMTS_GRID_2154 = "EPSG:2154,7230728,-357823,4000000,12"
GLOBAL_WFS_PROJECT = "global_wfs"  # every vector layer under its bare name, for WFS

REPO = Path(__file__).resolve().parents[2]
OCS_QML_DIR = REPO / "datagrandest_plugin" / "data" / "ocs"


PROJECTS = (*WORKSPACES, GLOBAL_PROJECT, GLOBAL_WFS_PROJECT)


def short_name(layer: Layer, project: str) -> str:
    """Published name: qualified ('ws:name') in the global project, else bare."""
    return layer.qualified_name if project == GLOBAL_PROJECT else layer.name


def project_layers(project: str) -> list[Layer]:
    if project == GLOBAL_WFS_PROJECT:
        return [lyr for lyr in sample_layers.LAYERS if lyr.is_vector and lyr.wfs]
    return sample_layers.layers_of(project)


def _style_ocs(vl, year: int) -> None:
    """Named styles as on DataGrandEst's GeoServer, from the plugin's own QML files (one per
    reading of the nomenclature); "default" renders like ocs_grand_est_niveau_1_a_5."""
    sm = vl.styleManager()
    for reading, style in sample_layers.ocs_server_styles(year):
        message, ok = vl.loadNamedStyle(str(OCS_QML_DIR / f"{reading}.qml"))
        if not ok:
            raise RuntimeError(f"{reading}.qml: {message}")
        sm.addStyleFromLayer(style)
    sm.setCurrentStyle("default")
    vl.loadNamedStyle(str(OCS_QML_DIR / "niveau_1_a_5.qml"))


def _style_simple(vl, name: str) -> None:
    from qgis.core import QgsFillSymbol, QgsLineSymbol, QgsSingleSymbolRenderer, QgsWkbTypes

    if vl.geometryType() == QgsWkbTypes.LineGeometry:
        color = "#202020" if "facade" in name else "#d01c1c"
        sym = QgsLineSymbol.createSimple({"line_color": color, "line_width": "0.4"})
    else:
        width = {"departement": "0.8", "epci": "0.5"}.get(name, "0.3")
        sym = QgsFillSymbol.createSimple({"color": "255,255,255,0", "outline_color": "#3c3c8c",
                                          "outline_width": width})
    vl.setRenderer(QgsSingleSymbolRenderer(sym))


def _make_layer(layer: Layer, datadir: Path, project: str):
    from qgis.core import QgsRasterLayer, QgsVectorLayer

    name = short_name(layer, project)
    if layer.is_vector:
        _, fname, lname = layer.source
        ml = QgsVectorLayer(f"{datadir / fname}|layername={lname}", name, "ogr")
    else:
        ml = QgsRasterLayer(str(datadir / layer.source[1]), name, "gdal")
    if not ml.isValid():
        raise RuntimeError(f"invalid layer {layer.name} from {layer.source}")
    ml.setShortName(name)
    ml.setTitle(layer.title)
    ml.setAbstract(layer.abstract)
    ml.setKeywordList(", ".join(layer.keywords))
    if layer.is_vector:
        if layer.styles:  # OCS: named styles per reading of the nomenclature
            _style_ocs(ml, int(layer.name.split("_")[3]))
        else:
            _style_simple(ml, layer.name)
    return ml


def write_project(project: str, datadir: Path, path: Path) -> None:
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    layers = project_layers(project)
    prj = QgsProject()
    prj.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    prj.setTitle(f"DataGrandEst - {project}" if project in WORKSPACES else "DataGrandEst")
    map_layers = [_make_layer(lyr, datadir, project) for lyr in layers]
    prj.addMapLayers(map_layers)

    ids = [ml.id() for ml in map_layers]
    vector_ids = [ml.id() for ml, lyr in zip(map_layers, layers) if lyr.is_vector and lyr.wfs]
    png_ids = [ml.id() for ml, lyr in zip(map_layers, layers) if lyr.wmts_format == "image/png"]
    jpeg_ids = [ml.id() for ml, lyr in zip(map_layers, layers) if lyr.wmts_format == "image/jpeg"]
    bbox = sample_layers.BBOX_ALL
    if project in WORKSPACES:
        boxes = [lyr.bbox for lyr in layers]
        bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))

    w = prj.writeEntry
    w("WMSServiceCapabilities", "/", True)
    w("WMSServiceTitle", "/", prj.title())
    w("WMSServiceAbstract", "/", "Plateforme DataGrandEst locale (données d'exemple).")
    w("WMSKeywordList", "/", ["DataGrandEst", "Grand Est"])
    w("WMSContactOrganization", "/", sample_layers.ORG_NAME)
    w("WMSContactMail", "/", sample_layers.ORG_EMAIL)
    w("WMSRootName", "/", project if project in WORKSPACES else "datagrandest")
    w("WMSCrsList", "/", WMS_CRS)
    w("WMSExtent", "/", [str(v) for v in bbox])
    w("WMSUseLayerIDs", "/", False)
    w("WMSAddWktGeometry", "/", True)
    w("WMSFeatureInfoUseAttributeFormSettings", "/", False)
    w("WFSLayers", "/", vector_ids)
    for lid in vector_ids:
        w("WFSLayersPrecision", "/" + lid, 2)
    w("WMTSLayers", "Project", False)
    w("WMTSLayers", "Layer", ids)
    w("WMTSPngLayers", "Layer", png_ids)
    w("WMTSJpegLayers", "Layer", jpeg_ids)
    w("WMTSGrids", "CRS", ["EPSG:2154"])
    w("WMTSGrids", "Config", [WMTS_GRID_2154])
    w("WCSLayers", "/", [ml.id() for ml, lyr in zip(map_layers, layers) if not lyr.is_vector])
    if not prj.write(str(path)):
        raise RuntimeError(f"cannot write {path}")


def write_all(datadir: Path, projectdir: Path) -> list[Path]:
    from qgis.core import QgsApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QgsApplication([], False)
    app.initQgis()
    projectdir.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        for name in PROJECTS:
            path = projectdir / f"{name}.qgs"
            write_project(name, datadir.resolve(), path)
            written.append(path)
        # the platform's curated project (served under /tools/, not by QGIS Server)
        written.append(platform_project_sample.write_platform_project(projectdir / "platform_project.qgs"))
    finally:
        app.exitQgis()
    return written


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        print("usage: qgis_projects.py DATADIR PROJECTDIR", file=sys.stderr)
        return 2
    for path in write_all(Path(argv[0]), Path(argv[1])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
