"""An endless body and a gzip bomb stay within twice the size limit, on both transports.

Each download runs in a process of its own (scripts/qa/memory_probe.py), which reports
its resident memory before and its peak during the download."""

import json
import subprocess
import sys

import pytest

from support import ROOT

LIMIT_MB = 64


@pytest.mark.parametrize("transport", ["qgis", "requests"])
@pytest.mark.parametrize("path", ["/endless", "/gzip-bomb"])
def test_peak_memory_stays_within_twice_the_limit(fault_server, transport, path):
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "qa" / "memory_probe.py"), "--transport", transport,
                          "--url", fault_server.url(path), "--limit-mb", str(LIMIT_MB)],
                         capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr[-2000:]
    outcome = json.loads(run.stdout.strip().splitlines()[-1])
    assert outcome["error"] == "ResponseTooLarge"
    grown = outcome["peak"] - outcome["before"]
    assert grown <= 2 * LIMIT_MB * 1024 * 1024, f"{grown / 2 ** 20:.0f} MB for a {LIMIT_MB} MB limit"
