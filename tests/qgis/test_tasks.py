"""Task threads are kept alive: the workaround for QGIS dropping the PROJ objects of CRSs
a pooled thread created first when that thread expires (see toolbelt.tasks)."""

import pytest
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject
from qgis.PyQt.QtCore import QThread, QThreadPool

from support import plugin_running, wait_for
from support.iface import StandInIface

import datagrandest_plugin
from datagrandest_plugin.toolbelt.tasks import CoreTask, start_task


def task_pool():
    manager = QgsApplication.taskManager()
    return manager.threadPool() if hasattr(manager, "threadPool") else QThreadPool.globalInstance()


def test_a_crs_first_made_in_a_task_stays_whole_after_its_thread_goes_idle(qgis_app):
    pool = task_pool()
    pool.setExpiryTimeout(200)  # QGIS's is 30 s: short here, so an expiring thread would end during the test
    threads = []

    def work(_task):
        threads.append(QThread.currentThread())
        # a CRS no other test makes, created first in the task's thread, as a layer provider does
        return QgsCoordinateReferenceSystem("EPSG:2056").authid()

    task = start_task(CoreTask("crs", work))
    assert wait_for(task.taskCompleted) and task.result == "EPSG:2056"
    assert QgsCoordinateReferenceSystem("EPSG:2056").toWkt()  # the main thread uses it too
    # An expiring thread ends 200 ms after going idle, and QGIS then empties the CRS:
    # waiting ten times that for an end that must not come is the test.
    assert not wait_for(threads[0].finished, bound_ms=2000)
    assert pool.expiryTimeout() == -1
    crs = QgsCoordinateReferenceSystem("EPSG:2056")
    assert crs.toWkt() and QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"),
                                                  QgsProject.instance()).isValid()


def test_plugin_start_keeps_the_task_threads_for_its_algorithms(qgis_app):
    pool = task_pool()
    pool.setExpiryTimeout(30000)
    plugin = datagrandest_plugin.classFactory(StandInIface())
    plugin.initGui()
    try:
        assert plugin_running()  # from then on QGIS can run the plugin's algorithms
        assert pool.expiryTimeout() == -1
    finally:
        plugin.unload()


def test_an_answer_that_cannot_be_shown_reaches_the_failure_callback(qgis_app, french):
    failures = []

    def show(_result):
        raise ValueError("a page could not show this answer")

    task = start_task(CoreTask("show", lambda _task: "answer", show, failures.append))
    assert wait_for(task.taskCompleted)
    assert len(failures) == 1 and "journal" in failures[0].message  # one sentence, instead of "Loading…" for ever


def test_a_settling_task_runs_without_the_collector_and_sets_its_result_aside(qgis_app):
    """Issue 17: the cyclic collector, which holds the interpreter (so the GUI thread) while it
    walks every object, neither runs during a large load nor walks its result afterwards."""
    import gc

    from datagrandest_plugin.toolbelt.tasks import collector_settled

    assert gc.isenabled()
    seen = {}

    def work(_task):
        seen["enabled_inside"] = gc.isenabled()
        with collector_settled():  # nested (the reader pauses it too): still one pause
            pass
        seen["enabled_after_nested"] = gc.isenabled()
        return [[index] for index in range(5000)]  # tracked containers, as parsed layers are

    frozen_before = gc.get_freeze_count()
    task = start_task(CoreTask("settles", work, settles=True))
    try:
        assert wait_for(task.taskCompleted)
        assert seen == {"enabled_inside": False, "enabled_after_nested": False}
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen_before + len(task.result)
    finally:
        gc.unfreeze()


def test_housekeeping_stays_out_of_the_task_bar_where_qgis_can_hide_a_task(qgis_app):
    from qgis.core import QgsTask

    shown = CoreTask("shown", lambda task: None)
    hidden = CoreTask("housekeeping", lambda task: None, hidden=True)
    assert shown.flags() & QgsTask.Flag.CanCancel and hidden.flags() & QgsTask.Flag.CanCancel
    if not hasattr(QgsTask.Flag, "Hidden"):  # QGIS before 3.26 shows every task
        pytest.skip("this QGIS cannot hide a task")
    assert hidden.flags() & QgsTask.Flag.Hidden and not shown.flags() & QgsTask.Flag.Hidden
