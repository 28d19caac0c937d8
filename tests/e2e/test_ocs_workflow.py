"""The one OCS GE² workflow (core.ocs.workflow): areas per reading, every reading's change matrix
from one overlay, checked against a direct OGR computation; a cancelled feedback stops it."""

import pytest
from qgis.core import QgsFeedback

from support import platform_environment
from support.ocs_truth import commune_wkt, direct_areas

from datagrandest_plugin.core.errors import Cancelled
from datagrandest_plugin.core.net.cache import DiskCache
from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport
from datagrandest_plugin.core.ocs.nomenclature import NIVEAU_1, NIVEAUX_1_A_5
from datagrandest_plugin.core.ocs.workflow import OcsRequest, run_workflow
from datagrandest_plugin.core.territories import load_territories
from datagrandest_plugin.toolbelt.settings import PlgOptionsManager


@pytest.fixture
def request_for_nancy(qgis_app, local_platform, tmp_path):
    with platform_environment(local_platform, tmp_path / "cache"):
        settings = PlgOptionsManager.get_plg_settings()
        transport, cache = RequestsTransport(timeout=30), DiskCache(tmp_path / "http")
        territory = load_territories(transport, cache, settings).resolve("commune:54395")
        yield OcsRequest(millesimes=[2019, 2021], settings=settings, territory=territory,
                         readings=[NIVEAU_1, NIVEAUX_1_A_5], transport=transport, cache=cache)


def test_areas_and_every_readings_matrix_match_ogr(request_for_nancy, local_platform):
    result = run_workflow(request_for_nancy)
    wkt = commune_wkt(local_platform, "54395")
    assert result.years == [2019, 2021]
    for year in (2019, 2021):
        expected, count = direct_areas(local_platform, year, "54", wkt, "code_niv1")
        assert len(result.millesimes[year].features) == count
        got = {row["code"]: row["area_ha"] for row in result.areas[NIVEAU_1.key][year]}
        assert set(got) == set(expected) | {"non_couvert"}
        for code, area in expected.items():
            assert got[code] == pytest.approx(area, rel=1e-3)
        assert sum(got.values()) == pytest.approx(result.territory_ha, rel=1e-6)
    before, _ = direct_areas(local_platform, 2019, "54", wkt, "code_niv1")
    after, _ = direct_areas(local_platform, 2021, "54", wkt, "code_niv1")
    assert result.artificialised_ha == pytest.approx(after["1"] - before["1"], rel=1e-3) and result.artificialised_ha > 0
    # both readings' matrices cover the same hectares: one overlay, summed per reading
    level_1 = sum(row["area_ha"] for row in result.changes[NIVEAU_1.key])
    detailed = sum(row["area_ha"] for row in result.changes[NIVEAUX_1_A_5.key])
    assert level_1 == pytest.approx(detailed, rel=1e-6) and level_1 > 0
    assert all(m.layer is None for m in result.millesimes.values())  # no layer asked


def test_a_cancelled_feedback_stops_the_workflow(request_for_nancy):
    feedback = QgsFeedback()
    feedback.cancel()
    with pytest.raises(Cancelled):
        run_workflow(request_for_nancy, feedback)
