"""Issue 14, item 2: the dock works at 360 px wide, and at 1280×720 every tab is usable
(a picture of each is taken). Buttons wrap instead of widening the dock; the result titles get
the row, elided in the middle so that what tells them apart (territory, year) stays visible."""

import pytest
from qgis.PyQt.QtCore import QRect, Qt
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QAbstractButton, QComboBox, QLineEdit

from support import distinct_colours, platform_environment, wait_for
from support.window import open_tab, plugin_window, settle

from datagrandest_plugin.gui.dock import PANELS

NARROW = 360


@pytest.fixture
def platform_env(local_platform, tmp_path):
    with platform_environment(local_platform, tmp_path / "cache"):
        yield local_platform


def narrow_dock(iface, plugin, width):
    iface.mainWindow().resizeDocks([plugin.dock], [width], Qt.Orientation.Horizontal)
    settle()
    return plugin.dock.width()


def clipped_controls(panel):
    """Visible buttons, lists and fields of ``panel`` that stick out of it or are squeezed below
    their own minimum width (cut text)."""
    inside = panel.rect()
    bad = []
    for kind in (QAbstractButton, QComboBox, QLineEdit):
        for widget in panel.findChildren(kind):
            if not widget.isVisibleTo(panel) or widget.window() is not panel.window():
                continue
            if isinstance(widget.parentWidget(), QLineEdit) or \
                    widget.parentWidget().metaObject().className() == "QTabBar":
                continue  # a field's clear button, the tab bar's own scroll arrows
            box = QRect(widget.mapTo(panel, widget.rect().topLeft()), widget.size())
            if not inside.contains(box) or widget.width() < min(widget.minimumSizeHint().width(), inside.width()):
                bad.append((widget.metaObject().className(), widget.objectName(), widget.text(), box, inside))
    return bad


def test_the_dock_narrows_to_360_px_with_every_tab_usable(qgis_app, french, platform_env):
    with plugin_window(1280, 720) as (iface, plugin):
        for key, *_rest in PANELS:
            panel = open_tab(plugin, key)
            assert narrow_dock(iface, plugin, NARROW) <= NARROW, key
            assert not clipped_controls(panel), (key, clipped_controls(panel))


def test_narrow_result_titles_show_what_tells_them_apart(qgis_app, french, platform_env):
    with plugin_window(1280, 720) as (iface, plugin):
        panel = open_tab(plugin, "catalogue")
        assert narrow_dock(iface, plugin, NARROW) <= NARROW
        QTest.keyClicks(panel.search_box, "ocs")
        for _attempt in range(5):
            if panel.results.topLevelItemCount() and panel.progress.isHidden():
                break
            assert wait_for(panel.search_finished)
        settle(50)
        rows = panel.results
        titles = [rows.topLevelItem(i).text(0) for i in range(rows.topLevelItemCount())]
        assert len(set(titles)) >= 8
        width = rows.columnWidth(0)
        assert width >= rows.viewport().width() - 40  # the title has the row
        # each row is tall enough for its whole title wrapped in the column (the view's own font)
        metrics = rows.fontMetrics()
        for i, title in enumerate(titles):
            needed = metrics.boundingRect(QRect(0, 0, width - 12, 100000), Qt.TextFlag.TextWordWrap, title).height()
            assert rows.visualItemRect(rows.topLevelItem(i)).height() >= needed, title


def test_at_1280_by_720_each_tab_is_drawn_and_usable(qgis_app, french, platform_env, tmp_path):
    with plugin_window(1280, 720) as (iface, plugin):
        narrow_dock(iface, plugin, 420)
        for key, *_rest in PANELS:
            panel = open_tab(plugin, key)
            settle(50)
            assert not clipped_controls(panel), (key, clipped_controls(panel))
            path = tmp_path / f"{key}.png"
            assert iface.mainWindow().grab().save(str(path))
            image = QImage(str(path))
            assert image.width() == 1280 and image.height() == 720
            assert distinct_colours(image, step=8) > 5, key
            # the map keeps most of the window
            assert iface.mapCanvas().width() >= 1280 - 440
