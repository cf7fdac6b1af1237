"""Safety at the edges: one program per register, busy waits, secure delete, encrypted
copies for a USB stick, collision-free copy names and a read-only check of damaged files."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from db.backup import (
    BackupKind,
    backup_to_folder,
    create_backup,
    list_backups,
    newest_verified_backup,
    restore_backup,
    verify_backup,
)
from db.backup_crypto import (
    MAGIC,
    WrongPassphraseError,
    backup_passphrase_is_set,
    set_backup_passphrase,
)
from db.engine import Database, open_database
from db.errors import UserError
from db.maintenance import check_path
from db.members import MemberDraft, add_member
from db.personal_data import erase_member
from db.register_lock import RegisterInUseError, acquire, holding, is_held_elsewhere
from db.site import get_site

TODAY = dt.date(2026, 11, 25)
NOW = dt.datetime(2026, 11, 25, 16, 30, 5)
PASSPHRASE = "hoa sen nở tháng sáu"
UNIQUE_NAME = "Hoàng Thị Quỳnh Khuê"
UNIQUE_ID = "034199087654"
UNIQUE_PHONE = "0987123456"

_HOLDER = """
import sys
from pathlib import Path
from db.register_lock import acquire
lock = acquire(Path(sys.argv[1]))
print("held", flush=True)
sys.stdin.read()
"""


@contextlib.contextmanager
def held_by_another_program(db_path: Path):  # type: ignore[no-untyped-def]
    """Hold the register's lock in a separate process, as a second window would."""
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "held"
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()


# --- one program per register -----------------------------------------------------------


def test_a_second_holder_is_refused_with_a_message_naming_the_other_window(
    tmp_path: Path,
) -> None:
    db_path = tmp_path / "register.sqlite"
    with holding(db_path):
        with pytest.raises(RegisterInUseError) as refused:
            acquire(db_path)
        assert "đang mở tệp dữ liệu này ở cửa sổ khác" in refused.value.message
        assert "tiến trình" in refused.value.message  # who holds it
    acquire(db_path).release()  # free again once released


def test_the_lock_of_a_crashed_program_is_not_stale(tmp_path: Path) -> None:
    db_path = tmp_path / "register.sqlite"
    with held_by_another_program(db_path) as other:
        assert is_held_elsewhere(db_path)
        with pytest.raises(RegisterInUseError):
            acquire(db_path)
        other.kill()  # a crash or a power cut: no chance to clean up
        other.wait()
    assert (tmp_path / "register.sqlite.lock").exists()
    lock = acquire(db_path)
    assert lock.held
    lock.release()


# --- busy register: writes begin immediately ---------------------------------------------


@pytest.mark.sqlite_only(reason="SQLite's write lock and busy timeout (BEGIN IMMEDIATE)")
def test_a_write_that_reads_first_waits_for_a_busy_register(commune_db: Database) -> None:
    other = sqlite3.connect(commune_db.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE site SET last_generation = last_generation + 1")
    # The other program finishes its write a moment later (well within the busy timeout).
    thread = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    thread.start()
    try:
        with commune_db.transaction() as session:
            # Under a deferred BEGIN this read would pin the snapshot before the other
            # commit, and the write below would fail at once as "database is locked";
            # BEGIN IMMEDIATE waits for the write lock first.
            session.execute(text("SELECT count(*) FROM members")).scalar_one()
            session.execute(text("UPDATE site SET last_generation = last_generation + 10"))
    finally:
        thread.join()
        other.close()
    with commune_db.reading() as session:
        assert session.execute(text("SELECT last_generation FROM site")).scalar_one() == 11


@pytest.mark.sqlite_only(reason="SQLite's deferred read transactions beside a writer")
def test_reading_stays_deferred_and_does_not_block_a_writer(commune_db: Database) -> None:
    with commune_db.reading() as session:
        session.execute(text("SELECT count(*) FROM members")).scalar_one()
        with contextlib.closing(sqlite3.connect(commune_db.path, timeout=0.1)) as other:
            other.execute("UPDATE site SET last_generation = 5")
            other.commit()


# --- secure delete ----------------------------------------------------------------------


def _residue(path: Path, values: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for suffix in ("", "-wal", "-journal"):
        part = path.with_name(path.name + suffix)
        if not part.exists():
            continue
        data = part.read_bytes()
        hits = [v for v in values if v.encode("utf-8") in data]
        if hits:
            found[part.name] = hits
    return found


@pytest.mark.sqlite_only(reason="the secure_delete pragma")
def test_every_connection_turns_secure_delete_on(commune_db: Database) -> None:
    with commune_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def _erase_a_unique_member(commune_db: Database) -> list[str]:
    with commune_db.transaction() as session:
        site = get_site(session)
        member_id = add_member(session, site.unit_id, MemberDraft(
            full_name=UNIQUE_NAME, birth_date="12/03/1999", id_number=UNIQUE_ID,
            phone=UNIQUE_PHONE, notes="Ghi chú riêng Khuê",
        ), TODAY)
        session.flush()
    for number in range(30):  # neighbours on the same pages
        with commune_db.transaction() as session:
            add_member(session, get_site(session).unit_id,
                       MemberDraft(full_name=f"Nguyễn Thị Lan {number}"), TODAY)
    values = [UNIQUE_NAME, UNIQUE_ID, UNIQUE_PHONE, "Khuê"]
    assert _residue(commune_db.path, values), "the values must be in the file before erasure"
    with commune_db.transaction() as session:
        erase_member(session, member_id, TODAY, "Theo đơn đề nghị")
    return values


@pytest.mark.sqlite_only(reason="scans the register file and its WAL")
def test_erasure_leaves_no_trace_in_the_file_or_its_wal(commune_db: Database) -> None:
    values = _erase_a_unique_member(commune_db)
    assert _residue(commune_db.path, values) == {}
    with commune_db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _residue(commune_db.path, values) == {}
    copy = create_backup(commune_db.path, commune_db.path.parent / "backups",
                         BackupKind.MANUAL, NOW)
    assert _residue(copy.path, values) == {}


def test_without_secure_delete_the_scan_finds_the_erased_values(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The control: SQLite built with secure-delete off keeps the values; the scan sees it."""
    import db.dialects.sqlite as engine_module
    from db.site import init_site

    original = engine_module.configure_connection

    def forced_off(dbapi_connection: object, wal: bool) -> None:
        original(dbapi_connection, wal)
        dbapi_connection.execute("PRAGMA secure_delete = OFF")  # type: ignore[attr-defined]

    monkeypatch.setattr(engine_module, "configure_connection", forced_off)
    database = open_database(tmp_path / "register.sqlite")
    try:
        with database.transaction() as session:
            init_site(session, "12586")
        values = _erase_a_unique_member(database)
        assert _residue(database.path, values) != {}
    finally:
        database.close()


# --- encrypted copies for a USB stick ----------------------------------------------------


@pytest.fixture
def with_member(commune_db: Database) -> Database:
    with commune_db.transaction() as session:
        add_member(session, get_site(session).unit_id, MemberDraft(
            full_name=UNIQUE_NAME, id_number=UNIQUE_ID, phone=UNIQUE_PHONE), TODAY)
    return commune_db


@pytest.mark.sqlite_only(reason="an encrypted copy of the register file")
def test_a_usb_copy_needs_the_passphrase_to_be_set_first(
    with_member: Database, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(UserError, match="Chưa đặt cụm mật khẩu"):
        backup_to_folder(with_member.path, usb, NOW, PASSPHRASE)
    assert list(usb.iterdir()) == []


def test_the_passphrase_is_set_once_and_checked(with_member: Database) -> None:
    with with_member.transaction() as session, pytest.raises(UserError, match="ít nhất"):
        set_backup_passphrase(session, "ngắn", "ngắn")
    with with_member.transaction() as session, pytest.raises(UserError, match="không giống"):
        set_backup_passphrase(session, PASSPHRASE, PASSPHRASE + "x")
    with with_member.transaction() as session:
        set_backup_passphrase(session, PASSPHRASE, PASSPHRASE)
    with with_member.transaction() as session:
        assert backup_passphrase_is_set(session)
        with pytest.raises(UserError, match="đã được đặt"):
            set_backup_passphrase(session, "một cụm khác dài", "một cụm khác dài")
    if not with_member.is_server:  # the file itself; a server's pages are not ours to read
        assert PASSPHRASE.encode("utf-8") not in with_member.path.read_bytes()


@pytest.mark.sqlite_only(reason="an encrypted copy of the register file")
def test_an_encrypted_usb_copy_hides_names_numbers_and_keys_and_restores(
    with_member: Database, tmp_path: Path
) -> None:
    with with_member.transaction() as session:
        set_backup_passphrase(session, PASSPHRASE, PASSPHRASE)
    with contextlib.closing(sqlite3.connect(with_member.path)) as conn:
        signing, encryption = conn.execute(
            "SELECT signing_private_key, encryption_private_key FROM site").fetchone()
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(UserError, match="không đúng"):
        backup_to_folder(with_member.path, usb, NOW, "cụm mật khẩu sai rồi")
    info = backup_to_folder(with_member.path, usb, NOW, PASSPHRASE)
    assert info.path.suffix == ".sohoi" and [p.name for p in usb.iterdir()] == [info.path.name]
    data = info.path.read_bytes()
    assert data.startswith(MAGIC)
    for secret in (UNIQUE_NAME.encode(), UNIQUE_ID.encode(), UNIQUE_PHONE.encode(),
                   bytes(signing), bytes(encryption), b"SQLite format 3"):
        assert secret not in data
    assert not verify_backup(info.path).ok  # needs the passphrase
    assert not verify_backup(info.path, "cụm mật khẩu sai rồi").ok
    assert verify_backup(info.path, PASSPHRASE).members == 1

    with_member.close()
    target = tmp_path / "new-machine" / "register.sqlite"
    with pytest.raises(UserError, match="mã hóa"):
        restore_backup(info.path, target, target.parent / "backups", NOW)
    with pytest.raises(WrongPassphraseError):
        restore_backup(info.path, target, target.parent / "backups", NOW, "sai sai sai sai")
    assert not target.exists()
    restore_backup(info.path, target, target.parent / "backups", NOW, PASSPHRASE)
    with contextlib.closing(sqlite3.connect(target)) as conn:
        assert conn.execute("SELECT full_name, id_number FROM members").fetchall() == [
            (UNIQUE_NAME, UNIQUE_ID)]
        assert conn.execute("SELECT signing_private_key FROM site").fetchone()[0] == signing


@pytest.mark.sqlite_only(reason="an encrypted copy of the register file")
def test_a_cut_or_altered_encrypted_copy_is_refused(with_member: Database,
                                                    tmp_path: Path) -> None:
    with with_member.transaction() as session:
        set_backup_passphrase(session, PASSPHRASE, PASSPHRASE)
    usb = tmp_path / "usb"
    usb.mkdir()
    info = backup_to_folder(with_member.path, usb, NOW, PASSPHRASE)
    data = info.path.read_bytes()
    cut = usb / "cut.sohoi"
    cut.write_bytes(data[: len(data) - 100])
    altered = usb / "altered.sohoi"
    altered.write_bytes(data[:-50] + bytes([data[-50] ^ 1]) + data[-49:])
    for broken in (cut, altered):
        assert not verify_backup(broken, PASSPHRASE).ok


# --- copy names never collide -------------------------------------------------------------


@pytest.mark.sqlite_only(reason="copies of the register file")
def test_two_copies_in_the_same_second_never_share_a_name(commune_db: Database,
                                                          tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    results: list[Path] = []
    errors: list[BaseException] = []

    def take() -> None:
        try:
            results.append(create_backup(commune_db.path, folder, BackupKind.BEFORE_IMPORT,
                                         NOW).path)
        except BaseException as exc:  # pragma: no cover - shown by the assertion
            errors.append(exc)

    threads = [threading.Thread(target=take) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(results)) == 4
    assert {info.path for info in list_backups(folder)} == set(results)
    assert all(verify_backup(path).ok for path in results)
    assert [p for p in folder.iterdir() if p.name.startswith(".")] == []


# --- a read-only check of damaged files ---------------------------------------------------


def _damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    if how == "header":
        data[:16] = b"not a database!!"
    elif how == "truncated":
        data = data[: len(data) // 3]
    elif how == "zeroed-page":
        data[page * 3: page * 4] = bytes(page)
    elif how == "garbage-pages":
        data[page * 2: page * 6] = bytes((i * 37) % 256 for i in range(page * 4))
    elif how == "schema-page":
        data[100: page] = bytes((i * 91) % 256 for i in range(page - 100))
    path.write_bytes(bytes(data))


DAMAGES = ["header", "truncated", "zeroed-page", "garbage-pages", "schema-page"]


@pytest.mark.parametrize("how", DAMAGES)
def test_check_reports_damage_without_crashing(demo_file: Path, tmp_path: Path,
                                               how: str) -> None:
    path = tmp_path / "register.sqlite"
    path.write_bytes(demo_file.read_bytes())
    _damage(path, how)
    report = check_path(path)
    assert report.damaged and not report.ok
    assert report.integrity and report.integrity != ["ok"]


def test_check_of_a_sound_file_changes_nothing(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite"
    path.write_bytes(demo_file.read_bytes())
    before = path.read_bytes()
    report = check_path(path)
    assert report.ok and not report.damaged and report.counts["members"] > 0
    assert path.read_bytes() == before


@pytest.mark.sqlite_only(reason="copies of the register file")
def test_the_newest_verified_copy_skips_damaged_ones(commune_db: Database,
                                                     tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    good = create_backup(commune_db.path, folder, BackupKind.DAILY, NOW)
    newer = create_backup(commune_db.path, folder, BackupKind.MANUAL,
                          NOW + dt.timedelta(hours=1))
    _damage(newer.path, "header")
    found = newest_verified_backup(folder)
    assert found is not None and found.path == good.path


def test_open_database_refuses_nothing_new_for_an_existing_register(tmp_path: Path) -> None:
    db = open_database(tmp_path / "r.sqlite")
    db.close()
    assert (tmp_path / "r.sqlite").exists()


@pytest.mark.sqlite_only(reason="a copy of the register file to a full stick")
def test_a_full_usb_stick_gives_a_message_and_leaves_nothing(
    with_member: Database, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(usb)],
                             capture_output=True, check=False).returncode == 0
    if not mounted:
        pytest.skip("needs permission to mount a small tmpfs")
    try:
        with with_member.transaction() as session:
            set_backup_passphrase(session, PASSPHRASE, PASSPHRASE)
        with pytest.raises(UserError) as caught:
            backup_to_folder(with_member.path, usb, NOW, PASSPHRASE)
        assert "ổ đĩa có thể đã đầy" in caught.value.message
        assert list(usb.iterdir()) == []
    finally:
        subprocess.run(["umount", str(usb)], check=False)
