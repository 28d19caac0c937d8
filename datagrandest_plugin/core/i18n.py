"""Translation hook usable from core code (no widgets, works without QGIS).

Source strings are English; French comes from the compiled .ts file when a
translator is installed (by the plugin, or by the command line).
"""

CONTEXT = "DataGrandEst"

try:
    from qgis.PyQt.QtCore import QCoreApplication
except ImportError:  # pragma: no cover - plain Python without Qt
    QCoreApplication = None


def tr(text: str) -> str:
    if QCoreApplication is None:
        return text
    return QCoreApplication.translate(CONTEXT, text)
