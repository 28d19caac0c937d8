"""The coverages of WCS capabilities: 1.0.0 (``CoverageOfferingBrief``), 1.1.x and 2.0.x (``CoverageSummary``).

Called by ``capabilities.parse_capabilities`` with its layer collector; the
CRS of a WCS 1.0 or 2.0 coverage is only in DescribeCoverage, so the layer
carries none and the resolver falls back on the default CRS.
"""

from .service_model import ServiceLayer
from .xml_walk import XLINK_HREF, child_text, corner, free, local, text

WCS_TAGS = ["{*}CoverageOfferingBrief", "{*}CoverageSummary"]


def _lon_lat_envelope(reader, element):
    """WCS 1.0 ``lonLatEnvelope``: two ``gml:pos``, lon lat each."""
    corners = []
    for pos in element[:]:
        if local(pos) == "pos":
            try:
                values = [float(v) for v in text(pos).split()]
            except ValueError:
                values = []
            corners.append(values)
    if len(corners) == 2 and all(len(c) == 2 for c in corners):
        return reader.wgs84(corners[0] + corners[1])
    return reader.wgs84([])


def read_wcs(reader, events):
    for _event, element in events:
        name = title = abstract = metadata = ""
        keywords, crs_values, formats = [], [], []
        wgs84 = None
        for child in element[:]:
            sub = local(child)
            if sub in ("name", "Identifier", "CoverageId"):
                name = name or text(child)
            elif sub in ("label", "Title"):
                title = text(child, 300)
            elif sub in ("description", "Abstract"):
                abstract = text(child, 4000)
            elif sub in ("keywords", "Keywords"):
                keywords += [text(k, 100) for k in child[:] if local(k) in ("keyword", "Keyword") and k.text]
            elif sub == "lonLatEnvelope":
                wgs84 = _lon_lat_envelope(reader, child)
            elif sub == "WGS84BoundingBox":
                lower, upper = corner(child, "LowerCorner"), corner(child, "UpperCorner")
                wgs84 = reader.wgs84(lower + upper if lower and upper else [])
            elif sub == "SupportedCRS":
                crs_values.append(child.text or "")
            elif sub == "SupportedFormat":
                formats.append(text(child))
            elif sub in ("metadataLink", "Metadata"):
                metadata = metadata or child.get(XLINK_HREF, "") or child_text(child, "OnlineResource")
        reader.add(ServiceLayer(kind="wcs", url=reader.url, name=name, title=title, abstract=abstract, keywords=tuple(keywords),
                                crs=tuple(reader.crs_list(crs_values)), wgs84=wgs84, bbox=None, bbox_crs="", styles=[],
                                formats=tuple(formats), tile_matrix_sets={}, metadata_url=metadata))
        free(element)
