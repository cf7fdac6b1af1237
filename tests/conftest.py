"""Shared fixtures: real SQLite files in temporary folders, Qt offscreen.

With ``SOHOI_TEST_DATABASE_URL`` set to a PostgreSQL server (a user allowed to create
databases, e.g. ``postgresql://postgres@127.0.0.1:55432/postgres``), the fixtures that
give a register (``database``, ``commune_db``, ``demo_db``) give a fresh database on
that server instead: the schema and the demo are built once per run in template
databases, and each test gets ``CREATE DATABASE … TEMPLATE …`` of its own, dropped
after. Tests about the SQLite file itself carry ``@pytest.mark.sqlite_only`` and are
skipped there.

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
from tests.server_support import NewRegister, TestServer

TODAY = dt.date(2026, 11, 25)
COMMUNE_CODE = "12586"  # Xã Hưng Hà, Hưng Yên


TEST_SERVER = os.environ.get("SOHOI_TEST_DATABASE_URL", "")
"""A PostgreSQL server for the register fixtures ("" : SQLite files)."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests under ``tests/crash`` as ``crash``; on a server, skip the SQLite-only ones."""
    crash_folder = Path(__file__).parent / "crash"
    for item in items:
        if crash_folder in item.path.parents:
            item.add_marker(pytest.mark.crash)
        marker = item.get_closest_marker("sqlite_only")
        if TEST_SERVER and marker is not None:
            reason = marker.kwargs.get("reason") or (marker.args[0] if marker.args else "")
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))


@pytest.fixture(scope="session")
def test_server() -> Iterator[TestServer | None]:
    """The run's PostgreSQL server, or None when the registers are SQLite files."""
    if not TEST_SERVER:
        yield None
        return
    server = TestServer(TEST_SERVER)
    yield server
    for name in list(server.created):
        server.drop(name)


@pytest.fixture(scope="session")
def empty_server_db(test_server: TestServer | None) -> str | None:
    """The template database migrated once per run (None without a server)."""
    if test_server is None:
        return None
    name = test_server.create()
    open_database(test_server.url_of(name)).close()
    return name


@pytest.fixture(scope="session")
def new_register(test_server: TestServer | None) -> NewRegister:
    """Where a test's own register goes: the path given, or a fresh database on the server.

    For registers a test builds itself (an upper level receiving its communes' files);
    the server's databases are dropped at the end of the run.
    """

    def target(path: Path) -> Path | str:
        if test_server is None:
            return path
        return test_server.url_of(test_server.create())

    return target


def _server_copy(server: TestServer, template: str) -> Iterator[Database]:
    name = server.create(template)
    db = open_database(server.url_of(name))
    try:
        yield db
    finally:
        db.close()
        server.drop(name)


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
def database(
    request: pytest.FixtureRequest, tmp_path: Path, test_server: TestServer | None
) -> Iterator[Database]:
    """An empty, migrated database in a fresh file (or server database) of the test's own."""
    if test_server is not None:
        yield from _server_copy(test_server, request.getfixturevalue("empty_server_db"))
        return
    empty_file: Path = request.getfixturevalue("empty_file")
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


@pytest.fixture(scope="session")
def demo_server_db(test_server: TestServer | None) -> str | None:
    """The demo commune built once per run in a template database (None without a server)."""
    if test_server is None:
        return None
    name = test_server.create()
    db = open_database(test_server.url_of(name))
    build_demo(db, members=1200, seed=7, today=TODAY)
    db.close()
    return name


@pytest.fixture
def demo_db(
    request: pytest.FixtureRequest, tmp_path: Path, test_server: TestServer | None
) -> Iterator[Database]:
    """A private copy of the demo commune that a test may change."""
    if test_server is not None:
        yield from _server_copy(test_server, request.getfixturevalue("demo_server_db"))
        return
    demo_file: Path = request.getfixturevalue("demo_file")
    copy = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, copy)
    db = open_database(copy)
    yield db
    db.close()
