"""The offline catalogue: persistence, accent-insensitive matching, typing on and back."""

from datagrandest_plugin.core.catalog.local_index import LocalCatalog
from datagrandest_plugin.core.catalog.models import CatalogRecord, SearchQuery


def record(identifier, title, **kwargs):
    return CatalogRecord(identifier=identifier, title=title, sources=["csw"], **kwargs)


def test_remember_persist_and_match(tmp_path):
    catalogue = LocalCatalog(tmp_path / "records.json")
    catalogue.remember("csw", [record("A", "Forêt de la Marne", keywords=["bois"]),
                               record("B", "Réseau d'eau", organisation="Région Grand Est"),
                               record("C", "Bâti de Nancy", date="2023-01-01", bbox=(6.1, 48.6, 6.3, 48.8))])
    again = LocalCatalog(tmp_path / "records.json")
    assert again.count() == 3 and again.count("d4c") == 0
    ids = lambda text, **kw: [r.identifier for r in again.matches("csw", SearchQuery(text=text, **kw))]  # noqa: E731 - a one-line helper read where it is used
    assert ids("foret") == ["A"] and ids("FORÊT marne") == ["A"] and ids("bois") == ["A"]
    assert ids("", organisation="region") == ["B"]
    assert ids("bati", bbox=(6.0, 48.0, 7.0, 49.0)) == ["C"] and ids("bati", bbox=(0.0, 0.0, 1.0, 1.0)) == []
    page = again.search("csw", SearchQuery(text="e", page_size=2))
    assert page.stale and page.total == 3 and len(page.records) == 2
    assert again.search("d4c", SearchQuery()) is None


def test_typing_on_and_back_gives_what_a_fresh_filter_gives(tmp_path):
    catalogue = LocalCatalog(tmp_path / "records.json")
    catalogue.remember("csw", [record(str(i), title) for i, title in enumerate(
        ["occupation du sol marne", "occupation du sol vosges", "orthophoto marne", "plan corps de rue"])])
    fresh = LocalCatalog(tmp_path / "records.json")
    for text in ("o", "oc", "occ", "occupation", "occupation m", "occupation ma", "occupation", "or", "ortho",
                 "", "p", "plan", "pl"):
        typed = [r.identifier for r in catalogue.matches("csw", SearchQuery(text=text))]
        alone = [r.identifier for r in LocalCatalog(tmp_path / "records.json").matches("csw", SearchQuery(text=text))]
        assert typed == alone, text
    assert fresh.count() == 4


def test_the_json_file_of_earlier_versions_is_carried_over_once(tmp_path):
    import json

    old = tmp_path / "records.json"
    old.write_text(json.dumps({"saved_at": 1700000000.0, "records": {"http://x/csw": [
        record("A", "Forêt domaniale", keywords=["bois"]).as_dict(),
        record("B", "Écoles de Metz").as_dict()]}}), encoding="utf-8")
    catalogue = LocalCatalog(old)
    assert catalogue.count("http://x/csw") == 2 and not old.exists()
    again = LocalCatalog(old)
    assert [r.identifier for r in again.matches("http://x/csw", SearchQuery(text="ecoles"))] == ["B"]
    assert again.search("http://x/csw", SearchQuery()).saved_at == 1700000000.0


def test_an_answer_updates_its_own_rows_in_place_and_the_oldest_make_room(tmp_path, monkeypatch):
    import os

    from datagrandest_plugin.core.catalog import local_index

    monkeypatch.setattr(local_index, "MAX_RECORDS", 50)
    catalogue = LocalCatalog(tmp_path / "records.json")
    catalogue.remember("csw", [record(f"r{i}", f"Couche {i}") for i in range(50)])
    inode = os.stat(catalogue.database).st_ino
    catalogue.remember("csw", [record("r3", "Couche trois, revue")] + [record(f"n{i}", "Nouvelle") for i in range(5)])
    assert os.stat(catalogue.database).st_ino == inode  # written in place, not a new file each answer
    fresh = LocalCatalog(tmp_path / "records.json")
    ids = [r.identifier for r in fresh.matches("csw", SearchQuery())]
    # r3 seen again became the newest; the five oldest (r0, r1, r2, r4, r5) made room
    assert ids == [f"r{i}" for i in range(6, 50)] + ["r3"] + [f"n{i}" for i in range(5)]
    assert [r.title for r in fresh.matches("csw", SearchQuery(text="revue"))] == ["Couche trois, revue"]


def test_an_answer_is_written_by_a_thread_of_its_own_and_a_read_waits_for_it(tmp_path):
    """The search that found the records goes on at once, even while the file is locked (another
    QGIS writing it); what it remembered is there for the next read, from any catalogue of the file."""
    import sqlite3

    catalogue = LocalCatalog(tmp_path / "records.json")
    assert catalogue.count() == 0
    other = sqlite3.connect(str(catalogue.database), isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # no one else can read or write the file now
    try:
        # had remember() written the rows itself, it would wait here for the lock (10 s), then fail
        catalogue.remember("csw", [record("A", "Forêt de la Marne"), record("B", "Réseau d'eau")])
        assert other.execute("SELECT COUNT(*) FROM records").fetchone()[0] == 0
    finally:
        other.execute("COMMIT")
        other.close()
    assert [r.identifier for r in LocalCatalog(tmp_path / "records.json").matches("csw", SearchQuery())] == ["A", "B"]
    assert catalogue.count("csw") == 2


def test_the_last_results_are_kept_by_the_writing_thread(tmp_path, monkeypatch):
    import threading

    from datagrandest_plugin.core.catalog import local_index

    writers = []
    real = local_index.atomic_write
    monkeypatch.setattr(local_index, "atomic_write", lambda *args: writers.append(threading.current_thread())
                        or real(*args))
    catalogue = LocalCatalog(tmp_path / "records.json")
    shown = record("A", "Forêt domaniale")
    catalogue.remember("http://x/csw", [shown])
    catalogue.keep_latest("forêt", [shown.key], ["http://x/csw"])  # the panel asks on the GUI thread
    text, records, _ = catalogue.latest(["http://x/csw"])
    assert text == "forêt" and [r.identifier for r in records] == ["A"]
    assert writers and writers[0] is not threading.current_thread()


def test_typing_on_and_back_with_filters_gives_what_a_plain_scan_gives(tmp_path):
    import random

    from datagrandest_plugin.core.text_search import normalise

    words = ["occupation", "sol", "marne", "forêt", "vosges", "bâti", "réseau", "eau", "pcrs", "plan"]
    rng = random.Random(3)
    records = [record(f"r{i}", " ".join(rng.sample(words, 3)), abstract=" ".join(rng.sample(words, 4)),
                      organisation=rng.choice(["DREAL", "Région Grand Est"]), themes=[rng.choice(["eau", "sol"])],
                      date=f"20{rng.randint(10, 24)}-01-01") for i in range(300)]
    catalogue = LocalCatalog(tmp_path / "records.json")
    catalogue.remember("csw", records)

    def scan(text, theme="", organisation="", sort="relevance"):
        found = [r for r in records if all(normalise(w) in normalise(" ".join(
            [r.title, r.abstract, r.organisation, r.identifier, " ".join(r.keywords), " ".join(r.themes)]))
            for w in text.split()) and normalise(theme) in normalise(" ".join(r.themes + r.keywords))
            and normalise(organisation) in normalise(r.organisation)]
        return [r.identifier for r in (sorted(found, key=lambda r: r.date, reverse=True) if sort == "date" else found)]

    typed = [t[:end] for t in ("forêt vosges", "eau sol", "bati") for end in range(1, len(t) + 1)]
    typed += ["forêt vo", "forêt", "f", "", "eau s", "eau", "ea"]
    for text in typed:
        for filters in ({}, {"theme": "eau"}, {"organisation": "région"}, {"sort": "date"}):
            got = [r.identifier for r in catalogue.matches("csw", SearchQuery(text=text, **filters))]
            assert got == scan(text, **filters), (text, filters)


def test_a_search_answer_does_not_take_away_what_the_full_record_read_gave(tmp_path):
    """A search lists Dublin Core summaries; opening a record reads it in full (ISO 19139). The
    summary that comes back at the next search must not erase the lineage and links read then."""
    from datagrandest_plugin.core.catalog.models import Link

    wms = Link(url="https://example.test/wms", protocol="OGC:WMS", name="ocsge")
    pdf = Link(url="https://example.test/notice.pdf", protocol="WWW:LINK", name="notice")
    catalogue = LocalCatalog(tmp_path / "records.json")
    catalogue.remember("csw", [record("A", "OCS GE 2019", lineage="Photo-interprétation 2019", links=[wms, pdf],
                                      detailed=True)])
    catalogue.remember("csw", [record("A", "OCS GE² 2019 (révisé)", links=[wms])])  # the next search's summary
    kept = LocalCatalog(tmp_path / "records.json").matches("csw", SearchQuery(text="ocs"))
    assert [r.title for r in kept] == ["OCS GE² 2019 (révisé)"]  # the newer answer's own fields
    assert kept[0].lineage == "Photo-interprétation 2019" and kept[0].detailed
    assert [link.url for link in kept[0].links] == [wms.url, pdf.url]
