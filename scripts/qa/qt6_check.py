"""QGIS 4 / Qt 6 readiness: find the Qt5-only constructs in the plugin's code.

``python3 scripts/qa/qt6_check.py [FILE|DIR ...]`` prints one line per problem
(``path:line: message``) and exits 1 when there is any; without arguments it
checks the plugin package and the scripts QGIS runs (demo, screenshots).

The rules, each a construct that Qt 6 / PyQt6 (what QGIS 4 runs on) removed while
the replacement already works in the PyQt5 of every QGIS 3.x we support:

- imports only through ``qgis.PyQt`` (never PyQt5, PyQt6, PySide, bare ``sip``);
- no compiled resources (``resources_rc``: pyrcc does not exist for Qt 6);
- ``QAction``, ``QActionGroup``, ``QShortcut``, ``QFileSystemModel``,
  ``QUndoCommand`` moved from QtWidgets to QtGui: they come from
  ``toolbelt/qt_compat.py``, the one module that knows where to look;
- classes removed in Qt 6 (``QRegExp``, ``QDesktopWidget``, ``qApp``,
  ``QTextCodec``, WebKit...) and methods removed in Qt 6 (``exec_``, ``print_``,
  ``desktop()``, ``setMargin``, ``setFilterRegExp``, ``QFontMetrics.width``...);
- signals overloaded on ``str`` (``activated[str]``): gone in Qt 6;
- ``QVariant.Int`` and friends: ``QVariant.Type`` is gone, use ``QMetaType.Type``;
- unscoped enum values (``Qt.AlignLeft``, ``QDialog.Accepted``,
  ``QgsTask.CanCancel``): PyQt6 only knows the scoped form
  (``Qt.AlignmentFlag.AlignLeft``), which PyQt5 also accepts. Found by looking
  the accessed name up on the imported class, so no list goes stale.
"""

import argparse
import ast
import enum
import importlib
import sys
from pathlib import Path
from typing import Iterable, List, Optional, Tuple

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TARGETS = [
    ROOT / "datagrandest_plugin",
    ROOT / "scripts" / "demo" / "demo_startup.py",
    ROOT / "scripts" / "demo" / "screenshots_startup.py",
]
COMPAT_MODULE = "qt_compat.py"

FORBIDDEN_MODULES = ("PyQt5", "PyQt6", "PySide2", "PySide6", "sip", "sipbuild")
MOVED_TO_QTGUI = {"QAction", "QActionGroup", "QShortcut", "QFileSystemModel", "QUndoCommand",
                  "QUndoGroup", "QUndoStack"}
REMOVED_NAMES = {
    "QRegExp": "QRegExp is removed in Qt 6: use QRegularExpression",
    "QRegExpValidator": "QRegExpValidator is removed in Qt 6: use QRegularExpressionValidator",
    "QDesktopWidget": "QDesktopWidget is removed in Qt 6: use QScreen (QApplication.screens())",
    "qApp": "qApp is removed in Qt 6: use QApplication.instance()",
    "QTextCodec": "QTextCodec is removed in Qt 6: decode bytes in Python",
    "QStringRef": "QStringRef is removed in Qt 6",
    "QMatrix": "QMatrix is removed in Qt 6: use QTransform",
    "QtWebKit": "Qt WebKit is removed in Qt 6: use QTextBrowser or QgsWebView",
    "QtWebKitWidgets": "Qt WebKit is removed in Qt 6: use QTextBrowser or QgsWebView",
    "QWebView": "Qt WebKit is removed in Qt 6: use QTextBrowser or QgsWebView",
    "QGLWidget": "QGLWidget is removed in Qt 6: use QOpenGLWidget",
    "QSound": "QSound is removed in Qt 6",
    "QStyleOptionViewItemV4": "QStyleOptionViewItemV4 is removed in Qt 6: use QStyleOptionViewItem",
}
REMOVED_METHODS = {
    "exec_": "exec_() is removed in PyQt6: call exec() (PyQt5 5.15 has it too)",
    "print_": "print_() is removed in PyQt6: call print()",
    "desktop": "QApplication.desktop() is removed in Qt 6: use QApplication.screens()",
    "setMargin": "QLayout.setMargin() is removed in Qt 6: use setContentsMargins()",
    "setFilterRegExp": "setFilterRegExp() is removed in Qt 6: use setFilterRegularExpression()",
    "filterRegExp": "filterRegExp() is removed in Qt 6: use filterRegularExpression()",
    "setTabStopWidth": "setTabStopWidth() is removed in Qt 6: use setTabStopDistance()",
    "toTime_t": "QDateTime.toTime_t() is removed in Qt 6: use toSecsSinceEpoch()",
    "fromTime_t": "QDateTime.fromTime_t() is removed in Qt 6: use fromSecsSinceEpoch()",
    "setResizeMode": "QHeaderView.setResizeMode() is removed: use setSectionResizeMode()",
    "globalPos": "QMouseEvent.globalPos() is deprecated in Qt 6: use globalPosition()",
}
STR_OVERLOADED_SIGNALS = {"activated", "currentIndexChanged", "highlighted", "valueChanged", "triggered"}
INTROSPECTED_MODULES = ("qgis.PyQt.", "qgis.core", "qgis.gui", "qgis.analysis")


def _is_enum_value(value) -> bool:
    if isinstance(value, type):
        return False
    if isinstance(value, enum.Enum):
        return True
    kind = type(value)
    # sip's enums (PyQt5): a subclass of int whose metatype is sip.enumtype;
    # sip's flags (QFlags) are excluded by the same test on their metatype name.
    return isinstance(value, int) and type(kind).__name__ == "enumtype"


def _enum_type_name(value) -> str:
    return type(value).__name__


class _FileChecker(ast.NodeVisitor):
    def __init__(self, path: Path, is_compat: bool):
        self.path = path
        self.is_compat = is_compat
        self.imported = {}  # local name -> (module, attribute or None)
        self.problems: List[Tuple[int, str]] = []

    def report(self, node, message):
        self.problems.append((node.lineno, message))

    # -- imports ---------------------------------------------------------
    def visit_Import(self, node):
        for alias in node.names:
            root = alias.name.split(".")[0]
            if root in FORBIDDEN_MODULES:
                self.report(node, f"import {alias.name}: import from qgis.PyQt instead")
            local = alias.asname or alias.name.split(".")[0]
            self.imported[local] = (alias.name if alias.asname else root, None)

    def visit_ImportFrom(self, node):
        module = node.module or ""
        root = module.split(".")[0]
        if node.level == 0 and root in FORBIDDEN_MODULES:
            self.report(node, f"from {module} import ...: import from qgis.PyQt instead")
        for alias in node.names:
            name = alias.name
            if name == "resources_rc" or module.endswith("resources_rc"):
                self.report(node, "compiled resources (pyrcc) do not exist in Qt 6: load icons by file path")
            if name in REMOVED_NAMES:
                self.report(node, REMOVED_NAMES[name])
            if name in MOVED_TO_QTGUI and module.endswith("QtWidgets") and not self.is_compat:
                self.report(node, f"{name} moved from QtWidgets to QtGui in Qt 6: import it from toolbelt.qt_compat")
            if name in ("QtWebKit", "QtWebKitWidgets"):
                continue
            if node.level == 0:
                self.imported[alias.asname or name] = (module, name)
        self.generic_visit(node)

    # -- uses ------------------------------------------------------------
    def visit_Name(self, node):
        if node.id in REMOVED_NAMES and isinstance(node.ctx, ast.Load):
            self.report(node, REMOVED_NAMES[node.id])

    def visit_Attribute(self, node):
        if node.attr in REMOVED_METHODS:
            self.report(node, REMOVED_METHODS[node.attr])
        elif node.attr == "width" and _is_font_metrics(node.value):
            self.report(node, "QFontMetrics.width() is removed in Qt 6: use horizontalAdvance()")
        else:
            self._check_enum(node)
        self.generic_visit(node)

    def visit_Subscript(self, node):
        target = node.value
        if (isinstance(target, ast.Attribute) and target.attr in STR_OVERLOADED_SIGNALS
                and isinstance(node.slice, ast.Name) and node.slice.id == "str"):
            self.report(node, f"{target.attr}[str]: signals overloaded on str are gone in Qt 6")
        self.generic_visit(node)

    def _check_enum(self, node: ast.Attribute):
        owner = self._resolve(node.value)
        if owner is None or not isinstance(owner, type):
            return
        try:
            value = getattr(owner, node.attr)
        except Exception:  # noqa: BLE001 - a name missing here is not our concern
            return
        if not _is_enum_value(value):
            return
        owner_name = _dotted(node.value)
        if owner.__name__ == "QVariant":
            self.report(node, f"{owner_name}.{node.attr}: QVariant.Type is removed in Qt 6: use QMetaType.Type")
            return
        enum_name = _enum_type_name(value)
        if enum_name == node.attr or getattr(owner, enum_name, None) is None:
            return
        self.report(node, f"{owner_name}.{node.attr}: unscoped enum, write {owner_name}.{enum_name}.{node.attr}")

    def _resolve(self, node) -> Optional[object]:
        """The object an expression names, when it starts from a Qt/QGIS import."""
        if isinstance(node, ast.Name):
            origin = self.imported.get(node.id)
            if origin is None:
                return None
            module, attribute = origin
            full = module if attribute is None else f"{module}.{attribute}"
            if not (full.startswith(INTROSPECTED_MODULES) or full in ("qgis.core", "qgis.gui")):
                return None
            try:
                imported = importlib.import_module(module)
                return imported if attribute is None else getattr(imported, attribute)
            except Exception:  # noqa: BLE001 - a module that cannot be imported here is simply not checked
                try:
                    return importlib.import_module(full)
                except Exception:  # noqa: BLE001 - a module that cannot be imported here is simply not checked
                    return None
        if isinstance(node, ast.Attribute):
            base = self._resolve(node.value)
            if base is None:
                return None
            value = getattr(base, node.attr, None)
            # only walk through modules and classes, never through enum values
            return value if isinstance(value, type) or type(value).__name__ == "module" else None
        return None


def _dotted(node) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return "…"


def _is_font_metrics(node) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return ((isinstance(func, ast.Attribute) and func.attr == "fontMetrics")
            or (isinstance(func, ast.Name) and func.id in ("QFontMetrics", "QFontMetricsF")))


def check_source(source: str, path: Path = Path("<source>")) -> List[Tuple[int, str]]:
    tree = ast.parse(source, str(path))
    checker = _FileChecker(path, path.name == COMPAT_MODULE)
    # imports first, wherever they are (some are local to a function), then the uses
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            checker.visit(node)
    checker.visit(_ImportStripper().visit(tree))
    return sorted(set(checker.problems))


class _ImportStripper(ast.NodeTransformer):
    def visit_Import(self, node):
        return None

    def visit_ImportFrom(self, node):
        return None


def python_files(targets: Iterable[Path]) -> List[Path]:
    found = []
    for target in targets:
        target = Path(target)
        if target.is_dir():
            found.extend(p for p in sorted(target.rglob("*.py")) if "__pycache__" not in p.parts)
        elif target.is_file():
            found.append(target)
    return found


def check_paths(targets: Iterable[Path]) -> List[str]:
    lines = []
    for path in python_files(targets):
        for line, message in check_source(path.read_text(encoding="utf-8"), path):
            shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            lines.append(f"{shown}:{line}: {message}")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", type=Path)
    args = parser.parse_args(argv)
    problems = check_paths(args.targets or DEFAULT_TARGETS)
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} Qt5-only construct(s).", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
