"""Community commands as a user runs them: a real process, real exit codes.

With a content file that cannot be fetched or is invalid they still answer,
from the last good or the bundled copy, exit 0, and say so in one line."""

import json
from datetime import date, datetime

import icalendar
import pytest

from support import run_cli

from datagrandest_plugin.core.community.schedule import agenda, sessions
from datagrandest_plugin.core.community.source import bundled_content

DEAD = {"DGE_CONTENT_URL": "http://127.0.0.1:1/content.json"}


def one_line(stderr):
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_webinars_from_a_date_with_utc_offsets_from_the_bundled_copy():
    result = run_cli("webinars", "--from", "2022-01-01", "--count", "9", "--json", env=DEAD)
    assert result.returncode == 0
    assert "copie fournie avec l'extension" in one_line(result.stderr)
    found = json.loads(result.stdout)
    assert [w["start"][:10] for w in found] == ["2022-01-13", "2022-02-03", "2022-03-03", "2022-04-07", "2022-05-05",
                                                "2022-06-02", "2022-07-07", "2022-08-04", "2022-09-01"]
    for webinar in found:
        start = datetime.fromisoformat(webinar["start"])
        summer = start.month in range(4, 10)
        assert webinar["start"].endswith("+02:00" if summer else "+01:00")
        assert start.hour == 11 and datetime.fromisoformat(webinar["end"]).hour == 12
    assert [w["from_series"] for w in found] == [False] * 7 + [True] * 2
    assert found[1]["scenario"] == "Démonstration de l'extension QGIS DataGrandEst"


def test_webinars_without_a_date_are_the_next_ones():
    result = run_cli("webinars", "--count", "2", "--json", env=DEAD)
    assert result.returncode == 0
    found = json.loads(result.stdout)
    assert len(found) == 2
    now = datetime.now().astimezone()
    assert all(datetime.fromisoformat(w["end"]) > now for w in found)


def test_trainings_filter_by_level_and_topic():
    result = run_cli("trainings", "--level", "1B", "--json", env=DEAD)
    assert result.returncode == 0
    assert [(t["id"], t["level"]) for t in json.loads(result.stdout)] == [("publier-1b", "1b")]
    result = run_cli("trainings", "--topic", "ocs", "--json", env=DEAD)
    assert [t["plugin_panel"] for t in json.loads(result.stdout)] == ["ocs"]
    text = run_cli("trainings", "--level", "9z", env=DEAD)
    assert text.returncode == 0 and "Aucune formation" in text.stdout


def test_projects_and_events():
    projects = json.loads(run_cli("projects", "--json", env=DEAD).stdout)
    assert [p["id"] for p in projects] == ["ocs", "pcrs", "piloter", "valoriser", "partager", "produire"]
    assert projects[0]["layers"][0]["name"] == "geograndest:ocs_grand_est_2021_d51"
    result = run_cli("events", "--from", "2022-11-01", "--json", env=DEAD)
    assert result.returncode == 0
    events = json.loads(result.stdout)
    assert [e["id"] for e in events] == ["rencontres-2022", "territoriale-2022-cea", "rencontres-2023"]
    assert events[0]["kind_label"] == "Rencontres régionales"


def test_ics_all_from_a_date_parses_back_to_the_agenda_and_the_series(tmp_path):
    out = tmp_path / "agenda.ics"
    result = run_cli("ics", "--out", str(out), "--from", "2022-06-01", env=DEAD)
    assert result.returncode == 0, result.stderr
    one_line(result.stderr)
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    uids = {str(e["UID"]).split("@")[0] for e in calendar.walk("VEVENT")}
    content = bundled_content()
    first = date(2022, 6, 1)
    expected_events = {i.id for i in agenda(content) if i.end.date() > first and i.date.precision != "year"}
    expected_webinars = {s.id for s in sessions(content, first, 12)}
    assert uids == expected_events | expected_webinars
    assert "serie-2023-05-04" in uids and "serie-2023-06-01" not in uids  # twelve months of the series
    assert f"{len(uids)} " in result.stdout


def test_ics_webinars_only(tmp_path):
    out = tmp_path / "webinaires.ics"
    result = run_cli("ics", "--out", str(out), "--webinars", "--from", "2022-01-01", env=DEAD)
    assert result.returncode == 0
    starts = sorted(e["DTSTART"].dt for e in icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert len(starts) == 12 and starts[0].date() == date(2022, 1, 13)


@pytest.mark.parametrize("path, words", [("/invalid-json", "JSON invalide"), ("/html", "page web"),
                                         ("/500", "erreur interne"), ("/401", "authentification")])
def test_a_bad_content_file_still_answers_exit_0_with_one_line(fault_server, path, words):
    result = run_cli("projects", "--json", env={"DGE_CONTENT_URL": fault_server.url(path)})
    assert result.returncode == 0
    line = one_line(result.stderr)
    assert words in line and "Contenu non mis à jour" in line
    assert len(json.loads(result.stdout)) == 6


def test_usage_errors():
    assert run_cli("webinars", "--from", "3 mars", env=DEAD).returncode == 2
    assert run_cli("webinars", "--count", "0", env=DEAD).returncode == 2
    assert run_cli("ics", env=DEAD).returncode == 2
    assert run_cli("ics", "--out", "x.ics", "--webinars", "--all", env=DEAD).returncode == 2
