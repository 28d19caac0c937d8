"""The command line reads the addresses it is given, exits 4 on authentication, ends quietly on a closed pipe."""

import json
import subprocess
import sys

from support import ROOT, run_cli

# none of the user's or the suite's own addresses: only the options of each run count
CLEAN = {"DGE_WMS_URL": "", "DGE_WFS_URL": "", "DGE_OWS_URL": "", "DGE_WMTS_URL": "", "DGE_OFFLINE": ""}


def test_layers_reads_the_ows_url_it_is_given(local_platform, tmp_path):
    ows = local_platform.urls["ows_url"]
    result = run_cli("layers", "--ows-url", ows, "--type", "wms", "--type", "wfs", "--json",
                     env={**CLEAN, "DGE_CACHE_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    layers = json.loads(result.stdout)
    assert {layer["type"] for layer in layers} == {"wms", "wfs"}
    assert any(layer["name"].endswith("commune_actuelle") for layer in layers)
    assert "datagrandest.fr" not in result.stderr


def test_wms_url_and_wfs_url_options(local_platform, fault_server, tmp_path):
    ows = local_platform.urls["ows_url"]
    result = run_cli("layers", "--ows-url", ows, "--wfs-url", fault_server.url("/401"), "--json",
                     "--type", "wms", "--type", "wfs", env={**CLEAN, "DGE_CACHE_DIR": str(tmp_path)})
    assert result.returncode == 0  # the WMS answered
    assert {layer["type"] for layer in json.loads(result.stdout)} == {"wms"}
    assert "127.0.0.1" in result.stderr and "WFS" in result.stderr
    alone = run_cli("layers", "--wms-url", fault_server.url("/401"), "--type", "wms",
                    env={**CLEAN, "DGE_CACHE_DIR": str(tmp_path)})
    assert alone.returncode == 4


def test_search_exits_4_when_the_catalogue_wants_authentication(fault_server, tmp_path):
    result = run_cli("search", "ocs", "--source", "csw", "--csw-url", fault_server.url("/401"),
                     env={**CLEAN, "DGE_CACHE_DIR": str(tmp_path)})
    assert result.returncode == 4, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_closed_pipe_ends_quietly(local_platform, tmp_path):
    command = [sys.executable, "-m", "datagrandest_plugin", "layers", "--ows-url", local_platform.urls["ows_url"],
               "--json"]
    env = {**__import__("os").environ, **CLEAN, "DGE_CACHE_DIR": str(tmp_path)}
    process = subprocess.Popen(command, cwd=str(ROOT), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.read(5)
    process.stdout.close()  # what `| head -c 5` does
    stderr = process.stderr.read().decode("utf-8", "replace")
    assert process.wait(timeout=120) == 0
    assert "BrokenPipe" not in stderr and "Erreur" not in stderr and "Traceback" not in stderr
