"""Someone else saves a member while she edits it: both versions shown, nothing typed lost."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from db.engine import Database
from db.members import MemberDraft, add_member, draft_of, update_member
from db.site import get_site
from desktop.pages.members.form import MemberFormDialog
from desktop.tasks import TaskRunner
from desktop.widgets.conflict_dialog import ComparedField, ConflictChoice, ConflictDialog
from tests.desktop.conflict_answers import answering, saved_elsewhere

TODAY = dt.date(2026, 11, 25)


def _member(database: Database) -> str:
    with database.transaction() as session:
        site = get_site(session)
        return add_member(session, site.unit_id,
                          MemberDraft(full_name="Hà Thị Nụ", address="Thôn Bắc"), TODAY)


def _edit_elsewhere(database: Database, member_id: str, **changes: object) -> None:
    """Another PC (another connection to the same register) saves the member."""
    def write(session: Session) -> None:
        draft = draft_of(session, member_id)
        update_member(session, member_id, dataclasses.replace(draft, **changes), TODAY)

    saved_elsewhere(database, write)


def _open(qtbot: QtBot, database: Database, member_id: str) -> MemberFormDialog:
    with database.reading() as session:
        site = get_site(session)
    dialog = MemberFormDialog(database, site, TaskRunner(synchronous=True), member_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_she_sees_both_versions_and_keeps_what_she_typed(
    qtbot: QtBot, commune_db: Database, monkeypatch: pytest.MonkeyPatch,
    choice: ConflictChoice,
) -> None:
    member_id = _member(commune_db)
    dialog = _open(qtbot, commune_db, member_id)
    dialog.address.setText("Xóm Mới, thôn Đông")
    _edit_elsewhere(commune_db, member_id, phone="0912345678", address="Thôn Nam")
    answers = answering(monkeypatch, choice)

    dialog.save()

    assert len(answers.shown) == 1
    differing = {f.label: (f.mine, f.theirs) for f in answers.shown[0] if f.differs}
    assert ("Xóm Mới, thôn Đông", "Thôn Nam") in differing.values()
    assert ("", "0912 345 678") in differing.values() or ("", "0912345678") in differing.values()
    assert not any(f.differs for f in answers.shown[0] if f.mine == "Hà Thị Nụ")
    with commune_db.reading() as session:
        stored = draft_of(session, member_id)
    if choice is ConflictChoice.KEEP_MINE:
        # Saved over theirs, with her address and (her form showed none) no phone.
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert (stored.address, stored.phone) == ("Xóm Mới, thôn Đông", "")
    elif choice is ConflictChoice.TAKE_THEIRS:
        assert (stored.address, stored.phone) == ("Thôn Nam", "0912345678")
        assert dialog.address.text() == "Thôn Nam"
        assert not dialog.is_modified()
    else:
        # Back to editing: her text is still there, theirs is still stored; the next
        # save (she has seen theirs) writes over it without asking again.
        assert dialog.address.text() == "Xóm Mới, thôn Đông"
        assert (stored.address, stored.phone) == ("Thôn Nam", "0912345678")
        dialog.save()
        assert len(answers.shown) == 1
        with commune_db.reading() as session:
            assert draft_of(session, member_id).address == "Xóm Mới, thôn Đông"


def test_the_dialog_marks_only_the_differing_fields_as_plain_text(qtbot: QtBot) -> None:
    fields = [ComparedField("Họ và tên", "Hà Thị Nụ", "Hà Thị Nụ"),
              ComparedField("Địa chỉ", "<b>Xóm Mới</b>", "Thôn Nam")]
    dialog = ConflictDialog(None, "hồ sơ của Hà Thị Nụ", fields)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert table.item(1, 1).text() == "<b>Xóm Mới</b>"
    assert table.item(1, 2).font().bold() and not table.item(0, 2).font().bold()
    dialog.take_theirs.click()
    assert dialog.choice is ConflictChoice.TAKE_THEIRS
