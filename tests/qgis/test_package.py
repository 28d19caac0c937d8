"""`make package` builds a zip that QGIS loads from a plugins folder."""

import json
import subprocess
import sys
import zipfile

import pytest

from support import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import package  # noqa: E402


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    return package.make_zip(tmp_path_factory.mktemp("dist") / "datagrandest_plugin.zip")


def test_zip_holds_the_plugin_and_nothing_else(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert all(name.startswith("datagrandest_plugin/") for name in names)
    for required in ("metadata.txt", "__init__.py", "resources/icons/datagrandest.svg", "i18n/datagrandest_fr.qm", "LICENSE"):
        assert f"datagrandest_plugin/{required}" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc") or "/." in n]
    assert not [n for n in names if n.endswith(".ts")]


def test_qgis_loads_the_unzipped_plugin(plugin_zip, tmp_path):
    plugins = tmp_path / "plugins"
    zipfile.ZipFile(plugin_zip).extractall(plugins)
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "support" / "load_packaged_plugin.py"), str(plugins), str(tmp_path / "profile")],
        capture_output=True, text=True, timeout=120, cwd=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    observed = json.loads(result.stdout.strip().splitlines()[-1])
    assert observed["available"] and observed["loaded"] and observed["started"] and observed["unloaded"]
    assert observed["module_file"].startswith(str(plugins))
    assert observed["name"] == "DataGrandEst"
    # the compiled French translation inside the zip is used
    assert "Vérifier les services" in observed["action_texts"]
