"""The catalogue's first page from the local pycsw, with the offline index empty and
full (20,000 saved records): the plugin's search (which saves each answer into the
index), beside OWSLib's GetRecords on the same query (no index: the reference)."""

import random
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from common import median

RUNS = 7
FULL = 20000
QUERY = "occupation"


def _records(count):
    from catalogue_filter import WORDS

    from datagrandest_plugin.core.catalog.models import CatalogRecord

    rng = random.Random(7)
    return [CatalogRecord(identifier=f"FR-SAVED-{i:05d}", title=" ".join(rng.sample(WORDS, 3)).capitalize() + f" {i}", sources=["csw"],
                          abstract=" ".join(rng.sample(WORDS, 8)) * 3, organisation="Région Grand Est",
                          keywords=rng.sample(WORDS, 3), date=f"20{rng.randint(10, 24)}-01-01")
            for i in range(count)]


def run(platform) -> dict:
    from owslib.catalogue.csw2 import CatalogueServiceWeb
    from owslib.fes import PropertyIsLike

    from datagrandest_plugin.core.catalog.local_index import LocalCatalog
    from datagrandest_plugin.core.catalog.models import SearchQuery
    from datagrandest_plugin.core.catalog.service import CatalogService
    from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport
    from datagrandest_plugin.toolbelt.settings import PlgSettings

    directory = Path(tempfile.mkdtemp(prefix="dge-bench-index-"))
    settings = replace(PlgSettings(), csw_url=platform.urls["csw_url"], d4c_url="http://127.0.0.1:1/d4c",
                       cache_dir=str(directory))
    transport = RequestsTransport(timeout=60)
    empty = LocalCatalog(directory / "empty.json")
    full = LocalCatalog(directory / "full.json")
    filling = CatalogService(transport, settings, full)
    started = time.perf_counter()
    full.remember(filling.bucket("csw"), _records(FULL))
    fill_s = time.perf_counter() - started
    query = SearchQuery(text=QUERY, sources=("csw",))
    times = {"empty": [], "full": [], "owslib": []}
    shown = {}
    for _ in range(RUNS):
        for name, local in (("empty", empty), ("full", full)):
            service = CatalogService(transport, settings, local)
            started = time.perf_counter()
            result = service.search(query)
            times[name].append(time.perf_counter() - started)
            shown[name] = len(result.records)
        started = time.perf_counter()
        csw = CatalogueServiceWeb(platform.urls["csw_url"], timeout=60)
        csw.getrecords2(constraints=[PropertyIsLike("csw:AnyText", f"%{QUERY}%")], maxrecords=query.page_size,
                        esn="full")
        times["owslib"].append(time.perf_counter() - started)
        shown["owslib"] = len(csw.records)
    ms = {name: round(median(values) * 1000, 1) for name, values in times.items()}
    return {"query": QUERY, "saved_records": full.count(), "fill_s": round(fill_s, 2), "records_shown": shown,
            "empty_ms": ms["empty"], "full_ms": ms["full"], "owslib_ms": ms["owslib"],
            "full_over_empty": round(ms["full"] / ms["empty"], 2), "goal": "full index ≤ 1.1 × empty",
            "met": ms["full"] <= 1.1 * ms["empty"]}
