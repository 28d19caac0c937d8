"""The dock's "Services" panel checks the local platform in background tasks."""

import os

import pytest

from support.qt import wait_for

from datagrandest_plugin.core.net.transport import Transport
from datagrandest_plugin.gui.services.panel import ServicesPanel

ENV = {"csw_url": "DGE_CSW_URL", "ows_url": "DGE_OWS_URL", "wmts_url": "DGE_WMTS_URL", "d4c_url": "DGE_D4C_URL",
       "content_url": "DGE_CONTENT_URL", "legacy_config_url": "DGE_LEGACY_CONFIG_URL"}


@pytest.fixture
def platform_env(local_platform):
    saved = {name: os.environ.get(name) for name in ENV.values()}
    for key, name in ENV.items():
        os.environ[name] = local_platform.urls[key]
    yield local_platform
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def test_checks_run_in_background_and_fill_the_table(qgis_app, french, platform_env):
    panel = ServicesPanel()
    before = Transport.request_count
    panel.start_checks()
    # start_checks returned at once: nothing has been answered yet, the button is disabled
    assert not panel.check_button.isEnabled()
    assert panel.table.item(0, 1).text() == "…"
    received = wait_for(panel.checks_done)
    assert received, "the checks never finished"
    checks = received[0][0]
    assert len(checks) == panel.table.rowCount() == 7
    assert all(check.reachable for check in checks), [c.message for c in checks]
    assert [panel.table.item(r, 1).text() for r in range(7)] == ["oui"] * 7
    assert panel.check_button.isEnabled()
    assert Transport.request_count - before == 7
    assert panel.status.text() == "Tous les services répondent."


def test_a_dead_endpoint_gets_one_french_sentence(qgis_app, french, platform_env):
    os.environ["DGE_CSW_URL"] = "http://127.0.0.1:1/csw"
    panel = ServicesPanel()
    panel.start_checks()
    received = wait_for(panel.checks_done)
    assert received
    row = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())].index("CSW")
    assert panel.table.item(row, 1).text() == "non"
    assert panel.table.item(row, 4).text() == "Impossible de joindre 127.0.0.1:1 : connexion refusée."
    assert "1 service(s)" in panel.status.text()
