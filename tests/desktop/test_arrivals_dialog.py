"""The sending commune's status dialog and the receiving commune's "Hội viên chuyển đến".

Real registers of two demo communes and a real upper level; the transfer travels by
package files between the two dialogs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models import Member, MemberStatus, Unit
from db.site import get_site
from db.sync.importer import import_package
from desktop.pages.members.arrivals_dialog import ArrivalsDialog
from desktop.pages.members.page import MembersPage
from desktop.pages.members.status_dialog import StatusDialog
from desktop.tasks import TaskRunner
from tests.sync_support import NOW, PROVINCE_COMMUNES, Province, build_province

A, B = PROVINCE_COMMUNES[0], PROVINCE_COMMUNES[1]


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Province]:
    built = build_province(tmp_path / "province", communes=2, members=30)
    yield built
    built.close()


def test_a_member_sent_from_the_status_dialog_is_taken_in_at_b(
    qtbot: QtBot, province: Province
) -> None:
    with province.communes[A].reading() as session:
        a_id = get_site(session).unit_id
        member, name = session.execute(
            select(Member.id, Member.full_name).where(
                Member.commune_id == a_id, Member.status == MemberStatus.ACTIVE)
            .order_by(Member.sort_key).limit(1)).one()
    status = StatusDialog(province.communes[A], TaskRunner(synchronous=True), member,
                          role="admin")
    qtbot.addWidget(status)
    status.status_combo.setCurrentIndex(status.status_combo.findData("transferred"))
    status.date_edit.setDate(QDate(NOW.date()))
    status.to_code_edit.setText("99999")
    assert status.errors["to_code"].text()
    status.to_code_edit.setText(B)
    assert "Hưng Yên" in status.destination_edit.text()
    status.save()
    with province.communes[A].reading() as session:
        assert session.get_one(Member, member).status == MemberStatus.TRANSFERRED

    path = province.send_up(A)
    with province.upper.transaction() as session:
        import_package(session, path.read_bytes(), path.name)
    province.receive_down(B, province.send_down(B))

    # The members page of B shows the button with the number waiting.
    with province.communes[B].reading() as session:
        b_site = get_site(session)
    page = MembersPage(province.communes[B], b_site, TaskRunner(synchronous=True))
    qtbot.addWidget(page)
    page.load()
    assert page.arrivals_button.isVisibleTo(page)
    assert "(1)" in page.arrivals_button.text()

    with province.communes[B].reading() as session:
        b_id = get_site(session).unit_id
        branch_id, branch_name = session.execute(select(Unit.id, Unit.name).where(
            Unit.parent_id == b_id, Unit.level == "branch").limit(1)).one()
    dialog = ArrivalsDialog(province.communes[B], TaskRunner(synchronous=True),
                            [(branch_name, branch_id)], "admin")
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert name in dialog.list.item(0).text()
    text = dialog.details.toPlainText()
    assert name in text and "Quá trình sinh hoạt" in text
    # Declining needs a reason: nothing is written without one.
    dialog.decline_current()
    assert dialog.error.isVisibleTo(dialog) and dialog.list.count() == 1
    dialog.day.setDate(QDate(NOW.date()))
    dialog.accept_current()
    assert dialog.list.count() == 0
    assert "Đã tiếp nhận" in dialog.note.text()
    with province.communes[B].reading() as session:
        taken = session.scalars(select(Member).where(
            Member.commune_id == b_id, Member.full_name == name,
            Member.status == MemberStatus.ACTIVE)).one()
        assert taken.branch_id == branch_id
    assert dialog.details.toPlainText() == ""
    page.count_arrivals()
    assert not page.arrivals_button.isVisibleTo(page)
