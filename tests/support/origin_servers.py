"""Two real HTTP servers on 127.0.0.1, on different ports (two origins), that
record the headers of every request they receive.

Paths: ``/redirect/<status>?to=<url>`` answers ``<status>`` towards ``to``;
``/ok`` an XML body; ``/legend.png`` a small PNG; ``/caps`` a WMS
capabilities document whose legend URL is ``?legend=<url>``. Every other
path is 404.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

def _png() -> bytes:
    """A 2 x 2 grey PNG, built here."""
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"\x80" * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


PNG = _png()
OK_XML = b'<?xml version="1.0"?><ok/>'


def capabilities(base_url: str, legend_url: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<WMS_Capabilities xmlns="http://www.opengis.net/wms" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.3.0">
<Service><Name>WMS</Name><Title>Origin test</Title></Service>
<Capability><Request><GetMap><Format>image/png</Format><DCPType><HTTP><Get>
<OnlineResource xlink:href="{base_url}/caps"/></Get></HTTP></DCPType></GetMap></Request>
<Layer><Title>Root</Title><CRS>EPSG:2154</CRS>
<Layer queryable="1"><Name>ws:layer</Name><Title>Layer</Title><CRS>EPSG:2154</CRS>
<EX_GeographicBoundingBox><westBoundLongitude>5</westBoundLongitude><eastBoundLongitude>6</eastBoundLongitude>
<southBoundLatitude>48</southBoundLatitude><northBoundLatitude>49</northBoundLatitude></EX_GeographicBoundingBox>
<Style><Name>default</Name><Title>Default</Title><LegendURL width="1" height="1"><Format>image/png</Format>
<OnlineResource xlink:type="simple" xlink:href="{legend_url}"/></LegendURL></Style>
</Layer></Layer></Capability></WMS_Capabilities>""".encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _answer(self, status, body=b"", content_type="application/xml", headers=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self._handle(body)

    def do_GET(self):
        self._handle(b"")

    def _handle(self, body):
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.server.received.append({"method": self.command, "path": parts.path, "headers": dict(self.headers),
                                     "body": body})
        if parts.path.startswith("/redirect/"):
            return self._answer(int(parts.path.split("/")[2]), b"", "text/plain", {"Location": query["to"]})
        if parts.path == "/ok":
            return self._answer(200, OK_XML)
        if parts.path == "/legend.png":
            return self._answer(200, PNG, "image/png")
        if parts.path == "/caps":
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            return self._answer(200, capabilities(base, query.get("legend", base + "/legend.png")), "text/xml")
        self._answer(404, b"not found", "text/plain")


class RecordingServer:
    def __init__(self):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.received = []
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base_url + path

    @property
    def received(self) -> list:
        return self.httpd.received

    def authorizations(self) -> list:
        """The Authorization header of each request received ("" when absent)."""
        return [r["headers"].get("Authorization", "") for r in self.received]

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
