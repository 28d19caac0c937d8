#!/usr/bin/env python3
"""pycsw 2.6 as a real CSW on 127.0.0.1, in its own process.

``csw_server.py --workdir DIR --records DIR --port-file FILE [--port N]``
binds its port first (0: any free port), writes a pycsw configuration whose
``server.url`` is that address, creates a fresh sqlite repository, loads the
ISO 19139 files of ``--records`` with ``pycsw.core.admin.load_records``,
writes ``{"url": ...}`` to the port file once it answers, then serves pycsw's
WSGI application with wsgiref until SIGTERM/SIGINT.

Beside the CSW, ``OAREC_PATH`` answers OGC API – Records from the same
repository (``oarec_standin.py``: pycsw 2.6 has no OGC API); the port file
also names it (``oarec_url``).
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from pathlib import Path
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

CSW_PATH = "/geonetwork/srv/fre/csw"
OAREC_PATH = "/geonetwork/ogcapi-records"  # GeoNetwork's OGC API Records microservice

CONFIG = """[server]
home={home}
url={url}
mimetype=application/xml; charset=UTF-8
encoding=UTF-8
language=fr-FR
maxrecords=100
loglevel=WARNING
logfile={logfile}
pretty_print=true
domainquerytype=list
domaincounts=false
profiles=apiso

[manager]
transactions=false
allowed_ips=127.0.0.1

[metadata:main]
identification_title=Catalogue DataGrandEst (local)
identification_abstract=Catalogue CSW local imitant le GeoNetwork de DataGrandEst
identification_keywords=DataGrandEst,Grand Est,catalogue,CSW
identification_keywords_type=theme
identification_fees=None
identification_accessconstraints=None
provider_name=Région Grand Est - DataGrandEst
provider_url=https://www.datagrandest.fr/
contact_name=DataGrandEst
contact_position=Administrateur
contact_address=1 place Adrien Zeller
contact_city=Strasbourg
contact_stateorprovince=Grand Est
contact_postalcode=67000
contact_country=France
contact_phone=+33-3-00-00-00-00
contact_fax=+33-3-00-00-00-00
contact_email=contact@datagrandest.fr
contact_url=https://www.datagrandest.fr/
contact_hours=9h-17h
contact_instructions=Par courriel
contact_role=pointOfContact

[repository]
database=sqlite:///{database}
table=records

[metadata:inspire]
enabled=false
languages_supported=fre,eng
default_language=fre
date=2024-01-01
gemet_keywords=Utilisation des terres
conformity_service=notEvaluated
contact_name=DataGrandEst
contact_email=contact@datagrandest.fr
temp_extent=2010-01-01/2024-12-31
"""


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):  # no access log on stderr
        pass


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


def prepare(workdir: Path, records: Path, url: str) -> Path:
    """Write the configuration, create the repository and load the records."""
    from pycsw.core import admin, config

    workdir.mkdir(parents=True, exist_ok=True)
    database = workdir / "records.db"
    if database.exists():
        database.unlink()
    cfg = workdir / "pycsw.cfg"
    cfg.write_text(CONFIG.format(home=workdir, url=url, logfile=workdir / "pycsw.log",
                                 database=database), encoding="utf-8")
    admin.setup_db(f"sqlite:///{database}", "records", str(workdir))
    context = config.StaticContext()
    loaded = admin.load_records(context, f"sqlite:///{database}", "records", str(records))
    if not loaded:
        raise RuntimeError(f"no record loaded from {records}")
    return cfg


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workdir", type=Path, required=True)
    ap.add_argument("--records", type=Path, required=True)
    ap.add_argument("--port-file", type=Path, required=True)
    ap.add_argument("--port", type=int, default=0)
    args = ap.parse_args(argv)

    from pycsw import wsgi

    sys.path[:0] = [str(Path(__file__).resolve().parents[1] / d) for d in ("platform", "qa", "release", "demo", "bench")]
    from oarec_standin import OarecApp

    apps = {}

    def application(environ, start_response):
        if environ.get("PATH_INFO", "").startswith(OAREC_PATH):
            return apps["oarec"](environ, start_response)
        return wsgi.application(environ, start_response)

    httpd = make_server("127.0.0.1", args.port, application,
                        server_class=_ThreadingWSGIServer, handler_class=_QuietHandler)
    host = f"http://127.0.0.1:{httpd.server_port}"
    url = host + CSW_PATH
    cfg = prepare(args.workdir.resolve(), args.records.resolve(), url)
    os.environ["PYCSW_CONFIG"] = str(cfg)
    apps["oarec"] = OarecApp(str(args.workdir.resolve() / "records.db"), OAREC_PATH, host)

    def stop(*_):
        threading.Thread(target=httpd.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    tmp = args.port_file.with_suffix(".tmp")
    tmp.write_text(json.dumps({"url": url, "oarec_url": host + OAREC_PATH, "pid": os.getpid()}))
    tmp.replace(args.port_file)
    httpd.serve_forever(poll_interval=0.2)
    httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
