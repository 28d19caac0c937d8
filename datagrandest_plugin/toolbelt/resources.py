"""Icons, loaded from their files: compiled Qt resources (pyrcc) do not exist in Qt 6."""

from pathlib import Path

from qgis.PyQt.QtGui import QIcon

DIR_PLUGIN_ROOT = Path(__file__).resolve().parent.parent

ICONS = DIR_PLUGIN_ROOT / "resources" / "icons"


def plugin_icon() -> QIcon:
    return QIcon(str(ICONS / "datagrandest.svg"))
