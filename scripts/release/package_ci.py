"""`make package-ci`: build the zip with qgis-plugin-ci, as a CI release job would,
and check it like `make package`'s own.

qgis-plugin-ci pulls PyQt5 from PyPI, which must not shadow Debian's in the
test venv (QGIS would break), so it gets its own venv: build/venv-qgis-plugin-ci.
It packages what git holds (commit first) plus what is built, not versioned
(the compiled translation, the guide's copy in help/), given as assets.
"""

import argparse
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(Path(__file__).resolve().parents[1] / d) for d in ("platform", "qa", "release", "demo", "bench")]

import package
from plugin_zip_checks import check_zip, report

VENV = ROOT / "build" / "venv-qgis-plugin-ci"
TOOL = "qgis-plugin-ci==2.10.0"


def tool() -> Path:
    stamp = VENV / ".installed"
    if not stamp.is_file() or stamp.read_text() != TOOL:
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)
        subprocess.run([str(VENV / "bin" / "python"), "-m", "pip", "install", "-q", TOOL], check=True)
        stamp.write_text(TOOL)
    return VENV / "bin" / "qgis-plugin-ci"


def version() -> str:
    for line in (ROOT / package.PACKAGE / "metadata.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    raise SystemExit("no version in metadata.txt")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--allow-uncommitted-changes", action="store_true")
    args = parser.parse_args(argv)
    release = version()
    package.build_generated()
    command = [str(tool()), "package", release]
    for generated in package.generated_files():  # built, not in git: given as assets
        command += ["-a", str(generated.relative_to(ROOT))]
    if args.allow_uncommitted_changes:
        command.append("-c")
    subprocess.run(command, cwd=ROOT, check=True)
    built = ROOT / f"{package.PACKAGE}.{release}.zip"
    target = ROOT / "dist" / built.name
    target.parent.mkdir(exist_ok=True)
    built.replace(target)
    problems = check_zip(target)
    ours = {inside.as_posix() for inside, _content in package.plugin_entries()}
    theirs = set(zipfile.ZipFile(target).namelist())
    if ours != theirs:
        problems.append(f"files differ from make package's zip: only in ours {sorted(ours - theirs)}, "
                        f"only in qgis-plugin-ci's {sorted(theirs - ours)}")
    return report(target, problems, "qgis-plugin-ci; passes the plugin repository checks, same files as make package")


if __name__ == "__main__":
    sys.exit(main())
