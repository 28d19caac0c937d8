"""docs/architecture.md matches the tree: it names every package of the plugin and every folder
of scripts/, and every path it names exists. A move that forgets the guide fails here."""

import re

from support import ROOT

DOC = ROOT / "docs" / "architecture.md"
PACKAGE = ROOT / "datagrandest_plugin"


def doc_text():
    return DOC.read_text(encoding="utf-8")


def named_paths():
    """The paths the guide writes in backquotes: `core/net/`, `gui/catalog/panel.py`, `scripts/qa/`."""
    for token in re.findall(r"`([^`\s]+)`", doc_text()):
        token = token.split("::")[0].rstrip(".,;:")
        made_by_make = token.startswith((".venv", "build/", "dist/"))  # not in the tree until `make` runs
        if "/" in token and re.fullmatch(r"[\w./-]+", token) and not token.startswith(("http", "/")) and not made_by_make:
            yield token


def exists(token: str) -> bool:
    bare = token.rstrip("/")
    return any((base / bare).exists() for base in (ROOT, PACKAGE))


def test_every_path_the_guide_names_exists():
    assert sorted({token for token in named_paths() if not exists(token)}) == []


def test_the_guide_names_every_package_and_scripts_folder():
    packages = {path.parent.relative_to(PACKAGE).as_posix() + "/"
                for path in PACKAGE.rglob("__init__.py") if path.parent != PACKAGE}
    folders = {f"scripts/{path.name}/" for path in (ROOT / "scripts").iterdir()
               if path.is_dir() and not path.name.startswith(("_", "."))}
    named = {token if token.endswith("/") else token + "/" for token in named_paths()}
    named |= {token[len("datagrandest_plugin/"):] for token in named if token.startswith("datagrandest_plugin/")}
    assert sorted((packages | folders) - named) == []


def test_the_checks_see_a_wrong_path():
    assert exists("core/net/")
    assert not exists("core/no_such_module.py")
