"""Build the installable plugin: a folder ``datagrandest_plugin/`` holding the
Python package, its ``metadata.txt`` (with the changelog taken from
CHANGELOG.md), the icons, the compiled translations, the user guide (docs/,
copied to ``help/``) and the LICENSE.

``python scripts/release/package.py --output dist/datagrandest_plugin-X.Y.Z.zip``
makes the zip QGIS installs ("Install from ZIP") and fails when it does not
pass the QGIS plugin repository's checks (scripts/release/plugin_zip_checks.py);
``stage_plugin`` lays the same folder out for the demo and ``make run`` profiles.

The layout is also the one ``qgis-plugin-ci package`` expects (.qgis-plugin-ci:
plugin_path is the package, metadata.txt inside it, CHANGELOG.md beside it).
"""

import argparse
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "datagrandest_plugin"
EXCLUDED_DIRS = {"__pycache__"}
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".ts", ".orig", ".rej"}
CHANGELOG = ROOT / "CHANGELOG.md"
DOCS = ROOT / "docs"
CHANGELOG_ENTRIES = 3  # versions shown in QGIS's plugin manager
RELEASE_HEADING = re.compile(r"^## \[?(\d+\.\d+\.\d+)\]? - (\d{4}-\d{2}-\d{2})\s*$")


def help_sources():
    """The user guide as shipped: docs/'s pages, example files and pictures."""
    return sorted(DOCS.glob("*.md")) + sorted(DOCS.glob("*.json")) + sorted((DOCS / "images").glob("*.png"))


def build_generated():
    """Compiled translations and the guide's copy in help/, rebuilt from their sources
    (icons ship as files: no pyrcc in Qt 6). Both are generated, not versioned."""
    (ROOT / PACKAGE / "i18n").mkdir(exist_ok=True)
    for ts in sorted((ROOT / "i18n").glob("*.ts")):
        qm = ROOT / PACKAGE / "i18n" / (ts.stem + ".qm")
        subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
    help_dir = ROOT / PACKAGE / "help"
    if help_dir.exists():
        shutil.rmtree(help_dir)
    for source in help_sources():
        target = help_dir / source.relative_to(DOCS)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)


def generated_files():
    """The files build_generated() makes inside the package (assets for qgis-plugin-ci)."""
    package = ROOT / PACKAGE
    return sorted((package / "i18n").glob("*.qm")) + sorted(p for p in (package / "help").rglob("*") if p.is_file())


def releases(markdown: str):
    """[(version, date, [lines])] of the released versions of a Keep-a-Changelog file,
    newest first ("Unreleased" and other headings are not releases)."""
    found, current = [], None
    for line in markdown.splitlines():
        if line.startswith("## "):
            match = RELEASE_HEADING.match(line)
            current = (match.group(1), match.group(2), []) if match else None
            if current:
                found.append(current)
        elif current is not None and line.strip():
            current[2].append(line.strip())
    return found


def metadata_changelog(markdown: str, count: int = CHANGELOG_ENTRIES) -> str:
    """The ``changelog=`` value: the latest releases, one indented line each."""
    lines = []
    for version, date, items in releases(markdown)[:count]:
        lines.append(f"{version} ({date})")
        lines.extend(items)
    return "\n".join("    " + line for line in lines)


def packaged_metadata() -> bytes:
    """metadata.txt as shipped: its ``changelog=`` line filled from CHANGELOG.md."""
    text = (ROOT / PACKAGE / "metadata.txt").read_text(encoding="utf-8")
    changelog = metadata_changelog(CHANGELOG.read_text(encoding="utf-8"))
    text, count = re.subn(r"^changelog=.*$", lambda _m: "changelog=\n" + changelog, text, flags=re.MULTILINE)
    if count != 1:
        raise SystemExit("metadata.txt needs exactly one `changelog=` line")
    return text.encode("utf-8")


def plugin_entries():
    """(path inside the zip, bytes) of every file the plugin ships."""
    source = ROOT / PACKAGE
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if path.is_dir() or any(part.startswith(".") or part in EXCLUDED_DIRS for part in relative.parts):
            continue
        if path.suffix in EXCLUDED_SUFFIXES:
            continue
        inside = Path(PACKAGE) / relative
        if relative == Path("metadata.txt"):
            yield inside, packaged_metadata()
        else:
            yield inside, path.read_bytes()
    for extra in ("LICENSE",):
        if (ROOT / extra).is_file():
            yield Path(PACKAGE) / extra, (ROOT / extra).read_bytes()


def stage_plugin(plugins_dir: Path) -> Path:
    """Copy the plugin folder into ``plugins_dir`` (replacing an older copy)."""
    build_generated()
    target = Path(plugins_dir) / PACKAGE
    if target.exists():
        shutil.rmtree(target)
    for inside, content in plugin_entries():
        destination = Path(plugins_dir) / inside
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(content)
    return target


def resource_files():
    """Paths inside the zip of the images resources.qrc lists."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ROOT / "resources.qrc").getroot()
    return [Path(element.text.strip()).as_posix() for element in root.iter("file")]


def make_zip(output: Path) -> Path:
    build_generated()
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for inside, content in plugin_entries():
            # a fixed date and plain file permissions: the same sources give the same zip
            info = zipfile.ZipInfo(inside.as_posix(), date_time=(2020, 1, 1, 0, 0, 0))
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    return output


def main():
    from plugin_zip_checks import check_zip, report

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", required=True)
    args = parser.parse_args()
    path = make_zip(Path(args.output))
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    missing = [f"{name}: listed in resources.qrc, not in the zip" for name in resource_files() if name not in names]
    return report(path, check_zip(path) + missing, f"{len(names)} files, passes the plugin repository checks")


if __name__ == "__main__":
    sys.path[:0] = [str(Path(__file__).resolve().parents[1] / d) for d in ("platform", "qa", "release", "demo", "bench")]
    sys.exit(main())
