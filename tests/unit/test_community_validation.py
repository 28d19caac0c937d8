"""The content file format: the bundled copy, the JSON Schema contract, and
the plain-Python checks the plugin runs (jsonschema is not shipped with QGIS)."""

import copy
import json

import jsonschema
import pytest

from support import ROOT

from datagrandest_plugin.core.community.scenario import parse_scenario
from datagrandest_plugin.core.community.validation import parse_content, parse_content_data
from datagrandest_plugin.core.errors import BadAnswer

DATA = ROOT / "datagrandest_plugin" / "data"
BUNDLED = json.loads((DATA / "content.json").read_text(encoding="utf-8"))
SCHEMA = json.loads((DATA / "content.schema.json").read_text(encoding="utf-8"))


def schema_errors(document):
    validator = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    return list(validator.iter_errors(document))


def test_the_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_bundled_content_is_valid_for_the_schema_and_the_plugin():
    assert schema_errors(BUNDLED) == []
    parsed = parse_content((DATA / "content.json").read_bytes())
    assert parsed.invalid == [] and parsed.unknown == []
    assert parsed.content.entry_count() == sum(len(BUNDLED[s]) for s in ("webinars", "events", "trainings", "groups"))


def test_bundled_content_keeps_the_facts_of_the_2022_meeting_notes():
    content = parse_content((DATA / "content.json").read_bytes()).content
    assert content.series.title == "Le jeudi, adonnez-vous à la donnée !"
    assert (content.series.weekday, content.series.nth) == (3, 1)
    assert (str(content.series.start_time), str(content.series.end_time)) == ("11:00:00", "12:00:00")
    webinars = {w.date.isoformat(): w.title for w in content.webinars}
    assert webinars["2022-01-13"] == "Je m'appuie sur DataGrandEst pour ouvrir mes données"
    assert webinars["2022-02-03"] == "Tout connaître du plugin QGIS DataGrandEst"
    assert {"2022-03-03", "2022-04-07", "2022-05-05", "2022-06-02", "2022-07-07"} <= set(webinars)
    kinds = {e.kind for e in content.events}
    assert kinds >= {"thematic_day", "regional_meeting", "territorial_day", "steering_meeting", "national_event"}
    assert {e.date.iso() for e in content.events} >= {"2022-01-26", "2022-02-01", "2022-04-28", "2022-05-09",
                                                       "2022-06-23", "2022-10-20", "2022-11-15"}
    assert {t.level for t in content.trainings} >= {"1a", "1b", "2"}
    groups = {g.id: g for g in content.groups}
    assert groups["ocs"].page_url.endswith("/projets/occupation-du-sol")
    assert groups["pcrs"].page_url.endswith("/projets/pcrs")
    working = [g.title for g in content.groups if g.kind == "working_group"]
    for name in ("PILOTER", "VALORISER", "PARTAGER", "PRODUIRE"):
        assert sum(name in title for title in working) == 1


def with_entry(section, entry):
    document = {"schema_version": "1.0", section: [entry]}
    return document


GOOD = {
    "webinars": {"id": "w", "date": "2022-03-03", "title": "Un webinaire", "start_time": "11:00", "end_time": "12:00"},
    "events": {"id": "e", "kind": "thematic_day", "date": "2022-05", "title": "Une journée"},
    "trainings": {"id": "t", "title": "Une formation", "links": [{"title": "Vidéo", "url": "https://example.org/v"}]},
    "groups": {"id": "g", "kind": "project_group", "title": "Un groupe",
               "layers": [{"kind": "wms", "service": "wms", "name": "geograndest:x"}]},
}

# (section, field path, bad value): each breaks a rule the schema states too.
BAD = [
    ("webinars", ("description",), "Voir <script>alert(1)</script>"),
    ("webinars", ("title",), "<img src=https://evil.example/x.png>"),
    ("webinars", ("replay_url",), "javascript:alert(1)"),
    ("webinars", ("replay_url",), "file:///etc/passwd"),
    ("webinars", ("date",), "2022-02-30"),
    ("webinars", ("date",), "03/03/2022"),
    ("webinars", ("start_time",), "25:00"),
    ("webinars", ("title",), ""),
    ("webinars", ("title",), 42),
    ("webinars", ("id",), "Pas Un Id"),
    ("webinars", ("speakers",), "une personne"),
    ("events", ("kind",), "party"),
    ("events", ("date",), "2022-13"),
    ("events", ("remote",), "oui"),
    ("events", ("place",), "Metz\nNancy"),
    ("trainings", ("plugin_panel",), "terminal"),
    ("trainings", ("links",), [{"title": "x", "url": "ftp://example.org/x"}]),
    ("groups", ("kind",), "club"),
    ("groups", ("layers",), [{"kind": "wms", "name": "a b"}]),
    ("groups", ("layers",), [{"kind": "wms", "name": "x", "url": "https://a.example/wms", "service": "wms"}]),
    ("groups", ("contacts",), [{"name": "X", "email": "pas-un-mail"}]),
    ("webinars", ("scenario",), {"title": "Démo", "steps": [{"action": "format_disk"}]}),
    ("webinars", ("scenario",), {"title": "Démo", "steps": []}),
    ("webinars", ("scenario",), {"title": "Démo", "steps": [{"action": "open_panel"}]}),
    ("webinars", ("scenario",), {"title": "Démo", "steps": [{"action": "zoom", "bbox": [1, 2, 3], "crs": "EPSG:2154"}]}),
]


@pytest.mark.parametrize("section, path, value", BAD, ids=[f"{s}.{p[0]}={v!r:.30}" for s, p, v in BAD])
def test_an_entry_breaking_a_rule_is_refused_by_the_plugin_and_the_schema(section, path, value):
    entry = copy.deepcopy(GOOD[section])
    entry[path[0]] = value
    document = with_entry(section, entry)
    assert schema_errors(document), "the schema must refuse it too"
    parsed = parse_content_data(document)
    assert getattr(parsed.content, section) == ()
    assert len(parsed.invalid) == 1 and parsed.invalid[0].path.startswith(f"{section}[0]")
    assert parsed.invalid_ids.get(section) == ({entry["id"]} if entry["id"] == GOOD[section]["id"] else None)


def test_the_good_entries_are_accepted_by_both():
    for section, entry in GOOD.items():
        document = with_entry(section, entry)
        assert schema_errors(document) == []
        parsed = parse_content_data(document)
        assert parsed.invalid == [] and len(getattr(parsed.content, section)) == 1


@pytest.mark.parametrize("section, change, reason", [
    ("webinars", {"start_time": "12:00", "end_time": "11:00"}, "after start_time"),
    ("events", {"date": "2022-05-12", "end_date": "2022-05-01"}, "not be before"),
    ("events", {"start_time": "10:00", "end_time": "11:00"}, "full date"),  # 2022-05 has no day
    ("groups", {"layers": [{"kind": "wfs", "service": "wms", "name": "x"}]}, "kind"),
])
def test_rules_the_schema_cannot_state_are_checked_by_the_plugin(section, change, reason):
    entry = {**GOOD[section], **change}
    parsed = parse_content_data(with_entry(section, entry))
    assert getattr(parsed.content, section) == ()
    assert reason in parsed.invalid[0].message


def test_invalid_entries_are_left_out_and_the_others_kept():
    document = {"schema_version": "1.3", "webinars": [
        GOOD["webinars"],
        {**GOOD["webinars"], "id": "w2", "description": "<b>gras</b>"},
        {**GOOD["webinars"], "id": "w"},  # duplicate id
        "not an object",
    ]}
    parsed = parse_content_data(document)
    assert [w.id for w in parsed.content.webinars] == ["w"]
    assert [p.path for p in parsed.invalid] == ["webinars[1] (w2).description", "webinars[2] (w).id", "webinars[3]"]
    assert parsed.invalid_ids == {"webinars": {"w2", "w"}}


def test_unknown_fields_are_ignored_and_reported():
    document = {"schema_version": "1.1", "newsletter": "https://example.org",
                "webinars": [{**GOOD["webinars"], "room": "B12"}],
                "groups": [{**GOOD["groups"], "layers": [{"kind": "wms", "name": "x", "opacity": 0.5}]}]}
    parsed = parse_content_data(document)
    assert parsed.invalid == []
    assert sorted(parsed.unknown) == ["groups[0].layers[0].opacity", "newsletter", "webinars[0].room"]
    assert parsed.content.webinars[0].title == "Un webinaire"
    # The schema is the contract for a 1.0 file: unknown fields are not part of it.
    assert schema_errors(document)


@pytest.mark.parametrize("body, words", [
    (b'{"schema_version": "1.0", "webinars": [', "JSON"),
    (b"<!DOCTYPE html><html><body>login</body></html>", "page"),
    (b"[1, 2]", "shape"),
    (b'{"webinars": []}', "schema_version"),
    (b'{"schema_version": "2.0"}', "2.0"),
    (b'{"schema_version": "1.0", "events": {"a": 1}}', "events"),
    (b"", "empty"),
    (b'{"schema_version": "1.0", "webinars": ' + b"[" * 100000 + b"]" * 100000 + b"}", "JSON"),
])
def test_a_file_broken_as_a_whole_is_refused_with_one_sentence(body, words):
    with pytest.raises(BadAnswer) as caught:
        parse_content(body)
    assert words in caught.value.message
    assert "\n" not in caught.value.message


def test_a_scenario_file_reads_alone_and_names_its_first_fault():
    scenario = parse_scenario(json.dumps({"schema_version": "1.0", "title": "Démo", "steps": [
        {"action": "search", "text": "OCS"},
        {"action": "zoom", "bbox": [765000, 6895000, 780000, 6910000], "crs": "EPSG:2154", "label": "Reims"},
    ]}).encode())
    assert [s.action for s in scenario.steps] == ["search", "zoom"]
    assert scenario.steps[1].bbox == (765000.0, 6895000.0, 780000.0, 6910000.0)
    with pytest.raises(BadAnswer) as caught:
        parse_scenario(b'{"title": "D", "steps": [{"action": "zoom", "bbox": [3, 2, 1, 0], "crs": "EPSG:2154"}]}')
    assert "scenario.steps[0].bbox" in caught.value.message
