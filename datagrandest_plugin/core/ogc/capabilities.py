"""Read WMS (1.1.1, 1.3.0), WFS (1.0 to 2.0), WMTS (1.0) and WCS (1.0 to 2.0) capabilities into ``ServiceLayer``s.

The one capabilities reader of the plugin: the services tree, the catalogue's
"add to map" path, the command line and the locator all read through it,
whatever version the server answers with.

A streaming reader (lxml ``iterparse``, each layer's elements freed as soon as
they are read) rather than OWSLib's object model: DataGrandEst publishes about
2,000 layers and this keeps parsing fast and light (see
``scripts/bench/layers_bench.py``, which measures both on the same document).

Faults of a document do not stop the reading: a layer without a name, a
duplicated name, a box that cannot be read, an unknown CRS each become one
sentence in ``ServiceDocument.problems`` and the other layers are kept. A
document that is not XML, or not capabilities, raises ``BadAnswer``.
"""

import io
import sys

from lxml import etree

from ..errors import BadAnswer, cause_logged
from ..geo_boxes import LAMBERT_93, normalise_crs, valid_box
from ..i18n import tr
from .ows_urls import service_base_url
from ..net.parsing import check_answer, clean_text, raise_if_exception_report, refuse_declared_entities, safe_iterparse, unreadable
from .service_model import ServiceDocument, ServiceLayer, StyleInfo, gc_paused
from .capabilities_wcs import WCS_TAGS, read_wcs
from .capabilities_wmts import read_wmts, unique_styles
from .xml_walk import LOCAL_NAMES, XLINK_HREF, child_text as _child_text, corner as _corner, free as _free, local as _local, text as _text

ROOTS = {
    "wms": ("WMS_Capabilities", "WMT_MS_Capabilities"),
    "wfs": ("WFS_Capabilities",),
    "wmts": ("Capabilities",),
    "wcs": ("WCS_Capabilities", "Capabilities"),
}
SERVICE_NAMES = {"wms": "WMS", "wfs": "WFS", "wmts": "WMTS", "wcs": "WCS"}


class _Reader:
    def __init__(self, kind: str, url: str):
        self.kind = kind
        self.url = service_base_url(url)
        self.document = ServiceDocument(kind, self.url)
        self._seen = {}
        self._unnamed = 0
        self._bad_boxes = 0
        self._unknown_crs = set()
        self.formats = ()
        self.named_root = None  # a WMS root layer with a name: listed when it is the only layer
        self._crs_memo = {}  # raw item -> interned system, or absent when unknown
        self._crs_sets = {}  # id of a parent's tuple -> (that tuple, kept alive; its frozenset)
        self._merged = {}  # (id of a parent's tuple, own systems) -> the shared merged tuple
        self._lists = {}  # each distinct list of systems, once
        self.strings = {}  # texts the layers repeat (keywords, style names), each kept once
        self._names = {}  # a box's raw CRS -> normalise_crs of it

    def add(self, layer: ServiceLayer):
        if not layer.name:
            self._unnamed += 1
            return
        if layer.name in self._seen:
            self._seen[layer.name] += 1
            return
        self._seen[layer.name] = 1
        self.document.layers.append(layer)

    def crs_list(self, values) -> tuple:
        """The known systems of ``values`` (each a space-separated list), in order, once each; every
        distinct list one tuple (the layers of a service repeat theirs: they share it)."""
        out = {}
        memo = self._crs_memo
        for value in values:
            for item in value.split():
                if item[:5] == "EPSG:" and item[5:].isdigit():  # as GeoServer writes them: already normal
                    out[item] = None  # not memoised: a root's thousands would be held twice
                    continue
                crs = memo.get(item)  # not try/except: a miss, each a traceback
                if crs is None:
                    crs = normalise_crs(item)
                    if not (crs.startswith("EPSG:") or crs == "CRS:84" or crs.startswith("AUTO")):
                        self._unknown_crs.add(clean_text(item, 60))
                        crs = None
                    elif len(memo) < 50000:
                        memo[item] = crs = sys.intern(crs)
                if crs is not None:
                    out[crs] = None
        found = tuple(out)
        return self._lists.setdefault(found, found)

    def crs_name(self, value) -> str:
        """``normalise_crs``, once per distinct value (every layer's box names the same few)."""
        try:
            return self._names[value]
        except KeyError:
            crs = normalise_crs(value)
            if len(self._names) < 1000:
                self._names[value] = crs
            return crs

    def inherited_crs(self, parent, own: tuple) -> tuple:
        """A WMS layer's systems: its parent's then its own. Shared, never copied, when it adds none
        (GeoServer lists thousands on the root and one or two on each layer)."""
        if parent is None:
            return own
        if not own:
            return parent.crs
        key = (id(parent.crs), own)
        merged = self._merged.get(key)
        if merged is None:
            known = self._crs_sets.get(id(parent.crs))
            if known is None:
                known = self._crs_sets[id(parent.crs)] = (parent.crs, frozenset(parent.crs))
            extra = tuple(c for c in own if c not in known[1])
            merged = parent.crs + extra if extra else parent.crs
            self._merged[key] = merged
        return merged

    def wgs84(self, values):
        box = valid_box(values) if values is not None else None
        if values is not None and (box is None or box[0] < -180.5 or box[2] > 180.5 or box[1] < -90.5 or box[3] > 90.5):
            self._bad_boxes += 1
            return None
        return box

    def finish(self):
        if self.named_root is not None and not self.document.layers:
            self.add(self.named_root)  # a GeoServer per-layer virtual service: the root is the layer
        service = SERVICE_NAMES[self.kind]
        problems = self.document.problems
        if self._unnamed:
            problems.append(tr("{service}: {count} layer(s) without a name were left out.").format(
                service=service, count=self._unnamed))
        duplicated = sorted(name for name, count in self._seen.items() if count > 1)
        if duplicated:
            problems.append(tr("{service}: several layers are named {names}; only the first of each is shown.").format(
                service=service, names=clean_text(", ".join(duplicated), 160)))
        if self._bad_boxes:
            problems.append(tr("{service}: {count} unreadable bounding box(es) were ignored.").format(
                service=service, count=self._bad_boxes))
        if self._unknown_crs:
            problems.append(tr("{service}: unknown coordinate reference systems ignored: {crs}.").format(
                service=service, crs=clean_text(", ".join(sorted(self._unknown_crs)), 160)))
        return self.document


# -------------------------------------------------------------------- WMS

class _WmsLayer:
    __slots__ = ("element", "parent", "resolved", "crs", "wgs84", "bbox", "bbox_crs", "styles")

    def __init__(self, element, parent):
        self.element = element
        self.parent = parent
        self.resolved = False
        self.crs, self.wgs84, self.bbox, self.bbox_crs, self.styles = (), None, None, "", ()


def _wms_style(element) -> StyleInfo:
    name = title = None  # the first of each, as child_text reads them
    legend = ""
    for child in element[:]:
        local = LOCAL_NAMES.get(child.tag) or _local(child)
        if local == "Name":
            if name is None:
                name = _text(child)
        elif local == "Title":
            if title is None:
                title = _text(child)
        elif local == "LegendURL":
            for sub in child[:]:
                if _local(sub) == "OnlineResource":
                    legend = sub.get(XLINK_HREF, "")
    return StyleInfo(name=name or "", title=title or "", legend_url=legend)


_MANY_CHILDREN = 64
_SYSTEM_TEXTS = etree.XPath("*[local-name() = 'SRS' or local-name() = 'CRS']/text()", smart_strings=False)
_OWN_TAGS = ["{*}" + name for name in ("Name", "Title", "Abstract", "KeywordList", "LatLonBoundingBox", "BoundingBox",
                                       "Style", "MetadataURL", "EX_GeographicBoundingBox")]


def _wms_resolve(reader: _Reader, ctx: _WmsLayer):
    """Read a layer's own elements (they precede its sub-layers), inherit from its parent.

    One pass over the children, the commonest first: this runs once per layer."""
    ctx.resolved = True
    parent = ctx.parent
    name = title = abstract = metadata = ""
    keywords, styles, crs_values = (), [], []
    wgs84 = bbox = None
    bbox_crs = ""
    names = LOCAL_NAMES
    element = ctx.element
    if len(element) > _MANY_CHILDREN:  # a GeoServer root: thousands of <SRS>, read as texts, no element made
        crs_values = _SYSTEM_TEXTS(element)
        children = element.iterchildren(_OWN_TAGS)
    else:
        children = element[:]
    for child in children:
        local = names.get(child.tag) or _local(child)
        if local == "SRS" or local == "CRS":
            crs_values.append(child.text or "")
        elif local == "Name":
            name = _text(child)
        elif local == "Title":
            title = _text(child, 300)
        elif local == "Abstract":
            abstract = _text(child, 4000)
        elif local == "KeywordList":
            share = reader.strings.setdefault  # "Grand Est", a year, a theme: once, not once per layer
            keywords = tuple([share(word, word) for word in
                              [_text(k, 100) for k in child[:] if k.text and _local(k) == "Keyword"]])
        elif local == "LatLonBoundingBox":
            get = child.get
            wgs84 = reader.wgs84((get("minx"), get("miny"), get("maxx"), get("maxy")))
        elif local == "BoundingBox":
            get = child.get
            crs = reader.crs_name(get("CRS") or get("SRS"))
            if crs and crs not in ("EPSG:4326", "CRS:84") and (bbox is None or crs == LAMBERT_93):
                box = valid_box((get("minx"), get("miny"), get("maxx"), get("maxy")))
                if box is not None:
                    bbox, bbox_crs = box, crs
        elif local == "Style":
            style = _wms_style(child)
            style.name, style.title = reader.strings.setdefault(style.name, style.name), \
                reader.strings.setdefault(style.title, style.title)
            if style.name:
                styles.append(style)
        elif local == "MetadataURL":
            if not metadata:
                for sub in child[:]:
                    if _local(sub) == "OnlineResource":
                        metadata = sub.get(XLINK_HREF, "")
                        if metadata:
                            break
        elif local == "EX_GeographicBoundingBox":
            try:
                wgs84 = reader.wgs84([float(_child_text(child, n)) for n in
                                      ("westBoundLongitude", "southBoundLatitude", "eastBoundLongitude", "northBoundLatitude")])
            except ValueError:
                wgs84 = reader.wgs84([])
    ctx.crs = reader.inherited_crs(parent, reader.crs_list(crs_values))
    if parent is None:
        ctx.wgs84, ctx.bbox, ctx.bbox_crs, ctx.styles = wgs84, bbox, bbox_crs, tuple(styles)
    else:
        ctx.wgs84 = wgs84 or parent.wgs84
        ctx.bbox, ctx.bbox_crs = (bbox, bbox_crs) if bbox else (parent.bbox, parent.bbox_crs)
        ctx.styles = parent.styles + tuple(styles) if styles else parent.styles
    layer = ServiceLayer(kind="wms", url=reader.url, name=name, title=title, abstract=abstract, keywords=keywords,
                         crs=ctx.crs, wgs84=ctx.wgs84,
                         bbox=ctx.bbox, bbox_crs=ctx.bbox_crs, styles=unique_styles(ctx.styles), formats=(), tile_matrix_sets={},
                         metadata_url=metadata)
    if parent is None:
        reader.document.title = title
        reader.named_root = layer if name else None  # else the root is the whole service, not a layer to add
        return
    reader.add(layer)


def _read_wms(reader: _Reader, events):
    stack = []
    formats = []
    for event, element in events:
        local = _local(element)
        if local == "Request":
            for operation in element[:]:
                if _local(operation) == "GetMap":
                    formats = [_text(f) for f in operation[:] if _local(f) == "Format"]
            continue
        if local != "Layer":
            continue
        if event == "start":
            if stack and not stack[-1].resolved:
                _wms_resolve(reader, stack[-1])
            stack.append(_WmsLayer(element, stack[-1] if stack else None))
            continue
        ctx = stack.pop()
        if not ctx.resolved:
            _wms_resolve(reader, ctx)
        _free(element)
    reader.formats = tuple(formats)


# -------------------------------------------------------------------- WFS

def _read_wfs(reader: _Reader, events):
    for _event, element in events:
        if _local(element) != "FeatureType":
            continue
        name = title = abstract = metadata = ""
        keywords, crs_values = [], []
        wgs84 = None
        for child in element[:]:
            sub = _local(child)
            if sub == "Name":
                name = _text(child)
            elif sub == "Title":
                title = _text(child, 300)
            elif sub == "Abstract":
                abstract = _text(child, 4000)
            elif sub in ("Keywords", "KeywordList"):
                words = [_text(k, 100) for k in child[:] if _local(k) == "Keyword" and k.text]
                keywords += words or [w.strip() for w in (child.text or "").split(",") if w.strip()]
            elif sub in ("DefaultSRS", "DefaultCRS", "OtherSRS", "OtherCRS", "SRS"):
                crs_values.append(child.text or "")
            elif sub == "WGS84BoundingBox":
                lower, upper = _corner(child, "LowerCorner"), _corner(child, "UpperCorner")
                wgs84 = reader.wgs84(lower + upper if lower and upper else [])
            elif sub == "LatLongBoundingBox":
                wgs84 = reader.wgs84([child.get(k) for k in ("minx", "miny", "maxx", "maxy")])
            elif sub == "MetadataURL":
                metadata = metadata or child.get(XLINK_HREF, "") or _text(child)
        reader.add(ServiceLayer(kind="wfs", url=reader.url, name=name, title=title, abstract=abstract, keywords=tuple(keywords),
                                crs=reader.crs_list(crs_values), wgs84=wgs84, bbox=None, bbox_crs="", styles=[], formats=(),
                                tile_matrix_sets={}, metadata_url=metadata))
        _free(element)


READERS = {"wms": _read_wms, "wfs": _read_wfs, "wmts": read_wmts, "wcs": read_wcs}
# The elements each reader is called for (start and end events); others are built, not visited.
TAGS = {"wms": ["{*}Layer", "{*}Request"], "wfs": ["{*}FeatureType"], "wmts": ["{*}Layer", "{*}TileMatrixSet"],
        "wcs": WCS_TAGS}
EVENTS = {"wms": ("start", "end"), "wfs": ("end",), "wmts": ("end",), "wcs": ("end",)}


def _service_title(root) -> str:
    for child in root:
        if _local(child) in ("Service", "ServiceIdentification"):
            return _child_text(child, "Title")
    return ""


def parse_capabilities(kind: str, body: bytes, url: str) -> ServiceDocument:
    """The layers of a capabilities document of service ``kind`` read from ``url``."""
    what = tr("The {service} service").format(service=SERVICE_NAMES[kind])
    check_answer(body, what)
    reader = _Reader(kind, url)
    events = safe_iterparse(io.BytesIO(body), EVENTS[kind], TAGS[kind])
    try:
        with gc_paused():
            READERS[kind](reader, events)
    except etree.XMLSyntaxError as error:
        raise unreadable(error, what) from cause_logged(error)
    root = events.root
    if root is None:
        raise BadAnswer(tr("{what} sent an unreadable XML document.").format(what=what))
    refuse_declared_entities(root, what)  # none was resolved: the parser resolves no entity
    raise_if_exception_report(root, what)
    if _local(root) not in ROOTS[kind]:
        raise BadAnswer(tr("{what} did not send a capabilities document.").format(what=what))
    reader.document.title = _service_title(root) or reader.document.title  # WMS: else its root layer's
    document = reader.finish()
    if kind == "wms":
        for layer in document.layers:
            layer.formats = reader.formats
    return document
