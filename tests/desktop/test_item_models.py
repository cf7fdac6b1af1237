"""Every item model of the GUI passes Qt's model tester over real data.

The window is opened on the demo commune and on an upper level (the Communes area is
an upper level's own), every area is shown, and each live model whose class is ours is
checked with ``QAbstractItemModelTester`` and with pytest-qt's Python tester. A new
model class that no test reaches fails ``test_every_model_class_is_checked``.
"""

from __future__ import annotations

import ast
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QAbstractItemModel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from db.engine import Database
from db.site import get_site
from desktop.app import open_main_window
from desktop.areas import AREAS
from desktop.main_window import MainWindow
from desktop.tasks import TaskRunner
from desktop.widgets.audit_view import AuditDialog
from tests.sync_support import Province, build_province

ROOT = Path(__file__).resolve().parents[2]


def model_classes() -> set[str]:
    """Name every class under desktop/ that derives from a Qt item model (by its source)."""
    qt_bases = {"QAbstractTableModel", "QAbstractItemModel", "QAbstractListModel",
                "QSortFilterProxyModel", "QIdentityProxyModel", "QStandardItemModel",
                "QStringListModel", "QAbstractProxyModel"}
    classes: dict[str, set[str]] = {}
    for path in (ROOT / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                         for b in node.bases}
                classes[node.name] = bases
    found: set[str] = set()
    changed = True
    while changed:
        changed = False
        for name, bases in classes.items():
            if name not in found and bases & (qt_bases | found):
                found.add(name)
                changed = True
    return found


def live_models() -> list[QAbstractItemModel]:
    """Return the item models of our own classes that exist right now."""
    return [
        obj for obj in gc.get_objects()
        if isinstance(obj, QAbstractItemModel)
        and type(obj).__module__.startswith("desktop.")
        and shiboken6.isValid(obj)  # not one an earlier test's window already deleted
    ]


def check(model: QAbstractItemModel) -> None:
    for force_py in (False, True):
        ModelTester(None).check(model, force_py=force_py)


def visit_every_area(window: MainWindow) -> None:
    for area in AREAS:
        try:
            window.show_page(area.key)
        except (KeyError, ValueError):
            continue


CHECKED: set[str] = set()


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Province]:
    built = build_province(tmp_path_factory.mktemp("province"), communes=2, members=60)
    yield built
    built.close()


def test_models_of_a_commune(window: MainWindow) -> None:
    visit_every_area(window)
    models = live_models()
    assert models
    for model in models:
        check(model)
        CHECKED.add(type(model).__name__)


def test_models_of_an_upper_level(qtbot: QtBot, province: Province) -> None:
    upper: Database = province.upper
    with upper.reading() as session:
        site = get_site(session)
    window = open_main_window(upper, site, TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    visit_every_area(window)
    for model in live_models():
        check(model)
        CHECKED.add(type(model).__name__)
    window.close()


def test_model_of_the_audit_dialog(qtbot: QtBot, demo_db: Database) -> None:
    # The history opens as a dialog, not as an area: over the demo's whole audit trail.
    dialog = AuditDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() > 0
    check(dialog.model)
    CHECKED.add(type(dialog.model).__name__)


def test_name_filter_of_the_roll_call(qtbot: QtBot, demo_db: Database) -> None:
    # The roll call opens as a window over the selected meeting, not as an area.
    from desktop.pages.meetings.page import MeetingsPage

    with demo_db.reading() as session:
        site = get_site(session)
    page = MeetingsPage(demo_db, site, TaskRunner(synchronous=True))
    qtbot.addWidget(page)
    page.show()
    page.load()
    window = page.open_marking(paper=False)
    assert window is not None
    proxy = window.proxy  # type: ignore[attr-defined]
    for text in ("", "thi", "huong", "zzz"):
        proxy.set_text(text)
        check(proxy)
    CHECKED.add(type(proxy).__name__)
    window.close()


#: Classes no live model has: the shared base is only ever used through its subclasses.
CHECKED_ELSEWHERE: dict[str, str] = {
    "RowTableModel": "base of the short-list models, each subclass checked above",
}


def test_every_model_class_is_checked() -> None:
    assert CHECKED, "run the whole module: the tests above record what they checked"
    missing = model_classes() - CHECKED - set(CHECKED_ELSEWHERE)
    assert missing == set(), f"item models with no model-tester check: {sorted(missing)}"
