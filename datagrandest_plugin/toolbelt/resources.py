"""Icons: from the compiled Qt resources when packaged, else from the files."""

from pathlib import Path

from qgis.PyQt.QtGui import QIcon

DIR_PLUGIN_ROOT = Path(__file__).resolve().parent.parent

try:
    from .. import resources_rc  # noqa: F401 - registers ":/plugins/datagrandest/..."

    _PREFIX = ":/plugins/datagrandest/"
except ImportError:
    _PREFIX = None


def plugin_icon() -> QIcon:
    if _PREFIX is not None:
        return QIcon(_PREFIX + "icon.svg")
    return QIcon(str(DIR_PLUGIN_ROOT / "resources" / "icons" / "datagrandest.svg"))
