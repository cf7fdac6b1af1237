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

from db.errors import QT_TRANSLATE_NOOP, NotADatabaseError, SchemaTooNewError, UserError

# Re-exported: callers have long asked db.engine for the schema revisions.
from db.revisions import alembic_config as alembic_config  # noqa: PLC0414
from db.revisions import head_revision as head_revision  # noqa: PLC0414
from db.revisions import known_revisions as known_revisions  # noqa: PLC0414
from db.revisions import migrations_path as migrations_path  # noqa: PLC0414

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
#: Execution option marking a connection whose transaction will write (BEGIN IMMEDIATE).
WRITE_OPTION = "sohoi_writes"
#: ``Session.info`` flag: after this transaction commits, empty the WAL (an erasure).
WIPE_WAL_AFTER_COMMIT = "sohoi_wipe_wal"
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ncpfs", "davfs"}
)


def is_network_path(path: Path) -> bool:
    """Tell whether ``path`` lies on a network share (UNC path, mapped drive, NFS/CIFS)."""
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
        mounts = Path("/proc/mounts").read_text(encoding="utf-8")
    except OSError:
        return False
    return filesystem_type(resolved, mounts) in NETWORK_FILESYSTEMS


def filesystem_type(resolved: str, mounts: str) -> str:
    r"""Return the type of the file system holding ``resolved``, from a mount table.

    ``mounts`` is the text of ``/proc/mounts``; the deepest mount point containing the
    path wins, as the kernel resolves it. Spaces in mount points are written ``\040``.
    """
    best, best_type = "", ""
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type


class NetworkRegisterError(UserError):
    """The register lies on a network share, where SQLite cannot keep it safe."""


def check_local(path: Path) -> None:
    """Refuse a register kept on a network drive or shared folder.

    SQLite relies on the file system's locks, which network file systems do not keep
    reliably: two PCs writing one file on a share can corrupt it, and the power cut that
    a local disk survives can leave a share's copy half-written. A register therefore
    lives on the PC's own disk; an office where several PCs must write one register
    needs a database server instead (docs/ARCHITECTURE.md §8).

    Raises:
        NetworkRegisterError: with where to put the file instead.
    """
    if is_network_path(path):
        raise NetworkRegisterError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp dữ liệu {path} nằm trên ổ mạng hoặc thư mục dùng chung. Sổ Hội không mở sổ ở "
                "đó, vì nhiều máy cùng ghi một tệp qua mạng có thể làm hỏng dữ liệu. Hãy chép tệp "
                "về ổ đĩa của máy này (ví dụ thư mục Tài liệu) rồi mở từ đó. Văn phòng cần nhiều "
                "máy cùng nhập một sổ thì phải dùng máy chủ cơ sở dữ liệu, không dùng thư mục "
                "chia sẻ. Tệp không bị thay đổi.",
            ),
            path=path,
        )


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
                        QT_TRANSLATE_NOOP(
                            "DbErrors",
                            "Tệp {name} không phải cơ sở dữ liệu của Sổ Hội.",
                        ),
                        name=path.name,
                    )
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return None if row is None else str(row[0])
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp {name} không đọc được như một cơ sở dữ liệu (tệp hỏng hoặc không phải dữ "
                "liệu Sổ Hội).",
            ),
            name=path.name,
        ) from exc


def _configure_connection(dbapi_connection: Any, wal: bool) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Erased personal data must not linger in free pages, the WAL or a later copy;
        # builds of SQLite differ in their default, so it is switched on here.
        cursor.execute("PRAGMA secure_delete = ON")
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
        # A write takes the write lock at once: a deferred transaction that reads first
        # cannot wait for a busy register (SQLite fails it at once to avoid a deadlock),
        # so the busy timeout would never apply to it.
        writes = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

    return engine


@dataclass
class Database:
    """An open database: the engine and a factory of sessions, one per user action."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """Yield a Session inside one transaction: committed on success, else rolled back.

        The transaction begins IMMEDIATE, so a register busy with another program's
        write is waited for (the busy timeout) instead of failing on the first write.
        """
        # Bound to the same engine with the write option: the transaction still begins
        # at the first statement (as before), but as BEGIN IMMEDIATE.
        with self.sessions(bind=self.engine.execution_options(**{WRITE_OPTION: True})) as session:
            with session.begin():
                yield session
            if session.info.pop(WIPE_WAL_AFTER_COMMIT, False):
                self.wipe_wal()

    def wipe_wal(self) -> None:
        """Fold the WAL into the file and empty it, so old page images are gone.

        After an erasure the WAL still holds the pages as they were before; a TRUNCATE
        checkpoint writes the (secure-deleted) pages back and cuts the WAL to nothing. If
        another program is reading, the checkpoint cannot finish now; the next one will.
        """
        with self.engine.connect() as connection:
            result = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
            if result is not None and result[0] == 1:
                log.warning("WAL not emptied after an erasure: the register is being read")

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


class ReadOnlyRegisterError(UserError):
    """The register (or its folder) cannot be written: nothing could be saved."""


def check_writable(path: Path) -> None:
    """Refuse a register that cannot be written, before it is mistaken for a damaged one.

    SQLite needs to write the file itself and, beside it, its journal or WAL; a file
    marked read-only, copied from a CD or a write-protected stick, or a folder without
    write permission would otherwise fail at the first save.

    Raises:
        ReadOnlyRegisterError: with what to do.
    """
    if path.exists() and not os.access(path, os.W_OK):
        raise ReadOnlyRegisterError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp dữ liệu {name} chỉ cho phép đọc, nên Sổ Hội không lưu được gì vào đó. Hãy bỏ "
                "thuộc tính « chỉ đọc » của tệp (chuột phải › Properties), hoặc chép tệp vào ổ "
                "đĩa của máy nếu nó đang ở đĩa CD hay USB bị khóa ghi. Tệp không hỏng.",
            ),
            name=path.name,
        )
    folder = path.parent
    if folder.exists() and not os.access(folder, os.W_OK):
        raise ReadOnlyRegisterError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Thư mục {folder} không cho phép ghi, nên Sổ Hội không lưu được dữ liệu. Hãy cấp "
                "quyền ghi cho thư mục này hoặc nhờ người quản trị máy. Tệp không hỏng.",
            ),
            folder=folder,
        )


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
        ReadOnlyRegisterError: the file or its folder cannot be written.
        NetworkRegisterError: the file lies on a network share.
    """
    path = Path(path)
    check_local(path)
    check_writable(path)
    head = head_revision()
    existing = path.exists() and path.stat().st_size > 0
    current = stored_revision(path) if existing else None
    if current is not None and current != head and current not in known_revisions():
        raise SchemaTooNewError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp dữ liệu {name} được ghi bởi phiên bản Sổ Hội mới hơn phiên bản đang dùng. "
                "Hãy cập nhật Sổ Hội rồi mở lại; tệp không bị thay đổi.",
            ),
            name=path.name,
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
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as connection:
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
