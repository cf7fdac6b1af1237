"""The sync page, both ends: an upper level (Hưng Yên) and the demo commune (Xã Hưng Hà).

Two real registers talk through files in temporary folders, as two offices would through
a USB stick: enrollment, the commune's first package (with the fingerprint check), a
package sent back down, and the files that must be refused. Only the system's file
pickers and message boxes are answered by the test; the databases, the packages and
the widgets are real.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.accounts import AccountInfo
from db.engine import Database, open_database
from db.models import Member, SyncPeer, Unit
from db.site import get_site, init_site
from desktop.formatting import number
from desktop.main_window import MainWindow
from desktop.pages.sync import messages
from desktop.pages.sync.destination_dialog import DestinationDialog
from desktop.pages.sync.enroll_dialog import EnrollmentConfirmDialog
from desktop.pages.sync.import_flow import PackageImport
from desktop.pages.sync.page import SyncPage
from desktop.pages.sync.peer_table import Column
from desktop.pages.sync.preview_dialog import PreviewDialog
from desktop.removable_drives import DRIVE_REMOVABLE, Drive, Volume, pick_removable, size_text
from desktop.session_user import SessionUser
from desktop.tasks import TaskRunner
from tests.conftest import COMMUNE_CODE, TODAY
from tests.desktop.conftest import type_text
from tests.sync_support import content_digest

GB = 1024**3


@dataclass
class Boxes:
    """What the page would have shown in message boxes, and the answers to its questions."""

    problems: list[str] = field(default_factory=list)
    done: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answers: list[bool] = field(default_factory=list)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    shown = Boxes()
    monkeypatch.setattr(messages, "show_problem", lambda _p, text: shown.problems.append(text))
    monkeypatch.setattr(messages, "show_done", lambda _p, _t, text: shown.done.append(text))

    def confirm(_parent: object, _title: str, text: str, _yes: str) -> bool:
        shown.questions.append(text)
        return shown.answers.pop(0) if shown.answers else True

    monkeypatch.setattr(messages, "confirm", confirm)
    return shown


@pytest.fixture
def upper_db(tmp_path: Path) -> Iterator[Database]:
    """The province office of Hưng Yên, with no commune enrolled yet."""
    db = open_database(tmp_path / "upper.sqlite")
    with db.transaction() as session:
        init_site(session, "33", upper=True)
    yield db
    db.close()


def make_page(qtbot: QtBot, database: Database, tmp_path: Path, name: str,
              drives: list[Drive] | None = None) -> SyncPage:
    with database.reading() as session:
        site = get_site(session)
    page = SyncPage(database, site, TaskRunner(synchronous=True),
                    backup_folder=tmp_path / f"backups-{name}",
                    find_drives=lambda: list(drives or []), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.load()
    return page


@pytest.fixture
def upper_page(qtbot: QtBot, upper_db: Database, tmp_path: Path) -> SyncPage:
    return make_page(qtbot, upper_db, tmp_path, "upper")


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def commune_page(qtbot: QtBot, demo_db: Database, tmp_path: Path, usb: Path) -> SyncPage:
    stick = Drive(usb, f"USB KINGSTON ({usb}) — còn trống 3,2 GB", int(3.2 * GB))
    return make_page(qtbot, demo_db, tmp_path, "commune", drives=[stick])


def answer_file_dialog(monkeypatch: pytest.MonkeyPatch, *files: Path) -> None:
    """Make the next "open" dialogs return these files."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_a, **_k: (str(files[0]), "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *_a, **_k: ([str(f) for f in files], "")))


def write_into_folder(monkeypatch: pytest.MonkeyPatch, page: SyncPage, folder: Path) -> None:
    """Answer the destination dialog with "Chọn thư mục khác…" and a folder."""
    dialog = page.destination_dialog
    assert isinstance(dialog, DestinationDialog) and dialog.isVisible()
    folder.mkdir(parents=True, exist_ok=True)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *_a, **_k: str(folder)))
    dialog.other_button.click()
    assert page.destination_dialog is None


def preview_dialog(page: SyncPage) -> PreviewDialog:
    flow = page.import_flow
    assert isinstance(flow, PackageImport)
    dialog = flow.dialog
    assert isinstance(dialog, PreviewDialog) and dialog.isVisible()
    return dialog


def kind_counts(dialog: PreviewDialog) -> dict[str, list[str]]:
    table = dialog.table
    return {
        table.item(row, 0).text(): [table.item(row, c).text() for c in range(1, 5)]
        for row in range(table.rowCount())
    }


def peer_cell(page: SyncPage, column: Column, row: int = 0) -> str:
    return str(page.peers.index(row, column).data())


def members_of(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(
            select(func.count()).select_from(Member).where(Member.deleted_at.is_(None))
        ) or 0


def peer_row(database: Database, code: str) -> tuple[int, bool]:
    """Return (last generation received, key pinned) of a peer."""
    with database.reading() as session:
        peer = session.scalars(
            select(SyncPeer).join(Unit, Unit.id == SyncPeer.unit_id).where(Unit.code == code)
        ).one()
        return peer.last_generation_received, peer.signing_public_key is not None


# The steps of an exchange, as the two offices take them -----------------------------


def enroll(monkeypatch: pytest.MonkeyPatch, upper: SyncPage, commune: SyncPage,
           boxes: Boxes, folder: Path) -> Path:
    upper.enroll_button.click()
    dialog = upper.enroll_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.search, "hưng hà")
    visible = [dialog.list.item(r).text() for r in range(dialog.list.count())
               if not dialog.list.item(r).isHidden()]
    assert visible == ["Xã Hưng Hà (mã 12586)"]
    assert dialog.chosen() == (COMMUNE_CODE, "Xã Hưng Hà")
    dialog.next_button.click()
    write_into_folder(monkeypatch, upper, folder)
    [enrollment] = folder.glob("*.sohoi")
    assert upper.own_fingerprint.text() in boxes.done[-1]
    assert str(enrollment) in boxes.done[-1]
    answer_file_dialog(monkeypatch, enrollment)
    commune.enrollment_button.click()
    confirm_enrollment(commune, upper.own_fingerprint.text())
    return enrollment


def confirm_enrollment(commune: SyncPage, fingerprint: str) -> None:
    """Compare the upper level's fingerprint, tick the box, import."""
    dialog = commune.enrollment_confirm
    assert isinstance(dialog, EnrollmentConfirmDialog) and dialog.isVisible()
    assert dialog.fingerprint.text() == fingerprint
    assert not dialog.import_button.isEnabled()
    dialog.import_button.click()  # disabled: nothing happens
    assert commune.enrollment_confirm is dialog
    dialog.confirm_box.setChecked(True)
    dialog.import_button.click()
    assert commune.enrollment_confirm is None


def test_an_enrollment_file_is_imported_only_once_its_fingerprint_is_ticked(
    monkeypatch: pytest.MonkeyPatch, upper_page: SyncPage, commune_page: SyncPage,
    boxes: Boxes, tmp_path: Path, demo_db: Database,
) -> None:
    upper_page.enroll_button.click()
    dialog = upper_page.enroll_dialog
    assert dialog is not None
    dialog.select_code(COMMUNE_CODE)
    dialog.next_button.click()
    write_into_folder(monkeypatch, upper_page, tmp_path / "enrollment")
    [enrollment] = (tmp_path / "enrollment").glob("*.sohoi")
    answer_file_dialog(monkeypatch, enrollment)
    before = content_digest(demo_db.path)
    commune_page.enrollment_button.click()
    confirm = commune_page.enrollment_confirm
    assert isinstance(confirm, EnrollmentConfirmDialog)
    assert confirm.fingerprint.text() == upper_page.own_fingerprint.text()
    assert "Hưng Yên" in confirm.findChildren(QLabel)[0].text()
    confirm.reject()  # not compared: nothing is imported
    assert commune_page.enrollment_confirm is None
    assert content_digest(demo_db.path) == before
    assert not commune_page.send_button.isEnabled()
    commune_page.enrollment_button.click()
    confirm_enrollment(commune_page, upper_page.own_fingerprint.text())
    assert commune_page.upper_fingerprint.text() == upper_page.own_fingerprint.text()
    assert boxes.problems == []


def send_up(commune: SyncPage, usb: Path, boxes: Boxes) -> Path:
    before = set(usb.glob("*.sohoi"))
    commune.send_button.click()
    dialog = commune.destination_dialog
    assert dialog is not None
    assert dialog.places.item(0).text().startswith("USB KINGSTON")
    dialog.ok_button.click()
    [package] = set(usb.glob("*.sohoi")) - before
    return package


def first_exchange(monkeypatch: pytest.MonkeyPatch, upper: SyncPage, commune: SyncPage,
                   boxes: Boxes, tmp_path: Path, usb: Path) -> Path:
    """Enroll, send the commune's first package up and import it with the key ticked."""
    enroll(monkeypatch, upper, commune, boxes, tmp_path / "enrollment")
    package = send_up(commune, usb, boxes)
    answer_file_dialog(monkeypatch, package)
    upper.receive_button.click()
    dialog = preview_dialog(upper)
    assert dialog.confirm_box is not None
    dialog.confirm_box.setChecked(True)
    dialog.import_button.click()
    return package


# The stories ------------------------------------------------------------------------


def test_enrollment_first_package_and_package_down(
    monkeypatch: pytest.MonkeyPatch, upper_page: SyncPage, commune_page: SyncPage,
    boxes: Boxes, upper_db: Database, demo_db: Database, tmp_path: Path, usb: Path,
) -> None:
    # Before enrollment the commune cannot send, and says why.
    assert not commune_page.send_button.isEnabled()
    assert "Chưa đăng ký" in commune_page.upper_fingerprint.text()
    assert "Chưa đăng ký xã nào" in upper_page.peer_summary.text()

    enroll(monkeypatch, upper_page, commune_page, boxes, tmp_path / "enrollment")
    assert boxes.problems == []
    assert commune_page.upper_fingerprint.text() == upper_page.own_fingerprint.text()
    assert commune_page.send_button.isEnabled()
    assert peer_cell(upper_page, Column.FINGERPRINT) == "chưa nhận gói"
    assert peer_cell(upper_page, Column.NAME) == "Xã Hưng Hà"

    # The commune writes its package onto the stick the dialog found.
    package = send_up(commune_page, usb, boxes)
    assert "lần <b>1</b>" in boxes.done[-1] and "Có thể rút USB" in boxes.done[-1]
    assert str(package) in boxes.done[-1]
    assert commune_page.last_sent.text().startswith("lần 1 · ")

    # The upper level previews it: every member is new, and "Nhập" waits for the tick.
    answer_file_dialog(monkeypatch, package)
    upper_page.receive_button.click()
    dialog = preview_dialog(upper_page)
    members = members_of(demo_db)
    assert kind_counts(dialog)["Hội viên"] == [number(members), "", "", ""]
    summary = dialog.summary.text()
    assert "Hội LHPN xã Hưng Hà" in summary and "lần <b>1</b>" in summary
    assert dialog.confirm_box is not None
    assert dialog.fingerprint.text() == commune_page.own_fingerprint.text()
    assert "xã Hưng Hà, trùng khớp" in dialog.confirm_box.text()
    assert not dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert upper_page.import_flow is not None and dialog.isVisible()
    assert members_of(upper_db) == 0
    dialog.confirm_box.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert boxes.problems == []
    assert "Đã nhập gói lần <b>1</b>" in boxes.done[-1]
    assert members_of(upper_db) == members
    assert len(list((tmp_path / "backups-upper").iterdir())) == 1
    assert upper_page.import_flow is None
    assert peer_cell(upper_page, Column.RECEIVED).startswith("lần 1 · ")
    assert peer_cell(upper_page, Column.FINGERPRINT) == commune_page.own_fingerprint.text()

    # The upper level sends down to the commune selected in the table.
    upper_page.table.selectRow(0)
    assert upper_page.send_one_button.isEnabled()
    upper_page.send_one_button.click()
    write_into_folder(monkeypatch, upper_page, tmp_path / "down")
    [down] = (tmp_path / "down").glob("*.sohoi")
    assert "Có thể rút USB" not in boxes.done[-1]  # a folder on the disk, not a stick
    assert peer_cell(upper_page, Column.SENT).startswith("lần 1 · ")

    # The commune imports it: its own key was pinned at enrollment, so no tick is needed.
    answer_file_dialog(monkeypatch, down)
    commune_page.receive_button.click()
    dialog = preview_dialog(commune_page)
    assert dialog.confirm_box is None and dialog.import_button.isEnabled()
    assert "đã nhận đến gói lần 1" in dialog.summary.text()
    dialog.import_button.click()
    assert boxes.problems == []
    assert "Cấp trên đã nhận đến gói lần 1." in commune_page.acknowledged.text()
    assert commune_page.last_received.text().startswith("lần 1 · ")


def test_refused_files_are_reported_and_change_nothing(
    monkeypatch: pytest.MonkeyPatch, upper_page: SyncPage, commune_page: SyncPage,
    boxes: Boxes, upper_db: Database, tmp_path: Path, usb: Path,
) -> None:
    package = first_exchange(monkeypatch, upper_page, commune_page, boxes, tmp_path, usb)
    members = members_of(upper_db)
    assert peer_row(upper_db, COMMUNE_CODE) == (1, True)

    answer_file_dialog(monkeypatch, package)
    upper_page.receive_button.click()
    assert boxes.problems[-1] == (
        "Gói lần 1 của Hội LHPN xã Hưng Hà đã được nhập trước đây; không có gì thay đổi."
    )

    fake = tmp_path / "bao-cao.sohoi"
    fake.write_text("Báo cáo quý IV", encoding="utf-8")
    answer_file_dialog(monkeypatch, fake)
    upper_page.receive_button.click()
    assert "không phải gói dữ liệu Sổ Hội" in boxes.problems[-1]

    # The enrollment file is not a package either, and the message says which button to use.
    [enrollment] = (tmp_path / "enrollment").glob("*.sohoi")
    answer_file_dialog(monkeypatch, enrollment)
    commune_page.receive_button.click()
    assert "Nhập tệp đăng ký" in boxes.problems[-1]

    assert len(boxes.problems) == 3
    assert members_of(upper_db) == members
    assert peer_row(upper_db, COMMUNE_CODE) == (1, True)
    assert len(list((tmp_path / "backups-upper").iterdir())) == 1  # no copy for a refusal
    assert upper_page.import_flow is None and upper_page.receive_button.isEnabled()


def test_several_files_go_on_after_a_refused_one(
    monkeypatch: pytest.MonkeyPatch, upper_page: SyncPage, commune_page: SyncPage,
    boxes: Boxes, upper_db: Database, tmp_path: Path, usb: Path,
) -> None:
    enroll(monkeypatch, upper_page, commune_page, boxes, tmp_path / "enrollment")
    package = send_up(commune_page, usb, boxes)
    damaged = usb / "SoHoi_12586_a_hong.sohoi"
    damaged.write_bytes(package.read_bytes()[:5000])
    answer_file_dialog(monkeypatch, package, damaged)
    upper_page.receive_button.click()
    dialog = preview_dialog(upper_page)
    assert "(tệp 2/2)" in dialog.windowTitle()  # the damaged one came first and was refused
    assert dialog.confirm_box is not None
    dialog.confirm_box.setChecked(True)
    dialog.import_button.click()
    assert boxes.problems == []
    [summary] = boxes.done[-1:]
    assert "Đã nhập 1/2 tệp." in summary
    assert "✘ SoHoi_12586_a_hong.sohoi" in summary and "✔ Hội LHPN xã Hưng Hà, gói lần 1" in summary
    assert peer_row(upper_db, COMMUNE_CODE) == (1, True)


def test_skipping_a_first_package_keeps_the_key_unpinned(
    monkeypatch: pytest.MonkeyPatch, upper_page: SyncPage, commune_page: SyncPage,
    boxes: Boxes, upper_db: Database, tmp_path: Path, usb: Path,
) -> None:
    enroll(monkeypatch, upper_page, commune_page, boxes, tmp_path / "enrollment")
    package = send_up(commune_page, usb, boxes)
    answer_file_dialog(monkeypatch, package)
    upper_page.receive_button.click()
    dialog = preview_dialog(upper_page)
    assert dialog.skip_button.text() == "Hủy"
    dialog.skip_button.click()
    assert peer_row(upper_db, COMMUNE_CODE) == (0, False)
    assert members_of(upper_db) == 0
    assert boxes.problems == [] and upper_page.import_flow is None
    assert not upper_page.send_one_button.isEnabled()


def test_changed_upper_key_needs_two_answers(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, upper_page: SyncPage,
    commune_page: SyncPage, boxes: Boxes, tmp_path: Path,
) -> None:
    enroll(monkeypatch, upper_page, commune_page, boxes, tmp_path / "enrollment")
    old = commune_page.upper_fingerprint.text()
    # The province's PC was reinstalled: a new register, new keys, a new enrollment file.
    reinstalled = open_database(tmp_path / "upper-new.sqlite")
    try:
        with reinstalled.transaction() as session:
            init_site(session, "33", upper=True)
        new_page = make_page(qtbot, reinstalled, tmp_path, "new")
        boxes.answers = [False]  # fingerprint compared and ticked; replace the key: no
        new_file = enroll(monkeypatch, new_page, commune_page, boxes, tmp_path / "new")
        assert "khác với khóa đã đăng ký" in boxes.questions[-1]
        assert commune_page.upper_fingerprint.text() == old
        # A "yes" to the first question and a "no" to the second change nothing either.
        boxes.answers = [True, False]
        commune_page.enrollment_button.click()
        confirm_enrollment(commune_page, new_page.own_fingerprint.text())
        assert "Chỉ thay khóa khi bạn đã gọi điện" in boxes.questions[-1]
        assert commune_page.upper_fingerprint.text() == old
        boxes.answers = [True, True]
        answer_file_dialog(monkeypatch, new_file)
        commune_page.enrollment_button.click()
        confirm_enrollment(commune_page, new_page.own_fingerprint.text())
        assert commune_page.upper_fingerprint.text() == new_page.own_fingerprint.text() != old
        assert boxes.problems == []
    finally:
        reinstalled.close()


def test_forgetting_a_commune_key_asks_for_the_fingerprint_again(
    monkeypatch: pytest.MonkeyPatch, upper_page: SyncPage, commune_page: SyncPage,
    boxes: Boxes, upper_db: Database, tmp_path: Path, usb: Path,
) -> None:
    first_exchange(monkeypatch, upper_page, commune_page, boxes, tmp_path, usb)
    upper_page.table.selectRow(0)
    boxes.answers = [False]
    upper_page.forget_button.click()
    assert peer_row(upper_db, COMMUNE_CODE) == (1, True)
    upper_page.forget_button.click()
    assert "Đổi khóa của <b>Hội LHPN xã Hưng Hà</b>" in boxes.questions[-1]
    assert peer_row(upper_db, COMMUNE_CODE) == (0, False)
    assert peer_cell(upper_page, Column.FINGERPRINT) == "chưa nhận gói"
    assert not upper_page.send_one_button.isEnabled()
    package = send_up(commune_page, usb, boxes)
    answer_file_dialog(monkeypatch, package)
    upper_page.receive_button.click()
    assert preview_dialog(upper_page).confirm_box is not None


def test_send_to_all_communes_writes_one_file_each(
    monkeypatch: pytest.MonkeyPatch, upper_page: SyncPage, commune_page: SyncPage,
    boxes: Boxes, tmp_path: Path, usb: Path,
) -> None:
    assert not upper_page.send_all_button.isEnabled()
    first_exchange(monkeypatch, upper_page, commune_page, boxes, tmp_path, usb)
    assert upper_page.send_all_button.isEnabled()
    upper_page.send_all_button.click()
    write_into_folder(monkeypatch, upper_page, tmp_path / "all")
    [written] = (tmp_path / "all").glob("*.sohoi")
    assert written.name.startswith("SoHoi_33_gui_12586_")
    assert "Đã ghi 1/1 gói" in boxes.done[-1] and "✔ Hội LHPN xã Hưng Hà: gói lần 1" in (
        boxes.done[-1])


def test_destination_dialog_remembers_the_last_folder(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path,
) -> None:
    tasks = TaskRunner(synchronous=True)
    first = DestinationDialog(tasks, "Ghi", "Ghi thử.", find_drives=list)
    qtbot.addWidget(first)
    assert first.places.count() in (0, 1)  # the folder of an earlier test may be offered
    folder = tmp_path / "Bao cao"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *_a, **_k: str(folder)))
    first.other_button.click()
    assert first.chosen is not None and first.chosen.folder == folder
    assert not first.chosen.removable
    stick = Drive(tmp_path, "USB KINGSTON (E:) — còn trống 3,2 GB", int(3.2 * GB))
    second = DestinationDialog(tasks, "Ghi", "Ghi thử.", find_drives=lambda: [stick])
    qtbot.addWidget(second)
    texts = [second.places.item(r).text() for r in range(second.places.count())]
    assert texts == [stick.label, f"Thư mục đã dùng lần trước: {folder}"]
    second.places.setCurrentRow(1)
    second.ok_button.click()
    # The remembered folder lies on the stick: it may be pulled out after writing.
    assert second.chosen is not None and second.chosen.removable


def test_a_viewer_cannot_import_or_enroll(upper_page: SyncPage) -> None:
    viewer = SessionUser(AccountInfo(id="1", username="xem", display_name="Chỉ xem",
                                     role="viewer", active=True, failed_attempts=0,
                                     locked_until=None))
    upper_page.set_user(viewer)
    assert not upper_page.receive_button.isEnabled()
    assert not upper_page.enroll_button.isEnabled()
    upper_page.set_user(SessionUser())
    assert upper_page.receive_button.isEnabled() and upper_page.enroll_button.isEnabled()


def test_the_main_window_opens_the_sync_page(window: MainWindow) -> None:
    page = window.show_page("sync")
    assert isinstance(page, SyncPage)
    assert page.status is not None and not page.status.is_upper
    assert len(page.own_fingerprint.text().split()) == 8


def test_enrolling_with_the_threaded_runner(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, upper_db: Database, boxes: Boxes,
    tmp_path: Path,
) -> None:
    """The same steps with work on real worker threads, as in the application."""
    with upper_db.reading() as session:
        site = get_site(session)
    tasks = TaskRunner()
    page = SyncPage(upper_db, site, tasks, backup_folder=tmp_path / "backups",
                    find_drives=list, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.load()
    qtbot.waitUntil(lambda: page.status is not None, timeout=5000)
    page.enroll_button.click()
    dialog = page.enroll_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.list.count() > 100, timeout=5000)
    dialog.select_code(COMMUNE_CODE)
    dialog.next_button.click()
    destination = page.destination_dialog
    assert destination is not None
    qtbot.waitUntil(destination.refresh_button.isEnabled, timeout=5000)
    write_into_folder(monkeypatch, page, tmp_path / "enrollment")
    qtbot.waitUntil(lambda: bool(page.status and page.status.peers), timeout=5000)
    assert tasks.wait()
    assert boxes.problems == [] and "Đã ghi tệp đăng ký" in boxes.done[-1]
    assert len(list((tmp_path / "enrollment").glob("*.sohoi"))) == 1
    assert peer_cell(page, Column.CODE) == COMMUNE_CODE

# Finding USB sticks -------------------------------------------------------------------


def test_windows_keeps_only_removable_writable_drives() -> None:
    volumes = [
        Volume("C:/", "Windows", True, False, True, 80 * GB, 3),
        Volume("D:/", "DATA", True, False, False, 200 * GB, 3),
        Volume("E:/", "KINGSTON", True, False, False, int(3.2 * GB), DRIVE_REMOVABLE),
        Volume("F:/", "", False, False, False, 0, DRIVE_REMOVABLE),
        Volume("G:/", "KHOA", True, True, False, GB, DRIVE_REMOVABLE),
        Volume("H:/", "", True, False, False, 512 * 1024**2, DRIVE_REMOVABLE),
        Volume("Z:/", "share", True, False, False, GB, 4),
    ]
    drives = pick_removable(volumes, "win32")
    assert [d.label for d in drives] == [
        "USB KINGSTON (E:) — còn trống 3,2 GB",
        "USB (H:) — còn trống 512,0 MB",
    ]
    assert drives[0].path == Path("E:/") and drives[0].free_bytes == int(3.2 * GB)


def test_linux_and_macos_keep_media_mounts() -> None:
    volumes = [
        Volume("/", "", True, False, True, 70 * GB),
        Volume("/home", "", True, False, False, 70 * GB),
        Volume("/media/lan/KINGSTON", "KINGSTON", True, False, False, 7 * GB),
        Volume("/run/media/lan/3A1F-22C0", "", True, False, False, 900 * 1024**2),
        Volume("/mnt", "", True, False, False, GB),
        Volume("/media/lan/CDROM", "CDROM", True, True, False, 0),
        Volume("/Volumes/SANDISK", "SANDISK", True, False, False, 14 * GB),
    ]
    linux = pick_removable(volumes, "linux")
    assert [d.label for d in linux] == [
        "USB KINGSTON (/media/lan/KINGSTON) — còn trống 7,0 GB",
        "USB 3A1F-22C0 (/run/media/lan/3A1F-22C0) — còn trống 900,0 MB",
        "USB SANDISK (/Volumes/SANDISK) — còn trống 14,0 GB",
    ]
    # Windows rules never take a volume without the removable type.
    assert pick_removable(volumes, "win32") == []


def test_sizes_read_like_explorer() -> None:
    assert size_text(3_435_973_837) == "3,2 GB"
    assert size_text(599_901) == "586 KB"
    assert size_text(1_572_864) == "1,5 MB"
    assert size_text(10) == "1 KB"


def test_a_commune_writes_a_branch_laptops_enrollment_file_from_the_page(
    monkeypatch: pytest.MonkeyPatch, commune_page: SyncPage, boxes: Boxes, tmp_path: Path,
) -> None:
    from db.sync.enrollment import import_enrollment

    page = commune_page
    assert page.branch_choice.count() > 1
    page.branch_choice.setCurrentIndex(1)
    name = page.branch_choice.currentText()
    assert page.enroll_branch_button.isEnabled()
    # No key yet from that branch's laptop: nothing can be encrypted for it.
    assert not page.send_branch_button.isEnabled()
    page.enroll_branch_button.click()
    write_into_folder(monkeypatch, page, tmp_path / "chi-hoi")
    [enrollment] = (tmp_path / "chi-hoi").glob("*.sohoi")
    assert name in boxes.done[-1] and page.own_fingerprint.text() in boxes.done[-1]
    laptop = open_database(tmp_path / "laptop.sqlite")
    try:
        with laptop.transaction() as session:
            import_enrollment(session, enrollment.read_bytes(), accept_key=True)
        with laptop.reading() as session:
            site = get_site(session)
        assert site.is_branch and site.unit_name == name
    finally:
        laptop.close()
