"""Credentials stay with their origin, through the command line's transport.

``requests`` knows nothing of QGIS ``authcfg``; ``AuthcfgTransport`` turns the
authcfg a hop carries into the header QGIS's Basic method would add, so the
rule of ``Transport.fetch`` (which hops get the authcfg) is seen on the wire by
two real servers on two ports. tests/qgis/test_qgis_credentials_origin.py runs the
same cases through the QGIS transport with a real QGIS authentication
configuration.
"""

import base64
from dataclasses import replace

import pytest

from support.origin_servers import RecordingServer

from datagrandest_plugin.core.net.credentials import authcfg_for, image_request, is_platform_url, request_for
from datagrandest_plugin.core.errors import BadAnswer
from datagrandest_plugin.core.net.transport import HttpRequest, HttpResponse, Transport, check_status, origin
from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport
from datagrandest_plugin.toolbelt.settings import PlgSettings

AUTHCFG = "abc1234"
BASIC = "Basic " + base64.b64encode(b"alice:S3cr3t").decode()


class AuthcfgTransport(RequestsTransport):
    """What QGIS's auth manager does with a hop's authcfg, for a test without QGIS."""

    def _send(self, hop, deadline, max_bytes, feedback):
        if hop.authcfg == AUTHCFG:
            hop = replace(hop, headers=dict(hop.headers, Authorization=BASIC))
        return super()._send(hop, deadline, max_bytes, feedback)


@pytest.fixture
def servers():
    with RecordingServer() as home, RecordingServer() as other:
        yield home, other


@pytest.fixture
def transport():
    return AuthcfgTransport(timeout=5)


def to(server, path, target):
    return server.url(f"{path}?to={target}")


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirect_to_another_origin_drops_the_credentials_and_headers(servers, transport, status):
    home, other = servers
    request = HttpRequest(to(home, f"/redirect/{status}", other.url("/ok")), authcfg=AUTHCFG,
                          headers={"X-Custom": "secret-ish"})
    assert check_status(transport.fetch(request)).status == 200
    assert home.authorizations() == [BASIC]  # the service itself did get them
    assert [r["path"] for r in other.received] == ["/ok"]
    assert other.authorizations() == [""]
    assert "X-Custom" not in other.received[0]["headers"]


def test_same_origin_redirect_still_authenticates(servers, transport):
    home, _other = servers
    request = HttpRequest(to(home, "/redirect/302", home.url("/ok")), authcfg=AUTHCFG, headers={"X-Custom": "1"})
    assert check_status(transport.fetch(request)).status == 200
    assert home.authorizations() == [BASIC, BASIC]
    assert home.received[1]["headers"].get("X-Custom") == "1"


def test_back_on_the_service_origin_the_credentials_apply_again(servers, transport):
    home, other = servers
    back = to(other, "/redirect/302", home.url("/ok"))
    request = HttpRequest(to(home, "/redirect/302", back), authcfg=AUTHCFG)
    assert check_status(transport.fetch(request)).status == 200
    assert other.authorizations() == [""]
    assert home.authorizations() == [BASIC, BASIC]


@pytest.mark.parametrize("status", [307, 308])
def test_a_post_is_not_sent_again_to_another_origin(servers, transport, status):
    home, other = servers
    request = HttpRequest(to(home, f"/redirect/{status}", other.url("/ok")), method="POST",
                          data=b"<csw:GetRecords/>", headers={"Content-Type": "application/xml"}, authcfg=AUTHCFG)
    with pytest.raises(BadAnswer) as error:
        transport.fetch(request)
    assert other.received == []
    assert "\n" not in error.value.message and ("another server" in error.value.message or "autre serveur" in error.value.message)


def test_a_post_redirected_on_its_own_origin_is_sent_again_with_credentials(servers, transport):
    home, _other = servers
    request = HttpRequest(to(home, "/redirect/307", home.url("/ok")), method="POST", data=b"<q/>", authcfg=AUTHCFG)
    assert check_status(transport.fetch(request)).status == 200
    assert [(r["method"], r["body"]) for r in home.received] == [("POST", b"<q/>"), ("POST", b"<q/>")]
    assert home.authorizations() == [BASIC, BASIC]


def test_https_to_http_drops_the_credentials(servers):
    """The https hop is a stub (no certificate here); the http hop is real."""
    _home, other = servers
    secure = "https://127.0.0.1:9443/ows"

    class StubbedHttps(AuthcfgTransport):
        hops = []

        def _send(self, hop, deadline, max_bytes, feedback):
            self.hops.append(hop)
            if hop.url.startswith("https://"):
                return HttpResponse(url=hop.url, status=302, headers={"location": other.url("/ok")}, content=b"")
            return super()._send(hop, deadline, max_bytes, feedback)

    transport = StubbedHttps(timeout=5)
    request = HttpRequest(secure, authcfg=AUTHCFG, headers={"X-Custom": "1"})
    assert check_status(transport.fetch(request)).status == 200
    assert transport.hops[0].authcfg == AUTHCFG
    assert transport.hops[1].authcfg is None and transport.hops[1].headers == {}
    assert other.authorizations() == [""]


def test_http_on_the_same_host_and_port_as_https_is_another_origin():
    assert origin("https://example.org/a") == "https://example.org:443"
    assert origin("https://example.org:443/b") == origin("https://EXAMPLE.org/c")
    assert origin("http://example.org:443/") != origin("https://example.org/")
    assert origin("http://example.org/") == "http://example.org:80"


def settings_on(home, other, **changes):
    return replace(PlgSettings(), csw_url=home.url("/csw"), ows_url=home.url("/ows"), wms_url=home.url("/wms"),
                   wfs_url=home.url("/wfs"), wmts_url=home.url("/wmts"), d4c_url=home.url("/d4c"),
                   content_url=home.url("/content.json"), legacy_config_url=home.url("/config.json"),
                   portal_url=home.url("/portail"), csw_record_page_url=home.url("/record/{uuid}"),
                   authcfg_ows=AUTHCFG, **changes)


def test_a_legend_from_the_capabilities_on_another_origin_gets_no_credentials(servers, transport):
    home, other = servers
    from datagrandest_plugin.core.ogc.capabilities import parse_capabilities

    settings = settings_on(home, other, third_party_images=True)
    caps = check_status(transport.fetch(request_for(settings, home.url("/caps?legend=") + other.url("/legend.png"))))
    document = parse_capabilities("wms", caps.content, home.url("/caps"))
    legend = document.layers[0].styles[0].legend_url
    assert legend == other.url("/legend.png")
    request = image_request(settings, legend)
    assert request.authcfg is None
    assert check_status(transport.fetch(request)).content.startswith(b"\x89PNG")
    assert home.authorizations() == [BASIC]
    assert other.authorizations() == [""]


def test_images_on_other_hosts_only_when_allowed(servers):
    home, other = servers
    assert image_request(settings_on(home, other), other.url("/legend.png")) is None
    assert image_request(settings_on(home, other, third_party_images=True), other.url("/legend.png")) is not None
    own = image_request(settings_on(home, other), home.url("/wms?REQUEST=GetLegendGraphic"))
    assert own is not None and own.authcfg == AUTHCFG
    assert PlgSettings().third_party_images is False
    assert PlgSettings().with_environment({"DGE_THIRD_PARTY_IMAGES": "1"}).third_party_images is True


def test_authcfg_for_a_link_follows_its_origin(servers):
    home, other = servers
    settings = settings_on(home, other, authcfg_d4c="d4c0001")
    settings = replace(settings, d4c_url=other.url("/d4c"))
    assert authcfg_for(settings, home.url("/geoserver/ows?SERVICE=WMS")) == AUTHCFG
    assert authcfg_for(settings, other.url("/d4c/api/records")) == "d4c0001"
    assert authcfg_for(settings, "http://127.0.0.1:1/ows") == ""
    assert is_platform_url(settings, other.url("/x")) and not is_platform_url(settings, "http://127.0.0.1:1/x")


def test_every_request_carries_the_user_agent(servers):
    home, _other = servers
    check_status(RequestsTransport(timeout=5).fetch(HttpRequest(home.url("/ok"))))
    assert home.received[0]["headers"].get("User-Agent") == "QGIS-DataGrandEst-plugin"


def test_a_plain_transport_sends_no_authorization_of_its_own(servers):
    home, other = servers
    check_status(Transport.fetch(RequestsTransport(timeout=5), HttpRequest(to(home, "/redirect/302", other.url("/ok")),
                                                                           authcfg=AUTHCFG)))
    assert home.authorizations() == [""] and other.authorizations() == [""]
