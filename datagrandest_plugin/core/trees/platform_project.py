"""The platform's curated QGIS project (``platform_project_url``, ``.qgz`` or ``.qgs``) as a layer tree.

DataGrandEst publishes its curated tree as an ordinary QGIS project (the one
of the IDG plugin family). It is read here as XML with lxml — never with
``QgsProject.read``, which must not run off the main thread — into the same
``LegacyTree`` / ``LegacyNode`` shapes as the historical tree, so that the
panel's filter, extent filter, drag and drop, locator and favourites apply.

Each layer keeps the project's order, data source (rebuilt into a
``LayerSpec``: the project's user, password and authcfg are dropped, the
platform's own authcfg is given only to its own origin), its QGIS style (the
layer's ``<maplayer>`` element without its data source, applied on the main
thread by ``layer_factory.finish_layer``) and its metadata (title, abstract,
links).
"""

import io
import re
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Dict, List, Optional
from urllib.parse import parse_qsl, unquote

from lxml import etree

from ..net.cache import fetch_cached
from ..net.credentials import authcfg_for, request_for
from ..errors import BadAnswer, Cancelled, DgeError, cause_logged
from ..i18n import tr
from ..layers.spec import LayerSpec
from .legacy import FOLDER, LegacyNode, LegacyTree
from ..net.parsing import clean_text, parse_xml
from ..text_search import search_key

QGIS_STYLE_KEY = "qgis_style"  # LayerSpec.extra: the layer's style as a <qgis> document (text)
LINKS_KEY = "links"  # LayerSpec.extra: [[name, type, url], ...] of the layer's metadata
KIND_TYPES = {"wfs": "wfs_feature_type", "wms": "wms_layer", "wmts": "wmts_layer"}
# children of <maplayer> that describe the source, not the style: never copied into the style
_SOURCE_ELEMENTS = {"id", "datasource", "provider", "layername", "srs", "resourceMetadata", "extent",
                    "wgs84extent", "keywordList", "shortname", "title", "abstract", "dataUrl", "attribution",
                    "metadataUrls", "legendUrl", "customproperties", "noData", "map-layer-style-manager"}
MAX_PROJECT_BYTES = 32 * 1024 * 1024
# QGIS writes this doctype (no internal subset) before every project; the generic XML guard
# would take the "[" of the WKT that follows it for an entity declaration
_QGIS_DOCTYPE = re.compile(rb"^(\s*(?:<\?xml[^>]*\?>)?\s*)<!DOCTYPE qgis[^\[>]*>")


def _text(element, path: str, limit: int = 2000) -> str:
    found = element.find(path) if element is not None else None
    return clean_text(found.text or "", limit) if found is not None and found.text else ""


def project_xml(body: bytes) -> bytes:
    """The .qgs text of a .qgs or .qgz body (its standard doctype line dropped)."""
    return _QGIS_DOCTYPE.sub(rb"\1", _unzipped(body), count=1)


def _unzipped(body: bytes) -> bytes:
    if body[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(body)) as archive:
                names = [n for n in archive.namelist() if n.lower().endswith(".qgs") and "/" not in n]
                if not names:
                    raise BadAnswer(tr("The platform project holds no .qgs file."))
                info = archive.getinfo(names[0])
                if info.file_size > MAX_PROJECT_BYTES:
                    raise BadAnswer(tr("The platform project is too large to be read."))
                return archive.read(info)
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            raise BadAnswer(tr("The platform project is not a readable .qgz archive.")) from cause_logged(error)
    return body


def _spec_of(maplayer, settings) -> Optional[LayerSpec]:
    provider = _text(maplayer, "provider").lower()
    source = maplayer.findtext("datasource") or ""
    if provider == "wfs":
        params = _wfs_params(source)
        url, name = params.get("url", ""), params.get("typename", "")
        spec = LayerSpec(kind="wfs", url=url, name=name, crs=params.get("srsname", ""),
                         version="" if params.get("version") == "auto" else params.get("version", ""))
    elif provider == "wms":
        params = dict(parse_qsl(source, keep_blank_values=True))
        url, name = params.get("url", ""), params.get("layers", "")
        kind = "wmts" if params.get("tileMatrixSet") else "wms"
        spec = LayerSpec(kind=kind, url=url, name=name, style=params.get("styles", ""), crs=params.get("crs", ""),
                         format=params.get("format", ""), tile_matrix_set=params.get("tileMatrixSet", ""))
    else:
        return None
    if not spec.url.startswith(("http://", "https://")) or not spec.name:
        return None
    spec.authcfg = authcfg_for(settings, spec.url)  # the platform's own, never the project's
    return spec


def _wfs_params(source: str) -> Dict[str, str]:
    """``key='value' key2='value'`` (QgsDataSourceUri's text form), quotes unescaped."""
    params, i = {}, 0
    while i < len(source):
        eq = source.find("=", i)
        if eq < 0:
            break
        key = source[i:eq].strip()
        if source[eq + 1:eq + 2] == "'":
            j, value = eq + 2, []
            while j < len(source) and source[j] != "'":
                if source[j] == "\\" and j + 1 < len(source):
                    j += 1
                value.append(source[j])
                j += 1
            params[key] = "".join(value)
            i = j + 1
        else:
            end = source.find(" ", eq + 1)
            end = len(source) if end < 0 else end
            params[key] = unquote(source[eq + 1:end])
            i = end + 1
    return params


def _style_document(maplayer) -> str:
    root = etree.Element("qgis", version=maplayer.get("version", "3.22"), styleCategories="AllStyleCategories")
    for child in maplayer:
        if isinstance(child.tag, str) and child.tag not in _SOURCE_ELEMENTS:
            root.append(child.__copy__())
    return etree.tostring(root, encoding="unicode")


def _layer_node(tree_layer, maplayers, settings) -> LegacyNode:
    maplayer = maplayers.get(tree_layer.get("id", ""))
    title = clean_text(tree_layer.get("name", ""), 300)
    node = LegacyNode(title=title or tr("(untitled layer)"), type="wms_layer")
    if maplayer is None:
        node.problem = tr("This layer is missing from the project.")
        return node
    metadata = maplayer.find("resourceMetadata")
    node.description = _text(metadata, "abstract") or _text(maplayer, "abstract")
    links = [[clean_text(l.get("name", ""), 200), clean_text(l.get("type", ""), 50), l.get("url", "")]
             for l in (metadata.findall("links/link") if metadata is not None else [])
             if l.get("url", "").startswith(("http://", "https://"))]
    node.metadata_url = links[0][2] if links else ""
    node.ident = _text(metadata, "identifier", 200)
    box = maplayer.find("wgs84extent")
    if box is not None:
        try:
            values = tuple(float(box.findtext(k)) for k in ("xmin", "ymin", "xmax", "ymax"))
            node.boxes = [("EPSG:4326", values, values)]
        except (TypeError, ValueError):
            pass
    spec = _spec_of(maplayer, settings)
    if spec is None:
        node.problem = tr("The plugin cannot load this kind of layer ({provider}).").format(
            provider=_text(maplayer, "provider", 40) or "?")
        return node
    node.type = KIND_TYPES[spec.kind]
    node.params = {"url": spec.url, "name": spec.name, "style_name": _style_name(maplayer)}
    spec.title = node.title
    spec.abstract = node.description
    spec.metadata_url = node.metadata_url
    spec.identifier = node.ident
    if node.boxes:
        spec.bbox, spec.bbox_crs = node.boxes[0][2], "EPSG:4326"
    spec.extra = {LINKS_KEY: links}
    if spec.kind == "wfs":  # image layers are drawn by the server with the style their source names
        spec.extra.update({QGIS_STYLE_KEY: _style_document(maplayer), "style_source": "platform_project"})
    node.spec = spec
    return node


def _style_name(maplayer) -> str:
    manager = maplayer.find("map-layer-style-manager")
    return clean_text(manager.get("current", ""), 100) if manager is not None else ""


def _group_node(group, maplayers, settings) -> LegacyNode:
    node = LegacyNode(title=clean_text(group.get("name", ""), 300) or tr("(untitled group)"), type=FOLDER)
    for child in group:
        if child.tag == "layer-tree-group":
            node.children.append(_group_node(child, maplayers, settings))
        elif child.tag == "layer-tree-layer":
            node.children.append(_layer_node(child, maplayers, settings))
    return node


def read_platform_project(body: bytes, settings) -> LegacyTree:
    """The tree of a .qgs/.qgz body, or ``BadAnswer`` with one sentence."""
    root = parse_xml(project_xml(body), tr("The platform project"))
    if root.tag != "qgis" or root.find("layer-tree-group") is None:
        raise BadAnswer(tr("The platform project is not a QGIS project."))
    maplayers = {ml.findtext("id", ""): ml for ml in root.iter("maplayer")}
    top = _group_node(root.find("layer-tree-group"), maplayers, settings)
    top.title = clean_text(root.findtext("title") or root.get("projectname", ""), 300) or "DataGrandEst"
    problems = []
    for node in top.walk():
        node.key = search_key(" ".join((node.title, node.description, node.params.get("name", ""))))
        if node.problem:
            problems.append(f"{node.title}: {node.problem}")
    return LegacyTree(top, problems[:20])


def load_platform_project(transport, cache, settings, force: bool = False, feedback=None) -> LegacyTree:
    """The live project (revalidated through the cache), else the last good copy; ``DgeError`` when neither."""
    url = settings.platform_project_url
    checked = {}

    def validate(body):
        checked["tree"] = read_platform_project(body, settings)

    request = request_for(settings, url, max_bytes=MAX_PROJECT_BYTES)
    result = fetch_cached(transport, cache, request, settings.cache_lifetime_seconds, validate,
                          feedback=feedback, force=force)
    tree = checked.get("tree") or read_platform_project(result.body, settings)
    tree.source = "stale" if result.stale else ("cache" if result.from_cache else "live")
    tree.error = result.error
    return tree


def read_project_location(location: str, transport=None, cache=None, settings=None) -> LegacyTree:
    """A platform project from a file path or an http(s) URL (command line ``tree --project``)."""
    if location.startswith(("http://", "https://")):
        return load_platform_project(transport, cache, replace(settings, platform_project_url=location))
    try:
        body = Path(location).read_bytes()
    except OSError as error:
        raise BadAnswer(tr("The file {path} cannot be read.").format(path=clean_text(location, 200))) from cause_logged(error)
    tree = read_platform_project(body, settings)
    tree.source = location
    return tree


def project_rows(tree: LegacyTree) -> List[dict]:
    """One row per group and layer, in the project's order (command line)."""
    rows = []

    def visit(node, depth):
        for child in node.children:
            spec = child.spec
            rows.append({"depth": depth, "title": child.title, "kind": "group" if child.is_folder else
                         (spec.kind if spec else "?"), "source": spec.url if spec else "",
                         "name": spec.name if spec else "",
                         "style": (spec.style if spec and spec.is_raster else "") or child.params.get("style_name", ""),
                         "problem": child.problem})
            visit(child, depth + 1)

    visit(tree.root, 0)
    return rows


__all__ = ["read_platform_project", "load_platform_project", "read_project_location", "project_rows",
           "QGIS_STYLE_KEY", "LINKS_KEY", "Cancelled", "DgeError"]
