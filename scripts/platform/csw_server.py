#!/usr/bin/env python3
"""pycsw 3 on 127.0.0.1, in its own process: CSW 2.0.2 and OGC API – Records.

``csw_server.py --workdir DIR --records DIR --port-file FILE [--port N]``
binds its port first (0: any free port), writes a pycsw configuration, creates
a fresh sqlite repository, loads the ISO 19139 files of ``--records`` with
``pycsw.core.admin.load_records``, writes ``{"url", "oarec_url"}`` to the port
file, then serves until SIGTERM/SIGINT:

- ``CSW_PATH``: pycsw's CSW (``pycsw.wsgi.application``), at GeoNetwork's path;
- ``OAREC_PATH``: pycsw's OGC API – Records (``pycsw.ogc.api.records.API``,
  what pycsw's own Flask application calls), at the path of GeoNetwork's OGC
  API Records microservice; ``OAREC_PATH/csw`` is the same CSW, as pycsw's
  landing page says.

The small WSGI adapter below is what ``pycsw.wsgi_flask`` does with Flask
(Flask is not needed for that). It answers only pycsw's Content-Type with a
Content-Length counted in bytes: pycsw 3 counts characters and would echo the
request's headers. gzip stays off (``gzip_compresslevel`` unset): pycsw's
gzip path sent a wrong Content-Length.
"""
from __future__ import annotations

import argparse
import os
import re
import sqlite3
import sys
import threading
from pathlib import Path
from socketserver import ThreadingMixIn
from urllib.parse import parse_qsl, unquote
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from serving import serve_until_stopped

CSW_PATH = "/geonetwork/srv/fre/csw"
OAREC_PATH = "/geonetwork/ogcapi-records"  # GeoNetwork's OGC API Records microservice
TABLE = "records"
# facets pycsw computes (columns of its repository: keywords are grouped as the
# comma-joined list of each record, which the plugin splits)
FACETS = ["type", "keywords"]


def configuration(url: str, database: Path, logfile: Path) -> dict:
    return {
        "server": {"url": url, "mimetype": "application/xml; charset=UTF-8", "encoding": "UTF-8",
                   "language": "fr-FR", "maxrecords": 100, "pretty_print": True,
                   "domainquerytype": "list", "domaincounts": False},
        "logging": {"level": "WARNING", "logfile": str(logfile)},
        "profiles": ["apiso"],
        "manager": {"transactions": False, "allowed_ips": ["127.0.0.1"]},
        "metadata": {
            "identification": {
                "title": "Catalogue DataGrandEst (local)",
                "description": "Catalogue local imitant le GeoNetwork de DataGrandEst",
                "keywords": ["DataGrandEst", "Grand Est", "catalogue", "CSW", "OGC API Records"],
                "keywords_type": "theme", "fees": "None", "accessconstraints": "None",
                "terms_of_service": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
                "url": "https://www.datagrandest.fr/"},
            "license": {"name": "Licence Ouverte / Open Licence version 2.0",
                        "url": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"},
            "provider": {"name": "Région Grand Est - DataGrandEst", "url": "https://www.datagrandest.fr/"},
            "contact": {"name": "DataGrandEst", "position": "Administrateur",
                        "address": "1 place Adrien Zeller", "city": "Strasbourg",
                        "stateorprovince": "Grand Est", "postalcode": "67000", "country": "France",
                        "phone": "+33-3-00-00-00-00", "fax": "+33-3-00-00-00-00",
                        "email": "contact@datagrandest.fr", "url": "https://www.datagrandest.fr/",
                        "hours": "9h-17h", "instructions": "Par courriel", "role": "pointOfContact"},
            "inspire": {"enabled": False, "languages_supported": ["fre", "eng"], "default_language": "fre",
                        "date": "2024-01-01", "gemet_keywords": ["Utilisation des terres"],
                        "conformity_service": "notEvaluated", "contact_name": "DataGrandEst",
                        "contact_email": "contact@datagrandest.fr",
                        "temp_extent": {"begin": "2010-01-01", "end": "2024-12-31"}},
        },
        "repository": {"database": f"sqlite:///{database}", "table": TABLE, "facets": FACETS},
    }


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):  # no access log on stderr
        pass


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


def prepare(workdir: Path, records: Path, host: str) -> tuple[dict, Path]:
    """Write both configurations (OGC API's, CSW's), create the repository, load the records."""
    import yaml
    from pycsw.core import admin, config, repository

    workdir.mkdir(parents=True, exist_ok=True)
    database = workdir / "records.db"
    if database.exists():
        database.unlink()
    csw_cfg = workdir / "pycsw.yml"
    csw_cfg.write_text(yaml.safe_dump(configuration(host + CSW_PATH, database, workdir / "pycsw.log"),
                                      allow_unicode=True), encoding="utf-8")
    repository.setup(f"sqlite:///{database}", TABLE)
    wanted = sorted(records.glob("*.xml"))
    loaded = admin.load_records(config.StaticContext(), f"sqlite:///{database}", TABLE, str(records))
    if len(loaded) != len(wanted):
        missing = sorted({p.name for p in wanted} - {Path(p).name for p in loaded})
        raise RuntimeError(f"pycsw did not load {missing} (see {workdir / 'pycsw.log'})")
    # pycsw stamps each record with its load time, which OGC API Records calls "updated" (its
    # sort key): a harvested GeoNetwork's records were last changed when their metadata was
    with sqlite3.connect(database) as db:
        db.execute(f"UPDATE {TABLE} SET insert_date = date_modified WHERE date_modified IS NOT NULL")
    return configuration(host + OAREC_PATH, database, workdir / "pycsw.log"), csw_cfg


class OgcApiRecords:
    """pycsw's OGC API – Records ``API`` behind WSGI, on pycsw 3's routes."""

    ROUTES = [  # (pattern of the path under the base, API method, its arguments)
        (r"/?", "landing_page", ()),
        (r"/openapi", "openapi", ()),
        (r"/conformance", "conformance", ()),
        (r"/collections", "collections", ()),
        (r"/collections/(?P<collection>[^/]+)", "collection", ("collection",)),
        (r"/collections/(?P<collection>[^/]+)/queryables", "queryables", ("collection",)),
        (r"/collections/(?P<collection>[^/]+)/items", "items", ("collection",)),
        (r"/collections/(?P<collection>[^/]+)/items/(?P<item>.+)", "item", ("collection", "item")),
    ]

    def __init__(self, config: dict):
        from pycsw.ogc.api.records import API

        self.api = API(config)
        self.lock = threading.Lock()  # one sqlalchemy session in the API: one request at a time
        self.routes = [(re.compile(p + "$"), m, a) for p, m, a in self.ROUTES]

    def __call__(self, path: str, environ, start_response):
        headers = {name[5:].replace("_", "-").title(): value for name, value in environ.items()
                   if name.startswith("HTTP_")}
        args = dict(parse_qsl(environ.get("QUERY_STRING", ""), keep_blank_values=True))
        for pattern, method, names in self.routes:
            match = pattern.match(path)
            if match and environ.get("REQUEST_METHOD", "GET") in ("GET", "HEAD"):
                values = [unquote(match.group(n)) for n in names]
                with self.lock:
                    try:
                        if method == "items":
                            result = self.api.items(headers, None, args, *values)
                        else:
                            result = getattr(self.api, method)(headers, args, *values)
                    finally:
                        # pycsw's record2json turns a read record's otherconstraints into a list,
                        # in the session's copy: kept, the next answer would lose the licence
                        self.api.repository.session.expunge_all()
                return self._answer(result, start_response)
        body = b'{"code": "NotFound", "description": "no such path"}'
        start_response("404 Not Found", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return [body]

    @staticmethod
    def _answer(result, start_response):
        answer_headers, status, content = result
        body = content.encode("utf-8") if isinstance(content, str) else content
        from http import HTTPStatus
        start_response(f"{status} {HTTPStatus(status).phrase}",
                       [("Content-Type", str(answer_headers.get("Content-Type", "application/json"))),
                        ("Content-Length", str(len(body)))])
        return [body]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workdir", type=Path, required=True)
    ap.add_argument("--records", type=Path, required=True)
    ap.add_argument("--port-file", type=Path, required=True)
    ap.add_argument("--port", type=int, default=0)
    args = ap.parse_args(argv)

    from pycsw import wsgi

    apps = {}

    def application(environ, start_response):
        path = environ.get("PATH_INFO", "")
        if path.startswith(OAREC_PATH) and path != OAREC_PATH + "/csw":
            return apps["oarec"](path[len(OAREC_PATH):], environ, start_response)
        return wsgi.application(environ, start_response)

    httpd = make_server("127.0.0.1", args.port, application,
                        server_class=_ThreadingWSGIServer, handler_class=_QuietHandler)
    host = f"http://127.0.0.1:{httpd.server_port}"
    oarec_config, csw_cfg = prepare(args.workdir.resolve(), args.records.resolve(), host)
    os.environ["PYCSW_CONFIG"] = str(csw_cfg)
    apps["oarec"] = OgcApiRecords(oarec_config)

    return serve_until_stopped(httpd, args.port_file, {"url": host + CSW_PATH, "oarec_url": host + OAREC_PATH})


if __name__ == "__main__":
    sys.exit(main())
