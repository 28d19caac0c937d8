"""The fault suite: every bad behaviour against every client of the plugin.

Each case primes the client with a good answer (so a last good copy exists),
switches the endpoint to the fault, calls again, then switches back to good.
It records the sentence the user gets, whether the last good data survived,
whether the next good answer is used, and how long the faulty call took.
Used by tests/e2e/test_fault_suite.py and by `python3 scripts/fault_matrix.py
--report RELIABILITY.md`.
"""

import argparse
import hashlib
import os
import re
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from fault_server import FaultServer  # noqa: E402

from datagrandest_plugin.core.cache import DiskCache  # noqa: E402
from datagrandest_plugin.core.catalog.layer_links import service_layers  # noqa: E402
from datagrandest_plugin.core.catalog.models import Link, SearchQuery  # noqa: E402
from datagrandest_plugin.core.catalog.service import CatalogService  # noqa: E402
from datagrandest_plugin.core.community.source import load_content  # noqa: E402
from datagrandest_plugin.core.errors import DgeError  # noqa: E402
from datagrandest_plugin.core.transport import HttpRequest  # noqa: E402
from datagrandest_plugin.core.transport.requests_transport import RequestsTransport  # noqa: E402
from datagrandest_plugin.toolbelt.settings import PlgSettings  # noqa: E402

FAULTS = ("refused", "hang", "drip", "401", "302-login", "403", "404", "500", "503", "html", "empty",
          "truncated", "broken-xml", "exception", "xxe", "bomb", "huge", "wrong-charset", "invalid-json")
CLIENTS = ("catalogue", "capabilities", "d4c", "content")
TIMEOUT = 2.0
MAX_BYTES = 8 * 1024 * 1024
ENGLISH = re.compile(r"\b(the|could|not|answer|answered|sent|cannot|reach|refused|unreadable|requires)\b", re.I)


@dataclass
class Outcome:
    client: str
    fault: str
    message: str = ""  # the sentence the user gets
    kept: bool = False  # the last good data is untouched (and still served where the client serves it)
    recovered: bool = False  # the next good answer is used
    seconds: float = 0.0
    problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem


def canned_bodies(urls) -> dict:
    """Good answers captured from the local DataGrandEst."""
    transport = RequestsTransport(timeout=30)
    csw = transport.fetch(HttpRequest(urls["csw_url"], {
        "SERVICE": "CSW", "VERSION": "2.0.2", "REQUEST": "GetRecords", "typeNames": "csw:Record",
        "elementSetName": "full", "resultType": "results", "maxRecords": "10"})).content
    wms = transport.fetch(HttpRequest(urls["base_url"] + "/geoserver/region-grand-est/ows",
                                      {"SERVICE": "WMS", "REQUEST": "GetCapabilities", "VERSION": "1.3.0"})).content
    d4c = transport.fetch(HttpRequest(urls["d4c_url"] + "/d4c/api/datasets/1.0/search/", {"rows": "10"})).content
    content = (ROOT / "datagrandest_plugin" / "data" / "content.json").read_bytes()
    return {"catalogue": (csw, "application/xml"), "capabilities": (wms, "text/xml"),
            "d4c": (d4c, "application/json"), "content": (content, "application/json")}


class Client:
    """Calls one client of the plugin and looks at its last good data."""

    def __init__(self, name, url, workdir: Path):
        self.name, self.url, self.workdir = name, url, workdir
        self.settings = replace(PlgSettings(), cache_dir=str(workdir), timeout=TIMEOUT, csw_url=url, d4c_url=url,
                                content_url=url, cache_lifetime_hours=0.0)

    def call(self):
        """(stale or failure sentence, data served); the sentence is empty when all went well."""
        transport = RequestsTransport(timeout=TIMEOUT, max_bytes=MAX_BYTES)
        try:
            if self.name in ("catalogue", "d4c"):
                source = "csw" if self.name == "catalogue" else "d4c"
                page = CatalogService(transport, self.settings).search_source(source, SearchQuery(text=""))
                return (page.error if page.stale else ""), sorted(r.identifier for r in page.records)
            if self.name == "capabilities":
                stale = []
                options = service_layers(transport, DiskCache(self.workdir), Link("OGC:WMS", self.url, "epci"),
                                         0.0, on_stale=stale.append)
                return (stale[0] if stale else ""), sorted(o.name for o in options)
            load = load_content(transport, DiskCache(self.workdir), self.settings, force=True)
            return load.message, [w.title for w in load.content.webinars]
        except DgeError as error:
            return error.message, None

    def snapshot(self) -> str:
        """A digest of the client's stored last good data."""
        digest = hashlib.sha256()
        for path in sorted(self.workdir.rglob("*")):
            if path.is_file() and not path.name.endswith(".tmp"):
                digest.update(path.name.encode() + path.read_bytes())
        return digest.hexdigest()


def run_case(client_name, fault, canned, workdir: Path) -> Outcome:
    outcome = Outcome(client_name, fault)
    body, content_type = canned[client_name]
    server = FaultServer().start()
    try:
        url = server.switch(client_name, "good", body, content_type)
        client = Client(client_name, url, workdir)
        message, good = client.call()
        if message or not good:
            outcome.problem = f"priming failed: {message}"
            return outcome
        before = client.snapshot()
        port = server.httpd.server_address[1]
        if fault == "refused":
            server.stop()
        else:
            server.switch(client_name, fault)
        started = time.monotonic()
        outcome.message, served = client.call()
        outcome.seconds = round(time.monotonic() - started, 2)
        outcome.kept = client.snapshot() == before and served in (None, good)
        if fault == "refused":
            server = FaultServer(port).start()
            server.switch(client_name, "good", body, content_type)
        else:
            server.switch(client_name, "good")
        message, again = client.call()
        outcome.recovered = not message and again == good
        problems = []
        if not outcome.message:
            problems.append("no sentence for the user")
        if "\n" in outcome.message or "Traceback" in outcome.message or len(outcome.message) > 400:
            problems.append("not one short sentence")
        if not outcome.kept:
            problems.append("last good data changed or not served")
        if not outcome.recovered:
            problems.append("next good answer not used")
        if outcome.seconds > TIMEOUT + 3:
            problems.append(f"took {outcome.seconds} s")
        outcome.problem = "; ".join(problems)
        return outcome
    finally:
        server.stop()


def run_all(canned, workdir: Path, clients=CLIENTS, faults=FAULTS):
    outcomes = []
    for client in clients:
        for fault in faults:
            case_dir = workdir / f"{client}-{fault}"
            case_dir.mkdir(parents=True, exist_ok=True)
            outcomes.append(run_case(client, fault, canned, case_dir))
    return outcomes


def report(outcomes, path: Path):
    lines = ["# Fault suite", "",
             "Generated by `python3 scripts/fault_matrix.py --report RELIABILITY.md` (the same cases run in "
             "`make test`, tests/e2e/test_fault_suite.py). Each client is first given a good answer, then the "
             "fault, then a good answer again. ✓ = one French sentence for the user, the last good data kept "
             "(and shown where the client shows it), the next good answer used, within the time bound.", "",
             "| fault | " + " | ".join(CLIENTS) + " |", "|---|" + "---|" * len(CLIENTS)]
    by_key = {(o.client, o.fault): o for o in outcomes}
    for fault in FAULTS:
        cells = []
        for client in CLIENTS:
            o = by_key.get((client, fault))
            cells.append("–" if o is None else ("✓ " if o.ok else "✗ ") + f"{o.seconds:g} s")
        lines.append(f"| {fault} | " + " | ".join(cells) + " |")
    lines += ["", "## The sentences users read", "", "| client | fault | sentence |", "|---|---|---|"]
    for o in outcomes:
        sentence = re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", o.message)
        sentence = re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d", "AAAA-MM-JJ hh:mm", sentence)
        lines.append(f"| {o.client} | {o.fault} | {sentence.replace('|', '/')} |")
    kept = ""  # the hand-written "# Hostile input" section is not generated: kept as it is
    if path.is_file() and "\n# Hostile input\n" in path.read_text(encoding="utf-8"):
        kept = "\n# Hostile input\n" + path.read_text(encoding="utf-8").split("\n# Hostile input\n", 1)[1]
    path.write_text("\n".join(lines) + "\n" + kept, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--report", default=str(ROOT / "RELIABILITY.md"))
    args = parser.parse_args()
    os.environ["DGE_ALLOWED_HOSTS"] = "127.0.0.1,localhost"
    import tempfile

    from local_platform import start_platform

    from datagrandest_plugin.cli import install_cli_translator

    install_cli_translator()
    with start_platform(ROOT / "build" / "local") as platform:
        canned = canned_bodies(platform.urls)
    with tempfile.TemporaryDirectory() as tmp:
        outcomes = run_all(canned, Path(tmp))
    report(outcomes, Path(args.report))
    failed = [o for o in outcomes if not o.ok]
    print(f"{len(outcomes) - len(failed)} passed, {len(failed)} failed")
    for o in failed:
        print(f"  {o.client} / {o.fault}: {o.problem} ({o.message})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
