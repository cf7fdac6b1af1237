"""Opening, migrating and refusing database files."""

from __future__ import annotations

import hashlib
import os
import socket
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, text

import db.engine as engine_module
from db.engine import (
    Database,
    NetworkRegisterError,
    alembic_config,
    create_sqlite_engine,
    current_revision,
    filesystem_type,
    head_revision,
    is_network_path,
    open_database,
)
from db.errors import NotADatabaseError, SchemaTooNewError
from db.members import MemberFilter, search_members
from db.site import init_site


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_at_head_with_pragmas(tmp_path: Path) -> None:
    database = open_database(tmp_path / "new.sqlite")
    assert current_revision(database.engine) == head_revision()
    with database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar_one() == 2  # FULL
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar_one() >= 5000
    database.close()


def test_network_share_uses_rollback_journal(tmp_path: Path) -> None:
    database = open_database(tmp_path / "share.sqlite", wal=False)
    with database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "delete"
    database.close()


def test_first_revision_is_upgraded_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_sqlite_engine(path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    # Data written by the first version: a commune with one member, inserted raw.
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO units (id, owner_unit_id, created_at, updated_at, version, code, name,"
            " level, official, active, sort_key) VALUES ('u1', 'u1', '2026-01-01 00:00:00',"
            " '2026-01-01 00:00:00', 1, '12586', 'Xã Hưng Hà', 'commune', 1, 1, '')"
        )
        conn.execute(
            "INSERT INTO members (id, owner_unit_id, created_at, updated_at, version, full_name,"
            " given_name, search_key, sort_key, gender, party_member, kind, commune_id, status)"
            " VALUES ('m1', 'u1', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1,"
            " 'Nguyễn Thị Thuỷ', 'Thuỷ', 'nguyen thi thuy', 'x', 'female', 0, 'ordinary',"
            " 'u1', 'active')"
        )
    backups = tmp_path / "backups"
    database = open_database(path, backup_dir=backups)
    assert current_revision(database.engine) == head_revision()
    copies = list(backups.glob("*.sqlite"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    with database.reading() as session:
        found = search_members(session, MemberFilter(text="thuy"))
    assert [m.full_name for m in found] == ["Nguyễn Thị Thuỷ"]
    database.close()


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = digest(path)
    with pytest.raises(SchemaTooNewError) as caught:
        open_database(path, backup_dir=tmp_path / "backups")
    assert "phiên bản Sổ Hội mới hơn" in caught.value.message
    assert digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_foreign_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"This is not a database at all, just text.\n" * 100)
    before = digest(path)
    with pytest.raises(NotADatabaseError):
        open_database(path)
    assert digest(path) == before


def test_other_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    before = digest(path)
    with pytest.raises(NotADatabaseError):
        open_database(path)
    assert digest(path) == before


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    database = open_database(tmp_path / "t.sqlite")
    with pytest.raises(RuntimeError), database.transaction() as session:
        init_site(session, "12586")
        raise RuntimeError("power cut")
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM site")).scalar_one() == 0
        assert conn.execute(text("SELECT count(*) FROM topics")).scalar_one() == 0
    database.close()


def test_schema_head_constant_matches_the_newest_migration() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == head_revision()


def test_models_and_migrations_describe_the_same_schema(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from db.models import Base

    database = open_database(tmp_path / "schema.sqlite")

    def ours(obj: object, name: str | None, kind: str, reflected: bool, compare_to: object) -> bool:
        return not (kind == "table" and name is not None and name.startswith("member_search"))

    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": ours, "compare_type": True}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
    database.close()


def test_new_keys_are_version_7_and_increase() -> None:
    import uuid

    from db.models import new_id

    keys = [new_id() for _ in range(20_000)]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    assert {uuid.UUID(k).version for k in keys} == {7}


MOUNTS = (
    "/dev/sda1 / ext4 rw,relatime 0 0\n"
    "server:/export /srv/office nfs4 rw 0 0\n"
    "//pc-chu-tich/Chia\\040se /mnt/chia\\040se cifs rw 0 0\n"
    "/dev/sdb1 /srv/office/usb vfat rw 0 0\n"
)


def test_the_deepest_mount_point_names_the_file_system() -> None:
    assert filesystem_type("/home/hoi/so.sqlite", MOUNTS) == "ext4"
    assert filesystem_type("/srv/office/so.sqlite", MOUNTS) == "nfs4"
    assert filesystem_type("/srv/office/usb/so.sqlite", MOUNTS) == "vfat"
    assert filesystem_type("/mnt/chia se/so.sqlite", MOUNTS) == "cifs"
    # A sibling folder whose name starts like a mount point is not inside it.
    assert filesystem_type("/srv/officeX/so.sqlite", MOUNTS) == "ext4"


def test_a_register_on_a_network_share_is_refused_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "share.sqlite"
    # The mount table says the folder is an NFS export (the file system itself is the
    # machine's; only the operating system's answer is stood in for).
    monkeypatch.setattr(
        engine_module, "is_network_path", lambda p: Path(p).resolve().is_relative_to(tmp_path)
    )
    with pytest.raises(NetworkRegisterError) as refused:
        open_database(path)
    assert "ổ mạng" in str(refused.value)
    assert "máy chủ" in str(refused.value)
    assert not path.exists()


def test_a_register_on_the_local_disk_opens(tmp_path: Path) -> None:
    assert not is_network_path(tmp_path / "so.sqlite")
    open_database(tmp_path / "so.sqlite").close()


SEARCH_STRUCTURES = (
    "member_search", "ix_member_search_", "ix_members_rowid", "ix_members_search_trigrams",
    "ix_members_inner_trigrams", "rowid",
)
"""What migrations 0002/0003/0016 add for search on each engine, outside the models."""


def test_the_migrated_schema_agrees_with_the_models(database: Database) -> None:
    """On either engine, the migrations build what the ORM models describe."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from db.models import Base

    def named(difference: Any) -> str:
        if isinstance(difference, list):
            return named(difference[0])
        for part in difference:
            name = getattr(part, "name", None)
            if isinstance(name, str):
                return name
        return str(difference)

    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    left = [d for d in differences if not named(d).startswith(SEARCH_STRUCTURES)]
    assert left == []


SERVER = os.environ.get("SOHOI_TEST_DATABASE_URL", "")
needs_server = pytest.mark.skipif(not SERVER, reason="needs SOHOI_TEST_DATABASE_URL")


def test_a_server_that_is_not_there_is_refused_with_a_message() -> None:
    from db.engine import ServerConnectionError

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ServerConnectionError) as caught:
        open_database(f"postgresql://sohoi@127.0.0.1:{port}/sohoi")
    assert "Không kết nối được tới máy chủ" in caught.value.message
    assert "postgresql://sohoi@127.0.0.1" in caught.value.message


@needs_server
def test_a_missing_server_database_and_a_foreign_one_are_refused(
    test_server: Any, database: Database
) -> None:
    from db.engine import ServerConnectionError

    with pytest.raises(ServerConnectionError) as caught:
        open_database(test_server.url_of("sohoi_no_such_database"))
    assert "không có cơ sở dữ liệu này" in caught.value.message
    name = test_server.create()
    foreign = create_engine(test_server.url_of(name))
    with foreign.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer)"))
    foreign.dispose()
    with pytest.raises(NotADatabaseError):
        open_database(test_server.url_of(name))
    check = create_engine(test_server.url_of(name))
    with check.connect() as connection:  # nothing was added
        tables = connection.execute(text(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        )).scalar_one()
    check.dispose()
    test_server.drop(name)
    assert tables == 1


@needs_server
def test_a_server_register_says_so_and_refuses_file_copies(database: Database) -> None:
    from db.engine import ServerRegisterError

    assert database.is_server
    assert database.label.startswith("postgresql://")
    with pytest.raises(ServerRegisterError) as caught:
        _ = database.path
    assert "pg_dump" in caught.value.message


@needs_server
def test_a_server_gone_mid_work_is_a_known_situation(database: Database) -> None:
    from db.errors import SERVER_GONE, known_situation

    with database.engine.connect() as connection:
        pid = connection.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with database.engine.connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        with pytest.raises(Exception) as caught:
            connection.execute(text("SELECT 1"))
    found = known_situation(caught.value)
    assert found is not None and found.kind == SERVER_GONE
    assert "máy chủ" in found.message


@needs_server
def test_names_sort_by_their_stored_key_whatever_the_server_locale(database: Database) -> None:
    """The sort keys compare byte by byte ("C"), never by the server's language settings."""
    with database.engine.connect() as connection:
        collations = dict(connection.execute(text(
            "SELECT table_name, collation_name FROM information_schema.columns "
            "WHERE column_name = 'sort_key' AND table_schema = current_schema()"
        )).all())
        # Under a language's rules the space and the hyphen are ignored; under "C" they
        # sort first, as in SQLite.
        ordered = connection.execute(text(
            "SELECT k FROM (VALUES ('a b'), ('ab'), ('a-c')) AS t(k) "
            'ORDER BY k COLLATE "C"'
        )).scalars().all()
    assert collations == {"members": "C", "units": "C", "member_search_initials": "C"}
    assert ordered == sorted(["a b", "ab", "a-c"])
