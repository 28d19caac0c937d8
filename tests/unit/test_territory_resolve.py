"""What a typed territory resolves to: exact code, label or name only; anything else names candidates."""

from pathlib import Path

import pytest

from datagrandest_plugin.core.ocs.store import default_geopackage, slug, table_name
from datagrandest_plugin.core.territories import Territories, Territory, TerritoryAmbiguous, TerritoryNotFound

TERRITORIES = Territories(
    communes=[Territory(kind="commune", code="54395", name="Nancy"),
              Territory(kind="commune", code="54547", name="Vandœuvre-lès-Nancy"),
              Territory(kind="commune", code="88001", name="Saint-Maurice"),
              Territory(kind="commune", code="52001", name="Saint-Maurice")],
    epcis=[Territory(kind="epci", code="245400676", name="Métropole du Grand Nancy")],
    departments=[Territory(kind="departement", code="54", name="Meurthe-et-Moselle"),
                 Territory(kind="departement", code="57", name="Moselle")])


@pytest.mark.parametrize("text, kind, code", [
    ("54395", "", "54395"), ("commune:54395", "", "54395"), ("NANCY", "", "54395"), ("vandoeuvre-les-nancy", "", "54547"),
    ("Moselle", "departement", "57"), ("Moselle", "", "57"), ("departement:54", "", "54"),
    ("Saint-Maurice (commune 52001)", "commune", "52001"), ("saint-maurice (commune 88001)", "", "88001"),
])
def test_exact_texts_are_taken(text, kind, code):
    assert TERRITORIES.resolve(text, kind).code == code


def test_partial_or_shared_names_are_asked_never_picked():
    without_moselle = Territories(departments=[TERRITORIES.departments[0]])
    with pytest.raises(TerritoryAmbiguous) as caught:
        without_moselle.resolve("Moselle", "departement")
    assert [t.code for t in caught.value.candidates] == ["54"]
    assert caught.value.exit_code == 2 and "Meurthe-et-Moselle (department 54)" in caught.value.message
    with pytest.raises(TerritoryAmbiguous) as caught:
        TERRITORIES.resolve("Saint-Maurice")
    assert sorted(t.code for t in caught.value.candidates) == ["52001", "88001"]
    with pytest.raises(TerritoryAmbiguous) as caught:
        TERRITORIES.resolve("Vandœuvre")
    assert [t.code for t in caught.value.candidates] == ["54547"]
    with pytest.raises(TerritoryNotFound) as caught:
        TERRITORIES.resolve("Reims", "commune")
    assert not isinstance(caught.value, TerritoryAmbiguous)


def test_matches_put_exact_names_first():
    assert [t.code for t in TERRITORIES.matches("nancy")] == ["54395", "245400676", "54547"]


def test_geopackage_place_and_table_names():
    assert default_geopackage("/data/etude", "/profil/datagrandest") == Path("/data/etude/ocs_ge2.gpkg")
    assert default_geopackage("", "/profil/datagrandest") == Path("/profil/datagrandest/extractions/ocs_ge2.gpkg")
    assert slug("Vandœuvre-lès-Nancy") == "vandoeuvre_les_nancy"
    assert table_name(2021, "Nancy", "niveau_1") == "ocs_ge2_2021_nancy_niveau_1"
    assert table_name(2021, "Nancy", "niveau_1", {"OCS_GE2_2021_NANCY_NIVEAU_1", "ocs_ge2_2021_nancy_niveau_1_2"}) \
        == "ocs_ge2_2021_nancy_niveau_1_3"
