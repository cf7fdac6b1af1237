"""Safety copies of the register: taking, listing, checking, thinning and restoring them.

Commune offices lose power, share one PC among several people and carry USB sticks that
get pulled out mid-write, so the register must always have a recent, *verified* copy that
a person can go back to without help. Copies live in one folder (the application passes
``desktop.paths.backup_dir()``), one self-contained SQLite file each, named so that a
person browsing the folder sees what and when::

    sohoi-<kind>-YYYYMMDD-HHMMSS.sqlite      e.g. sohoi-daily-20261125-081500.sqlite

The name, not the file's modification time, is the truth about when a copy was taken:
copying a folder to a USB stick and back changes times, never names.

Every copy is made with SQLite's online backup (:func:`copy_database`), which
cannot catch a half-written page, is written beside its final name and renamed into
place, and is opened again read-only and checked before it counts. Thinning keeps a
copy of each recent day, week and month, so the folder stays small over years without
ever leaving the office without a copy.

This module imports no Qt: the window, the command line and the start-up hooks all use
the same functions.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import json
import logging
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from db.backup_crypto import (
    LOST_PASSPHRASE_WARNING,
    decrypt_file,
    encrypt_file,
    is_encrypted_backup,
    passphrase_is_set,
    passphrase_matches,
)
from db.cancel import Cancel, interruptible
from db.errors import QT_TRANSLATE_NOOP, Message, SchemaTooNewError, UserError
from db.revisions import head_revision, known_revisions
from db.rules import live_sql

log = logging.getLogger(__name__)


class BackupKind(enum.StrEnum):
    """Why a copy was taken; it is part of the file name."""

    DAILY = "daily"
    CLOSING = "closing"
    BEFORE_IMPORT = "before-import"
    BEFORE_RESTORE = "before-restore"
    MANUAL = "manual"
    BEFORE_MIGRATION = "before-migration"


#: What each kind is called on screen and in the terminal.
KIND_LABELS: dict[str, str] = {
    BackupKind.DAILY: "Hằng ngày",
    BackupKind.CLOSING: "Khi đóng chương trình",
    BackupKind.BEFORE_IMPORT: "Trước khi nhập dữ liệu",
    BackupKind.BEFORE_RESTORE: "Trước khi khôi phục",
    BackupKind.MANUAL: "Sao lưu thủ công",
    BackupKind.BEFORE_MIGRATION: "Trước khi nâng cấp",
}

#: Kinds a person asked for, or that precede a risky step: the newest of each is kept
#: for this many days whatever the day/week/month rule says.
PROTECTED_KINDS = frozenset(
    {
        BackupKind.MANUAL,
        BackupKind.BEFORE_IMPORT,
        BackupKind.BEFORE_RESTORE,
        BackupKind.BEFORE_MIGRATION,
    }
)
PROTECTED_DAYS = 30
KEEP_DAYS = 7
KEEP_WEEKS = 4
KEEP_MONTHS = 12

_NAME = re.compile(
    r"^sohoi-(?P<kind>" + "|".join(re.escape(k.value) for k in BackupKind) + r")"
    r"-(?P<stamp>\d{8}-\d{6})(?:-(?P<seq>\d{1,3}))?\.(?P<ext>sqlite|sohoi)$"
)
#: The extension of a copy encrypted with the office's passphrase (see db.backup_crypto).
ENCRYPTED_SUFFIX = ".sohoi"
_STAMP = "%Y%m%d-%H%M%S"

BACKUP_STEP_PAGES: Final = 4096
"""Pages copied per step of the online backup: 16 MB at SQLite's 4 KiB pages.

Between two steps the source is not locked (another program can write, the person can
press "Hủy"), and each step takes a few tenths of a second on an office PC, so a copy of
a province's 6 GB register can be followed and stopped instead of holding the file for
the whole copy."""

#: Called with (pages copied, pages in all) after each step of a copy.
Progress = Callable[[int, int], None]

#: Copies that hold the register as it was when they were taken, and so can stand in
#: for a before-import copy of the same hour (a before-restore copy holds the data
#: that a restore replaced, not the register that is being imported into).
STANDS_FOR_IMPORT = frozenset(
    {
        BackupKind.DAILY,
        BackupKind.CLOSING,
        BackupKind.BEFORE_IMPORT,
        BackupKind.MANUAL,
        BackupKind.BEFORE_MIGRATION,
    }
)


@dataclass(frozen=True)
class BackupInfo:
    """One safety copy, as the screens and the command line show it."""

    path: Path
    kind: str
    taken_at: dt.datetime
    size_bytes: int

    @property
    def kind_label(self) -> str:
        """Return the kind in plain Vietnamese ("Hằng ngày", "Sao lưu thủ công"…)."""
        return KIND_LABELS.get(self.kind, self.kind)


UNCHANGED_AFTER = QT_TRANSLATE_NOOP("DbErrors", "{problem} Dữ liệu hiện tại không bị thay đổi.")
"""A copy that cannot be restored: what is wrong with it, then that nothing changed."""


def renamed(message: str, old: str, new: str) -> str:
    """Return a check's message naming the file ``new`` where it named ``old``.

    A copy is checked under a scratch name before it gets its own; the message the
    person reads names the file she will find. The template and values stay, so the
    message still shows in the window's language.
    """
    if isinstance(message, Message):
        return Message(message.template, {key: new if value == old else value
                                          for key, value in message.params.items()})
    return message.replace(old, new)


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of checking a copy: can it be restored, and what does it hold."""

    ok: bool
    message: str
    revision: str | None = None
    members: int | None = None


def backup_name(kind: str, taken_at: dt.datetime, seq: int = 0, *,
                encrypted: bool = False) -> str:
    """Return the file name of a copy of ``kind`` taken at ``taken_at``.

    ``seq`` separates two copies of the same kind taken within the same second (a
    double click on "Sao lưu ngay", two imports at once), so the second never
    overwrites the first.
    """
    suffix = f"-{seq}" if seq else ""
    ext = ENCRYPTED_SUFFIX if encrypted else ".sqlite"
    return f"sohoi-{BackupKind(kind).value}-{taken_at.strftime(_STAMP)}{suffix}{ext}"


def parse_backup_name(name: str) -> tuple[str, dt.datetime, int] | None:
    """Return (kind, taken_at, seq) from a copy's file name, or None if it is not one."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        taken_at = dt.datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return match["kind"], taken_at, int(match["seq"] or 0)


def _info(path: Path) -> BackupInfo | None:
    parsed = parse_backup_name(path.name)
    if parsed is None:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return BackupInfo(path=path, kind=parsed[0], taken_at=parsed[1], size_bytes=size)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Return the copies in ``folder``, newest first.

    Half-written ``.partial`` files and anything else a person dropped in the folder
    are ignored: only a name made by :func:`backup_name` means a finished copy.
    """
    if not folder.is_dir():
        return []
    found: list[tuple[dt.datetime, int, BackupInfo]] = []
    for path in folder.iterdir():
        if not path.is_file():
            continue
        info = _info(path)
        if info is not None:
            parsed = parse_backup_name(path.name)
            found.append((info.taken_at, parsed[2] if parsed else 0, info))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [item[2] for item in found]


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _is_known_revision(revision: str) -> bool:
    return revision == head_revision() or revision in known_revisions()


def verify_backup(
    path: Path, passphrase: str | None = None, *, cancel: Cancel | None = None
) -> VerifyResult:
    """Check that a copy is a whole Sổ Hội register this version can restore.

    The file is opened read-only and *immutable*, so checking a copy on a write-protected
    USB stick works and never leaves ``-wal``/``-shm`` files behind. Every page is read
    (``PRAGMA integrity_check``), the schema revision must be one this version knows,
    and the members are counted so the person can recognise the right copy.

    Raises:
        Cancelled: ``cancel`` was set while the pages were read.
    """
    path = Path(path)
    if not path.is_file():
        return VerifyResult(False, Message(
            QT_TRANSLATE_NOOP("DbErrors", "Không tìm thấy tệp {name}."), {"name": path.name}))
    if is_encrypted_backup(path):
        return _verify_encrypted(path, passphrase)
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            with interruptible(conn, cancel):
                rows = conn.execute("PRAGMA integrity_check").fetchall()
            if not rows or rows[0][0] != "ok":
                return VerifyResult(False, Message(QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Tệp {name} bị hỏng (không qua kiểm tra toàn vẹn); "
                    "không dùng được để khôi phục.",
                ), {"name": path.name}))
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                return VerifyResult(False, Message(QT_TRANSLATE_NOOP(
                    "DbErrors", "Tệp {name} không phải dữ liệu của Sổ Hội."), {"name": path.name}))
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = None if row is None else str(row[0])
            members = None
            if "members" in tables:
                count = conn.execute(
                    f"SELECT count(*) FROM members WHERE {live_sql()}"
                ).fetchone()
                members = int(count[0]) if count else 0
    except sqlite3.DatabaseError:
        return VerifyResult(False, Message(QT_TRANSLATE_NOOP(
            "DbErrors",
            "Tệp {name} không đọc được như một cơ sở dữ liệu (tệp hỏng hoặc không "
            "phải dữ liệu Sổ Hội).",
        ), {"name": path.name}))
    if revision is None:
        return VerifyResult(False, Message(QT_TRANSLATE_NOOP(
            "DbErrors", "Tệp {name} không ghi phiên bản dữ liệu; không dùng được."),
            {"name": path.name}))
    if not _is_known_revision(revision):
        return VerifyResult(
            False,
            Message(QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp {name} được ghi bởi phiên bản Sổ Hội mới hơn phiên bản đang dùng. "
                "Hãy cập nhật Sổ Hội trước khi khôi phục từ tệp này.",
            ), {"name": path.name}),
            revision,
            members,
        )
    return VerifyResult(
        True,
        Message(QT_TRANSLATE_NOOP(
            "DbErrors", "Bản sao lưu tốt: {members} hội viên, phiên bản dữ liệu {revision}."),
            {"members": _number(members or 0), "revision": revision}),
        revision,
        members,
    )


def copy_database(
    source: Path,
    target: Path,
    *,
    check: bool = True,
    cancel: Cancel | None = None,
    progress: Progress | None = None,
) -> None:
    """Copy a live database with SQLite's online backup, written beside and renamed.

    A plain file copy could catch a half-written page; the backup API cannot. The copy
    is made in steps of :data:`BACKUP_STEP_PAGES` pages, so the source stays usable
    between steps and the copy can be followed and stopped. If another connection
    writes the source between two steps, SQLite starts the copy again from the first
    page, so the copy is always one consistent moment.

    Args:
        source: the database to copy (it may be open elsewhere).
        target: the final name; nothing bears it until the copy is whole.
        check: run ``PRAGMA integrity_check`` on the copy before it takes the name. A
            caller that checks the finished file itself (:func:`create_backup`) passes
            False: on a province's register each check reads all 6 GB again.
        cancel: stops the copy (and the check) between two steps.
        progress: told (pages copied, pages in all) after each step.

    Raises:
        Cancelled: ``cancel`` was set; no file is left under ``target``'s name.
        UserError: the copy failed its check.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)

    def step(_status: int, remaining: int, total: int) -> None:
        if cancel is not None:
            cancel.check()
        if progress is not None:
            progress(total - remaining, total)

    try:
        with (
            contextlib.closing(sqlite3.connect(source)) as src,
            contextlib.closing(sqlite3.connect(partial)) as dst,
        ):
            if cancel is not None:
                cancel.check()
            src.backup(dst, pages=BACKUP_STEP_PAGES, progress=step)
            if check:
                with interruptible(dst, cancel):
                    result = dst.execute("PRAGMA integrity_check").fetchone()
                if result is None or result[0] != "ok":
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "DbErrors",
                            "Bản sao lưu không vượt qua kiểm tra toàn vẹn; chưa ghi gì.",
                        ),
                    )
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)


def fsync_folder(folder: Path) -> None:
    """Make a rename durable: on POSIX the folder entry must reach the disk too."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _free_target(folder: Path, kind: str, now: dt.datetime, *, encrypted: bool = False) -> Path:
    for seq in range(1000):
        target = folder / backup_name(kind, now, seq, encrypted=encrypted)
        if not target.exists():
            return target
    raise UserError(
        QT_TRANSLATE_NOOP(
            "DbErrors",
            "Đã có quá nhiều bản sao lưu trong cùng một giây; hãy thử lại sau.",
        ),
    )


def _scratch(folder: Path, name: str) -> Path:
    """Return a file name in ``folder`` that only this call uses (never listed)."""
    return folder / f".{name}.{os.getpid()}-{uuid.uuid4().hex[:12]}.tmp"


def _publish(finished: Path, target: Path, kind: str, now: dt.datetime) -> Path:
    """Give a finished file its final name without ever replacing another copy.

    Two programs (two imports in the same second) may pick the same free name; a hard
    link fails when the name exists, so the later one takes the next number instead.
    """
    encrypted = target.suffix == ENCRYPTED_SUFFIX
    candidate = target
    for _ in range(1000):
        try:
            os.link(finished, candidate)
        except FileExistsError:
            candidate = _free_target(target.parent, kind, now, encrypted=encrypted)
            continue
        except OSError:
            # A file system without hard links (FAT on a USB stick): a rename that
            # refuses an existing name is the next best thing.
            if candidate.exists():
                candidate = _free_target(target.parent, kind, now, encrypted=encrypted)
                continue
            os.rename(finished, candidate)
            return candidate
        finished.unlink(missing_ok=True)
        return candidate
    raise UserError(
        QT_TRANSLATE_NOOP(
            "DbErrors",
            "Đã có quá nhiều bản sao lưu trong cùng một giây; hãy thử lại sau.",
        ),
    )


def _copy_and_verify(
    db_path: Path, target: Path, *, cancel: Cancel | None = None,
    progress: Progress | None = None,
) -> BackupInfo:
    """Copy with the online backup, check the finished file, then give it its name.

    The copy is checked once, in full (:func:`verify_backup`: every page, the schema
    revision), while it still has its scratch name; renaming does not change a byte.
    So a name in the folder always means a checked copy, even after a power cut, and
    the check reads the copy once instead of twice (on a 6 GB register each reading
    costs about a minute).
    """
    if not db_path.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy tệp dữ liệu {db_path}; chưa sao lưu được.",
            ),
            db_path=db_path,
        )
    scratch = _scratch(target.parent, target.name)
    try:
        copy_database(db_path, scratch, check=False, cancel=cancel, progress=progress)
        result = verify_backup(scratch, cancel=cancel)
        if not result.ok:
            message = renamed(result.message, scratch.name, target.name)
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Bản sao lưu vừa tạo không dùng được: {message_text}",
                ),
                message_text=message,
            )
        kind = parse_backup_name(target.name)
        target = _publish(scratch, target, kind[0] if kind else BackupKind.MANUAL,
                          kind[1] if kind else dt.datetime.now())
    finally:
        for leftover in (scratch, scratch.with_name(scratch.name + ".partial")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    fsync_folder(target.parent)
    info = _info(target)
    if info is None:  # pragma: no cover - the name was made by backup_name
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không đọc được bản sao lưu {name}.",
            ),
            name=target.name,
        )
    return info


def create_backup(
    db_path: Path, folder: Path, kind: str, now: dt.datetime, *,
    cancel: Cancel | None = None, progress: Progress | None = None,
) -> BackupInfo:
    """Take a verified copy of the register into ``folder``.

    Args:
        db_path: the live register; it may be open in the application (the online
            backup reads a consistent snapshot), but the caller should run this on the
            single database writer so a copy never lands in the middle of a save.
        folder: the backups folder (created if missing).
        kind: one of :class:`BackupKind`.
        now: when the copy is taken (local time); it goes into the name.
        cancel: stops the copy or its check; nothing is left in the folder.
        progress: told (pages copied, pages in all) as the copy goes on.

    Raises:
        UserError: the register is missing or damaged, or the copy failed its check.
        Cancelled: ``cancel`` was set.
    """
    folder.mkdir(parents=True, exist_ok=True)
    return _copy_and_verify(Path(db_path), _free_target(folder, kind, now), cancel=cancel,
                            progress=progress)


def daily_backup_due(folder: Path, now: dt.datetime) -> bool:
    """Tell whether no copy of any kind was taken on ``now``'s day yet."""
    today = now.date()
    return not any(info.taken_at.date() == today for info in list_backups(folder))


STALE_PARTIAL = dt.timedelta(hours=1)


def _remove_stale_partials(folder: Path, now: dt.datetime) -> list[Path]:
    """Delete half-written copies a power cut left behind (never listed as backups)."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for partial in [*folder.glob("*.partial"), *folder.glob(".*.tmp")]:
        try:
            written = dt.datetime.fromtimestamp(partial.stat().st_mtime)
            if now - written > STALE_PARTIAL:
                partial.unlink()
                removed.append(partial)
        except OSError:
            continue
    return removed


def thin_backups(folder: Path, now: dt.datetime) -> list[Path]:
    """Delete the copies no longer needed and return their paths.

    Kept: the newest copy of each of the last 7 days, of each of the last 4 ISO weeks
    and of each of the last 12 months (today, this week and this month included); the
    newest copy of each protected kind (manual, before-import, before-restore,
    before-migration) younger than 30 days; the newest copy not dated in the future, even
    if old (an office that did not open the application for a year must still have
    one); and any
    copy dated after ``now`` (a wrong clock must not cost data). A file that cannot be
    deleted (open in another program) is left for next time.
    """
    removed = _remove_stale_partials(folder, now)
    backups = list_backups(folder)  # newest first
    if not backups:
        return removed
    today = now.date()
    days = {today - dt.timedelta(days=i) for i in range(KEEP_DAYS)}
    weeks = {(today - dt.timedelta(weeks=i)).isocalendar()[:2] for i in range(KEEP_WEEKS)}
    months: set[tuple[int, int]] = set()
    year, month = today.year, today.month
    for _ in range(KEEP_MONTHS):
        months.add((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)

    past = [info for info in backups if info.taken_at <= now]
    keep: set[Path] = {past[0].path} if past else set()
    seen_days: set[dt.date] = set()
    seen_weeks: set[tuple[int, int]] = set()
    seen_months: set[tuple[int, int]] = set()
    seen_kinds: set[str] = set()
    for info in backups:
        taken = info.taken_at
        day = taken.date()
        if taken > now:
            keep.add(info.path)
            continue
        if day in days and day not in seen_days:
            seen_days.add(day)
            keep.add(info.path)
        week = day.isocalendar()[:2]
        if week in weeks and week not in seen_weeks:
            seen_weeks.add(week)
            keep.add(info.path)
        month_key = (day.year, day.month)
        if month_key in months and month_key not in seen_months:
            seen_months.add(month_key)
            keep.add(info.path)
        if (
            info.kind in PROTECTED_KINDS
            and info.kind not in seen_kinds
            and now - taken < dt.timedelta(days=PROTECTED_DAYS)
        ):
            seen_kinds.add(info.kind)
            keep.add(info.path)

    deleted: list[Path] = []
    for info in backups:
        if info.path in keep:
            continue
        try:
            info.path.unlink()
            for suffix in ("-wal", "-journal"):
                info.path.with_name(info.path.name + suffix).unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not delete old backup %s: %s", info.path.name, exc.strerror)
            continue
        deleted.append(info.path)
    return removed + deleted


def daily_backup(db_path: Path, folder: Path, now: dt.datetime) -> BackupInfo | None:
    """Take the day's copy if none was taken today, then thin the folder.

    Meant for start-up (and for a window left open past midnight). Returns the new copy,
    or None when today already has one.
    """
    info = None
    if daily_backup_due(folder, now):
        info = create_backup(db_path, folder, BackupKind.DAILY, now)
    thin_backups(folder, now)
    return info


def backup_if_changed_on_close(
    db_path: Path, folder: Path, now: dt.datetime, changed: bool
) -> BackupInfo | None:
    """Take a ``closing`` copy when something was saved in this session, then thin.

    Call it after the last write finished and before (or after) closing the engine;
    a session that only looked at data adds nothing to the folder.
    """
    info = create_backup(db_path, folder, BackupKind.CLOSING, now) if changed else None
    thin_backups(folder, now)
    return info


def _still_whole(path: Path) -> bool:
    """Tell whether a copy still looks like the whole file it was when it was checked.

    Reads the 100-byte header only: SQLite's magic words, and the page size times the
    page count it records against the file's length, which catches a copy cut short
    (a full disk, a stick pulled out while copying the folder back).
    """
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    return pages > 0 and size == page_size * pages


def same_hour_backup(folder: Path, now: dt.datetime) -> BackupInfo | None:
    """Return the newest plain copy of the register taken in ``now``'s hour, if any.

    Every name in the folder was given only after the copy passed its full check
    (:func:`create_backup`); here the copy is only checked to be still whole.
    """
    for info in list_backups(folder):  # newest first
        taken = info.taken_at
        if taken > now:
            continue  # a wrong clock: not known to be from before this import
        if taken.date() != now.date() or taken.hour != now.hour:
            return None
        if info.kind not in STANDS_FOR_IMPORT:
            return None  # a restore replaced the register after the older copies
        if info.path.suffix != ENCRYPTED_SUFFIX and _still_whole(info.path):
            return info
    return None


def before_import_backup(
    db_path: Path, folder: Path, now: dt.datetime, *,
    cancel: Cancel | None = None, progress: Progress | None = None,
) -> BackupInfo:
    """Make sure a copy from before this import exists, and return it.

    If the import turns out to be the wrong file, this copy is the way back. An upper
    level imports its communes' packages one after the other (170 on a busy day); a
    full copy of a 6 GB register before each would cost minutes every time, so a
    checked copy taken in the same hour (before the previous package, or the day's
    first copy at start) serves instead: going back to it undoes this import and at
    most an hour's other work, which the person sees from its time in the list.

    Raises:
        UserError: no copy of this hour exists and a new one could not be taken.
        Cancelled: ``cancel`` was set while the copy was being taken.
    """
    info = same_hour_backup(folder, now)
    if info is None:
        info = create_backup(db_path, folder, BackupKind.BEFORE_IMPORT, now, cancel=cancel,
                             progress=progress)
    thin_backups(folder, now)
    return info


def _sidecars(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _quiesce(db_path: Path) -> None:
    """Make sure nobody else uses the live file and its journal is folded back in.

    Opening a connection replays a hot journal or a WAL left by a crash; a TRUNCATE
    checkpoint moves WAL content into the main file and fails as "busy" when another
    program still reads it; an exclusive transaction fails when another program writes.

    Raises:
        UserError: the file is in use elsewhere.
    """
    busy = UserError(
        "Tệp dữ liệu đang được mở ở nơi khác (một cửa sổ Sổ Hội khác?). Hãy đóng lại "
        "rồi thử khôi phục lần nữa; dữ liệu chưa bị thay đổi."
    )
    try:
        with contextlib.closing(sqlite3.connect(db_path, timeout=2.0)) as conn:
            conn.isolation_level = None
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            result = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if result is not None and result[0] == 1:
                raise busy
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        raise busy from exc
    except sqlite3.DatabaseError:
        # A damaged live file cannot be quiesced; it is kept as a raw copy instead.
        return


def _raw_copy(db_path: Path, folder: Path, now: dt.datetime) -> BackupInfo:
    """Keep a damaged live file byte for byte (with its journals) before replacing it.

    The online backup refuses a file that fails the integrity check, yet that is the
    very file a person restores over; it must still not be lost.
    """
    target = _free_target(folder, BackupKind.BEFORE_RESTORE, now)
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(db_path, partial)
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    for sidecar in _sidecars(db_path):
        suffix = sidecar.name[len(db_path.name):]
        if suffix != "-shm" and sidecar.exists():
            shutil.copyfile(sidecar, target.with_name(target.name + suffix))
    fsync_folder(folder)
    info = _info(target)
    assert info is not None
    return info


def restore_backup(
    backup_path: Path, db_path: Path, folder: Path, now: dt.datetime,
    passphrase: str | None = None,
) -> BackupInfo | None:
    """Put a copy back as the live register, keeping the current data first.

    The caller must have closed its engine (``Database.close()``) and every other
    connection to ``db_path`` before calling, and must open the database afresh
    afterwards (the application restarts): a connection kept open across the swap
    would keep reading the old file and could write into the new one.

    Steps: the copy is verified (refused if damaged or from a newer version); the live
    file is checked to be unused and its journal folded back; a ``before-restore`` copy
    of it is taken; the chosen copy is copied beside the live file (``.restoring``,
    itself written beside and renamed), stale ``-wal``/``-shm``/``-journal`` files of the
    live file are removed (so SQLite cannot replay them onto the restored data) and the
    restored file is renamed over the live one.

    Returns:
        The ``before-restore`` copy of the data that was replaced, or None when there was
        no live file (restoring onto a new computer).

    Raises:
        UserError: the copy is damaged, or the live file is in use or cannot be replaced.
        SchemaTooNewError: the copy comes from a newer version of Sổ Hội.
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    if db_path.exists() and backup_path.resolve() == db_path.resolve():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp được chọn chính là tệp dữ liệu đang dùng; hãy chọn một bản sao lưu.",
            ),
        )
    if is_encrypted_backup(backup_path):
        if passphrase is None:
            raise UserError(_verify_encrypted(backup_path, None).message)
        db_path.parent.mkdir(parents=True, exist_ok=True)
        plain = _scratch(db_path.parent, "restore")
        try:
            with open(plain, "wb") as handle:
                decrypt_file(backup_path, handle, passphrase)
            return restore_backup(plain, db_path, folder, now)
        finally:
            with contextlib.suppress(OSError):
                plain.unlink(missing_ok=True)
    result = verify_backup(backup_path)
    if not result.ok:
        if result.revision is not None and not _is_known_revision(result.revision):
            raise SchemaTooNewError(UNCHANGED_AFTER, problem=result.message)
        raise UserError(UNCHANGED_AFTER, problem=result.message)

    saved: BackupInfo | None = None
    if db_path.exists():
        _quiesce(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        try:
            saved = create_backup(db_path, folder, BackupKind.BEFORE_RESTORE, now)
        except (UserError, sqlite3.Error):
            saved = _raw_copy(db_path, folder, now)

    restoring = db_path.with_suffix(".restoring")
    try:
        copy_database(backup_path, restoring)
        for sidecar in _sidecars(db_path):
            sidecar.unlink(missing_ok=True)
        os.replace(restoring, db_path)
    except (OSError, sqlite3.Error) as exc:
        for leftover in (restoring, restoring.with_name(restoring.name + ".partial")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không thay được tệp dữ liệu (tệp đang được mở hoặc ổ đĩa đầy). Dữ liệu cũ "
                "vẫn còn nguyên và đã được lưu ở {name}.",
            ) if saved else QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không thay được tệp dữ liệu (tệp đang được mở hoặc ổ đĩa đầy). Dữ liệu cũ "
                "vẫn còn nguyên.",
            ),
            **({"name": saved.path.name} if saved else {}),
        ) from exc
    fsync_folder(db_path.parent)
    log.info("restored %s over the register", backup_path.name)
    return saved


def stored_passphrase_settings(db_path: Path) -> dict[str, str]:
    """Read the backup passphrase's salt and verifier from the register, read-only."""
    uri = Path(db_path).resolve().as_uri() + "?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            row = conn.execute("SELECT settings FROM site").fetchone()
    except sqlite3.DatabaseError:
        return {}
    if row is None or not row[0]:
        return {}
    try:
        values = json.loads(row[0])
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in values.items()} if isinstance(values, dict) else {}


def _check_passphrase(db_path: Path, passphrase: str) -> None:
    settings = stored_passphrase_settings(db_path)
    if not passphrase_is_set(settings):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Chưa đặt cụm mật khẩu sao lưu. Bản sao lưu ra USB luôn được mã hóa để bảo vệ "
                "thông tin cá nhân của hội viên: hãy đặt cụm mật khẩu (Cài đặt › Sao lưu) rồi thử "
                "lại.",
            ),
        )
    if not passphrase_matches(settings, passphrase):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Cụm mật khẩu sao lưu không đúng; chưa ghi gì.",
            ),
        )


def _verify_encrypted(path: Path, passphrase: str | None) -> VerifyResult:
    if passphrase is None:
        return VerifyResult(False, Message(QT_TRANSLATE_NOOP(
            "DbErrors",
            "Tệp {name} là bản sao lưu đã mã hóa; cần cụm mật khẩu sao lưu để kiểm "
            "tra hoặc khôi phục.",
        ), {"name": path.name}))
    with tempfile.TemporaryDirectory(prefix="sohoi-verify-") as scratch:
        plain = Path(scratch) / "copy.sqlite"
        try:
            with open(plain, "wb") as handle:
                decrypt_file(path, handle, passphrase)
        except UserError as exc:
            return VerifyResult(False, exc.message)
        result = verify_backup(plain)
        return VerifyResult(result.ok, renamed(result.message, plain.name, path.name),
                            result.revision, result.members)


def newest_verified_backup(folder: Path) -> BackupInfo | None:
    """Return the newest plain copy in ``folder`` that passes :func:`verify_backup`.

    The recovery window and ``sohoi db check`` offer it when the register is damaged.
    """
    for info in list_backups(folder):
        if info.path.suffix == ENCRYPTED_SUFFIX:
            continue
        if verify_backup(info.path).ok:
            return info
    return None


def check_target_folder(target_folder: Path) -> None:
    """Refuse a folder that is not there (a USB stick pulled out) before anything else.

    Raises:
        UserError: the folder is missing.
    """
    if not Path(target_folder).is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không thấy thư mục {target_folder}. USB đã được cắm chưa, hay đã bị rút ra? Hãy "
                "cắm lại rồi chọn thư mục lần nữa.",
            ),
            target_folder=target_folder,
        )


def backup_to_folder(
    db_path: Path, target_folder: Path, now: dt.datetime, passphrase: str
) -> BackupInfo:
    """Write a verified, encrypted manual copy into a folder a person chose (a USB stick).

    The copy leaves the machine, so it is never plain SQLite: it is encrypted with the
    office's backup passphrase (checked against the register first, so a typo never
    locks a copy away). The folder must already exist: if the stick was pulled out,
    creating its path again would silently put the copy on the local disk instead. A
    full, removed or write-protected drive gives a message the person can act on, and
    leaves no half-written file under the final name.

    Raises:
        UserError: no passphrase set or a wrong one, the folder is missing, or the copy
            could not be written or checked.
    """
    target_folder = Path(target_folder)
    db_path = Path(db_path)
    check_target_folder(target_folder)
    if not db_path.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy tệp dữ liệu {db_path}; chưa sao lưu được.",
            ),
            db_path=db_path,
        )
    _check_passphrase(db_path, passphrase)
    plain = _scratch(db_path.parent, "export")
    sealed: Path | None = None
    try:
        copy_database(db_path, plain)
        target = _free_target(target_folder, BackupKind.MANUAL, now, encrypted=True)
        sealed = _scratch(target_folder, target.name)
        with open(sealed, "wb") as handle:
            encrypt_file(plain, handle, passphrase)
            handle.flush()
            os.fsync(handle.fileno())
        result = verify_backup(sealed, passphrase)
        if not result.ok:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Bản sao lưu vừa ghi không đọc lại được: {message_text}",
                ),
                message_text=result.message,
            )
        target = _publish(sealed, target, BackupKind.MANUAL, now)
        fsync_folder(target_folder)
    except (OSError, sqlite3.Error) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không ghi được bản sao lưu vào {target_folder}: ổ đĩa có thể đã đầy, đã bị rút "
                "ra hoặc không cho phép ghi. Hãy kiểm tra USB (còn chỗ trống, không bị khóa ghi) "
                "rồi thử lại. Dữ liệu trong máy không bị ảnh hưởng.",
            ),
            target_folder=target_folder,
        ) from exc
    finally:
        for leftover in (plain, plain.with_name(plain.name + ".partial"), sealed):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)
    info = _info(target)
    if info is None:  # pragma: no cover - the name was made by backup_name
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không đọc được bản sao lưu {name}.",
            ),
            name=target.name,
        )
    return info


def lost_passphrase_warning() -> str:
    """Return the plain words said wherever the passphrase is chosen or asked for."""
    return LOST_PASSPHRASE_WARNING


def start_over(db_path: Path, folder: Path, now: dt.datetime) -> BackupInfo:
    """Set an empty register aside so the next start runs the first-run wizard again.

    Used when the unit was set up wrongly and nothing was entered yet (checked by the
    caller with :func:`db.site.set_up_again_refusal`). The file is not deleted but kept
    as a verified manual copy first; the caller must have closed its engine.

    Raises:
        UserError: the copy could not be taken, or the file cannot be moved away.
    """
    db_path = Path(db_path)
    saved = create_backup(db_path, folder, BackupKind.MANUAL, now)
    try:
        for sidecar in _sidecars(db_path):
            sidecar.unlink(missing_ok=True)
        db_path.unlink()
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không xóa được tệp dữ liệu (tệp đang được mở?). Chưa có gì thay đổi; bản sao đã "
                "lưu ở {name}.",
            ),
            name=saved.path.name,
        ) from exc
    fsync_folder(db_path.parent)
    return saved
