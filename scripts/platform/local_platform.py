#!/usr/bin/python3
"""A local DataGrandEst on 127.0.0.1: OGC services, CSW catalogue, D4C, plugin files.

As a module::

    from local_platform import start_platform
    with start_platform(Path("build/local")) as platform:
        platform.urls["wms_url"]   # http://127.0.0.1:PORT/geoserver/wms

As a command::

    /usr/bin/python3 scripts/platform/local_platform.py serve --workdir build/local [--port-file F]

prints the URLs as JSON (and writes them to F), runs until SIGTERM/SIGINT.
``generate --workdir DIR`` only writes the sample data and QGIS projects.

Children (each polled until it answers, bounded by a deadline, and stopped by
``Platform.stop()``; they also get SIGTERM if this process dies):

- ``qgis_mapserver 127.0.0.1:0`` (QGIS Server's development server);
- ``front_server.py``: www.datagrandest.fr's paths (GeoServer, D4C, plugin files);
- ``csw_server.py``: pycsw 3 (its own venv, ``.venv/catalogue``) loaded with ISO 19139
  records naming the front URL, serving CSW 2.0.2 and OGC API – Records.
"""
from __future__ import annotations

import argparse
import ctypes
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
REPO = SCRIPTS.parents[1]
sys.path.insert(0, str(SCRIPTS))

import csw_records
import sample_layers

START_TIMEOUT = 60.0  # seconds, per step; a normal start takes a few seconds
QGIS_MAPSERVER = shutil.which("qgis_mapserver") or "/usr/bin/qgis_mapserver"
DATA_SOURCES = ("sample_data.py", "sample_layers.py", "make_sample_data.py")
PROJECT_SOURCES = DATA_SOURCES + ("qgis_projects.py", "platform_project_sample.py") + tuple(
    f"../../datagrandest_plugin/data/ocs/{p.name}" for p in sorted((REPO / "datagrandest_plugin" / "data" / "ocs").glob("*.qml")))


class PlatformError(RuntimeError):
    pass


@dataclass
class Platform:
    workdir: Path
    urls: dict = field(default_factory=dict)
    run_dir: Path | None = None
    _procs: list = field(default_factory=list)  # (name, Popen, log path)

    def stop(self) -> None:
        """Stop every child (SIGTERM, then SIGKILL after 5 s) and remove the run dir."""
        while self._procs:
            name, proc, _log = self._procs.pop()
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=5)
        if self.run_dir and self.run_dir.exists():
            shutil.rmtree(self.run_dir, ignore_errors=True)

    def processes(self) -> list:
        """The children still to stop (``subprocess.Popen``)."""
        return [proc for _name, proc, _log in self._procs]

    def logs(self) -> dict[str, str]:
        """Tail of each child's log, to explain a failure."""
        return {name: _tail(log) for name, _proc, log in self._procs}

    def __enter__(self) -> "Platform":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


# ----------------------------------------------------------------- helpers

def _python() -> str:
    """An interpreter with GDAL, PyQGIS and the test tools (the repo's venv when there is one)."""
    forced = os.environ.get("DGE_PLATFORM_PYTHON")
    if forced:
        return forced
    venv = REPO / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


CATALOGUE_PYTHON = REPO / ".venv" / "catalogue" / "bin" / "python"


def _catalogue_python() -> str:
    """The interpreter of the catalogue's venv (pycsw 3, scripts/requirements-catalogue.txt)."""
    forced = os.environ.get("DGE_CATALOGUE_PYTHON")
    if forced:
        return forced
    if not CATALOGUE_PYTHON.exists():
        raise PlatformError(f"{CATALOGUE_PYTHON} is missing: `make venv` installs the catalogue server (pycsw 3)")
    return str(CATALOGUE_PYTHON)


def _stamp(names) -> str:
    h = hashlib.sha1()
    for name in names:
        h.update((SCRIPTS / name).read_bytes())
    return h.hexdigest()


def _tail(path: Path, n: int = 3000) -> str:
    try:
        return path.read_text(errors="replace")[-n:]
    except OSError:
        return ""


def _die_with_parent() -> None:  # runs in the child between fork and exec
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def _child_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items()
           if not (k.startswith("QGIS_SERVER_") or k in ("QGIS_PROJECT_FILE", "PYCSW_CONFIG"))}
    env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "ignore",
                "PYTHONDONTWRITEBYTECODE": "1"})
    env.update(extra)
    return env


def _run(args: list[str], what: str, env: dict | None = None) -> None:
    res = subprocess.run(args, env=env or _child_env(), capture_output=True, text=True,
                         timeout=300)
    if res.returncode != 0:
        raise PlatformError(f"{what} failed ({res.returncode}):\n{res.stdout[-2000:]}\n{res.stderr[-3000:]}")


def _wait_for(what: str, check, proc: subprocess.Popen, log: Path, timeout: float = START_TIMEOUT):
    """Poll check() until it returns a truthy value; fail early if proc dies."""
    deadline = time.monotonic() + timeout
    delay = 0.02
    while True:
        value = check()
        if value:
            return value
        if proc.poll() is not None:
            raise PlatformError(f"{what} exited with {proc.returncode}:\n{_tail(log)}")
        if time.monotonic() > deadline:
            raise PlatformError(f"{what} not ready after {timeout:.0f} s:\n{_tail(log)}")
        time.sleep(delay)  # polling interval, grows to 0.2 s
        delay = min(delay * 1.5, 0.2)


def _read_json(path: Path):
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def _http_ok(url: str, needle: bytes = b"") -> bool:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status == 200 and needle in resp.read()
    except OSError:
        return False


# ----------------------------------------------------------------- generation

def ensure_generated(workdir: Path) -> tuple[Path, Path]:
    """Sample data and QGIS projects under workdir, (re)made when missing or stale."""
    workdir.mkdir(parents=True, exist_ok=True)
    data, projects = workdir / "data", workdir / "projects"
    py = _python()
    data_stamp, project_stamp = _stamp(DATA_SOURCES), _stamp(PROJECT_SOURCES)
    if (data / ".stamp").exists() and (data / ".stamp").read_text() == data_stamp:
        pass
    else:
        _run([py, str(SCRIPTS / "make_sample_data.py"), str(data)], "sample data")
        (data / ".stamp").write_text(data_stamp)
        (projects / ".stamp").unlink(missing_ok=True)
    if not ((projects / ".stamp").exists() and (projects / ".stamp").read_text() == project_stamp):
        _run([py, str(SCRIPTS / "qgis_projects.py"), str(data), str(projects)], "QGIS projects",
             _child_env(QGIS_OPTIONS_PATH=str(workdir / "qgis-profile")))
        (projects / ".stamp").write_text(project_stamp)
    return data, projects


# ----------------------------------------------------------------- start

REUSE_VARIABLE = "DGE_PLATFORM_URLS"


def running_platform() -> Platform | None:
    """The platform already serving, named by $DGE_PLATFORM_URLS (the JSON written by
    ``serve --port-file``), or None. `make test-matrix` serves one from the host for
    the suites run in chroots; stopping it is the owner's job, so stop() does nothing."""
    path = os.environ.get(REUSE_VARIABLE)
    if not path:
        return None
    urls = _read_json(Path(path))
    if not urls or "base_url" not in urls:
        raise PlatformError(f"{REUSE_VARIABLE}={path}: no running platform described there")
    workdir = Path(urls.pop("workdir", Path(path).parent))  # where its sample data is (tests read it too)
    return Platform(workdir, urls=urls)


def reuse_or_start_platform(workdir: Path) -> Platform:
    return running_platform() or start_platform(workdir)


def start_platform(workdir: Path, front_port: int = 0, csw_port: int = 0) -> Platform:
    """Generate what is missing in workdir, start every server, wait until each answers.

    Ports default to free ones (0). Raises PlatformError (after stopping what
    started) if a server does not come up.
    """
    workdir = Path(workdir).resolve()
    data, projects = ensure_generated(workdir)
    run_dir = Path(tempfile.mkdtemp(prefix="run-", dir=workdir))
    platform = Platform(workdir, run_dir=run_dir)
    py = _python()

    def spawn(name: str, args: list[str], env: dict) -> tuple[subprocess.Popen, Path]:
        log = run_dir / f"{name}.log"
        with open(log, "wb") as fh:
            proc = subprocess.Popen(args, stdout=fh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    env=env, cwd=run_dir, preexec_fn=_die_with_parent)
        platform._procs.append((name, proc, log))
        return proc, log

    try:
        # 1. QGIS Server: any free port, read back from its banner
        qproc, qlog = spawn("qgis_mapserver", [QGIS_MAPSERVER, "127.0.0.1:0"], _child_env(
            QGIS_SERVER_LOG_LEVEL="1", QGIS_SERVER_LOG_STDERR="1",
            QGIS_OPTIONS_PATH=str(workdir / "qgis-profile")))
        banner = re.compile(rb"listening on http://127\.0\.0\.1:(\d+)")
        qport = _wait_for("qgis_mapserver", lambda: (m := banner.search(qlog.read_bytes())) and m.group(1).decode(),
                          qproc, qlog)
        backend = f"http://127.0.0.1:{qport}"

        # 2. front server
        fport_file = run_dir / "front.json"
        fproc, flog = spawn("front", [py, str(SCRIPTS / "front_server.py"), "--backend", backend,
                                      "--projects", str(projects), "--data", str(data),
                                      "--port", str(front_port), "--port-file", str(fport_file)],
                            _child_env())
        base = _wait_for("front server", lambda: (_read_json(fport_file) or {}).get("base_url"),
                         fproc, flog)

        # 3. CSW, with records naming the front URL
        iso_dir = run_dir / "iso"
        csw_records.write_iso_files(base, iso_dir)
        cport_file = run_dir / "csw.json"
        cproc, clog = spawn("csw", [_catalogue_python(), str(SCRIPTS / "csw_server.py"), "--workdir", str(run_dir / "csw"),
                                    "--records", str(iso_dir), "--port", str(csw_port),
                                    "--port-file", str(cport_file)], _child_env())
        csw_url = _wait_for("pycsw", lambda: (_read_json(cport_file) or {}).get("url"), cproc, clog)
        oarec_url = _read_json(cport_file)["oarec_url"]

        # 4. everything answers (and QGIS Server has loaded each project once)
        checks = [(f"{base}/geoserver/ows?SERVICE=WMS&REQUEST=GetCapabilities", b"WMS_Capabilities", qproc, qlog),
                  (f"{base}/geoserver/wfs?REQUEST=GetCapabilities", b"WFS_Capabilities", qproc, qlog),
                  *[(f"{base}/geoserver/{ws}/wms?REQUEST=GetCapabilities", b"WMS_Capabilities", qproc, qlog)
                    for ws in sample_layers.WORKSPACES],
                  (f"{csw_url}?service=CSW&version=2.0.2&request=GetCapabilities", b"Capabilities", cproc, clog),
                  (f"{oarec_url}/collections", b"metadata:main", cproc, clog),
                  (f"{base}/data4citizen/d4c/api/datasets/1.0/search/?rows=0", b"nhits", fproc, flog)]
        for url, needle, proc, log in checks:
            _wait_for(url, lambda url=url, needle=needle: _http_ok(url, needle), proc, log)
    except BaseException:
        logs = platform.logs()
        platform.stop()
        if logs:
            sys.stderr.write("".join(f"--- {k}\n{v}\n" for k, v in logs.items()))
        raise

    platform.urls = {
        "base_url": base,
        "csw_url": csw_url,
        "oarec_url": oarec_url,
        "d4c_url": f"{base}/data4citizen",
        "ows_url": f"{base}/geoserver/ows",
        "wms_url": f"{base}/geoserver/wms",
        "wfs_url": f"{base}/geoserver/wfs",
        "wmts_url": f"{base}/geoserver/gwc/service/wmts",
        "content_url": f"{base}/tools/plugin-qgis-datagrandest/content.json",
        "legacy_config_url": f"{base}/tools/plugin-qgis-datagrandest/config.json",
        "platform_project_url": f"{base}/tools/plugin-qgis-datagrandest/config-plugin-idg-datagrandest.qgz",
        "qgis_server_url": backend,
    }
    return platform


# ----------------------------------------------------------------- command

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Local DataGrandEst platform on 127.0.0.1")
    sub = ap.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="start everything, print URLs, run until SIGTERM/SIGINT")
    serve.add_argument("--workdir", type=Path, default=REPO / "build" / "local")
    serve.add_argument("--port-file", type=Path, help="also write the URLs (JSON) here")
    serve.add_argument("--port", type=int, default=0, help="front server port (default: any free)")
    serve.add_argument("--csw-port", type=int, default=0, help="CSW port (default: any free)")
    gen = sub.add_parser("generate", help="only write sample data and QGIS projects")
    gen.add_argument("--workdir", type=Path, default=REPO / "build" / "local")
    args = ap.parse_args(argv)

    if args.command == "generate":
        data, projects = ensure_generated(args.workdir.resolve())
        print(json.dumps({"data": str(data), "projects": str(projects)}))
        return 0

    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    platform = start_platform(args.workdir, front_port=args.port, csw_port=args.csw_port)
    try:
        text = json.dumps(platform.urls, indent=1)
        if args.port_file:
            tmp = args.port_file.with_suffix(args.port_file.suffix + ".tmp")
            tmp.write_text(text)
            tmp.replace(args.port_file)
        print(text, flush=True)
        while not stop.wait(1.0):
            if any(proc.poll() is not None for _n, proc, _l in platform._procs):
                sys.stderr.write("a server stopped unexpectedly:\n" + json.dumps(platform.logs(), indent=1))
                return 1
        return 0
    finally:
        platform.stop()
        if args.port_file:
            args.port_file.unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main())
