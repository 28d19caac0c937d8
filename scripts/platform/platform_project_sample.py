"""The local platform's curated QGIS project (as DataGrandEst publishes for the IDG plugins).

``write_platform_project(path)`` (called by ``qgis_projects.py``, inside its
QgsApplication) writes ``platform_project.qgs`` with PyQGIS: groups, two WFS
layers with a saved style of their own, a WMS layer with a server style, a
WMTS layer and a WFS layer whose service does not answer; each with title,
abstract and links in its metadata. The layers are written as memory layers
and their data sources then pointed at the platform with ``BASE`` in place of
its address: the front server puts its own address there when it serves the
project (``.qgs`` and ``.qgz``). The WFS data sources carry a user and a
password, as a careless project might: the plugin must never use them.
"""
from __future__ import annotations

from pathlib import Path

BASE = "http://platform.invalid"
STYLED = {  # layer -> (colour, width mm) of its saved style: distinct from the server's
    "departement": ("#1f78b4", 0.8),
    "pcrs_facade": ("#e31a1c", 0.6),
}
GROUPS = (
    ("Limites administratives", [
        ("wfs", "Départements (projet)", "region-grand-est:departement", "Polygon",
         "Limites départementales, style du projet de la plateforme.")]),
    ("Plan de corps de rue simplifié", [
        ("wfs", "Façades PCRS (projet)", "geograndest:pcrs_facade", "LineString",
         "Façades du PCRS, style du projet de la plateforme."),
        ("wfs", "Couche indisponible", "absent:couche_absente", "Point",
         "Une couche dont le service ne répond pas.")]),
    ("Occupation du sol", [
        ("wms", "OCS GE² 2021 Marne (WMS)", "geograndest:ocs_grand_est_2021_d51", "", "OCS GE², niveau 1."),
        ("wmts", "OCS GE² 2019 Meurthe-et-Moselle (WMTS)", "geograndest:ocs_grand_est_2019_d54", "",
         "OCS GE² en tuiles.")]),
)


def datasource(kind: str, name: str) -> tuple[str, str]:
    """(provider, data source) of a layer on the platform at ``BASE``."""
    if kind == "wfs":
        workspace = name.split(":")[0]
        url = f"{BASE}/geoserver/{workspace}/wfs" if workspace != "absent" else f"{BASE}/nowhere/wfs"
        return "WFS", (f"password='secret-of-the-project' srsname='EPSG:2154' typename='{name}' "
                       f"url='{url}' user='project-user' version='auto'")
    if kind == "wms":
        return "wms", (f"crs=EPSG:2154&format=image/png&layers={name}&styles=ocs_grand_est_niveau_1"
                       f"&url={BASE}/geoserver/wms")
    return "wms", (f"crs=EPSG:2154&format=image/png&layers={name}&styles=default&tileMatrixSet=EPSG:2154"
                   f"&url={BASE}/geoserver/gwc/service/wmts?SERVICE%3DWMTS%26REQUEST%3DGetCapabilities")


def write_platform_project(path: Path) -> Path:
    from lxml import etree
    from qgis.core import (QgsAbstractMetadataBase, QgsLineSymbol, QgsFillSymbol, QgsMarkerSymbol, QgsProject,
                           QgsRectangle, QgsSingleSymbolRenderer, QgsVectorLayer)

    project = QgsProject()
    project.setTitle("DataGrandEst – projet de la plateforme (local)")
    sources = {}
    for group_name, layers in GROUPS:
        group = project.layerTreeRoot().addGroup(group_name)
        for kind, title, name, geometry, abstract in layers:
            layer = QgsVectorLayer(f"{geometry or 'Point'}?crs=EPSG:2154", title, "memory")
            bare = name.split(":")[1]
            if bare in STYLED:
                colour, width = STYLED[bare]
                if geometry == "Polygon":
                    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": colour,
                                                         "outline_width": str(width)})
                else:
                    symbol = QgsLineSymbol.createSimple({"color": colour, "width": str(width)})
                layer.setRenderer(QgsSingleSymbolRenderer(symbol))
            elif geometry == "Point":
                layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({"color": "#33a02c"})))
            metadata = layer.metadata()
            metadata.setTitle(title)
            metadata.setAbstract(abstract)
            metadata.setIdentifier(f"dge-{bare}")
            metadata.addLink(QgsAbstractMetadataBase.Link("Fiche de métadonnées", "WWW:LINK",
                                                          f"{BASE}/geonetwork/srv/fre/catalog.search#/metadata/{bare}"))
            metadata.addLink(QgsAbstractMetadataBase.Link("Portail", "WWW:LINK", f"{BASE}/portail/fr/{bare}"))
            layer.setMetadata(metadata)
            layer.setExtent(QgsRectangle(700000, 6700000, 1100000, 6900000))
            project.addMapLayer(layer, False)
            group.addLayer(layer)
            sources[layer.id()] = datasource(kind, name)
    if not project.write(str(path)):
        raise RuntimeError(f"{path}: {project.error()}")
    tree = etree.parse(str(path))
    for maplayer in tree.iter("maplayer"):
        provider, source = sources[maplayer.findtext("id")]
        maplayer.find("datasource").text = source
        maplayer.find("provider").text = provider
        if provider == "wms":
            maplayer.set("type", "raster")
    for node in tree.iter("layer-tree-layer"):
        provider, source = sources[node.get("id")]
        node.set("source", source)
        node.set("providerKey", provider)
    tree.write(str(path), encoding="utf-8", xml_declaration=False, doctype="<!DOCTYPE qgis PUBLIC "
               "'http://mrcc.com/qgis.dtd' 'SYSTEM'>")
    return path


def served(path: Path, base_url: str) -> bytes:
    """The project's text with the platform's address in place of ``BASE``."""
    return path.read_bytes().replace(BASE.encode(), base_url.encode())


def zipped(qgs: bytes, name: str = "config-plugin-idg-datagrandest.qgs") -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, qgs)
    return buffer.getvalue()
