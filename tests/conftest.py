"""Test set-up shared by every suite.

- No test reaches another host: the transport refuses any host but the
  loopback (``DGE_ALLOWED_HOSTS``), and proxies are bypassed for it.
- QGIS runs headless with a throw-away profile.
- Real servers (fault server, local DataGrandEst) are started once per session.
"""

import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path[:0] = [str(ROOT / "scripts" / d) for d in ("platform", "qa", "release", "demo", "bench")]
sys.path.insert(0, str(ROOT / "tests"))

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["DGE_ALLOWED_HOSTS"] = "127.0.0.1,localhost"
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"
for _name in list(os.environ):
    if _name.startswith("DGE_") and _name not in ("DGE_ALLOWED_HOSTS", "DGE_PLATFORM_URLS", "DGE_PACKAGE_ZIP"):
        del os.environ[_name]
_PROFILE = tempfile.mkdtemp(prefix="dge-qgis-profile-")
# QGIS 3.40+ ignores QgsApplication's profile argument and reads this variable instead;
# Qt's own settings (QGIS 3.22's QgsSettings) follow XDG_CONFIG_HOME: both stay in the throw-away folder
os.environ["QGIS_CUSTOM_CONFIG_PATH"] = _PROFILE
os.environ["XDG_CONFIG_HOME"] = os.path.join(_PROFILE, "config")
os.environ["DGE_CACHE_DIR"] = os.path.join(_PROFILE, "dge-cache")
os.environ["DGE_DATA_DIR"] = os.path.join(_PROFILE, "dge-data")
os.environ.setdefault("XDG_RUNTIME_DIR", _PROFILE)
os.environ["LANG"] = "fr_FR.UTF-8"


@pytest.fixture(scope="session")
def qgis_app():
    """One headless QgsApplication (with widgets) for the whole session."""
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([b"pytest"], True, _PROFILE)
        QgsApplication.setPrefixPath("/usr", True)
        app.initQgis()
    from datagrandest_plugin.core.net.transport.qgis_transport import install

    install()  # the main-thread side of the plugin's network, as the plugin does on QGIS's first turn
    yield app
    # Transforms cached by worker threads are otherwise destroyed by the C++ exit handlers,
    # after PROJ's own state: a crash at exit (seen once tasks reproject in threads).
    from qgis.core import QgsCoordinateTransform

    QgsCoordinateTransform.invalidateCache()


@pytest.fixture(scope="session")
def fault_server():
    from fault_server import FaultServer

    with FaultServer() as server:
        yield server


@pytest.fixture(scope="session")
def local_platform(tmp_path_factory):
    from local_platform import reuse_or_start_platform

    workdir = ROOT / "build" / "test-platform"
    platform = reuse_or_start_platform(workdir)
    try:
        yield platform
    finally:
        platform.stop()


@pytest.fixture
def french(qgis_app):
    """The compiled French translation installed, as the plugin does in a French QGIS."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from datagrandest_plugin.i18n_loader import translation_file

    path = translation_file("fr")
    assert path is not None, "run `make translations`"
    translator = QTranslator()
    assert translator.load(str(path))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture(autouse=True)
def fresh_failure_memory():
    """Each test starts with no address remembered as just failed (the transport's one-minute memory)."""
    from datagrandest_plugin.core.net.transport import Transport

    Transport.forget_failures()
    yield


@pytest.fixture(autouse=True)
def network_started():
    """Each test starts with the plugin's network side running, as in a QGIS where the plugin is
    loaded: a test that unloaded the plugin (which ends its requests) must not cancel the next ones."""
    import sys

    if "qgis.core" in sys.modules:
        from datagrandest_plugin.core.net.transport.qgis_dispatcher import install

        install()  # nothing without a QGIS application, nothing if it already runs
    yield
