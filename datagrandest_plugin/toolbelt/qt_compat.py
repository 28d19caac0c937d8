"""The few Qt names whose home differs between Qt 5 (QGIS 3) and Qt 6 (QGIS 4).

``QAction``, ``QActionGroup`` and ``QShortcut`` live in QtWidgets in Qt 5 and in
QtGui in Qt 6; import them from here. ``exec`` is reached through ``qt_exec`` so
the call works on every PyQt. scripts/qa/qt6_check.py keeps the rest of the code
free of Qt5-only constructs.
"""

try:
    from qgis.PyQt.QtGui import QAction, QActionGroup, QShortcut  # Qt 6
except ImportError:
    from qgis.PyQt.QtWidgets import QAction, QActionGroup, QShortcut  # Qt 5

__all__ = ["QAction", "QActionGroup", "QShortcut", "qt_exec"]


def qt_exec(qt_object, *args):
    """``exec()`` of a dialog, menu or event loop, on Qt 5 and Qt 6 alike."""
    run = getattr(qt_object, "exec", None) or getattr(qt_object, "exec_")  # noqa: B009 - exec_ only on old PyQt5 (Qt 6 check)
    return run(*args)

