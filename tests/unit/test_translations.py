"""Every user-visible string has its French translation, and it is used."""

import subprocess
import sys

from support import ROOT


def test_every_string_is_translated():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "release" / "i18n_update.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_compiled_translation_is_loaded_by_qt():
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from datagrandest_plugin.core.i18n import tr
    from datagrandest_plugin.i18n_loader import translation_file

    path = translation_file("fr")
    assert path is not None, "run `make translations`"
    app = QCoreApplication.instance() or QCoreApplication([])
    translator = QTranslator()
    assert translator.load(str(path))
    app.installTranslator(translator)
    try:
        assert tr("connection refused") == "connexion refusée"
    finally:
        app.removeTranslator(translator)
