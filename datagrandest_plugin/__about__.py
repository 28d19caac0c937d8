"""Plugin identity, read from metadata.txt so the version lives in one place."""

import configparser
from pathlib import Path

DIR_PLUGIN_ROOT = Path(__file__).resolve().parent


def _metadata_path() -> Path:
    return DIR_PLUGIN_ROOT / "metadata.txt"


def _read_metadata() -> dict:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(_metadata_path(), encoding="utf-8")
    return dict(parser["general"])


__metadata__ = _read_metadata()
__title__ = __metadata__["name"]
__version__ = __metadata__["version"]
__summary__ = __metadata__["description"]
__uri_homepage__ = __metadata__["homepage"]
__uri_tracker__ = __metadata__["tracker"]
__icon_path__ = DIR_PLUGIN_ROOT / __metadata__["icon"]
SLUG = "datagrandest"
