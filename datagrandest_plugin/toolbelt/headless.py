"""A QgsApplication without a window, for the command line."""

import os

_APP = []


def headless_qgis():
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is not None and _APP:
        return _APP[0]
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QgsApplication([b"datagrandest"], False)
        QgsApplication.setPrefixPath("/usr", True)
        app.initQgis()
    _APP.append(app)
    return app
