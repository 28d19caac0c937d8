"""The catalogue panel's "Import favourites" with hostile files: one sentence in the
panel each time, the favourites already there kept."""

import json

import pytest
from qgis.PyQt.QtWidgets import QFileDialog

from support import dispose
from support.iface import StandInIface

from datagrandest_plugin.core.favourites import MAX_ENTRIES, MAX_FILE_BYTES, Favourite, FavouritesStore
from datagrandest_plugin.gui.catalog.panel import CatalogPanel

HEADER = '{"format": "datagrandest-favourites", "version": 1, '


def deep():
    return HEADER + '"favourites": ' + "[" * 100000 + "]" * 100000 + "}"


def huge():
    entry = json.dumps({"kind": "record", "identifier": "x", "title": "t" * 200})
    return HEADER + '"favourites": [' + ",".join([entry] * (MAX_FILE_BYTES // len(entry) + 10)) + "]}"


def many():
    entry = json.dumps({"kind": "record", "identifier": "x", "title": "t"})
    return HEADER + '"favourites": [' + ",".join([entry] * (MAX_ENTRIES + 1)) + "]}"


@pytest.mark.parametrize("text, expected", [
    (deep, "illisible"),
    (huge, "Mo"),
    (many, str(MAX_ENTRIES)),
    (lambda: "\x00\xff not json", "illisible"),
    (lambda: '{"format": "autre"}', "n'est pas un fichier de favoris"),
])
def test_a_hostile_favourites_file_is_one_sentence_in_the_panel(qgis_app, french, tmp_path, monkeypatch, text,
                                                                 expected):
    path = tmp_path / "import.json"
    path.write_text(text(), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), "")))
    store = FavouritesStore(tmp_path / "favourites.json")
    store.add(Favourite(kind="record", identifier="kept", title="Gardée"))
    panel = CatalogPanel(StandInIface())
    try:
        panel.set_favourites(store)
        panel.import_dialog()
        status = panel.status.text()
        assert expected in status and "\n" not in status and status.endswith(".")
        assert [f.identifier for f in FavouritesStore(tmp_path / "favourites.json").items] == ["kept"]
    finally:
        dispose(panel)
