from datagrandest_plugin.toolbelt.settings import PlgSettings


def test_defaults_are_the_public_endpoints():
    settings = PlgSettings()
    assert settings.csw_url == "https://www.datagrandest.fr/geonetwork/srv/fre/csw"
    assert settings.wmts_url == "https://www.datagrandest.fr/geoserver/gwc/service/wmts"
    assert settings.d4c_url == "https://www.datagrandest.fr/data4citizen"
    assert settings.legacy_config_url.endswith("/tools/plugin-qgis-datagrandest/config.json")
    for name in PlgSettings.ENDPOINTS:
        assert getattr(settings, name).startswith("https://www.datagrandest.fr/")


def test_environment_overrides_each_field_with_its_type():
    env = {"DGE_CSW_URL": "http://127.0.0.1:9/csw", "DGE_TIMEOUT": "2.5", "DGE_OFFLINE": "oui",
           "DGE_MAX_DOWNLOAD_MB": "3", "DGE_OWS_URL": ""}
    settings = PlgSettings().with_environment(env)
    assert settings.csw_url == "http://127.0.0.1:9/csw"
    assert settings.timeout == 2.5
    assert settings.offline is True
    assert settings.max_download_bytes == 3 * 1024 * 1024
    assert settings.ows_url == PlgSettings().ows_url  # empty variable: default kept


def test_no_password_field_only_authcfg_ids():
    names = [name for name in PlgSettings.__dataclass_fields__]
    assert not [n for n in names if "password" in n or "passwd" in n]
    assert {"authcfg_csw", "authcfg_ows", "authcfg_d4c"} <= set(names)
