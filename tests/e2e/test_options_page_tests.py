"""Each address of the options page is tested against the local DataGrandEst,
in background tasks, and bad answers come back as one French sentence."""

import pytest

from datagrandest_plugin.core.checks import FIELD_CHECKS
from datagrandest_plugin.core.net.transport import Transport
from datagrandest_plugin.gui.settings.options_page import OptionsPage
from datagrandest_plugin.toolbelt.settings import PlgOptionsManager
from support.community import wait_until
from support.options_page import result_label


@pytest.fixture
def page(qgis_app):
    PlgOptionsManager.reset()
    widget = OptionsPage()
    yield widget
    widget.cancel_tests()
    widget.deleteLater()
    PlgOptionsManager.reset()


def run_tests(page, names):
    results = {}
    page.test_finished.connect(lambda name, outcome: results.__setitem__(name, outcome))
    for name in names:
        page.test_endpoint(name)
    assert wait_until(lambda: set(results) == set(names), page.test_finished, bound_ms=90000), results
    return results


def test_every_address_of_the_local_platform_passes_its_test(page, local_platform, french):
    for name in FIELD_CHECKS:
        page.set_value(name, local_platform.urls[name])
    before = Transport.request_count
    results = run_tests(page, list(FIELD_CHECKS))
    assert Transport.request_count - before == len(FIELD_CHECKS)
    for name, check in results.items():
        assert check.reachable, (name, check.message)
        assert result_label(page, name).text().startswith("✓ "), name
    assert results["csw_url"].protocol == "CSW 2.0.2"
    assert results["wfs_url"].protocol.startswith("WFS")
    assert results["wmts_url"].protocol.startswith("WMTS")
    assert results["d4c_url"].protocol.startswith("API D4C 1.0")


def test_bad_answers_are_one_french_sentence(page, fault_server, french):
    page.set_value("csw_url", fault_server.url("/html"))
    page.set_value("ows_url", fault_server.url("/302-login"))
    page.set_value("content_url", fault_server.url("/invalid-json"))
    page.set_value("wmts_url", "http://127.0.0.1:1/wmts")
    page.set_value("wms_url", "ftp://127.0.0.1/wms")
    results = run_tests(page, ["csw_url", "ows_url", "content_url", "wmts_url"])
    for name, check in results.items():
        assert not check.reachable, name
        text = result_label(page, name).text()
        assert text.startswith("✗ ") and "Traceback" not in text and "\n" not in text, text
    assert results["ows_url"].auth_required
    page.test_endpoint("wms_url")  # not a web address: refused at once, nothing sent
    assert result_label(page, "wms_url").text() == "Ce n'est pas une adresse web (http ou https)."
