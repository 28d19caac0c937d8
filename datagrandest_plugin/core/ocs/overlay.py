"""Overlay of two OCS GE² millésimes: one intersection pass, any number of readings.

Between two millésimes of a land-cover partition most pairs of candidate
polygons only touch (no area) and many pieces did not change. For each
polygon of the first millésime (prepared once), the candidates of the second
(spatial index) whose inner point lies inside it come first; a candidate it
contains is taken whole without an intersection (one with the very same
vertices, an unchanged polygon, without even GEOS: comparing vertices costs
a hundredth of a prepared "contains"); and once the pieces found
add up to the polygon's own area, the remaining candidates can only touch it
and are skipped. The pieces (which polygon of each millésime, how many m²)
are kept, so the change matrix of every reading is a sum over them, not a
second overlay.
"""

from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from ..errors import Cancelled
from .nomenclature import Reading

_WHOLE = 1 - 1e-9  # a polygon covered to this fraction has no piece left worth an intersection


@dataclass
class Overlay:
    attributes_a: List[dict]
    attributes_b: List[dict]
    pieces: List[Tuple[int, int, float]]  # (polygon of a, polygon of b, m²)

    def matrix(self, reading: Reading) -> List[dict]:
        """Area (ha) moving from each class of ``reading`` (first millésime) to each class (second)."""
        classes_a = [reading.class_of(a) for a in self.attributes_a]
        classes_b = [reading.class_of(b) for b in self.attributes_b]
        moves: Dict[Tuple[str, str], float] = {}
        for i, j, area in self.pieces:
            key = (classes_a[i], classes_b[j])
            moves[key] = moves.get(key, 0.0) + area
        order = {c.code: n for n, c in enumerate(reading.classes)}
        ranked = sorted(moves.items(), key=lambda kv: (order.get(kv[0][0], 999), order.get(kv[0][1], 999), kv[0]))
        return [{"from_code": a, "from_label": reading.label(a), "to_code": b, "to_label": reading.label(b),
                 "area_ha": round(area / 10000.0, 4)}
                for (a, b), area in ranked]


def overlay(features_a: Sequence, features_b: Sequence, feedback=None,
            progress: Optional[Callable[[float], None]] = None) -> Overlay:
    """Intersect clipped features ``(attributes, geometry)`` of two millésimes once."""
    from qgis.core import QgsGeometry, QgsSpatialIndex

    features_a, features_b = list(features_a), list(features_b)
    index = QgsSpatialIndex()
    inner_points, areas_b = [], []
    for number, (_attributes, geometry) in enumerate(features_b):
        index.addFeature(number, geometry.boundingBox())
        inner_points.append(geometry.pointOnSurface())
        areas_b.append(geometry.area())
    pieces: List[Tuple[int, int, float]] = []
    step = max(1, len(features_a) // 100)
    for i, (_attributes, geometry) in enumerate(features_a):
        if i % step == 0:
            if feedback is not None and feedback.isCanceled():
                raise Cancelled()
            if progress is not None:
                progress(i / max(1, len(features_a)))
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        candidates = index.intersects(geometry.boundingBox())
        first = [j for j in candidates if not inner_points[j].isNull() and engine.contains(inner_points[j].constGet())]
        taken = set(first)
        ordered = first + [j for j in candidates if j not in taken]
        wanted, found = geometry.area() * _WHOLE, 0.0
        for j in ordered:
            if found >= wanted:
                break  # the rest only touch this polygon
            other_geometry = features_b[j][1]
            other = other_geometry.constGet()
            if geometry.equals(other_geometry) or engine.contains(other):
                area = areas_b[j]
            elif not engine.intersects(other):
                continue
            else:
                piece = engine.intersection(other)
                area = piece.area() if piece is not None else 0.0
            if area > 0:
                found += area
                pieces.append((i, j, area))
    if progress is not None:
        progress(1.0)
    return Overlay(attributes_a=[a for a, _g in features_a], attributes_b=[b for b, _g in features_b], pieces=pieces)
