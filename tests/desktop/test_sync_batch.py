"""Batch work at the upper level: a folder of communes' packages in, every commune's out.

A real province (Hưng Yên) with real demo communes that already sent their first
package; their next packages are written by the communes' own registers into a folder,
as a USB stick would bring them. Only the folder pickers and the message boxes are
answered by the test.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.engine import Database
from db.errors import UserError
from db.models import SyncPeer, Unit
from db.site import get_site
from db.sync.importer import preview_package
from db.sync.status import forget_commune_key
from desktop.pages.sync import messages
from desktop.pages.sync.batch_dialog import BatchDialog, Column, Plan
from desktop.pages.sync.batch_flow import FolderImport, SendToAll, package_files
from desktop.pages.sync.page import SyncPage
from desktop.pages.sync.peer_table import Column as PeerColumn
from desktop.tasks import TaskRunner
from tests.conftest import TODAY
from tests.sync_support import PROVINCE_COMMUNES, Province, build_province

A, B, C, D = PROVINCE_COMMUNES[:4]


@dataclass
class Boxes:
    """What the page would have shown in message boxes."""

    problems: list[str] = field(default_factory=list)
    done: list[str] = field(default_factory=list)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    shown = Boxes()
    monkeypatch.setattr(messages, "show_problem", lambda _p, text: shown.problems.append(text))
    monkeypatch.setattr(messages, "show_done", lambda _p, _t, text: shown.done.append(text))
    return shown


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Province]:
    built = build_province(tmp_path / "province", communes=3, members=60)
    yield built
    built.close()


@dataclass
class Steps:
    """The progress texts a batch showed, and what to do at one of them."""

    texts: list[str] = field(default_factory=list)
    flows: list[FolderImport | SendToAll] = field(default_factory=list)
    stop_at: str | None = None

    def follow(self, flow: FolderImport | SendToAll) -> None:
        self.flows.append(flow)
        flow.step.connect(lambda text: self._stepped(flow, text))

    def _stepped(self, flow: FolderImport | SendToAll, text: str) -> None:
        self.texts.append(text)
        if self.stop_at is not None and text.startswith(self.stop_at):
            # The operator clicks "Dừng" while this file is being worked on.
            assert flow.progress is not None
            button = flow.progress.dialog.findChild(QPushButton)
            assert button is not None and button.text() == "Dừng"
            button.click()


def make_page(qtbot: QtBot, database: Database, tmp_path: Path, steps: Steps,
              tasks: TaskRunner | None = None) -> SyncPage:
    with database.reading() as session:
        site = get_site(session)
    page = SyncPage(database, site, tasks or TaskRunner(synchronous=True),
                    backup_folder=tmp_path / "backups", find_drives=list, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.load()
    page.batch_started.connect(steps.follow)
    return page


def choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *_a, **_k: str(folder)))


def received(database: Database) -> dict[str, int]:
    """Return the last generation received from each commune."""
    with database.reading() as session:
        rows = session.execute(
            select(Unit.code, SyncPeer.last_generation_received)
            .join(SyncPeer, SyncPeer.unit_id == Unit.id)
        ).all()
    return {code: generation for code, generation in rows}


def next_packages(province: Province, folder: Path, codes: tuple[str, ...]) -> list[Path]:
    """Have each commune write its next package, and carry it into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.move(province.send_up(code), folder)) for code in codes]


def summary_dialog(page: SyncPage) -> BatchDialog:
    flow = page.batch_flow
    assert isinstance(flow, FolderImport)
    dialog = flow.dialog
    assert isinstance(dialog, BatchDialog) and dialog.isVisible()
    return dialog


def row_of(dialog: BatchDialog, name: str) -> int:
    [row] = [i for i, r in enumerate(dialog.rows) if r.path.name == name]
    return row


def cell(dialog: BatchDialog, row: int, column: Column) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def test_a_folder_is_checked_summarised_and_imported(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, province: Province, boxes: Boxes,
    tmp_path: Path,
) -> None:
    upper = province.upper
    usb = tmp_path / "usb"
    [older] = next_packages(province, usb, (A,))  # lần 2 of A: superseded by lần 3
    newest = next_packages(province, usb, (A, B, C))
    damaged = usb / "SoHoi_12499_gui_33_hong.sohoi"
    damaged.write_bytes(newest[1].read_bytes()[:4000])
    (usb / f".{newest[0].name}.4242.partial").write_bytes(b"half a file")
    (usb / "._SoHoi_12586.sohoi").write_bytes(b"macOS resource fork")
    (usb / "ghi-chu.txt").write_text("Gói quý IV", encoding="utf-8")
    with upper.reading() as session:
        try:
            preview_package(session, damaged.read_bytes(), damaged.name)
        except UserError as error:
            damaged_reason = error.message
        else:
            pytest.fail("a truncated package must be refused")
    assert received(upper) == {A: 1, B: 1, C: 1}

    steps = Steps()
    page = make_page(qtbot, upper, tmp_path, steps)
    assert page.receive_folder_button.isEnabled()
    choose_folder(monkeypatch, usb)
    page.receive_folder_button.click()

    # Every package was checked, in the order of the names; the hidden files were not.
    assert package_files(usb) == sorted([older, damaged, *newest], key=lambda p: p.name)
    assert [t.split("\n")[0] for t in steps.texts] == [
        f"Đang kiểm tra gói {n}/5…" for n in range(1, 6)]
    dialog = summary_dialog(page)
    assert [r.plan for r in dialog.rows].count(Plan.IMPORT) == 3
    damaged_row = row_of(dialog, damaged.name)
    assert dialog.rows[damaged_row].plan is Plan.REFUSED
    assert cell(dialog, damaged_row, Column.NOTE) == damaged_reason
    assert cell(dialog, damaged_row, Column.COMMUNE) == damaged.name
    older_row = row_of(dialog, older.name)
    assert dialog.rows[older_row].plan is Plan.NEWER_IN_FOLDER
    assert cell(dialog, older_row, Column.NOTE) == (
        f"Có gói mới hơn trong thư mục ({newest[0].name})")
    newest_row = row_of(dialog, newest[0].name)
    assert cell(dialog, newest_row, Column.COMMUNE) == f"Xã Hưng Hà ({A})"
    assert cell(dialog, newest_row, Column.GENERATION) == "3 (trước: 1)"
    assert not dialog.is_ticked(older_row) and not dialog.is_ticked(damaged_row)
    assert dialog.totals.text().startswith(
        "<b>3 gói sẽ được nhập</b>, 1 bị từ chối, 0 cần so mã, 1 bỏ qua vì có gói mới hơn")
    assert dialog.import_button.text() == "Nhập 3 gói"
    assert received(upper) == {A: 1, B: 1, C: 1}  # checking changed nothing

    steps.texts.clear()
    dialog.import_button.click()
    assert steps.texts[0] == "Đang sao lưu dữ liệu trước khi nhập…"
    assert steps.texts[1].startswith("Đang nhập gói 1/3 — Xã ")
    assert len(steps.texts) == 4
    assert received(upper) == {A: 3, B: 2, C: 2}
    assert len(list((tmp_path / "backups").iterdir())) == 1  # one copy for the whole batch
    assert boxes.problems == []
    report = boxes.done[-1]
    assert report.startswith("Đã nhập <b>3/3</b> gói từ thư mục")
    assert f"✔ Xã Hưng Hà ({A}): gói lần 3" in report
    for code in (B, C):
        assert f"({code}): gói lần 2" in report
    assert f"– {damaged.name}: {damaged_reason}" in report
    assert f"– Xã Hưng Hà ({A}): Có gói mới hơn trong thư mục" in report
    # The page shows the new generations and is ready again.
    assert page.batch_flow is None and page.receive_folder_button.isEnabled()
    cells = {str(page.peers.index(r, PeerColumn.CODE).data()):
             str(page.peers.index(r, PeerColumn.RECEIVED).data())
             for r in range(page.peers.rowCount())}
    assert cells[A].startswith("lần 3 · ") and cells[B].startswith("lần 2 · ")

    # The same folder again: everything is refused as already imported, nothing to do.
    page.receive_folder_button.click()
    dialog = summary_dialog(page)
    assert not dialog.import_button.isEnabled()
    assert "đã được nhập trước đây" in cell(dialog, row_of(dialog, newest[0].name), Column.NOTE)
    dialog.cancel_button.click()
    assert page.batch_flow is None and received(upper) == {A: 3, B: 2, C: 2}


def test_first_packages_and_unticked_rows_are_left_out(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, province: Province, boxes: Boxes,
    tmp_path: Path,
) -> None:
    upper = province.upper
    with upper.transaction() as session:
        forget_commune_key(session, C)  # C's PC was reinstalled: its key must be compared
    usb = tmp_path / "usb"
    _first, second, third = next_packages(province, usb, (A, B, C))
    page = make_page(qtbot, upper, tmp_path, Steps())
    choose_folder(monkeypatch, usb)
    page.receive_folder_button.click()
    dialog = summary_dialog(page)
    row = row_of(dialog, third.name)
    assert dialog.rows[row].plan is Plan.FIRST
    assert cell(dialog, row, Column.NOTE) == (
        "Gói đầu tiên của xã: cần so mã nhận diện — nhập riêng bằng “Nhập gói của xã…”")
    assert "2 gói sẽ được nhập</b>, 0 bị từ chối, 1 cần so mã" in dialog.totals.text()
    dialog.set_ticked(row_of(dialog, second.name), False)
    assert dialog.import_button.text() == "Nhập 1 gói"
    assert "1 bỏ chọn" in dialog.totals.text()
    dialog.import_button.click()
    assert received(upper) == {A: 2, B: 1, C: 0}
    report = boxes.done[-1]
    assert "Đã nhập <b>1/1</b>" in report and "bỏ chọn, chưa nhập." in report
    assert "cần so mã nhận diện" in report


def test_stopping_a_batch_leaves_the_rest_unimported(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, province: Province, boxes: Boxes,
    tmp_path: Path,
) -> None:
    upper = province.upper
    usb = tmp_path / "usb"
    next_packages(province, usb, (A, B, C))
    steps = Steps(stop_at="Đang nhập gói 1/3")
    page = make_page(qtbot, upper, tmp_path, steps)
    choose_folder(monkeypatch, usb)
    page.receive_folder_button.click()
    summary_dialog(page).import_button.click()
    # "Dừng" during the first package: it is finished, the two others are not started.
    assert sorted(received(upper).values()) == [1, 1, 2]
    report = boxes.done[-1]
    assert "Đã nhập <b>1/3</b>" in report
    assert "Đã dừng theo yêu cầu: 2 gói chưa được nhập." in report
    assert report.count("chưa nhập (đã dừng)") == 2
    assert page.batch_flow is None and page.receive_folder_button.isEnabled()

    # Stopping while checking shows no summary and imports nothing.
    steps.stop_at = "Đang kiểm tra gói 2/3"
    page.receive_folder_button.click()
    assert page.batch_flow is None and sorted(received(upper).values()) == [1, 1, 2]


def test_send_to_all_writes_one_file_per_commune_with_progress(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, province: Province, boxes: Boxes,
    tmp_path: Path,
) -> None:
    upper = province.upper
    with upper.transaction() as session:
        forget_commune_key(session, C)
    steps = Steps()
    page = make_page(qtbot, upper, tmp_path, steps)
    page.send_all_button.click()
    dialog = page.destination_dialog
    assert dialog is not None
    out = tmp_path / "down"
    out.mkdir()
    choose_folder(monkeypatch, out)
    dialog.other_button.click()
    files = sorted(out.glob("*.sohoi"))
    assert [f.name.split("_")[3] for f in files] == sorted([A, B])
    assert [t.split(" — ")[0] for t in steps.texts] == [
        "Đang ghi gói 1/2", "Đang ghi gói 2/2"]
    assert any(t.endswith("— Xã Hưng Hà") for t in steps.texts)
    report = boxes.done[-1]
    assert report.startswith(f"Đã ghi 2/2 gói vào {out}:")
    assert report.count("✔ Hội LHPN") == 2
    assert "chưa gửi gói nào lên nên chưa có khóa" in report
    # Each file is a real package the commune takes in.
    for path in files:
        code = path.name.split("_")[3]
        province.receive_down(code, path)

    # "Dừng" during the first commune: one more file, the other commune is named.
    steps.stop_at = "Đang ghi gói 1/2"
    page.send_all_button.click()
    dialog = page.destination_dialog
    assert dialog is not None
    again = tmp_path / "again"
    again.mkdir()
    choose_folder(monkeypatch, again)
    dialog.other_button.click()
    assert len(list(again.glob("*.sohoi"))) == 1
    assert "Đã ghi 1/2 gói" in boxes.done[-1]
    assert "Đã dừng theo yêu cầu: 1 xã chưa được ghi gói." in boxes.done[-1]
    assert page.batch_flow is None and page.send_all_button.isEnabled()


def test_a_folder_with_the_threaded_runner(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, province: Province, boxes: Boxes,
    tmp_path: Path,
) -> None:
    """The same chain with tasks on real worker threads, as in the application."""
    usb = tmp_path / "usb"
    next_packages(province, usb, (A, B, C))
    tasks = TaskRunner()
    page = make_page(qtbot, province.upper, tmp_path, Steps(), tasks)
    qtbot.waitUntil(lambda: page.status is not None, timeout=5000)
    choose_folder(monkeypatch, usb)
    page.receive_folder_button.click()
    qtbot.waitUntil(lambda: page.batch_flow is not None
                    and getattr(page.batch_flow, "dialog", None) is not None, timeout=10000)
    summary_dialog(page).import_button.click()
    qtbot.waitUntil(lambda: page.batch_flow is None, timeout=20000)
    assert tasks.wait()
    assert received(province.upper) == {A: 2, B: 2, C: 2}
    assert "Đã nhập <b>3/3</b>" in boxes.done[-1]
