"""Hostile input, case by case (issue 13): each answer or file below once
escaped as a traceback, poisoned a cache or reached the user's machine."""

import json
import logging
from dataclasses import fields, replace
from datetime import date

import pytest

from support import run_cli
from support.content_server import ContentServer

from datagrandest_plugin.core.net.cache import DiskCache
from datagrandest_plugin.core.catalog.backends.d4c import D4cClient
from datagrandest_plugin.core.catalog.local_index import LocalCatalog
from datagrandest_plugin.core.catalog.models import SOURCE_D4C, SearchQuery
from datagrandest_plugin.core.catalog.service import CatalogService
from datagrandest_plugin.core.community.model import MONTH, Content, Event, FuzzyDate, WebinarSeries
from datagrandest_plugin.core.community.schedule import agenda, series_dates, sessions
from datagrandest_plugin.core.community.source import BUNDLED, BUNDLED_FILE, last_good, load_content
from datagrandest_plugin.core.errors import BadAnswer
from datagrandest_plugin.core.favourites import MAX_ENTRIES, MAX_FILE_BYTES, FavouritesStore
from datagrandest_plugin.core.trees.legacy import bundled_tree, load_legacy_tree, read_legacy_config
from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport
from datagrandest_plugin.toolbelt.settings import PlgSettings, reset_warnings

from datetime import time


def one_line(stderr):
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def transport():
    return RequestsTransport(timeout=10)


# -- content file: one bad date -------------------------------------------------------

def content_with_event(day: str) -> bytes:
    document = json.loads(BUNDLED_FILE.read_text(encoding="utf-8"))
    document["events"].append({"id": "far-future", "kind": "thematic_day", "date": day, "title": "Lointain"})
    return json.dumps(document).encode("utf-8")


@pytest.mark.parametrize("day", ["9999-12", "9999-12-31", "1900", "2101-01-01"])
def test_an_event_out_of_range_is_left_out_and_never_becomes_the_last_good_copy(tmp_path, day):
    settings = PlgSettings(content_url="", cache_dir=str(tmp_path / "cache"), timeout=10)
    with ContentServer(content_with_event(day)) as server:
        settings = replace(settings, content_url=server.url)
        cache = DiskCache(settings.cache_directory())
        loaded = load_content(transport(), cache, settings, force=True)
    assert "far-future" not in {e.id for e in loaded.content.events}
    assert len(loaded.content.events) == len(json.loads(BUNDLED_FILE.read_text(encoding="utf-8"))["events"])
    assert "1990" in "\n".join(loaded.details) and "2100" in "\n".join(loaded.details)
    _content, origin, _at = last_good(cache, server.url)
    assert origin == BUNDLED  # the file with a bad entry is not the last good copy
    offline = load_content(transport(), cache, replace(settings, offline=True))
    assert agenda(offline.content)  # the agenda of what is shown computes


def test_date_computations_never_raise_even_at_the_end_of_the_calendar():
    assert FuzzyDate(date(9999, 12, 1), MONTH).last_day() == date(9999, 12, 31)
    last = Content(schema_version="1.0", events=(
        Event(id="e", kind="thematic_day", date=FuzzyDate(date(9999, 12, 31)), title="Fin"),))
    assert [item.id for item in agenda(last)] == ["e"]
    series = WebinarSeries(title="S", weekday=3, nth=-1, start_time=time(11), end_time=time(12))
    found = series_dates(series, date(9999, 11, 1), months=36)
    assert found and all(day.year == 9999 for day in found)
    assert sessions(Content(schema_version="1.0", series=series), date(9999, 12, 1))


def test_webinars_from_far_in_the_future_is_a_usage_error():
    result = run_cli("webinars", "--from", "9999-12-01", env={"DGE_CONTENT_URL": "http://127.0.0.1:1/c.json"})
    assert result.returncode == 2
    assert "2100" in one_line(result.stderr)


# -- D4C answers of the wrong types --------------------------------------------------

GOOD_D4C = {"nhits": 1, "datasets": [{"datasetid": "ds-1", "metas": {"title": "Jeu un", "resources": [
    {"url": "https://example.test/a.csv", "name": "a", "format": "CSV"}]}}], "facet_groups": []}
HOSTILE_D4C = [
    {"nhits": 1, "datasets": [], "facet_groups": [{"name": "theme", "facets": [{"name": "t", "count": "beaucoup"}]}]},
    {"nhits": 1e999, "datasets": []},
    {"nhits": "NaN", "datasets": [{"datasetid": "x", "metas": {"resources": 5, "bbox": {"west": "nan", "south": 1,
                                                                                            "east": 2, "north": 3}}}]},
    {"nhits": 2, "datasets": [{"datasetid": 7, "metas": 5}], "facet_groups": 5},
    {"nhits": 2, "datasets": [], "facet_groups": [{"name": "theme", "facets": 3}]},
    {"nhits": [], "datasets": [{"datasetid": {"a": 1}, "metas": {"title": ["a", 1], "keyword": 4}}]},
    {"nhits": 10 ** 400, "datasets": [{"datasetid": "x", "metas": {"bbox": {"west": 10 ** 400, "south": 1, "east": 2,
                                                                            "north": 3}}}],
     "facet_groups": [{"name": "theme", "facets": [{"name": "t", "count": 10 ** 400}]}]},
]


@pytest.mark.parametrize("answer", HOSTILE_D4C)
def test_d4c_answers_of_the_wrong_types_are_read_or_one_sentence(answer):
    with ContentServer(json.dumps(answer).encode("utf-8")) as server:
        client = D4cClient(transport(), server.url.rsplit("/", 1)[0])
        try:
            page = client.search(SearchQuery(text="x"))
        except BadAnswer as error:
            assert "D4C" in error.message
        else:
            assert page.total >= 0 and all(f.count >= 0 for facets in page.facets.values() for f in facets)


CSW_ANSWER = b"""<?xml version="1.0"?>
<csw:GetRecordsResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" xmlns:dc="http://purl.org/dc/elements/1.1/"
 version="2.0.2"><csw:SearchStatus timestamp="2030-01-01T00:00:00Z"/>
<csw:SearchResults numberOfRecordsMatched="1" numberOfRecordsReturned="1" nextRecord="0" elementSet="full">
<csw:Record><dc:identifier>csw-1</dc:identifier><dc:title>Fiche GeoNetwork</dc:title></csw:Record>
</csw:SearchResults></csw:GetRecordsResponse>"""


@pytest.mark.parametrize("answer", HOSTILE_D4C)
def test_a_d4c_answer_of_the_wrong_types_leaves_the_csw_results(tmp_path, answer):
    with ContentServer(CSW_ANSWER, "application/xml") as csw, ContentServer(json.dumps(answer).encode()) as d4c:
        settings = PlgSettings(csw_url=csw.url, d4c_url=d4c.url.rsplit("/", 1)[0], cache_dir=str(tmp_path))
        result = CatalogService(transport(), settings, LocalCatalog(tmp_path / "records.json")).search(
            SearchQuery(text="jeu"))
    assert "csw-1" in {r.identifier for r in result.records}
    assert SOURCE_D4C in result.pages or "D4C" in result.errors[SOURCE_D4C]


def test_an_unreadable_d4c_answer_is_one_sentence_and_the_offline_copy(tmp_path):
    with ContentServer(CSW_ANSWER, "application/xml") as csw, ContentServer(json.dumps(GOOD_D4C).encode()) as d4c:
        settings = PlgSettings(csw_url=csw.url, d4c_url=d4c.url.rsplit("/", 1)[0], cache_dir=str(tmp_path))
        service = CatalogService(transport(), settings, LocalCatalog(tmp_path / "records.json"))
        first = service.search(SearchQuery(text="jeu"))
        assert {r.identifier for r in first.records} == {"csw-1", "ds-1"}
        d4c.serve(json.dumps({"nhits": 1e999, "datasets": 5}).encode())
        second = service.search(SearchQuery(text="jeu"))
    assert "csw-1" in {r.identifier for r in second.records}
    page = second.pages[SOURCE_D4C]
    assert page.stale and "D4C" in page.error  # the records saved earlier, with the one sentence
    assert [r.identifier for r in page.records] == ["ds-1"]


@pytest.mark.parametrize("answer", [{"nhits": 1e999, "datasets": [], "facet_groups": [{"name": "theme", "facets": 4}]},
                                    {"nhits": 1, "datasets": 5}])
def test_search_all_prints_the_csw_results_whatever_d4c_answers(tmp_path, answer):
    with ContentServer(CSW_ANSWER, "application/xml") as csw, ContentServer(json.dumps(answer).encode()) as d4c:
        result = run_cli("search", "fiche", "--source", "all", "--csw-url", csw.url,
                         "--d4c-url", d4c.url.rsplit("/", 1)[0], env={"DGE_CACHE_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "Fiche GeoNetwork" in result.stdout
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) <= 1


def test_plain_output_carries_no_terminal_escape(tmp_path):
    url = "https://example.test/a\x1b]0;pwned\x07\x1b[2J\x9b31m.csv"
    answer = {"nhits": 1, "datasets": [{"datasetid": "ds-esc", "metas": {"title": "T\x1b[5m", "resources": [
        {"url": url, "name": "n\rx", "format": "CSV"}]}}]}
    with ContentServer(json.dumps(answer).encode()) as d4c:
        result = run_cli("search", "x", "--source", "d4c", "--d4c-url", d4c.url.rsplit("/", 1)[0],
                         env={"DGE_CACHE_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "https://example.test/a]0;pwned[2J31m.csv" in result.stdout  # the value, its controls removed
    assert not any(ord(c) < 32 and c not in "\n\t" or 0x7f <= ord(c) <= 0x9f for c in result.stdout + result.stderr)


# -- the legacy tree ------------------------------------------------------------------

def test_a_folder_with_params_as_a_list_does_not_kill_the_tree(tmp_path):
    config = {"title": "R", "type": "folder", "children": [
        {"type": "folder", "params": [1]},
        {"title": "Ortho", "type": "wms_layer", "params": {"url": "https://example.test/wms", "name": "ortho"}}]}
    with ContentServer(json.dumps(config).encode()) as server:
        settings = PlgSettings(legacy_config_url=server.url, cache_dir=str(tmp_path))
        tree = load_legacy_tree(transport(), DiskCache(tmp_path), settings, force=True)
    assert tree.source == "live" and tree.error is None
    assert [n.title for n in tree.layers()] == ["Ortho"]


@pytest.mark.parametrize("file_path", ["/etc/passwd", "../../../../etc/shadow", "file:///etc/passwd"])
@pytest.mark.parametrize("base", ["", "file:///home/user/config/config.json"])
def test_a_gdal_wms_file_never_names_a_local_path(file_path, base):
    tree = read_legacy_config({"title": "R", "type": "folder", "children": [
        {"title": "Piège", "type": "gdal_wms_config_file", "params": {"file_path": file_path}}]}, base)
    node = tree.layers()[0]
    assert node.spec is None and "Piège" in node.problem and node.problem in tree.problems


def test_a_gdal_wms_file_next_to_a_remote_config_is_a_url():
    tree = read_legacy_config({"title": "R", "type": "folder", "children": [
        {"title": "Fond", "type": "gdal_wms_config_file", "params": {"file_path": "../../etc/shadow"}}]},
        "https://example.test/a/b/config.json")
    assert tree.layers()[0].spec.url == "https://example.test/etc/shadow"  # asked of that server, not read here


def test_a_box_with_a_400_digit_number_is_ignored_not_fatal():
    tree = read_legacy_config({"title": "R", "type": "folder", "children": [
        {"title": "Ortho", "type": "wms_layer", "bounding_boxes": [[10 ** 400, 48.6, 6.2, 48.7], [6.1, 48.6, 6.2, 48.7]],
         "params": {"url": "https://example.test/wms", "name": "ortho"}}]})
    node = tree.layers()[0]
    assert node.spec is not None and len(node.boxes) == 1 and any("Ortho" in p for p in tree.problems)


def test_deep_nesting_is_cut_with_one_sentence():
    node = {"title": "feuille", "type": "wms_layer", "params": {"url": "https://example.test/wms", "name": "x"}}
    for depth in range(300):
        node = {"title": f"d{depth}", "type": "folder", "children": [node]}
    tree = read_legacy_config(node)
    assert not tree.layers() and any("niveaux" in p or "levels" in p for p in tree.problems)
    assert bundled_tree().layers()


# -- favourites import ---------------------------------------------------------------

def favourites_file(tmp_path, text: str):
    path = tmp_path / "import.json"
    path.write_text(text, encoding="utf-8")
    return path


def header(**extra):
    return {"format": "datagrandest-favourites", "version": 1, "favourites": [], **extra}


@pytest.mark.parametrize("document, imported", [
    (header(searches=5), 0),
    (header(favourites=[{"kind": "record", "identifier": "a", "title": "A", "sources": 5}]), 1),
    (header(favourites=[{"kind": "layer", "identifier": "a", "title": "A",
                         "layer": {"kind": ["wms"], "url": "https://example.test/wms", "name": "n"}}]), 0),
    (header(favourites=[{"kind": "layer", "identifier": "a", "title": "A",
                         "layer": {"kind": "wms", "url": "https://example.test/wms", "name": "n",
                                   "bbox": [1, "nan", 2, 1e999]}}]), 1),
    (header(favourites=[5, "x", None, {"kind": {"a": 1}}]), 0),
    (header(favourites=[{"kind": "layer", "identifier": "a", "title": "A",
                         "layer": {"kind": "wms", "url": "https://example.test/wms", "name": "n",
                                   "bbox": [10 ** 400, 1, 2, 3]}}]), 1),
])
def test_favourites_of_the_wrong_types_are_left_out_one_by_one(tmp_path, document, imported):
    store = FavouritesStore(tmp_path / "store.json")
    assert store.import_file(favourites_file(tmp_path, json.dumps(document))) == imported


def test_deeply_nested_favourites_are_one_sentence(tmp_path):
    text = '{"format": "datagrandest-favourites", "favourites": ' + "[" * 100000 + "]" * 100000 + "}"
    with pytest.raises(BadAnswer) as raised:
        FavouritesStore(tmp_path / "store.json").import_file(favourites_file(tmp_path, text))
    assert raised.value.message.endswith(".")


def test_a_huge_favourites_file_is_refused_whole(tmp_path):
    entry = {"kind": "record", "identifier": "x", "title": "t" * 200}
    count = MAX_FILE_BYTES // len(json.dumps(entry)) + 10
    path = favourites_file(tmp_path, json.dumps(header(favourites=[dict(entry, identifier=str(i))
                                                                    for i in range(count)])))
    store = FavouritesStore(tmp_path / "store.json")
    with pytest.raises(BadAnswer, match="Mo|MB"):
        store.import_file(path)
    assert store.items == []


def test_too_many_favourites_are_refused_whole(tmp_path):
    many = header(favourites=[{"kind": "record", "identifier": str(i), "title": "t"} for i in range(MAX_ENTRIES + 1)])
    store = FavouritesStore(tmp_path / "store.json")
    with pytest.raises(BadAnswer, match=str(MAX_ENTRIES)):
        store.import_file(favourites_file(tmp_path, json.dumps(many)))
    assert store.items == []


# -- command line and settings -------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["search", "x", "--bbox", "nan,48,7,49"],
    ["search", "x", "--bbox", "3.8,49.1,inf,49.4"],
    ["search", "x", "--bbox", "770000,6800000,780000,6810000"],  # metres, not degrees
    ["doctor", "--timeout", "nan"],
    ["doctor", "--timeout", "inf"],
    ["search", "x", "--csw-url", "http://[::1"],
    ["search", "x", "--d4c-url", "ftp://example.test/"],
    ["search", "x", "--csw-url", "http://example.test:port/"],
])
def test_usage_errors_exit_2_with_one_sentence(args):
    result = run_cli(*args, "--offline")
    assert result.returncode == 2, result.stderr
    one_line(result.stderr)


@pytest.mark.parametrize("name, value", [("timeout", "abc"), ("timeout", "30 s"), ("timeout", "nan"),
                                         ("timeout", "-5"), ("max_download_mb", "-1"), ("max_download_mb", "1.5"),
                                         ("cache_lifetime_hours", "inf"), ("offline", "peut-être")])
def test_a_setting_of_the_wrong_type_falls_back_to_its_default_with_one_warning(caplog, name, value):
    default = {f.name: f.default for f in fields(PlgSettings)}[name]
    reset_warnings()  # an earlier test (the fuzz suite) may have met the same value
    with caplog.at_level(logging.WARNING, logger="datagrandest"):
        first = PlgSettings().with_environment({PlgSettings.env_name(name): value})
        again = PlgSettings().with_environment({PlgSettings.env_name(name): value})
    assert getattr(first, name) == default and getattr(again, name) == default
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and name in r.getMessage()]
    assert len(warnings) == 1


def test_the_command_line_warns_once_and_works_with_a_wrong_timeout():
    result = run_cli("webinars", "--count", "1", env={"DGE_TIMEOUT": "abc",
                                                     "DGE_CONTENT_URL": "http://127.0.0.1:1/content.json"})
    assert result.returncode == 0
    lines = result.stderr.strip().splitlines()
    assert len([line for line in lines if "DGE_TIMEOUT" in line]) == 1 and "Traceback" not in result.stderr


# -- scenario files --------------------------------------------------------------------

def test_scenario_files_over_the_caps_are_one_sentence(tmp_path):
    from datagrandest_plugin.core.community.scenario import MAX_FILE_BYTES as SCENARIO_BYTES, MAX_STEPS, \
        load_scenario_file

    step = {"action": "search", "text": "ocs"}
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"title": "T", "steps": [step], "description": "x" * SCENARIO_BYTES}))
    many = tmp_path / "many.json"
    many.write_text(json.dumps({"title": "T", "steps": [step] * (MAX_STEPS + 1)}))
    for path in (big, many):
        with pytest.raises(BadAnswer) as raised:
            load_scenario_file(path)
        assert raised.value.message.endswith(".") and "\n" not in raised.value.message
