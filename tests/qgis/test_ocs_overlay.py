"""One overlay of two millésimes serves every reading, and gives the same hectares as
intersecting every pair of polygons (computed here independently, pair by pair)."""

import random

import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle

from datagrandest_plugin.core.ocs.nomenclature import COUVERTURE, LCR_NIV2, NIVEAU_1
from datagrandest_plugin.core.ocs.overlay import overlay


def partition(seeds, extent):
    cells = QgsGeometry.fromMultiPointXY([QgsPointXY(x, y) for x, y in seeds]).voronoiDiagram(QgsGeometry.fromRect(extent))
    clip = QgsGeometry.fromRect(extent)
    return [part.intersection(clip) for part in cells.asGeometryCollection()]


def land_cover(geometries, rnd):
    codes = ["CS1.1.1.1", "CS1.1.2.1", "CS2.1.1.1", "CS2.2.1", "CS1.2.2"]
    uses = ["US1.1", "US2", "US235", "US5", "US6.1"]
    return [({"code_niv1": rnd.choice("1234"), "code_cs": rnd.choice(codes), "code_us": rnd.choice(uses)}, g)
            for g in geometries]


@pytest.fixture(scope="module")
def two_millesimes(qgis_app):
    rnd = random.Random(7)
    extent = QgsRectangle(0, 0, 2000, 2000)
    seeds = [(rnd.uniform(0, 2000), rnd.uniform(0, 2000)) for _ in range(300)]
    moved = [(x + rnd.uniform(-40, 40), y + rnd.uniform(-40, 40)) if rnd.random() < 0.2 else (x, y) for x, y in seeds]
    first = land_cover(partition(seeds, extent), rnd)
    # the second does not cover a strip of the territory (as an unpublished department would)
    second = [(a, g) for a, g in land_cover(partition(moved, extent), rnd) if g.boundingBox().xMinimum() < 1800]
    return first, second


def pairwise_matrix(first, second, reading):
    moves = {}
    for a, ga in first:
        for b, gb in second:
            area = ga.intersection(gb).area()
            if area > 0:
                key = (reading.class_of(a), reading.class_of(b))
                moves[key] = moves.get(key, 0.0) + area / 10000.0
    return moves


def test_one_overlay_gives_every_reading_the_pairwise_hectares(two_millesimes):
    first, second = two_millesimes
    unchanged = sum(1 for _a, ga in first for _b, gb in second if ga.equals(gb))
    assert unchanged > 10  # polygons with the very same vertices in both, as unchanged land cover is
    crossing = overlay(first, second)
    for reading in (NIVEAU_1, COUVERTURE, LCR_NIV2):
        expected = pairwise_matrix(first, second, reading)
        assert len({a for a, _b in expected}) > 2  # the reading tells the polygons apart
        got = {(row["from_code"], row["to_code"]): row["area_ha"] for row in crossing.matrix(reading)}
        assert set(got) == set(expected), reading.key
        for key, area in expected.items():
            assert got[key] == pytest.approx(area, abs=1e-4), (reading.key, key)


def test_pieces_never_count_a_touching_neighbour(two_millesimes):
    first, second = two_millesimes
    assert all(area > 0 for _i, _j, area in overlay(first, second).pieces)
    total = sum(area for _i, _j, area in overlay(first, second).pieces)
    covered = sum(g.area() for _a, g in second)
    assert total == pytest.approx(covered, rel=1e-9)  # the second lies inside the first's extent
