"""The project's own rules (docs/ARCHITECTURE.md), checked on every run."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def imported_modules(folder: Path) -> list[tuple[Path, str]]:
    found = []
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [(path, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.append((path, node.module))
    return found


def forbidden(folder: Path, roots: set[str]) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}: {module}"
        for path, module in imported_modules(folder)
        if module.split(".")[0] in roots
    ]


def test_core_has_no_screen_and_no_paper() -> None:
    banned = {"PySide6", "shiboken6", "reportlab", "openpyxl", "desktop"}
    assert forbidden(ROOT / "db", banned) == []


def test_documents_do_not_use_qt() -> None:
    assert forbidden(ROOT / "desktop" / "documents", {"PySide6", "shiboken6"}) == []


def test_threads_start_only_in_tasks() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for path, module in imported_modules(ROOT / "desktop")
        if module in {"threading", "concurrent.futures"} and path.name != "tasks.py"
    ]
    texts = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "desktop").rglob("*.py")
        if p.name != "tasks.py" and ("QThreadPool" in p.read_text(encoding="utf-8")
                                     or "QThread(" in p.read_text(encoding="utf-8"))
    ]
    assert offenders == [] and texts == []


def test_mypy_strict_on_core_and_documents() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "db", "desktop/documents"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "db", "desktop", "tests", "resources", "run.py"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- The import graph of db and desktop ------------------------------------------------

PACKAGES = ("db", "desktop")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking_block(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")
    )


def _imports(tree: ast.AST, package: str) -> set[str]:
    """Every module named by an import anywhere in ``tree`` (functions included).

    Imports under ``if TYPE_CHECKING:`` never run, so they are not edges.
    """
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if _type_checking_block(node):
            for child in getattr(node, "orelse", []):
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                stem = ".".join(base)
                module = f"{stem}.{node.module}" if node.module else stem
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def import_graph() -> dict[str, set[str]]:
    """Map each module of db and desktop to the modules of db and desktop it imports."""
    files = {
        module_name(path): path
        for package in PACKAGES
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts
    }
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[name] = {
            target for target in _imports(tree, package)
            if target in files and target != name
        }
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return the strongly connected groups of more than one module (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return sorted(found)


def _without_package_parents(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """Drop edges from a package's ``__init__`` into its own modules and back up.

    ``from desktop.pages.x import page`` names the package ``desktop.pages.x`` as well as
    the module; a package re-exporting its modules is not a cycle between the two.
    """
    return {
        name: {t for t in targets if not t.startswith(name + ".") and not name.startswith(t + ".")}
        for name, targets in graph.items()
    }


#: Cycles that exist today and must disappear; the list may only shrink (it is empty).
KNOWN_CYCLES: list[list[str]] = []


def test_no_import_cycles() -> None:
    found = cycles(_without_package_parents(import_graph()))
    assert found == KNOWN_CYCLES, (
        "import cycles (module groups that import each other, directly or not): "
        + "; ".join(" <-> ".join(group) for group in found)
    )


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    tree = ast.parse("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import db.x\n"
                     "def f():\n    from . import y\n")
    assert _imports(tree, "db.sub") == {"typing", "typing.TYPE_CHECKING", "db.sub", "db.sub.y"}


#: Modules outside db that still import db.models (the ORM) for its enums; the GUI and
#: the documents get plain values from db's functions. The list may only shrink.
KNOWN_MODEL_IMPORTS = {
    "desktop.models.member_list",
    "desktop.pages.members.export_dialog",
    "desktop.pages.officers.dialogs",
    "desktop.pages.trainings.dialogs",
    "desktop.bench.sync",
}


def test_orm_models_stay_inside_db() -> None:
    graph = import_graph()
    offenders = {
        name for name, targets in graph.items()
        if not name.startswith("db") and any(t == "db.models" or t.startswith("db.models.")
                                             for t in targets)
    }
    assert offenders == KNOWN_MODEL_IMPORTS


def _area(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) >= 4 and parts[:2] == ["desktop", "pages"]:
        return parts[2]
    return None


def test_no_page_area_imports_another() -> None:
    graph = import_graph()
    offenders = sorted(
        f"{name} -> {target}"
        for name, targets in graph.items()
        if (area := _area(name)) is not None
        for target in targets
        if (other := _area(target)) is not None and other != area
    )
    assert offenders == []


def test_qt_warnings_fail_tests_and_crash_tests_can_be_skipped() -> None:
    import tomllib

    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pytest_options = options["tool"]["pytest"]["ini_options"]
    assert pytest_options["qt_log_level_fail"] == "WARNING"
    assert len(pytest_options.get("qt_log_ignore", [])) <= 5, "keep the ignore list short"
    assert any(m.startswith("crash:") for m in pytest_options["markers"])
    assert options["tool"]["mypy"]["packages"] == ["db", "desktop.documents"]
