"""The command-line transport against the real fault server."""

import time

import pytest

from datagrandest_plugin.core.errors import (
    AuthenticationRequired,
    BadAnswer,
    Cancelled,
    HostNotAllowed,
    ResponseTooLarge,
    ServiceTimeout,
    ServiceUnreachable,
)
from datagrandest_plugin.core.net.transport import CancelToken, HttpRequest, Transport, check_status, redact_url
from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport


@pytest.fixture
def transport():
    return RequestsTransport(timeout=1.5, max_bytes=4 * 1024 * 1024)


def fetch_checked(transport, url, **kwargs):
    return check_status(transport.fetch(HttpRequest(url, **kwargs)))


def test_good_answer_and_request_counter(transport, fault_server):
    before = Transport.request_count
    response = fetch_checked(transport, fault_server.url("/ok.xml"), params={"SERVICE": "WMS"})
    assert b"WMS_Capabilities" in response.content
    assert response.status == 200 and response.content_type == "application/xml"
    assert Transport.request_count == before + 1


def test_drip_is_bounded_by_the_whole_request_deadline(transport, fault_server):
    started = time.monotonic()
    with pytest.raises(ServiceTimeout) as error:
        transport.fetch(HttpRequest(fault_server.url("/drip")))
    # the drip lasts 60 s: only a whole-request deadline ends it this early
    assert time.monotonic() - started < 10
    assert "1.5" in error.value.message


def test_authentication_is_recognised(transport, fault_server):
    with pytest.raises(AuthenticationRequired):
        fetch_checked(transport, fault_server.url("/401"))
    with pytest.raises(AuthenticationRequired, match="login"):
        fetch_checked(transport, fault_server.url("/302-login"))


def test_redirects_are_followed_but_guarded(transport, fault_server):
    assert b"WMS_Capabilities" in fetch_checked(transport, fault_server.url("/302-ok")).content
    with pytest.raises(HostNotAllowed):
        transport.fetch(HttpRequest(fault_server.url("/302-outside")))


@pytest.mark.parametrize("path, fragment", [("/404-nothing", "404"), ("/500", "500"), ("/503", "120")])
def test_error_statuses_are_sentences(transport, fault_server, path, fragment):
    with pytest.raises(BadAnswer) as error:
        fetch_checked(transport, fault_server.url(path))
    assert fragment in error.value.message
    assert "Traceback" not in error.value.message


def test_size_bound(transport, fault_server):
    with pytest.raises(ResponseTooLarge):
        transport.fetch(HttpRequest(fault_server.url("/huge")))


def test_truncated_answer(transport, fault_server):
    with pytest.raises(ServiceUnreachable, match="cut off"):
        transport.fetch(HttpRequest(fault_server.url("/truncated")))


def test_closed_port_and_foreign_host(transport):
    with pytest.raises(ServiceUnreachable, match="refused"):
        transport.fetch(HttpRequest("http://127.0.0.1:1/csw"))
    with pytest.raises(HostNotAllowed):
        transport.fetch(HttpRequest("https://www.datagrandest.fr/geoserver/ows"))


def test_offline_mode_sends_nothing(fault_server):
    before = fault_server.hits("/ok.xml")
    with pytest.raises(ServiceUnreachable, match="Offline"):
        RequestsTransport(offline=True).fetch(HttpRequest(fault_server.url("/ok.xml")))
    assert fault_server.hits("/ok.xml") == before


def test_cancel_interrupts_a_dripping_request(fault_server):
    token = CancelToken()
    transport = RequestsTransport(timeout=30)
    import threading

    threading.Timer(0.3, token.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        transport.fetch(HttpRequest(fault_server.url("/drip")), token)
    assert time.monotonic() - started < 5


def test_redact_url_hides_credentials():
    url = "https://user:s3cret@www.example.org/ows?SERVICE=WMS&password=hunter2&token=abc"
    redacted = redact_url(url)
    assert "s3cret" not in redacted and "hunter2" not in redacted and "abc" not in redacted
    assert "SERVICE=WMS" in redacted
