"""The OGC API Records backend and its doctor check on the JSON shapes real servers send.

pycsw 3.0 is checked live in tests/e2e/test_oarec.py; here the shapes the local pycsw cannot
show: GeoNetwork's OGC API Records microservice (record fields as its GeoJSON record model
names them: ``license``/``rights``, ``contacts[].organization``, ``themes[].concepts[].id``,
links with ``rel``/``type``/``title``; written by hand from that model, not captured), the
standard's ``"license": "other"`` with ``rel="license"`` links, facets given as a list, and
the conformance declaration the doctor reads."""

import json

import pytest

from datagrandest_plugin.core.catalog.backends.oarec import OarecClient
from datagrandest_plugin.core.catalog.models import SearchQuery
from datagrandest_plugin.core.checks import check_endpoint, field_check
from datagrandest_plugin.core.errors import DgeError
from datagrandest_plugin.core.net.transport import HttpResponse


class OneAnswer:
    plain_threads_ok = True

    def __init__(self, body: bytes, status: int = 200):
        self.body, self.status, self.seen = body, status, []

    def fetch(self, request, feedback=None):
        self.seen.append(request.full_url())
        return HttpResponse(url=request.full_url(), status=self.status, headers={}, content=self.body)


GEONETWORK_RECORD = {
    "id": "9a7b-ocs", "type": "Feature",
    "conformsTo": ["http://www.opengis.net/spec/ogcapi-records-1/1.0/req/record-core"],
    "geometry": {"type": "Polygon", "coordinates": [[[3.8, 48.5], [5.0, 48.5], [5.0, 49.5], [3.8, 49.5], [3.8, 48.5]]]},
    "time": {"interval": ["2021-01-01", "2021-12-31"]},
    "properties": {
        "title": "Occupation du sol 2021", "description": "OCS GE² de la Marne", "language": "fre",
        "created": "2022-03-01", "updated": "2023-06-30T08:00:00Z", "type": "dataset",
        "keywords": ["OCS", "occupation du sol"],
        "themes": [{"concepts": [{"id": "imageryBaseMapsEarthCover"}], "scheme": "ISO 19115 topic categories"}],
        "contacts": [{"name": "Service SIG", "organization": "Région Grand Est",
                      "emails": [{"value": "sig@example.org"}], "roles": ["pointOfContact"]}],
        "license": "other", "rights": "© Région Grand Est",
    },
    "links": [
        {"rel": "self", "type": "application/geo+json", "href": "https://example.org/ogcapi/collections/main/items/9a7b-ocs"},
        {"rel": "license", "type": "text/html", "title": "Licence Ouverte 2.0",
         "href": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"},
        {"rel": "preview", "type": "image/png", "href": "https://example.org/thumbnail.png"},
        {"rel": "item", "type": "application/vnd.ogc.wms_xml", "title": "Flux WMS", "protocol": "OGC:WMS",
         "name": "ocs_2021", "href": "https://example.org/geoserver/wms"},
        {"rel": "enclosure", "type": "application/zip", "title": "Téléchargement",
         "href": "https://example.org/ocs_2021.zip"},
    ],
}


def search_page(features, **extra):
    return json.dumps({"type": "FeatureCollection", "features": features, **extra}).encode()


def test_geonetwork_record_fields():
    client = OarecClient(OneAnswer(json.dumps(GEONETWORK_RECORD).encode()), "https://example.org/ogcapi")
    record = client.record("9a7b-ocs")
    assert record.title == "Occupation du sol 2021" and record.abstract == "OCS GE² de la Marne"
    assert record.licence == "Licence Ouverte 2.0"  # "other": the license link says which
    assert record.organisation == "Région Grand Est" and record.date == "2023-06-30"
    assert record.keywords == ["OCS", "occupation du sol"] and record.themes == ["imageryBaseMapsEarthCover"]
    assert record.thumbnail_url == "https://example.org/thumbnail.png"
    assert [(link.protocol, link.url, link.format) for link in record.links] == [
        ("OGC:WMS", "https://example.org/geoserver/wms", "application/vnd.ogc.wms_xml"),
        ("", "https://example.org/ocs_2021.zip", "application/zip")]
    assert record.bbox == (3.8, 48.5, 5.0, 49.5)


def test_licence_as_object_list_or_rights():
    def licence(props, links=()):
        feature = {"id": "a", "properties": props, "links": list(links)}
        return OarecClient(OneAnswer(json.dumps(feature).encode()), "https://example.org").record("a").licence

    assert licence({"license": {"name": "ODbL"}}) == "ODbL"
    assert licence({"license": ["CC-BY-4.0", {"title": "Etalab 2.0"}]}) == "CC-BY-4.0, Etalab 2.0"
    assert licence({"rights": "© IGN"}) == "© IGN"
    assert licence({"license": "various"}, [{"rel": "license", "href": "https://example.org/l"}]) == "https://example.org/l"


def test_facets_pycsw_joined_keywords_are_split_and_summed():
    # pycsw 3 groups its keywords column: each bucket is one record's comma-joined list
    facets = {"keywords": {"type": "terms", "property": "keywords", "buckets": [
        {"value": "PCRS,voirie,réseaux", "count": 2}, {"value": "PCRS,imagerie", "count": 1}]},
        "type": {"type": "terms", "property": "type", "buckets": [{"value": "dataset", "count": 3}]}}
    page = OarecClient(OneAnswer(search_page([], facets=facets, numberMatched=3)), "https://e.org").search(SearchQuery())
    assert {f.name: f.count for f in page.facets["keywords"]} == {"PCRS": 3, "voirie": 2, "réseaux": 2, "imagerie": 1}
    assert {f.name: f.count for f in page.facets["type"]} == {"dataset": 3} and page.total == 3


def test_facets_as_a_list_of_groups():
    facets = [{"name": "publisher", "buckets": [{"value": "Région Grand Est", "count": 4}]},
              {"property": "keyword", "buckets": [{"value": "a,b", "count": 1}]}, "junk", {"name": 3}]
    page = OarecClient(OneAnswer(search_page([GEONETWORK_RECORD], facets=facets)), "https://e.org").search(SearchQuery())
    assert {f.name: f.count for f in page.facets["publisher"]} == {"Région Grand Est": 4}
    assert {f.name for f in page.facets["keyword"]} == {"a,b"}  # only pycsw's "keywords" column is joined
    assert page.total == 1  # no numberMatched: what came


@pytest.mark.parametrize("body", [b"<!DOCTYPE html><html><body>login</body></html>", b"{\"features\": ",
                                  b"[1, 2]", b"{\"features\": {\"a\": 1}}", b"{\"type\": \"FeatureCollection\"}"])
def test_search_bad_bodies_are_one_sentence(body):
    with pytest.raises(DgeError) as error:
        OarecClient(OneAnswer(body), "https://e.org").search(SearchQuery(text="ocs"))
    assert error.value.message and "\n" not in error.value.message


CONFORMANCE = {"conformsTo": [
    "http://www.opengis.net/spec/ogcapi-common-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-records-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-records-1/1.0/conf/sorting"]}


def test_doctor_reads_the_records_version_from_the_conformance():
    transport = OneAnswer(json.dumps(CONFORMANCE).encode())
    check = check_endpoint(transport, *field_check("oarec_url", "https://example.org/ogcapi/"))
    assert check.reachable and check.protocol == "OGC API Records 1.0"
    assert transport.seen[0].startswith("https://example.org/ogcapi/conformance?")


def test_doctor_names_the_highest_records_version():
    declared = {"conformsTo": [f"http://www.opengis.net/spec/ogcapi-records-1/{v}/conf/core" for v in ("1.10", "1.2")]}
    check = check_endpoint(OneAnswer(json.dumps(declared).encode()), *field_check("oarec_url", "https://e.org"))
    assert check.protocol == "OGC API Records 1.10"


@pytest.mark.parametrize("body", [b"<html>portail</html>", b"{\"conformsTo\": [", json.dumps(
    {"conformsTo": ["http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core"]}).encode(),
    json.dumps({"collections": [{"id": "metadata:main"}]}).encode()])
def test_doctor_refuses_what_is_not_ogc_api_records(body):
    check = check_endpoint(OneAnswer(body), *field_check("oarec_url", "https://example.org/ogcapi"))
    assert not check.reachable and check.message and "\n" not in check.message
