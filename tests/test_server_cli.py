"""``sohoi server init|migrate`` and ``sohoi backup`` on a real PostgreSQL server.

These run only with ``SOHOI_TEST_DATABASE_URL`` set (see tests/conftest.py): each test
creates its own databases on that server, dropped at the end of the run.
"""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
from pathlib import Path

import pytest

from db.accounts import accounts_enabled, authenticate
from db.demo.generator import build_demo
from db.engine import open_database
from db.members import MemberFilter, count_members, search_members
from db.server_backup import ServerToolMissingError, connection_env, find_tool
from db.server_move import MoveMismatchError, move_register, register_tables, rows_digest
from db.site import find_site
from desktop.cli import run
from tests.server_support import TestServer

PASSWORD = "mật khẩu dài 2026"


@pytest.fixture
def server(test_server: TestServer | None) -> TestServer:
    if test_server is None:
        pytest.skip("needs SOHOI_TEST_DATABASE_URL (a PostgreSQL server)")
    return test_server


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A province register with three communes, as a province office keeps it today."""
    path = tmp_path_factory.mktemp("demo") / "tinh.sqlite"
    database = open_database(path)
    build_demo(database, unit_code="01", members=1500, communes=3, seed=7,
               today=dt.date(2026, 6, 1))
    database.close()
    return path


def _init(url: str, monkeypatch: pytest.MonkeyPatch, *extra: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    return run(["server", "init", "--db", url, "--unit", "01", "--admin", "quantri",
                "--name", "Nguyễn Thị Lan", "--password-stdin", *extra])


def test_init_creates_the_province_site_and_its_first_admin(
        server: TestServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = server.url_of(server.create())
    assert _init(url, monkeypatch) == 0
    assert "Đã thiết lập" in capsys.readouterr().out
    database = open_database(url)
    try:
        with database.transaction() as session:
            site = find_site(session)
            assert site is not None and site.is_upper and site.unit_code == "01"
            assert accounts_enabled(session)
            admin = authenticate(session, "quantri", PASSWORD, dt.datetime.now())
            assert admin.is_admin and admin.display_name == "Nguyễn Thị Lan"
    finally:
        database.close()


def test_init_refuses_a_database_that_holds_a_register(
        server: TestServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = server.url_of(server.create())
    assert _init(url, monkeypatch) == 0
    capsys.readouterr()
    assert _init(url, monkeypatch) == 1
    assert "không thiết lập lại" in capsys.readouterr().err


def test_init_on_a_missing_database_says_so(
        server: TestServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = server.url_of("pgops_no_such_database")
    assert _init(url, monkeypatch) == 1
    assert "không có cơ sở dữ liệu này" in capsys.readouterr().err


def _answers(target: object) -> tuple[int, list[str], list[str], int]:
    database = open_database(target)  # type: ignore[arg-type]
    try:
        with database.reading() as session:
            everyone = count_members(session, MemberFilter())
            first = [row.id for row in search_members(session, MemberFilter(), limit=200)]
            found = [row.id for row in search_members(session, MemberFilter(text="thị"),
                                                      limit=50)]
            tran = count_members(session, MemberFilter(text="trần"))
    finally:
        database.close()
    return everyone, first, found, tran


def test_migrate_moves_a_demo_register_with_the_same_answers(
        server: TestServer, demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = server.url_of(server.create())
    assert run(["server", "migrate", "--from", str(demo_file), "--db", url]) == 0
    out = capsys.readouterr().out
    assert "khớp" in out
    before = _answers(demo_file)
    assert before[0] > 1000 and before[2] and before[3]
    assert _answers(url) == before
    # The file was only read.
    assert run(["server", "migrate", "--from", str(demo_file), "--db", url]) == 1
    assert "đã có dữ liệu" in capsys.readouterr().err


def test_a_difference_rolls_the_whole_move_back_and_names_the_table(
        server: TestServer, demo_file: Path, tmp_path: Path) -> None:
    source = tmp_path / "copy.sqlite"
    source.write_bytes(demo_file.read_bytes())
    url = server.url_of(server.create())
    database = open_database(url)
    last = register_tables()[-1].name

    def change_the_file(table: str, _rows: int) -> None:
        # Another program writes the file after its members were copied, before the check.
        if table == last:
            with sqlite3.connect(source) as writer:
                writer.execute("UPDATE members SET notes = 'đổi' WHERE rowid = 1")

    try:
        with pytest.raises(MoveMismatchError, match="members"):
            move_register(source, database, progress=change_the_file)
        with database.reading() as session:
            assert count_members(session, MemberFilter()) == 0
            assert find_site(session) is None
    finally:
        database.close()


def test_the_digest_sees_values_not_their_engine_shapes() -> None:
    a = rows_digest([("x", dt.date(2026, 1, 2), True, {"b": 1, "a": [1]}),
                     ("y", None, False, None)])
    b = rows_digest([("y", None, 0, None),
                     ("x", dt.date(2026, 1, 2), 1, {"a": [1], "b": 1})])
    assert a == b
    assert rows_digest([("x", dt.date(2026, 1, 3), True, None)]) != rows_digest(
        [("x", dt.date(2026, 1, 2), True, None)])


def test_backup_of_a_server_is_a_checked_pg_dump(
        server: TestServer, demo_file: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = server.url_of(server.create())
    assert run(["server", "migrate", "--from", str(demo_file), "--db", url]) == 0
    folder = tmp_path / "copies"
    assert run(["backup", "create", "--db", url, "--to", str(folder)]) == 0
    dumps = list(folder.glob("sohoi-*.dump"))
    assert len(dumps) == 1 and not list(folder.glob("*.part"))
    assert run(["backup", "verify", str(dumps[0])]) == 0
    assert "bảng" in capsys.readouterr().out
    # A restored copy holds the same register (pg_restore into a new database).
    restored = server.create()
    import subprocess

    subprocess.run([str(find_tool("pg_restore")), "--no-owner", "--dbname",
                    restored, str(dumps[0])], env=connection_env(url), check=True)
    assert _answers(server.url_of(restored)) == _answers(demo_file)

    broken = tmp_path / "broken.dump"
    broken.write_bytes(b"not a dump")
    assert run(["backup", "verify", str(broken)]) == 1
    assert "không phải bản sao lưu" in capsys.readouterr().err
    assert run(["backup", "restore", str(dumps[0]), "--db", url]) == 1
    assert "pg_restore" in capsys.readouterr().err


def test_backup_of_an_unreachable_database_keeps_nothing(
        server: TestServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = server.url_of("pgops_no_such_database")
    assert run(["backup", "create", "--db", url, "--to", str(tmp_path)]) == 1
    assert "pg_dump báo lỗi" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_the_tools_are_found_in_the_windows_folder_or_refused(tmp_path: Path) -> None:
    folder = tmp_path / "PostgreSQL"
    for version in ("9.6", "16", "15"):
        (folder / version / "bin").mkdir(parents=True)
        (folder / version / "bin" / "pg_dump.exe").write_bytes(b"")
    assert find_tool("pg_dump", search_path="", windows_folder=folder) == (
        folder / "16" / "bin" / "pg_dump.exe")
    with pytest.raises(ServerToolMissingError, match="pg_restore"):
        find_tool("pg_restore", search_path="", windows_folder=folder)


def test_the_password_travels_by_environment() -> None:
    env = connection_env("postgresql+psycopg://sohoi:bí mật@db.tinh:5433/sohoi?sslmode=require")
    assert (env["PGUSER"], env["PGPASSWORD"], env["PGHOST"], env["PGPORT"],
            env["PGDATABASE"], env["PGSSLMODE"]) == (
        "sohoi", "bí mật", "db.tinh", "5433", "sohoi", "require")


def _logged_in_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, user: str,
                   password: str) -> None:
    secret = tmp_path / "password.txt"
    secret.write_text(password + "\n", encoding="utf-8")
    monkeypatch.setenv("SOHOI_USER", user)
    monkeypatch.setenv("SOHOI_PASSWORD_FILE", str(secret))


def test_a_command_that_writes_to_a_server_logs_in_and_the_audit_names_her(
        server: TestServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import argparse

    from db import catalog
    from db.audit import set_actor
    from db.errors import UserError
    from db.models import AuditEvent
    from db.site import ensure_official_unit
    from desktop.cli.common import open_register

    url = server.url_of(server.create())
    assert _init(url, monkeypatch) == 0
    _logged_in_env(monkeypatch, tmp_path, "quantri", "sai mật khẩu rồi")
    with pytest.raises(UserError):
        open_register(argparse.Namespace(db=url))
    _logged_in_env(monkeypatch, tmp_path, "quantri", PASSWORD)
    database = open_register(argparse.Namespace(db=url))
    try:
        with database.transaction() as session:
            created = ensure_official_unit(session, catalog.communes("01")[0].code)
        with database.reading() as session:
            from sqlalchemy import select

            actors = set(session.scalars(select(AuditEvent.actor).where(
                AuditEvent.record_id == created.id)))
        assert actors and all("quantri" in actor for actor in actors), actors
    finally:
        set_actor(None)
        database.close()


def test_a_moved_register_without_accounts_must_get_its_first_admin(
        server: TestServer, demo_file: Path, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    from db.accounts import disable_accounts
    from db.errors import UserError
    from desktop.cli.common import open_register

    url = server.url_of(server.create())
    assert run(["server", "migrate", "--from", str(demo_file), "--db", url]) == 0
    assert "sohoi server admin" in capsys.readouterr().out
    with pytest.raises(UserError, match="chưa có người quản trị"):
        open_register(argparse.Namespace(db=url))
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert run(["server", "admin", "--db", url, "--admin", "quantri", "--name",
                "Nguyễn Thị Lan", "--password-stdin"]) == 0
    database = open_database(url)
    try:
        with database.transaction() as session:
            admin = authenticate(session, "quantri", PASSWORD, dt.datetime.now())
        with pytest.raises(UserError, match="không tắt được"), \
                database.transaction() as session:
            disable_accounts(session, by=admin.id)
    finally:
        database.close()


def test_a_row_the_server_refuses_stops_the_move_and_names_its_table(
        server: TestServer, demo_file: Path, tmp_path: Path) -> None:
    from db.server_move import MoveRefusedError

    source = tmp_path / "long.sqlite"
    source.write_bytes(demo_file.read_bytes())
    with sqlite3.connect(source) as writer:
        # SQLite keeps text longer than its column says; the server does not.
        writer.execute("UPDATE members SET ethnicity = ? WHERE rowid = 1", ("Kinh" * 30,))
    database = open_database(server.url_of(server.create()))
    try:
        with pytest.raises(MoveRefusedError, match="bảng members"):
            move_register(source, database)
        with database.reading() as session:
            assert find_site(session) is None
    finally:
        database.close()


def test_init_without_the_right_to_create_tables_says_so(
        server: TestServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    name = server.create()
    role = f"{server.prefix}norights"
    import psycopg

    with server._admin() as admin:  # type: ignore[attr-defined]
        admin.execute(f'CREATE ROLE "{role}" LOGIN')
    # Only in the test's own database (servers before 15 let everyone create there).
    plain = server.url.set(drivername="postgresql", database=name)
    with psycopg.connect(plain.render_as_string(hide_password=False),
                         autocommit=True) as owner:
        owner.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    try:
        url = server.url.set(database=name, username=role).render_as_string(
            hide_password=False)
        assert _init(url, monkeypatch) == 1
        assert "không có quyền tạo bảng" in capsys.readouterr().err
    finally:
        server.drop(name)
        with server._admin() as admin:  # type: ignore[attr-defined]
            admin.execute(f'DROP ROLE IF EXISTS "{role}"')
