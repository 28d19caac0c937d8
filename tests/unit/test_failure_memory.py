"""An address that just did not answer is not waited on again for a minute:
the same kind of error at once, with the time of the attempt."""

import pytest

from datagrandest_plugin.core.errors import HostNotAllowed, ServiceTimeout, ServiceUnreachable
from datagrandest_plugin.core.net.transport import HttpRequest, Transport, check_status
from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport

CLOSED = "http://127.0.0.1:1/csw"


def test_a_refused_address_fails_at_once_the_second_time_without_a_new_attempt():
    transport = RequestsTransport(timeout=2)
    before = Transport.request_count
    with pytest.raises(ServiceUnreachable) as first:
        transport.fetch(HttpRequest(CLOSED, {"REQUEST": "GetRecords"}))
    with pytest.raises(ServiceUnreachable) as second:
        transport.fetch(HttpRequest(CLOSED, {"REQUEST": "GetRecordById"}))  # same address, other query
    assert Transport.request_count == before + 1
    assert second.value.message.startswith(first.value.message)
    assert "Last attempt at" in second.value.message or "Dernière tentative à" in second.value.message
    assert Transport.retry_in("http://127.0.0.1:1/anything") > 0


def test_a_timeout_is_remembered_as_a_timeout(fault_server):
    transport = RequestsTransport(timeout=1)
    hits = fault_server.hits("/hang")
    for _ in range(2):
        with pytest.raises(ServiceTimeout):
            transport.fetch(HttpRequest(fault_server.url("/hang")))
    assert fault_server.hits("/hang") == hits + 1


def test_other_addresses_of_the_server_and_answers_with_an_error_status_are_not_remembered(fault_server):
    transport = RequestsTransport(timeout=1)
    with pytest.raises(ServiceTimeout):
        transport.fetch(HttpRequest(fault_server.url("/hang")))
    assert check_status(transport.fetch(HttpRequest(fault_server.url("/ok.xml")))).status == 200
    hits = fault_server.hits("/500")
    for _ in range(2):
        assert transport.fetch(HttpRequest(fault_server.url("/500"))).status == 500
    assert fault_server.hits("/500") == hits + 2


def test_forgetting_contacts_the_address_again():
    transport = RequestsTransport(timeout=2)
    before = Transport.request_count
    with pytest.raises(ServiceUnreachable):
        transport.fetch(HttpRequest(CLOSED))
    Transport.forget_failures(CLOSED)
    assert Transport.retry_in(CLOSED) == 0
    with pytest.raises(ServiceUnreachable) as again:
        transport.fetch(HttpRequest(CLOSED))
    assert Transport.request_count == before + 2
    assert "Last attempt" not in again.value.message and "Dernière tentative" not in again.value.message


def test_offline_mode_and_the_host_guard_are_not_failures_of_the_server():
    with pytest.raises(ServiceUnreachable):
        RequestsTransport(offline=True).fetch(HttpRequest(CLOSED))
    with pytest.raises(HostNotAllowed):
        RequestsTransport().fetch(HttpRequest("http://example.org/csw"))
    assert Transport.retry_in(CLOSED) == 0 and Transport.retry_in("http://example.org/csw") == 0
