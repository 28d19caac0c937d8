"""The catalogue's first page at 10,000 records in pycsw, with the offline index empty
and full (20,000 saved records): the plugin's search (which saves each answer into the
index), beside OWSLib's GetRecords on the same query (no index: the reference).

The pycsw is the local platform's own (``csw_server.py``: a configuration, an SQLite
repository, the ISO 19139 files of ``csw_records.to_iso19139``), started for this bench
with the platform's records and generated variations of them up to 10,000."""

import dataclasses
import json
import random
import shutil
import subprocess
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from common import median

RUNS = 9
IN_PYCSW = 10000
FULL = 20000
QUERY = "occupation"


def _saved(count):
    from catalogue_filter import WORDS

    from datagrandest_plugin.core.catalog.models import CatalogRecord

    rng = random.Random(7)
    return [CatalogRecord(identifier=f"FR-SAVED-{i:05d}", title=" ".join(rng.sample(WORDS, 3)).capitalize() + f" {i}", sources=["csw"],
                          abstract=" ".join(rng.sample(WORDS, 8)) * 3, organisation="Région Grand Est",
                          keywords=rng.sample(WORDS, 3), date=f"20{rng.randint(10, 24)}-01-01")
            for i in range(count)]


def iso_records(base_url: str, count: int):
    """The platform's catalogue records, then variations of them (identifier, title, keywords,
    dates) until ``count``: about half are about land cover ("occupation du sol"), as the
    platform's are."""
    import csw_records
    from catalogue_filter import WORDS

    models = csw_records.catalogue(base_url)
    rng = random.Random(17)
    out = list(models)
    while len(out) < count:
        model = models[len(out) % len(models)]
        words = rng.sample([w for w in WORDS if w != QUERY], 3)
        year = rng.randint(2010, 2024)
        out.append(dataclasses.replace(
            model, identifier=f"{model.identifier}-GEN-{len(out):05d}", title=f"{model.title} — {' '.join(words)}",
            keywords=list(model.keywords) + words, created=f"{year}-01-15", revised=f"{year}-06-30"))
    return out


class Pycsw:
    """``csw_server.py`` in its own process, over ISO files written to a temporary folder, in memory
    where the machine has one (pycsw commits each record it loads: 10,000 disk syncs otherwise)."""

    def __init__(self, records):
        import csw_records
        import csw_server

        memory = Path("/dev/shm")
        self.folder = Path(tempfile.mkdtemp(prefix="dge-bench-pycsw-", dir=memory if memory.is_dir() else None))
        iso = self.folder / "iso"
        iso.mkdir()
        for record in records:
            (iso / f"{record.identifier}.xml").write_text(csw_records.to_iso19139(record), encoding="utf-8")
        self.port_file = self.folder / "csw.json"
        self.log = open(self.folder / "csw.log", "wb")
        # the interpreter and environment the local platform starts its catalogue with (pycsw's own venv)
        from local_platform import _catalogue_python, _child_env

        self.process = subprocess.Popen(
            [_catalogue_python(), csw_server.__file__, "--workdir", str(self.folder / "csw"), "--records", str(iso),
             "--port-file", str(self.port_file)], env=_child_env(), stdout=self.log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL)

    def url(self, timeout=900.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.port_file.exists():
                return json.loads(self.port_file.read_text())["url"]
            if self.process.poll() is not None:
                raise RuntimeError(f"pycsw exited: {(self.folder / 'csw.log').read_text()[-2000:]}")
            time.sleep(0.5)  # loading 10,000 records takes a while
        raise RuntimeError("pycsw not ready")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def first_pages(csw_url: str, runs: int = RUNS) -> dict:
    """Median ms of the first page of QUERY: the plugin with an empty and a full offline index of
    this catalogue, OWSLib's GetRecords; interleaved in turning order, a first turn (warming up)
    not counted."""
    from owslib.catalogue.csw2 import CatalogueServiceWeb
    from owslib.fes import PropertyIsLike

    from datagrandest_plugin.core.catalog.local_index import LocalCatalog
    from datagrandest_plugin.core.catalog.models import SearchQuery
    from datagrandest_plugin.core.catalog.service import CatalogService
    from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport
    from datagrandest_plugin.toolbelt.settings import PlgSettings

    directory = Path(tempfile.mkdtemp(prefix="dge-bench-index-"))
    settings = replace(PlgSettings(), csw_url=csw_url, d4c_url="http://127.0.0.1:1/d4c", cache_dir=str(directory))
    transport = RequestsTransport(timeout=60)
    empty = LocalCatalog(directory / "empty.json")
    full = LocalCatalog(directory / "full.json")
    started = time.perf_counter()
    full.remember(CatalogService(transport, settings, full).bucket("csw"), _saved(FULL))
    saved = full.count()  # waits for the write
    fill_s = time.perf_counter() - started
    query = SearchQuery(text=QUERY, sources=("csw",))
    times = {"empty": [], "full": [], "owslib": []}
    shown, matched = {}, {}

    def plugin(local):
        result = CatalogService(transport, settings, local).search(query)
        return len(result.records), result.total

    def owslib():
        csw = CatalogueServiceWeb(csw_url, timeout=60)
        csw.getrecords2(constraints=[PropertyIsLike("csw:AnyText", f"%{QUERY}%")], maxrecords=query.page_size,
                        esn="full")
        return len(csw.records), csw.results.get("matches")

    cases = [("empty", lambda: plugin(empty)), ("full", lambda: plugin(full)), ("owslib", owslib)]
    for turn in range(runs + 1):
        for name, case in cases[turn % 3:] + cases[:turn % 3]:  # each case first in turn: no order favoured
            began = time.perf_counter()
            shown[name], matched[name] = case()
            if turn:
                times[name].append(time.perf_counter() - began)
    full.count()  # every answer saved before the next figures
    ms = {name: round(median(values) * 1000, 1) for name, values in times.items()}
    return {"saved_records": saved, "fill_s": round(fill_s, 2), "records_shown": shown, "records_matched": matched,
            "empty_ms": ms["empty"], "full_ms": ms["full"], "owslib_ms": ms["owslib"],
            "full_over_empty": round(ms["full"] / ms["empty"], 2),
            "empty_over_owslib": round(ms["empty"] / ms["owslib"], 2)}


def run(platform) -> dict:
    started = time.perf_counter()
    server = Pycsw(iso_records(platform.urls["base_url"], IN_PYCSW))
    try:
        csw_url = server.url()
        load_s = time.perf_counter() - started
        large = first_pages(csw_url)
    finally:
        server.stop()
    small = first_pages(platform.urls["csw_url"])  # a few records: what the index costs shows most there
    met = all(row["full_ms"] <= 1.1 * row["empty_ms"] for row in (large, small))
    return {"query": QUERY, "records_in_pycsw": IN_PYCSW, "pycsw_load_s": round(load_s, 1), "large": large,
            "platform": small, "goal": "full index ≤ 1.1 × empty", "met": met}
