"""Opening a register: a SQLite file or a PostgreSQL database, migrations and safety copy.

A register is a SQLite file on the PC's own disk (a commune, the default) or a database
on a PostgreSQL server given by its URL (a province office with several staff). What
the two engines need differently lives in :mod:`db.dialects`, chosen here once; the
:class:`Database` carries it for the rest of the program.
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

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from db.dialects import POSTGRESQL, SQLITE, Dialect, dialect_of, is_server_url
from db.dialects.base import WRITE_OPTION as WRITE_OPTION  # noqa: PLC0414
from db.dialects.sqlite import BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS  # noqa: PLC0414
from db.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentChangeError,
    NotADatabaseError,
    SchemaTooNewError,
    UserError,
)

# Re-exported: callers have long asked db.engine for the schema revisions.
from db.revisions import alembic_config as alembic_config  # noqa: PLC0414
from db.revisions import head_revision as head_revision  # noqa: PLC0414
from db.revisions import known_revisions as known_revisions  # noqa: PLC0414
from db.revisions import migrations_path as migrations_path  # noqa: PLC0414

log = logging.getLogger(__name__)

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


def create_sqlite_engine(path: Path, *, wal: bool | None = None) -> Engine:
    """Create an engine on a SQLite file whose connections carry our pragmas."""
    use_wal = (not is_network_path(path)) if wal is None else wal
    return SQLITE.create_engine(f"sqlite:///{path}", wal=use_wal)


class ServerRegisterError(UserError):
    """A file operation (copy, restore, lock file) asked of a register kept on a server."""


SERVER_BACKUP_ADVICE = (
    "Sổ này nằm trên máy chủ PostgreSQL, không phải một tệp trên máy này, nên Sổ Hội "
    "không chép hay khôi phục nó như một tệp. Bản sao lưu của máy chủ do người quản trị "
    "làm bằng lệnh pg_dump (ví dụ: pg_dump -Fc -f sohoi.dump postgresql://…/sohoi) và "
    "khôi phục bằng pg_restore. Dữ liệu không bị thay đổi."
)


@dataclass
class Database:
    """An open register: the engine, a factory of sessions (one per user action), its dialect.

    Attributes:
        location: the SQLite file's path, or the server's URL (without its password).
        engine: SQLAlchemy's engine.
        sessions: the session factory.
        dialect: what the engine needs said differently (:mod:`db.dialects`).
    """

    location: Path | str
    engine: Engine
    sessions: sessionmaker[Session]
    dialect: Dialect = SQLITE

    @property
    def is_server(self) -> bool:
        """Tell whether the register lives on a database server rather than in a file."""
        return self.dialect.is_server

    @property
    def path(self) -> Path:
        """The register's file, for what is done to the file itself (copies, the lock).

        Raises:
            ServerRegisterError: the register is on a server; the message says how its
                copies are made instead.
        """
        if isinstance(self.location, Path):
            return self.location
        raise ServerRegisterError(SERVER_BACKUP_ADVICE)

    @property
    def label(self) -> str:
        """Where the register is, as shown to a person (a path, or the server's URL)."""
        return str(self.location)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """Yield a Session inside one transaction: committed on success, else rolled back.

        On SQLite the transaction begins IMMEDIATE, so a register busy with another
        program's write is waited for (the busy timeout) instead of failing on the
        first write; the server's transactions need nothing of the kind.
        """
        # Bound to the same engine with the write option: the transaction still begins
        # at the first statement (as before), but as BEGIN IMMEDIATE.
        with self.sessions(bind=self.engine.execution_options(**{WRITE_OPTION: True})) as session:
            try:
                with session.begin():
                    yield session
            except StaleDataError as exc:
                # Two saves of the same version at once (several PCs on one server): the
                # row changed under this one, which was rolled back whole.
                raise ConcurrentChangeError(QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Người khác vừa lưu thay đổi cho chính hồ sơ này trong lúc bạn đang sửa, "
                    "nên lần lưu này chưa ghi gì. Hãy mở lại hồ sơ để xem bản mới nhất rồi "
                    "nhập lại phần thay đổi của bạn.",
                )) from exc
            if session.info.pop(WIPE_WAL_AFTER_COMMIT, False):
                self.wipe_wal()

    def wipe_wal(self) -> None:
        """After an erasure, make the engine drop its old copies of the erased rows."""
        self.dialect.forget_erased(self.engine)

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

        Without statistics SQLite may pick a poorer index for the member filters.
        """
        with contextlib.suppress(Exception), self.engine.connect() as connection:
            self.dialect.optimize(connection)
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
    target: Path | str,
    *,
    backup_dir: Path | None = None,
    wal: bool | None = None,
) -> Database:
    """Open (creating or upgrading as needed) the register at ``target``.

    ``target`` is a SQLite file's path, or a PostgreSQL URL
    (``postgresql://user[:password]@host[:port]/database``), opened by
    :func:`open_server_database`.

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
    if is_server_url(target):
        return open_server_database(str(target))
    path = Path(target)
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
    return _opened(path, engine, SQLITE)


def _opened(location: Path | str, engine: Engine, dialect: Dialect) -> Database:
    from db.audit import install_audit

    sessions = sessionmaker(engine, expire_on_commit=False)
    install_audit(sessions)
    return Database(location=location, engine=engine, sessions=sessions, dialect=dialect)


class ServerConnectionError(UserError):
    """The database server could not be reached or refused the connection."""


def server_connection_message(shown: str, exc: BaseException) -> str:
    """Say in Vietnamese why a server connection failed, and what to check.

    psycopg reports these failures as text only (no SQLSTATE before a session exists),
    so the message's words decide.
    """
    said = str(exc).lower()
    if "database" in said and "does not exist" in said:
        why = ("Máy chủ không có cơ sở dữ liệu này. Hãy kiểm tra tên cơ sở dữ liệu ở cuối "
               "địa chỉ, hoặc nhờ người quản trị tạo nó trước.")
    elif ("password" in said or "authentication" in said
          or ("role" in said and "does not exist" in said)):
        why = ("Máy chủ từ chối tên đăng nhập hoặc mật khẩu. Hãy kiểm tra tên người dùng và "
               "mật khẩu trong địa chỉ với người quản trị máy chủ.")
    else:
        why = ("Không kết nối được tới máy chủ (máy chủ chưa chạy, sai tên máy hay cổng, hoặc "
               "mạng bị ngắt). Hãy kiểm tra máy chủ và mạng rồi thử lại.")
    return f"Không mở được sổ trên máy chủ {shown}. {why} Không có gì bị thay đổi."


def open_server_database(url: str) -> Database:
    """Open (creating or upgrading as needed) the register in a PostgreSQL database.

    The same checks as for a file: a schema from a newer version, or a database that
    holds other tables, is refused before anything is written. No safety copy is made
    before an upgrade: the server's copies are the administrator's (``pg_dump``), and
    the upgrade runs in one transaction, so a failure leaves the schema as it was.

    Raises:
        ServerConnectionError: the server is unreachable, refused the login, or has no
            such database.
        SchemaTooNewError: the database comes from a newer version of Sổ Hội.
        NotADatabaseError: the database holds tables that are not Sổ Hội's.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import DBAPIError

    engine = POSTGRESQL.create_engine(url)
    shown = make_url(engine.url).set(drivername="postgresql").render_as_string(
        hide_password=True)
    try:
        with engine.connect() as connection:
            current = _server_revision(connection, shown)
    except DBAPIError as exc:
        engine.dispose()
        raise ServerConnectionError(server_connection_message(shown, exc)) from exc
    except UserError:
        engine.dispose()
        raise
    head = head_revision()
    if current is not None and current != head and current not in known_revisions():
        engine.dispose()
        raise SchemaTooNewError(
            f"Cơ sở dữ liệu {shown} được ghi bởi phiên bản Sổ Hội mới hơn phiên bản đang "
            "dùng. Hãy cập nhật Sổ Hội rồi mở lại; dữ liệu không bị thay đổi."
        )
    if current != head:
        upgrade(engine, head)
    return _opened(shown, engine, POSTGRESQL)


def _server_revision(connection: Any, shown: str) -> str | None:
    """Read the schema revision of a server database; refuse one holding other tables."""
    if not POSTGRESQL.has_table(connection, "alembic_version"):
        others = connection.execute(text(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = "
            "current_schema()"
        )).scalar_one()
        connection.rollback()
        if others:
            raise NotADatabaseError(
                f"Cơ sở dữ liệu {shown} đã có những bảng không phải của Sổ Hội. Hãy dùng một "
                "cơ sở dữ liệu trống dành riêng cho Sổ Hội; dữ liệu không bị thay đổi."
            )
        return None
    value = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    connection.rollback()
    return None if value is None else str(value)


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
        if not dialect_of(engine).has_table(connection, "alembic_version"):
            return None
        value = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return None if value is None else str(value)
