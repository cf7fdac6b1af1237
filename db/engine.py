"""Opening the SQLite file: pragmas, transactions, migrations and their safety copy.

Every connection runs with foreign keys on, a busy timeout (several people share the
PC and the upper level may run on a shared folder) and ``synchronous=FULL`` because
the offices lose power. WAL is used only on a local disk: it relies on shared memory
that network file systems do not provide.

pysqlite opens transactions lazily and commits DDL on its own; we switch that off and
emit ``BEGIN`` ourselves so that a migration or an import is all-or-nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from db.errors import NotADatabaseError, SchemaTooNewError

# Re-exported: callers have long asked db.engine for the schema revisions.
from db.revisions import alembic_config as alembic_config  # noqa: PLC0414
from db.revisions import head_revision as head_revision  # noqa: PLC0414
from db.revisions import known_revisions as known_revisions  # noqa: PLC0414
from db.revisions import migrations_path as migrations_path  # noqa: PLC0414

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ncpfs", "davfs"}
)


def is_network_path(path: Path) -> bool:
    """Tell whether ``path`` lies on a network share, where WAL must not be used."""
    resolved = str(path.resolve())
    if sys.platform == "win32":
        if resolved.startswith("\\\\"):
            return True
        import ctypes

        drive = os.path.splitdrive(resolved)[0] + "\\"
        drive_remote = 4
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        return bool(kernel32.GetDriveTypeW(drive) == drive_remote)
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    best, best_type = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type in NETWORK_FILESYSTEMS


def stored_revision(path: Path) -> str | None:
    """Read the schema revision of an existing file without writing to it.

    Raises:
        NotADatabaseError: the file is not SQLite or not ours.
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                if tables:
                    raise NotADatabaseError(
                        f"Tệp {path.name} không phải cơ sở dữ liệu của Sổ Hội."
                    )
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return None if row is None else str(row[0])
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(
            f"Tệp {path.name} không đọc được như một cơ sở dữ liệu (tệp hỏng hoặc không "
            "phải dữ liệu Sổ Hội)."
        ) from exc


def _configure_connection(dbapi_connection: Any, wal: bool) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA cache_size = -65536")
        cursor.execute("PRAGMA temp_store = MEMORY")
    finally:
        cursor.close()


def create_sqlite_engine(path: Path, *, wal: bool | None = None) -> Engine:
    """Create an engine whose connections carry our pragmas and real transactions."""
    use_wal = (not is_network_path(path)) if wal is None else wal
    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        _configure_connection(dbapi_connection, use_wal)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


@dataclass
class Database:
    """An open database: the engine and a factory of sessions, one per user action."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """Yield a Session inside one transaction: committed on success, else rolled back."""
        with self.sessions() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """Yield a Session for queries; nothing it does is committed."""
        with self.sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def close(self) -> None:
        """Refresh the query planner's statistics, then release every connection.

        ``PRAGMA optimize`` is cheap and only analyses what changed; without statistics
        SQLite may pick a poorer index for the member filters.
        """
        with contextlib.suppress(Exception), self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA optimize")
        self.engine.dispose()


def open_database(
    path: Path,
    *,
    backup_dir: Path | None = None,
    wal: bool | None = None,
) -> Database:
    """Open (creating or upgrading as needed) the database at ``path``.

    A file written by a newer version is refused before anything touches it. Before a
    file with data is upgraded, a copy is kept in ``backup_dir`` (default: a
    ``backups`` folder beside the file), so a failed or unwanted upgrade can be undone
    by hand.

    Raises:
        SchemaTooNewError: the file comes from a newer version of Sổ Hội.
        NotADatabaseError: the file is not a Sổ Hội database.
    """
    path = Path(path)
    head = head_revision()
    existing = path.exists() and path.stat().st_size > 0
    current = stored_revision(path) if existing else None
    if current is not None and current != head and current not in known_revisions():
        raise SchemaTooNewError(
            f"Tệp dữ liệu {path.name} được ghi bởi phiên bản Sổ Hội mới hơn phiên bản "
            "đang dùng. Hãy cập nhật Sổ Hội rồi mở lại; tệp không bị thay đổi."
        )
    if current is not None and current != head:
        from db.backup import BackupKind, create_backup

        target_dir = backup_dir if backup_dir is not None else path.parent / "backups"
        create_backup(path, target_dir, BackupKind.BEFORE_MIGRATION, dt.datetime.now())
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_sqlite_engine(path, wal=wal)
    if current != head:
        upgrade(engine, head)
    from db.audit import install_audit

    sessions = sessionmaker(engine, expire_on_commit=False)
    install_audit(sessions)
    return Database(path=path, engine=engine, sessions=sessions)


def upgrade(engine: Engine, revision: str) -> None:
    """Run the migrations up to ``revision`` in a single transaction."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    log.info("database schema at revision %s", revision)


def current_revision(engine: Engine) -> str | None:
    """Return the revision recorded in an open database."""
    with engine.connect() as connection:
        tables = connection.execute(
            text("SELECT name FROM sqlite_master WHERE name = 'alembic_version'")
        ).first()
        if tables is None:
            return None
        value = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return None if value is None else str(value)
