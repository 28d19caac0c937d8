"""The community panel fetches its content file from a real local server.

A file with invalid entries, unknown fields, HTML with scripts, or broken
JSON leaves the panels showing the last good content, with one message, and
never replaces the cached copy."""

import json
from datetime import datetime, timezone

import pytest
from qgis.core import QgsApplication

from support import run_cli
from support.community import Loads, close_dock, environment, make_dock
from support.content_server import ContentServer

from datagrandest_plugin.core.net.cache import DiskCache
from datagrandest_plugin.core.community.source import BUNDLED_FILE

FEBRUARY_10 = datetime(2022, 2, 10, 9, tzinfo=timezone.utc)


def version_1():
    document = json.loads(BUNDLED_FILE.read_text(encoding="utf-8"))
    document["updated"] = "2022-02-08"
    webinars = {w["id"]: w for w in document["webinars"]}
    webinars["webinaire-2022-03"]["title"] = "Les données socio-économiques de l'INSEE"
    webinars["webinaire-2022-03"]["speakers"] = ["Yves Frydel (INSEE Grand Est)"]
    document["trainings"].append({"id": "nouveau-module", "title": "Le plugin QGIS pas à pas", "level": "1a",
                                  "links": [{"title": "Vidéo", "url": "https://www.datagrandest.fr/v", "kind": "video"}]})
    return document


def encode(document):
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def webinar(document, ident):
    return next(w for w in document["webinars"] if w["id"] == ident)


def shown_titles(panel):
    return {s.id: s.title for s in panel.webinars_page.sessions}


@pytest.fixture
def served(qgis_app, french, tmp_path):
    with ContentServer(encode(version_1())) as server, \
            environment(DGE_CONTENT_URL=server.url, DGE_CACHE_DIR=tmp_path / "cache"):
        iface, dock = make_dock(lambda: FEBRUARY_10)
        loads = Loads(dock.community_panel)
        messages = []
        log = QgsApplication.messageLog()

        def record(text, tag, level):
            if tag == "DataGrandEst":
                messages.append(text)

        log.messageReceived.connect(record)
        dock.show_panel("webinars")
        first = loads.wait(2)
        assert first.origin == "network" and first.message == ""
        try:
            yield server, dock.community_panel, loads, messages, tmp_path / "cache"
        finally:
            log.messageReceived.disconnect(record)
            close_dock(iface, dock)


def cached_body(cache_dir, server):
    return DiskCache(cache_dir).read(server.url).body


def test_the_served_file_is_shown_and_revalidated(served):
    server, panel, loads, _messages, cache_dir = served
    assert shown_titles(panel)["webinaire-2022-03"] == "Les données socio-économiques de l'INSEE"
    assert [t.id for t in panel.trainings_page.trainings][-1] == "nouveau-module"
    assert panel.status.text() == "Contenus communautaires du 08/02/2022, à jour."  # French date (QLocale), not ISO
    requests = server.requests
    again = loads.refresh()
    assert server.requests == requests + 1  # a conditional request, answered 304
    assert again.origin == "cache" and again.message == ""
    assert cached_body(cache_dir, server) == encode(version_1())


def test_invalid_entries_are_left_out_and_their_last_good_version_stays(served):
    server, panel, loads, messages, cache_dir = served
    document = version_1()
    broken = webinar(document, "webinaire-2022-03")
    broken["title"], broken["date"] = "Titre cassé", "2022-03-32"
    webinar(document, "webinaire-2022-04")["title"] = "Avril : le DataHub de la DREAL"  # a valid change
    document["events"].append({"id": "sans-date", "kind": "thematic_day", "title": "Oubli"})  # new and invalid
    server.serve(encode(document))
    before = len(messages)
    load = loads.refresh()
    titles = shown_titles(panel)
    assert titles["webinaire-2022-03"] == "Les données socio-économiques de l'INSEE"
    assert titles["webinaire-2022-04"] == "Avril : le DataHub de la DREAL"
    assert "sans-date" not in {i.id for i in panel.agenda_page.items}
    assert load.message == ("Le fichier de contenus a 2 entrée(s) invalide(s) : écartée(s), la dernière version "
                            "valide de 1 d'entre elles est affichée (détails dans le journal des messages).")
    assert panel.status.text() == load.message
    assert len(messages) == before + 1, messages[before:]
    assert "webinars[" in messages[-1] and "(webinaire-2022-03).date" in messages[-1]
    assert cached_body(cache_dir, server) == encode(version_1()), "the cache keeps the last good file"


def test_unknown_fields_are_ignored_with_one_message(served):
    server, panel, loads, messages, _cache_dir = served
    document = version_1()
    document["newsletter"] = "https://www.datagrandest.fr/lettre"
    webinar(document, "webinaire-2022-03")["room"] = "salle B12"
    server.serve(encode(document))
    before = len(messages)
    load = loads.refresh()
    assert shown_titles(panel)["webinaire-2022-03"] == "Les données socio-économiques de l'INSEE"
    assert load.message == ("2 champ(s) du fichier de contenus inconnu(s) de cette version de l'extension "
                            "ont été ignorés.")
    assert len(messages) == before + 1 and "webinars[2].room" in messages[-1]


def test_html_with_scripts_never_reaches_the_panels(served):
    server, panel, loads, messages, cache_dir = served
    document = version_1()
    webinar(document, "webinaire-2022-03")["description"] = "<script>alert('x')</script><img src=https://evil.example/t.png>"
    webinar(document, "webinaire-2022-04")["title"] = "<b onmouseover=alert(1)>Avril</b>"
    server.serve(encode(document))
    before = len(messages)
    load = loads.refresh()
    titles = shown_titles(panel)
    assert titles["webinaire-2022-03"] == "Les données socio-économiques de l'INSEE"
    assert titles["webinaire-2022-04"] == "Sujet à définir"  # the last good version
    for row in range(panel.webinars_page.upcoming.count()):
        panel.webinars_page.upcoming.setCurrentRow(row)
        html = panel.webinars_page.detail.toHtml()
        assert "<script" not in html and "alert" not in html and "evil.example" not in html
    assert "2 entrée(s) invalide(s)" in load.message and len(messages) == before + 1
    assert "sans balise HTML" in messages[-1]
    assert cached_body(cache_dir, server) == encode(version_1())


@pytest.mark.parametrize("body, words", [
    (b'{"schema_version": "1.0", "webinars": [', "JSON invalide"),
    (b"<!DOCTYPE html><html><body>Connexion</body></html>", "page web"),
    (b'{"schema_version": "7.0"}', "format 7.0"),
])
def test_a_broken_file_leaves_the_last_good_content(served, body, words):
    server, panel, loads, messages, cache_dir = served
    server.serve(body)
    before = len(messages)
    load = loads.refresh()
    assert load.origin == "cache"
    assert load.message.startswith("Contenu non mis à jour") and words in load.message
    assert "Affiché : la copie téléchargée le" in load.message
    assert shown_titles(panel)["webinaire-2022-03"] == "Les données socio-économiques de l'INSEE"
    assert [t.id for t in panel.trainings_page.trainings][-1] == "nouveau-module"
    assert len(messages) == before + 1
    assert cached_body(cache_dir, server) == encode(version_1())
    # the command line answers from the same last good copy, exit 0, one line (lifetime 0: it revalidates)
    result = run_cli("webinars", "--from", "2022-03-01", "--count", "1", "--json", env={"DGE_CACHE_LIFETIME_HOURS": "0"})
    assert result.returncode == 0
    assert len(result.stderr.strip().splitlines()) == 1 and words in result.stderr
    assert json.loads(result.stdout)[0]["title"] == "Les données socio-économiques de l'INSEE"
