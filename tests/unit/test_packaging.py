"""Packaging rules: CHANGELOG.md (Keep a Changelog) feeds metadata.txt, the zip
checker catches what the QGIS plugin repository refuses, and the layout is the
one qgis-plugin-ci reads."""

import configparser
import re
import zipfile

import pytest

from support import ROOT

import package
from plugin_zip_checks import check_zip

CHANGELOG_SAMPLE = """# Journal

## [Unreleased]

- Ajouté : pas encore publié.

## [1.1.0] - 2026-02-01

- Corrigé : deux.

## [1.0.0] - 2026-01-01

- Ajouté : un.
"""


def metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "datagrandest_plugin" / "metadata.txt", encoding="utf-8")
    return parser["general"]


def test_releases_are_read_newest_first_without_unreleased():
    assert package.releases(CHANGELOG_SAMPLE) == [("1.1.0", "2026-02-01", ["- Corrigé : deux."]),
                                                  ("1.0.0", "2026-01-01", ["- Ajouté : un."])]
    text = package.metadata_changelog(CHANGELOG_SAMPLE, count=1)
    assert text == "    1.1.0 (2026-02-01)\n    - Corrigé : deux."


def test_changelog_is_keep_a_changelog_and_its_latest_release_is_the_plugin_version():
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in text
    released = package.releases(text)
    assert released and released[0][0] == metadata()["version"]
    # qgis-plugin-ci cuts a release's text at the next "##": no sub-headings inside a release
    for heading, body in re.findall(r"^## (.*)\n(.*?)(?=^## |\Z)", text, flags=re.MULTILINE | re.DOTALL):
        assert "##" not in body, heading
    dates = [date for _version, date, _items in released]
    assert dates == sorted(dates, reverse=True)


def test_packaged_metadata_holds_the_changelog_and_source_keeps_one_line_for_qgis_plugin_ci():
    source = (ROOT / "datagrandest_plugin" / "metadata.txt").read_text(encoding="utf-8")
    assert re.search(r"^changelog=$", source, flags=re.MULTILINE)
    assert not re.search(r"^changelog=\n[ \t]+\S", source, flags=re.MULTILINE)  # qgis-plugin-ci replaces one line
    shipped = configparser.ConfigParser(interpolation=None)
    shipped.read_string(package.packaged_metadata().decode("utf-8"))
    assert shipped["general"]["changelog"].strip().startswith(metadata()["version"] + " (")


def test_qgis_plugin_ci_configuration_points_at_the_plugin():
    config = dict(line.split(":", 1) for line in (ROOT / ".qgis-plugin-ci").read_text().splitlines()
                  if line.strip() and not line.startswith("#"))
    plugin_path = ROOT / config["plugin_path"].strip()
    assert (plugin_path / "metadata.txt").is_file() and (plugin_path / "__init__.py").is_file()
    assert (plugin_path.parent / config["changelog_path"].strip()).is_file()


def make_zip(tmp_path, files):
    path = tmp_path / "plugin.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return path


GOOD_METADATA = """[general]
name=Demo
description=d
about=a
version=1.0.0
qgisMinimumVersion=3.22
qgisMaximumVersion=4.99
author=Team
email=team@example.org
homepage=https://example.org
tracker=https://example.org/issues
repository=https://example.org/repo
category=Web
tags=a,b
icon=icon.svg
experimental=False
changelog=
    1.0.0 (2026-01-01)
"""


def good_files():
    return {"demo/__init__.py": "def classFactory(iface): pass\n", "demo/metadata.txt": GOOD_METADATA,
            "demo/LICENSE": "GPL", "demo/icon.svg": "<svg/>"}


def test_a_good_zip_passes(tmp_path):
    assert check_zip(make_zip(tmp_path, good_files())) == []


@pytest.mark.parametrize("change, expected", [
    ({"demo/.hidden": "x"}, "hidden file"),
    ({"demo/__pycache__/a.cpython-311.pyc": "x"}, "forbidden folder"),
    ({"demo/core.pyc": "x"}, "compiled code"),
    ({"other/x.py": ""}, "one top-level folder"),
    ({"demo/LICENSE": None}, "LICENSE is missing"),
    ({"demo/metadata.txt": GOOD_METADATA.replace("tracker=https://example.org/issues\n", "")}, "tracker is missing"),
    ({"demo/metadata.txt": GOOD_METADATA.replace("icon=icon.svg", "icon=none.svg")}, "icon none.svg is not in the zip"),
    ({"demo/metadata.txt": GOOD_METADATA.replace("changelog=\n    1.0.0 (2026-01-01)\n", "changelog=x\n")},
     "does not mention version 1.0.0"),
    ({"demo/metadata.txt": GOOD_METADATA.replace("qgisMinimumVersion=3.22", "qgisMinimumVersion=5.0")},
     "above qgisMaximumVersion"),
    ({"demo/metadata.txt": GOOD_METADATA.replace("homepage=https://example.org", "homepage=example")},
     "homepage is not a web address"),
])
def test_each_refusal_of_the_plugin_repository_is_caught(tmp_path, change, expected):
    files = good_files()
    for name, content in change.items():
        if content is None:
            files.pop(name)
        else:
            files[name] = content
    problems = check_zip(make_zip(tmp_path, files))
    assert any(expected in problem for problem in problems), problems
