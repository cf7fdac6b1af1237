"""What every verb of the command line shares: the ``--db`` option, opening, locking."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop import paths

Handler = Callable[[argparse.Namespace], int]
"""A verb's function: takes the parsed arguments, returns the process exit code."""

_HELD_LOCKS: list[Any] = []
"""Register locks taken by this run; the operating system frees them when it ends."""


def register_path(args: argparse.Namespace) -> Path:
    """Return the register file a verb works on: ``--db`` or the one in the user's data folder.

    Raises:
        ServerRegisterError: ``--db`` names a server, and the verb works on a file.
    """
    target = register_target(args)
    if isinstance(target, str):
        from db.engine import SERVER_BACKUP_ADVICE, ServerRegisterError

        raise ServerRegisterError(SERVER_BACKUP_ADVICE)
    return target


def register_target(args: argparse.Namespace) -> Path | str:
    """Return the register a verb works on: a file's path, or a server's URL."""
    from db.dialects import is_server_url

    given = getattr(args, "db", None)
    if given and is_server_url(given):
        return str(given)
    return Path(given) if given else paths.default_database()


def hold_register(path: Path) -> None:
    """Take the register's lock for the rest of this run, or refuse with who holds it.

    Raises:
        RegisterInUseError: a Sổ Hội window (or another command) has it open.
    """
    from db.register_lock import acquire

    if any(lock.db_path == path and lock.held for lock in _HELD_LOCKS):
        return
    _HELD_LOCKS.append(acquire(path))


def open_register(args: argparse.Namespace, *, writes: bool = True) -> Any:
    """Open (and migrate) the register a verb works on.

    A verb that writes first takes the register's lock (one program at a time); verbs
    that only read (listings, prints, exports) may run beside an open window, unless
    opening would upgrade or create the file. The default register gets its safety copy
    before a migration in the usual backup folder; a register named with ``--db`` is the
    caller's business (tests, scripts).
    """
    from db.engine import head_revision, open_database, stored_revision

    target = register_target(args)
    if isinstance(target, str):
        # A server keeps its programs apart itself: no lock file, no safety copy here.
        return open_database(target)
    path = target
    if writes or not path.exists() or stored_revision(path) != head_revision():
        hold_register(path)
    return open_database(path, backup_dir=None if getattr(args, "db", None)
                         else paths.backup_dir())


def read_register(args: argparse.Namespace) -> Any:
    """Open the register for a verb that only reads (see :func:`open_register`)."""
    return open_register(args, writes=False)


def common_options() -> argparse.ArgumentParser:
    """Return the parent parser that gives each verb its ``--db`` option."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="tệp dữ liệu hoặc địa chỉ máy chủ postgresql://… "
                        "(mặc định: tệp trong thư mục dữ liệu người dùng)")
    return common
