"""Hostile input inside QGIS: a saved content copy that an earlier version accepted
(an event in the year 9999), and settings of the wrong type in the QGIS profile."""

import json
import logging
import time
from dataclasses import fields

from qgis.core import QgsSettings

from support.community import Loads, close_dock, environment, make_dock
from support.content_server import ContentServer

from datagrandest_plugin.core.net.cache import DiskCache
from datagrandest_plugin.core.community.source import BUNDLED_FILE, NETWORK, content_request
from datagrandest_plugin.toolbelt.settings import PlgOptionsManager, PlgSettings


def test_a_saved_copy_with_a_date_in_9999_is_not_shown_and_a_corrected_file_is_downloaded(qgis_app, french,
                                                                                          tmp_path):
    document = json.loads(BUNDLED_FILE.read_text(encoding="utf-8"))
    corrected = json.dumps(document).encode("utf-8")
    document["events"].append({"id": "far-future", "kind": "thematic_day", "date": "9999-12", "title": "Lointain"})
    with ContentServer(corrected) as server, environment(DGE_CONTENT_URL=server.url, DGE_CACHE_DIR=tmp_path):
        settings = PlgOptionsManager.get_plg_settings()
        key = content_request(settings).full_url()
        # what an earlier version of the plugin kept as its last good copy, fresh
        DiskCache(settings.cache_directory()).write(key, json.dumps(document).encode("utf-8"), server.url,
                                                    fetched_at=time.time())
        iface, dock = make_dock()
        try:
            loads = Loads(dock.community_panel)
            dock.show_panel("community")
            loads.wait(2)
            last = loads.items[-1]
            assert last.origin == NETWORK and server.requests >= 1
            assert "far-future" not in {e.id for e in last.content.events}
            status = dock.community_panel.status.text()
            assert status and "Mise à jour du contenu" not in status
        finally:
            close_dock(iface, dock)


def test_wrong_types_in_the_qgis_settings_fall_back_to_the_defaults_with_one_warning(qgis_app, caplog):
    store = QgsSettings()
    defaults = {f.name: f.default for f in fields(PlgSettings)}
    wrong = {"timeout": "30 s", "max_download_mb": "-1", "cache_lifetime_hours": "beaucoup", "offline": "peut-être"}
    try:
        for name, value in wrong.items():
            store.setValue(f"datagrandest/{name}", value)
        with caplog.at_level(logging.WARNING, logger="datagrandest"):
            first = PlgOptionsManager.get_plg_settings(use_environment=False)
            PlgOptionsManager.get_plg_settings(use_environment=False)
        for name in wrong:
            assert getattr(first, name) == defaults[name]
            assert len([r for r in caplog.records if name in r.getMessage()]) == 1, name
    finally:
        for name in wrong:
            store.remove(f"datagrandest/{name}")


def test_a_copy_that_cannot_be_shown_gives_way_to_the_bundled_copy(qgis_app, french, tmp_path):
    from datagrandest_plugin.core.community.model import Content, Event
    from datagrandest_plugin.core.community.source import BUNDLED, CACHE, ContentLoad, bundled_content

    with environment(DGE_CONTENT_URL="http://127.0.0.1:1/content.json", DGE_CACHE_DIR=tmp_path):
        iface, dock = make_dock()
        try:
            panel = dock.community_panel
            loads = Loads(panel)
            dock.show_panel("community")
            loads.wait(2)
            # a copy no page can show (an event without a date): whatever the reason, the panel recovers
            broken = Content(schema_version="1.0", events=(Event(id="e", kind="thematic_day", date=None, title="x"),))
            assert panel.apply(ContentLoad(content=broken, origin=CACHE, message="", details=[], fetched_at=time.time())) is False
            assert loads.items[-1].origin == BUNDLED and loads.items[-1].content == bundled_content()
            assert "n'a pas pu être affiché" in panel.status.text() and "fournie avec l'extension" in panel.status.text()
        finally:
            close_dock(iface, dock)
