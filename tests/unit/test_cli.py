"""The command line as a user runs it: a real process, real exit codes."""

import json
import time

from support import run_cli

from datagrandest_plugin.__about__ import __version__

CLOSED = "http://127.0.0.1:1"


def closed_endpoints():
    return ["--csw-url", f"{CLOSED}/csw", "--ows-url", f"{CLOSED}/ows", "--wmts-url", f"{CLOSED}/wmts",
            "--d4c-url", f"{CLOSED}/d4c", "--content-url", f"{CLOSED}/content.json"]


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"DataGrandEst {__version__}"


def test_usage_error_is_one_french_sentence_exit_2():
    result = run_cli("doctor", "--no-such-option")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("Ligne de commande invalide")
    assert "Traceback" not in result.stderr


def test_unknown_command_and_bad_timeout_are_usage_errors():
    assert run_cli("nonsense").returncode == 2
    result = run_cli("doctor", "--timeout", "-1")
    assert result.returncode == 2 and "délai" in result.stderr


def test_doctor_on_closed_ports_exits_3_with_one_sentence():
    result = run_cli("doctor", *closed_endpoints(), env={"DGE_LEGACY_CONFIG_URL": f"{CLOSED}/config.json"})
    assert result.returncode == 3
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "en échec" in result.stderr
    assert "connexion refusée" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_global_options_before_or_after_the_command_give_the_same_answer():
    env = {"DGE_LEGACY_CONFIG_URL": f"{CLOSED}/config.json"}
    after = run_cli("doctor", *closed_endpoints(), "--json", env=env)
    before = run_cli("--json", *closed_endpoints(), "doctor", env=env)
    strip = lambda out: [(c["service"], c["url"], c["reachable"]) for c in json.loads(out)]  # noqa: E731 - a one-line helper read where it is used
    assert after.returncode == before.returncode == 3
    assert strip(after.stdout) == strip(before.stdout)
    assert {c[1] for c in strip(after.stdout)} >= {f"{CLOSED}/csw", f"{CLOSED}/ows"}


def test_environment_variables_configure_endpoints():
    env = {"DGE_CSW_URL": f"{CLOSED}/from-env", "DGE_LEGACY_CONFIG_URL": f"{CLOSED}/config.json"}
    result = run_cli("doctor", "--json", env=env)
    urls = [c["url"] for c in json.loads(result.stdout)]
    assert f"{CLOSED}/from-env" in urls


def test_timeout_bounds_a_dripping_server(fault_server):
    drip = fault_server.url("/drip")
    started = time.monotonic()
    result = run_cli("doctor", "--timeout", "1", "--csw-url", drip, "--ows-url", drip, "--wmts-url", drip,
                     "--d4c-url", drip, "--content-url", drip, env={"DGE_LEGACY_CONFIG_URL": drip})
    assert result.returncode == 3
    assert time.monotonic() - started < 20  # the drip lasts 60 s
    assert "n'a pas répondu en 1 secondes" in result.stdout


def test_offline_never_contacts_the_server(fault_server):
    url = fault_server.url("/ok.xml")
    before = fault_server.hits("/ok.xml")
    result = run_cli("doctor", "--offline", "--csw-url", url, "--ows-url", url, "--wmts-url", url,
                     "--d4c-url", url, "--content-url", url, env={"DGE_LEGACY_CONFIG_URL": url})
    assert result.returncode == 3 and "hors ligne" in result.stdout.lower()
    assert fault_server.hits("/ok.xml") == before


def test_authentication_required_exits_4(fault_server):
    url = fault_server.url("/401")
    result = run_cli("doctor", "--csw-url", url, "--ows-url", url, "--wmts-url", url, "--d4c-url", url,
                     "--content-url", url, env={"DGE_LEGACY_CONFIG_URL": url})
    assert result.returncode == 4
    assert "authentification" in result.stderr + result.stdout


def run_into_closed_pipe(*args):
    """The command's output goes to a reader that is already gone (`... | true`), with Python's
    own buffering (no PYTHONUNBUFFERED): what is left in the buffer is written at exit."""
    import os
    import subprocess
    import sys

    from support import ROOT

    read_end, write_end = os.pipe()
    os.close(read_end)
    env = {key: value for key, value in os.environ.items() if key != "PYTHONUNBUFFERED"}
    env["DGE_OFFLINE"] = "1"
    try:
        return subprocess.run([sys.executable, "-m", "datagrandest_plugin", *args], cwd=str(ROOT), env=env,
                              stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write_end)


def test_a_reader_gone_before_the_last_write_ends_quietly():
    for args in (["--version"], ["trainings"]):
        result = run_into_closed_pipe(*args)
        assert (args, result.returncode) == (args, 0)
        assert "BrokenPipe" not in result.stderr and "Exception ignored" not in result.stderr
