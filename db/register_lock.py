"""One program per register: a lock file beside it, held while the program has it open.

Two programs writing the same register lose saves silently: a restore in one replaces
the file under the other, whose next saves go to the old, unlinked file and are reported
done. So the program that opens a register holds an operating-system lock on
``<register>.lock`` for as long as it runs; a second window, a restore, a migration or a
``sohoi`` verb that writes finds it held and says where the register is open.

The lock is the operating system's (``flock`` on POSIX, ``msvcrt.locking`` on Windows),
not the file's existence: when a program crashes or the power goes, the system drops the
lock with the process, and the leftover file means nothing. What the file holds (process
id, computer and user) is only for the message.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from db.errors import QT_TRANSLATE_NOOP, Message, UserError

#: Windows locks a byte range; this one lies far past the small text the file holds,
#: so the holder's description stays readable by the program that is refused.
_WINDOWS_LOCK_OFFSET = 1 << 20


class RegisterInUseError(UserError):
    """Another Sổ Hội program holds the register open."""


def lock_path(db_path: Path) -> Path:
    """Return the lock file that guards ``db_path``."""
    return db_path.with_name(db_path.name + ".lock")


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[str]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def holder_description(db_path: Path) -> str:
    """Describe who holds the register ("máy X, người dùng Y, từ 08:15"), or ""."""
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    if not isinstance(data, dict):
        return ""
    parts = []
    if data.get("host"):
        parts.append(f"máy {data['host']}")
    if data.get("user"):
        parts.append(f"người dùng {data['user']}")
    if data.get("since"):
        parts.append(f"từ {data['since']}")
    if data.get("pid"):
        parts.append(f"tiến trình {data['pid']}")
    return ", ".join(str(p) for p in parts)


def in_use_message(db_path: Path) -> Message:
    """Return the message shown when another program holds ``db_path``."""
    who = holder_description(db_path)
    if who:
        return Message(QT_TRANSLATE_NOOP(
            "DbErrors",
            "Sổ Hội đang mở tệp dữ liệu này ở cửa sổ khác ({who}). Hãy dùng cửa sổ đó, hoặc "
            "đóng nó rồi thử lại; chưa có gì bị thay đổi."), {"who": who})
    return Message(QT_TRANSLATE_NOOP(
        "DbErrors",
        "Sổ Hội đang mở tệp dữ liệu này ở cửa sổ khác. Hãy dùng cửa sổ đó, hoặc đóng nó rồi "
        "thử lại; chưa có gì bị thay đổi."))


@dataclass
class RegisterLock:
    """The held lock on one register; release it (or let the process end) to free it."""

    db_path: Path
    _handle: IO[str] | None

    @property
    def held(self) -> bool:
        """Tell whether this object still holds the lock."""
        return self._handle is not None

    def release(self) -> None:
        """Let another program open the register."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        with contextlib.suppress(OSError):
            handle.seek(0)
            handle.truncate()
            handle.flush()
        _unlock(handle)
        handle.close()


def acquire(db_path: Path) -> RegisterLock:
    """Take the register's lock without waiting.

    Raises:
        RegisterInUseError: another program (or another window of this one) holds it.
    """
    db_path = Path(db_path)
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while held
    if not _try_lock(handle):
        handle.close()
        raise RegisterInUseError(in_use_message(db_path))
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = ""
    description = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "user": user,
        "since": dt.datetime.now().strftime("%H:%M %d/%m/%Y"),
    }
    handle.seek(0)
    handle.truncate()
    handle.write(json.dumps(description, ensure_ascii=False))
    handle.flush()
    return RegisterLock(db_path, handle)


def is_held_elsewhere(db_path: Path) -> bool:
    """Tell whether another program holds the register (taking and dropping the lock)."""
    try:
        lock = acquire(db_path)
    except RegisterInUseError:
        return True
    lock.release()
    return False


@contextlib.contextmanager
def holding(db_path: Path) -> Iterator[RegisterLock]:
    """Hold the register's lock for the duration of a ``with`` block."""
    lock = acquire(db_path)
    try:
        yield lock
    finally:
        lock.release()
