"""The checks the QGIS plugin repository (plugins.qgis.org) makes on an uploaded
zip, and the metadata fields this project requires on top of its mandatory ones.

``check_zip(path)`` returns one sentence per problem (empty: the zip passes).
Only what can be checked offline: the repository also fetches the homepage,
tracker and repository addresses, which tests cannot reach.
"""

import configparser
import re
import stat
import sys
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

MAX_BYTES = 25_000_000
# mandatory for plugins.qgis.org, then the ones this project always fills
REPOSITORY_FIELDS = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about",
                     "tracker", "repository")
PROJECT_FIELDS = ("homepage", "category", "tags", "icon", "changelog", "qgisMaximumVersion")
BOOLEAN_FIELDS = ("experimental", "deprecated", "server", "supportsQt6")
URL_FIELDS = ("homepage", "tracker", "repository")
FORBIDDEN_DIRS = {"__MACOSX", ".git", "__pycache__"}
COMPILED_SUFFIXES = (".pyc", ".pyo", ".so", ".pyd", ".dll")
FOLDER_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]+$")
VERSION = re.compile(r"^\d+(\.\d+){1,2}$")


def _version_tuple(text):
    return tuple(int(part) for part in text.split("."))


def check_zip(path) -> list:
    path = Path(path)
    problems = []
    if path.stat().st_size > MAX_BYTES:
        problems.append(f"the zip is larger than {MAX_BYTES // 1_000_000} MB")
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        return problems + ["not a zip file"]
    with archive:
        names = archive.namelist()
        bad = archive.testzip()
        if bad:
            problems.append(f"corrupt member {bad}")
        tops = sorted({name.split("/")[0] for name in names})
        if len(tops) != 1:
            return problems + [f"one top-level folder expected, found {tops}"]
        top = tops[0]
        if not FOLDER_NAME.match(top):
            problems.append(f"top-level folder name {top!r} is not a plain ASCII identifier")
        for info in archive.infolist():
            name = info.filename
            parts = name.rstrip("/").split("/")
            if ".." in parts or name.startswith("/"):
                problems.append(f"{name}: path information is not allowed")
            if FORBIDDEN_DIRS & set(parts):
                problems.append(f"{name}: forbidden folder")
            elif any(part.startswith(".") for part in parts):
                problems.append(f"{name}: hidden file or folder")
            if name.endswith(COMPILED_SUFFIXES):
                problems.append(f"{name}: compiled code is not allowed")
            if stat.S_ISLNK(info.external_attr >> 16):
                problems.append(f"{name}: symbolic link")
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if f"{top}/{required}" not in names:
                problems.append(f"{required} is missing from {top}/")
        if f"{top}/metadata.txt" not in names:
            return problems
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str
        try:
            parser.read_string(archive.read(f"{top}/metadata.txt").decode("utf-8"))
        except (configparser.Error, UnicodeDecodeError) as error:
            return problems + [f"metadata.txt cannot be read: {error}"]
        if not parser.has_section("general"):
            return problems + ["metadata.txt has no [general] section"]
        metadata = dict(parser["general"])
        problems += _check_metadata(metadata, names, top)
    return problems


def _check_metadata(metadata: dict, names, top) -> list:
    problems = [f"metadata field {field} is missing or empty"
                for field in REPOSITORY_FIELDS + PROJECT_FIELDS if not metadata.get(field, "").strip()]
    for field in BOOLEAN_FIELDS:
        if field in metadata and metadata[field].strip().lower() not in ("true", "false", "1", "0", "yes", "no"):
            problems.append(f"metadata field {field} is not a boolean")
    for field in URL_FIELDS:
        parts = urlsplit(metadata.get(field, ""))
        if metadata.get(field) and (parts.scheme not in ("http", "https") or not parts.netloc):
            problems.append(f"metadata field {field} is not a web address")
    if "/" in metadata.get("author", ""):
        problems.append("metadata field author contains a slash")
    if "@" not in metadata.get("email", "@"):
        problems.append("metadata field email is not an e-mail address")
    for field in ("version", "qgisMinimumVersion", "qgisMaximumVersion"):
        if metadata.get(field) and not VERSION.match(metadata[field].strip()):
            problems.append(f"metadata field {field} is not a version number")
    minimum, maximum = metadata.get("qgisMinimumVersion", ""), metadata.get("qgisMaximumVersion", "")
    if VERSION.match(minimum) and VERSION.match(maximum) and _version_tuple(minimum) > _version_tuple(maximum):
        problems.append("qgisMinimumVersion is above qgisMaximumVersion")
    icon = metadata.get("icon", "").strip()
    if icon and f"{top}/{icon.removeprefix('./')}" not in names:
        problems.append(f"the icon {icon} is not in the zip")
    version = metadata.get("version", "").strip()
    if version and metadata.get("changelog") and version not in metadata["changelog"]:
        problems.append(f"the changelog does not mention version {version}")
    return problems


def report(path, problems, success: str) -> int:
    """Print the problems (stderr) or ``success``; the exit code for a command."""
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"{path} ({success})")
    return 0
