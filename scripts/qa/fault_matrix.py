"""The fault suite: every bad behaviour against every client of the plugin.

Each case primes the client with a good answer (so a last good copy exists),
switches the endpoint to the fault, calls again, then switches back to good.
It records the sentence the user gets, whether the last good data survived,
whether the next good answer is used, and how long the faulty call took. For
a server that does not answer (refused, hang, drip), a second call right
after the fault must not contact it again and still serve the last good copy.

Every case runs through both transports: the command line's (``requests``)
and QGIS's (``QgsNetworkAccessManager``, the call made in a ``QgsTask`` as in
the plugin; needs a running QgsApplication).
Used by tests/e2e/test_fault_suite.py and by `python3 scripts/qa/fault_matrix.py
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

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path[:0] = [str(ROOT / "scripts" / d) for d in ("platform", "qa", "release", "demo", "bench")]

from fault_server import FaultServer

from datagrandest_plugin.core.net.cache import DiskCache
from datagrandest_plugin.core.catalog.link_specs import service_layers
from datagrandest_plugin.core.catalog.models import Link, SearchQuery
from datagrandest_plugin.core.catalog.service import CatalogService
from datagrandest_plugin.core.community.source import load_content
from datagrandest_plugin.core.errors import DgeError
from datagrandest_plugin.core.net.transport import HttpRequest, Transport
from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport
from datagrandest_plugin.toolbelt.settings import PlgSettings

FAULTS = ("refused", "hang", "drip", "401", "302-login", "403", "404", "500", "503", "html", "empty",
          "truncated", "broken-xml", "exception", "xxe", "bomb", "huge", "wrong-charset", "invalid-json")
CLIENTS = ("catalogue", "capabilities", "d4c", "content")
TRANSPORTS = ("cli", "qgis")
REMEMBERED = ("refused", "hang", "drip")  # no answer: not waited on again for a minute
TIMEOUT = 2.0
MAX_BYTES = 8 * 1024 * 1024
ENGLISH = re.compile(r"\b(the|could|not|answer|answered|sent|cannot|reach|refused|unreadable|requires)\b", re.I)


@dataclass
class Outcome:
    client: str
    fault: str
    transport: str = "cli"
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

    def __init__(self, name, url, workdir: Path, transport: str = "cli"):
        self.name, self.url, self.workdir, self.transport = name, url, workdir, transport
        self.settings = replace(PlgSettings(), cache_dir=str(workdir), timeout=TIMEOUT, csw_url=url, d4c_url=url,
                                content_url=url, cache_lifetime_hours=0.0)

    def call(self):
        """(stale or failure sentence, data served); the sentence is empty when all went well."""
        if self.transport == "qgis":
            return in_qgis_task(self._call)
        return self._call(RequestsTransport(timeout=TIMEOUT, max_bytes=MAX_BYTES))

    def _call(self, transport):
        try:
            if self.name in ("catalogue", "d4c"):
                source = "csw" if self.name == "catalogue" else "d4c"
                service = CatalogService(transport, self.settings)
                page = service.search_source(source, SearchQuery(text=""))
                service.local.flush()  # the offline copy is written by a thread of its own: settled before a snapshot
                return (page.error if page.stale else ""), sorted(r.identifier for r in page.records)
            if self.name == "capabilities":
                stale = []
                options = service_layers(transport, DiskCache(self.workdir), Link(protocol="OGC:WMS", url=self.url, name="epci"),
                                         0.0, on_stale=stale.append)
                return (stale[0] if stale else ""), sorted(o.name for o in options)
            load = load_content(transport, DiskCache(self.workdir), self.settings)
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


def in_qgis_task(call):
    """``call(QgisTransport)`` run in a QgsTask, as the plugin runs its work; the GUI thread waits in its loop."""
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    from datagrandest_plugin.core.net.transport.qgis_transport import QgisTransport
    from datagrandest_plugin.toolbelt.tasks import CoreTask, start_task

    outcome = []
    task = CoreTask("fault suite", lambda _task: call(QgisTransport(timeout=TIMEOUT, max_bytes=MAX_BYTES)),
                    outcome.append, lambda error: outcome.append((error.message, None)))
    loop = QEventLoop()
    task.taskCompleted.connect(loop.quit)
    task.taskTerminated.connect(loop.quit)
    start_task(task)
    QTimer.singleShot(int((TIMEOUT + 30) * 1000), loop.quit)  # a bound only
    if not outcome:
        (getattr(loop, "exec", None) or loop.exec_)()
    return outcome[0] if outcome else ("the task never ended", None)


def run_case(client_name, fault, canned, workdir: Path, transport: str = "cli") -> Outcome:
    outcome = Outcome(client_name, fault, transport)
    body, content_type = canned[client_name]
    server = FaultServer().start()
    try:
        url = server.switch(client_name, "good", body, content_type)
        client = Client(client_name, url, workdir, transport)
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
        remembered = True
        if fault in REMEMBERED:
            hits = server.hits(f"/switch/{client_name}")
            again_message, again_served = client.call()
            remembered = (bool(again_message) and again_served in (None, good)
                          and server.hits(f"/switch/{client_name}") == hits)
        Transport.forget_failures()  # as when the minute has passed
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
        if not remembered:
            problems.append("contacted again at once, or the last good copy not served")
        if outcome.seconds > TIMEOUT + 3:
            problems.append(f"took {outcome.seconds} s")
        outcome.problem = "; ".join(problems)
        return outcome
    finally:
        server.stop()


def run_all(canned, workdir: Path, clients=CLIENTS, faults=FAULTS, transports=TRANSPORTS):
    outcomes = []
    for transport in transports:
        for client in clients:
            for fault in faults:
                case_dir = workdir / f"{transport}-{client}-{fault}"
                case_dir.mkdir(parents=True, exist_ok=True)
                outcomes.append(run_case(client, fault, canned, case_dir, transport))
    return outcomes


TRANSPORT_TITLES = {"cli": "Command line (`requests`)", "qgis": "Inside QGIS (`QgsNetworkAccessManager`, in a task)"}

# What the user sees in the cases this matrix does not generate; each names the tests that prove it.
OTHER_CASES = """## Other cases: credentials, cache folder, a server that just failed

| case | what the user sees | tests |
|---|---|---|
| A service with a QGIS authentication configuration redirects (301, 302, 303, 307, 308) to another server, or from https to http | The redirect is followed without the credentials and without the plugin's own headers: the other server never receives `Authorization`. A redirect on the service's own address still authenticates. | tests/unit/test_credentials_origin.py, tests/qgis/test_qgis_credentials_origin.py |
| The catalogue's POST is redirected (307, 308) to another server | Nothing is sent there; one sentence: « … redirige cette requête vers un autre serveur (…) : elle n’y a pas été renvoyée, car elle contient des données. » | same |
| A legend, thumbnail or link from capabilities or a record points to another server | Fetched without credentials; a legend or thumbnail on a host that is not the platform's is not fetched at all unless « Afficher les légendes et vignettes hébergées hors de la plateforme » is ticked (off by default; `DGE_THIRD_PARTY_IMAGES=1`). | same |
| The cache folder is full, read-only or cannot be created | The same answers as with a working cache (`layers`, `webinars`, `search`, the panels); one line in the message log: « Impossible d’écrire dans le dossier de cache … : les réponses sont utilisées sans être conservées. » | tests/e2e/test_cache_folder_faults.py, tests/unit/test_cache_faults.py |
| A cached copy is damaged (its checksum does not match) | It is ignored and downloaded again; one line in the message log. | tests/unit/test_cache_faults.py |
| QGIS was killed while writing the cache | The temporary file is removed at the next start (if older than 10 minutes) and by « Vider le cache ». | tests/unit/test_cache_faults.py |
| A server just did not answer (refused, no answer in time, cut off) | For a minute, the plugin does not wait for it again: the last good copy is shown at once with the sentence of the failure and « (Dernière tentative à hh:mm:ss ; nouvel essai à partir de hh:mm:ss.) ». « Recharger » (layers), « Actualiser » (community) and « Tester » (options, services check) contact it again at once; a new catalogue search within the minute answers from the offline copy. | tests/unit/test_failure_memory.py, tests/qgis/test_failed_tasks.py (catalogue, services, community content tried again by themselves), the matrices above (second call) |
| A task failed but shows a last good copy (catalogue, services, community content) | The task is shown as failed in QGIS's task bar, not « Tâche complète », and the copy is shown in the panel. | tests/qgis/test_failed_tasks.py |
| Six tasks fetch in a loop while the catalogue panel is built, searched and destroyed every 20 ms; then QGIS quits with requests in flight | QGIS neither crashes nor hangs; it quits within 5 s. Every Qt object of a request lives on the main thread (the task only waits), so nothing of Qt is created or destroyed in a task thread. | tests/qgis/test_transport_stress.py (12 s in `make test`), `make stress` (10 min), tests/qgis/test_transport_threads.py |
| A server never ends its answer, or Qt never signals the end of a reply | The request ends at its whole-request deadline or at once on « Annuler »: the waiting task stops by itself and the main thread aborts the reply. Unloading the plugin ends every request in flight at once. | tests/qgis/test_transport_threads.py |
| An endless answer, or a small gzip answer that inflates to 512 MB (« bombe gzip ») | Refused at the size limit (64 Mo by default) with « La réponse de … dépasse … Mo et a été refusée. »; memory grows by about the limit, never twice it, through either transport. | tests/qgis/test_transport_memory.py |
"""


def report(outcomes, path: Path):
    lines = ["# Fault suite", "",
             "Generated by `python3 scripts/qa/fault_matrix.py --report RELIABILITY.md` (the same cases run in "
             "`make test`, tests/e2e/test_fault_suite.py). Each client is first given a good answer, then the "
             "fault, then a good answer again. ✓ = one French sentence for the user, the last good data kept "
             "(and shown where the client shows it), the next good answer used, within the time bound; for a "
             "server that does not answer (refused, hang, drip), a second call at once neither contacts it nor "
             "loses the last good copy. Every case runs through both transports."]
    by_key = {(o.transport, o.client, o.fault): o for o in outcomes}
    for transport in TRANSPORTS:
        if not any(o.transport == transport for o in outcomes):
            continue
        lines += ["", f"## {TRANSPORT_TITLES[transport]}", "",
                  "| fault | " + " | ".join(CLIENTS) + " |", "|---|" + "---|" * len(CLIENTS)]
        for fault in FAULTS:
            cells = []
            for client in CLIENTS:
                o = by_key.get((transport, client, fault))
                cells.append("–" if o is None else ("✓ " if o.ok else "✗ ") + f"{o.seconds:g} s")
            lines.append(f"| {fault} | " + " | ".join(cells) + " |")
    lines += ["", OTHER_CASES.rstrip(), "", "## The sentences users read", "",
              "| transport | client | fault | sentence |", "|---|---|---|---|"]
    for o in outcomes:
        sentence = re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", o.message)
        sentence = re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d", "AAAA-MM-JJ hh:mm", sentence)
        lines.append(f"| {o.transport} | {o.client} | {o.fault} | {sentence.replace('|', '/')} |")
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

    from datagrandest_plugin.toolbelt.headless import headless_qgis

    headless_qgis()  # first: the QGIS transport's cases run in QgsTasks of a QgsApplication
    install_cli_translator()
    with start_platform(ROOT / "build" / "local") as platform:
        canned = canned_bodies(platform.urls)
    with tempfile.TemporaryDirectory() as tmp:
        outcomes = run_all(canned, Path(tmp))
    report(outcomes, Path(args.report))
    failed = [o for o in outcomes if not o.ok]
    print(f"{len(outcomes) - len(failed)} passed, {len(failed)} failed")
    for o in failed:
        print(f"  {o.transport} / {o.client} / {o.fault}: {o.problem} ({o.message})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
