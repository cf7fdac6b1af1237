"""Operations: their own transaction, progress only when slow, failures by kind, changes announced.

Everything runs on real SQLite files. A full disk is a real tmpfs (mounted by the test,
which needs root); a locked
register is another connection holding an exclusive transaction.
"""

from __future__ import annotations

import ast
import os
import sqlite3
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.orm import Session

from db.engine import Database, open_database
from db.errors import DISK_FULL, LOCKED, READ_ONLY, Cancelled, KnownSituation
from db.members import MemberFilter, count_members
from db.site import SiteInfo, get_site, init_site
from desktop.main_window import MainWindow
from desktop.pages.members.form import MemberFormDialog
from desktop.pages.members.import_dialog import ImportDialog
from desktop.pages.members.page import MembersPage
from desktop.pages.overview.page import OverviewPage
from desktop.tasks import Change, TaskRunner
from desktop.widgets import messages
from tests.conftest import COMMUNE_CODE

PAGES = Path(__file__).resolve().parents[2] / "desktop" / "pages"


class Shown:
    """What the operation layer would have shown in message boxes."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.situations: list[KnownSituation] = []


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    record = Shown()
    monkeypatch.setattr(messages, "show_problem",
                        lambda _parent, text: record.problems.append(text))
    monkeypatch.setattr(messages, "show_situation",
                        lambda _parent, situation: record.situations.append(situation))
    return record


def site_of(database: Database) -> SiteInfo:
    with database.reading() as session:
        return get_site(session)


def active_count(database: Database) -> int:
    with database.reading() as session:
        return count_members(session, MemberFilter())


def every_connection(database: Database, *pragmas: str) -> None:
    """Run pragmas on every connection the register opens from now on."""

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        for pragma in pragmas:
            cursor.execute(pragma)
        cursor.close()

    event.listen(database.engine, "connect", on_connect)
    database.engine.dispose()


def workbook(path: Path, names: list[str]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["STT", "Họ và tên", "Ngày sinh"])
    for number, name in enumerate(names, start=1):
        sheet.append([number, name, "1990"])
    book.save(path)
    return path


# ---------------------------------------------------------------- changes reach the pages


def test_an_import_shows_on_the_members_and_overview_pages_without_refreshing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, shown: Shown
) -> None:
    overview = window.show_page("overview")
    assert isinstance(overview, OverviewPage)
    assert overview.overview is not None
    before = overview.overview.members_total
    members = window.show_page("members")
    assert isinstance(members, MembersPage)
    assert members.model.total == active_count(window.database)
    old_total = members.model.total
    source = workbook(tmp_path / "moi.xlsx", ["Lò Thị Mai", "Quàng Thị Dung", "Vi Thị Hoa"])
    # The path the page's "Nhập từ Excel…" button takes, after the file was chosen.
    dialog = ImportDialog(window.database, window.site, window.tasks, source, members,
                          backup_folder=tmp_path / "backups")
    qtbot.addWidget(dialog)
    dialog.make_preview()
    assert dialog.preview is not None and dialog.preview.valid == 3
    dialog.apply()
    assert shown.problems == [] and shown.situations == []
    assert members.model.total == old_total + 3  # no "Làm mới" pressed
    assert "hội viên trong sổ" in members.status.text()
    # The overview was hidden: it reads again only when it comes back on screen.
    assert overview.overview.members_total == before
    window.show_page("overview")
    assert overview.overview.members_total == before + 3


def test_a_hidden_page_reads_once_when_shown_again(qtbot: QtBot) -> None:
    tasks = TaskRunner(synchronous=True)
    page = QWidget()
    qtbot.addWidget(page)
    reads: list[int] = []
    tasks.follow(page, {Change.MEMBERS}, lambda: reads.append(1))
    page.show()
    tasks.changes.announce({Change.MEMBERS})
    assert reads == [1]  # on screen: at once
    tasks.changes.announce({Change.COURSES})
    assert reads == [1]  # not a kind it shows
    page.hide()
    tasks.changes.announce({Change.MEMBERS})
    tasks.changes.announce({Change.MEMBERS, Change.BRANCHES})
    assert reads == [1]  # hidden: no read nobody sees
    page.show()
    assert reads == [1, 1]  # one read for both changes
    page.hide()
    page.show()
    assert reads == [1, 1]  # nothing changed meanwhile


def test_a_failed_operation_announces_nothing(commune_db: Database, shown: Shown) -> None:
    tasks = TaskRunner(synchronous=True)
    announced: list[frozenset[str]] = []
    tasks.changes.changed.connect(announced.append)

    def refuse(_session: Session) -> None:
        from db.errors import UserError

        raise UserError("Tên chi hội đã có.")

    tasks.op(None, commune_db, refuse, changes={Change.BRANCHES})
    assert shown.problems == ["Tên chi hội đã có."] and announced == []
    tasks.op(None, commune_db, lambda _session: None, changes={Change.BRANCHES})
    assert announced == [frozenset({"branches"})]


# ---------------------------------------------------------------- known situations


def fill_member_form(qtbot: QtBot, database: Database) -> MemberFormDialog:
    dialog = MemberFormDialog(database, site_of(database), TaskRunner(synchronous=True), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.full_name.setText("Nguyễn Thị Thuỷ")
    dialog.phone.setText("0912345678")
    dialog.address.setText("Thôn Đông, xóm 4")
    return dialog


def assert_kept(dialog: MemberFormDialog) -> None:
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.full_name.text() == "Nguyễn Thị Thuỷ"
    assert dialog.address.text() == "Thôn Đông, xóm 4"
    assert dialog.save_button.isEnabled()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path | None]:
    """A 16 MiB tmpfs, or None where mounting is not allowed."""
    mount_point = tmp_path / "usb"
    mount_point.mkdir()
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount_point)],
        capture_output=True, check=False,
    ).returncode == 0
    yield mount_point if mounted else None
    if mounted:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill_up(folder: Path) -> None:
    """Write a filler file until the file system has no byte left."""
    with (folder / "filler.bin").open("wb", buffering=0) as filler:
        chunk = b"\0" * 4096
        try:
            while True:
                filler.write(chunk)
                filler.flush()
        except OSError:
            pass
        try:
            while True:
                filler.write(b"\0")
                filler.flush()
        except OSError:
            pass


def test_saving_on_a_full_disk_says_so_and_keeps_what_was_typed(
    qtbot: QtBot, tmp_path: Path, small_disk: Path | None, shown: Shown
) -> None:
    if small_disk is None:
        pytest.skip("mounting a small tmpfs needs root")
    folder = small_disk
    database = open_database(folder / "so-hoi.sqlite")
    try:
        with database.transaction() as session:
            init_site(session, COMMUNE_CODE)
        dialog = fill_member_form(qtbot, database)
        # Filled once the register is open, as when a USB stick fills up during work.
        fill_up(small_disk)
        dialog.save()
        assert [s.kind for s in shown.situations] == [DISK_FULL]
        assert "đầy" in shown.situations[0].message
        assert shown.problems == []
        assert_kept(dialog)
        dialog.done(0)
    finally:
        database.close()
    (small_disk / "filler.bin").unlink()
    assert active_count(open_database(folder / "so-hoi.sqlite")) == 0


def test_a_read_only_register_says_so(
    qtbot: QtBot, commune_db: Database, shown: Shown
) -> None:
    if os.geteuid() == 0:
        # The owner of every file ignores its permission bits: ask SQLite to refuse writes.
        every_connection(commune_db, "PRAGMA query_only = ON")
    else:
        commune_db.engine.dispose()
        commune_db.path.chmod(0o444)
    dialog = fill_member_form(qtbot, commune_db)
    dialog.save()
    assert [s.kind for s in shown.situations] == [READ_ONLY]
    assert_kept(dialog)
    dialog.done(0)


def test_a_register_locked_by_another_program_says_so(
    qtbot: QtBot, commune_db: Database, shown: Shown
) -> None:
    every_connection(commune_db, "PRAGMA busy_timeout = 50")
    other = sqlite3.connect(commune_db.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        dialog = fill_member_form(qtbot, commune_db)
        dialog.save()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert [s.kind for s in shown.situations] == [LOCKED]
    assert_kept(dialog)
    dialog.done(0)


# ---------------------------------------------------------------- progress


class FakeClock:
    """Stands in for QTimer: the test says when time has passed."""

    def __init__(self) -> None:
        self.waiting: list[tuple[int, Callable[[], None]]] = []

    def schedule(self, msecs: int, function: Callable[[], None]) -> None:
        self.waiting.append((msecs, function))

    def advance(self, msecs: int) -> None:
        due = [f for delay, f in self.waiting if delay <= msecs]
        self.waiting = [(d, f) for d, f in self.waiting if d > msecs]
        for function in due:
            function()


@pytest.fixture
def runner() -> Iterator[tuple[TaskRunner, FakeClock]]:
    tasks = TaskRunner()
    clock = FakeClock()
    tasks.schedule = clock.schedule
    yield tasks, clock
    tasks.wait()


def test_progress_shows_only_for_slow_work(
    qtbot: QtBot, commune_db: Database, runner: tuple[TaskRunner, FakeClock], shown: Shown
) -> None:
    tasks, clock = runner
    results: list[object] = []
    quick = tasks.op(None, commune_db, lambda _session: "quick", done=results.append,
                     progress="Đang lưu…")
    qtbot.waitUntil(lambda: results == ["quick"])
    clock.advance(400)
    assert quick.progress is None  # done before the moment passed: no box flashed

    release = threading.Event()

    def slow(_session: Session) -> str:
        release.wait(10)
        return "slow"

    running = tasks.op(None, commune_db, slow, done=results.append, progress="Đang nhập…")
    clock.advance(399)
    assert running.progress is None
    clock.advance(400)
    assert running.progress is not None and running.progress.isVisible()
    assert running.progress.labelText() == "Đang nhập…"
    release.set()
    qtbot.waitUntil(lambda: results == ["quick", "slow"])
    assert running.progress is None and shown.problems == []


def test_cancel_stops_work_that_accepts_it(
    qtbot: QtBot, commune_db: Database, runner: tuple[TaskRunner, FakeClock], shown: Shown
) -> None:
    tasks, clock = runner
    started = threading.Event()
    failures: list[BaseException] = []
    announced: list[object] = []
    tasks.changes.changed.connect(announced.append)

    def long_work(_session: Session, should_stop: Callable[[], bool]) -> None:
        started.set()
        while not should_stop():
            threading.Event().wait(0.01)
        raise Cancelled

    running = tasks.op(None, commune_db, long_work, progress="Đang ghi…", cancellable=True,
                       changes={Change.MEMBERS}, failed=failures.append)
    assert started.wait(10)
    clock.advance(400)
    assert running.progress is not None
    cancel = running.progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Hủy"
    cancel.click()
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], Cancelled)
    assert shown.problems == [] and shown.situations == [] and announced == []


# ---------------------------------------------------------------- structure


def test_no_page_imports_another_page() -> None:
    found: list[str] = []
    for path in PAGES.rglob("*.py"):
        relative = path.relative_to(PAGES).parts
        own = relative[0] if len(relative) > 1 else None
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                parts = name.split(".")
                if parts[:2] != ["desktop", "pages"] or len(parts) < 3:
                    continue
                target = parts[2]
                if (PAGES / target).is_dir() and target != own:
                    found.append(f"{'/'.join(relative)} imports {name}")
    assert found == []



def test_the_daily_backup_at_start_makes_no_page_read_again(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop import app as app_module

    monkeypatch.setattr(app_module.paths, "backup_dir", lambda: tmp_path / "backups")
    tasks = TaskRunner(synchronous=True)
    announced: list[frozenset[str]] = []
    tasks.changes.changed.connect(announced.append)
    app_module.start_daily_backup(demo_db, tasks)
    assert list((tmp_path / "backups").iterdir()), "the day's copy was taken"
    assert announced == []
