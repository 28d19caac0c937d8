"""The layers of WMTS 1.0 capabilities: each ``Layer`` of ``Contents``, its tile matrix sets' CRS.

Called by ``capabilities.parse_capabilities`` with its layer collector, as the WCS reader is.
"""

from ..geo_boxes import normalise_crs, valid_box
from .service_model import ServiceLayer, StyleInfo, unique_styles
from .xml_walk import XLINK_HREF, child_text, corner, free, local, text


def read_wmts(reader, events):
    matrix_sets = {}
    pending = []
    for _event, element in events:
        tag = local(element)
        parent = element.getparent()
        parent_local = local(parent) if parent is not None else ""
        if tag == "TileMatrixSet" and parent_local == "Contents":
            identifier = child_text(element, "Identifier")
            matrix_sets[identifier] = normalise_crs(child_text(element, "SupportedCRS"))
            free(element)
        elif tag == "Layer" and parent_local == "Contents":
            pending.append(_wmts_layer(reader, element))
            free(element)
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
        sub = local(child)
        if sub == "Identifier":
            name = text(child)
        elif sub == "Title":
            title = text(child, 300)
        elif sub == "Abstract":
            abstract = text(child, 4000)
        elif sub == "Keywords":
            keywords = [text(k, 100) for k in child[:] if local(k) == "Keyword" and k.text]
        elif sub == "WGS84BoundingBox":
            lower, upper = corner(child, "LowerCorner"), corner(child, "UpperCorner")
            wgs84 = reader.wgs84(lower + upper if lower and upper else [])
        elif sub == "BoundingBox":
            lower, upper = corner(child, "LowerCorner"), corner(child, "UpperCorner")
            crs = normalise_crs(child.get("crs"))
            if lower and upper and crs and crs not in ("EPSG:4326", "CRS:84"):
                bbox, bbox_crs = valid_box(lower + upper), crs
        elif sub == "Style":
            legend = ""
            for item in child[:]:
                if local(item) == "LegendURL":
                    legend = item.get(XLINK_HREF, "")
            style = StyleInfo(child_text(child, "Identifier"), child_text(child, "Title"), legend)
            if style.name:
                styles.insert(0, style) if child.get("isDefault") == "true" else styles.append(style)
        elif sub == "Format":
            formats.append(text(child))
        elif sub == "TileMatrixSetLink":
            link = child_text(child, "TileMatrixSet")
            if link:
                links.append(link)
        elif sub == "MetadataURL":
            metadata = metadata or child.get(XLINK_HREF, "")
    layer = ServiceLayer("wmts", reader.url, name, title, abstract, tuple(keywords), (), wgs84, bbox, bbox_crs,
                         unique_styles(styles), tuple(formats), {}, metadata)
    return layer, links
