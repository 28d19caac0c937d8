"""A throw-away QGIS profile with the plugin installed and enabled."""

import configparser
import shutil
from pathlib import Path

from package import stage_plugin


def make_profile(profiles_path: Path, locale: str = "fr_FR") -> Path:
    """Create ``profiles_path/profiles/default`` with the staged plugin."""
    profile = Path(profiles_path) / "profiles" / "default"
    if profile.exists():
        shutil.rmtree(profile)
    stage_plugin(profile / "python" / "plugins")
    ini_path = profile / "QGIS" / "QGIS3.ini"
    ini_path.parent.mkdir(parents=True, exist_ok=True)
    ini = configparser.ConfigParser(interpolation=None)
    ini.optionxform = str
    ini["PythonPlugins"] = {"datagrandest_plugin": "true"}
    ini["locale"] = {"userLocale": locale, "overrideFlag": "true"}
    # no tips, no news, no version check: the window opens straight on the map
    ini["qgis"] = {"showTips322": "false", "checkVersion": "false", "allowVersionCheck": "false"}
    ini["core"] = {"NewsFeed\\httpsfeedqgisorg\\disabled": "true"}
    with open(ini_path, "w") as stream:
        ini.write(stream, space_around_delimiters=False)
    return profile
