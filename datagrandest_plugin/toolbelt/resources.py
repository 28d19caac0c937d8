"""Icons, loaded from their files: compiled Qt resources (pyrcc) do not exist in Qt 6."""

from qgis.PyQt.QtGui import QIcon

from ..__about__ import DIR_PLUGIN_ROOT

ICONS = DIR_PLUGIN_ROOT / "resources" / "icons"


def plugin_icon() -> QIcon:
    return QIcon(str(ICONS / "datagrandest.svg"))
