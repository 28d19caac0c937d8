"""Run core work off the GUI thread in a ``QgsTask``.

The task shows in QGIS's task bar with a working cancel button; the result or
the error sentence comes back on the main thread through callbacks.

A task that builds a large, long-lived result (a parsed service of thousands of
layers) runs with ``settles=True``: see ``collector_settled``.

Work that fails yet returns something to show (the last good copy of a
catalogue, a service, the community content) names its failure through
``failure_of``: the task then ends as failed in QGIS's task bar, and the copy
is still handed to ``on_success``.
"""

import gc
import logging
import threading
import traceback
from contextlib import contextmanager

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QThreadPool

from ..core.errors import Cancelled, DgeError
from ..core.i18n import tr

LOG = logging.getLogger("datagrandest")


_COLLECTOR = threading.Lock()
_PAUSES = {"count": 0, "was_enabled": True}


@contextmanager
def collector_settled():
    """Python's cyclic garbage collector kept off while the block builds a large result, and
    that result then set aside from it (``gc.freeze``).

    The collector holds the interpreter lock, so the GUI thread too, while it walks every
    tracked object: a parse of 8,000 layers set off full passes of 50-60 ms in the worker, and
    the GUI thread's next passes walked the new layers again (60 ms). Frozen, the layers are
    never walked; they are still freed by reference counting when dropped (a parse leaves about
    twenty objects in cycles, which a freeze keeps: the price of no pass over the whole heap).
    Nested and concurrent blocks share one pause: the collector is back on when the last ends."""
    with _COLLECTOR:
        if not _PAUSES["count"]:
            _PAUSES["was_enabled"] = gc.isenabled()
            gc.disable()
        _PAUSES["count"] += 1
    try:
        yield
    finally:
        with _COLLECTOR:
            _PAUSES["count"] -= 1
            if not _PAUSES["count"]:
                gc.freeze()
                if _PAUSES["was_enabled"]:
                    gc.enable()


class CoreTask(QgsTask):
    """``function(task)`` runs in a worker thread; ``task`` has ``isCanceled()``. With
    ``settles=True`` it runs in ``collector_settled()`` (a large result, kept)."""

    def __init__(self, description, function, on_success=None, on_failure=None, failure_of=None,
                 settles=False, hidden=False):
        """``hidden``: housekeeping the user did not ask for, kept out of the task bar where QGIS
        can (its ``Hidden`` flag, QGIS 3.26 and later)."""
        flags = QgsTask.Flag.CanCancel
        if hidden and hasattr(QgsTask.Flag, "Hidden"):
            flags = flags | QgsTask.Flag.Hidden
        super().__init__(description, flags)
        self._function = function
        self._settles = settles
        self._on_success = on_success
        self._on_failure = on_failure
        self._failure_of = failure_of  # result -> sentence when the work failed but returns a copy to show
        self._copy_shown = False
        self.result = None
        self.error = None

    def run(self):
        try:
            if self._settles:
                with collector_settled():
                    self.result = self._function(self)
            else:
                self.result = self._function(self)
            sentence = self._failure_of(self.result) if self._failure_of is not None else ""
            if sentence:
                self.error = DgeError(sentence)
                self._copy_shown = True
                return False  # failed, for QGIS's task bar: "complete" would be a lie
            return True
        except Cancelled as error:
            self.error = error
        except DgeError as error:
            self.error = error
        except Exception:  # noqa: BLE001 - any bug in a task is one sentence for the user, the trace in the log
            LOG.error("%s", traceback.format_exc())
            self.error = DgeError(tr("Unexpected error; details are in the DataGrandEst message log."))
        return False

    def finished(self, ok):
        # An exception escaping a Qt slot aborts QGIS (PyQt calls qFatal): a
        # callback whose widget is already gone must only cost a log line.
        answered = ok or (self._copy_shown and not self.isCanceled())
        try:
            if answered:
                if self._on_success:
                    self._on_success(self.result)
            elif self._on_failure and not isinstance(self.error, Cancelled) and not self.isCanceled():
                self._on_failure(self.error or Cancelled())
        except Exception:  # noqa: BLE001 - an exception escaping a Qt slot aborts QGIS
            LOG.error("%s", traceback.format_exc())
            if answered and self._on_failure and not self.isCanceled():
                # the answer came but could not be shown: the panel says so, not "Loading…" for ever
                try:
                    self._on_failure(DgeError(tr("The answer could not be shown; details are in the "
                                                 "DataGrandEst message log.")))
                except Exception:  # noqa: BLE001 - an exception escaping a Qt slot aborts QGIS
                    LOG.error("%s", traceback.format_exc())


def keep_worker_threads() -> None:
    """Task threads must not expire, a workaround for a QGIS bug.

    QGIS gives each thread its own PROJ context. When an idle pooled thread
    ends (after 30 s by default), QGIS drops the PROJ object of every cached
    CRS that thread created first, yet keeps the cache entry if the main
    thread has used it. A layer built in a task (its provider creates, say,
    EPSG:2154 first) would leave QGIS an EPSG:2154 without WKT or
    transformations for the rest of the session. Idle threads cost nothing;
    the setting is kept after unload, as CRSs made by earlier tasks still
    depend on it.
    """
    manager = QgsApplication.taskManager()
    pool = manager.threadPool() if hasattr(manager, "threadPool") else QThreadPool.globalInstance()
    if pool.expiryTimeout() >= 0:
        pool.setExpiryTimeout(-1)


def start_task(task: CoreTask) -> CoreTask:
    keep_worker_threads()
    QgsApplication.taskManager().addTask(task)
    return task


class TaskSet:
    """The tasks a panel has running: started here, forgotten when they end
    (then ``on_over(task)``), cancelled together when the panel closes."""

    def __init__(self):
        self._tasks = set()

    def run(self, task: CoreTask, on_over=None) -> CoreTask:
        self._tasks.add(task)

        def over():
            self._tasks.discard(task)
            if on_over is not None:
                on_over(task)

        task.taskCompleted.connect(over)
        task.taskTerminated.connect(over)
        return start_task(task)

    def cancel(self):
        for task in list(self._tasks):
            task.cancel()

    def clear(self):
        """Forget the running tasks (cancelled ones that no longer count)."""
        self._tasks.clear()

    def __len__(self):
        return len(self._tasks)


_MODULE_SETS = []  # the task sets that live as long as their module (no panel closes them)


def module_task_set() -> TaskSet:
    """A task set held by a module (a layer loading, a catalogue download): the plugin's unload
    cancels it, with every other one made here (``cancel_module_tasks``)."""
    tasks = TaskSet()
    _MODULE_SETS.append(tasks)
    return tasks


def module_task_sets():
    return tuple(_MODULE_SETS)


def cancel_module_tasks() -> int:
    """Cancel the tasks of every module-level set (plugin unload); how many were running."""
    running = sum(len(tasks) for tasks in _MODULE_SETS)
    for tasks in _MODULE_SETS:
        tasks.cancel()
    return running
