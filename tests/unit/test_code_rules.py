"""Rules of the code that a reader can check at a glance: lint clean, every exception to a lint
rule says why on its own line, no module of the plugin over 400 lines, and no panel (a subpackage
of ``gui/``) leans on another panel."""

import ast
import re
import subprocess
import sys

from support import ROOT

PACKAGE = ROOT / "datagrandest_plugin"


def python_files():
    for folder in ("datagrandest_plugin", "scripts", "tests"):
        yield from (ROOT / folder).rglob("*.py")


def test_ruff_finds_nothing():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", str(ROOT)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-3000:]


def test_every_noqa_names_its_rule_and_why():
    pattern = re.compile(r"#\s*noqa\b(?P<rest>.*)$")
    bare = []
    for path in python_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found = pattern.search(line)
            if found and not re.match(r":\s*[A-Z]+[0-9]+(\s*,\s*[A-Z]+[0-9]+)*\s+-\s+\S", found.group("rest")):
                bare.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert bare == []


MODULE_MAX_LINES = 400


def test_no_module_of_the_plugin_over_400_lines():
    long = [f"{path.relative_to(ROOT)}: {count} lines" for path in sorted(PACKAGE.rglob("*.py"))
            if (count := len(path.read_text(encoding="utf-8").splitlines())) > MODULE_MAX_LINES]
    assert long == []


PANELS = ("catalog", "layers", "ocs", "pcrs", "community", "services")


def gui_package_imported(path, node):
    """The gui subpackage an import in ``path`` reaches, or None."""
    if not isinstance(node, ast.ImportFrom) or not node.module and not node.level:
        return None
    here = path.relative_to(PACKAGE).parent.parts
    base = list(here[: len(here) - node.level + 1]) if node.level else []
    target = base + (node.module.split(".") if node.module else [])
    if node.module is None:
        target += [alias.name for alias in node.names][:1]
    if node.level == 0:
        target = target[1:] if target[:1] == [PACKAGE.name] else []
    return target[1] if len(target) > 1 and target[0] == "gui" else None


def test_no_panel_imports_another_panel():
    leaning = []
    for panel in PANELS:
        for path in (PACKAGE / "gui" / panel).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                reached = gui_package_imported(path, node)
                if reached in PANELS and reached != panel:
                    leaning.append(f"{path.relative_to(PACKAGE)} imports gui.{reached}")
    assert leaning == []


def test_the_panel_rule_sees_relative_imports():
    path = PACKAGE / "gui" / "ocs" / "panel.py"
    node = ast.parse("from ..layers.panel import x").body[0]
    assert gui_package_imported(path, node) == "layers"
    node = ast.parse("from ...gui.catalog import facets").body[0]
    assert gui_package_imported(path, node) == "catalog"


def test_core_imports_no_widget_nor_toolbelt():
    wrong = []
    for path in (PACKAGE / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
                [a.name for a in node.names] if isinstance(node, ast.Import) else []
            for name in names:
                if re.search(r"(^|\.)(gui|toolbelt)(\.|$)|QtWidgets|qgis\.gui", name):
                    wrong.append(f"{path.relative_to(ROOT)}: {name}")
    assert wrong == [], wrong


def called_name(node):
    """The name a call is made through (``f(...)``, ``module.f(...)``), or None."""
    if not isinstance(node, ast.Call):
        return None
    return node.func.id if isinstance(node.func, ast.Name) else node.func.attr if isinstance(node.func, ast.Attribute) else None


BUILDERS = {"default_transport", "RequestsTransport", "QgisTransport", "DiskCache"}
BUILDER_HOMES = ("context.py", "core/net/transport/", "core/net/cache.py")


def test_transports_and_caches_are_built_by_the_context_only():
    """The user's timeout, offline switch and size limit reach every request because one place,
    ``context.py``, turns the settings into a transport and a cache."""
    built = []
    for path in PACKAGE.rglob("*.py"):
        where = path.relative_to(PACKAGE).as_posix()
        if where.startswith(BUILDER_HOMES):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if called_name(node) in BUILDERS:
                built.append(f"{where}:{node.lineno}: {called_name(node)}(")
    assert built == []


def test_the_context_rule_sees_both_call_forms():
    calls = [called_name(node) for node in ast.walk(ast.parse("DiskCache(d)\ntransport.default_transport(timeout=1)"))]
    assert {"DiskCache", "default_transport"} <= set(calls)


def test_every_wait_in_the_tests_is_asserted():
    """``wait_for`` returns what the signal carried, empty when the bound ran out: a bare call lets a
    test go on as if the signal had come."""
    bare = []
    for path in (ROOT / "tests").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Expr) and called_name(node.value) in ("wait_for", "wait_until"):
                bare.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert bare == []


def test_module_level_task_sets_are_the_ones_unload_cancels():
    """A ``TaskSet()`` kept by a module outlives every panel: only ``module_task_set()`` puts it
    where the plugin's unload cancels it (tests/qgis/test_plugin_lifecycle.py)."""
    kept = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and called_name(node.value) == "TaskSet":
                kept.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert kept == []


# the sentence is the rule a content entry broke; the validator logs the entry with its path
SENTENCE_IS_THE_CAUSE = ("core/community/converters.py",)


def test_core_logs_the_cause_a_sentence_replaces():
    """``raise Sentence(...) from None`` hides why; ``from cause_logged(error)`` keeps it in the
    log. ``from None`` stays only where the sentence quotes the caught error itself."""
    hidden = []
    for path in (PACKAGE / "core").rglob("*.py"):
        where = path.relative_to(PACKAGE).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for handler in (n for n in ast.walk(tree) if isinstance(n, ast.ExceptHandler)):
            for node in ast.walk(handler):
                if isinstance(node, ast.Raise) and isinstance(node.cause, ast.Constant) and node.cause.value is None:
                    quoted = handler.name and any(isinstance(n, ast.Name) and n.id == handler.name for n in ast.walk(node.exc))
                    if not quoted and where not in SENTENCE_IS_THE_CAUSE:
                        hidden.append(f"{where}:{node.lineno}")
    assert hidden == []


def project_dataclasses():
    """The names of the classes the package declares with ``@dataclass``."""
    names = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                decorators = [d.func if isinstance(d, ast.Call) else d for d in node.decorator_list]
                if any(getattr(d, "id", getattr(d, "attr", "")) == "dataclass" for d in decorators):
                    names.add(node.name)
    return names


def test_wide_dataclasses_are_built_with_keywords():
    """Three positional values or more read in the fields' order: a field added in the middle (it
    happened to ``max_bytes``) silently shifts them."""
    dataclasses = project_dataclasses()
    positional = []
    for folder in ("datagrandest_plugin", "tests"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                qt_class = isinstance(getattr(node, "func", None), ast.Attribute) and \
                    getattr(node.func.value, "id", "").startswith("Q")  # QgsAbstractMetadataBase.Link is QGIS's
                if called_name(node) in dataclasses and len(node.args) > 2 and not qt_class:
                    positional.append(f"{path.relative_to(ROOT)}:{node.lineno}: {called_name(node)}")
    assert "LayerSpec" in dataclasses and "Link" in dataclasses
    assert positional == []


# where a test may still reach behind an object's back, and why
PRIVATE_READS_ALLOWED = {
    # a transport subclass stubs one hop and hands the others to the real one: the documented hook
    ("tests/unit/test_credentials_origin.py", "_send"),
    ("tests/qgis/test_qgis_credentials_origin.py", "_send"),
}


def test_tests_use_public_behaviour_not_private_attributes():
    """A test that reads ``obj._x`` breaks on a rename and proves what the code holds, not what it
    does. Dunders, a test's own ``self._x`` and the pairs above are allowed."""
    private = []
    for path in (ROOT / "tests").rglob("*.py"):
        where = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Attribute) or not node.attr.startswith("_") or node.attr.endswith("__"):
                continue
            if isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
                continue
            if (where, node.attr) not in PRIVATE_READS_ALLOWED:
                private.append(f"{where}:{node.lineno}: {ast.unparse(node)}")
    assert private == []


def test_message_levels_are_qgis_enums():
    """``level=1`` says nothing to a reader and is not a level in Qt 6: ``Qgis.MessageLevel.Warning``."""
    numbered = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or called_name(node) not in ("log", "_note", "pushMessage"):
                continue
            levels = [k.value for k in node.keywords if k.arg == "level"] + node.args[1:2] * (called_name(node) == "log")
            if any(isinstance(v, ast.Constant) and type(v.value) is int for v in levels):
                numbered.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert numbered == []


if __name__ == "__main__":
    sys.exit(subprocess.call([sys.executable, "-m", "pytest", __file__]))
