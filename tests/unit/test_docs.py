"""The user guide and its pictures stay in step: every picture the docs show is
made by `make screenshots`, every picture made is shown, every link resolves."""

import json
import re

from support import ROOT

from screenshot_list import SHOTS

DOCS = ROOT / "docs"
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")


def pages():
    return sorted(DOCS.glob("*.md"))


def test_every_picture_shown_exists():
    for page in pages() + [ROOT / "README.md"]:
        for target in IMAGE.findall(page.read_text(encoding="utf-8")):
            assert (page.parent / target).is_file(), f"{page.name}: {target}"


def test_every_picture_is_made_by_make_screenshots_and_shown_in_the_guide():
    made = {shot.image for shot in SHOTS}
    assert len(made) == len(SHOTS), "two entries make the same picture"
    on_disk = {path.name for path in (DOCS / "images").glob("*.png")}
    assert on_disk == made, f"pictures not made by make screenshots: {sorted(on_disk - made)}"
    shown = set()
    for page in pages():
        shown |= {target.split("/")[-1] for target in IMAGE.findall(page.read_text(encoding="utf-8"))}
    assert made <= shown, f"pictures no page shows: {sorted(made - shown)}"


def test_every_dock_panel_has_its_picture():
    from datagrandest_plugin.gui import dock

    keys = {shot.target for shot in SHOTS}
    assert len(dock.PANEL_ATTRIBUTES) >= 6
    for key in dock.PANEL_ATTRIBUTES:  # the community tab is pictured page by page
        assert key in keys or key == "community", f"the {key} panel has no picture in screenshot_list.py"


def test_local_links_resolve():
    for page in pages():
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://", "#", "mailto:")):
                continue
            assert (page.parent / target.split("#")[0]).is_file(), f"{page.name}: {target}"


def test_the_example_scenario_is_the_bundled_webinar_demo_and_loads():
    from datagrandest_plugin.core.community.scenario import load_scenario_file

    example = json.loads((DOCS / "scenario-exemple.json").read_text(encoding="utf-8"))
    content = json.loads((ROOT / "datagrandest_plugin" / "data" / "content.json").read_text(encoding="utf-8"))
    bundled = next(w["scenario"] for w in content["webinars"] if w.get("scenario"))
    assert {k: v for k, v in example.items() if k != "schema_version"} == bundled
    scenario = load_scenario_file(DOCS / "scenario-exemple.json")
    assert len(scenario.steps) == len(bundled["steps"])


def test_the_readme_describes_every_command():
    """Each command of ``python -m datagrandest_plugin --help`` has its example and its line in
    the README's command-line section."""
    from datagrandest_plugin.commands import all_commands

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Ligne de commande", 1)[1].split("\n## ", 1)[0]
    names = [command.name for command in all_commands()]
    assert len(names) >= 13
    without_example = [n for n in names if not re.search(rf"python3 -m datagrandest_plugin {n}\b", section)]
    without_line = [n for n in names if not re.search(rf"^- `{n}\b", section, re.M)]
    assert (without_example, without_line) == ([], [])
