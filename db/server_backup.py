"""Copies of a register kept on a PostgreSQL server, made with the server's own tools.

A server's register is not a file this PC could copy: ``pg_dump`` takes a consistent
copy while the staff keep working, in its custom format (``-Fc``: compressed, and
``pg_restore`` can list it and restore it into a new database). The copy is written
beside its final name and renamed only once ``pg_dump`` finished, so a copy that exists
is a whole one. The connection's details go to the tools by environment variables: a
password on a command line can be read by every user of the PC in the process list.

Restoring is the administrator's decision and is not automated: ``pg_restore`` into a
new, empty database, then each PC opens that one (README, "Máy chủ cho văn phòng tỉnh").
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from db.errors import UserError

#: Where the PostgreSQL installer for Windows puts its tools (one folder per version).
WINDOWS_FOLDER = Path("C:/Program Files/PostgreSQL")
#: Name of the server copies, beside the register files' copies in the backups folder.
DUMP_SUFFIX = ".dump"
#: Longest a copy may take before it is given up (a large register takes minutes).
DUMP_TIMEOUT_S = 6 * 3600


class ServerToolMissingError(UserError):
    """``pg_dump`` or ``pg_restore`` is not installed on this PC."""


class ServerBackupError(UserError):
    """The server's tool refused or failed; nothing was kept."""


@dataclass(frozen=True)
class ServerCopy:
    """One copy of a server's register.

    Attributes:
        path: the ``.dump`` file.
        size_bytes: its size.
        tables: how many tables' data it holds (from ``pg_restore --list``).
    """

    path: Path
    size_bytes: int
    tables: int


def find_tool(name: str, *, search_path: str | None = None,
              windows_folder: Path = WINDOWS_FOLDER) -> Path:
    r"""Return the PostgreSQL client tool ``name`` (``pg_dump``, ``pg_restore``).

    The tool is looked for on PATH, then (on Windows, where the installer does not add
    itself to PATH) in ``C:\Program Files\PostgreSQL\<version>\bin``, newest first.

    Raises:
        ServerToolMissingError: with how to install it.
    """
    found = shutil.which(name, path=search_path)
    if found:
        return Path(found)
    if windows_folder.is_dir():
        def version(folder: Path) -> tuple[int, ...]:
            return tuple(int(part) for part in re.findall(r"\d+", folder.name)) or (0,)

        for folder in sorted(windows_folder.iterdir(), key=version, reverse=True):
            for candidate in (folder / "bin" / f"{name}.exe", folder / "bin" / name):
                if candidate.is_file():
                    return candidate
    raise ServerToolMissingError(
        f"Không tìm thấy chương trình {name} của PostgreSQL trên máy này. Trên Windows hãy "
        "cài PostgreSQL (bộ cài của EDB, có thể chỉ chọn « Command Line Tools »); trên "
        "Debian/Ubuntu: sudo apt install postgresql-client. Không có gì bị thay đổi."
    )


def connection_env(url: str) -> dict[str, str]:
    """Return the environment that gives the PostgreSQL tools the URL's connection.

    Host, port, user, password and database travel as ``PG*`` variables, never as
    arguments, so the password is not visible in the process list.
    """
    parsed = make_url(url)
    env = dict(os.environ)
    for key, value in (("PGHOST", parsed.host), ("PGPORT", parsed.port),
                       ("PGUSER", parsed.username), ("PGPASSWORD", parsed.password),
                       ("PGDATABASE", parsed.database)):
        if value is not None and value != "":
            env[key] = str(value)
    sslmode = parsed.query.get("sslmode")
    if isinstance(sslmode, str):
        env["PGSSLMODE"] = sslmode
    return env


def dump_name(url: str, moment: dt.datetime) -> str:
    """Return the file name of a copy taken at ``moment`` of the database in ``url``."""
    database = re.sub(r"[^A-Za-z0-9_-]+", "_", make_url(url).database or "sohoi")
    return f"sohoi-{database}-{moment:%Y%m%d-%H%M%S}{DUMP_SUFFIX}"


def _failure(tool: str, completed: subprocess.CompletedProcess[bytes]) -> ServerBackupError:
    said = completed.stderr.decode("utf-8", "replace").strip().splitlines()
    last = said[-1] if said else f"mã lỗi {completed.returncode}"
    return ServerBackupError(f"{tool} báo lỗi: {last}. Không có bản sao nào được giữ.")


def dump_server(url: str, folder: Path, moment: dt.datetime, *,
                tool: Path | None = None) -> ServerCopy:
    """Copy the server's register into ``folder`` with ``pg_dump -Fc``, then check it.

    Raises:
        ServerToolMissingError: no ``pg_dump`` on this PC.
        ServerBackupError: the tool failed (unreachable server, no rights, full disk).
    """
    pg_dump = tool or find_tool("pg_dump")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / dump_name(url, moment)
    partial = target.with_name(target.name + ".part")
    try:
        completed = subprocess.run(
            [str(pg_dump), "--format=custom", "--no-password", "--file", str(partial)],
            env=connection_env(url), capture_output=True, timeout=DUMP_TIMEOUT_S,
            check=False,
        )
        if completed.returncode != 0:
            raise _failure("pg_dump", completed)
        with partial.open("rb+") as written:
            os.fsync(written.fileno())
        copy = verify_dump(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    if sys.platform != "win32":
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    return ServerCopy(target, target.stat().st_size, copy.tables)


def verify_dump(path: Path, *, tool: Path | None = None) -> ServerCopy:
    """Check a server copy by reading its table of contents with ``pg_restore --list``.

    Raises:
        ServerToolMissingError: no ``pg_restore`` on this PC.
        ServerBackupError: the file is not a readable ``pg_dump`` copy, or holds no
            table of a register.
    """
    if not path.is_file():
        raise ServerBackupError(f"Không có tệp {path}.")
    pg_restore = tool or find_tool("pg_restore")
    completed = subprocess.run([str(pg_restore), "--list", str(path)], capture_output=True,
                               timeout=600, check=False)
    if completed.returncode != 0:
        raise ServerBackupError(
            f"Tệp {path.name} không phải bản sao lưu đọc được của máy chủ (pg_restore không "
            "đọc được mục lục).")
    listing = completed.stdout.decode("utf-8", "replace").splitlines()
    tables = sum(1 for line in listing if " TABLE DATA " in line)
    if not any(" TABLE DATA " in line and " alembic_version " in line for line in listing):
        raise ServerBackupError(f"Tệp {path.name} không chứa sổ của Sổ Hội.")
    return ServerCopy(path, path.stat().st_size, tables)


def list_dumps(folder: Path) -> list[Path]:
    """Return the server copies in ``folder``, newest name first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"sohoi-*{DUMP_SUFFIX}"), reverse=True)
