"""Field types for ``QgsField`` on every QGIS (QVariant.Type before 3.38, QMetaType.Type after)."""


_META_NAMES = {"String": "QString", "Double": "Double", "Int": "Int", "LongLong": "LongLong", "Bool": "Bool",
               "Date": "QDate", "DateTime": "QDateTime"}


def field_type(name: str):
    """A field type for ``QgsField``: ``QMetaType.Type`` where QGIS takes it (3.38+,
    required by Qt 6), ``QVariant.Type`` before. ``name``: String, Double, Int..."""
    from qgis.core import Qgis

    if Qgis.versionInt() >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        return getattr(QMetaType.Type, _META_NAMES[name])
    from qgis.PyQt import QtCore

    return getattr(QtCore.QVariant, name)
