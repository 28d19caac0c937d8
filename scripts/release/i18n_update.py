"""Keep i18n/datagrandest_fr.ts in step with the code.

Every user-visible string goes through ``tr("...")`` (context "DataGrandEst").
This script finds those calls with Python's ``ast``, adds new strings to the
.ts file as unfinished, drops the ones no longer used and keeps every existing
translation. ``--check`` changes nothing and fails when a string is missing or
unfinished (run by the test suite).
"""

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "datagrandest_plugin"
TS_FILE = ROOT / "i18n" / "datagrandest_fr.ts"
CONTEXT = "DataGrandEst"


def source_strings():
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name != "tr":
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, f"{path.relative_to(ROOT)}:{node.lineno}")
            else:
                raise SystemExit(f"{path}:{node.lineno}: tr() needs a literal string")
    return found


def read_ts():
    if not TS_FILE.exists():
        return {}
    translations = {}
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        unfinished = translation is not None and translation.get("type") in ("unfinished", "vanished", "obsolete")
        translations[source] = (translation.text or "") if translation is not None and not unfinished else None
    return translations


def write_ts(strings, translations):
    root = ET.Element("TS", version="2.1", language="fr_FR", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(strings):
        message = ET.SubElement(context, "message")
        location = strings[source].rsplit(":", 1)
        ET.SubElement(message, "location", filename="../" + location[0], line=location[1])
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if translations.get(source):
            translation.text = translations[source]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    with open(TS_FILE, "wb") as stream:
        stream.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        stream.write(ET.tostring(root, encoding="utf-8"))
        stream.write(b"\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    strings = source_strings()
    translations = read_ts()
    missing = [s for s in strings if not translations.get(s)]
    if args.check:
        for source in missing:
            print(f"untranslated: {strings[source]}: {source!r}")
        unused = sorted(set(translations) - set(strings))
        for source in unused:
            print(f"unused in code: {source!r}")
        print(f"{len(strings)} strings, {len(missing)} untranslated, {len(unused)} unused")
        return 1 if missing or unused else 0
    write_ts(strings, translations)
    print(f"{TS_FILE.relative_to(ROOT)}: {len(strings)} strings, {len(missing)} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
