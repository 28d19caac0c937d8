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
        if not os.environ.get("XDG_RUNTIME_DIR"):  # else Qt prints a warning on stderr
            import tempfile

            os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="dge-runtime-")
        app = QgsApplication([b"datagrandest"], False)
        QgsApplication.setPrefixPath("/usr", True)
        app.initQgis()
    _APP.append(app)
    return app
