"""The fault suite (see scripts/qa/fault_matrix.py): every fault against the
catalogue, the capabilities, the D4C client and the content file, through
the command line's transport and through QGIS's (in a QgsTask)."""

import pytest

import fault_matrix


@pytest.fixture(scope="module")
def canned(local_platform):
    return fault_matrix.canned_bodies(local_platform.urls)


@pytest.mark.parametrize("fault", fault_matrix.FAULTS)
@pytest.mark.parametrize("client", fault_matrix.CLIENTS)
@pytest.mark.parametrize("transport", fault_matrix.TRANSPORTS)
def test_fault(transport, client, fault, canned, qgis_app, french, tmp_path):
    outcome = fault_matrix.run_case(client, fault, canned, tmp_path, transport)
    assert outcome.ok, f"{outcome.problem} — {outcome.message!r}"
    # French, not the English source string
    assert not fault_matrix.ENGLISH.search(outcome.message), outcome.message
