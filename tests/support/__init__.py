"""Helpers shared by the test suites."""

import os
from contextlib import contextmanager
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args, env=None, timeout=120):
    """Run ``python -m datagrandest_plugin`` as a user would, with QGIS's Python."""
    import subprocess

    environment = dict(os.environ)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "datagrandest_plugin", *args],
        cwd=str(ROOT),
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def dispose(widget):
    """Close and delete a top-level widget now: one shown and left to the interpreter's exit is
    destroyed after the QApplication, which crashes Qt."""
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    if hasattr(widget, "cancel"):
        widget.cancel()
    manager = QgsApplication.taskManager()
    if manager.countActiveTasks():  # a task still running when Python exits crashes it too
        loop = QEventLoop()
        manager.allTasksFinished.connect(loop.quit)
        QTimer.singleShot(30000, loop.quit)  # a bound, not a wait
        if manager.countActiveTasks():
            loop.exec_()
        manager.allTasksFinished.disconnect(loop.quit)
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


PLATFORM_ENV = {"csw_url": "DGE_CSW_URL", "d4c_url": "DGE_D4C_URL", "ows_url": "DGE_OWS_URL", "wms_url": "DGE_WMS_URL",
                "wfs_url": "DGE_WFS_URL", "wmts_url": "DGE_WMTS_URL", "content_url": "DGE_CONTENT_URL",
                "legacy_config_url": "DGE_LEGACY_CONFIG_URL", "platform_project_url": "DGE_PLATFORM_PROJECT_URL"}


def platform_variables(platform, cache_dir) -> dict:
    """The DGE_* variables pointing the plugin at the local platform, with its own cache."""
    variables = {name: platform.urls[key] for key, name in PLATFORM_ENV.items()}
    if platform.urls.get("oarec_url"):  # a platform served by an older checkout has none
        variables["DGE_OAREC_URL"] = platform.urls["oarec_url"]
    variables["DGE_CACHE_DIR"] = str(cache_dir)
    return variables


def platform_environment(platform, cache_dir):
    """Context manager: the plugin's settings (read in this process) point at the local platform."""
    return environment(**platform_variables(platform, cache_dir))


@contextmanager
def environment(**values):
    """Set environment variables for the ``with`` block, then put the old values back."""
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update({name: str(value) for name, value in values.items()})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def wait_for(signal, bound_ms=60000):
    """``support.qt.wait_for`` with the longer bound the layer tests use."""
    from .qt import wait_for as wait

    return wait(signal, bound_ms)


def plugin_running(bound_ms=30000) -> bool:
    """Run the event loop until the plugin whose ``initGui`` just returned has done what waits for
    QGIS's first turn (``plugin._first_turn``): its Processing provider is then registered."""
    from qgis.core import QgsApplication

    from .community import wait_until

    registry = QgsApplication.processingRegistry()
    return wait_until(lambda: registry.providerById("datagrandest") is not None, registry.providerAdded, bound_ms)


def layer_added_by(trigger, bound_ms=30000):
    """Call ``trigger`` and return the first layer then added to the project (built in a task)."""
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    project = QgsProject.instance()
    received = []
    loop = QEventLoop()

    def on_added(layers):
        received.extend(layers)
        loop.quit()

    project.layersAdded.connect(on_added)
    try:
        trigger()
        QTimer.singleShot(bound_ms, loop.quit)  # a bound, not a wait
        if not received:
            loop.exec_()
    finally:
        project.layersAdded.disconnect(on_added)
    assert received, "no layer was added"
    return received[0]


def capabilities_asked(platform, clear=False) -> list:
    """The GetCapabilities the local platform's front server answered ({service, path, query} each);
    ``clear``: and forget them."""
    import json
    import urllib.request

    url = platform.urls["base_url"] + "/_stats/getcapabilities" + ("?clear" if clear else "")
    return json.loads(urllib.request.urlopen(url).read())


def run_without_display(script: str, *args, timeout=300):
    """Run scripts/<folder>/<script> as on a machine without a screen (it must use Xvfb)."""
    import subprocess

    import signal

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    process = subprocess.Popen([sys.executable, str(ROOT / "scripts" / script), *map(str, args)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # the script's QGIS and Xvfb too: nothing left running
        stdout, stderr = process.communicate()
        stderr += f"\n(stopped after {timeout} s)"
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def distinct_colours(image, step=16) -> int:
    """How many colours a sparse grid of a QImage holds: a drawn window has many, a blank frame few."""
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})
