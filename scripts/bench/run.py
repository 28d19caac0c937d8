"""`make bench`: every benchmark, each figure beside its reference measured
in the same run; writes BENCHMARKS.md and benchmarks.json."""

import argparse
import importlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, machine, qgis_app


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--markdown", default=str(ROOT / "BENCHMARKS.md"))
    parser.add_argument("--json", default=str(ROOT / "benchmarks.json"))
    args = parser.parse_args()
    os.environ["DGE_ALLOWED_HOSTS"] = "127.0.0.1,localhost"
    os.environ["NO_PROXY"] = "127.0.0.1,localhost"
    os.environ["DGE_CACHE_DIR"] = tempfile.mkdtemp(prefix="dge-bench-cache-")
    os.environ["DGE_DATA_DIR"] = tempfile.mkdtemp(prefix="dge-bench-data-")
    qgis_app()
    from fault_matrix import canned_bodies
    from fault_server import FaultServer
    from local_platform import start_platform

    started = time.time()
    results = {"machine": machine(), "date": time.strftime("%Y-%m-%d %H:%M")}
    with start_platform(ROOT / "build" / "local") as platform, FaultServer() as faults:
        canned = canned_bodies(platform.urls)
        sections = [("start_cost", lambda m: m.run(faults)), ("catalogue_filter", lambda m: m.run()),
                    ("layer_add", lambda m: m.run(platform)), ("gui_stall", lambda m: m.run(faults, canned))]
        sections.append(("layers_bench", lambda m: m.run()))
        sections.append(("ocs_stats", lambda m: m.run()))
        for name, call in sections:
            print(f"… {name}", flush=True)
            section_started = time.time()
            module = importlib.import_module(name)
            results[name] = call(module)
            results[name]["seconds"] = round(time.time() - section_started, 1)
    results["total_seconds"] = round(time.time() - started, 1)
    Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    Path(args.markdown).write_text(markdown(results), encoding="utf-8")
    print(f"{args.markdown} and {args.json} written in {results['total_seconds']} s")
    return 0


def markdown(results) -> str:
    m = results["machine"]
    lines = ["# Benchmarks", "",
             f"Measured by `make bench` on {results['date']}: {m['cpu']}, {m['cores']} cores, {m['memory']}, "
             f"QGIS {m['qgis']}, Python {m['python']}. Each figure stands beside its reference, measured in the "
             "same run against the same local servers (medians of several runs; these machines are noisy).", ""]
    s = results["start_cost"]
    lines += ["## QGIS start", "", "| | time in classFactory + initGui | requests |", "|---|---|---|",
              f"| this plugin | {s['plugin_ms']} ms | {s['plugin_requests']} |",
              f"| downloads its tree at start, network unreachable (historical behaviour) | "
              f"{s['reference_unreachable_ms']} ms | 1 |",
              f"| the same, connection refused at once | {s['reference_refused_ms']} ms | 1 |", "",
              f"Goal: {s['goal']} — {'met' if s['met'] else 'NOT met'}.", ""]
    g = results["gui_stall"]
    lines += ["## GUI thread stall (servers answering after 2 s)", "",
              "| operation | this plugin: longest main-loop gap | same work on the main thread | ratio |",
              "|---|---|---|---|"]
    labels = {"catalogue_search": "catalogue search (reference: OWSLib as MetaSearch does)",
              "capabilities_load": "capabilities (reference: OWSLib WebMapService)",
              "content_refresh": "community content (reference: requests.get)"}
    for key, label in labels.items():
        row = g[key]
        lines.append(f"| {label} | {row['plugin_longest_gap_ms']} ms | {row['reference_longest_gap_ms']} ms | "
                     f"×{row['ratio']} |")
    lines += ["", f"Goal: {g['goal']} — {'met' if all(g[k]['met'] for k in labels) else 'NOT met'}.", ""]
    c = results["catalogue_filter"]
    lines += ["## Search per keystroke", "", "| filter | p50 | p95 | reference p95 (no precomputed keys) |",
              "|---|---|---|---|",
              f"| {c['records']} catalogue records (offline catalogue) | {c['p50_ms']} ms | {c['p95_ms']} ms | "
              f"{c['reference_p95_ms']} ms |"]
    lines += ["", f"Goal: {c['goal']} — {'met' if c['met'] else 'NOT met'}.", ""]
    a = results["layer_add"]
    lines += ["## Layer add (local QGIS Server)", "",
              "| kind | plugin: capabilities + spec + valid layer | QGIS from a ready URI (capabilities already "
              "in QGIS's cache) | ratio |",
              "|---|---|---|---|"]
    for kind in ("wms", "wmts", "wfs"):
        lines.append(f"| {kind.upper()} | {a[kind]['plugin_ms']} ms | {a[kind]['qgis_direct_ms']} ms | "
                     f"×{a[kind]['ratio']} |")
    b = results["layers_bench"]
    p, r, fc, fp = b["parse_vs_owslib"], b["reopen_from_cache"], b["filter_core"], b["filter_panel"]
    lines += ["", "## Capabilities of 2,000 layers (GeoServer-style, "
              f"{b['document']['mb']} MB)", "",
              "| measure | this plugin | OWSLib's plain parse of the same bytes |", "|---|---|---|",
              f"| cold parse (fresh process, median) | {p['ours_s']} s | {p['owslib_s']} s |",
              f"| peak memory | {p['ours_peak_mb']} MB | {p['owslib_peak_mb']} MB |",
              f"| reopening from the cache | {r['reopen_fresh_cache_ms']} ms "
              f"(with a 304 revalidation: {r['reopen_revalidated_304_ms']} ms) | first open {r['first_open_s']} s |",
              "", "Growth (should be linear): " + ", ".join(
                  f"{size} layers {row['parse_s']} s ({row['us_per_layer']} µs/layer)" for size, row in b["growth"].items()),
              "", "| filter per keystroke, 2,000 layers | p50 | p95 |", "|---|---|---|",
              f"| core index | {fc['p50_ms']} ms | {fc['p95_ms']} ms |",
              f"| Couches panel: rows hidden and shown | {fp['filter_only_p50_ms']} ms | {fp['filter_only_p95_ms']} ms |",
              f"| Couches panel shown: until the tree is laid out and painted | {fp['p50_ms']} ms | {fp['p95_ms']} ms |",
              "", f"Goals: reopening under 100 ms — {'met' if r['reopen_fresh_cache_ms'] < 100 else 'NOT met'}; "
              f"p95 under 10 ms — core {'met' if fc['p95_ms'] < 10 else 'NOT met'}, panel "
              f"{'met' if fp['p95_ms'] < 10 else 'NOT met'}."]
    import ocs_stats

    lines += [""] + ocs_stats.markdown_lines(results["ocs_stats"])
    lines += ["", f"Whole run: {results['total_seconds']} s.", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
