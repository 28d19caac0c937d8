"""A form in a scroll area: the mouse wheel scrolls the page, never the value of a field it passes over."""

from qgis.PyQt.QtCore import QCoreApplication, QEvent, QObject, Qt
from qgis.PyQt.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox


class WheelGuard(QObject):
    """Scrolling the page with the mouse wheel passes over a spin box or a list without changing it:
    the wheel turns a value only once the field has been clicked or reached with Tab."""

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            area = watched.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is not None:
                QCoreApplication.sendEvent(area.viewport(), event)  # the page scrolls instead
            return True
        return False


def guard_wheel(root, guard):
    for widget in root.findChildren(QAbstractSpinBox) + root.findChildren(QComboBox):
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(guard)
