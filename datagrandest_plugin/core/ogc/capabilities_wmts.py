"""The layers of WMTS 1.0 capabilities (``Contents/Layer``, their tile matrix sets' CRS).

Called by ``capabilities.parse_capabilities`` with its layer collector, as ``capabilities_wcs``.
"""

from ..geo_boxes import normalise_crs, valid_box
from .service_model import ServiceLayer, StyleInfo
from .xml_walk import XLINK_HREF, child_text as _child_text, corner as _corner, free as _free, local as _local, text as _text


def unique_styles(styles):
    """``styles`` without a second style of the same name, in their order."""
    if len(styles) < 2:
        return list(styles)
    seen, out = set(), []
    for style in styles:
        if style.name not in seen:
            seen.add(style.name)
            out.append(style)
    return out


def read_wmts(reader, events):
    matrix_sets = {}
    pending = []
    for _event, element in events:
        local = _local(element)
        parent = element.getparent()
        parent_local = _local(parent) if parent is not None else ""
        if local == "TileMatrixSet" and parent_local == "Contents":
            identifier = _child_text(element, "Identifier")
            matrix_sets[identifier] = normalise_crs(_child_text(element, "SupportedCRS"))
            _free(element)
        elif local == "Layer" and parent_local == "Contents":
            pending.append(_wmts_layer(reader, element))
            _free(element)
    for layer, links in pending:
        layer.tile_matrix_sets = {link: matrix_sets.get(link, "") for link in links}
        layer.crs = tuple(dict.fromkeys(c for c in layer.tile_matrix_sets.values() if c))
        reader.add(layer)


def _wmts_layer(reader, element):
    name = title = abstract = metadata = ""
    keywords, styles, formats, links = [], [], [], []
    wgs84 = bbox = None
    bbox_crs = ""
    for child in element[:]:
        sub = _local(child)
        if sub == "Identifier":
            name = _text(child)
        elif sub == "Title":
            title = _text(child, 300)
        elif sub == "Abstract":
            abstract = _text(child, 4000)
        elif sub == "Keywords":
            keywords = [_text(k, 100) for k in child[:] if _local(k) == "Keyword" and k.text]
        elif sub == "WGS84BoundingBox":
            lower, upper = _corner(child, "LowerCorner"), _corner(child, "UpperCorner")
            wgs84 = reader.wgs84(lower + upper if lower and upper else [])
        elif sub == "BoundingBox":
            lower, upper = _corner(child, "LowerCorner"), _corner(child, "UpperCorner")
            crs = normalise_crs(child.get("crs"))
            if lower and upper and crs and crs not in ("EPSG:4326", "CRS:84"):
                bbox, bbox_crs = valid_box(lower + upper), crs
        elif sub == "Style":
            legend = ""
            for item in child[:]:
                if _local(item) == "LegendURL":
                    legend = item.get(XLINK_HREF, "")
            style = StyleInfo(name=_child_text(child, "Identifier"), title=_child_text(child, "Title"), legend_url=legend)
            if style.name:
                styles.insert(0, style) if child.get("isDefault") == "true" else styles.append(style)
        elif sub == "Format":
            formats.append(_text(child))
        elif sub == "TileMatrixSetLink":
            link = _child_text(child, "TileMatrixSet")
            if link:
                links.append(link)
        elif sub == "MetadataURL":
            metadata = metadata or child.get(XLINK_HREF, "")
    layer = ServiceLayer(kind="wmts", url=reader.url, name=name, title=title, abstract=abstract, keywords=tuple(keywords),
                         crs=(), wgs84=wgs84, bbox=bbox, bbox_crs=bbox_crs,
                         styles=unique_styles(styles), formats=tuple(formats), tile_matrix_sets={}, metadata_url=metadata)
    return layer, links
