"""The QGIS transport keeps every Qt object on the main thread, and the thread that
waits for an answer is never held by Qt: its deadline, its cancel button and the
plugin's unload end the wait at once."""

import threading
import time

from qgis.core import QgsApplication
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject

from support.qt import wait_for

from datagrandest_plugin.core.errors import ServiceTimeout
from datagrandest_plugin.core.net.transport import HttpRequest, shutdown_transports
from datagrandest_plugin.core.net.transport.qgis_transport import QgisTransport, install
from datagrandest_plugin.toolbelt.tasks import CoreTask, start_task


def qt_objects_kept_by(error):
    """The Qt objects the error's traceback keeps alive, with the thread each belongs to."""
    main = QgsApplication.instance().thread()
    found = []
    traceback = error.__traceback__
    while traceback is not None:
        for name, value in traceback.tb_frame.f_locals.items():
            if isinstance(value, QObject) and not sip.isdeleted(value):
                found.append((name, type(value).__name__, value.thread() == main))
        traceback = traceback.tb_next
    return found


def run_in_task(function):
    """Run function(task) in a QgsTask; returns (result, error) once the task has ended."""
    outcome = {}
    task = CoreTask("transport test", function, lambda r: outcome.update(result=r),
                    lambda e: outcome.update(error=e))
    ended = [task.taskCompleted, task.taskTerminated]
    for signal in ended:
        signal.connect(lambda: outcome.setdefault("ended", True))
    start_task(task)
    assert wait_for_any(ended, outcome)
    return outcome.get("result"), outcome.get("error")


def wait_for_any(signals, outcome, bound_ms=30000):
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    for signal in signals:
        signal.connect(loop.quit)
    QTimer.singleShot(bound_ms, loop.quit)
    loop.exec_()
    QgsApplication.processEvents()
    return bool(outcome)


def test_a_failed_fetch_leaves_no_qt_object_in_a_worker_thread(qgis_app, fault_server):
    # The error travels to the GUI thread with its traceback: under the old design the
    # traceback held the worker's QEventLoop and QTimer, then destroyed on the GUI thread.
    transport = QgisTransport(timeout=0.3)
    _result, error = run_in_task(lambda task: transport.fetch(HttpRequest(url=fault_server.url("/hang")), task))
    assert isinstance(error, ServiceTimeout)
    assert error.__traceback__ is not None
    off_main = [(name, kind) for name, kind, on_main in qt_objects_kept_by(error) if not on_main]
    assert off_main == []


def test_the_deadline_ends_the_wait_while_the_main_thread_is_busy(qgis_app, fault_server):
    """The worker stops waiting at its deadline even if the main thread never gets to
    process Qt's signals (a reply that never emits finished)."""
    install()
    transport = QgisTransport(timeout=0.5)
    ended = threading.Event()
    outcome = {}

    def fetch():
        try:
            transport.fetch(HttpRequest(url=fault_server.url("/hang")))
        except ServiceTimeout as error:
            outcome["error"] = error
        ended.set()

    worker = threading.Thread(target=fetch)
    started = time.monotonic()
    worker.start()
    assert ended.wait(10)  # the main thread processes no event meanwhile
    worker.join()
    assert isinstance(outcome.get("error"), ServiceTimeout)
    assert time.monotonic() - started < 5
    QgsApplication.processEvents()  # the main thread then aborts the reply it had sent


def test_unload_ends_the_requests_in_flight_at_once(qgis_app, fault_server):
    transport = QgisTransport(timeout=60)
    outcome = {}
    waiting = []

    def work(task):
        waiting.append(True)
        return transport.fetch(HttpRequest(url=fault_server.url("/hang")), task)

    task = CoreTask("in flight", work, lambda r: outcome.update(result=r), lambda e: outcome.update(error=e))
    task.taskTerminated.connect(lambda: outcome.setdefault("terminated", True))
    start_task(task)
    from qgis.PyQt.QtCore import QTimer

    QTimer.singleShot(300, shutdown_transports)  # as the plugin's unload does
    started = time.monotonic()
    assert wait_for(task.taskTerminated, 20000)
    assert time.monotonic() - started < 5
    assert "result" not in outcome
    install()  # the next plugin start


def test_after_unload_nothing_new_goes_out(qgis_app, fault_server):
    transport = QgisTransport(timeout=5)
    shutdown_transports()
    result, error = run_in_task(lambda task: transport.fetch(HttpRequest(url=fault_server.url("/ok.xml")), task))
    assert result is None and error is None  # cancelled: no error sentence for the user
    install()
    body, _error = run_in_task(lambda task: transport.fetch(HttpRequest(url=fault_server.url("/ok.xml")), task).content)
    assert b"WMS_Capabilities" in body


def test_a_gzip_answer_is_inflated(qgis_app, fault_server):
    transport = QgisTransport(timeout=5)
    body, error = run_in_task(lambda task: transport.fetch(HttpRequest(url=fault_server.url("/gzip")), task).content)
    assert error is None and b"WMS_Capabilities" in body
