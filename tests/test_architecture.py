"""The project's own rules (DESIGN.md §7), checked on every run."""

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


def test_mypy_strict_on_core() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "db"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "db", "desktop", "tests", "resources", "run.py"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
