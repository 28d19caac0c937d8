"""A real HTTP server on 127.0.0.1 that misbehaves on purpose.

Each path is one behaviour (see ``BEHAVIOURS``). Used by the test suite and
the benchmarks; ``python3 scripts/qa/fault_server.py`` serves until interrupted.
Every loop is bounded in count and time so the server always stops by itself.
"""

import argparse
import gzip
import json
import threading
import struct
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

GOOD_XML = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<WMS_Capabilities xmlns="http://www.opengis.net/wms" version="1.3.0"><Service><Name>WMS</Name>'
    b"<Title>Fault server</Title></Service></WMS_Capabilities>"
)
GOOD_JSON = json.dumps({"nhits": 1, "datasets": [{"datasetid": "ok", "metas": {"title": "OK"}}]}).encode()
HTML_LOGIN = b"<!DOCTYPE html><html><head><title>Connexion</title></head><body><form>login</form></body></html>"
XXE = (
    b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    b"<WMS_Capabilities version=\"1.3.0\">&xxe;</WMS_Capabilities>"
)
_GZIP_BOMB = []


def gzip_bomb(size=512 * 1024 * 1024) -> bytes:
    """A gzip body (about 0.5 MB) that inflates to 512 MB of zeros; built once, on first use.

    One 16 MB block of zeros is compressed once and repeated rather than compressing
    512 MB; the gzip header and trailer (CRC-32, size) are written here."""
    if not _GZIP_BOMB:
        block = bytes(16 * 1024 * 1024)
        count = size // len(block)
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        # a full flush ends each block on a byte with no reference back: the same bytes each time
        one = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
        parts = [one] * count
        crc = 0
        for _ in range(count):
            crc = zlib.crc32(block, crc)
        header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
        trailer = struct.pack("<II", crc, size & 0xFFFFFFFF)
        _GZIP_BOMB.append(header + b"".join(parts) + compressor.flush() + trailer)
    return _GZIP_BOMB[0]


BOMB = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10)
    )
    + b"]>\n<lolz>&lol9;</lolz>"
)
EXCEPTION = (
    b'<?xml version="1.0"?><ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows" version="1.0.0">'
    b'<ows:Exception exceptionCode="InvalidParameterValue"><ows:ExceptionText>Unknown layer &lt;script&gt;'
    b"</ows:ExceptionText></ows:Exception></ows:ExceptionReport>"
)
ETAG = '"v1"'
LAST_MODIFIED = "Wed, 01 Jun 2022 10:00:00 GMT"


class FaultHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FaultServer/1.0"
    counters = {}
    lock = threading.Lock()

    def log_message(self, *args):
        pass

    def _send(self, status, body=b"", content_type="application/xml", headers=None, length=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(min(length, 1 << 20))
        self.do_GET()

    def do_GET(self):
        path = self.path.split("?", 1)[0].rstrip("/") or "/"
        if path.startswith("/switch/"):
            return self.switched(path.split("/")[2])
        if path not in BEHAVIOURS:  # "/401/d4c/api/..." behaves as "/401"
            path = "/" + path.split("/")[1]
        with self.lock:
            FaultHandler.counters[path] = FaultHandler.counters.get(path, 0) + 1
        handler = BEHAVIOURS.get(path)
        if handler is None:
            return self._send(404, b"not found", "text/plain")
        try:
            handler(self)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def switched(self, name):
        """A named endpoint whose behaviour the test sets: a good canned answer or a fault."""
        state = self.server.switches.get(name)
        if state is None:
            return self._send(404, b"no such switch", "text/plain")
        with self.lock:
            FaultHandler.counters["/switch/" + name] = FaultHandler.counters.get("/switch/" + name, 0) + 1
        if state["behaviour"] != "good":
            return BEHAVIOURS["/" + state["behaviour"]](self)
        if state["delay"]:
            time.sleep(state["delay"])
        self._send(200, state["body"], state["content_type"])

    # -- behaviours ------------------------------------------------------
    def hang(self):
        # accepts, then says nothing for 30 s: a server that times out
        time.sleep(30)

    def not_found(self):
        self._send(404, b"<html><body>Not found</body></html>", "text/html")

    def ok_xml(self):
        self._send(200, GOOD_XML)

    def ok_json(self):
        self._send(200, GOOD_JSON, "application/json")

    def etag(self):
        if self.headers.get("If-None-Match") == ETAG or self.headers.get("If-Modified-Since") == LAST_MODIFIED:
            self.send_response(304)
            self.send_header("ETag", ETAG)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self._send(200, GOOD_XML, headers={"ETag": ETAG, "Last-Modified": LAST_MODIFIED})

    def drip(self):
        # 1 byte every 0.2 s for at most 60 s: only a whole-request deadline stops it.
        body = GOOD_XML * 100
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        stop = time.monotonic() + 60
        for byte in body:
            if time.monotonic() > stop:
                break
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(0.2)

    def slow(self):
        # Answers after 2 s (the benchmarks' "slow server").
        time.sleep(2)
        self._send(200, GOOD_XML)

    def unauthorized(self):
        self._send(401, b"Unauthorized", "text/plain", {"WWW-Authenticate": 'Basic realm="georchestra"'})

    def redirect_login(self):
        self._send(302, b"", "text/plain", {"Location": "/cas/login?service=x"})

    def redirect_ok(self):
        self._send(302, b"", "text/plain", {"Location": "/ok.xml"})

    def redirect_outside(self):
        self._send(302, b"", "text/plain", {"Location": "http://example.org/ows"})

    def forbidden(self):
        self._send(403, b"Forbidden", "text/plain")

    def server_error(self):
        self._send(500, b"Internal error", "text/plain")

    def unavailable(self):
        self._send(503, b"Maintenance", "text/plain", {"Retry-After": "120"})

    def html(self):
        self._send(200, HTML_LOGIN, "text/html")

    def empty(self):
        self._send(200, b"")

    def truncated(self):
        self._send(200, GOOD_XML[:40], length=len(GOOD_XML))
        self.close_connection = True

    def broken_xml(self):
        self._send(200, GOOD_XML[:-20] + b"<<>")

    def exception(self):
        self._send(200, EXCEPTION)

    def xxe(self):
        self._send(200, XXE)

    def bomb(self):
        self._send(200, BOMB)

    def huge(self):
        # 200 MB announced and streamed in 1 MB blocks; the client must stop early.
        block = b"<a>" + b"x" * (1024 * 1024 - 7) + b"</a>"
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(block) * 200))
        self.end_headers()
        for _ in range(200):
            self.wfile.write(block)

    def endless(self):
        # No length, no end: 1 MB blocks until the client hangs up (bounded at 2 GB).
        block = b"<a>" + b"x" * (1024 * 1024 - 7) + b"</a>"
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.end_headers()
        try:
            for _ in range(2048):
                self.wfile.write(block)
        except OSError:
            pass
        self.close_connection = True

    def gzip_bomb(self):
        # 0.5 MB on the wire that inflates to 512 MB: a client that inflates it all is in trouble.
        body = gzip_bomb()
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass

    def gzipped(self):
        self._send(200, gzip.compress(GOOD_XML), headers={"Content-Encoding": "gzip"})

    def wrong_charset(self):
        body = '<?xml version="1.0" encoding="UTF-8"?><r>Châlons-en-Champagne</r>'.encode("latin-1")
        self._send(200, body)

    def invalid_json(self):
        self._send(200, b'{"nhits": 3, "datasets": [', "application/json")


BEHAVIOURS = {
    "/hang": FaultHandler.hang,
    "/404": FaultHandler.not_found,
    "/ok.xml": FaultHandler.ok_xml,
    "/ok.json": FaultHandler.ok_json,
    "/etag": FaultHandler.etag,
    "/drip": FaultHandler.drip,
    "/slow": FaultHandler.slow,
    "/401": FaultHandler.unauthorized,
    "/302-login": FaultHandler.redirect_login,
    "/302-ok": FaultHandler.redirect_ok,
    "/302-outside": FaultHandler.redirect_outside,
    "/403": FaultHandler.forbidden,
    "/500": FaultHandler.server_error,
    "/503": FaultHandler.unavailable,
    "/html": FaultHandler.html,
    "/empty": FaultHandler.empty,
    "/truncated": FaultHandler.truncated,
    "/broken-xml": FaultHandler.broken_xml,
    "/exception": FaultHandler.exception,
    "/xxe": FaultHandler.xxe,
    "/bomb": FaultHandler.bomb,
    "/huge": FaultHandler.huge,
    "/endless": FaultHandler.endless,
    "/gzip": FaultHandler.gzipped,
    "/gzip-bomb": FaultHandler.gzip_bomb,
    "/wrong-charset": FaultHandler.wrong_charset,
    "/invalid-json": FaultHandler.invalid_json,
}


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.connections = set()  # open client sockets: a stopped server must not answer on kept-alive ones
        self.connections_lock = threading.Lock()

    def process_request(self, request, client_address):
        with self.connections_lock:
            self.connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request):
        with self.connections_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self):
        import socket

        with self.connections_lock:
            open_ones, self.connections = list(self.connections), set()
        for connection in open_ones:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def handle_error(self, request, client_address):
        pass  # clients walking away mid-answer is what this server is for


class FaultServer:
    """``with FaultServer() as server: server.url("/drip")``"""

    def __init__(self, port: int = 0):
        self.httpd = _QuietServer(("127.0.0.1", port), FaultHandler)
        self.httpd.switches = {}
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       name="fault-server", daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def switch(self, name: str, behaviour: str = "good", body: bytes = None, content_type: str = None,
               delay: float = 0.0) -> str:
        """Set what ``/switch/<name>`` answers; returns its URL. ``behaviour``: "good" or a fault path name."""
        state = self.httpd.switches.setdefault(name, {"body": b"", "content_type": "application/xml", "delay": 0.0})
        state["behaviour"] = behaviour.lstrip("/")
        if body is not None:
            state["body"] = body
        if content_type is not None:
            state["content_type"] = content_type
        state["delay"] = delay
        return self.url(f"/switch/{name}")

    def hits(self, path: str) -> int:
        return FaultHandler.counters.get(path, 0)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.httpd.close_connections()  # like a server that went away: kept-alive connections end too

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    server = FaultServer(args.port).start()
    print(server.base_url, flush=True)
    try:
        server.thread.join()
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
