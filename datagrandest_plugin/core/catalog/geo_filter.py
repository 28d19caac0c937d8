"""The geographic filter of a catalogue search: a box in degrees, from a territory
(``territories.territory_box``) or given.

The box goes to the catalogues (CSW ``BBox``, D4C ``geofilter.bbox``, OGC API
``bbox``); what they answer is then checked here with ``boxes_intersect``, which
counts points and edges and reads boxes crossing the antimeridian right, as
servers do not all do.
"""

from typing import List, Optional

from ..geo_boxes import Box, boxes_intersect
from .models import CatalogRecord


def within_box(records: List[CatalogRecord], box: Optional[Box], keep_unknown: bool = True) -> List[CatalogRecord]:
    """The records whose box meets ``box``; a record with no box is kept when ``keep_unknown``."""
    if box is None:
        return list(records)
    return [r for r in records if (r.bbox is None and keep_unknown) or
            (r.bbox is not None and boxes_intersect(tuple(r.bbox), tuple(box)))]
