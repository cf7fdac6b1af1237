"""Shared fixtures: real SQLite files in temporary folders, Qt offscreen.

``SOHOI_HOME`` points the application's data folder at a temporary directory for the
whole run, so no test can touch a real register.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SOHOI_HOME"] = tempfile.mkdtemp(prefix="sohoi-home-")

import pytest

from db.demo.generator import build_demo
from db.engine import Database, open_database
from db.site import init_site

TODAY = dt.date(2026, 11, 25)
COMMUNE_CODE = "12586"  # Xã Hưng Hà, Hưng Yên


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under ``tests/crash`` as ``crash`` (skip locally with -m "not crash")."""
    crash_folder = Path(__file__).parent / "crash"
    for item in items:
        if crash_folder in item.path.parents:
            item.add_marker(pytest.mark.crash)


@pytest.fixture(scope="session")
def empty_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty register migrated once per run; tests get private copies of it.

    Running the migrations costs far more than copying the file, and every copy is a
    real SQLite file at the newest schema, exactly as ``open_database`` leaves it.
    """
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    open_database(path).close()
    return path


@pytest.fixture
def database(empty_file: Path, tmp_path: Path) -> Iterator[Database]:
    """An empty, migrated database in a fresh file of the test's own."""
    copy = tmp_path / "register.sqlite"
    shutil.copyfile(empty_file, copy)
    db = open_database(copy)
    yield db
    db.close()


@pytest.fixture
def commune_db(database: Database) -> Database:
    """A database set up for Xã Hưng Hà, with no members yet."""
    with database.transaction() as session:
        init_site(session, COMMUNE_CODE)
    return database


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo commune of 1,200 members, built once per run (seed 7)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path)
    build_demo(db, members=1200, seed=7, today=TODAY)
    db.close()
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo commune that a test may change."""
    copy = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, copy)
    db = open_database(copy)
    yield db
    db.close()
