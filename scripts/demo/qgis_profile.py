"""A throw-away QGIS profile with the plugin installed and enabled."""

import configparser
import shutil
from pathlib import Path

from package import stage_plugin


def make_profile(profiles_path: Path, locale: str = "fr_FR", plugin_settings: dict = None) -> Path:
    """Create ``profiles_path/profiles/default`` with the staged plugin, QGIS in
    ``locale`` (texts, and dates and numbers), and ``plugin_settings`` stored as
    if the user had typed them in the plugin's options page."""
    profile = Path(profiles_path) / "profiles" / "default"
    if profile.exists():
        shutil.rmtree(profile)
    stage_plugin(profile / "python" / "plugins")
    ini_path = profile / "QGIS" / "QGIS3.ini"
    ini_path.parent.mkdir(parents=True, exist_ok=True)
    ini = configparser.ConfigParser(interpolation=None)
    ini.optionxform = str
    ini["PythonPlugins"] = {"datagrandest_plugin": "true"}
    ini["locale"] = {"userLocale": locale, "overrideFlag": "true", "globalLocale": locale}
    # no tips, no news, no version check: the window opens straight on the map
    ini["qgis"] = {"showTips322": "false", "checkVersion": "false", "allowVersionCheck": "false"}
    ini["core"] = {"NewsFeed\\httpsfeedqgisorg\\disabled": "true"}
    if plugin_settings:
        ini["datagrandest"] = {name: str(value) for name, value in plugin_settings.items()}
    with open(ini_path, "w") as stream:
        ini.write(stream, space_around_delimiters=False)
    return profile
