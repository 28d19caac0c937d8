"""The "Couches" filter on a large tree: rows hidden and shown, workspaces opened on a narrow
result and closed again when the result grows back to hundreds of layers."""

import sys
from pathlib import Path

from qgis.PyQt.QtCore import QModelIndex

from datagrandest_plugin.core.capabilities import parse_capabilities
from datagrandest_plugin.gui.layers_panel import LayersPanel

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts" / "bench"))
from capabilities_gen import wms_capabilities


def open_workspaces(panel):
    view = panel.service_view
    return {name for name, item in panel._workspaces.items() if view.isExpanded(item.index())}


def shown_workspaces(panel):
    view = panel.service_view
    return {name for name, item in panel._workspaces.items() if not view.isRowHidden(item.row(), QModelIndex())}


def test_filter_opens_the_matching_workspaces_then_closes_them(qgis_app):
    panel = LayersPanel(None)
    panel._started = True  # layers given here, not read from the network
    layers = parse_capabilities("wms", wms_capabilities(1200, "http://127.0.0.1:1/ows"), "http://127.0.0.1:1/ows").layers
    for layer in layers:
        panel._add_service_layer(layer)
    panel.apply_filter()
    assert len(panel.visible_service_layers()) == 1200 and not open_workspaces(panel)

    target = layers[700]
    # a workspace the user opened, without the target
    mine = next(name for name in panel._workspaces if name != target.workspace)
    panel.service_view.expand(panel._workspaces[mine].index())

    panel.filter_edit.setText(target.name)
    visible = panel.visible_service_layers()
    assert target in visible and len(visible) < 300
    # exactly the workspaces holding a match are shown, and opened
    assert shown_workspaces(panel) == {layer.workspace for layer in visible}
    assert open_workspaces(panel) - {mine} == shown_workspaces(panel) - {mine}

    panel.filter_edit.setText(target.name + " no such word")
    assert panel.visible_service_layers() == [] and shown_workspaces(panel) == set()

    # back to every layer: what the filter opened closes, what the user opened stays open
    panel.filter_edit.setText("")
    assert len(panel.visible_service_layers()) == 1200
    assert len(shown_workspaces(panel)) == len(panel._workspaces)
    assert open_workspaces(panel) == {mine}
    panel.deleteLater()
