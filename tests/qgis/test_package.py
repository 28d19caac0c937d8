"""`make package` builds a zip that QGIS installs from "Install from ZIP" and loads.

With $DGE_PACKAGE_ZIP (set by `make test-matrix`) the zip under test is that one,
built once on the host and installed in each QGIS version; otherwise it is built here."""

import json
import os
import subprocess
import sys
import zipfile

import pytest

from support import ROOT

sys.path[:0] = [str(ROOT / "scripts" / d) for d in ("platform", "qa", "release", "demo", "bench")]
import package
from plugin_zip_checks import check_zip


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    given = os.environ.get("DGE_PACKAGE_ZIP")
    if given:
        return given
    return package.make_zip(tmp_path_factory.mktemp("dist") / "datagrandest_plugin.zip")


def test_zip_holds_the_plugin_and_nothing_else(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert all(name.startswith("datagrandest_plugin/") for name in names)
    for required in ("metadata.txt", "__init__.py", "resources/icons/datagrandest.svg", "i18n/datagrandest_fr.qm", "LICENSE"):
        assert f"datagrandest_plugin/{required}" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc") or "/." in n]
    assert not [n for n in names if n.endswith(".ts")]
    listed = package.resource_files()
    assert listed and all(name in names for name in listed)  # every image resources.qrc lists ships


def test_zip_passes_the_plugin_repository_checks(plugin_zip):
    assert check_zip(plugin_zip) == []


def test_zip_holds_the_user_guide_with_every_picture_it_shows(plugin_zip):
    import re

    archive = zipfile.ZipFile(plugin_zip)
    names = set(archive.namelist())
    for page in ("guide-utilisateur.md", "formateurs.md", "format-contenus.md", "scenario-exemple.json"):
        assert f"datagrandest_plugin/help/{page}" in names
    for page in ("guide-utilisateur.md", "formateurs.md"):
        text = archive.read(f"datagrandest_plugin/help/{page}").decode("utf-8")
        for image in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text):
            assert f"datagrandest_plugin/help/{image}" in names, image


def test_qgis_installs_the_zip_and_loads_the_plugin(plugin_zip, tmp_path):
    from qgis.core import Qgis

    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "support" / "load_packaged_plugin.py"), str(plugin_zip), str(tmp_path / "profile")],
        capture_output=True, text=True, timeout=120, cwd=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    observed = json.loads(result.stdout.strip().splitlines()[-1])
    assert observed["qgis_version"] == Qgis.QGIS_VERSION
    assert observed["plugin_folder"] == "datagrandest_plugin"
    assert observed["compatible"], "metadata.txt's version range excludes this QGIS"
    assert observed["available"] and observed["loaded"] and observed["started"] and observed["unloaded"]
    assert observed["module_file"].startswith(observed["plugins_dir"])
    assert observed["plugins_dir"].startswith(str(tmp_path / "profile"))
    assert observed["name"] == "DataGrandEst"
    # the guide opens from the installed plugin, offline, with its pictures
    assert observed["help_page"].startswith(observed["plugins_dir"])
    assert observed["help_title"] == "Guide d'utilisation de l'extension DataGrandEst"
    assert observed["help_images"] >= 8 and observed["help_images_missing"] == []
    # the compiled French translation inside the zip is used
    assert "Vérifier les services" in observed["action_texts"]
