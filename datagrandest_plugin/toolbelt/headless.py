"""A QgsApplication without a window, for the command line."""

import os

_APP = []


def _private_temp_folder() -> str:
    """One temporary folder for this run, QGIS's own temporary files inside it (Qt reads TMPDIR),
    removed when the command ends: a day of command-line runs leaves nothing in /tmp."""
    import atexit
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="dge-cli-")
    os.environ["TMPDIR"] = folder
    tempfile.tempdir = None  # Python's own tempfile follows too
    atexit.register(shutil.rmtree, folder, True)
    return folder


def headless_qgis():
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is not None and _APP:
        return _APP[0]
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        scratch = _private_temp_folder()
        if not os.environ.get("XDG_RUNTIME_DIR"):  # else Qt prints a warning on stderr
            runtime = os.path.join(scratch, "runtime")
            os.makedirs(runtime, mode=0o700)
            os.environ["XDG_RUNTIME_DIR"] = runtime
        app = QgsApplication([b"datagrandest"], False)
        QgsApplication.setPrefixPath("/usr", True)
        app.initQgis()
    _APP.append(app)
    return app
