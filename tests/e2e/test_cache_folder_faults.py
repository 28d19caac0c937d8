"""A cache folder that is full, read-only or impossible to create changes no
answer of the command line (`layers`, `webinars`, `search`): the network's
answer is used, the folder's problem is logged once, the exit code is 0.

The full folder is a 64 KiB tmpfs, the read-only one a read-only bind mount
(root ignores permission bits, so chmod would prove nothing). Both need
mount(8) as root; without it those cases are skipped with the reason."""

import json
import os
import subprocess
from pathlib import Path

import pytest

from support import platform_variables, run_cli
from support.content_server import ContentServer

from datagrandest_plugin.core.community.source import BUNDLED_FILE

KINDS = ("full", "read-only", "missing")


def _mount(*args):
    return subprocess.run(["mount", *args], capture_output=True, text=True)


@pytest.fixture
def broken_folder(request, tmp_path):
    kind = request.param
    folder = tmp_path / "cache"
    folder.mkdir()
    if kind == "missing":  # under a file: it can never be created
        blocker = tmp_path / "a-file"
        blocker.write_text("not a folder")
        yield blocker / "cache"
        return
    if os.geteuid() != 0:
        pytest.skip("mounting a full or read-only folder needs root")
    if kind == "full":
        done = _mount("-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder))
    else:
        done = _mount("--bind", str(folder), str(folder))
        if done.returncode == 0:
            done = _mount("-o", "remount,ro,bind", str(folder))
            if done.returncode != 0:
                _mount_cleanup(folder)
    if done.returncode != 0:
        pytest.skip(f"mount failed here: {done.stderr.strip()}")
    try:
        if kind == "full":
            handle = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
            try:
                while True:
                    os.write(handle, b"x" * 4096)
            except OSError:
                pass
            finally:
                os.close(handle)
            with pytest.raises(OSError):
                (folder / "probe").write_bytes(b"x" * 8192)
        else:
            with pytest.raises(OSError):
                (folder / "probe").write_text("x")
        yield folder
    finally:
        _mount_cleanup(folder)


def _mount_cleanup(folder: Path):
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@pytest.fixture(scope="module")
def content_server():
    document = json.loads(BUNDLED_FILE.read_text(encoding="utf-8"))
    document["webinars"][0]["title"] += " (copie du réseau)"  # unlike the bundled copy, to tell them apart
    with ContentServer(json.dumps(document, ensure_ascii=False).encode("utf-8")) as server:
        yield server


def commands(local_platform, content_server):
    return {
        "layers": (["layers", "--type", "wms", "--json"], {}),
        "webinars": (["webinars", "--from", "2000-01-01", "--count", "3", "--json"],
                     {"DGE_CONTENT_URL": content_server.url}),
        "search": (["search", "ocs", "--source", "csw", "--json"], {}),
    }


@pytest.mark.parametrize("broken_folder", KINDS, indirect=True)
@pytest.mark.parametrize("command", ["layers", "webinars", "search"])
def test_a_broken_cache_folder_changes_no_answer(command, broken_folder, local_platform, content_server, tmp_path):
    args, extra = commands(local_platform, content_server)[command]
    good_env = dict(platform_variables(local_platform, tmp_path / "writable"), **extra)
    expected = run_cli(*args, env=good_env)
    assert expected.returncode == 0, expected.stderr
    if command == "webinars":
        assert "(copie du réseau)" in expected.stdout
    result = run_cli(*args, env=dict(good_env, DGE_CACHE_DIR=str(broken_folder)))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == json.loads(expected.stdout)
    assert "Erreur inattendue" not in result.stderr and "Traceback" not in result.stderr
    problem = [line for line in result.stderr.splitlines() if str(broken_folder) in line]
    assert len(problem) == 1, result.stderr  # logged once, however many writes failed
