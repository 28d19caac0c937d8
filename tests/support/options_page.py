"""The options page's widgets as QGIS sees them: found by their object names."""

from qgis.PyQt.QtWidgets import QLabel, QPushButton


def result_label(page, name) -> QLabel:
    """The line that shows the outcome of the "Test" of the address ``name``."""
    return page.findChild(QLabel, f"dge_result_{name}")


def endpoint_button(page, name) -> QPushButton:
    """The "Test" button of the address ``name``."""
    return page.findChild(QPushButton, f"dge_test_{name}")
