"""Issue 14, item 9: the options page's traps. Scrolling the page with the wheel passes over the
timeout spin box without changing it; with DGE_* variables the page shows (and "Tester" tests) the
addresses in use."""

from qgis.PyQt.QtCore import QPoint, QPointF, Qt
from qgis.PyQt.QtGui import QWheelEvent
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QPushButton, QScrollArea

from support import dispose, environment, wait_for
from support.window import settle

from datagrandest_plugin.gui.settings.options_page import OptionsPage
from datagrandest_plugin.toolbelt.settings import PlgOptionsManager


def wheel(widget, notches=-3):
    """Turn the mouse wheel over the middle of ``widget`` (negative: towards the user, the page goes down)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_page_over_the_timeout_without_changing_it(qgis_app, french):
    PlgOptionsManager.reset()
    page = OptionsPage()
    page.resize(700, 360)  # the page scrolls: the dialog is smaller than its fields
    page.show()
    settle()
    try:
        timeout = page.editor("timeout")
        assert timeout.value() == 30
        scroll_bar = page.findChild(QScrollArea).verticalScrollBar()
        scroll_bar.setValue(scroll_bar.maximum() // 3)
        before = scroll_bar.value()
        wheel(timeout, -3)
        assert timeout.value() == 30  # the value did not move
        assert scroll_bar.value() > before  # the page did
        QTest.mouseClick(timeout, Qt.MouseButton.LeftButton)  # chosen: now the wheel turns it
        assert timeout.hasFocus()
        wheel(timeout, 2)
        assert timeout.value() == 32
    finally:
        dispose(page)
        PlgOptionsManager.reset()


def test_with_dge_variables_the_page_shows_and_tests_the_addresses_in_use(qgis_app, french, local_platform):
    PlgOptionsManager.reset()
    in_use = local_platform.urls["csw_url"]
    with environment(DGE_CSW_URL=in_use):
        page = OptionsPage()
        page.show()
        try:
            editor = page.editor("csw_url")
            assert editor.text() == in_use  # not the public address
            assert editor.isReadOnly()
            assert "DGE_CSW_URL" in editor.toolTip()
            button = page.findChild(QPushButton, "dge_test_csw_url")
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
            (name, check), = wait_for(page.test_finished)
            assert name == "csw_url" and check.reachable, check.message  # the public one is unreachable here
            page.apply()  # OK: the variable's value is not stored as the user's own
            assert PlgOptionsManager.get_plg_settings(use_environment=False).csw_url != in_use
        finally:
            page.cancel_tests()
            dispose(page)
            PlgOptionsManager.reset()
