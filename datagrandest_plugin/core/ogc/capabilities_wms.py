"""The layers of WMS 1.1.1 and 1.3.0 capabilities: nested ``<Layer>``s, each inheriting its parent's
systems, boxes and styles.

Called by ``capabilities.parse_capabilities`` with its layer collector, as ``capabilities_wmts``.
Read as the document streams in: a layer's own elements (they precede its sub-layers) are read when
its first sub-layer starts, or when it ends, then dropped. A root listing thousands of systems (as
GeoServer writes them) has them read and dropped between two pieces of the document
(``drop_read_systems``), never all held as elements.
"""

from lxml import etree

from ..geo_boxes import LAMBERT_93, valid_box
from .capabilities_wmts import unique_styles
from .service_model import ServiceLayer, StyleInfo
from .xml_walk import LOCAL_NAMES, XLINK_HREF, child_text, free, local as local_name, text, text_of

TAGS = ["{*}Layer", "{*}Request"]
EVENTS = ("start", "end")
_LAYER = ["{*}Layer"]
_MANY_CHILDREN = 64
_SYSTEMS = ("SRS", "CRS")
_PATHS = {}  # a layer's namespace -> (the texts of its systems, its other children): no element made for each system
_GEOGRAPHIC = ("westBoundLongitude", "southBoundLatitude", "eastBoundLongitude", "northBoundLatitude")


class _WmsLayer:
    """A ``<Layer>`` being read: what its own elements said so far, then what it hands its sub-layers."""

    __slots__ = ("element", "parent", "resolved", "crs", "wgs84", "bbox", "bbox_crs", "styles",
                 "name", "title", "abstract", "metadata", "keywords", "own_styles", "crs_values")

    def __init__(self, element, parent):
        self.element, self.parent, self.resolved = element, parent, False
        self.crs, self.wgs84, self.bbox, self.bbox_crs, self.styles = (), None, None, "", ()
        self.name = self.title = self.abstract = self.metadata = ""
        self.keywords, self.own_styles, self.crs_values = (), [], []


def read_wms(reader, events):
    stack = []
    formats = []
    names = LOCAL_NAMES
    events.between = lambda: stack and not stack[-1].resolved and drop_read_systems(reader, stack[-1])
    for event, element in events:
        local = names.get(element.tag) or local_name(element)
        if local == "Layer":
            if event == "start":
                if stack and not stack[-1].resolved:
                    _resolve(reader, stack[-1])
                stack.append(_WmsLayer(element, stack[-1] if stack else None))
            else:
                ctx = stack.pop()
                if not ctx.resolved:
                    _resolve(reader, ctx)
                free(element)
        elif event == "end" and local == "Request":
            for operation in element[:]:
                if local_name(operation) == "GetMap":
                    formats = [text(f) for f in operation[:] if local_name(f) == "Format"]
    reader.formats = tuple(formats)


def drop_read_systems(reader, ctx):
    """Between two pieces of the document: a layer still reading its own elements, with many of them
    (a root's thousands of systems) and no sub-layer yet, has those already complete read and dropped."""
    element = ctx.element
    if len(element) <= _MANY_CHILDREN or next(element.iterchildren(_LAYER), None) is not None:
        return  # few, or its first sub-layer is in: all read at that layer's start
    system_texts, others, system_tags = _paths(element)
    last = element[-1]  # may still be arriving: left for the next piece
    found = system_texts(element)
    if found and last.tag in system_tags and last.text is not None:
        found.pop()  # the last text is the last child's
    ctx.crs_values += found
    rest = others(element)
    if rest and rest[-1] is last:
        rest.pop()
    _absorb(reader, ctx, rest)
    del element[:-1]


def _paths(element):
    """XPath expressions in the layer's own namespace (WMS 1.3.0's, or none for 1.1.1), much cheaper
    than matching local names."""
    tag = element.tag
    space = tag[1:tag.index("}")] if tag[:1] == "{" else ""
    paths = _PATHS.get(space)
    if paths is None:
        prefix, names = ("w:", {"w": space}) if space else ("", None)
        paths = (etree.XPath(f"{prefix}SRS/text() | {prefix}CRS/text()", namespaces=names, smart_strings=False),
                 etree.XPath(f"*[not(self::{prefix}SRS or self::{prefix}CRS)]", namespaces=names),
                 {f"{{{space}}}{name}" if space else name for name in _SYSTEMS})
        if len(_PATHS) < 8:
            _PATHS[space] = paths
    return paths


def _absorb(reader, ctx, children):
    """Read a layer's own elements among ``children`` into ``ctx``. One pass, the commonest first:
    this runs once per layer."""
    names = LOCAL_NAMES
    share = reader.strings.setdefault  # "Grand Est", a year, a style name: once, not once per layer
    for child in children:
        local = names.get(child.tag) or local_name(child)
        if local == "Name":
            ctx.name = text_of(child.text)
        elif local == "Title":
            ctx.title = text_of(child.text, 300)
        elif local == "Abstract":
            ctx.abstract = text_of(child.text, 4000)
        elif local == "KeywordList":
            words = []
            for keyword in child[:]:
                value = keyword.text  # read once: lxml makes a new string at each read
                if value and (names.get(keyword.tag) or local_name(keyword)) == "Keyword":
                    value = text_of(value, 100)
                    words.append(share(value, value))
            ctx.keywords = tuple(words)
        elif local == "SRS" or local == "CRS":
            ctx.crs_values.append(child.text or "")
        elif local == "LatLonBoundingBox":
            get = child.get
            ctx.wgs84 = reader.wgs84((get("minx"), get("miny"), get("maxx"), get("maxy")))
        elif local == "BoundingBox":
            get = child.get
            crs = reader.crs_name(get("CRS") or get("SRS"))
            if crs and crs not in ("EPSG:4326", "CRS:84") and (ctx.bbox is None or crs == LAMBERT_93):
                box = valid_box((get("minx"), get("miny"), get("maxx"), get("maxy")))
                if box is not None:
                    ctx.bbox, ctx.bbox_crs = box, crs
        elif local == "Style":
            style = _style(child, share)
            if style.name:
                ctx.own_styles.append(style)
        elif local == "MetadataURL":
            if not ctx.metadata:
                for sub in child[:]:
                    if local_name(sub) == "OnlineResource":
                        ctx.metadata = sub.get(XLINK_HREF, "")
                        if ctx.metadata:
                            break
        elif local == "EX_GeographicBoundingBox":
            try:
                ctx.wgs84 = reader.wgs84([float(child_text(child, n)) for n in _GEOGRAPHIC])
            except ValueError:
                ctx.wgs84 = reader.wgs84([])


def _style(element, share) -> StyleInfo:
    name = title = None  # the first of each
    legend = ""
    names = LOCAL_NAMES
    for child in element[:]:
        local = names.get(child.tag) or local_name(child)
        if local == "Name":
            if name is None:
                name = text_of(child.text)
        elif local == "Title":
            if title is None:
                title = text_of(child.text)
        elif local == "LegendURL":
            for sub in child[:]:
                if (names.get(sub.tag) or local_name(sub)) == "OnlineResource":
                    legend = sub.get(XLINK_HREF, "")
    name, title = name or "", title or ""
    return StyleInfo(name=share(name, name), title=share(title, title), legend_url=legend)


def _resolve(reader, ctx: _WmsLayer):
    """The layer's own elements all read (its first sub-layer started, or it ended): inherit from its
    parent, hand the layer to the reader."""
    ctx.resolved = True
    element = ctx.element
    if len(element) > _MANY_CHILDREN:  # a root whose systems were not dropped yet: read as texts
        system_texts, others, _tags = _paths(element)
        ctx.crs_values += system_texts(element)
        _absorb(reader, ctx, others(element))
    else:
        _absorb(reader, ctx, element[:])
    parent = ctx.parent
    ctx.crs = reader.inherited_crs(parent, reader.crs_list(ctx.crs_values))
    ctx.crs_values = None
    styles = ctx.own_styles
    if parent is None:
        ctx.styles = tuple(styles)
    else:
        ctx.wgs84 = ctx.wgs84 or parent.wgs84
        if not ctx.bbox:
            ctx.bbox, ctx.bbox_crs = parent.bbox, parent.bbox_crs
        ctx.styles = parent.styles + tuple(styles) if styles else parent.styles
    layer = ServiceLayer(kind="wms", url=reader.url, name=ctx.name, title=ctx.title, abstract=ctx.abstract,
                         keywords=ctx.keywords, crs=ctx.crs, wgs84=ctx.wgs84, bbox=ctx.bbox, bbox_crs=ctx.bbox_crs,
                         styles=unique_styles(ctx.styles), metadata_url=ctx.metadata)
    if parent is None:
        reader.document.title = ctx.title
        reader.named_root = layer if ctx.name else None  # else the root is the whole service, not a layer to add
        return
    reader.add(layer)
