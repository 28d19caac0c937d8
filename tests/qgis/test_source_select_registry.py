"""The plugin puts its "DataGrandEst" page in QGIS's Data Source Manager and takes it away on unload."""

import pytest
from qgis.gui import QgsGui
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from support.iface import StandInIface

from datagrandest_plugin.gui.integration.source_select import PROVIDER_KEY


def ours():
    return [p for p in QgsGui.sourceSelectProviderRegistry().providers() if p.providerKey() == PROVIDER_KEY]


@pytest.fixture
def iface(qgis_app):
    stand_in = StandInIface()
    yield stand_in
    stand_in.mainWindow().deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def test_registered_once_by_init_gui_and_removed_on_unload(iface):
    from datagrandest_plugin.plugin import DataGrandEstPlugin

    assert ours() == []
    plugin = DataGrandEstPlugin(iface)
    plugin.initGui()
    try:
        assert len(ours()) == 1 and ours()[0].text() == "DataGrandEst"
    finally:
        plugin.unload()
    assert ours() == []
    plugin.initGui()  # a reload registers it once again, not twice
    try:
        assert len(ours()) == 1
    finally:
        plugin.unload()
    assert ours() == []
