"""Build the installable plugin: a folder ``datagrandest_plugin/`` holding the
Python package, ``metadata.txt``, the icons and the compiled translations.

``python scripts/package.py --output dist/datagrandest_plugin-X.Y.Z.zip``
makes the zip QGIS installs ("Install from ZIP"); ``stage_plugin`` lays the
same folder out for the demo and ``make run`` profiles.
"""

import argparse
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "datagrandest_plugin"
EXCLUDED_DIRS = {"__pycache__"}
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".ts", ".orig", ".rej"}


def build_generated():
    """Compiled translations, rebuilt from their sources (icons ship as files: no pyrcc in Qt 6)."""
    (ROOT / PACKAGE / "i18n").mkdir(exist_ok=True)
    for ts in sorted((ROOT / "i18n").glob("*.ts")):
        qm = ROOT / PACKAGE / "i18n" / (ts.stem + ".qm")
        subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)


def plugin_files():
    """(source path, path inside the zip) of every file the plugin ships."""
    source = ROOT / PACKAGE
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if path.is_dir() or any(part.startswith(".") or part in EXCLUDED_DIRS for part in relative.parts):
            continue
        if path.suffix in EXCLUDED_SUFFIXES:
            continue
        yield path, Path(PACKAGE) / relative
    yield ROOT / "metadata.txt", Path(PACKAGE) / "metadata.txt"
    for extra in ("LICENSE",):
        if (ROOT / extra).is_file():
            yield ROOT / extra, Path(PACKAGE) / extra


def stage_plugin(plugins_dir: Path) -> Path:
    """Copy the plugin folder into ``plugins_dir`` (replacing an older copy)."""
    build_generated()
    target = Path(plugins_dir) / PACKAGE
    if target.exists():
        shutil.rmtree(target)
    for source, inside in plugin_files():
        destination = Path(plugins_dir) / inside
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, destination)
    return target


def make_zip(output: Path) -> Path:
    build_generated()
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for source, inside in plugin_files():
            archive.write(source, inside.as_posix())
    return output


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", required=True)
    args = parser.parse_args()
    path = make_zip(Path(args.output))
    with zipfile.ZipFile(path) as archive:
        count = len(archive.namelist())
    print(f"{path} ({count} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
