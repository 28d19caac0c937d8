"""QGIS 4 readiness: the plugin holds no construct that Qt 6 / PyQt6 removed.

The checker (scripts/qa/qt6_check.py) is itself tested: each rule must catch its
construct in a snippet, and the Qt 6-proof spelling must pass."""

import configparser

import pytest

from support import ROOT

import qt6_check


def test_plugin_and_qgis_run_scripts_hold_no_qt5_only_construct():
    problems = qt6_check.check_paths(qt6_check.DEFAULT_TARGETS)
    assert problems == [], "\n".join(problems)


def test_metadata_declares_qt6_support():
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(ROOT / "datagrandest_plugin" / "metadata.txt", encoding="utf-8")
    assert metadata["general"]["supportsQt6"] == "True"


QT5_ONLY = [
    ("from PyQt5.QtCore import Qt\n", "import from qgis.PyQt"),
    ("import PyQt5.QtWidgets\n", "import from qgis.PyQt"),
    ("import sip\n", "import from qgis.PyQt"),
    ("from . import resources_rc\n", "compiled resources"),
    ("from qgis.PyQt.QtWidgets import QAction\n", "moved from QtWidgets to QtGui"),
    ("from qgis.PyQt.QtCore import QRegExp\n", "QRegExp is removed"),
    ("from qgis.PyQt.QtWidgets import QDesktopWidget\n", "QDesktopWidget is removed"),
    ("from qgis.PyQt.QtWidgets import qApp\nqApp.quit()\n", "qApp is removed"),
    ("dialog.exec_()\n", "exec_() is removed"),
    ("QApplication.desktop().screenGeometry()\n", "desktop() is removed"),
    ("layout.setMargin(0)\n", "setMargin() is removed"),
    ("proxy.setFilterRegExp('a')\n", "setFilterRegExp() is removed"),
    ("w.fontMetrics().width('abc')\n", "horizontalAdvance"),
    ("combo.activated[str].connect(f)\n", "overloaded on str"),
    ("from qgis.PyQt.QtCore import Qt\nx = Qt.AlignLeft\n", "write Qt.AlignmentFlag.AlignLeft"),
    ("from qgis.PyQt.QtWidgets import QDialog\nok = r == QDialog.Accepted\n", "write QDialog.DialogCode.Accepted"),
    ("from qgis.PyQt import QtCore\nx = QtCore.Qt.UserRole\n", "write QtCore.Qt.ItemDataRole.UserRole"),
    ("from qgis.core import QgsTask\nf = QgsTask.CanCancel\n", "write QgsTask.Flag.CanCancel"),
    ("from qgis.core import Qgis\nlevel = Qgis.Warning\n", "write Qgis.MessageLevel.Warning"),
    ("def f():\n    return Qt.Vertical\nfrom qgis.PyQt.QtCore import Qt\n", "write Qt.Orientation.Vertical"),
    ("from qgis.PyQt.QtCore import QVariant\nt = QVariant.Int\n", "use QMetaType.Type"),
]


@pytest.mark.parametrize("source, expected", QT5_ONLY, ids=[s.strip().splitlines()[-1][:40] for s, _ in QT5_ONLY])
def test_each_qt5_only_construct_is_caught(source, expected):
    messages = [message for _line, message in qt6_check.check_source(source)]
    assert any(expected in message for message in messages), messages


QT6_PROOF = """
from qgis.core import Qgis, QgsTask
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt, QRegularExpression
from qgis.PyQt.QtWidgets import QDialog, QSizePolicy

from .toolbelt.qt_compat import QAction, qt_exec

x = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
ok = qt_exec(dialog) == QDialog.DialogCode.Accepted
policy = QSizePolicy.Policy.Expanding
level = Qgis.MessageLevel.Warning
flag = QgsTask.Flag.CanCancel
loop.exec()
w.fontMetrics().horizontalAdvance("abc")
combo.textActivated.connect(f)
layout.setContentsMargins(0, 0, 0, 0)
"""


def test_qt6_proof_spellings_pass():
    assert qt6_check.check_source(QT6_PROOF) == []


def test_command_line_fails_on_a_bad_file(tmp_path, capsys):
    bad = tmp_path / "bad.py"
    bad.write_text("from qgis.PyQt.QtCore import Qt\nx = Qt.Horizontal\n", encoding="utf-8")
    assert qt6_check.main([str(bad)]) == 1
    assert "bad.py:2: Qt.Horizontal" in capsys.readouterr().out
    good = tmp_path / "good.py"
    good.write_text("from qgis.PyQt.QtCore import Qt\nx = Qt.Orientation.Horizontal\n", encoding="utf-8")
    assert qt6_check.main([str(good)]) == 0
