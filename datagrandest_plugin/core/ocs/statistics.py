"""OCS GE² statistics over clipped features: areas per class, the change matrix, artificialisation."""

from typing import Dict, List, Optional

from ..i18n import tr
from .nomenclature import AGRI_NATURAL, ARTIFICIAL, NIVEAU_1, Reading
from .overlay import overlay


def uncovered_ha(territory_ha: float, covered_ha: float) -> float:
    """Hectares of the territory the published product does not cover (0 below rounding noise)."""
    missing = territory_ha - covered_ha
    return round(missing, 4) if missing > max(0.01, territory_ha * 1e-5) else 0.0


UNCOVERED = "non_couvert"  # the class-areas row of what the published product does not cover


def class_areas(features, reading: Reading = NIVEAU_1, territory_ha: Optional[float] = None) -> List[dict]:
    """Area (ha) per class of ``reading`` over clipped features ``(attributes, geometry)``.

    With the territory's area, shares are of the territory and a last row ``non_couvert`` holds
    what the product does not cover, so that the rows add up to the territory."""
    totals: Dict[str, float] = {}
    for attributes, geometry in features:
        code = reading.class_of(attributes)
        totals[code] = totals.get(code, 0.0) + geometry.area() / 10000.0
    covered = sum(totals.values())
    missing = uncovered_ha(territory_ha, covered) if territory_ha is not None else 0.0
    whole = (covered + missing) or 1.0
    order = {c.code: i for i, c in enumerate(reading.classes)}
    rows = [{"code": code, "label": reading.label(code), "area_ha": round(area, 4),
             "share_pct": round(100.0 * area / whole, 2)}
            for code, area in sorted(totals.items(), key=lambda kv: (order.get(kv[0], 999), kv[0]))]
    if missing:
        rows.append({"code": UNCOVERED, "label": tr("Not covered by the published OCS GE²"),
                     "area_ha": round(missing, 4), "share_pct": round(100.0 * missing / whole, 2)})
    return rows


def change_matrix(features_a, features_b, reading: Reading = NIVEAU_1, feedback=None) -> List[dict]:
    """Area (ha) moving from each class (first millésime) to each class (second), by overlay.
    For several readings, call ``ocs_overlay.overlay`` once and ``.matrix`` per reading."""
    return overlay(features_a, features_b, feedback).matrix(reading)


def artificialised_ha(matrix_niveau_1: List[dict]) -> float:
    """Hectares that moved from agricultural or natural classes (level 1) to artificial ones."""
    return round(sum(row["area_ha"] for row in matrix_niveau_1
                     if row["from_code"] in AGRI_NATURAL and row["to_code"] in ARTIFICIAL), 4)
