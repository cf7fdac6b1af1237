"""Safety copies: made whole and checked, refused when damaged, restored, thinned."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from db import backup
from db.backup import (
    BackupKind,
    backup_name,
    backup_to_folder,
    create_backup,
    daily_backup,
    daily_backup_due,
    list_backups,
    restore_backup,
    thin_backups,
    verify_backup,
)
from db.engine import Database, head_revision, open_database
from db.errors import SchemaTooNewError, UserError
from db.models import Member

NOW = dt.datetime(2026, 11, 25, 16, 30, 5)

pytestmark = pytest.mark.sqlite_only(reason="copies, checks and restores of the register file")


def _members(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {
            row[0]
            for row in conn.execute("SELECT id FROM members WHERE deleted_at IS NULL")
        }


def _corrupt(path: Path) -> None:
    """Overwrite pages in the middle of a file, as a failing USB stick would."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 3)
        handle.write(b"\x00\xff" * 8192)


def test_backup_is_a_whole_sqlite_file_with_the_same_members(
    demo_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    info = create_backup(demo_db.path, folder, BackupKind.MANUAL, NOW)

    assert info.path == folder / "sohoi-manual-20261125-163005.sqlite"
    assert info.kind == "manual" and info.taken_at == NOW
    assert info.size_bytes == info.path.stat().st_size > 0
    assert _members(info.path) == _members(demo_db.path)
    assert len(_members(info.path)) == 1200
    result = verify_backup(info.path)
    assert result.ok and result.members == 1200 and result.revision == head_revision()
    assert "1.200 hội viên" in result.message
    assert not list(folder.glob("*.partial"))


def test_two_copies_in_the_same_second_do_not_overwrite(
    commune_db: Database, tmp_path: Path
) -> None:
    first = create_backup(commune_db.path, tmp_path, BackupKind.MANUAL, NOW)
    second = create_backup(commune_db.path, tmp_path, BackupKind.MANUAL, NOW)
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert list_backups(tmp_path)[0].path == second.path


def test_list_is_newest_first_and_ignores_partial_and_foreign_files(
    commune_db: Database, tmp_path: Path
) -> None:
    older = create_backup(commune_db.path, tmp_path, BackupKind.DAILY, NOW - dt.timedelta(days=1))
    newer = create_backup(commune_db.path, tmp_path, BackupKind.CLOSING, NOW)
    (tmp_path / (backup_name("manual", NOW + dt.timedelta(hours=1)) + ".partial")).write_bytes(
        b"half"
    )
    (tmp_path / "sohoi-weekly-20261125-163005.sqlite").write_bytes(b"unknown kind")
    (tmp_path / "sohoi-daily-20261345-000000.sqlite").write_bytes(b"no such date")
    (tmp_path / "notes.txt").write_text("ghi chú", encoding="utf-8")

    assert [b.path for b in list_backups(tmp_path)] == [newer.path, older.path]
    assert list_backups(tmp_path / "missing") == []


def test_corrupt_backup_is_refused_by_verify_and_by_restore(
    demo_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    info = create_backup(demo_db.path, folder, BackupKind.MANUAL, NOW)
    _corrupt(info.path)
    result = verify_backup(info.path)
    assert not result.ok
    assert "hỏng" in result.message

    demo_db.close()
    before = demo_db.path.read_bytes()
    with pytest.raises(UserError, match="hỏng"):
        restore_backup(info.path, demo_db.path, folder, NOW + dt.timedelta(minutes=1))
    assert demo_db.path.read_bytes() == before
    assert [b.kind for b in list_backups(folder)] == ["manual"]


def test_verify_refuses_files_that_are_not_registers(tmp_path: Path) -> None:
    text_file = tmp_path / "letter.sqlite"
    text_file.write_text("Kính gửi Hội LHPN xã", encoding="utf-8")
    assert not verify_backup(text_file).ok
    other = tmp_path / "other.sqlite"
    with contextlib.closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    result = verify_backup(other)
    assert not result.ok and "không phải dữ liệu của Sổ Hội" in result.message
    assert not verify_backup(tmp_path / "missing.sqlite").ok


def test_backup_from_a_newer_version_is_refused(commune_db: Database, tmp_path: Path) -> None:
    info = create_backup(commune_db.path, tmp_path / "b", BackupKind.MANUAL, NOW)
    with contextlib.closing(sqlite3.connect(info.path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    result = verify_backup(info.path)
    assert not result.ok and result.revision == "9999" and "mới hơn" in result.message
    commune_db.close()
    before = commune_db.path.read_bytes()
    with pytest.raises(SchemaTooNewError):
        restore_backup(info.path, commune_db.path, tmp_path / "b", NOW)
    assert commune_db.path.read_bytes() == before


def test_restore_round_trip(demo_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    taken = create_backup(demo_db.path, folder, BackupKind.MANUAL, NOW)
    with demo_db.transaction() as session:
        session.execute(text("UPDATE members SET deleted_at = '2026-11-25 17:00:00' "
                             "WHERE rowid IN (SELECT rowid FROM members LIMIT 5)"))
    with demo_db.reading() as session:
        changed = session.scalar(
            select(func.count()).select_from(Member).where(Member.deleted_at.is_(None))
        )
    assert changed == 1195
    demo_db.close()

    saved = restore_backup(taken.path, demo_db.path, folder, NOW + dt.timedelta(hours=1))

    assert saved is not None and saved.kind == "before-restore"
    assert len(_members(saved.path)) == 1195  # the replaced data is kept
    for suffix in ("-wal", "-shm", "-journal"):
        assert not demo_db.path.with_name(demo_db.path.name + suffix).exists()
    assert not demo_db.path.with_suffix(".restoring").exists()
    reopened = open_database(demo_db.path)
    try:
        with reopened.reading() as session:
            count = session.scalar(
                select(func.count()).select_from(Member).where(Member.deleted_at.is_(None))
            )
        assert count == 1200
    finally:
        reopened.close()
    assert {b.kind for b in list_backups(folder)} == {"manual", "before-restore"}


def test_restore_refuses_while_another_program_writes(
    commune_db: Database, tmp_path: Path
) -> None:
    taken = create_backup(commune_db.path, tmp_path / "b", BackupKind.MANUAL, NOW)
    other = sqlite3.connect(commune_db.path, timeout=0.1)
    other.isolation_level = None
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE units SET name = name")
        with pytest.raises(UserError, match="đang được mở"):
            restore_backup(taken.path, commune_db.path, tmp_path / "b", NOW)
    finally:
        other.execute("ROLLBACK")
        other.close()


def _fake(folder: Path, kind: str, when: dt.datetime) -> Path:
    path = folder / backup_name(kind, when)
    path.write_bytes(b"x")
    return path


def test_thinning_over_a_simulated_year_of_daily_backups(tmp_path: Path) -> None:
    now = dt.datetime(2026, 11, 25, 18, 0, 0)  # a Wednesday, ISO week 48
    start = dt.date(2025, 11, 1)
    day = start
    while day <= now.date():
        _fake(tmp_path, "daily", dt.datetime.combine(day, dt.time(8, 0)))
        _fake(tmp_path, "closing", dt.datetime.combine(day, dt.time(17, 0)))
        day += dt.timedelta(days=1)
    manual_recent = _fake(tmp_path, "manual", dt.datetime(2026, 11, 2, 9, 0))
    manual_older = _fake(tmp_path, "manual", dt.datetime(2026, 11, 1, 9, 0))
    import_old = _fake(tmp_path, "before-import", dt.datetime(2026, 9, 10, 9, 0))

    deleted = thin_backups(tmp_path, now)

    closing = {
        dt.datetime.combine(d, dt.time(17, 0))
        for d in [
            # the last 7 days, 19/11 … 25/11
            *(dt.date(2026, 11, 19) + dt.timedelta(days=i) for i in range(7)),
            # the last 4 ISO weeks end on Sundays 22/11, 15/11, 08/11 (this week is above)
            dt.date(2026, 11, 15), dt.date(2026, 11, 8),
            # the last 12 months end on their last day (November is above)
            dt.date(2026, 10, 31), dt.date(2026, 9, 30), dt.date(2026, 8, 31),
            dt.date(2026, 7, 31), dt.date(2026, 6, 30), dt.date(2026, 5, 31),
            dt.date(2026, 4, 30), dt.date(2026, 3, 31), dt.date(2026, 2, 28),
            dt.date(2026, 1, 31), dt.date(2025, 12, 31),
        ]
    }
    expected = {tmp_path / backup_name("closing", when) for when in closing}
    expected.add(manual_recent)
    kept = {b.path for b in list_backups(tmp_path)}
    assert kept == expected
    assert len(kept) == 7 + 2 + 11 + 1
    assert manual_older in deleted and import_old in deleted
    assert len(deleted) + len(kept) == len(set(deleted) | kept)
    assert not any(p.exists() for p in deleted)
    # thinning again the same day changes nothing
    assert thin_backups(tmp_path, now) == []


def test_thinning_never_removes_the_last_copy_or_a_future_one(tmp_path: Path) -> None:
    ancient = _fake(tmp_path, "daily", dt.datetime(2020, 1, 1, 8, 0))
    older = _fake(tmp_path, "daily", dt.datetime(2019, 1, 1, 8, 0))
    future = _fake(tmp_path, "daily", NOW + dt.timedelta(days=3))
    assert thin_backups(tmp_path, NOW) == [older]
    assert ancient.exists() and future.exists()


def test_daily_backup_once_a_day(commune_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    assert daily_backup_due(folder, NOW)
    first = daily_backup(commune_db.path, folder, NOW)
    assert first is not None and first.kind == "daily"
    assert not daily_backup_due(folder, NOW + dt.timedelta(hours=2))
    assert daily_backup(commune_db.path, folder, NOW + dt.timedelta(hours=2)) is None
    assert daily_backup_due(folder, NOW + dt.timedelta(days=1))
    assert backup.backup_if_changed_on_close(commune_db.path, folder, NOW, changed=False) is None
    closing = backup.backup_if_changed_on_close(commune_db.path, folder, NOW, changed=True)
    assert closing is not None and closing.kind == "closing"
    later = NOW + dt.timedelta(hours=1)
    before = backup.before_import_backup(commune_db.path, folder, later)
    assert before.kind == "before-import" and verify_backup(before.path).ok


PASSPHRASE = "hoa sen nở tháng sáu"


def _with_passphrase(database: Database) -> Database:
    from db.backup_crypto import set_backup_passphrase

    with database.transaction() as session:
        set_backup_passphrase(session, PASSPHRASE, PASSPHRASE)
    return database


def test_backup_to_a_usb_folder(commune_db: Database, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    info = backup_to_folder(_with_passphrase(commune_db).path, usb, NOW, PASSPHRASE)
    assert info.path.parent == usb and verify_backup(info.path, PASSPHRASE).ok
    assert [p.name for p in usb.iterdir()] == [info.path.name]


def test_backup_to_a_removed_drive_gives_a_vietnamese_message(
    commune_db: Database, tmp_path: Path
) -> None:
    removed = tmp_path / "E_drive" / "SaoLuu"
    with pytest.raises(UserError, match="USB") as caught:
        backup_to_folder(commune_db.path, removed, NOW, PASSPHRASE)
    assert "Không thấy thư mục" in caught.value.message
    assert not removed.exists()  # the path was not created on the local disk


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a folder nobody can write")
def test_backup_to_a_folder_that_cannot_be_written(commune_db: Database) -> None:
    with pytest.raises(UserError) as caught:
        backup_to_folder(_with_passphrase(commune_db).path, Path("/proc/self"), NOW,
                         PASSPHRASE)
    assert "Không ghi được bản sao lưu" in caught.value.message
    assert "ổ đĩa" in caught.value.message


def test_restore_over_a_damaged_register_keeps_the_damaged_file(
    demo_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    taken = create_backup(demo_db.path, folder, BackupKind.MANUAL, NOW)
    demo_db.close()
    _corrupt(demo_db.path)
    damaged = demo_db.path.read_bytes()

    saved = restore_backup(taken.path, demo_db.path, folder, NOW + dt.timedelta(hours=1))

    assert saved is not None and saved.path.read_bytes() == damaged
    assert verify_backup(demo_db.path).ok
    assert len(_members(demo_db.path)) == 1200


def test_thinning_removes_half_written_copies_left_by_a_power_cut(tmp_path: Path) -> None:
    import datetime as dt
    import os

    from db.backup import thin_backups

    stale = tmp_path / "sohoi-daily-20261120-075000.sqlite.partial"
    fresh = tmp_path / "sohoi-daily-20261125-075000.sqlite.partial"
    for path in (stale, fresh):
        path.write_bytes(b"half a copy")
    now = dt.datetime(2026, 11, 25, 8, 0)
    old = dt.datetime(2026, 11, 20, 7, 50).timestamp()
    os.utime(stale, (old, old))
    os.utime(fresh, (now.timestamp(), now.timestamp()))
    removed = thin_backups(tmp_path, now)
    assert stale in removed and not stale.exists()
    assert fresh.exists()  # may still be being written


# Copies in steps, and one copy per hour before imports (issue 23) ----------------------


def _index_rows(path: Path) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT rowid, words FROM member_search ORDER BY rowid").fetchall()


def test_a_copy_in_steps_is_whole_and_holds_the_same_content(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.sync_support import content_digest

    monkeypatch.setattr(backup, "BACKUP_STEP_PAGES", 16)
    steps: list[tuple[int, int]] = []
    info = create_backup(demo_db.path, tmp_path / "backups", BackupKind.MANUAL, NOW,
                         progress=lambda done, total: steps.append((done, total)))
    assert len(steps) > 3, "the copy was not made in steps"
    assert steps[-1][0] == steps[-1][1]
    with contextlib.closing(sqlite3.connect(info.path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert content_digest(info.path) == content_digest(demo_db.path)
    assert _index_rows(info.path) == _index_rows(demo_db.path)


def test_a_write_between_two_steps_is_in_the_copy(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The register stays usable while it is copied; the copy is one consistent moment."""
    monkeypatch.setattr(backup, "BACKUP_STEP_PAGES", 16)
    written: list[str] = []

    def write_once(done: int, total: int) -> None:
        if written:
            return
        with demo_db.transaction() as session:
            member = session.scalars(select(Member).limit(1)).one()
            member.notes = "ghi trong lúc sao lưu"
            written.append(member.id)

    info = create_backup(demo_db.path, tmp_path / "backups", BackupKind.MANUAL, NOW,
                         progress=write_once)
    with contextlib.closing(sqlite3.connect(info.path)) as conn:
        row = conn.execute("SELECT notes FROM members WHERE id = ?", written).fetchone()
    assert row == ("ghi trong lúc sao lưu",)
    assert verify_backup(info.path).ok


def test_a_cancelled_copy_leaves_nothing_behind(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from db.cancel import Cancel
    from db.errors import Cancelled

    monkeypatch.setattr(backup, "BACKUP_STEP_PAGES", 16)
    cancel = Cancel()
    folder = tmp_path / "backups"
    with pytest.raises(Cancelled):
        create_backup(demo_db.path, folder, BackupKind.MANUAL, NOW, cancel=cancel,
                      progress=lambda done, total: cancel.cancel())
    assert list(folder.iterdir()) == []


def test_a_checked_copy_of_the_same_hour_serves_before_each_import(
    commune_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    nine = dt.datetime(2026, 11, 25, 9, 5, 0)
    first = backup.before_import_backup(commune_db.path, folder, nine)
    again = backup.before_import_backup(commune_db.path, folder, nine.replace(minute=59))
    assert again.path == first.path
    assert len(list_backups(folder)) == 1
    ten = backup.before_import_backup(commune_db.path, folder, nine.replace(hour=10, minute=1))
    assert ten.path != first.path and ten.kind == "before-import" and verify_backup(ten.path).ok


def test_the_days_first_copy_serves_and_a_damaged_one_does_not(
    commune_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    morning = dt.datetime(2026, 11, 25, 8, 0, 10)
    daily = daily_backup(commune_db.path, folder, morning)
    assert daily is not None
    assert backup.before_import_backup(commune_db.path, folder,
                                       morning.replace(minute=30)).path == daily.path
    # Cut short after it was checked (copied back from a full stick): not used again.
    with open(daily.path, "r+b") as handle:
        handle.truncate(daily.size_bytes // 2)
    fresh = backup.before_import_backup(commune_db.path, folder, morning.replace(minute=40))
    assert fresh.path != daily.path and verify_backup(fresh.path).ok


def test_no_copy_stands_in_after_a_restore(commune_db: Database, tmp_path: Path) -> None:
    """A before-restore copy is newer: the register was replaced after the older copies."""
    folder = tmp_path / "backups"
    morning = dt.datetime(2026, 11, 25, 8, 0, 10)
    daily = create_backup(commune_db.path, folder, BackupKind.DAILY, morning)
    create_backup(commune_db.path, folder, BackupKind.BEFORE_RESTORE,
                  morning.replace(minute=20))
    fresh = backup.before_import_backup(commune_db.path, folder, morning.replace(minute=30))
    assert fresh.path != daily.path and fresh.kind == "before-import"
