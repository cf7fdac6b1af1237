"""The member form and the status dialog, driven like an officer would, on real registers."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from db.engine import Database
from db.members import (
    MemberDraft,
    MemberFilter,
    add_member,
    count_members,
    draft_of,
    search_members,
    status_history,
)
from db.site import SiteInfo, get_site
from db.units import create_branch
from db.validation import PartialDate
from desktop.pages.members.form import MemberFormDialog
from desktop.pages.members.status_dialog import StatusDialog
from desktop.tasks import TaskRunner
from desktop.widgets.partial_date_edit import PartialDateEdit
from tests.desktop.conftest import type_text

Answer = QMessageBox.StandardButton


@pytest.fixture
def site(commune_db: Database) -> SiteInfo:
    with commune_db.transaction() as session:
        create_branch(session, get_site(session).unit_id, "Thôn Đông")
        create_branch(session, get_site(session).unit_id, "Thôn Tây")
        return get_site(session)


@pytest.fixture
def demo_site(demo_db: Database) -> SiteInfo:
    with demo_db.reading() as session:
        return get_site(session)


class Questions:
    """Message boxes answered without a person: each question is recorded, answers queued.

    Only the box's ``exec`` is replaced; the database and the form are real. With no
    answer queued the box gets its escape answer (as if Esc were pressed), so a test that
    fails half-way cannot hang on a question when its dialog is closed at teardown.
    """

    def __init__(self) -> None:
        self.asked: list[tuple[str, list[str]]] = []
        self.answers: list[Answer] = []

    def exec(self, box: QMessageBox) -> int:
        self.asked.append((box.text(), sorted(b.text() for b in box.buttons())))
        if self.answers:
            return int(self.answers.pop(0).value)
        escape = box.escapeButton()
        return int(box.standardButton(escape).value) if escape else int(Answer.Cancel.value)


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    recorder = Questions()

    def answer(box: QMessageBox) -> int:  # a plain function: Qt passes the box as self
        return recorder.exec(box)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return recorder


def open_form(
    qtbot: QtBot, database: Database, site: SiteInfo, member_id: str | None = None,
    tasks: TaskRunner | None = None,
) -> MemberFormDialog:
    dialog = MemberFormDialog(database, site, tasks or TaskRunner(synchronous=True), member_id)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def show_active(qtbot: QtBot, window: QDialog) -> None:
    """Show a window and wait until it has the keyboard, as a real one would."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def members_named(database: Database, site: SiteInfo, text: str) -> list[str]:
    with database.reading() as session:
        rows = search_members(session, MemberFilter(text=text, commune_id=site.unit_id))
    return [row.full_name for row in rows]


def press(widget: QLineEdit | QDialog, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def choose(combo_text: str, dialog: MemberFormDialog) -> None:
    index = dialog.branch.findText(combo_text)
    assert index > 0
    dialog.branch.setCurrentIndex(index)


# --------------------------------------------------------------------------- the widget


def test_partial_date_edit_tidies_valid_dates_and_keeps_bad_ones(qtbot: QtBot) -> None:
    edit = PartialDateEdit(today=dt.date(2026, 11, 25))
    qtbot.addWidget(edit)
    assert edit.placeholderText() == "ngày/tháng/năm hoặc năm"
    problems: list[str] = []
    edit.problemChanged.connect(problems.append)

    type_text(edit, "12/3/1985")
    edit.tidy()
    assert edit.text() == "12/03/1985"
    assert edit.partial_date() == PartialDate(1985, 3, 12)

    edit.clear()
    type_text(edit, "3/1985")
    edit.tidy()
    assert edit.text() == "03/1985" and edit.partial_date() == PartialDate(1985, 3)

    edit.clear()
    type_text(edit, "31/02/1985")
    edit.tidy()
    assert edit.text() == "31/02/1985"  # nothing typed is thrown away
    assert edit.partial_date() is None
    assert "không có trong lịch" in edit.problem()
    assert problems and "không có trong lịch" in problems[-1]

    edit.set_partial_date(PartialDate(1970))
    assert edit.text() == "1970" and edit.problem() == "" and problems[-1] == ""
    edit.set_partial_date(None)
    assert edit.text() == "" and edit.partial_date() is None and edit.problem() == ""


# --------------------------------------------------------------------------- adding


def test_add_member_typed_in_vietnamese(qtbot: QtBot, commune_db: Database,
                                        site: SiteInfo) -> None:
    dialog = open_form(qtbot, commune_db, site)
    assert dialog.windowTitle() == "Thêm hội viên"
    type_text(dialog.full_name, "Nguyễn Thị Thuỷ")
    type_text(dialog.birth_date, "3/1985")
    type_text(dialog.phone, "0912 345 678")
    assert dialog.birth_date.text() == "03/1985"  # tidied when the cursor moved on
    type_text(dialog.address, "Thôn Đông")
    choose("Chi hội Thôn Đông", dialog)
    dialog.joined_on.check.setChecked(True)
    dialog.joined_on.edit.setDate(QDate(2020, 3, 8))

    with qtbot.waitSignal(dialog.saved) as saved:
        press(dialog.address, Qt.Key.Key_Return)  # Enter saves: "Lưu" is the default
    assert dialog.result() == QDialog.DialogCode.Accepted

    assert members_named(commune_db, site, "thuy") == ["Nguyễn Thị Thuỷ"]
    with commune_db.reading() as session:
        stored = draft_of(session, saved.args[0])
        rows = search_members(session, MemberFilter(text="thuy"))
    assert stored.birth_date == "03/1985"
    assert stored.phone == "0912345678"
    assert stored.address == "Thôn Đông"
    assert stored.joined_on == dt.date(2020, 3, 8)
    assert stored.consent_on is None and stored.card_issued_on is None
    assert rows[0].branch == "Chi hội Thôn Đông"


def test_bad_id_number_and_impossible_date_are_shown_beside_the_fields(
    qtbot: QtBot, commune_db: Database, site: SiteInfo
) -> None:
    dialog = open_form(qtbot, commune_db, site)
    type_text(dialog.full_name, "Trần Thị Bình")
    type_text(dialog.birth_date, "31/02/1985")
    type_text(dialog.id_number, "0341 850")
    press(dialog.id_number, Qt.Key.Key_Return)

    assert dialog.isVisible()
    birth_error = dialog.errors["birth_date"]
    id_error = dialog.errors["id_number"]
    assert birth_error.isVisible() and "31/02/1985 không có trong lịch" in birth_error.text()
    assert id_error.isVisible() and "12 chữ số" in id_error.text()
    assert not dialog.errors["full_name"].isVisible()
    # The cursor is on the first field to correct, and every keystroke is still there.
    assert QApplication.focusWidget() is dialog.birth_date
    assert dialog.full_name.text() == "Trần Thị Bình"
    assert dialog.birth_date.text() == "31/02/1985"
    assert dialog.id_number.text() == "0341 850"
    with commune_db.reading() as session:
        assert count_members(session, MemberFilter(commune_id=site.unit_id)) == 0

    # Correcting a field hides its message; the next save goes through.
    dialog.birth_date.selectAll()
    type_text(dialog.birth_date, "1985")
    assert not birth_error.isVisible()
    dialog.id_number.clear()
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    assert members_named(commune_db, site, "binh") == ["Trần Thị Bình"]


def test_name_is_required_and_a_man_must_be_honorary(
    qtbot: QtBot, commune_db: Database, site: SiteInfo
) -> None:
    dialog = open_form(qtbot, commune_db, site)
    dialog.gender.setCurrentIndex(dialog.gender.findText("Nam"))
    dialog.save()
    assert dialog.errors["full_name"].text() == "Họ và tên không được để trống."
    assert "danh dự" in dialog.errors["gender"].text()
    assert QApplication.focusWidget() is dialog.full_name


def test_possible_duplicate_is_asked_about(
    qtbot: QtBot, commune_db: Database, site: SiteInfo, questions: Questions
) -> None:
    with commune_db.transaction() as session:
        add_member(session, site.unit_id,
                   MemberDraft(full_name="Nguyễn Thị Thuỷ", birth_date="1985"))
    dialog = open_form(qtbot, commune_db, site)
    type_text(dialog.full_name, "Nguyễn Thị Thủy")  # the other tone placement
    type_text(dialog.birth_date, "12/03/1985")

    questions.answers.append(Answer.No)
    dialog.save_button.click()
    text, buttons = questions.asked[-1]
    assert text.startswith("Có thể trùng với:")
    assert "Nguyễn Thị Thuỷ, sinh 1985 (cùng họ tên và năm sinh)" in text
    assert text.endswith("Vẫn thêm?")
    assert buttons == ["Có, vẫn thêm", "Không"]
    assert dialog.isVisible() and dialog.full_name.text() == "Nguyễn Thị Thủy"
    assert len(members_named(commune_db, site, "thuy")) == 1

    questions.answers.append(Answer.Yes)
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    assert len(members_named(commune_db, site, "thuy")) == 2


# --------------------------------------------------------------------------- editing


def first_member(database: Database, site: SiteInfo, status: str = "active") -> str:
    with database.reading() as session:
        rows = search_members(
            session, MemberFilter(commune_id=site.unit_id, status=status), limit=1
        )
    return rows[0].id


def test_editing_a_demo_member_changes_only_what_was_typed(
    qtbot: QtBot, demo_db: Database, demo_site: SiteInfo
) -> None:
    member_id = first_member(demo_db, demo_site)
    with demo_db.reading() as session:
        before = draft_of(session, member_id)
    # The real worker thread this time, as in the application.
    tasks = TaskRunner()
    dialog = open_form(qtbot, demo_db, demo_site, member_id, tasks)
    assert dialog.windowTitle() == "Sửa thông tin hội viên"
    assert dialog.full_name.text() == before.full_name
    assert not dialog.is_modified()

    dialog.address.selectAll()
    type_text(dialog.address, "Xóm Mới, thôn Đông")
    dialog.occupation.setEditText("Thợ may")
    assert dialog.is_modified()
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        press(dialog.address, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    tasks.wait()
    assert saved.args == [member_id]
    assert dialog.result() == QDialog.DialogCode.Accepted
    with demo_db.reading() as session:
        after = draft_of(session, member_id)
    assert after == dataclasses.replace(
        before, address="Xóm Mới, thôn Đông", occupation="Thợ may",
        version=(before.version or 0) + 1,
    )


def test_edit_form_shows_the_status_history(
    qtbot: QtBot, demo_db: Database, demo_site: SiteInfo
) -> None:
    member_id = first_member(demo_db, demo_site, status="transferred")
    dialog = open_form(qtbot, demo_db, demo_site, member_id)
    assert dialog.status_button.text() == "Đổi tình trạng…"
    assert "Chuyển sinh hoạt" in dialog.status_label.text()
    rows = [
        [dialog.history.item(r, c).text() for c in range(4)]
        for r in range(dialog.history.rowCount())
    ]
    assert rows[0][1:3] == ["Đang sinh hoạt", "Kết nạp"]
    assert rows[-1][1] == "Chuyển sinh hoạt" and rows[-1][3]
    for row in rows:
        assert dt.datetime.strptime(row[0], "%d/%m/%Y")


# --------------------------------------------------------------------------- closing


def test_closing_without_changes_closes_at_once(
    qtbot: QtBot, commune_db: Database, site: SiteInfo, questions: Questions
) -> None:
    dialog = open_form(qtbot, commune_db, site)
    press(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and questions.asked == []


def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, commune_db: Database, site: SiteInfo, questions: Questions
) -> None:
    dialog = open_form(qtbot, commune_db, site)
    type_text(dialog.full_name, "Lê Thị Hằng")
    type_text(dialog.birth_date, "1990")

    questions.answers.append(Answer.Cancel)  # "Quay lại": keep working
    press(dialog.birth_date, Qt.Key.Key_Escape)
    assert questions.asked[-1] == (
        "Những gì vừa nhập chưa được lưu.", ["Không lưu", "Quay lại"]
    )
    assert dialog.isVisible()
    assert dialog.full_name.text() == "Lê Thị Hằng" and dialog.birth_date.text() == "1990"

    questions.answers.append(Answer.Discard)  # "Không lưu"
    dialog.close_button.click()
    assert not dialog.isVisible()
    assert members_named(commune_db, site, "hang") == []


def test_esc_twice_goes_back_to_the_form_and_saves_nothing(
    qtbot: QtBot, commune_db: Database, site: SiteInfo, questions: Questions
) -> None:
    dialog = open_form(qtbot, commune_db, site)
    type_text(dialog.full_name, "Phạm Thị Lan")
    press(dialog.full_name, Qt.Key.Key_Escape)  # no answer queued: the box's Esc answer
    assert len(questions.asked) == 1
    assert dialog.isVisible() and dialog.full_name.text() == "Phạm Thị Lan"
    assert members_named(commune_db, site, "lan") == []


def test_the_question_defaults_to_going_back(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                             commune_db: Database, site: SiteInfo) -> None:
    from desktop.widgets.field_errors import ask_discard

    seen: list[tuple[str, str]] = []

    def look(box: QMessageBox) -> int:
        seen.append((box.defaultButton().text(), box.escapeButton().text()))
        return int(Answer.Cancel.value)

    monkeypatch.setattr(QMessageBox, "exec", look)
    dialog = open_form(qtbot, commune_db, site)
    assert not ask_discard(dialog, "Hội viên")
    assert seen == [("Quay lại", "Quay lại")]


# --------------------------------------------------------------------------- status


def open_status_dialog(qtbot: QtBot, form: MemberFormDialog) -> StatusDialog:
    form.status_button.click()
    status = form.status_dialog
    assert status is not None
    show_active(qtbot, status)
    return status


def test_transfer_needs_a_destination_and_then_appears_in_the_history(
    qtbot: QtBot, demo_db: Database, demo_site: SiteInfo
) -> None:
    member_id = first_member(demo_db, demo_site)
    with demo_db.reading() as session:
        events_before = len(status_history(session, member_id))
    form = open_form(qtbot, demo_db, demo_site, member_id)
    dialog = open_status_dialog(qtbot, form)
    assert [dialog.status_combo.itemText(i) for i in range(dialog.status_combo.count())] == [
        "Đang sinh hoạt", "Chuyển sinh hoạt", "Ra khỏi Hội", "Từ trần",
    ]
    assert dialog.date_edit.date().toPython() == dt.date.today()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("left"))
    assert not dialog.destination_edit.isVisibleTo(dialog)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("transferred"))
    assert dialog.destination_edit.isVisibleTo(dialog)
    type_text(dialog.reason_edit, "Chuyển nơi cư trú")

    dialog.save_button.click()
    message = dialog.errors["destination"]
    assert message.isVisible()
    assert message.text() == "Chuyển sinh hoạt cần ghi rõ nơi chuyển đến."
    assert dialog.isVisible() and dialog.reason_edit.text() == "Chuyển nơi cư trú"
    with demo_db.reading() as session:
        assert len(status_history(session, member_id)) == events_before

    type_text(dialog.destination_edit, "Xã Tiên La, tỉnh Hưng Yên")
    assert not message.isVisible()
    changed: list[str] = []
    form.status_changed.connect(changed.append)
    with qtbot.waitSignal(dialog.changed):
        press(dialog.destination_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert changed == [member_id]

    with demo_db.reading() as session:
        last = status_history(session, member_id)[-1]
    assert (last.status, last.effective_on, last.reason, last.destination) == (
        "transferred", dt.date.today(), "Chuyển nơi cư trú", "Xã Tiên La, tỉnh Hưng Yên"
    )
    shown = [form.history.item(form.history.rowCount() - 1, c).text() for c in range(4)]
    assert shown == [
        dt.date.today().strftime("%d/%m/%Y"), "Chuyển sinh hoạt", "Chuyển nơi cư trú",
        "Xã Tiên La, tỉnh Hưng Yên",
    ]
    assert "Chuyển sinh hoạt" in form.status_label.text()
    assert not form.is_modified()  # a status change is stored on its own


def test_status_date_before_the_last_change_is_refused_beside_the_date(
    qtbot: QtBot, demo_db: Database, demo_site: SiteInfo
) -> None:
    member_id = first_member(demo_db, demo_site)
    form = open_form(qtbot, demo_db, demo_site, member_id)
    dialog = open_status_dialog(qtbot, form)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("left"))
    assert not dialog.destination_edit.isVisibleTo(dialog)
    dialog.date_edit.setDate(QDate(1901, 1, 1))
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "trở về sau" in dialog.errors["effective_on"].text()


def test_status_dialog_refuses_the_status_she_already_has(
    qtbot: QtBot, demo_db: Database, demo_site: SiteInfo
) -> None:
    member_id = first_member(demo_db, demo_site)
    dialog = StatusDialog(demo_db, TaskRunner(synchronous=True), member_id)
    qtbot.addWidget(dialog)
    assert dialog.chosen_status() != "active"  # starts on a status she does not have
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("active"))
    dialog.save()
    assert dialog.errors["status"].isVisibleTo(dialog)



def test_consent_recorded_elsewhere_shows_in_the_open_form(
    qtbot: QtBot, demo_db: Database, demo_site: SiteInfo
) -> None:
    from db.personal_data import record_consent

    member_id = first_member(demo_db, demo_site)
    dialog = open_form(qtbot, demo_db, demo_site, member_id)
    with demo_db.transaction() as session:
        record_consent(session, member_id, dt.date(2026, 11, 20), "Ký phiếu đồng ý",
                       today=dt.date(2026, 11, 25))
    dialog._consent_changed()
    assert dialog.consent_on.date() == dt.date(2026, 11, 20)
    assert not dialog.is_modified()
