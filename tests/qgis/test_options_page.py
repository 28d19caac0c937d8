"""The plugin's page in QGIS's Options dialog: every setting, restore defaults,
clear cache, a connection test per address with QGIS's authentication."""

import base64
import threading
from dataclasses import fields
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig

from datagrandest_plugin.core.net.cache import DiskCache
from datagrandest_plugin.gui.settings.options_factory import OptionsPageFactory
from datagrandest_plugin.gui.settings.options_page import OptionsPage
from datagrandest_plugin.toolbelt.settings import PlgOptionsManager, PlgSettings
from support.community import wait_until
from support.options_page import endpoint_button, result_label

CSW_CAPABILITIES = (b'<?xml version="1.0"?><csw:Capabilities xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" '
                    b'version="2.0.2"/>')


@pytest.fixture
def clean_settings(qgis_app):
    PlgOptionsManager.reset()
    yield
    PlgOptionsManager.reset()


@pytest.fixture
def page(clean_settings, monkeypatch):
    # the suite's own DGE_* folders would be shown as set by the environment (read-only)
    monkeypatch.delenv("DGE_CACHE_DIR")
    monkeypatch.delenv("DGE_DATA_DIR")
    widget = OptionsPage()
    yield widget
    widget.cancel_tests()
    widget.deleteLater()


def wait_for(signal, count=1):
    received = []
    signal.connect(lambda *args: received.append(args))
    assert wait_until(lambda: len(received) >= count, signal, bound_ms=60000), "no answer"
    return received


def basic_auth_config(user="agent", password="s3cret"):
    manager = QgsApplication.authManager()
    manager.setPasswordHelperEnabled(False)
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("dge-test-master", True)
    config = QgsAuthMethodConfig()
    config.setName(f"dge-test-{user}")
    config.setMethod("Basic")
    config.setConfig("username", user)
    config.setConfig("password", password)
    stored = manager.storeAuthenticationConfig(config)
    if isinstance(stored, tuple):  # newer QGIS returns (ok, config)
        assert stored[0]
        config = stored[1]
    else:
        assert stored
    assert config.id()
    return config.id()


def test_factory_names_the_page_and_creates_it_without_network(qgis_app, clean_settings):
    from datagrandest_plugin.core.net.transport import Transport

    factory = OptionsPageFactory()
    assert factory.title() == "DataGrandEst"
    assert not factory.icon().isNull()
    before = Transport.request_count
    widget = factory.createWidget(None)
    assert Transport.request_count == before
    assert isinstance(widget, OptionsPage) and widget.objectName() == "DataGrandEstOptionsPage"
    widget.deleteLater()


def test_every_setting_has_a_widget_showing_its_stored_value(page):
    defaults = PlgSettings()
    for field in fields(PlgSettings):
        assert page.editor(field.name) is not None
        assert page.value(field.name) == getattr(defaults, field.name), field.name


def test_ok_saves_every_field_and_the_plugin_reads_them(page, tmp_path):
    auth_id = basic_auth_config()
    typed = {
        "csw_url": "http://127.0.0.1:9/geonetwork/srv/fre/csw",
        "d4c_url": "http://127.0.0.1:9/data4citizen",
        "ows_url": "http://127.0.0.1:9/geoserver/ows",
        "wmts_url": "http://127.0.0.1:9/geoserver/gwc/service/wmts",
        "content_url": "http://127.0.0.1:9/content.json",
        "timeout": 12.0,
        "cache_lifetime_hours": 2.5,
        "max_download_mb": 20,
        "default_crs": "EPSG:3948",
        "offline": True,
        "third_party_images": True,
        "cache_dir": str(tmp_path / "cache"),
        "data_dir": str(tmp_path / "data"),
        "authcfg_csw": auth_id,
        "authcfg_ows": auth_id,
    }
    for name, value in typed.items():
        page.set_value(name, value)
        assert page.value(name) == value, name
    page.apply()
    stored = PlgOptionsManager.get_plg_settings(use_environment=False)
    for name, value in typed.items():
        assert getattr(stored, name) == value, name
    assert stored.authcfg_d4c == "" and stored.wms_url == PlgSettings().wms_url


def test_restore_defaults_shows_them_and_ok_saves_them(page):
    PlgOptionsManager.set_value("csw_url", "http://127.0.0.1:9/csw")
    PlgOptionsManager.set_value("timeout", 5.0)
    page = OptionsPage()
    assert page.value("csw_url") == "http://127.0.0.1:9/csw" and page.value("timeout") == 5.0
    page.restore_defaults()
    assert page.value("csw_url") == PlgSettings().csw_url and page.value("timeout") == PlgSettings().timeout
    # nothing saved before OK
    assert PlgOptionsManager.get_plg_settings(use_environment=False).csw_url == "http://127.0.0.1:9/csw"
    page.apply()
    assert PlgOptionsManager.get_plg_settings(use_environment=False) == PlgSettings()


def test_an_address_that_is_not_http_is_not_saved(page):
    page.set_value("csw_url", "javascript:alert(1)")
    page.set_value("d4c_url", "http://127.0.0.1:9/d4c")
    page.apply()
    stored = PlgOptionsManager.get_plg_settings(use_environment=False)
    assert stored.csw_url == PlgSettings().csw_url
    assert stored.d4c_url == "http://127.0.0.1:9/d4c"


def test_environment_overrides_are_announced(clean_settings, monkeypatch, french):
    monkeypatch.setenv("DGE_CSW_URL", "http://127.0.0.1:9/csw")
    page = OptionsPage()
    assert not page.environment_note.isHidden()
    assert "csw_url (DGE_CSW_URL)" in page.environment_note.text()
    assert page.environment_note.text().startswith("Des variables d'environnement")
    # the field shows the value in use (issue 14), read-only; OK keeps the stored one
    assert page.value("csw_url") == "http://127.0.0.1:9/csw"
    page.apply()
    assert PlgOptionsManager.get_plg_settings(use_environment=False).csw_url == PlgSettings().csw_url


def test_clear_cache_deletes_the_cached_answers(page):
    cache = DiskCache(PlgOptionsManager.get_plg_settings().cache_directory())
    cache.clear()  # what earlier tests cached
    cache.write("http://127.0.0.1:9/a", b"a", "http://127.0.0.1:9/a")
    cache.write("http://127.0.0.1:9/b", b"b", "http://127.0.0.1:9/b")
    page.clear_cache_button.click()
    assert cache.read("http://127.0.0.1:9/a") is None and cache.read("http://127.0.0.1:9/b") is None
    assert page.cache_status.text().startswith("2 ")


class _BasicAuthCsw(BaseHTTPRequestHandler):
    expected = "Basic " + base64.b64encode(b"agent:s3cret").decode()

    def do_GET(self):
        if self.headers.get("Authorization") != self.expected:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="dge"')
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(CSW_CAPABILITIES)))
        self.end_headers()
        self.wfile.write(CSW_CAPABILITIES)

    def log_message(self, *args):
        pass


@pytest.fixture
def protected_csw():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _BasicAuthCsw)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/csw"
    server.shutdown()
    server.server_close()


def test_connection_test_uses_the_authentication_chosen_in_qgis_selector(page, protected_csw, french):
    page.set_value("csw_url", protected_csw)
    page.test_endpoint("csw_url")
    assert not endpoint_button(page, "csw_url").isEnabled()  # running in the background
    (name, check), = wait_for(page.test_finished)
    assert name == "csw_url" and not check.reachable and check.auth_required
    assert result_label(page, "csw_url").text().startswith("✗ ")

    page.editor("authcfg_csw").setConfigId(basic_auth_config())
    page.test_endpoint("csw_url")
    (name, check), = wait_for(page.test_finished)
    assert check.reachable, check.message
    assert check.protocol == "CSW 2.0.2"
    assert result_label(page, "csw_url").text().startswith("✓ CSW 2.0.2")
    assert endpoint_button(page, "csw_url").isEnabled()
