"""What the layer issue registers in the plugin: panel tabs, drop handler, Processing provider; all
removed on unload."""

from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QWidget

from support import plugin_running
from support.iface import StandInIface

import datagrandest_plugin
from datagrandest_plugin.core.net.transport import Transport


def test_layers_tab_and_drop_handler_registered_then_removed(qgis_app, french):
    iface = StandInIface()
    before = Transport.request_count
    plugin = datagrandest_plugin.classFactory(iface)
    plugin.initGui()
    try:
        tabs = plugin.dock.tabs
        assert [tabs.tabText(i) for i in range(tabs.count())][1:4] == ["Couches", "OCS GE²", "PCRS"]
        assert type(tabs.widget(1)) is QWidget  # hidden dock: the panel is not even built, a placeholder holds its tab
        assert plugin.dock.layers_panel.started is False  # built on demand, still nothing loaded
        assert iface.drop_handlers == [plugin.drop_handler]
        assert plugin.drop_handler.customUriProviderKey() == "datagrandest"
        assert plugin_running()  # the provider is registered on QGIS's first turn after initGui
        provider = QgsApplication.processingRegistry().providerById("datagrandest")
        assert provider is not None and provider.name() == "DataGrandEst"
        assert sorted(a.id() for a in provider.algorithms()) == ["datagrandest:extract_ocs",
                                                                 "datagrandest:ocs_statistics"]
        assert Transport.request_count == before
    finally:
        plugin.unload()
    assert iface.drop_handlers == [] and plugin.drop_handler is None
    assert QgsApplication.processingRegistry().providerById("datagrandest") is None
