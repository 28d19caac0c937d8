"""A command-line run that does nothing costs a Python start: no QGIS, no network library imported,
and still in French; the .qm reader it uses says what Qt's own translator says."""

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

from support import ROOT, run_cli

HEAVY = ("qgis", "PyQt5", "PyQt6", "requests", "urllib3", "owslib", "lxml")
# what only a command that runs needs (its context, the settings, a log): ~20 ms of a 60 ms --version
COMMAND_ONLY = ("logging", "dataclasses", "datagrandest_plugin.context", "datagrandest_plugin.commands.context",
                "datagrandest_plugin.toolbelt.settings")

LOADED_AFTER = r"""
import json, sys
from datagrandest_plugin.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
sys.__stdout__.write("\n" + json.dumps(sorted({name.split('.')[0] for name in sys.modules} | set(sys.modules))) + "\n")
"""


def _french(source: str) -> str:
    """The translation of ``source`` in the .ts file (what the translator wrote)."""
    for message in ET.parse(ROOT / "i18n" / "datagrandest_fr.ts").getroot().iter("message"):
        if message.findtext("source") == source:
            return message.findtext("translation")
    raise AssertionError(f"{source!r} is not in the .ts file")


def _loaded(*args, lang="fr_FR.UTF-8"):
    result = subprocess.run([sys.executable, "-c", LOADED_AFTER, *args], cwd=str(ROOT), capture_output=True,
                            text=True, timeout=120, env={**os.environ, "LANG": lang, "LC_ALL": ""})
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.strip().splitlines()[-1])), result.stdout


def _standard_library_loaded():
    """What Python loads for a bare command line (argparse, gettext, locale) before the plugin does anything."""
    code = "import argparse, gettext, json, locale, sys; argparse.ArgumentParser().format_help(); " \
           "print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout))


def test_version_and_help_import_neither_qgis_nor_a_network_library():
    for args in (["--version"], ["--help"], ["search", "--help"], ["layers", "--help"], ["ocs", "--help"]):
        loaded, out = _loaded(*args)
        assert not loaded & set(HEAVY), (args, sorted(loaded & set(HEAVY)))
        assert out.strip()
    standard = _standard_library_loaded()  # Python 3.14's argparse pulls in dataclasses itself
    for args in (["--version"], ["--help"]):
        loaded, _out = _loaded(*args)
        extra = (loaded - standard) & set(COMMAND_ONLY)
        assert not extra, (args, sorted(extra))
        assert "datagrandest_plugin.cli" in loaded  # the check sees the plugin's own modules


def test_help_is_in_french_in_a_french_locale_and_in_english_otherwise():
    source = "check each configured endpoint: reachable, protocol version, latency"
    french = run_cli("--help", env={"LANG": "fr_FR.UTF-8", "LC_ALL": ""})
    assert french.returncode == 0
    words = " ".join(french.stdout.split())  # argparse wraps the lines
    assert _french("DataGrandEst from the command line.") in words
    assert " ".join(_french(source).split()) in words
    english = run_cli("--help", env={"LANG": "en_GB.UTF-8", "LC_ALL": ""})
    assert english.returncode == 0
    assert "DataGrandEst from the command line." in english.stdout


def test_qm_reader_gives_what_qt_gives_for_every_message():
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from datagrandest_plugin.core.i18n import CONTEXT, read_qm
    from datagrandest_plugin.i18n_loader import translation_file

    path = translation_file("fr")
    assert path is not None, "run `make translations`"
    translator = QTranslator()
    assert translator.load(str(path))
    app = QCoreApplication.instance() or QCoreApplication([])
    app.installTranslator(translator)  # QCoreApplication.translate takes UTF-8 (QTranslator's own, ASCII)
    catalogue = read_qm(path.read_bytes())
    sources = {m.findtext("source") for m in ET.parse(ROOT / "i18n" / "datagrandest_fr.ts").getroot().iter("message")}
    assert len(sources) > 100
    try:
        for source in sources | set(catalogue):
            assert (catalogue.get(source) or source) == QCoreApplication.translate(CONTEXT, source), source
    finally:
        app.removeTranslator(translator)


def test_qm_reader_refuses_what_is_not_a_qm_file():
    import pytest

    from datagrandest_plugin.core.i18n import read_qm

    with pytest.raises(ValueError):
        read_qm(b"<TS version='2.1'></TS>")
