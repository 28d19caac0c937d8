"""The "Couches" filter on a large tree: rows hidden and shown, workspaces opened on a narrow
result and closed again when the result grows back to hundreds of layers."""

import dataclasses
import sys
from pathlib import Path

from qgis.PyQt.QtCore import QModelIndex

from datagrandest_plugin.core.ogc.capabilities import parse_capabilities
from datagrandest_plugin.gui.layers.panel import LayersPanel
from datagrandest_plugin.gui.layers.service_tree_model import arrange
from support.qt import wait_for

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts" / "bench"))
from capabilities_gen import wms_capabilities


def open_workspaces(panel):
    view = panel.service_view
    return {name for name, item in panel.service_model.workspace_items.items() if view.isExpanded(item.index())}


def shown_workspaces(panel):
    view = panel.service_view
    return {name for name, item in panel.service_model.workspace_items.items() if not view.isRowHidden(item.row(), QModelIndex())}


def test_filter_opens_the_matching_workspaces_then_closes_them(qgis_app):
    panel = LayersPanel(None, load_on_show=False)  # layers given here, not read from the network
    layers = parse_capabilities("wms", wms_capabilities(1200, "http://127.0.0.1:1/ows"), "http://127.0.0.1:1/ows").layers
    panel.show_service_layers("wms", layers)
    panel.apply_filter()
    assert len(panel.visible_service_layers()) == 1200 and not open_workspaces(panel)

    target = layers[700]
    # a workspace the user opened, without the target
    mine = next(name for name in panel.service_model.workspace_items if name != target.workspace)
    panel.service_view.expand(panel.service_model.workspace_items[mine].index())

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
    assert len(shown_workspaces(panel)) == len(panel.service_model.workspace_items)
    assert open_workspaces(panel) == {mine}
    panel.deleteLater()


def _until(model, predicate):
    """Let the model make its rows (batches between events) until ``predicate`` holds or it stops."""
    while not predicate():
        if not wait_for(model.rows_created, 10000):
            return False
    return True


def _kinds_and_names_under(model, name):
    item = model.workspace_items[name]
    return {(layer.kind, layer.name) for layer in
            (model.item_payload(item.child(row, 0)).layer for row in range(item.rowCount()))}


def _rows_under(model, name):
    item = model.workspace_items[name]
    return {model.item_payload(item.child(row, 0)).layer.name for row in range(item.rowCount())}


def test_a_closed_workspace_has_no_row_until_opened_and_the_filter_still_finds_its_layers(qgis_app):
    """The structure that keeps a 20,000-layer tree from stalling QGIS: only the workspace rows
    exist at first; a workspace's rows are made when it opens; the filter searches the layers."""
    url = "http://127.0.0.1:1/ows"
    layers = parse_capabilities("wms", wms_capabilities(600, url), url).layers
    by_workspace = {}
    for layer in layers:  # independent of the model: the workspace is the name's prefix
        by_workspace.setdefault(layer.name.split(":", 1)[0], set()).add(layer.name)
    panel = LayersPanel(None, load_on_show=False)  # layers given here, not read from the network
    panel.resize(400, 600)
    panel.show()
    panel.show_service_layers("wms", layers)
    # a second service publishing the same workspaces, arranged off the GUI thread as the panel's task does
    features = [dataclasses.replace(layer, kind="wfs") for layer in layers[::2]]
    panel.show_service_layers("wfs", features, arrange("wfs", features))
    panel.apply_filter()
    model, view = panel.service_model, panel.service_view
    assert set(model.workspace_items) == set(by_workspace)
    for item in model.workspace_items.values():
        assert item.rowCount() == 0 and model.hasChildren(item.index())  # closed: an arrow, no row

    opened = sorted(by_workspace)[3]
    expected = {(kind, name) for kind, group in (("wms", layers), ("wfs", features)) for name in
                (layer.name for layer in group) if name.split(":", 1)[0] == opened}
    view.expand(model.workspace_items[opened].index())
    assert _until(model, lambda: _kinds_and_names_under(model, opened) == expected)
    item = model.workspace_items[opened]
    titles = [model.item_payload(item.child(row, 0)).layer.display_title for row in range(item.rowCount())]
    assert titles == sorted(titles)  # both services' rows in one display order
    assert all(item.rowCount() == 0 for name, item in model.workspace_items.items() if name != opened)

    target = next(layer for layer in layers if layer.workspace != opened)
    panel.filter_edit.setText(target.name)
    assert target in panel.visible_service_layers()
    assert _until(model, lambda: _rows_under(model, target.workspace) == by_workspace[target.workspace])
    item = model.workspace_items[target.workspace]
    row = next(r for r in range(item.rowCount()) if model.item_payload(item.child(r, 0)).layer is target)
    assert not view.isRowHidden(row, item.index()) and view.isExpanded(item.index())
    shown = [r for r in range(item.rowCount()) if not view.isRowHidden(r, item.index())]
    # the others of that workspace are filtered out (the WFS twin of the same name stays)
    assert {model.item_payload(item.child(r, 0)).layer.name for r in shown} == {target.name}
    panel.hide()
    panel.deleteLater()


def test_the_view_asking_for_more_rows_again_in_the_same_turn_gets_them_at_the_next_turn(qgis_app):
    """QTreeView's layout calls fetchMore until its viewport is full, in the same event as the
    expand: each call making a batch held the GUI thread two or three batches long."""
    url = "http://127.0.0.1:1/ows"
    layers = [dataclasses.replace(layer, name="grand_est:" + layer.name.split(":", 1)[1])  # one workspace
              for layer in parse_capabilities("wms", wms_capabilities(3000, url), url).layers]
    panel = LayersPanel(None, load_on_show=False)
    panel.show_service_layers("wms", layers)
    model = panel.service_model
    index = model.workspace_items["grand_est"].index()
    model.fetchMore(index)
    first = model.rowCount(index)
    assert 0 < first < len(layers)
    model.fetchMore(index)  # as QTreeView's layout does, before the event loop turns
    assert model.rowCount(index) == first and model.canFetchMore(index)
    assert wait_for(model.rows_created, 10000)  # the next batch, from the event loop
    assert model.rowCount(index) > first
    panel.deleteLater()
