"""A real HTTP server on 127.0.0.1 serving a document that tests change
between requests, with an ETag so revalidation answers 304 when unchanged
(the community content file in tests, capabilities in the benchmark)."""

import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        server = self.server
        with server.lock:
            server.requests += 1
            body = server.body
        etag = '"%s"' % hashlib.sha256(body).hexdigest()[:16]
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", server.content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)


    def do_POST(self):  # noqa: N802 - the same document, whatever was asked (a CSW answer)
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.do_GET()


class ContentServer:
    def __init__(self, body: bytes = b"{}", content_type: str = "application/json; charset=utf-8"):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.content_type = content_type
        self.httpd.lock = threading.Lock()
        self.httpd.requests = 0
        self.httpd.body = body
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_port}/content.json"

    @property
    def requests(self) -> int:
        return self.httpd.requests

    def serve(self, body: bytes):
        with self.httpd.lock:
            self.httpd.body = body

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
