"""The QGIS transport (QgsNetworkAccessManager) against the real fault server."""

import time

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QEventLoop, QThread, QTimer

from datagrandest_plugin.core.errors import (
    AuthenticationRequired,
    BadAnswer,
    HostNotAllowed,
    ResponseTooLarge,
    ServiceTimeout,
    ServiceUnreachable,
)
from datagrandest_plugin.core.net.transport import HttpRequest, check_status, default_transport
from datagrandest_plugin.core.net.transport.qgis_transport import QgisTransport
from datagrandest_plugin.toolbelt.tasks import CoreTask, start_task


@pytest.fixture
def transport(qgis_app):
    return QgisTransport(timeout=1.5, max_bytes=4 * 1024 * 1024)


def test_default_transport_inside_qgis_is_qgis_networking(qgis_app):
    assert isinstance(default_transport(), QgisTransport)


def test_good_answer(transport, fault_server):
    response = check_status(transport.fetch(HttpRequest(fault_server.url("/ok.xml"))))
    assert response.status == 200 and b"WMS_Capabilities" in response.content
    assert response.header("content-type") == "application/xml"


def test_conditional_request_gets_304(transport, fault_server):
    first = transport.fetch(HttpRequest(fault_server.url("/etag")))
    second = transport.fetch(HttpRequest(fault_server.url("/etag"), headers={"If-None-Match": first.header("etag")}))
    assert first.status == 200 and second.status == 304


def test_failures(transport, fault_server):
    started = time.monotonic()
    with pytest.raises(ServiceTimeout):
        transport.fetch(HttpRequest(fault_server.url("/drip")))
    assert time.monotonic() - started < 10
    with pytest.raises(AuthenticationRequired):
        check_status(transport.fetch(HttpRequest(fault_server.url("/401"))))
    with pytest.raises(AuthenticationRequired):
        transport.fetch(HttpRequest(fault_server.url("/302-login")))
    with pytest.raises(HostNotAllowed):
        transport.fetch(HttpRequest(fault_server.url("/302-outside")))
    with pytest.raises(BadAnswer, match="500"):
        check_status(transport.fetch(HttpRequest(fault_server.url("/500"))))
    with pytest.raises(ResponseTooLarge):
        transport.fetch(HttpRequest(fault_server.url("/huge")))
    with pytest.raises(ServiceUnreachable, match="refused"):
        transport.fetch(HttpRequest("http://127.0.0.1:1/"))


def test_fetch_runs_in_a_qgs_task_off_the_gui_thread(qgis_app, fault_server):
    outcome = {}
    loop = QEventLoop()

    def work(task):
        from qgis.PyQt.QtCore import QThread

        outcome["worker_thread"] = QThread.currentThread() != QgsApplication.instance().thread()
        return QgisTransport(timeout=5).fetch(HttpRequest(fault_server.url("/ok.xml"))).content

    def done(result):
        outcome["body"] = result

    task = start_task(CoreTask("test fetch", work, done, lambda error: outcome.update(error=error)))
    task.taskCompleted.connect(loop.quit)
    task.taskTerminated.connect(loop.quit)
    QTimer.singleShot(20000, loop.quit)  # bound only; the task ends well before
    loop.exec_()
    QgsApplication.processEvents()
    assert outcome.get("worker_thread") is True
    assert b"WMS_Capabilities" in outcome.get("body", b"")


def test_task_cancel_stops_a_dripping_download(qgis_app, fault_server):
    outcome = {}
    loop = QEventLoop()

    def work(task):
        return QgisTransport(timeout=60).fetch(HttpRequest(fault_server.url("/drip")), task)

    task = start_task(CoreTask("test cancel", work, lambda r: outcome.update(result=r)))
    task.taskTerminated.connect(loop.quit)
    task.taskCompleted.connect(loop.quit)
    QTimer.singleShot(300, task.cancel)
    QTimer.singleShot(20000, loop.quit)
    started = time.monotonic()
    loop.exec_()
    assert "result" not in outcome
    assert time.monotonic() - started < 10


def _fetched_in_a_task(fetch) -> dict:
    """``{"result": ...}`` or ``{"error": ...}`` of ``fetch(task)`` run in a QGIS task, the GUI thread's loop running."""
    outcome = {}
    task = start_task(CoreTask("test fetch", fetch, lambda result: outcome.update(result=result),
                               lambda error: outcome.update(error=error)))
    loop = QEventLoop()
    task.taskCompleted.connect(loop.quit)
    task.taskTerminated.connect(loop.quit)
    QTimer.singleShot(30000, loop.quit)  # bound only
    loop.exec_()
    QgsApplication.processEvents()
    return outcome


def test_a_large_answer_is_put_together_by_the_waiting_thread_not_the_gui_thread(qgis_app, monkeypatch):
    """Joining 29 MB of capabilities on the GUI thread held it 21 ms (page faults and a copy): the main
    thread only collects the pieces; the thread that asked for them makes the one ``bytes`` of them."""
    from support.content_server import ContentServer

    from datagrandest_plugin.core.net.transport import base as base_module

    document = b"<a>" + b"".join(b"<b>%d</b>" % n for n in range(400000)) + b"</a>"  # ~4.7 MB
    made = []  # (on the GUI thread) for each whole body made from its pieces
    content = base_module.HttpResponse.content

    def spy(self):
        out = content.fget(self)
        if len(out) == len(document):
            made.append(QThread.currentThread() == QgsApplication.instance().thread())
        return out

    monkeypatch.setattr(base_module.HttpResponse, "content", property(spy))
    with ContentServer(document, "text/xml") as server:
        url = f"http://127.0.0.1:{server.httpd.server_port}/big.xml"
        outcome = _fetched_in_a_task(lambda task: QgisTransport(timeout=30).fetch(HttpRequest(url), task).content)
    assert outcome.get("result") == document
    assert made and not any(made)  # made by the worker, never by the GUI thread


class _HalfThenWait:
    """An HTTP server sending the first half of a body, then the rest only once ``go`` is set."""

    def __init__(self, body: bytes):
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.go = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "text/xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                half = len(body) // 2
                self.wfile.write(body[:half])
                self.wfile.flush()
                outer.go.wait(20)
                self.wfile.write(body[half:])

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.go.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def test_an_answer_given_to_a_sink_reaches_it_while_it_arrives_and_is_not_kept(qgis_app):
    """A large capabilities document goes to the cache file as it arrives (HttpRequest.body_sink),
    never held whole: the sink has the first half while the server still holds the second back."""
    document = b"<a>" + b"".join(b"<b>%d</b>" % n for n in range(300000)) + b"</a>"  # ~3.5 MB

    class Sink:
        def __init__(self):
            self.pieces, self.resets = [], 0

        def reset(self):
            self.pieces, self.resets = [], self.resets + 1

        def write(self, piece):
            self.pieces.append(piece)
            if sum(map(len, self.pieces)) >= len(document) // 2:
                server.go.set()  # the rest comes only once the first half reached the sink

    sink = Sink()
    with _HalfThenWait(document) as server:
        url = f"http://127.0.0.1:{server.httpd.server_port}/big.xml"
        outcome = _fetched_in_a_task(lambda task: QgisTransport(timeout=30).fetch(HttpRequest(url, body_sink=sink), task))
    assert "error" not in outcome, outcome
    assert outcome["result"].status == 200
    assert outcome["result"].pieces == []  # nothing kept beside what the sink got
    assert b"".join(sink.pieces) == document and sink.resets == 1
