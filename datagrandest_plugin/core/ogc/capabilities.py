"""Read WMS (1.1.1, 1.3.0), WFS (1.0 to 2.0), WMTS (1.0) and WCS (1.0 to 2.0) capabilities into ``ServiceLayer``s.

The one capabilities reader of the plugin: the services tree, the catalogue's
"add to map" path, the command line and the locator all read through it,
whatever version the server answers with.

A streaming reader (lxml's pull parser fed the answer's pieces as they came,
16 KB at a time, each layer's elements freed as soon as they are read) rather
than OWSLib's object model: DataGrandEst publishes about 2,000 layers and this
keeps parsing fast and light (``scripts/bench/layers_bench.py`` and
``scale_bench.py`` measure it beside OWSLib and lxml on the same bytes).

Faults of a document do not stop the reading: a layer without a name, a
duplicated name, a box that cannot be read, an unknown CRS each become one
sentence in ``ServiceDocument.problems`` and the other layers are kept. A
document that is not XML, or not capabilities, raises ``BadAnswer``.
"""

import sys

from lxml import etree

from ..errors import BadAnswer, cause_logged
from ..geo_boxes import normalise_crs, valid_box
from ..i18n import tr
from .ows_urls import service_base_url
from ..net.parsing import StreamedEvents, check_answer, clean_text, raise_if_exception_report, refuse_declared_entities, unreadable
from .service_model import ServiceDocument, ServiceLayer, gc_paused
from .capabilities_wcs import WCS_TAGS, read_wcs
from .capabilities_wms import EVENTS as WMS_EVENTS, TAGS as WMS_TAGS, read_wms
from .capabilities_wmts import read_wmts
from .xml_walk import XLINK_HREF, child_text as _child_text, corner as _corner, free as _free, local as _local, text as _text

ROOTS = {
    "wms": ("WMS_Capabilities", "WMT_MS_Capabilities"),
    "wfs": ("WFS_Capabilities",),
    "wmts": ("Capabilities",),
    "wcs": ("WCS_Capabilities", "Capabilities"),
}
SERVICE_NAMES = {"wms": "WMS", "wfs": "WFS", "wmts": "WMTS", "wcs": "WCS"}


def _plain_epsg_codes(values) -> bool:
    """Each of ``values`` exactly one ``EPSG:<digits>``, checked by a few passes of C over them joined
    (a regular expression's repeat over a root's thousands took 1.2 MB of stack and 0.3 ms)."""
    joined, count = " ".join(values), len(values)
    return (joined.count(" ") == count - 1 and joined.count("EPSG:") == count
            and ("\n" + joined.replace(" ", "\n")).count("\nEPSG:") == count and "EPSG:\n" not in joined + "\n"
            and "EPSG: " not in joined and joined.replace("EPSG:", "").replace(" ", "").isdigit() and joined.isascii())


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
        self._crs_sets = {}  # id of a parent's tuple -> [that tuple, kept alive; lists merged with it; its frozenset]
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
        if len(values) > 64 and _plain_epsg_codes(values):  # a GeoServer root: thousands, already normal
            found = tuple(dict.fromkeys(values))
            return self._lists.setdefault(found, found)
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
                known = self._crs_sets[id(parent.crs)] = [parent.crs, 0, None]
            known[1] += 1
            if known[2] is None and known[1] > 8:  # many distinct own lists: a set (a root's thousands: 0.5 MB)
                known[2] = frozenset(parent.crs)
            inherited = known[2] if known[2] is not None else parent.crs  # else a scan, once per own list
            extra = tuple(c for c in own if c not in inherited)
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


READERS = {"wms": read_wms, "wfs": _read_wfs, "wmts": read_wmts, "wcs": read_wcs}
# The elements each reader is called for (start and end events); others are built, not visited.
TAGS = {"wms": WMS_TAGS, "wfs": ["{*}FeatureType"], "wmts": ["{*}Layer", "{*}TileMatrixSet"], "wcs": WCS_TAGS}
EVENTS = {"wms": WMS_EVENTS, "wfs": ("end",), "wmts": ("end",), "wcs": ("end",)}


def _service_title(root) -> str:
    for child in root:
        if _local(child) in ("Service", "ServiceIdentification"):
            return _child_text(child, "Title")
    return ""


def parse_capabilities(kind: str, body, url: str) -> ServiceDocument:
    """The layers of a capabilities document of service ``kind`` read from ``url``. ``body``: bytes,
    or a list of them (the answer as it came: parsed piece by piece, never joined)."""
    what = tr("The {service} service").format(service=SERVICE_NAMES[kind])
    check_answer(body, what)
    reader = _Reader(kind, url)
    events = StreamedEvents(body, EVENTS[kind], TAGS[kind])
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
