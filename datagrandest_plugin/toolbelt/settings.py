"""Typed plugin settings over ``QgsSettings``.

Every endpoint of the platform is a setting whose default is the public
DataGrandEst address; each can be overridden by an environment variable
``DGE_<NAME>`` (tests, trainers, scripts), which wins over the stored value.
Only ``authcfg`` ids are stored, never a password.
"""

import logging
import math
import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

from ..core.geo_boxes import LAMBERT_93

SETTINGS_PREFIX = "datagrandest"

SITE = "https://www.datagrandest.fr"


@dataclass
class PlgSettings:
    csw_url: str = f"{SITE}/geonetwork/srv/fre/csw"
    csw_record_page_url: str = f"{SITE}/geonetwork/srv/fre/catalog.search#/metadata/{{uuid}}"
    d4c_url: str = f"{SITE}/data4citizen"
    # how the GeoNetwork catalogue is asked: "csw" (CSW 2.0.2 at csw_url) or "oarec" (OGC API – Records at oarec_url)
    catalogue_protocol: str = "csw"
    oarec_url: str = f"{SITE}/geonetwork/ogcapi-records"
    ows_url: str = f"{SITE}/geoserver/ows"
    wms_url: str = f"{SITE}/geoserver/wms"
    wfs_url: str = f"{SITE}/geoserver/wfs"
    wmts_url: str = f"{SITE}/geoserver/gwc/service/wmts"
    content_url: str = f"{SITE}/tools/plugin-qgis-datagrandest/content.json"
    legacy_config_url: str = f"{SITE}/tools/plugin-qgis-datagrandest/config.json"
    # the curated QGIS project of the platform (IDG plugin family), .qgz or .qgs
    platform_project_url: str = f"{SITE}/tools/plugin-qgis-datagrandest/config-plugin-idg-datagrandest.qgz"
    portal_url: str = f"{SITE}/portail/fr"
    timeout: float = 30.0
    cache_lifetime_hours: float = 24.0
    max_download_mb: int = 64
    default_crs: str = LAMBERT_93
    offline: bool = False
    # legends and thumbnails on hosts that are not the platform's (DGE_THIRD_PARTY_IMAGES)
    third_party_images: bool = False
    # WFS layers take their server's style (WMS GetStyles) (DGE_SERVER_STYLES)
    server_styles: bool = True
    cache_dir: str = ""  # empty: inside the active QGIS profile
    data_dir: str = ""  # favourites and other user data; empty: inside the active QGIS profile
    authcfg_csw: str = ""
    authcfg_ows: str = ""
    authcfg_d4c: str = ""
    authcfg_content: str = ""

    # Names of the endpoint fields, in the order the doctor checks them.
    ENDPOINTS = ("csw_url", "oarec_url", "ows_url", "wmts_url", "d4c_url", "content_url", "legacy_config_url")

    def service_url(self, kind: str) -> str:
        """The address of one OGC service: its own setting, else the OWS address it derives from.

        WMS and WFS derive from ``ows_url`` (GeoServer's ``/ows`` answers every
        service) unless set on their own: a value other than the public default,
        or the public default while ``ows_url`` is the public one too. WCS has
        no setting of its own. WMTS (GeoWebCache) has its own address."""
        if kind in ("ows", "wcs"):
            return self.ows_url
        if kind == "wmts":
            return self.wmts_url
        own = getattr(self, f"{kind}_url", "")
        default = getattr(PlgSettings, f"{kind}_url", "")
        if own and (own != default or self.ows_url == PlgSettings.ows_url):
            return own
        return self.ows_url

    @classmethod
    def env_name(cls, name: str) -> str:
        return "DGE_" + name.upper()

    def with_environment(self, environ=None) -> "PlgSettings":
        environ = os.environ if environ is None else environ
        changes = {}
        for field in fields(self):
            value = environ.get(self.env_name(field.name))
            if value is not None and value != "":
                changes[field.name] = checked_value(field, value, self.env_name(field.name))
        return replace(self, **changes)

    @property
    def cache_lifetime_seconds(self) -> float:
        return self.cache_lifetime_hours * 3600.0

    @property
    def max_download_bytes(self) -> int:
        return int(self.max_download_mb) * 1024 * 1024

    def cache_directory(self) -> Path:
        return _profile_path(self.cache_dir, ("cache", SETTINGS_PREFIX), "XDG_CACHE_HOME", ".cache")

    def data_directory(self) -> Path:
        return _profile_path(self.data_dir, (SETTINGS_PREFIX,), "XDG_DATA_HOME", ".local/share")

    def favourites_path(self) -> Path:
        return self.data_directory() / "favourites.json"


def _profile_path(explicit: str, inside_profile: tuple, xdg_variable: str, xdg_default: str) -> Path:
    """``explicit``, else a folder of the active QGIS profile, else the XDG folder."""
    if explicit:
        return Path(explicit)
    try:
        from qgis.core import QgsApplication

        if QgsApplication.instance() is not None:
            return Path(QgsApplication.qgisSettingsDirPath()).joinpath(*inside_profile)
    except ImportError:
        pass
    base = os.environ.get(xdg_variable) or str(Path.home() / xdg_default)
    return Path(base) / SETTINGS_PREFIX


_TRUE = ("1", "true", "yes", "oui", "on")
_FALSE = ("0", "false", "no", "non", "off")
# Accepted ranges of the numeric settings; outside, the default is used.
LIMITS = {
    "timeout": lambda v: 0 < v <= 3600,
    "cache_lifetime_hours": lambda v: 0 <= v <= 24 * 366,
    "max_download_mb": lambda v: 1 <= v <= 4096,
    "catalogue_protocol": lambda v: v in ("csw", "oarec"),
}
LOG = logging.getLogger("datagrandest")
_warned = set()


def _convert(kind, value):
    """``value`` (text from the environment or the QGIS settings) as ``kind``; ValueError when it is not one."""
    kind = kind if isinstance(kind, str) else getattr(kind, "__name__", str(kind))
    text = str(value).strip()
    if kind == "bool":
        if text.lower() in _TRUE:
            return True
        if text.lower() in _FALSE:
            return False
        raise ValueError(text)
    if kind in ("float", "int"):
        number = float(text)
        if not math.isfinite(number) or (kind == "int" and not number.is_integer()):
            raise ValueError(text)
        return int(number) if kind == "int" else number
    return str(value)


def reset_warnings() -> None:
    """Log each wrong value again from now on, as in a new session."""
    _warned.clear()


def checked_value(field, value, origin: str):
    """``value`` converted for ``field``, or the field's default with one warning in the log
    (``DGE_TIMEOUT=abc``, ``timeout="30 s"`` in QGIS3.ini, ``DGE_MAX_DOWNLOAD_MB=-1``)."""
    try:
        converted = _convert(field.type, value)
        converted = converted.strip().lower() if field.name == "catalogue_protocol" else converted
        if field.name in LIMITS and not LIMITS[field.name](converted):
            raise ValueError(converted)
        return converted
    except (TypeError, ValueError):
        key = (origin, str(value))
        if key not in _warned:  # once per wrong value, not at each panel action
            _warned.add(key)
            from ..core.i18n import tr

            LOG.warning(tr("Setting {name} ({origin}): “{value}” is not valid; the default value {default} is used.")
                        .format(name=field.name, origin=origin, value=str(value)[:60], default=field.default))
        return field.default


class PlgOptionsManager:
    """Read and write ``PlgSettings`` in the QGIS profile's settings."""

    @staticmethod
    def get_plg_settings(use_environment: bool = True) -> PlgSettings:
        settings = PlgSettings()
        try:
            from qgis.core import QgsSettings

            store = QgsSettings()
        except ImportError:
            store = None
        if store is not None:
            store.beginGroup(SETTINGS_PREFIX)
            changes = {}
            for field in fields(settings):
                if store.contains(field.name):
                    changes[field.name] = checked_value(field, store.value(field.name), "QGIS")
            store.endGroup()
            settings = replace(settings, **changes)
        return settings.with_environment() if use_environment else settings

    @staticmethod
    def environment_value(name: str, environ=None):
        """The DGE_<NAME> override of a field, or None when there is none."""
        environ = os.environ if environ is None else environ
        return environ.get(PlgSettings.env_name(name)) or None

    @staticmethod
    def set_value(name: str, value) -> None:
        from qgis.core import QgsSettings

        if name not in {f.name for f in fields(PlgSettings)}:
            raise KeyError(name)
        store = QgsSettings()
        store.setValue(f"{SETTINGS_PREFIX}/{name}", value)

    @staticmethod
    def reset() -> None:
        from qgis.core import QgsSettings

        store = QgsSettings()
        store.remove(SETTINGS_PREFIX)
