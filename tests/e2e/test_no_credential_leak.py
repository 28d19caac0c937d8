"""Credentials never reach logs, settings, cached files or messages, and QGIS
stays responsive while a catalogue hangs."""

import time
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsMessageLog, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTimer

from support import run_cli
from support.iface import StandInIface
from support.qt import wait_for

from datagrandest_plugin.gui.catalog.panel import CatalogPanel

SECRET = "S3cr3t-Pa55-for-test"


@pytest.fixture
def basic_authcfg(qgis_app):
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("test-master-password", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("DataGrandEst test")
    config.setConfig("username", "alice")
    config.setConfig("password", SECRET)
    assert manager.storeAuthenticationConfig(config)[0]
    yield config.id()
    manager.removeAuthenticationConfig(config.id())


def test_credentials_never_leak(qgis_app, french, fault_server, basic_authcfg, monkeypatch, tmp_path):
    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda message, tag, level: logged.append(message))
    monkeypatch.setenv("DGE_CSW_URL", fault_server.url("/401"))
    monkeypatch.setenv("DGE_D4C_URL", fault_server.url("/302-login"))
    monkeypatch.setenv("DGE_AUTHCFG_CSW", basic_authcfg)
    monkeypatch.setenv("DGE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("DGE_DATA_DIR", str(tmp_path / "data"))
    panel = CatalogPanel(StandInIface())
    panel.search("ocs")
    assert wait_for(panel.search_finished)
    status = panel.status.text()
    assert "authentification" in status
    QgsMessageLog.logMessage(f"request https://alice:{SECRET}@127.0.0.1:1/csw?password={SECRET}", "DataGrandEst")
    from datagrandest_plugin.toolbelt.log import PlgLogger

    PlgLogger.log(f"échec sur https://alice:{SECRET}@127.0.0.1:1/csw?password={SECRET}&token={SECRET}")
    cli = run_cli("doctor", "--csw-url", f"http://alice:{SECRET}@127.0.0.1:1/csw?password={SECRET}",
                  "--ows-url", f"http://127.0.0.1:1/ows?token={SECRET}")
    settings_file = Path(QgsSettings().fileName())
    QgsSettings().sync()
    places = {
        "panel": status,
        "message log": "\n".join(logged),
        "cli": cli.stdout + cli.stderr,
        "settings": settings_file.read_text(errors="replace") if settings_file.exists() else "",
        "files": "\n".join(p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file()),
    }
    raw = f"request https://alice:{SECRET}@127.0.0.1:1/csw?password={SECRET}"  # written by this test itself
    for place, text in places.items():
        assert SECRET not in text.replace(raw, ""), place
    plugin_lines = [m for m in logged if "échec sur" in m]
    assert plugin_lines and all(SECRET not in m for m in plugin_lines)
    panel.shutdown()
    panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def test_gui_stays_responsive_while_the_catalogue_hangs(qgis_app, fault_server, monkeypatch, tmp_path):
    monkeypatch.setenv("DGE_CSW_URL", fault_server.url("/hang"))
    monkeypatch.setenv("DGE_D4C_URL", fault_server.url("/hang"))
    monkeypatch.setenv("DGE_TIMEOUT", "2")
    monkeypatch.setenv("DGE_CACHE_DIR", str(tmp_path / "cache"))
    panel = CatalogPanel(StandInIface())
    ticks = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    panel.search("ocs")
    assert wait_for(panel.search_finished)
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    # a blocking search would freeze the loop for the whole 2 s timeout
    assert ticks and max(gaps) < 1.0, max(gaps)
    assert "2 secondes" in panel.status.text() or "2 seconds" in panel.status.text()
    panel.shutdown()
    panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
