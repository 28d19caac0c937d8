"""The curated layer tree of the historical DataGrandEst plugin (``config.json``).

Schema shared by the plugins of that family (GéoPicardie, Géo2France, RGD,
DataGrandEst): recursive nodes with ``title``, ``description``, ``type``,
``status``, ``metadata_url``, ``ident``, ``bounding_boxes`` (``[xmin, ymin,
xmax, ymax]``), ``params`` and ``children``. ``wms_layer_style`` and
``wfs_feature_type_filter`` nodes refine their parent layer (a style name, an
OGC filter); ``gdal_wms_config_file`` points at a GDAL WMS XML file next to
the ``config.json``.

Read from ``legacy_config_url`` through the cache, with the copy bundled in
the plugin as the fallback; faults (unknown node type, missing params, a box
that cannot be read) become sentences and the rest of the tree is kept.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional
from urllib.parse import urljoin

from ..net.cache import fetch_cached
from ..errors import BadAnswer, Cancelled, DgeError, cause_logged
from ..geo_boxes import Box, LAMBERT_93, guess_box_crs, intersects, normalise_crs
from ..i18n import tr
from ..layers.spec import LayerSpec
from ..net.parsing import clean_text, is_web_url, parse_json
from ..text_search import matches, query_terms, search_key
from ..net.transport import HttpRequest

PLUGIN_DATA = Path(__file__).resolve().parents[2] / "data"
BUNDLED_CONFIG = PLUGIN_DATA / "legacy_config.json"
FOLDER = "folder"
LAYER_TYPES = ("wms_layer", "wms_layer_style", "wmts_layer", "wfs_feature_type", "wfs_feature_type_filter",
               "gdal_wms_config_file")
NODE_TYPES = (FOLDER,) + LAYER_TYPES
REQUIRED_PARAMS = {
    "wms_layer": ("url", "name"),
    "wmts_layer": ("url", "name"),
    "wfs_feature_type": ("url", "name"),
    "wms_layer_style": ("name",),
    "wfs_feature_type_filter": ("filter",),
    "gdal_wms_config_file": ("file_path",),
}
MAX_DEPTH = 40
PARENT_TYPE = {"wms_layer_style": "wms_layer", "wfs_feature_type_filter": "wfs_feature_type"}


@dataclass
class LegacyNode:
    title: str
    type: str
    description: str = ""
    status: str = ""
    metadata_url: str = ""
    ident: str = ""
    params: Dict[str, str] = field(default_factory=dict)
    raw_boxes: list = field(default_factory=list)
    boxes: List[tuple] = field(default_factory=list)  # (crs, box, wgs84 box) as understood
    children: List["LegacyNode"] = field(default_factory=list)
    problem: str = ""  # why this node cannot be added, if it cannot
    spec: Optional[LayerSpec] = field(default=None, repr=False)
    key: str = ""

    @property
    def is_folder(self) -> bool:
        return self.type == FOLDER

    @property
    def wgs84(self) -> Optional[Box]:
        if not self.boxes:
            return None
        boxes = [b[2] for b in self.boxes]
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def to_json(self) -> dict:
        data = {"title": self.title, "type": self.type}
        for name in ("description", "status", "metadata_url", "ident"):
            if getattr(self, name):
                data[name] = getattr(self, name)
        if self.params or not self.is_folder:
            data["params"] = dict(self.params)
        if self.raw_boxes:
            data["bounding_boxes"] = self.raw_boxes
        if self.boxes:
            data["bbox_crs"] = [b[0] for b in self.boxes]
            data["wgs84_bbox"] = [round(v, 6) for v in self.wgs84]
        data["children"] = [child.to_json() for child in self.children]
        return data


@dataclass
class LegacyTree:
    root: LegacyNode
    problems: List[str] = field(default_factory=list)
    source: str = ""  # "live", "cache", "stale", "bundled", or a file path
    error: Optional[DgeError] = None  # why the live copy is not shown

    def nodes(self):
        return list(self.root.walk())

    def folders(self):
        return [n for n in self.root.walk() if n.is_folder]

    def layers(self):
        return [n for n in self.root.walk() if not n.is_folder]

    def visible(self, text: str = "", extent_wgs84: Optional[Box] = None) -> set:
        """ids of the nodes to show: those that match (every word, any case or accent, on any node
        type) and the folders on their way; a matching folder shows its whole content."""
        terms = query_terms(text)
        if not terms and extent_wgs84 is None:
            return {id(node) for node in self.root.walk()}
        shown = set()

        def visit(node, inherited: bool) -> bool:
            matched = inherited or not terms or matches(node.key, terms)
            in_extent = extent_wgs84 is None or node.is_folder or not node.boxes or intersects(node.wgs84, extent_wgs84)
            children_shown = False
            for child in node.children:
                children_shown = visit(child, matched and bool(terms)) or children_shown
            if node.is_folder:
                keep = children_shown or (matched and bool(terms) and not node.children)
            else:
                keep = children_shown or (matched and in_extent)
            if keep:
                shown.add(id(node))
            return keep

        visit(self.root, False)
        shown.add(id(self.root))
        return shown


def _text(value, limit=500) -> str:
    return clean_text(value, limit) if isinstance(value, (str, int, float)) else ""


class _Builder:
    def __init__(self, base_url: str):
        self.base_url = base_url
        self.problems = []

    def node(self, data, parent: Optional[LegacyNode], depth: int = 0) -> Optional[LegacyNode]:
        if depth > MAX_DEPTH:
            self.problems.append(tr("The layer tree is nested more than {depth} levels deep: the deeper nodes "
                                    "were left out.").format(depth=MAX_DEPTH))
            return None
        if not isinstance(data, dict):
            self.problems.append(tr("An entry of the layer tree is not a node and was left out."))
            return None
        kind = data.get("type") or (FOLDER if "children" in data else "")
        params = data.get("params") if isinstance(data.get("params"), dict) else {}
        params = {str(k): (v if isinstance(v, (str, int, float)) and not isinstance(v, bool) else "")
                  for k, v in params.items()}
        title = _text(data.get("title"), 300) or _text(params.get("name"), 300) or tr("(untitled)")
        if not isinstance(kind, str) or kind not in NODE_TYPES:
            self.problems.append(tr("Unknown node type “{type}” (“{title}”) left out.").format(
                type=_text(kind, 60) or "?", title=title))
            return None
        node = LegacyNode(title=title, type=kind, description=_text(data.get("description"), 4000), status=_text(data.get("status"), 40),
                          metadata_url=_text(data.get("metadata_url"), 1000), ident=_text(data.get("ident"), 100), params=params)
        node.raw_boxes = data.get("bounding_boxes") if isinstance(data.get("bounding_boxes"), list) else []
        self._boxes(node, parent)
        node.key = search_key(node.title, node.description, params.get("name", ""), node.ident)
        if kind != FOLDER:
            self._spec(node, parent)
        for child in data.get("children") or () if isinstance(data.get("children"), list) else ():
            built = self.node(child, node, depth + 1)
            if built is not None:
                node.children.append(built)
        return node

    def _boxes(self, node: LegacyNode, parent):
        declared = node.params.get("srs") or (parent.params.get("srs") if parent else "")
        for raw in node.raw_boxes:
            reading = guess_box_crs(raw, str(declared))
            if reading is None:
                self.problems.append(tr("The bounding box of “{title}” could not be read; it is ignored.").format(
                    title=node.title))
            else:
                node.boxes.append(reading)

    def _spec(self, node: LegacyNode, parent: Optional[LegacyNode]):
        params = node.params
        missing = [name for name in REQUIRED_PARAMS[node.type] if not params.get(name)]
        wanted_parent = PARENT_TYPE.get(node.type)
        if wanted_parent and (parent is None or parent.type != wanted_parent or parent.spec is None):
            node.problem = tr("“{title}” must be inside a usable {parent} node.").format(title=node.title, parent=wanted_parent)
        elif missing:
            node.problem = tr("“{title}” lacks the parameter(s) {names}.").format(title=node.title, names=", ".join(missing))
        elif "url" in params and "url" in REQUIRED_PARAMS[node.type] and not is_web_url(str(params["url"]).strip()):
            node.problem = tr("“{title}” has an address that is not an http(s) address.").format(title=node.title)
        if node.problem:
            self.problems.append(node.problem)
            return
        node.spec = build_spec(node, parent, self.base_url)
        if node.spec is None and node.type == "gdal_wms_config_file":
            node.problem = tr("“{title}” names a local file: only an http(s) address or a file shipped with the "
                              "plugin is accepted.").format(title=node.title)
        elif node.spec is None:
            node.problem = tr("“{title}” cannot be turned into a layer.").format(title=node.title)
        if node.problem:
            self.problems.append(node.problem)


def build_spec(node: LegacyNode, parent: Optional[LegacyNode], base_url: str = "") -> Optional[LayerSpec]:
    params = node.params
    crs = normalise_crs(params.get("srs")) or LAMBERT_93
    common = dict(title=node.title, abstract=node.description, metadata_url=node.metadata_url, identifier=node.ident)
    if node.boxes:
        common.update(bbox=node.wgs84, bbox_crs="EPSG:4326")
    kind = node.type
    if kind == "wms_layer":
        return LayerSpec(kind="wms", url=str(params["url"]), name=str(params["name"]), style=str(params.get("style", "")), crs=crs,
                         format=str(params.get("format") or "image/png"), **common)
    if kind == "wmts_layer":
        return LayerSpec(kind="wmts", url=str(params["url"]), name=str(params["name"]), style=str(params.get("style") or "default"),
                         crs=crs, format=str(params.get("format") or "image/png"),
                         tile_matrix_set=str(params.get("tilematrixset_name") or crs), **common)
    if kind == "wfs_feature_type":
        return LayerSpec(kind="wfs", url=str(params["url"]), name=str(params["name"]), crs=crs, version=str(params.get("version", "")),
                         ogc_filter=str(params.get("filter", "")), **common)
    if kind == "wms_layer_style":
        base = parent.spec
        return LayerSpec(kind="wms", url=base.url, name=base.name, style=str(params.get("style") or params["name"]), crs=base.crs,
                         format=base.format, **{**common, "metadata_url": node.metadata_url or base.metadata_url})
    if kind == "wfs_feature_type_filter":
        base = parent.spec
        return LayerSpec(kind="wfs", url=base.url, name=base.name, crs=base.crs, version=base.version, ogc_filter=str(params["filter"]),
                         **{**common, "metadata_url": node.metadata_url or base.metadata_url})
    if kind == "gdal_wms_config_file":
        location = gdal_config_location(str(params["file_path"]), base_url)
        return LayerSpec(kind="gdal", url=location, name="", **common) if location else None
    return None


def gdal_config_location(file_path: str, base_url: str = "") -> str:
    """Where a ``gdal_wms_config_file`` node's file is: an http(s) URL (relative paths are read
    next to the ``config.json``), or a file shipped in the plugin's data folder. Any other local
    path (``/etc/passwd``, ``../../etc/shadow``, a local file next to a local config) gives ""."""
    try:
        location = urljoin(base_url, file_path) if base_url else file_path
    except ValueError:  # http://[::1
        return ""
    if location.startswith(("http://", "https://")):
        return location if is_web_url(location) else ""
    if location.startswith("file:"):
        from urllib.parse import unquote, urlsplit

        location = unquote(urlsplit(location).path)
    try:
        path = Path(location).resolve()
        path.relative_to(PLUGIN_DATA)
    except (ValueError, OSError, RuntimeError):
        return ""
    return str(path) if path.is_file() else ""


def read_legacy_config(data, base_url: str = "") -> LegacyTree:
    """The tree of a parsed ``config.json`` (a root node, or a list of top nodes)."""
    builder = _Builder(base_url)
    if isinstance(data, list):
        data = {"title": "DataGrandEst", "type": FOLDER, "children": data}
    root = builder.node(data, None) if isinstance(data, dict) else None
    if root is None or not root.is_folder:
        raise BadAnswer(tr("The layer tree file has an unexpected shape."))
    return LegacyTree(root, builder.problems)


def parse_legacy_config(body: bytes, base_url: str = "") -> LegacyTree:
    return read_legacy_config(parse_json(body, tr("The layer tree file")), base_url)


def bundled_tree() -> LegacyTree:
    tree = parse_legacy_config(BUNDLED_CONFIG.read_bytes())
    tree.source = "bundled"
    return tree


def load_legacy_tree(transport, cache, settings, force: bool = False, feedback=None) -> LegacyTree:
    """The live tree (revalidated through the cache), else the last good copy, else the bundled one."""
    url = settings.legacy_config_url
    checked = {}

    def validate(body):
        checked["tree"] = parse_legacy_config(body, url)

    try:
        result = fetch_cached(transport, cache, HttpRequest(url), settings.cache_lifetime_seconds, validate,
                              feedback=feedback, force=force)
    except Cancelled:
        raise
    except DgeError as error:
        tree = bundled_tree()
        tree.error = error
        return tree
    tree = checked.get("tree") or parse_legacy_config(result.body, url)
    tree.source = "stale" if result.stale else ("cache" if result.from_cache else "live")
    tree.error = result.error
    return tree


def read_config_location(location: str, transport=None, cache=None, settings=None) -> LegacyTree:
    """A ``config.json`` from a file path or an http(s) URL (command line ``tree --config``)."""
    if location.startswith(("http://", "https://")):
        from dataclasses import replace

        return load_legacy_tree(transport, cache, replace(settings, legacy_config_url=location))
    try:
        body = Path(location).read_bytes()
    except OSError as error:
        raise BadAnswer(tr("The file {path} cannot be read.").format(path=clean_text(location, 200))) from cause_logged(error)
    tree = parse_legacy_config(body, Path(location).resolve().parent.as_uri() + "/")
    tree.source = location
    return tree


def gdal_config_text(body: bytes) -> str:
    """Check a downloaded GDAL WMS description before GDAL opens it."""
    from ..net.parsing import parse_xml

    root = parse_xml(body, tr("The GDAL WMS file"))
    if root.tag not in ("GDAL_WMS", "GDAL_WMTS"):
        raise BadAnswer(tr("The GDAL WMS file is not a GDAL_WMS description."))
    return body.decode("utf-8", "replace")


def fetch_gdal_config(spec: LayerSpec, transport, directory, feedback=None) -> LayerSpec:
    """A ``gdal`` spec whose file is remote, made local: downloaded, checked, written in ``directory``."""
    from dataclasses import replace
    import hashlib

    from ..net.transport import check_status

    if not spec.url.startswith(("http://", "https://")):
        return spec
    response = check_status(transport.fetch(HttpRequest(spec.url), feedback))
    text = gdal_config_text(response.content)
    path = Path(directory) / ("gdal-" + hashlib.sha1(spec.url.encode("utf-8")).hexdigest()[:16] + ".xml")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return replace(spec, url=str(path))


def source_label(source: str) -> str:
    """How to name where a shown tree comes from, in a sentence."""
    return {"bundled": tr("bundled"), "stale": tr("last good"), "cache": tr("cached")}.get(source, source)


def json_dump(tree: LegacyTree) -> str:
    return json.dumps(tree.root.to_json(), ensure_ascii=False, indent=2)
