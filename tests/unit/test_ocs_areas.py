"""Class areas add up to the territory: what the published product does not cover is a last row."""

import pytest

from datagrandest_plugin.core.ocs.statistics import UNCOVERED, class_areas, uncovered_ha
from datagrandest_plugin.core.ocs.nomenclature import NIVEAU_1


class Piece:
    def __init__(self, hectares):
        self.hectares = hectares

    def area(self):
        return self.hectares * 10000.0


FEATURES = [({"code_niv1": "1"}, Piece(30.0)), ({"code_niv1": "2"}, Piece(50.0)), ({"code_niv1": "1"}, Piece(10.0))]


def test_uncovered_row_when_the_product_stops_short():
    rows = class_areas(FEATURES, NIVEAU_1, territory_ha=100.0)
    assert [(r["code"], r["area_ha"], r["share_pct"]) for r in rows] == [("1", 40.0, 40.0), ("2", 50.0, 50.0),
                                                                         (UNCOVERED, 10.0, 10.0)]
    assert sum(r["area_ha"] for r in rows) == pytest.approx(100.0)


def test_no_uncovered_row_for_rounding_noise_or_without_the_territory():
    assert [r["code"] for r in class_areas(FEATURES, NIVEAU_1, territory_ha=90.0000001)] == ["1", "2"]
    assert [r["share_pct"] for r in class_areas(FEATURES, NIVEAU_1)] == [pytest.approx(44.44), pytest.approx(55.56)]
    assert uncovered_ha(90.0, 90.0) == 0.0 and uncovered_ha(90.0, 95.0) == 0.0
