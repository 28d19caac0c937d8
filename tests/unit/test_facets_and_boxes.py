"""Facets computed from records, and the box intersection the geographic filter relies on."""

from datagrandest_plugin.core.catalog.facets import (
    FacetFilter,
    count_facets,
    filter_from,
    parse_years,
    record_kinds,
)
from datagrandest_plugin.core.catalog.geo_filter import within_box
from datagrandest_plugin.core.catalog.models import CatalogRecord, Facet, Link
from datagrandest_plugin.core.geo_boxes import boxes_intersect, wrapped_box

WMS = Link(protocol="OGC:WMS", url="http://h/wms", name="a")
WFS = Link(protocol="OGC:WFS", url="http://h/wfs", name="a")
CSV = Link(protocol="WWW:DOWNLOAD-1.0-http--download", url="http://h/d?format=csv", name="t.csv")
GEOJSON = Link(protocol="WWW:DOWNLOAD-1.0-http--download", url="http://h/d?format=geojson", name="t.geojson")


def record(identifier, links=(), licence="", organisation="", keywords=(), date="", crs=(), bbox=None):
    return CatalogRecord(identifier=identifier, title=identifier, sources=["csw"], links=list(links), licence=licence,
                         organisation=organisation, keywords=list(keywords), date=date, crs=list(crs), bbox=bbox)


def test_kinds_of_resource():
    assert record_kinds(record("a", [WMS, WFS, GEOJSON])) == ("map", "vector", "download")
    assert record_kinds(record("b", [CSV])) == ("download", "table")
    assert record_kinds(record("c", [WMS, CSV])) == ("map", "download")  # a map with its table is not "a table"
    assert record_kinds(record("d", [Link("WWW:LINK-1.0-http--link", "http://h/page")])) == ()


def test_filter_is_and_across_facets_and_or_within_one():
    records = [record("open-map", [WMS], "Licence Ouverte / Open Licence version 2.0", "Région", ["OCS"], "2021-03-01",
                      ["EPSG:2154"]),
               record("closed-vector", [WFS], "Usage réservé aux collectivités", "Département", ["PCRS"], "2019-05-01"),
               record("odbl-table", [CSV], "ODbL", "Région", ["ocs"], "2023-01-01")]
    assert [r.identifier for r in FacetFilter(licence="open").apply(records)] == ["open-map", "odbl-table"]
    assert [r.identifier for r in FacetFilter(licence="open", kinds=("table",)).apply(records)] == ["odbl-table"]
    assert [r.identifier for r in FacetFilter(kinds=("map", "vector")).apply(records)] == ["open-map", "closed-vector"]
    assert [r.identifier for r in FacetFilter(keywords=("OCS",), years=(2020, 2022)).apply(records)] == ["open-map"]
    assert [r.identifier for r in FacetFilter(producers=("région",), crs=("epsg:2154",)).apply(records)] == ["open-map"]
    assert FacetFilter().apply(records) == records
    counts = count_facets(records)
    assert counts.count("licence", "open") == 2 and counts.count("licence", "other") == 1
    assert counts.count("producer", "Région") == 2 and counts.count("year", "2019") == 1
    assert counts.count("kind", "map") == 1 and counts.count("crs", "EPSG:2154") == 1


def test_saved_filter_round_trip_and_hostile_json():
    chosen = FacetFilter(kinds=("vector",), licence="open", producers=("Région",), keywords=("OCS",),
                         years=(2019, 2021), crs=("EPSG:2154",))
    assert filter_from(chosen.as_dict()) == chosen
    assert filter_from({"kinds": ["vector", "rocket"], "licence": "free", "years": [2021, True], "producers": 5}) == \
        FacetFilter(kinds=("vector",))
    assert filter_from("nonsense") == FacetFilter()


def test_years_ranges():
    assert parse_years("2019-2021") == (2019, 2021)
    assert parse_years("2021") == (2021, 2021)
    assert parse_years("2019-") == (2019, 9999) and parse_years("-2020") == (0, 2020)
    assert parse_years("2021-2019") is None and parse_years("vingt") is None and parse_years("") is None


def test_boxes_cross_the_antimeridian_and_points_count():
    pacific = wrapped_box(170, -20, -170, -10)  # the 20° around 180°, as ISO west/east give it
    assert pacific == (170.0, -20.0, -170.0, -10.0)
    assert wrapped_box(6.27, 48.62, 3.88, 49.25) == (3.88, 48.62, 6.27, 49.25)  # swapped, not across 180°
    assert boxes_intersect(pacific, (175, -15, 179, -12)) and boxes_intersect(pacific, (-179, -15, -175, -12))
    assert not boxes_intersect(pacific, (3.9, 49.1, 4.1, 49.3))  # not Reims, whatever min/max say
    assert boxes_intersect((4.0, 49.2, 4.0, 49.2), (3.9, 49.1, 4.1, 49.3))  # a point inside
    assert boxes_intersect((4.1, 49.2, 4.1, 49.2), (3.9, 49.1, 4.1, 49.3))  # a point on the edge
    assert not boxes_intersect((4.2, 49.2, 4.2, 49.2), (3.9, 49.1, 4.1, 49.3))
    records = [record("fiji", bbox=pacific), record("reims", bbox=(4.0, 49.2, 4.0, 49.2)), record("nowhere")]
    assert [r.identifier for r in within_box(records, (3.9, 49.1, 4.1, 49.3))] == ["reims", "nowhere"]
    assert [r.identifier for r in within_box(records, (3.9, 49.1, 4.1, 49.3), keep_unknown=False)] == ["reims"]


def test_values_that_differ_only_by_case_are_one_facet():
    records = [record("a", keywords=("Occupation du sol", "occupation du sol")), record("b", keywords=("occupation du sol",)),
               record("c", keywords=("Bâti",), organisation="DREAL Grand Est"),
               record("d", organisation="dreal grand est")]
    counts = count_facets(records)
    keywords = {(f.name.casefold(), f.count) for f in counts.groups["keyword"]}
    assert keywords == {("occupation du sol", 2), ("bâti", 1)}
    assert [f.count for f in counts.groups["producer"]] == [2]
    server = {"keywords": [Facet("Occupation du sol", 3), Facet("occupation du sol", 4)]}
    assert [(f.name.casefold(), f.count) for f in count_facets([], server).groups["keyword"]] == [("occupation du sol", 7)]
