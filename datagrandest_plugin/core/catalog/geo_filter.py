"""The geographic filter of a catalogue search: a box in degrees, from a territory or given.

The box goes to the catalogues (CSW ``BBox``, D4C ``geofilter.bbox``, OGC API
``bbox``); what they answer is then checked here with ``boxes_intersect``, which
counts points and edges and reads boxes crossing the antimeridian right, as
servers do not all do.
"""

from typing import List, Optional

from ..geo_boxes import Box, box_to_wgs84, boxes_intersect
from .models import CatalogRecord


def territory_box(territory, settings, feedback=None) -> Optional[Box]:
    """The WGS84 box of a commune, EPCI or department, from its outline in the boundary layer (QGIS)."""
    from ..territories import territory_geometry

    box = territory_geometry(territory, settings, feedback).boundingBox()
    return box_to_wgs84((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()), "EPSG:2154")


def within_box(records: List[CatalogRecord], box: Optional[Box], keep_unknown: bool = True) -> List[CatalogRecord]:
    """The records whose box meets ``box``; a record with no box is kept when ``keep_unknown``."""
    if box is None:
        return list(records)
    return [r for r in records if (r.bbox is None and keep_unknown) or
            (r.bbox is not None and boxes_intersect(tuple(r.bbox), tuple(box)))]
