"""Filtering 5,000 catalogue records per keystroke (the offline catalogue and
the locator's local part): p50/p95 per keystroke, beside the same filter
without the precomputed search keys (normalising every record each time).
The p95 of the CPU time of this thread says what the wall time owes to a busy
machine (other processes scheduled in between)."""

import random
import tempfile
import time
from pathlib import Path

from common import percentile

COUNT = 5000
WORDS = ("occupation", "sol", "marne", "ardennes", "moselle", "vosges", "commune", "epci", "pcrs", "ortho",
         "réseau", "eau", "bâti", "forêt", "agricole", "transport", "limite", "département", "données", "plan")


def records():
    from datagrandest_plugin.core.catalog.models import CatalogRecord

    rng = random.Random(42)
    out = []
    for index in range(COUNT):
        words = rng.sample(WORDS, 6)
        out.append(CatalogRecord(identifier=f"FR-BENCH-{index:05d}", title=" ".join(words[:3]).capitalize() + f" {index}", sources=["csw"],
                                 abstract=" ".join(words) * 3, organisation=rng.choice(("Région Grand Est", "DREAL",
                                                                                        "CD 54", "IGN")),
                                 keywords=words[3:], date=f"20{rng.randint(10, 24)}-01-01"))
    return out


def keystrokes():
    for word in ("occupation marne", "forêt vosges", "pcrs", "commune épci", "bati"):
        for end in range(1, len(word) + 1):
            yield word[:end]


def run() -> dict:
    from datagrandest_plugin.core.catalog.local_index import LocalCatalog, normalise
    from datagrandest_plugin.core.catalog.models import SearchQuery

    catalogue = LocalCatalog(Path(tempfile.mkdtemp()) / "records.json")
    data = records()
    catalogue.remember("csw", data)
    assert catalogue.count("csw") == COUNT  # a read waits for the write, done by a thread of its own
    ours, cpu, naive = [], [], []
    for text in keystrokes():
        query = SearchQuery(text=text)
        started, started_cpu = time.perf_counter(), time.thread_time()
        found = catalogue.matches("csw", query)
        ours.append((time.perf_counter() - started) * 1000.0)
        cpu.append((time.thread_time() - started_cpu) * 1000.0)
        words = [normalise(w) for w in text.split()]
        started = time.perf_counter()
        reference = [r for r in data if all(w in normalise(" ".join([r.title, r.abstract, r.organisation,
                                                                     r.identifier, " ".join(r.keywords)]))
                                            for w in words)]
        naive.append((time.perf_counter() - started) * 1000.0)
        assert len(found) == len(reference)
    return {"records": COUNT, "keystrokes": len(ours), "p50_ms": round(percentile(ours, 0.5), 2),
            "p95_ms": round(percentile(ours, 0.95), 2), "p95_cpu_ms": round(percentile(cpu, 0.95), 2),
            "reference_p95_ms": round(percentile(naive, 0.95), 2),
            "ratio_p95": round(percentile(naive, 0.95) / percentile(ours, 0.95), 1),
            "goal": "p95 under 10 ms", "met": percentile(ours, 0.95) < 10}
