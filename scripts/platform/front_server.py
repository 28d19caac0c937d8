#!/usr/bin/env python3
"""The front HTTP server of the local platform: www.datagrandest.fr's paths on 127.0.0.1.

``front_server.py --backend URL --projects DIR --data DIR --port-file F [--port N]``

- ``/geoserver/...``: OGC services, forwarded to qgis_mapserver (``ows_front.py``);
- ``/data4citizen/d4c/api/...``: the D4C stand-in (``d4c_standin.py``);
- ``/data4citizen/visualisation/information/?id=``, ``/portail/fr/...``: small pages;
- ``/tools/plugin-qgis-datagrandest/config.json`` (historical schema,
  ``legacy_config.py``) and ``content.json`` (the repo's
  ``datagrandest_plugin/data/content.json`` when it exists, else 404).

Binds first (0: any free port), then writes ``{"base_url", "pid"}`` to the
port file; serves until SIGTERM/SIGINT. Stdlib only.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / d) for d in ("platform", "qa", "release", "demo", "bench")]

import d4c_standin
import legacy_config
import platform_project_sample
import ows_front
from serving import serve_until_stopped

REPO = Path(__file__).resolve().parents[2]
TOOLS = "/tools/plugin-qgis-datagrandest"


class FrontServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int, backend: str, projects: Path, data: Path, content: Path):
        super().__init__(("127.0.0.1", port), FrontHandler)
        self.base_url = f"http://127.0.0.1:{self.server_port}"
        self.backend = backend.rstrip("/")
        self.projects = projects
        self.content = content
        self.d4c = d4c_standin.D4CStandin(self.base_url, data)
        self.config_json = json.dumps(legacy_config.build(self.base_url), ensure_ascii=False,
                                      indent=1).encode("utf-8")
        self.feature_log = []  # one entry per WFS GetFeature answered, for tests
        self.capabilities_log = []  # one entry per GetCapabilities asked (service, path), for tests
        self._log_lock = threading.Lock()

    def record_features(self, r, params, body: bytes) -> None:
        entry = ows_front.feature_log_entry(r, params, body)
        with self._log_lock:
            self.feature_log.append(entry)
            del self.feature_log[:-500]


class FrontHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FrontServer

    def log_message(self, *args):  # quiet
        pass

    # ------------------------------------------------------------ plumbing

    def _send(self, status: int, ctype: str, body: bytes, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, text: str) -> None:
        self._send(status, "text/plain; charset=utf-8", text.encode("utf-8"))

    def _page(self, title: str, paragraphs: list[str]) -> None:
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        doc = (f"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>"
               f"{html.escape(title)}</title></head><body><h1>{html.escape(title)}</h1>{body}"
               f"</body></html>")
        self._send(200, "text/html; charset=utf-8", doc.encode("utf-8"))

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        self._dispatch(b"")

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        self._dispatch(self.rfile.read(length) if length else b"")

    # ------------------------------------------------------------ routing

    def _dispatch(self, body: bytes) -> None:
        url = urlsplit(self.path)
        path = url.path
        try:
            if path.startswith("/geoserver/"):
                return self._ows(path, url.query, body)
            if path.startswith(d4c_standin.PREFIX + "/") or path == d4c_standin.PREFIX:
                status, ctype, data, headers = self.server.d4c.handle(path, url.query)
                return self._send(status, ctype, data, headers)
            if path == "/_stats/wfs-getfeature":  # test hook: what the WFS answered, request by request
                with self.server._log_lock:
                    log = list(self.server.feature_log)
                if "clear" in url.query:
                    with self.server._log_lock:
                        self.server.feature_log.clear()
                return self._send(200, "application/json", json.dumps(log).encode("utf-8"))
            if path == "/_stats/getcapabilities":  # test hook: every GetCapabilities asked of the front
                with self.server._log_lock:
                    log = list(self.server.capabilities_log)
                    if "clear" in url.query:
                        self.server.capabilities_log.clear()
                return self._send(200, "application/json", json.dumps(log).encode("utf-8"))
            if path == f"{TOOLS}/config.json":
                return self._send(200, "application/json; charset=utf-8", self.server.config_json)
            if path in (f"{TOOLS}/config-plugin-idg-datagrandest.qgz", f"{TOOLS}/config-plugin-idg-datagrandest.qgs"):
                source = self.server.projects / "platform_project.qgs"
                if not source.is_file():
                    return self._text(404, "platform project not generated")
                qgs = platform_project_sample.served(source, self.server.base_url)
                if path.endswith(".qgz"):
                    return self._send(200, "application/octet-stream", platform_project_sample.zipped(qgs))
                return self._send(200, "application/xml", qgs)
            if path == f"{TOOLS}/content.json":
                if self.server.content.is_file():
                    return self._send(200, "application/json; charset=utf-8",
                                      self.server.content.read_bytes())
                return self._text(404, "content.json not found")
            if path.startswith("/geonetwork/srv/api/records/") and path.endswith("/attachments/thumbnail.png"):
                return self._send(200, "image/png", thumbnail_png(path))
            if path.rstrip("/") == "/data4citizen/visualisation/information":
                return self._dataset_page(parse_qs(url.query).get("id", [""])[0])
            if path.startswith("/portail/fr/"):
                return self._page("DataGrandEst - " + path.rsplit("/", 1)[-1],
                                  ["Page du portail DataGrandEst (plateforme locale)."])
            if path in ("/", "/index.html"):
                return self._page("DataGrandEst (plateforme locale)",
                                  [f"{self.server.base_url}/geoserver/ows",
                                   f"{self.server.base_url}{d4c_standin.PREFIX}/datasets/1.0/search/",
                                   f"{self.server.base_url}{TOOLS}/config.json"])
            return self._text(404, f"Not found: {path}")
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _dataset_page(self, datasetid: str) -> None:
        rec = self.server.d4c.by_id.get(datasetid.lower())
        if rec is None:
            return self._text(404, f"Unknown dataset: {datasetid}")
        self._page(rec.title, [rec.abstract, "Mots-clés : " + ", ".join(rec.keywords)])

    def _ows(self, path: str, query: str, body: bytes) -> None:
        params = ows_front.parse_query(query)
        r = ows_front.route(path, params)
        if r is None:
            return self._text(404, f"Not found: {path}")
        front_url = self.server.base_url + r.front_path
        headers = {"X-Qgis-Service-Url": front_url}
        if body:
            headers["Content-Type"] = self.headers.get("Content-Type", "text/xml")
        bparams = ows_front.backend_params(r, params, self.server.projects)
        try:
            status, rheaders, data = ows_front.forward(
                self.server.backend, self.command if self.command != "HEAD" else "GET", bparams,
                ows_front.backend_body(r, body) or None, headers)
        except OSError as exc:
            return self._text(502, f"QGIS Server unavailable: {exc}")
        ctype = rheaders.pop("Content-Type", "application/octet-stream")
        data = ows_front.rewrite_response(r, params, ctype, data, self.server.backend, front_url)
        request = next((v for k, v in params if k.upper() == "REQUEST"), "").upper()
        if request == "GETCAPABILITIES":
            service = next((v for k, v in params if k.upper() == "SERVICE"), "").upper()
            with self.server._log_lock:
                self.server.capabilities_log.append({"service": service, "path": path, "query": query})
                del self.server.capabilities_log[:-500]
        if request == "GETFEATURE":
            self.server.record_features(r, params, data)
        if status == 200 and request == "GETCAPABILITIES":  # as GeoServer: revalidation by ETag
            etag = '"%s"' % hashlib.sha1(data).hexdigest()
            rheaders["ETag"] = etag
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, ctype, b"", rheaders)
        self._send(status, ctype, data, rheaders)


def thumbnail_png(seed: str, size: int = 48) -> bytes:
    """A small deterministic PNG (a colour per record), as GeoNetwork thumbnails are."""
    import struct
    import zlib

    digest = zlib.crc32(seed.encode())
    colour = bytes([(digest >> 16) & 255, (digest >> 8) & 255, digest & 255])
    rows = b"".join(b"\x00" + colour * size for _ in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backend", required=True, help="qgis_mapserver base URL")
    ap.add_argument("--projects", type=Path, required=True)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--port-file", type=Path, required=True)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--content", type=Path, default=REPO / "datagrandest_plugin" / "data" / "content.json")
    args = ap.parse_args(argv)

    httpd = FrontServer(args.port, args.backend, args.projects.resolve(), args.data.resolve(),
                        args.content)

    return serve_until_stopped(httpd, args.port_file, {"base_url": httpd.base_url})


if __name__ == "__main__":
    sys.exit(main())
